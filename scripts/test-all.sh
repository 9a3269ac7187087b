#!/usr/bin/env bash
# `npm test`: every check, in order, stopping at the first failure.
#   typecheck → lint → unit and property tests in 4 time zones → build → package checks → docs
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

printf '\n======================================================================\n'
printf '== npm test: all checks passed in %s\n' "$(elapsed "$started")"
printf '======================================================================\n'
printf '%s\n' "${timings[@]}"
printf '\n'
cat "$ISMAP_LIU_SUMMARY"
