#!/usr/bin/env bash
# Checks the package as it would be published: packs it once, then
#   1. publint --strict          (package.json, exports map, files)
#   2. attw --profile node16     (types resolve and match the JS for ESM and CJS consumers)
#   3. test/package smoke test   (installs the tarball in a fresh project; ESM, CJS, CLI)
#
#   scripts/test-package.sh              builds first (npm run build)
#   scripts/test-package.sh --no-build   uses dist/ as it is (scripts/test-all.sh has just built)
#
# attw's profile: `node16` checks node16 (from CJS and from ESM) and bundler resolution, and leaves
# out TypeScript's legacy `node10` resolution, which ignores the `exports` map and so can never
# find the `ismap-liu/calendar`, `/rules` and `/machines` subpaths. The package needs Node >= 20
# (`engines`), where `exports` is always honoured.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

if [ "${1:-}" != "--no-build" ]; then npm run build --silent; fi
for f in dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts dist/cli.js; do
  [ -f "$f" ] || { echo "test-package: $f is missing: run 'npm run build' first" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/ismap-liu-pack.XXXXXX")
trap 'rm -rf "$work"' EXIT
# dist/ is fresh, so skip the prepack build.
npm pack --ignore-scripts --silent --pack-destination "$work" >/dev/null
tarball=$(find "$work" -maxdepth 1 -name '*.tgz' -print -quit)
[ -n "$tarball" ] || { echo "test-package: npm pack left no tarball" >&2; exit 1; }
printf 'packed %s: %s files, %s bytes\n' "$(basename "$tarball")" "$(tar -tzf "$tarball" | wc -l)" "$(wc -c <"$tarball")"

printf '\n----- publint --strict -----\n'
publint run "$tarball" --strict

printf '\n----- attw (are the types wrong?) --profile node16 -----\n'
color=--color; [ -t 1 ] || color=--no-color
attw "$tarball" --profile node16 --format table-flipped "$color"

printf '\n----- smoke test of the tarball (test/package) -----\n'
log="$work/smoke.log"
ISMAP_LIU_TARBALL="$tarball" vitest run --project package 2>&1 | tee "$log"
counts=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests +' | tail -n 1 | sed -E 's/^ +Tests +//')
if [ -n "${ISMAP_LIU_SUMMARY:-}" ]; then printf '  %-23s Tests %s\n' 'package smoke test' "${counts:-?}" >>"$ISMAP_LIU_SUMMARY"; fi
