#!/usr/bin/env bash
# `npm test`: every check, in order, stopping at the first failure.
#   typecheck → lint → unit and property tests in 4 time zones → build → package checks → docs
#   → size budget → runtimes → notebooks (the last two need Debian packages; see .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

ISMAP_LIU_SUMMARY=$(mktemp "${TMPDIR:-/tmp}/ismap-liu-summary.XXXXXX")
export ISMAP_LIU_SUMMARY
trap 'rm -f "$ISMAP_LIU_SUMMARY"' EXIT

timings=()
started=$EPOCHREALTIME

elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", b - a }'; }

stage() {
  local name=$1
  shift
  printf '\n======================================================================\n'
  printf '== %s\n' "$name"
  printf '==   $ %s\n' "$*"
  printf '======================================================================\n'
  local t0=$EPOCHREALTIME status=0
  "$@" || status=$?
  timings+=("$(printf '  %-34s %8s' "$name" "$(elapsed "$t0")")")
  if [ "$status" -ne 0 ]; then
    printf '\n== FAILED: %s (exit %s, after %s)\n' "$name" "$status" "$(elapsed "$t0")" >&2
    printf '%s\n' "${timings[@]}" >&2
    exit "$status"
  fi
}

stage 'typecheck' npm run --silent typecheck
stage 'lint' npm run --silent lint
stage 'unit and property tests (4 TZ)' bash scripts/test-tz.sh
stage 'build' npm run --silent build
stage 'package checks' bash scripts/test-package.sh --no-build
stage 'docs' npm run --silent docs
stage 'size budget' node scripts/size-budget.mjs

# Runtimes (Node 20/22/24, Deno, Bun, edge-runtime, Chromium) and the notebooks need Debian's
# chromium and jupyter-nbconvert. .ci/run installs them, and in CI they are required; on a
# machine without them these stages say so and are skipped.
optional() {
  local name=$1 tool=$2 hint=$3
  shift 3
  if command -v "$tool" >/dev/null 2>&1 || [ "${CI:-}" = "true" ]; then
    stage "$name" "$@"
  else
    printf '\n== SKIPPED: %s (%s is not installed; %s)\n' "$name" "$tool" "$hint"
    timings+=("$(printf '  %-34s %8s' "$name" 'skipped')")
  fi
}
optional 'runtimes' chromium 'apt-get install -y chromium' bash scripts/test-runtimes.sh --no-build
optional 'notebooks' jupyter 'apt-get install -y --no-install-recommends jupyter-nbconvert' bash scripts/test-notebooks.sh

printf '\n======================================================================\n'
printf '== npm test: all checks passed in %s\n' "$(elapsed "$started")"
printf '======================================================================\n'
printf '%s\n' "${timings[@]}"
printf '\n'
cat "$ISMAP_LIU_SUMMARY"
