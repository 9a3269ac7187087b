#!/usr/bin/env bash
# Runs the smoke test of the built package (test/runtimes/smoke.mjs: the pinned export names of
# every door, the calendar, a deadline, a case evaluation and its iCalendar export, each against a
# hand-worked answer) on every runtime the package promises:
#
#   node 20, 22, 24   the current node if it is that major, else `npx -y node@<major>`
#                     (the `node` package on npm provides the binaries)
#   deno              the pinned Deno of scripts/tools.sh (fetched on demand into .tmp/tools/),
#                     `deno run` with no permissions at all; ismap-liu, xstate and zod resolve from
#                     the temporary project's node_modules (--node-modules-dir=manual
#                     --cached-only: nothing fetched by Deno)
#   bun               the pinned Bun of scripts/tools.sh
#   edge-runtime      an esbuild bundle evaluated in edge-runtime's EdgeVM (web APIs only)
#   chromium          an esbuild bundle in a page, `chromium --headless --dump-dom` (Debian's
#                     `chromium` package; missing browser = FAIL, never a silent pass)
#
# The package is packed once and the tarball installed into a temporary project, so every
# runtime resolves `ismap-liu` as a user's project would. A runtime passes when it ends with
# `ok …` AND prints exactly the same `check …` lines as the first runtime (so no runtime can pass
# with fewer checks, or with another answer); a difference is shown as a diff. Prints a table;
# exits 1 if any runtime fails.
#
#   scripts/test-runtimes.sh              builds first (npm run build)
#   scripts/test-runtimes.sh --no-build   uses dist/ as it is
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=scripts/tools.sh
source scripts/tools.sh

case "${1:-}" in
  '') npm run build --silent || exit 1 ;;
  --no-build) ;;
  *) echo "test-runtimes: unknown option $1 (expected --no-build)" >&2; exit 2 ;;
esac
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
cp test/runtimes/smoke.mjs test/runtimes/exports.json "$project/"

# Bun and Deno: the pinned versions, fetched on demand (never node_modules/.bin).
bun_exe=$(tool_path bun) || bun_exe=''
deno_exe=$(tool_path deno) || deno_exe=''

# `node <major>`: the node on PATH when it is that major, else the `node` package from npm.
node_cmd() {
  if [ "$(node -p 'process.versions.node.split(".")[0]')" = "$1" ]; then echo node; else echo "npx -y node@$1"; fi
}

names=()
results=()
lines=()
times=()
failed=0
reference=''   # the runtime whose `check …` lines every other runtime must print
mkdir -p "$work/checks"

elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", b - a }'; }

# record <name> <ok|FAIL> <line> <t0>
record() {
  names+=("$1")
  results+=("$2")
  lines+=("$3")
  times+=("$(elapsed "$4")")
  [ "$2" = ok ] || failed=1
}

# run_one <name> <command…>: runs the command in the project. It passes when it exits 0, its last
# `ok …`/`FAIL …` line is `ok …`, and its `check …` lines are those of the reference runtime.
run_one() {
  local name=$1
  shift
  local t0=$EPOCHREALTIME out status line checks n
  printf -- '----- %s: %s\n' "$name" "$*"
  out=$(cd "$project" && clean_env "$@" 2>&1)
  status=$?
  checks="$work/checks/$name"
  printf '%s\n' "$out" | grep -E '^check ' >"$checks"
  n=$(wc -l <"$checks")
  # The output without the check lines (those are compared below), and the check lines of the
  # reference once.
  if [ -z "$reference" ] && [ "$n" -gt 0 ]; then
    printf '%s\n' "$out" | tail -n 40
  else
    printf '%s\n' "$out" | grep -vE '^check ' | tail -n 20
  fi
  line=$(printf '%s\n' "$out" | grep -E '^(ok|FAIL) ' | tail -n 1)
  if [ "$status" -ne 0 ] || [[ "$line" != ok\ * ]]; then
    [ -n "$line" ] || line="exit $status: $(printf '%s\n' "$out" | grep -v '^\s*$' | tail -n 1 | cut -c1-120)"
    record "$name" FAIL "$line" "$t0"
  elif [ "$n" -eq 0 ]; then
    record "$name" FAIL "printed no check lines: $line" "$t0"
  elif [ -z "$reference" ]; then
    reference=$name
    record "$name" ok "$line" "$t0"
  elif ! diff -u --label "$reference" --label "$name" "$work/checks/$reference" "$checks" >"$work/diff"; then
    printf '  its check lines differ from those of %s:\n' "$reference"
    head -n 40 "$work/diff" | sed 's/^/  /'
    record "$name" FAIL "check lines differ from ${reference}'s: $line" "$t0"
  else
    printf '  (the same %s check lines as %s)\n' "$n" "$reference"
    record "$name" ok "$line" "$t0"
  fi
}

# missing_tool <name> <tool>: a runtime whose tool could not be fetched fails.
missing_tool() {
  printf -- '----- %s: FAIL\n' "$1"
  record "$1" FAIL "FAIL $2 $(tool_version "$2"): could not be fetched (see the messages of scripts/tools.sh above)" "$EPOCHREALTIME"
}

# shellcheck disable=SC2046 # node_cmd is a command and its arguments
run_one 'node 20' $(node_cmd 20) smoke.mjs
# shellcheck disable=SC2046
run_one 'node 22' $(node_cmd 22) smoke.mjs
# shellcheck disable=SC2046
run_one 'node 24' $(node_cmd 24) smoke.mjs
if [ -n "$deno_exe" ]; then
  run_one 'deno' "$deno_exe" run --node-modules-dir=manual --cached-only --no-prompt smoke.mjs
else
  missing_tool 'deno' deno
fi
if [ -n "$bun_exe" ]; then run_one 'bun' "$bun_exe" smoke.mjs; else missing_tool 'bun' bun; fi
run_one 'edge-runtime (EdgeVM)' node "$root/test/runtimes/edge.mjs" "$project"
run_one 'chromium (headless)' node "$root/test/runtimes/chromium.mjs" "$project"

printf '\n%-24s %-6s %8s  %s\n' 'runtime' 'result' 'time' 'output'
printf '%-24s %-6s %8s  %s\n' '-------' '------' '----' '------'
for i in "${!names[@]}"; do
  printf '%-24s %-6s %8s  %s\n' "${names[$i]}" "${results[$i]}" "${times[$i]}" "${lines[$i]}"
done
checks_each=0
[ -z "$reference" ] || checks_each=$(wc -l <"$work/checks/$reference")
printf '\n%s of %s runtimes ok; %s check lines each, the same on every runtime that passed\n' \
  "$(printf '%s\n' "${results[@]}" | grep -c '^ok$')" "${#names[@]}" "$checks_each"
if [ -n "${ISMAP_LIU_SUMMARY:-}" ]; then
  printf '  %-23s %s of %s runtimes ok, the same %s checks on each\n' 'runtime smoke tests' "$(printf '%s\n' "${results[@]}" | grep -c '^ok$')" "${#names[@]}" "$checks_each" >>"$ISMAP_LIU_SUMMARY"
fi
if [ "$failed" -ne 0 ]; then
  echo 'test-runtimes: FAILED on at least one runtime' >&2
  exit 1
fi
echo 'test-runtimes: all runtimes ok'
