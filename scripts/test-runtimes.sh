#!/usr/bin/env bash
# Runs the smoke test of the built package (test/runtimes/smoke.mjs: a deadline, a business day,
# a case evaluation and its iCalendar export) on every runtime the package promises:
#
#   node 20, 22, 24   the current node if it is that major, else `npx -y node@<major>`
#                     (the `node` package on npm provides the binaries)
#   deno              `deno run` (npm devDependency `deno`) with no permissions at all;
#                     ismap-liu, xstate and zod resolve from the project's node_modules
#                     (--node-modules-dir=manual --cached-only: nothing fetched by Deno)
#   bun               `bun` (npm devDependency `bun`)
#   edge-runtime      an esbuild bundle evaluated in edge-runtime's EdgeVM (web APIs only)
#   chromium          an esbuild bundle in a page, `chromium --headless --dump-dom` (Debian's
#                     `chromium` package; missing browser = FAIL, never a silent pass)
#
# The package is packed once and the tarball installed into a temporary project, so every
# runtime resolves `ismap-liu` as a user's project would. Prints a table; exits 1 if any runtime
# fails.
#
#   scripts/test-runtimes.sh              builds first (npm run build)
#   scripts/test-runtimes.sh --no-build   uses dist/ as it is
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/node_modules/.bin:$PATH"

if [ "${1:-}" != "--no-build" ]; then npm run build --silent || exit 1; fi
for f in dist/index.js dist/calendar/index.js dist/rules/index.js dist/machines/index.js; do
  [ -f "$f" ] || { echo "test-runtimes: $f is missing: run 'npm run build' first" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/ismap-liu-runtimes.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Child npm/npx processes must not inherit the settings of an enclosing `npm run`.
clean_env() { env -u npm_config_prefix -u npm_lifecycle_event -u npm_lifecycle_script -u npm_package_json -u INIT_CWD -u NODE_OPTIONS "$@"; }

npm pack --ignore-scripts --silent --pack-destination "$work" >/dev/null || { echo "test-runtimes: npm pack failed" >&2; exit 1; }
tarball=$(find "$work" -maxdepth 1 -name '*.tgz' -print -quit)
project="$work/project"
mkdir -p "$project"
printf '{ "name": "ismap-liu-runtimes", "version": "0.0.0", "private": true, "type": "module" }\n' >"$project/package.json"
(cd "$project" && clean_env npm install --prefer-offline --no-audit --no-fund --loglevel=error "$tarball") || { echo "test-runtimes: installing the tarball failed" >&2; exit 1; }
cp test/runtimes/smoke.mjs "$project/smoke.mjs"

# `node <major>`: the node on PATH when it is that major, else the `node` package from npm.
node_cmd() {
  if [ "$(node -p 'process.versions.node.split(".")[0]')" = "$1" ]; then echo node; else echo "npx -y node@$1"; fi
}

names=()
results=()
lines=()
times=()
failed=0

elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", b - a }'; }

# run_one <name> <command…>: runs the command in the project; its last `ok …`/`FAIL …` line is the result.
run_one() {
  local name=$1
  shift
  local t0=$EPOCHREALTIME out status line
  printf -- '----- %s: %s\n' "$name" "$*"
  out=$(cd "$project" && clean_env "$@" 2>&1)
  status=$?
  printf '%s\n' "$out" | tail -n 20
  line=$(printf '%s\n' "$out" | grep -E '^(ok|FAIL) ' | tail -n 1)
  if [ "$status" -eq 0 ] && [[ "$line" == ok\ * ]]; then
    results+=("ok")
  else
    results+=("FAIL")
    failed=1
    [ -n "$line" ] || line="exit $status: $(printf '%s\n' "$out" | grep -v '^\s*$' | tail -n 1 | cut -c1-120)"
  fi
  names+=("$name")
  lines+=("$line")
  times+=("$(elapsed "$t0")")
}

# shellcheck disable=SC2046 # node_cmd is a command and its arguments
run_one 'node 20' $(node_cmd 20) smoke.mjs
# shellcheck disable=SC2046
run_one 'node 22' $(node_cmd 22) smoke.mjs
# shellcheck disable=SC2046
run_one 'node 24' $(node_cmd 24) smoke.mjs
run_one 'deno' deno run --node-modules-dir=manual --cached-only --no-prompt smoke.mjs
run_one 'bun' bun smoke.mjs
run_one 'edge-runtime (EdgeVM)' node "$root/test/runtimes/edge.mjs" "$project"
run_one 'chromium (headless)' node "$root/test/runtimes/chromium.mjs" "$project"

printf '\n%-24s %-6s %8s  %s\n' 'runtime' 'result' 'time' 'output'
printf '%-24s %-6s %8s  %s\n' '-------' '------' '----' '------'
for i in "${!names[@]}"; do
  printf '%-24s %-6s %8s  %s\n' "${names[$i]}" "${results[$i]}" "${times[$i]}" "${lines[$i]}"
done
if [ -n "${ISMAP_LIU_SUMMARY:-}" ]; then
  printf '  %-23s %s of %s runtimes ok\n' 'runtime smoke tests' "$(printf '%s\n' "${results[@]}" | grep -c '^ok$')" "${#names[@]}" >>"$ISMAP_LIU_SUMMARY"
fi
if [ "$failed" -ne 0 ]; then
  echo 'test-runtimes: FAILED on at least one runtime' >&2
  exit 1
fi
echo 'test-runtimes: all runtimes ok'
