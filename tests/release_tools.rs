//! Release tooling you can trust: every pinned version agrees with `.ci/versions`, and the post-build hook stops loudly (or warns, by choice) when its tools are missing.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
}

/// Every tool `.ci/versions` must pin.
const PINNED: [&str; 7] = [
    "WASM_BINDGEN_VERSION",
    "TRUNK_VERSION",
    "BINARYEN_VERSION",
    "AXE_VERSION",
    "TERSER_VERSION",
    "GECKODRIVER_VERSION",
    "ACTIONLINT_VERSION",
];

/// `.ci/versions` as NAME -> value, holding it to its format: only comments, blank lines
/// and `NAME=value` lines, each value line right under its own comment.
fn versions() -> BTreeMap<String, String> {
    let text = read(".ci/versions");
    let mut out = BTreeMap::new();
    let mut previous = "";
    for (n, line) in text.lines().enumerate() {
        if !(line.is_empty() || line.starts_with('#')) {
            let (name, value) = line
                .split_once('=')
                .unwrap_or_else(|| panic!(".ci/versions:{}: not NAME=value: {line}", n + 1));
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_'),
                ".ci/versions:{}: bad name {name:?}",
                n + 1
            );
            assert!(
                !value.is_empty()
                    && value
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'),
                ".ci/versions:{}: the value {value:?} needs quoting in bash; keep it plain",
                n + 1
            );
            assert!(
                previous.starts_with("# "),
                ".ci/versions:{}: {name} needs a one-line comment above it",
                n + 1
            );
            assert!(
                out.insert(name.to_owned(), value.to_owned()).is_none(),
                ".ci/versions: {name} is set twice"
            );
        }
        previous = line;
    }
    for name in PINNED {
        assert!(out.contains_key(name), ".ci/versions has no {name}");
    }
    out
}

fn pin(name: &str) -> String {
    versions()[name].clone()
}

#[test]
fn versions_file_is_what_bash_sources() {
    let pinned = versions();
    let script = format!(
        "set -eu; source .ci/versions; {}",
        PINNED.map(|n| format!("echo \"{n}=${n}\";")).join(" ")
    );
    let out = Command::new("bash")
        .args(["-c", &script])
        .current_dir(root())
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "sourcing .ci/versions failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sourced: BTreeMap<String, String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split_once('=').unwrap())
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    for name in PINNED {
        assert_eq!(sourced[name], pinned[name], "bash reads {name} differently");
    }
}

/// The value of `key = "..."` inside `[section]` of a TOML file (simple one-line keys).
fn toml_value(text: &str, section: &str, key: &str) -> Option<String> {
    let mut current = "";
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            current = line;
        } else if current == section {
            if let Some((k, v)) = line.split_once('=') {
                if k.trim() == key {
                    let v = v.trim();
                    return v.starts_with('"').then(|| v.trim_matches('"').to_owned());
                }
            }
        }
    }
    None
}

#[test]
fn cargo_pins_exactly_the_wasm_bindgen_of_the_versions_file() {
    let want = pin("WASM_BINDGEN_VERSION");
    let manifest = read("Cargo.toml");
    assert_eq!(
        toml_value(&manifest, "[dependencies]", "wasm-bindgen"),
        Some(format!("={want}")),
        "Cargo.toml must pin wasm-bindgen = \"={want}\" (exactly: the CLI must equal it)"
    );
    let lock = read("Cargo.lock");
    let locked: Vec<&str> = lock
        .split("[[package]]")
        .filter(|p| p.contains("\nname = \"wasm-bindgen\"\n"))
        .filter_map(|p| p.lines().find_map(|l| l.strip_prefix("version = ")))
        .map(|v| v.trim_matches('"'))
        .collect();
    assert_eq!(locked, [want.as_str()], "Cargo.lock's wasm-bindgen");
}

#[test]
fn trunk_uses_the_versions_file_tools() {
    let trunk = read("Trunk.toml");
    assert_eq!(
        toml_value(&trunk, "[tools]", "wasm_bindgen"),
        Some(pin("WASM_BINDGEN_VERSION")),
        "Trunk.toml [tools] wasm_bindgen"
    );
    // Trunk names binaryen releases by their major number only: version_132 is 132.x.
    let binaryen = pin("BINARYEN_VERSION");
    let major = binaryen.split('.').next().unwrap();
    assert_eq!(
        toml_value(&trunk, "[tools]", "wasm_opt"),
        Some(format!("version_{major}")),
        "Trunk.toml [tools] wasm_opt, for binaryen {binaryen}"
    );
}

/// Each place `text` states a tool's version ("wasm-bindgen 0.2.130", "terser@5.36.0",
/// `wasm-bindgen = "=0.2.130"`, "geckodriver --version 0.37.1"): (tool, version, line).
fn stated_versions(text: &str) -> Vec<(&'static str, String, usize)> {
    const TOOLS: [(&str, &str); 8] = [
        ("wasm-bindgen", "WASM_BINDGEN_VERSION"),
        ("wasm_bindgen", "WASM_BINDGEN_VERSION"),
        ("trunk", "TRUNK_VERSION"),
        ("binaryen", "BINARYEN_VERSION"),
        ("axe-core", "AXE_VERSION"),
        ("terser", "TERSER_VERSION"),
        ("geckodriver", "GECKODRIVER_VERSION"),
        ("actionlint", "ACTIONLINT_VERSION"),
    ];
    // What may stand between a tool's name and its version.
    const GLUE: [&str; 7] = ["-cli", " --version", " version", " ", "@", "=", "\""];
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for (tool, name) in TOOLS {
            for (at, _) in line.match_indices(tool) {
                let before = line[..at].chars().next_back();
                if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
                    continue;
                }
                let mut rest = &line[at + tool.len()..];
                while let Some(g) = GLUE.iter().find(|g| rest.starts_with(**g)) {
                    rest = &rest[g.len()..];
                }
                let version: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '.')
                    .collect();
                let version = version.trim_end_matches('.');
                if version.contains('.') {
                    out.push((name, version.to_owned(), n + 1));
                }
            }
        }
    }
    out
}

#[test]
fn the_version_scanner_finds_stated_versions() {
    let found = stated_versions(
        "# Debian's binaryen breaks wasm-bindgen 0.2.129 output\n\
         wasm-bindgen = \"=0.2.130\"\n\
         npm i -E terser@5.1.0 and trunk build; wasm-bindgen-futures 0.4.80\n\
         cargo install geckodriver --version 0.37.1\n",
    );
    let found: Vec<(&str, &str, usize)> =
        found.iter().map(|(t, v, l)| (*t, v.as_str(), *l)).collect();
    assert_eq!(
        found,
        [
            ("WASM_BINDGEN_VERSION", "0.2.129", 1),
            ("WASM_BINDGEN_VERSION", "0.2.130", 2),
            ("TERSER_VERSION", "5.1.0", 3),
            ("GECKODRIVER_VERSION", "0.37.1", 4),
        ]
    );
}

/// Files that may state a pinned version in words or in code. Cargo.lock is checked
/// above (it lists other crates' versions too); this file holds made-up versions.
fn files_stating_versions() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["Cargo.toml", "Trunk.toml", "README.md"]
        .iter()
        .map(|f| root().join(f))
        .collect();
    for dir in [".ci", ".github/workflows", "tests/browser", "docs"] {
        let Ok(entries) = fs::read_dir(root().join(dir)) else {
            continue;
        };
        files.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_file()));
    }
    files.retain(|p| !p.ends_with(".ci/versions"));
    files.sort();
    files
}

#[test]
fn every_stated_version_is_the_pinned_one() {
    let pinned = versions();
    let mut seen = 0;
    let mut wrong = Vec::new();
    for file in files_stating_versions() {
        let Ok(text) = fs::read_to_string(&file) else {
            continue; // not text
        };
        let rel = file.strip_prefix(root()).unwrap().display().to_string();
        for (name, version, line) in stated_versions(&text) {
            seen += 1;
            let want = &pinned[name];
            // "binaryen 132" may stand for 132.0.0; anything stated must match as far as it goes.
            let agrees = want == &version || want.starts_with(&format!("{version}."));
            if !agrees {
                wrong.push(format!(
                    "{rel}:{line}: {version}, .ci/versions has {name}={want}"
                ));
            }
        }
        // A shell script that still sets its own copy of a pinned version.
        for (n, line) in text.lines().enumerate() {
            if let Some((name, value)) = line.trim().split_once('=') {
                if let Some(want) = pinned.get(name).filter(|w| *w != value.trim_matches('"')) {
                    if !value.starts_with('$') {
                        wrong.push(format!(
                            "{rel}:{}: {name}={value}, .ci/versions has {want}",
                            n + 1
                        ));
                    }
                }
            }
        }
    }
    // Cargo.toml's and Trunk.toml's wasm-bindgen at least: the scan is not empty.
    assert!(seen >= 2, "the scan found only {seen} stated versions");
    assert!(
        wrong.is_empty(),
        "versions that disagree with .ci/versions:\n{}",
        wrong.join("\n")
    );
}

/// A fresh, empty directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<std::ffi::OsStr> for TempDir {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.0.as_os_str()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(name: &str) -> TempDir {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!(
        "release-tools-{name}-{}-{nanos}",
        std::process::id()
    ));
    fs::create_dir_all(&dir).unwrap();
    TempDir(dir)
}

const OLD: &str = "app-0123456789abcdef";

/// A staging dir like Trunk's, with dummy files under Trunk-style hashed names.
fn staging() -> TempDir {
    let dir = temp_dir("stage");
    fs::write(dir.join(format!("{OLD}_bg.wasm")), b"not really wasm").unwrap();
    fs::write(dir.join(format!("{OLD}.js")), b"export default 1;\n").unwrap();
    let html = format!(
        r#"{PAGE_HEAD}<script src="boot.js" data-app-js="./{OLD}.js" data-app-wasm="./{OLD}_bg.wasm"></script>{PAGE_BODY}"#
    );
    fs::write(dir.join("index.html"), html).unwrap();
    fs::write(
        dir.join("manifest.webmanifest"),
        r#"{"name":"Me & We","start_url":"./"}"#,
    )
    .unwrap();
    fs::create_dir_all(dir.join("locales")).unwrap();
    fs::write(dir.join("locales/en.bank.txt"), ENGLISH_BANK).unwrap();
    dir
}

/// English's bank file, as `cargo run --example bank -- --en-words` writes it.
const ENGLISH_BANK: &str =
    "# written from the tables\nlang = en\nscenario.1.situation = A \\ choice\n";

/// The page's shape as .ci/locales.mjs needs it: a CSP, a first screen with marked words
/// and a language switch, and the one inline script (the language picker).
const PAGE_HEAD: &str = r#"<html lang="en"><head><title>Me &amp; We</title><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">"#;
const PAGE_BODY: &str = r#"</head><body><div id="prerender"><select id="language" aria-label="Language" data-w-aria-label="language_label"><option value="en" lang="en">English</option></select><p class="lead" data-w="landing_lead">Hello &amp; welcome</p><div><button title="Leave" data-w-title="quick_exit"><span data-w="quick_exit">Leave</span></button></div></div><noscript><p>No script</p></noscript><script>pick()</script></body></html>"#;

/// A locale file with what the first screen and the build read.
const SPANISH: &str = "lang = es\npage.title = Me & We en español\npage.manifest_name = Me & We: nombre\npage.manifest_short_name = M&W\npage.manifest_description = Descripción\npage.noscript = Sin <script> no va.\nwords.language_label = Idioma\nwords.language_name = Español\nwords.language_missing = No se pudo <cargar>.\nwords.landing_lead = Hola & bienvenida\nwords.quick_exit = Salir \"ya\"\n";

/// The first 16 hex digits of sha256, as the build names files.
fn sha16(bytes: &[u8]) -> String {
    let mut child = Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8(out.stdout).unwrap()[..16].to_owned()
}

fn debug_build(stage: &Path, tools: &Path) -> Output {
    Command::new("bash")
        .arg(".ci/post-build.sh")
        .current_dir(root())
        .env("TRUNK_PROFILE", "debug")
        .env("TRUNK_STAGING_DIR", stage)
        .env("ME_AND_WE_TOOLS", tools)
        .output()
        .unwrap()
}

#[test]
fn each_locale_ships_hashed_with_its_first_screen_its_manifest_and_the_pickers_hash() {
    let (stage, tools) = (staging(), temp_dir("locales"));
    fs::create_dir_all(stage.join("locales")).unwrap();
    fs::write(stage.join("locales/es.txt"), SPANISH).unwrap();
    let out = debug_build(&stage, &tools);
    assert!(out.status.success(), "{}", stderr(&out));
    // Shipped: the texts in order without their keys, no page words; named by its hash.
    let shipped_names = names(&stage.join("locales"));
    assert_eq!(shipped_names.len(), 2, "{shipped_names:?}");
    let (english_bank, hashed) = (shipped_names[0].clone(), shipped_names[1].clone());
    let shipped = fs::read_to_string(stage.join("locales").join(&hashed)).unwrap();
    assert_eq!(hashed, format!("es-{}.txt", sha16(shipped.as_bytes())));
    assert!(shipped.starts_with("= es\n= Idioma\n"), "{shipped}");
    assert!(shipped.contains("\n= Hola & bienvenida\n"), "{shipped}");
    assert!(
        !shipped.contains("page.") && !shipped.contains("words."),
        "{shipped}"
    );
    let html = fs::read_to_string(stage.join("index.html")).unwrap();
    // Both languages are offered and linked, each with its own words.
    assert!(html.contains(&format!(r#"<link rel="me-and-we-words" hreflang="es" href="locales/{hashed}" data-page-title="Me &amp; We en español" data-missing="No se pudo &lt;cargar&gt;.">"#)), "{html}");
    // English's link is to its bank's words, shipped the same way.
    let bank = fs::read_to_string(stage.join("locales").join(&english_bank)).unwrap();
    assert_eq!(bank, "= en\n= A \\ choice\n");
    assert_eq!(english_bank, format!("en-{}.txt", sha16(bank.as_bytes())));
    assert!(
        html.contains(&format!(
            r#"<link rel="me-and-we-words" hreflang="en" href="locales/{english_bank}" data-page-title="Me &amp; We">"#
        )),
        "{html}"
    );
    // A language's first screen: its template's content.
    let first_screen = |lang: &str| {
        html.split(&format!(r#"<template id="first-paint-{lang}">"#))
            .nth(1)
            .unwrap_or_else(|| panic!("a first screen in {lang}: {html}"))
            .split("</template>")
            .next()
            .unwrap()
            .to_owned()
    };
    let template = first_screen("es");
    assert!(
        template.contains(r#"<p class="lead">Hola &amp; bienvenida</p>"#),
        "{template}"
    );
    assert!(
        template
            .contains(r#"<button title="Salir &quot;ya&quot;"><span>Salir &quot;ya&quot;</span>"#),
        "{template}"
    );
    assert!(template.contains(r#"aria-label="Idioma""#), "{template}");
    assert!(
        template.contains(r#"<option value="es" lang="es" selected>Español</option>"#),
        "{template}"
    );
    // The English screen keeps its words, offers Spanish, and loses the build's markers.
    // Every language's screen is a template, which the picker puts in the page: none is in
    // the body as such, to be drawn before the picker has chosen.
    let english = first_screen("en");
    let outside: String = html
        .split("<template")
        .map(|t| t.split_once("</template>").map_or(t, |(_, after)| after))
        .collect();
    assert!(!outside.contains("prerender"), "{outside}");
    assert!(
        english.contains(r#"<p class="lead">Hello &amp; welcome</p>"#),
        "{english}"
    );
    assert!(english.contains(r#"<option value="en" lang="en" selected>English</option><option value="es" lang="es">Español</option>"#), "{english}");
    assert!(!html.contains("data-w"), "markers left in {html}");
    // With scripts off no picker runs: the note is there in every language.
    assert!(
        html.contains(
            r#"<noscript><p>No script</p><p lang="es">Sin &lt;script&gt; no va.</p></noscript>"#
        ),
        "{html}"
    );
    // The picker runs by its hash, and only it: the CSP names exactly its digest.
    let digest = Command::new("bash")
        .arg("-c")
        .arg("printf 'pick()' | openssl dgst -sha256 -binary | base64")
        .output()
        .unwrap();
    let digest = String::from_utf8(digest.stdout).unwrap();
    assert!(
        html.contains(&format!("script-src 'self' 'sha256-{}'", digest.trim())),
        "{html}"
    );
    assert!(
        html.find("<template").unwrap() < html.find("<script>pick()").unwrap(),
        "templates come before the picker"
    );
    let manifest: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(stage.join("manifest-es.webmanifest")).unwrap())
            .unwrap();
    assert_eq!(manifest["name"], "Me & We: nombre");
    assert_eq!(manifest["short_name"], "M&W");
    assert_eq!(manifest["lang"], "es");
    assert_eq!(manifest["start_url"], "./");
}

#[test]
fn a_locale_without_a_word_of_the_first_screen_stops_the_build_naming_it() {
    let (stage, tools) = (staging(), temp_dir("locale-short"));
    fs::create_dir_all(stage.join("locales")).unwrap();
    let short: String = SPANISH
        .lines()
        .filter(|l| !l.starts_with("words.quick_exit"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(stage.join("locales/es.txt"), short).unwrap();
    let out = debug_build(&stage, &tools);
    let err = stderr(&out);
    assert!(!out.status.success(), "exited 0:\n{err}");
    assert!(err.contains("es.txt has no words.quick_exit"), "{err}");
    assert!(err.contains("locales (.ci/locales.mjs) failed"), "{err}");
}

fn post_build(stage: &Path, tools: &Path, envs: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new("bash");
    cmd.arg(".ci/post-build.sh")
        .current_dir(root())
        .env("TRUNK_PROFILE", "release")
        .env("TRUNK_STAGING_DIR", stage)
        .env("ME_AND_WE_TOOLS", tools)
        .env_remove("ME_AND_WE_UNTRIMMED");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.output().expect("bash runs")
}

#[test]
fn a_build_without_the_english_bank_stops_and_says_how_to_write_it() {
    let (stage, tools) = (staging(), temp_dir("no-bank"));
    fs::remove_file(stage.join("locales/en.bank.txt")).unwrap();
    let out = debug_build(&stage, &tools);
    let err = stderr(&out);
    assert!(!out.status.success(), "exited 0:\n{err}");
    assert!(err.contains("locales/en.bank.txt is missing"), "{err}");
    assert!(
        err.contains("cargo run --example bank -- --en-words"),
        "{err}"
    );
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_release_build_without_its_tools_stops_and_says_how_to_fix_it() {
    let (stage, tools) = (staging(), temp_dir("no-tools"));
    let before = names(&stage);
    let out = post_build(&stage, &tools, &[]);
    let err = stderr(&out);
    assert!(!out.status.success(), "exited 0 without its tools:\n{err}");
    let modules = tools.join("node_modules");
    for looked_for in [
        "terser/bin/terser",
        "binaryen/bin/wasm-metadce",
        "binaryen/bin/wasm-opt",
    ] {
        let path = modules.join(looked_for).display().to_string();
        assert!(
            err.contains(&path),
            "does not say it looked for {path}:\n{err}"
        );
    }
    assert!(err.contains("terser") && err.contains("binaryen"), "{err}");
    assert!(
        err.contains("bash .ci/tools.sh"),
        "does not give the fix:\n{err}"
    );
    assert_eq!(
        names(&stage),
        before,
        "it changed the staging dir before stopping"
    );
}

#[test]
fn the_message_names_only_the_tool_that_is_missing() {
    let (stage, tools) = (staging(), temp_dir("only-terser"));
    let terser = tools.join("node_modules/terser");
    fs::create_dir_all(terser.join("bin")).unwrap();
    fs::write(terser.join("bin/terser"), "").unwrap();
    let package = format!(r#"{{"version":"{}"}}"#, pin("TERSER_VERSION"));
    fs::write(terser.join("package.json"), package).unwrap();
    let out = post_build(&stage, &tools, &[]);
    let err = stderr(&out);
    assert!(!out.status.success(), "exited 0 without binaryen:\n{err}");
    assert!(err.contains("binaryen/bin/wasm-metadce"), "{err}");
    assert!(
        !err.contains("terser/bin/terser"),
        "names terser, which is there:\n{err}"
    );
    assert!(err.contains("bash .ci/tools.sh"), "{err}");
}

#[test]
fn a_release_build_without_node_says_node_is_missing() {
    // A PATH holding only what the script needs before its check, and no node.
    let bin = temp_dir("path-without-node");
    for tool in ["bash", "dirname"] {
        let found = std::env::split_paths(&std::env::var_os("PATH").unwrap())
            .map(|d| d.join(tool))
            .find(|p| p.is_file())
            .unwrap_or_else(|| panic!("{tool} is not on PATH"));
        std::os::unix::fs::symlink(found, bin.join(tool)).unwrap();
    }
    let (stage, tools) = (staging(), temp_dir("no-node"));
    let path = bin.display().to_string();
    let out = post_build(&stage, &tools, &[("PATH", &path)]);
    let err = stderr(&out);
    assert!(!out.status.success(), "exited 0 without node:\n{err}");
    assert!(err.contains("node: not found on PATH"), "{err}");
    assert!(err.contains(&path), "does not say where it looked:\n{err}");
    assert!(err.contains("bash .ci/tools.sh"), "{err}");
}

#[test]
fn untrimmed_on_purpose_warns_and_still_names_files_by_their_bytes() {
    let (stage, tools) = (staging(), temp_dir("untrimmed"));
    let out = post_build(&stage, &tools, &[("ME_AND_WE_UNTRIMMED", "1")]);
    let err = stderr(&out);
    assert!(out.status.success(), "the escape hatch failed:\n{err}");
    assert!(
        err.contains("WARNING: ME_AND_WE_UNTRIMMED=1"),
        "no loud warning:\n{err}"
    );
    assert!(err.contains("NOT trimmed"), "{err}");

    // Named by the first 16 hex digits of sha256(glue + wasm), as the offline copy expects.
    let hashed = Command::new("bash")
        .arg("-c")
        .arg("printf 'export default 1;\\nnot really wasm' | sha256sum | cut -c1-16")
        .output()
        .unwrap();
    let new = format!("app-{}", String::from_utf8(hashed.stdout).unwrap().trim());
    assert_ne!(new, OLD);
    let want = [
        format!("{new}.js"),
        format!("{new}_bg.wasm"),
        "index.html".to_owned(),
        "locales".to_owned(),
        "manifest.webmanifest".to_owned(),
        // The QR code module, built untrimmed too.
        "qr.wasm".to_owned(),
    ];
    assert_eq!(names(&stage), want);
    let html = fs::read_to_string(stage.join("index.html")).unwrap();
    assert!(html.contains(&format!("./{new}.js")) && html.contains(&format!("./{new}_bg.wasm")));
    assert!(
        !html.contains(OLD),
        "index.html still names the old files: {html}"
    );
    // Untrimmed means untouched: the bytes are the ones Trunk wrote.
    let wasm = fs::read(stage.join(format!("{new}_bg.wasm"))).unwrap();
    assert_eq!(wasm, b"not really wasm");
}

#[test]
fn debug_builds_ship_the_locales_and_leave_the_app_untrimmed() {
    let (stage, tools) = (staging(), temp_dir("debug"));
    let before = names(&stage);
    let out = debug_build(&stage, &tools);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(names(&stage), before);
    let wasm = fs::read(stage.join(format!("{OLD}_bg.wasm"))).unwrap();
    assert_eq!(wasm, b"not really wasm");
    let html = fs::read_to_string(stage.join("index.html")).unwrap();
    assert!(html.contains(r#"hreflang="en""#), "{html}");
}

/// The smallest wasm module whose producers section says which wasm-bindgen processed it.
fn wasm_processed_by(wasm_bindgen: &str) -> Vec<u8> {
    fn string(out: &mut Vec<u8>, s: &str) {
        out.push(u8::try_from(s.len()).unwrap()); // short strings: one LEB128 byte
        out.extend_from_slice(s.as_bytes());
    }
    let mut body = Vec::new();
    string(&mut body, "producers");
    body.push(1); // one field
    string(&mut body, "processed-by");
    body.push(1); // one value
    string(&mut body, "wasm-bindgen");
    string(&mut body, wasm_bindgen);
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    wasm.push(0); // custom section
    wasm.push(u8::try_from(body.len()).unwrap());
    wasm.extend(body);
    wasm
}

fn slim_glue(wasm: &[u8]) -> Output {
    let dir = temp_dir("glue");
    fs::write(dir.join(format!("{OLD}_bg.wasm")), wasm).unwrap();
    fs::write(
        dir.join(format!("{OLD}.js")),
        "export const surprise = 1;\n",
    )
    .unwrap();
    Command::new("node")
        .arg(".ci/slim-glue.mjs")
        .arg(&dir)
        .arg(dir.join("no-binaryen-needed"))
        .current_dir(root())
        .output()
        .expect("node is missing: run `bash .ci/tools.sh`")
}

#[test]
fn slim_glue_refuses_glue_from_another_wasm_bindgen() {
    let pinned = pin("WASM_BINDGEN_VERSION");
    let out = slim_glue(&wasm_processed_by("0.2.99"));
    let err = stderr(&out);
    assert!(
        !out.status.success(),
        "accepted glue from wasm-bindgen 0.2.99:\n{err}"
    );
    assert!(
        err.contains("wasm-bindgen 0.2.99"),
        "does not name the glue's version:\n{err}"
    );
    assert!(
        err.contains(&format!("pins {pinned}")),
        "does not name the pinned version:\n{err}"
    );

    // No producers section at all: refused too, rather than assumed.
    let out = slim_glue(b"\0asm\x01\0\0\0");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("producers"), "{}", stderr(&out));
}

#[test]
fn slim_glue_passes_the_pinned_version_on_to_its_shape_checks() {
    let out = slim_glue(&wasm_processed_by(&pin("WASM_BINDGEN_VERSION")));
    let err = stderr(&out);
    // The dummy glue exports something unexpected: the shape check, not the version, stops it.
    assert!(!out.status.success());
    assert!(
        !err.contains("written by"),
        "refused the pinned version:\n{err}"
    );
    assert!(err.contains("exports something besides init"), "{err}");
}
