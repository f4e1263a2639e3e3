//! Mounts the app; nothing else.

// Smaller than Rust's own allocator in WebAssembly (Cargo.toml says by how much).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    me_and_we::start();
}
