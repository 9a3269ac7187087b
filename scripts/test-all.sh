#!/usr/bin/env bash
# `npm test`: every check, in order, stopping at the first failure.
#   typecheck → lint → build → unit and property tests in 4 time zones (the CLI tests run dist/, so
#   the build comes first) → package checks → docs → size budget → runtimes → HTTP service in
#   workerd → restate → notebooks
#
# The runtimes stage needs Debian's chromium, the notebooks stage jupyter-nbconvert (.ci/run
# installs both); both need the pinned Bun/Deno of scripts/tools.sh, fetched from the npm registry
# on first use. Outside CI a stage whose tool is missing is skipped and the summary says so
# ("npm test: passed, skipped: runtimes (chromium not installed)"); in CI (any non-empty $CI:
# true, 1, yes, ...) a missing tool is a failure, never a skip.
#
# Ends with a table of every stage (time and status) and one last line: "npm test: passed",
# "npm test: passed, skipped: <stage> (<why>), ..." or "npm test: FAILED at <stage>".
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
# shellcheck source=scripts/tools.sh
source scripts/tools.sh

ISMAP_LIU_SUMMARY=$(mktemp "${TMPDIR:-/tmp}/ismap-liu-summary.XXXXXX")
export ISMAP_LIU_SUMMARY
trap 'rm -f "$ISMAP_LIU_SUMMARY"' EXIT

rows=()     # one line per stage: name, time, status
skipped=()  # "<stage> (<why>)"
started=$EPOCHREALTIME

elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", b - a }'; }
row() { rows+=("$(printf '  %-32s %8s  %s' "$1" "$2" "$3")"); }
banner() {
  printf '\n======================================================================\n'
  printf '== %s\n' "$@"
  printf '======================================================================\n'
}

# The per-stage details (test counts, ...), the table of stages and the last line.
summary() {
  local verdict=$1
  banner "$verdict ($(elapsed "$started"))"
  if [ -s "$ISMAP_LIU_SUMMARY" ]; then cat "$ISMAP_LIU_SUMMARY"; printf '\n'; fi
  printf '  %-32s %8s  %s\n' 'stage' 'time' 'status'
  printf '%s\n' "${rows[@]}"
  printf '\n%s\n' "$verdict"
}

# The stages in order, for the "not run" rows after a failure.
STAGES=('typecheck' 'lint' 'build' 'unit and property tests (4 TZ)' 'package checks' 'docs' 'docs diagrams (Chromium)' 'size budget' 'runtimes' 'HTTP service in workerd' 'restate' 'notebooks')

# fail <stage> <exit status> <why> <time>: the summary with the stages not run, then exit.
fail() {
  local name=$1 status=$2 why=$3 took=$4 seen=false s
  row "$name" "$took" "FAILED ($why)"
  for s in "${STAGES[@]}"; do
    if $seen; then row "$s" '-' 'not run'; fi
    [ "$s" != "$name" ] || seen=true
  done
  summary "npm test: FAILED at $name ($why)"
  exit "$status"
}

# stage <name> <command...>: runs a stage; a failure ends npm test.
stage() {
  local name=$1
  shift
  banner "$name" "  \$ $*"
  local t0=$EPOCHREALTIME status=0
  "$@" || status=$?
  if [ "$status" -ne 0 ]; then fail "$name" "$status" "exit $status" "$(elapsed "$t0")"; fi
  row "$name" "$(elapsed "$t0")" 'passed'
}

# optional <name> <why-missing> <hint> <command...>: runs the stage when <why-missing> is empty;
# otherwise skips it, or, in CI, fails.
optional() {
  local name=$1 why=$2 hint=$3
  shift 3
  if [ -z "$why" ]; then
    stage "$name" "$@"
  elif is_ci; then
    banner "FAILED: $name: $why" "  CI=$CI: in CI a missing tool is a failure, never a skip ($hint)"
    fail "$name" 1 "$why" '-'
  else
    banner "SKIPPED: $name: $why" "  to run it: $hint"
    row "$name" '-' "skipped: $why"
    skipped+=("$name ($why)")
  fi
}

have_chromium() {
  if [ -n "${CHROMIUM:-}" ]; then [ -x "$CHROMIUM" ]; return; fi
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1
}
have_nbconvert() { command -v jupyter >/dev/null 2>&1 && jupyter nbconvert --version >/dev/null 2>&1; }
# Fetches the pinned tool if needed; prints why it cannot be had, or nothing.
fetch() { tool_path "$1" >/dev/null || echo "$1 $(tool_version "$1") could not be fetched from the npm registry"; }

stage 'typecheck' npm run --silent typecheck
stage 'lint' npm run --silent lint
stage 'build' npm run --silent build
stage 'unit and property tests (4 TZ)' bash scripts/test-tz.sh
stage 'package checks' bash scripts/test-package.sh --no-build
stage 'docs' npm run --silent docs

# Every diagram of the built site fits its column (or viewer) with legible text, in headless
# Chromium; the self-test first proves the check fails on bad pages.
why=''
have_chromium || why='chromium not installed'
optional 'docs diagrams (Chromium)' "$why" 'apt-get install -y chromium' \
  bash -c 'node scripts/check-docs-diagrams.mjs --self-test && node scripts/check-docs-diagrams.mjs docs/api'

stage 'size budget' node scripts/size-budget.mjs

why=''
have_chromium || why='chromium not installed'
[ -n "$why" ] || why=$(fetch bun)
[ -n "$why" ] || why=$(fetch deno)
optional 'runtimes' "$why" 'apt-get install -y chromium (and npm registry access for Bun and Deno)' \
  bash scripts/test-runtimes.sh --no-build

# The reference HTTP service as a Worker in workerd (miniflare, pinned, fetched on demand into
# .tmp/tools); on Node it is tested with the unit tests.
stage 'HTTP service in workerd' node scripts/test-http-workerd.mjs

# The Restate recipe: its own packages (restate-server and -sdk) installed on demand in
# examples/restate, run on Node 22.
why=$(bash scripts/test-restate.sh --prepare) || why=${why:-'the Restate example could not be prepared'}
optional 'restate' "$why" 'npm registry access (examples/restate installs @restatedev/restate-server and -sdk; Node 22 via npx)' \
  bash scripts/test-restate.sh --no-build

why=''
have_nbconvert || why='jupyter nbconvert not installed'
[ -n "$why" ] || why=$(fetch deno)
optional 'notebooks' "$why" 'apt-get install -y --no-install-recommends jupyter-nbconvert' \
  bash scripts/test-notebooks.sh

if [ ${#skipped[@]} -eq 0 ]; then
  summary 'npm test: passed'
else
  summary "npm test: passed, skipped: $(printf '%s, ' "${skipped[@]}" | sed 's/, $//')"
fi
