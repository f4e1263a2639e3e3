//! Size budgets for the release build in dist/. Sizes are deterministic for a given
//! build, so they are tests: a change that grows the first load past the budget fails.
//! Run with `--nocapture` to see every file's raw, gzip and brotli size.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Everything a first visit downloads (html + css + js + wasm), brotli, in bytes. The
/// product's ceiling is 130,000 bytes; each feature may add what its issue names. Set at
/// 117,500 when the app measured 115,453; raised by what the 40-scenario bank and the
/// stored scenario set measurably added (117,322 -> 119,958), then by what the summary,
/// the sections, "talk it through", the map's names kept apart and an early tap kept
/// (119,687 -> 122,513; the issue allowed 3,000, so this is set at 122,687; the Learn
/// page built as text saved about 1,070 of it), so growth is a choice someone makes.
const FIRST_LOAD_BUDGET: usize = 122_687;
/// The WebAssembly alone, brotli, in bytes, so a change says where it grew (110,418 ->
/// 113,048 with the 40-scenario bank; 112,754 -> 115,118 with talk it through).
const WASM_BUDGET: usize = 115_300;

fn dist() -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "dist/ is missing: build it with `bash .ci/test` (or `trunk build --release`)"
    );
    dist
}

fn compressed(tool: &str, args: &[&str], file: &Path) -> usize {
    let out = Command::new(tool)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|_| panic!("{tool} is missing: run `bash .ci/tools.sh`"));
    assert!(out.status.success(), "{tool} failed on {}", file.display());
    out.stdout.len()
}

struct Sizes {
    name: String,
    raw: usize,
    gzip: usize,
    brotli: usize,
    first_load: bool,
}

fn sizes() -> Vec<Sizes> {
    let mut all: Vec<Sizes> = std::fs::read_dir(dist())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            // The service worker is fetched by the browser once the app is running, for
            // the next visit: it is not part of what the first visit waits for.
            let first_load = name != "sw.js"
                && [".html", ".css", ".js", ".wasm"]
                    .iter()
                    .any(|ext| name.ends_with(ext));
            Sizes {
                raw: std::fs::metadata(&p).unwrap().len() as usize,
                gzip: compressed("gzip", &["-9", "-c"], &p),
                brotli: compressed("brotli", &["-q", "11", "-c"], &p),
                name,
                first_load,
            }
        })
        .collect();
    all.sort_by(|a, b| a.name.cmp(&b.name));
    all
}

fn kib(bytes: usize) -> f64 {
    bytes as f64 / 1024.0
}

#[test]
fn the_first_load_stays_within_budget() {
    let all = sizes();
    println!("{:<44} {:>9} {:>9} {:>9}", "file", "raw", "gzip", "brotli");
    for s in &all {
        println!(
            "{:<44} {:>9} {:>9} {:>9}{}",
            s.name,
            s.raw,
            s.gzip,
            s.brotli,
            match (s.first_load, s.name.as_str()) {
                (true, _) => "",
                (false, "sw.js") => "  (after the app starts)",
                (false, _) => "  (not in first load)",
            }
        );
    }
    let first: Vec<&Sizes> = all.iter().filter(|s| s.first_load).collect();
    let (raw, gzip, brotli) = first.iter().fold((0, 0, 0), |t, s| {
        (t.0 + s.raw, t.1 + s.gzip, t.2 + s.brotli)
    });
    println!(
        "first load: {raw} raw, {gzip} gzip, {brotli} brotli ({:.1} KiB); budget {FIRST_LOAD_BUDGET} brotli",
        kib(brotli)
    );
    let wasm = first
        .iter()
        .find(|s| s.name.ends_with(".wasm"))
        .expect("a wasm file in dist/");
    assert!(
        wasm.brotli <= WASM_BUDGET,
        "the wasm is {} bytes brotli, over its budget of {WASM_BUDGET}",
        wasm.brotli
    );
    assert!(
        brotli <= FIRST_LOAD_BUDGET,
        "the first load is {brotli} bytes brotli, over its budget of {FIRST_LOAD_BUDGET}"
    );
    assert!(
        first.len() >= 4,
        "html, css, js and wasm all counted: {}",
        first.len()
    );
}
