#!/usr/bin/env bash
# Trunk post-build hook, release builds only: trims the wasm and its JavaScript glue
# (.ci/slim-glue.mjs), minifies the glue with terser (Trunk's own minifier gives up on it),
# then names both by a hash of their final bytes. Without the npm tools the build stays
# correct, only larger, and says so.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
dir="$TRUNK_STAGING_DIR"
TOOLS="${ME_AND_WE_TOOLS:-$HOME/.cache/me-and-we-tools}/node_modules"
if ! command -v node >/dev/null || [ ! -f "$TOOLS/terser/bin/terser" ] || [ ! -f "$TOOLS/binaryen/bin/wasm-metadce" ]; then
  echo "[post-build] node, terser or binaryen not found: the wasm and JavaScript are left as they are (run 'bash .ci/tools.sh')" >&2
else
  node "$(dirname "$0")/slim-glue.mjs" "$dir" "$TOOLS/binaryen/bin"
  for js in "$dir"/*.js; do
    node "$TOOLS/terser/bin/terser" "$js" --module --compress --mangle --output "$js.min"
    mv "$js.min" "$js"
  done
fi

# Trunk hashed cargo's output, before wasm-bindgen, wasm-opt and the steps above: a change
# to those alone would keep the names. The offline copy (public/sw.js) trusts a hashed
# name to mean one content, so the names come from the bytes the browser gets.
wasm=$(ls "$dir"/*_bg.wasm)
old=$(basename "$wasm" _bg.wasm)
new="${old%-*}-$(cat "$dir/$old.js" "$wasm" | sha256sum | cut -c1-16)"
if [ "$new" != "$old" ]; then
  mv "$wasm" "$dir/${new}_bg.wasm"
  mv "$dir/$old.js" "$dir/$new.js"
  sed -i "s/$old/$new/g" "$dir/index.html"
fi
