#!/usr/bin/env bash
# Runs the Restate recipe's test (examples/restate/test/restate.test.mjs) on Node 22: a local
# restate-server, the case service endpoint registered with it, a case driven through an incident
# whose urgent report is missed, the server stopped and restarted past the wake-up.
#
# examples/restate has its own package.json and lockfile: its packages (@restatedev/restate-sdk,
# @restatedev/restate-server, about 225 MB with the server binary) are never part of the
# library's install. They are installed here on demand (`npm ci` in examples/restate, when
# node_modules is missing or older than the lockfile). The SDK needs Promise.withResolvers, which
# Node 20 lacks: the test runs on the node on PATH when it is 22 or newer, else on
# `npx -y node@22` (the `node` package on npm provides the binaries).
#
#   scripts/test-restate.sh              builds the package if stale (scripts/ensure-built.mjs), installs, runs
#   scripts/test-restate.sh --no-build   uses dist/ as it is
#   scripts/test-restate.sh --prepare    only installs the packages and fetches Node 22; on failure prints
#                                        why on one line and exits 1 (npm test uses it to skip or fail the stage)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
example="$root/examples/restate"

mode=run
case "${1:-}" in
  '') ;;
  --no-build) mode=run-no-build ;;
  --prepare) mode=prepare ;;
  *) echo "test-restate: unknown option $1 (expected --no-build or --prepare)" >&2; exit 2 ;;
esac

# Child npm/npx processes must not inherit the settings of an enclosing `npm run`; the Restate
# server's package would otherwise report the install to its analytics (Scarf).
clean_env() { env -u npm_config_prefix -u npm_lifecycle_event -u npm_lifecycle_script -u npm_package_json -u INIT_CWD -u NODE_OPTIONS SCARF_ANALYTICS=false "$@"; }

# The node command for Node 22+: the node on PATH when it is new enough, else the npm `node` package.
node22() {
  if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 22 ]; then echo node; else echo "npx -y node@22"; fi
}

# Installs the example's packages when node_modules is missing or older than the lockfile.
install() {
  local marker="$example/node_modules/.package-lock.json"
  if [ -f "$marker" ] && [ "$marker" -nt "$example/package-lock.json" ] && [ -e "$example/node_modules/@restatedev/restate-server-$(node -p 'process.platform + "-" + process.arch')" ]; then
    return 0
  fi
  local t0=$EPOCHREALTIME log
  log=$(mktemp "${TMPDIR:-/tmp}/ismap-liu-restate-npm.XXXXXX")
  echo "test-restate: installing examples/restate's packages (npm ci)" >&2
  if ! (cd "$example" && clean_env npm ci --prefer-offline --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
    echo "could not install examples/restate's packages (npm ci): $(grep -v '^npm error *at ' "$log" | grep -m 1 -i 'error' | cut -c1-160)"
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
  awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "test-restate: installed in %.1fs\n", b - a }' >&2
}

prepare() {
  install || return 1
  # shellcheck disable=SC2046
  if ! (cd "$example" && clean_env $(node22) --version) >/dev/null 2>&1; then
    echo 'could not run Node 22 (npx -y node@22 needs the npm registry)'
    return 1
  fi
}

if [ "$mode" = prepare ]; then
  prepare
  exit $?
fi

if [ "$mode" = run ]; then
  node scripts/ensure-built.mjs || { echo 'test-restate: the build failed' >&2; exit 1; }
fi
[ -f dist/index.js ] || { echo "test-restate: dist/index.js is missing: run 'npm run build' first" >&2; exit 1; }

why=$(prepare) || { echo "test-restate: $why" >&2; exit 1; }

cmd=$(node22)
test_file="$example/test/restate.test.mjs"
echo "test-restate: $cmd --test ${test_file#"$root"/}"
# shellcheck disable=SC2086
cd "$example" && clean_env $cmd --test --test-reporter=spec "$test_file"
