#!/usr/bin/env bash
# The linker for the browser build (.cargo/config.toml): Rust's own rust-lld, minus the
# exports of wasm-streams. Leptos always links server_fn, which links wasm-streams, whose
# #[wasm_bindgen] stream classes (IntoUnderlyingSink and friends) a wasm executable exports
# whether or not anything uses them; this app never does. Without their `--export` the
# linker drops them and all the code only they reach: 4 KB of brotli.
set -euo pipefail
host=$("${RUSTC:-rustc}" -vV | sed -n 's/^host: //p')
lld="$("${RUSTC:-rustc}" --print sysroot)/lib/rustlib/$host/bin/rust-lld"
[ -x "$lld" ] || { echo "wasm-ld.sh: rust-lld not found at $lld" >&2; exit 1; }

unwanted() { [[ "$1" =~ [Ii]nto[Uu]nderlying ]]; }

# Drops each `--export <name>` pair whose name is unwanted, from the arguments or from a
# response file (rustc passes one, one argument per line, when the command line is long).
filter_file() {
  local file=$1 out prev=""
  out=$(mktemp)
  while IFS= read -r line || [ -n "$line" ]; do
    if [ "$prev" = "--export" ]; then
      unwanted "$line" || printf '%s\n%s\n' "$prev" "$line" >>"$out"
      prev=""
      continue
    fi
    [ "$line" = "--export" ] && { prev=$line; continue; }
    printf '%s\n' "$line" >>"$out"
  done <"$file"
  mv "$out" "$file"
}

args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --export)
      if [ $# -ge 2 ] && unwanted "$2"; then shift 2; continue; fi
      args+=("$1" "${2:-}")
      shift 2 || shift
      ;;
    @*)
      filter_file "${1#@}"
      args+=("$1")
      shift
      ;;
    *)
      args+=("$1")
      shift
      ;;
  esac
done
exec "$lld" "${args[@]}"
