#!/usr/bin/env bash
# Checks the package as it would be published: packs it once, then
#   1. publint --strict          (package.json, exports map, files)
#   2. attw                      (types resolve and match the JS under every TypeScript resolver)
#   3. test/package              (installs the tarball in a fresh project: loads it from ESM and CJS,
#                                 type-checks it under each resolver, compiles a node10 project with
#                                 tsc, runs the CLI; also the two builds' brands and the README size
#                                 table logic of scripts/size-budget.mjs)
#
#   scripts/test-package.sh              builds first (npm run build)
#   scripts/test-package.sh --no-build   uses dist/ as it is (scripts/test-all.sh has just built)
#
# attw runs its full check (no --profile): node10, node16 from CJS, node16 from ESM and bundler,
# for every door. TypeScript's `node10` resolution (still the default of `module: commonjs`
# projects) ignores the `exports` map; it finds the `ismap-liu/calendar`, `/rules` and `/machines`
# types through `typesVersions` in package.json, which the other resolvers ignore because the
# package has `exports`. (Node itself needs >= 20, `engines`, where `exports` is always honoured.)
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

printf '\n----- attw (are the types wrong?): node10, node16 (CJS, ESM), bundler -----\n'
color=--color; [ -t 1 ] || color=--no-color
attw "$tarball" --format table-flipped "$color"

printf '\n----- smoke test of the tarball (test/package) -----\n'
log="$work/smoke.log"
ISMAP_LIU_TARBALL="$tarball" vitest run --project package 2>&1 | tee "$log"
counts=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests +' | tail -n 1 | sed -E 's/^ +Tests +//')
if [ -n "${ISMAP_LIU_SUMMARY:-}" ]; then printf '  %-23s Tests %s\n' 'package smoke test' "${counts:-?}" >>"$ISMAP_LIU_SUMMARY"; fi
