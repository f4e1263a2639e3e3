//! The landing screen is in public/index.html as plain HTML, so it paints before the
//! WebAssembly arrives. This keeps that copy word for word in step with src/content.

use me_and_we::content::english;

fn index_html() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/index.html"))
        .expect("public/index.html")
        .replace("&amp;", "&")
}

#[test]
fn the_static_landing_says_exactly_what_the_app_says() {
    let html = index_html();
    let start = html
        .find("<div id=\"prerender\">")
        .expect("a static landing");
    let end = html[start..]
        .find("<noscript>")
        .expect("it ends before noscript")
        + start;
    let landing = &html[start..end];
    let w = &english().words;
    let page = &me_and_we::content::en::page::PAGE;
    assert!(html.contains(&format!("<title>{}</title>", page.title)));
    assert!(html.contains(&format!(
        "<meta name=\"description\" content=\"{}\">",
        page.description
    )));
    assert!(html.contains(&format!("<noscript><p>{}</p></noscript>", page.noscript)));
    assert!(html.contains(&format!("<html lang=\"{}\">", english().lang)));
    for text in [
        w.app_name,
        w.landing_title,
        w.landing_lead,
        w.promise_title,
        w.promise_private,
        w.promise_not_therapy,
        w.promise_adults,
        w.start_full,
        w.start_full_hint,
        w.start_quick,
        w.start_quick_hint,
        w.learn_link,
        w.settings_title,
        w.quick_exit,
        w.quick_exit_hint,
        w.footer_privacy,
        w.footer_not_therapy,
    ] {
        assert!(landing.contains(text), "index.html's landing lacks: {text}");
    }
}

#[test]
fn the_page_loads_nothing_inline_and_nothing_from_elsewhere() {
    let html = index_html();
    // One inline script: the language picker, allowed by its hash (which the build writes
    // into the CSP, see dist_allows_its_one_inline_script_by_hash).
    assert_eq!(
        html.matches("<script>").count(),
        1,
        "only the language picker"
    );
    assert!(html.contains("localStorage.getItem('me-and-we.lang')"));
    assert!(!html.contains("unsafe-inline"));
    assert!(!html.contains("style="), "no inline style");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no other origin"
    );
    assert!(html.contains("Content-Security-Policy"));
}

/// Every element of the static first screen marked `data-w="<key>"` holds exactly
/// English's `words.<key>` (the build puts each language's in its copy of the screen).
#[test]
fn every_marked_word_of_the_static_screen_is_englishs() {
    let html = index_html();
    let file = english().to_file();
    let word = |key: &str| {
        file.lines()
            .find_map(|l| l.strip_prefix(&format!("words.{key} = ")))
            .unwrap_or_else(|| panic!("index.html marks words.{key}, which English lacks"))
            .to_owned()
    };
    let mut marked = 0;
    for piece in html.split(" data-w=\"").skip(1) {
        let (key, rest) = piece.split_once('"').unwrap();
        let text = rest.split_once('>').unwrap().1.split('<').next().unwrap();
        assert_eq!(text, word(key), "data-w=\"{key}\"");
        marked += 1;
    }
    for attr in ["title", "aria-label"] {
        for piece in html.split(&format!(" data-w-{attr}=\"")).skip(1) {
            let key = piece.split('"').next().unwrap();
            assert!(
                html.contains(&format!("{attr}=\"{}\"", word(key))),
                "{attr} of {key}"
            );
            marked += 1;
        }
    }
    assert!(marked >= 17, "{marked} words marked");
}

fn dist_html() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/dist/index.html");
    std::fs::read_to_string(path)
        .expect("dist/ is missing: build it with `bash .ci/test` (or `trunk build --release`)")
}

/// The built page allows its one inline script by the script's own hash, and nothing
/// else inline; its Spanish first screen says what Spanish's file says.
#[test]
fn dist_allows_its_one_inline_script_by_hash_and_paints_spanish_from_its_file() {
    let html = dist_html();
    let script = html
        .split("<script>")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("the picker");
    let digest = std::process::Command::new("bash")
        .arg("-c")
        .arg("openssl dgst -sha256 -binary | base64")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            std::io::Write::write_all(&mut c.stdin.take().unwrap(), script.as_bytes())?;
            c.wait_with_output()
        })
        .expect("openssl");
    let digest = String::from_utf8(digest.stdout).unwrap();
    let csp = html
        .split("Content-Security-Policy")
        .next()
        .and_then(|before| before.rsplit("<meta").next())
        .expect("the CSP meta");
    assert!(
        csp.contains(&format!("'sha256-{}'", digest.trim())),
        "the CSP does not allow the picker by its hash: {csp}"
    );
    assert_eq!(html.matches("<script>").count(), 1);
    let es = me_and_we::content::locale::Locale::from_file(
        include_str!("../public/locales/es.txt"),
        english(),
    )
    .unwrap();
    let template = html
        .split("<template id=\"first-paint-es\">")
        .nth(1)
        .and_then(|t| t.split("</template>").next())
        .expect("a Spanish first screen");
    let unescaped = template.replace("&amp;", "&");
    for text in [
        es.words.landing_lead,
        es.words.promise_private,
        es.words.start_full,
        es.words.start_quick_hint,
        es.words.quick_exit,
        es.words.footer_not_therapy,
    ] {
        assert!(
            unescaped.contains(text),
            "the Spanish first screen lacks: {text}"
        );
    }
    assert!(!unescaped.contains(english().words.landing_lead));
}

#[test]
fn the_early_quick_exit_clears_the_keys_the_app_writes() {
    let boot = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/boot.js"))
        .expect("public/boot.js");
    let key = me_and_we::store::KEY;
    assert!(boot.contains(&format!("removeItem('{key}')")));
    assert!(boot.contains(&format!("removeItem('{key}.unreadable')")));
}

#[test]
fn the_manifest_says_what_the_locale_says() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/manifest.webmanifest"
    ))
    .expect("public/manifest.webmanifest");
    let manifest: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let page = &me_and_we::content::en::page::PAGE;
    assert_eq!(manifest["name"], page.manifest_name);
    assert_eq!(manifest["short_name"], page.manifest_short_name);
    assert_eq!(manifest["description"], page.manifest_description);
    assert_eq!(manifest["lang"], english().lang);
}
