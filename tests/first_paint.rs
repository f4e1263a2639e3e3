//! The landing screen is in public/index.html as plain HTML, so it paints before the
//! WebAssembly arrives. This keeps that copy word for word in step with src/content.

use me_and_we::content::screens as words;

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
    for text in [
        words::APP_NAME,
        words::LANDING_TITLE,
        words::LANDING_LEAD,
        words::PROMISE_TITLE,
        words::PROMISE_PRIVATE,
        words::PROMISE_NOT_THERAPY,
        words::PROMISE_ADULTS,
        words::START_FULL,
        words::START_FULL_HINT,
        words::START_QUICK,
        words::START_QUICK_HINT,
        words::LEARN_LINK,
        words::SETTINGS_TITLE,
        words::QUICK_EXIT,
        words::QUICK_EXIT_HINT,
        words::FOOTER_PRIVACY,
        words::FOOTER_NOT_THERAPY,
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
