#!/usr/bin/env bash
# Trunk post-build hook. Every build: ships the locales (.ci/locales.mjs: each language's
# file named by its hash, its first screen, its manifest, the picker's CSP hash). Release
# builds also trim the wasm and its JavaScript glue (.ci/slim-glue.mjs), minify every
# JavaScript file with terser (Trunk's own minifier gives up on the glue), then name the
# glue and the wasm by a hash of their final bytes.
#
# A missing or wrong tool stops the build here. An untrimmed build still works, but it is
# larger, and the size budget (tests/budget.rs) would fail later for the wrong reason.
#
# Escape hatch: ME_AND_WE_UNTRIMMED=1 skips the trimming and minifying on purpose (say, to
# measure what they save, or where node cannot be installed). It warns loudly; the build is
# correct but over budget, so never deploy one.
#
# Reads: TRUNK_PROFILE, TRUNK_STAGING_DIR (from Trunk), ME_AND_WE_TOOLS (the npm tools dir,
# default ~/.cache/me-and-we-tools, as in .ci/tools.sh), ME_AND_WE_UNTRIMMED.
set -euo pipefail

# Colour only on a terminal, so logs stay plain text.
if [ -t 2 ]; then red=$'\033[31m' yellow=$'\033[1;33m' plain=$'\033[0m'; else red="" yellow="" plain=""; fi
say() { printf '[post-build] %s\n' "$*" >&2; }
fail() {
  printf '%s[post-build] error: %s%s\n' "$red" "$*" "$plain" >&2
  exit 1
}
# Whatever else fails (a command not wrapped in `step`) still says where.
trap 'fail "line $LINENO: \`$BASH_COMMAND\` failed (exit $?)"' ERR
# Runs one named step; if it fails, the build stops naming the step and its exit status.
step() {
  local what=$1
  shift
  "$@" || fail "$what failed (exit $?): $*"
}

here=$(cd "$(dirname "$0")" && pwd)
dir="${TRUNK_STAGING_DIR:?TRUNK_STAGING_DIR is not set: this script is the post_build hook in Trunk.toml}"
[ -d "$dir" ] || fail "the staging dir $dir does not exist"
tools="${ME_AND_WE_TOOLS:-$HOME/.cache/me-and-we-tools}"
if [ -n "${ME_AND_WE_TOOLS:-}" ]; then tools_from="from ME_AND_WE_TOOLS"; else tools_from="the default; ME_AND_WE_TOOLS changes it"; fi
modules="$tools/node_modules"
# shellcheck source=versions
source "$here/versions"
fix="run 'bash .ci/tools.sh' (it installs the pinned versions from .ci/versions), or set ME_AND_WE_UNTRIMMED=1 for an untrimmed build"

# Every build ships the locales; a debug build (trunk serve) stops there.
locales() {
  command -v node >/dev/null ||
    fail "node: not found on PATH ($PATH): every build needs it for .ci/locales.mjs (on Debian: apt-get install -y nodejs npm)"
  step "locales (.ci/locales.mjs)" node "$here/locales.mjs" "$dir"
}
if [ "${TRUNK_PROFILE:-}" != "release" ]; then
  locales
  exit 0
fi

# Version of an npm package in the tools dir, or nothing.
npm_version() { node -p "require(process.argv[1]).version" "$modules/$1/package.json" 2>/dev/null || true; }

if [ "${ME_AND_WE_UNTRIMMED:-}" = 1 ]; then
  printf '%s%s%s\n' \
    "$yellow" "[post-build] WARNING: ME_AND_WE_UNTRIMMED=1: the wasm and the JavaScript are NOT trimmed or minified." "$plain" \
    "$yellow" "[post-build] WARNING: this release build is larger than the one we ship and fails tests/budget.rs; do not deploy it." "$plain" >&2
else
  missing=()
  command -v node >/dev/null ||
    missing+=("node: not found on PATH ($PATH); on Debian: apt-get install -y nodejs npm")
  [ -f "$modules/terser/bin/terser" ] ||
    missing+=("terser $TERSER_VERSION: looked for $modules/terser/bin/terser")
  for tool in wasm-metadce wasm-opt; do
    [ -x "$modules/binaryen/bin/$tool" ] ||
      missing+=("binaryen $BINARYEN_VERSION ($tool): looked for $modules/binaryen/bin/$tool")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "a release build trims the wasm and its glue and minifies the JavaScript, and these tools are missing:"
    for m in "${missing[@]}"; do say "  - $m"; done
    fail "missing tools for the release build (tools dir: $tools, $tools_from): $fix"
  fi
  # Present but not the pinned version: the glue's shape and the sizes would differ.
  for pkg in terser:TERSER_VERSION binaryen:BINARYEN_VERSION; do
    name=${pkg%%:*} var=${pkg#*:}
    want=${!var}
    got=$(npm_version "$name")
    [ "$got" = "$want" ] ||
      fail "$name in $modules is version '${got:-unknown}', .ci/versions pins $want: $fix"
  done

  step "slim-glue (.ci/slim-glue.mjs)" node "$here/slim-glue.mjs" "$dir" "$modules/binaryen/bin"
  for js in "$dir"/*.js; do
    step "terser on $(basename "$js")" \
      node "$modules/terser/bin/terser" "$js" --module --compress --mangle --output "$js.min"
    step "replacing $(basename "$js") by its minified copy" mv "$js.min" "$js"
  done
fi

locales

# The QR code module (src/qr.rs): a second, small wasm the app fetches only when it first
# shows a code. Built from the same lock file and profile; its name stays qr.wasm (the
# offline copy checks an unhashed file with the server).
target_dir="${CARGO_TARGET_DIR:-$here/../target}"
step "the QR module (cargo build --example qr)" \
  cargo build --quiet --release --offline --target wasm32-unknown-unknown --example qr
qr="$target_dir/wasm32-unknown-unknown/release/examples/qr.wasm"
if [ "${ME_AND_WE_UNTRIMMED:-}" = 1 ]; then
  step "copying the QR module" cp "$qr" "$dir/qr.wasm"
else
  step "wasm-opt on the QR module" \
    "$modules/binaryen/bin/wasm-opt" -Oz --strip-debug --strip-producers "$qr" -o "$dir/qr.wasm"
fi

# Trunk hashed cargo's output, before wasm-bindgen, wasm-opt and the steps above: a change
# to those alone would keep the names. The offline copy (public/sw.js) trusts a hashed
# name to mean one content, so the names come from the bytes the browser gets.
shopt -s nullglob
wasms=("$dir"/*_bg.wasm)
[ "${#wasms[@]}" -eq 1 ] || fail "renaming: expected one *_bg.wasm in $dir, found ${#wasms[@]}"
wasm=${wasms[0]}
old=$(basename "$wasm" _bg.wasm)
[ -f "$dir/$old.js" ] || fail "renaming: $old.js (the glue of $old""_bg.wasm) is missing from $dir"
grep -q "$old" "$dir/index.html" || fail "renaming: index.html does not name $old, so it cannot be renamed"
hash=$(cat "$dir/$old.js" "$wasm" | sha256sum | cut -c1-16)
new="${old%-*}-$hash"
if [ "$new" != "$old" ]; then
  step "renaming the wasm" mv "$wasm" "$dir/${new}_bg.wasm"
  step "renaming the glue" mv "$dir/$old.js" "$dir/$new.js"
  step "renaming in index.html" sed -i "s/$old/$new/g" "$dir/index.html"
  ! grep -q "$old" "$dir/index.html" || fail "renaming: index.html still names $old after sed"
fi
say "named $new (glue and wasm)"
