#!/usr/bin/env bash
# On-demand tools: the big runtimes that only a few scripts need (Bun and Deno for
# scripts/test-runtimes.sh, Deno for scripts/test-notebooks.sh) are not dev dependencies, so a
# plain `npm install` stays lean. A script asks for a tool here; the pinned version is fetched
# from the npm registry the first time (`npm install --prefix`; about 7 s for both on a fast
# connection) and then reused.
#
#   bash scripts/tools.sh bun --version        run a pinned tool (fetching it first if needed)
#   bash scripts/tools.sh deno jupyter --install
#   bash scripts/tools.sh --path deno          print the path of the pinned executable
#   bash scripts/tools.sh --fetch [tool...]    fetch tools (default: all) and print their versions
#   bash scripts/tools.sh --list               print the pinned versions
#
#   source scripts/tools.sh                    in a script: tool_path <tool>, tool_version <tool>, is_ci
#
# The cache is .tmp/tools/<tool>@<version>/ (git-ignored), or $ISMAP_LIU_TOOLS_DIR (e.g. a CI
# cache). A tool is fetched into a scratch folder, checked (`<tool> --version` must report the pin)
# and only then moved into place, so an interrupted or concurrent fetch never leaves a half tool.
# node_modules/.bin is never used: a tool still listed in devDependencies is not what runs.
#
# To move a pin: change the version below; the next run fetches it (old versions stay in the cache
# until `rm -rf .tmp/tools`).

_tools_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${ISMAP_LIU_TOOLS_DIR:=$_tools_root/.tmp/tools}"

# The pinned version of a tool; exit 2 for a tool that is not on the list.
tool_version() {
  case "$1" in
    bun) echo '1.4.5' ;;
    deno) echo '2.9.6' ;;
    *) echo "tools: unknown tool '$1' (expected bun or deno)" >&2; return 2 ;;
  esac
}

# Whether this is a CI run: any non-empty $CI (true, 1, yes, ...). In CI a missing tool is a
# failure, never a skip.
is_ci() { [ -n "${CI:-}" ]; }

# The first line of `<exe> --version` contains the pinned version (`1.4.5`, `deno 2.9.6 (...)`).
_tool_reports() {
  local exe=$1 version=$2 out
  out=$("$exe" --version 2>/dev/null | head -n 1) || return 1
  [[ " $out " == *[!0-9.]"$version"[!0-9.]* ]]
}

# Fetches <tool>@<version> into <dir> (progress on stderr); returns non-zero if it cannot.
_tool_fetch() {
  local tool=$1 version=$2 dir=$3 stage t0 log
  mkdir -p "$ISMAP_LIU_TOOLS_DIR" || return 1
  stage=$(mktemp -d "$ISMAP_LIU_TOOLS_DIR/.fetch-$tool@$version.XXXXXX") || return 1
  chmod 755 "$stage"
  log="$stage.log"
  t0=$EPOCHREALTIME
  echo "tools: fetching $tool@$version from the npm registry into ${dir#"$_tools_root"/}" >&2
  # Not the settings of an enclosing `npm run` (its prefix is this project).
  if ! (cd "$stage" && env -u npm_config_prefix -u npm_config_local_prefix -u npm_config_global \
    -u npm_config_save -u npm_config_dry_run -u npm_config_ignore_scripts -u NODE_OPTIONS \
    npm install --prefix "$stage" --prefer-offline --no-audit --no-fund --no-save \
    --loglevel=error "$tool@$version") >"$log" 2>&1; then
    echo "tools: could not fetch $tool@$version (is the npm registry reachable?):" >&2
    grep -v '^npm error *at ' "$log" | head -n 4 | sed 's/^/  /' >&2
    rm -rf "$stage" "$log"
    return 1
  fi
  if ! _tool_reports "$stage/node_modules/.bin/$tool" "$version"; then
    echo "tools: $tool@$version was installed but '$tool --version' does not report $version:" >&2
    "$stage/node_modules/.bin/$tool" --version 2>&1 | head -n 3 | sed 's/^/  /' >&2
    rm -rf "$stage" "$log"
    return 1
  fi
  rm -f "$log"
  # Another run may have put it in place meanwhile: keep theirs.
  [ -e "$dir" ] || mv "$stage" "$dir"
  rm -rf "$stage"
  awk -v a="$t0" -v b="$EPOCHREALTIME" -v t="$tool@$version" 'BEGIN { printf "tools: %s ready (%.1fs)\n", t, b - a }' >&2
}

# The path of the pinned <tool> executable, fetched first if it is not in the cache.
tool_path() {
  local tool=$1 version dir exe
  version=$(tool_version "$tool") || return 2
  dir="$ISMAP_LIU_TOOLS_DIR/$tool@$version"
  exe="$dir/node_modules/.bin/$tool"
  if ! _tool_reports "$exe" "$version"; then
    [ ! -e "$dir" ] || rm -rf "$dir"
    _tool_fetch "$tool" "$version" "$dir" || return 1
    _tool_reports "$exe" "$version" || { echo "tools: $exe does not run after the fetch" >&2; return 1; }
  fi
  printf '%s\n' "$exe"
}

# Run as a command (not sourced).
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  case "${1:-}" in
    '' | -h | --help)
      sed -n '2,/^$/s/^# \{0,1\}//p' "$0"
      exit 0
      ;;
    --list)
      for t in bun deno; do printf '%s@%s\n' "$t" "$(tool_version "$t")"; done
      ;;
    --path)
      [ $# -eq 2 ] || { echo 'usage: scripts/tools.sh --path <tool>' >&2; exit 2; }
      tool_path "$2"
      ;;
    --fetch)
      shift
      [ $# -gt 0 ] || set -- bun deno
      status=0
      for t in "$@"; do
        exe=$(tool_path "$t") || { status=1; continue; }
        printf '%-5s %s  (%s)\n' "$t" "$("$exe" --version | head -n 1)" "$exe"
      done
      exit "$status"
      ;;
    -*)
      echo "tools: unknown option $1 (expected --list, --path, --fetch or a tool name)" >&2
      exit 2
      ;;
    *)
      exe=$(tool_path "$1") || exit $?
      shift
      exec "$exe" "$@"
      ;;
  esac
fi
