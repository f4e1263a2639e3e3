//! Size budgets for the release build in dist/. Sizes are deterministic for a given
//! build, so they are tests: a change that grows the first load past the budget fails.
//! Run with `--nocapture` to see every file's raw, gzip and brotli size.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Everything an English first visit downloads before the first live screen (html, css,
/// js and wasm), brotli, in bytes. The product's ceiling is 130,000 bytes; each feature
/// may add what its issue names. Set at 117,500 when the app measured 115,453; raised by
/// what the 40-scenario bank and the stored scenario set measurably added (117,322 ->
/// 119,958), then by what the summary, the sections, "talk it through", the map's names
/// kept apart and an early tap kept (119,687 -> 122,513), then by what Spanish added
/// for everyone (122,604 -> 129,971: the language switch, loading and reading a locale
/// file, the Spanish first screen and its picker in the page; issue 15 allowed 2,500,
/// so this is over that allowance, and at the product's ceiling; 129,343 after the
/// allocator and the first screens' templates, then 129,787 with the recovery screen and
/// the talk in the language in use and the no-script note in every language, 2026-12-03),
/// then lowered once English's bank words moved to a file fetched after the first screen
/// (129,761 -> 122,025, 2026-12-05: within issue 15's 125,104), so growth is a choice
/// someone makes; then two phones (issue 16 allows 5,500: 122,025 -> 127,371, with the QR
/// code's loader; its words, the later screens' words, the results' explanations and the
/// therapist notes moved to the bank's file to make room, 2026-12-06), capped at that
/// allowance.
const FIRST_LOAD_BUDGET: usize = 127_525;
/// The WebAssembly alone, brotli, in bytes, so a change says where it grew (110,418 ->
/// 113,048 with the 40-scenario bank; 112,754 -> 115,118 with talk it through; 115,118
/// -> 121,100 with Spanish; 120,432 with talc as the allocator; 120,838 with the recovery
/// screen and a talk carried across a change of language; 113,070 with English's bank
/// words fetched, not compiled in; 118,068 with two phones, its QR code drawn by a module
/// of its own, the later screens' words and the explanations fetched too).
const WASM_BUDGET: usize = 118_200;
/// English's bank words (locales/en-<hash>.txt), fetched once the first screen is live:
/// not in the first load, but what an English check-in needs before its first question
/// (8,743 when they moved there; 15,397 once the later screens' words, the results'
/// explanations, the therapist notes and the two-phone words joined them).
const ENGLISH_BANK_BUDGET: usize = 15_500;
/// A Spanish first visit fetches its words too (locales/es-<hash>.txt): at most this much
/// more than the English first load (issue 15).
const SPANISH_EXTRA_BUDGET: usize = 20_000;

/// Fetched only when first used, never by the first load (tests/phones.rs checks): the
/// lock for answer codes, and the QR code module.
const WHEN_USED: [&str; 3] = ["lock.js", "qr.js", "qr.wasm"];
/// The QR code module (qr.js and qr.wasm), fetched when a QR code is first shown: 13,264
/// with qrcodegen, 2026-12-06.
const QR_BUDGET: usize = 13_400;

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
                && !WHEN_USED.contains(&name.as_str())
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
                (false, name) if WHEN_USED.contains(&name) => "  (when first used)",
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

    // Spanish: the same files and the one locale file, named by its hash.
    let locales: Vec<PathBuf> = std::fs::read_dir(dist().join("locales"))
        .expect("dist/locales/: the build ships each language's words there")
        .flatten()
        .map(|e| e.path())
        .collect();
    let spanish: Vec<&PathBuf> = locales
        .iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("es-"))
        .collect();
    assert_eq!(spanish.len(), 1, "one Spanish file: {locales:?}");
    let words = compressed("brotli", &["-q", "11", "-c"], spanish[0]);
    println!(
        "Spanish first load: {} brotli (English {brotli} + its words {words}); at most {} more than English",
        brotli + words,
        SPANISH_EXTRA_BUDGET
    );
    assert!(
        words <= SPANISH_EXTRA_BUDGET,
        "Spanish's words are {words} bytes brotli, over the {SPANISH_EXTRA_BUDGET} it may add"
    );

    // English: its bank's words, after the first screen.
    let english: Vec<&PathBuf> = locales
        .iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("en-"))
        .collect();
    assert_eq!(english.len(), 1, "one English bank file: {locales:?}");
    let bank = compressed("brotli", &["-q", "11", "-c"], english[0]);
    println!(
        "English bank words, after the first screen: {bank} brotli; budget {ENGLISH_BANK_BUDGET}"
    );
    assert!(
        bank <= ENGLISH_BANK_BUDGET,
        "English's bank words are {bank} bytes brotli, over their budget of {ENGLISH_BANK_BUDGET}"
    );
    let page = std::fs::read_to_string(dist().join("index.html")).unwrap();
    let href = format!(
        "locales/{}",
        english[0].file_name().unwrap().to_string_lossy()
    );
    assert!(
        page.contains(&href),
        "index.html links English's bank at {href}"
    );
}

/// The QR code module is built into every release (.ci/post-build.sh), stays small, and
/// the page names it and the lock, so the offline copy keeps them.
#[test]
fn the_qr_module_and_the_lock_ship_apart_from_the_first_load() {
    let all = sizes();
    let qr: usize = all
        .iter()
        .filter(|s| s.name == "qr.js" || s.name == "qr.wasm")
        .map(|s| s.brotli)
        .sum();
    let found = all
        .iter()
        .filter(|s| WHEN_USED.contains(&s.name.as_str()))
        .count();
    assert_eq!(
        found,
        WHEN_USED.len(),
        "lock.js, qr.js and qr.wasm are in dist/"
    );
    println!("QR code module: {qr} brotli; budget {QR_BUDGET}");
    assert!(
        qr <= QR_BUDGET,
        "the QR module is {qr} bytes brotli, over {QR_BUDGET}"
    );
    let page = std::fs::read_to_string(dist().join("index.html")).unwrap();
    for file in WHEN_USED {
        assert!(
            page.contains(&format!("href={file} ")) || page.contains(&format!("href={file}>")),
            "index.html names {file} for the offline copy"
        );
    }
}
