#!/usr/bin/env bash
# Trunk post-build hook, release builds only: trims the wasm and its JavaScript glue
# (.ci/slim-glue.mjs), then minifies the glue with terser (Trunk's own minifier gives up on
# it). Without the npm tools the build stays correct, only larger, and says so.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
TOOLS="${ME_AND_WE_TOOLS:-$HOME/.cache/me-and-we-tools}/node_modules"
if ! command -v node >/dev/null || [ ! -f "$TOOLS/terser/bin/terser" ] || [ ! -f "$TOOLS/binaryen/bin/wasm-metadce" ]; then
  echo "[post-build] node, terser or binaryen not found: the wasm and JavaScript are left as they are (run 'bash .ci/tools.sh')" >&2
  exit 0
fi
node "$(dirname "$0")/slim-glue.mjs" "$TRUNK_STAGING_DIR" "$TOOLS/binaryen/bin"
for js in "$TRUNK_STAGING_DIR"/*.js; do
  node "$TOOLS/terser/bin/terser" "$js" --module --compress --mangle --output "$js.min"
  mv "$js.min" "$js"
done
