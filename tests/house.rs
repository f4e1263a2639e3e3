//! Rules of the house that the compiler cannot see: screens stay small enough to read,
//! and the model never reaches for the DOM.

use std::path::Path;

/// Every function of a Rust file (at the top level or one level in) and its length in
/// lines, found by its `fn` line and the closing brace at the same indentation.
fn function_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let indent = line.len() - line.trim_start().len();
        let code = line.trim_start();
        let is_fn = indent <= 4
            && (code.starts_with("fn ") || code.starts_with("pub fn "))
            && !code.ends_with(';');
        if !is_fn {
            continue;
        }
        let close = format!("{}}}", " ".repeat(indent));
        if let Some(end) = lines[i + 1..].iter().position(|l| *l == close) {
            out.push((code.to_owned(), end + 2));
        }
    }
    out
}

#[test]
fn no_screen_function_is_over_120_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/lib.rs"), root.join("src/ui.rs")];
    files.extend(
        std::fs::read_dir(root.join("src/ui"))
            .unwrap()
            .flatten()
            .map(|e| e.path()),
    );
    let mut longest = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (name, lines) in function_lengths(&text) {
            longest = longest.max(lines);
            assert!(
                lines <= 120,
                "{}: `{name}` is {lines} lines",
                file.display()
            );
        }
    }
    println!("longest screen function: {longest} lines");
    assert!(longest > 20, "the scan found the functions");
}

#[test]
fn the_model_uses_no_dom() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/model.rs")];
    files.extend(
        std::fs::read_dir(root.join("src/model"))
            .unwrap()
            .flatten()
            .map(|e| e.path()),
    );
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for banned in ["leptos", "web_sys", "wasm_bindgen", "gloo"] {
            assert!(!text.contains(banned), "{} uses {banned}", file.display());
        }
    }
}
