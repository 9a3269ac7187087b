#!/usr/bin/env bash
# `npm run test:notebooks`: executes every notebook of docs/notebooks headless, on the Deno
# Jupyter kernel against the built package, and fails on any cell error.
#
# The notebooks import the package by its name (`ismap-liu/rules`, ...): the import map of
# docs/notebooks/deno.json points the names at dist/. What they need besides it (Observable Plot,
# linkedom, DuckDB) is docs/notebooks/package.json, pinned by its package-lock.json and installed
# with `npm ci` into the node_modules folder there when missing or out of date, apart from the
# package's own install (DuckDB's native bindings alone are about 60 MB).
#
#   bash scripts/test-notebooks.sh            run them; outputs go to a temporary directory
#   bash scripts/test-notebooks.sh --update   run them and write the outputs back into the notebooks
#   --build                                   build dist/ first (default: only when it is missing)
#
# Needs `jupyter nbconvert` (Debian/Ubuntu: `apt-get install -y jupyter-nbconvert`); it does not
# install system packages itself. Deno is the version pinned in scripts/tools.sh, fetched from the
# npm registry on the first run into .tmp/tools/ (never node_modules/.bin). The Deno kernelspec is
# installed (`deno jupyter --install`) into a temporary XDG_DATA_HOME, so the run neither needs nor
# touches ~/.local/share/jupyter.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/tools.sh
source scripts/tools.sh

update=false
build=false
for arg in "$@"; do
  case "$arg" in
    --update) update=true ;;
    --build) build=true ;;
    *) echo "test-notebooks: unknown option $arg (expected --update or --build)" >&2; exit 2 ;;
  esac
done

if ! command -v jupyter >/dev/null 2>&1 || ! jupyter nbconvert --version >/dev/null 2>&1; then
  echo "test-notebooks: 'jupyter nbconvert' is not installed." >&2
  echo "  On Debian/Ubuntu: apt-get install -y jupyter-nbconvert" >&2
  exit 1
fi
deno=$(tool_path deno) || { echo "test-notebooks: could not get deno $(tool_version deno) (see above)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/ismap-liu-notebooks.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The notebooks import dist/ (the built package), as a user of the package would.
if $build || [ ! -f dist/index.js ]; then
  echo "test-notebooks: npm run build"
  npm run --silent build >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
elif [ -n "$(find src -newer dist/index.js -print -quit)" ]; then
  echo "test-notebooks: note: dist/ is older than src/; the notebooks run the built package (pass --build to rebuild)"
fi
for entry in dist/index.js dist/calendar/index.js dist/rules/index.js dist/machines/index.js; do
  [ -f "$entry" ] || { echo "test-notebooks: $entry is missing; run 'npm run build'" >&2; exit 1; }
done

# The notebooks' own packages: `npm ci` when node_modules is missing or was installed from another
# lockfile (the stamp is the lockfile's hash, written after a successful install).
notebooks_dir="$PWD/docs/notebooks"
lock_hash=$(node -e 'process.stdout.write(require("crypto").createHash("sha256").update(require("fs").readFileSync(process.argv[1])).digest("hex"))' "$notebooks_dir/package-lock.json")
stamp="$notebooks_dir/node_modules/.installed-from-lock"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  echo "test-notebooks: npm ci in docs/notebooks (Observable Plot, linkedom, DuckDB; pinned by its package-lock.json)"
  # Not the settings of an enclosing `npm run` (its prefix is the package, not docs/notebooks).
  if ! (cd "$notebooks_dir" && env -u npm_config_prefix -u npm_config_local_prefix -u npm_config_global \
    -u npm_config_dry_run -u npm_config_ignore_scripts -u NODE_OPTIONS \
    npm ci --prefix "$notebooks_dir" --prefer-offline --no-audit --no-fund --loglevel=error) >"$work/log" 2>&1; then
    echo "test-notebooks: could not install the notebooks' packages (is the npm registry reachable?):" >&2
    grep -v '^npm error *at ' "$work/log" | head -n 8 | sed 's/^/  /' >&2
    exit 1
  fi
  echo "$lock_hash" >"$stamp"
fi
for pkg in @observablehq/plot linkedom @duckdb/node-api; do
  [ -f "$notebooks_dir/node_modules/$pkg/package.json" ] || { echo "test-notebooks: $pkg is missing from the notebooks' node_modules after npm ci" >&2; exit 1; }
done

# `deno jupyter --install` writes $XDG_DATA_HOME/jupyter/kernels/deno/kernel.json (pointing at
# the pinned deno in the tool cache); jupyter looks in $XDG_DATA_HOME/jupyter and in $JUPYTER_PATH.
export XDG_DATA_HOME="$work/data"
export JUPYTER_PATH="$XDG_DATA_HOME/jupyter"
"$deno" jupyter --install --force >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
grep -v 'is unstable' "$work/log" || true
kernelspec="$JUPYTER_PATH/kernels/deno/kernel.json"
[ -f "$kernelspec" ] || { echo "test-notebooks: deno jupyter --install wrote no $kernelspec" >&2; exit 1; }
# The kernel must be the pinned deno, not one from PATH or node_modules/.bin.
kernel=$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).argv[0]' "$kernelspec")
case "$kernel" in
  "$ISMAP_LIU_TOOLS_DIR"/deno@"$(tool_version deno)"/*) ;;
  *) echo "test-notebooks: the kernelspec runs $kernel, not the pinned deno of $ISMAP_LIU_TOOLS_DIR" >&2; exit 1 ;;
esac

# Plain text in the outputs (no ANSI colour codes), the same in every time zone.
export NO_COLOR=1
unset FORCE_COLOR

echo "deno $("$deno" --version | head -n 1 | cut -d' ' -f2), nbconvert $(jupyter nbconvert --version)"
failed=()
shopt -s nullglob
notebooks=(docs/notebooks/*.ipynb)
[ ${#notebooks[@]} -gt 0 ] || { echo "test-notebooks: no notebooks in docs/notebooks" >&2; exit 1; }
for nb in "${notebooks[@]}"; do
  if $update; then where=(--inplace); else where=(--output-dir "$work/out"); fi
  t0=$EPOCHREALTIME
  status=0
  # nbconvert exits non-zero when a cell raises (CellExecutionError) or the kernel dies.
  jupyter nbconvert --to notebook --execute "${where[@]}" \
    --ExecutePreprocessor.timeout=600 \
    --ExecutePreprocessor.record_timing=False \
    --log-level=WARN \
    "$nb" >"$work/log" 2>&1 || status=$?
  if [ "$status" -eq 0 ] || ! grep -q 'An error occurred while executing' "$work/log"; then
    grep -v 'is unstable' "$work/log" || true
  else
    # The cell that failed and its error, without nbconvert's own Python traceback.
    sed -n '/An error occurred while executing/,$p' "$work/log" >&2
  fi
  took=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", b - a }')
  if [ "$status" -eq 0 ]; then
    echo "  ok      $nb ($took)"
  else
    echo "  FAILED  $nb ($took, exit $status)" >&2
    failed+=("$nb")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "test-notebooks: ${#failed[@]} of ${#notebooks[@]} notebook(s) failed: ${failed[*]}" >&2
  exit 1
fi
echo "test-notebooks: ${#notebooks[@]} notebook(s) executed without errors$($update && echo '; outputs written back' || true)"
