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
    assert!(!html.contains("<script>"), "no inline script");
    assert!(!html.contains("style="), "no inline style");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no other origin"
    );
    assert!(html.contains("Content-Security-Policy"));
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
