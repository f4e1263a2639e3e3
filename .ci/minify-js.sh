#!/usr/bin/env bash
# Trunk post-build hook: minifies the wasm-bindgen JavaScript glue with terser in release
# builds (Trunk's own minifier gives up on it). Without terser the build stays correct,
# only larger, and says so.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
TERSER="${ME_AND_WE_TOOLS:-$HOME/.cache/me-and-we-tools}/node_modules/terser/bin/terser"
if [ ! -f "$TERSER" ] || ! command -v node >/dev/null; then
  echo "[minify-js] terser not found: the JavaScript is left as it is (run 'bash .ci/tools.sh')" >&2
  exit 0
fi
for js in "$TRUNK_STAGING_DIR"/*.js; do
  node "$TERSER" "$js" --module --compress --mangle --output "$js.min"
  mv "$js.min" "$js"
done
