#!/usr/bin/env bash
# Runs the unit and property tests (vitest projects `unit` and `unit-calendar`) once per time
# zone: the library must answer the same whatever the host's zone (STYLE.md, "Time").
#
#   scripts/test-tz.sh [vitest args...]          e.g. scripts/test-tz.sh test/calendar
#   TEST_TZS="UTC Asia/Tokyo" scripts/test-tz.sh  run only some zones
#
# The package smoke test (project `package`) is not run here: it runs once, after the build
# (scripts/test-package.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

read -r -a zones <<<"${TEST_TZS:-UTC Asia/Tokyo America/Los_Angeles Pacific/Kiritimati}"
# vitest colours its output only on a terminal; keep the colours while tee-ing its output.
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then export FORCE_COLOR=1; fi

logs=$(mktemp -d "${TMPDIR:-/tmp}/ismap-liu-tz.XXXXXX")
trap 'rm -rf "$logs"' EXIT
summary=()
for tz in "${zones[@]}"; do
  # Node silently falls back to UTC for a zone it does not know: refuse that.
  seen=$(TZ=$tz node -p 'Intl.DateTimeFormat().resolvedOptions().timeZone')
  if [ "$seen" != "$tz" ]; then
    echo "test-tz: node does not know the time zone '$tz' (it reports '$seen')" >&2
    exit 1
  fi
  printf '\n----- unit and property tests, TZ=%s -----\n' "$tz"
  log="$logs/${tz//\//_}.log"
  TZ=$tz vitest run --project 'unit*' "$@" 2>&1 | tee "$log"
  counts=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests +' | tail -n 1 | sed -E 's/^ +Tests +//')
  summary+=("$(printf '  TZ=%-20s Tests %s' "$tz" "${counts:-?}")")
done

printf '\n----- unit and property tests: every time zone passed -----\n'
printf '%s\n' "${summary[@]}"
if [ -n "${ISMAP_LIU_SUMMARY:-}" ]; then printf '%s\n' "${summary[@]}" >>"$ISMAP_LIU_SUMMARY"; fi
