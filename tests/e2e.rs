//! End-to-end: the release build of dist/ in headless Chromium, served under a sub-path.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;
#[path = "browser/pages.rs"]
mod pages;

use harness::Browser;
use me_and_we::content::english;
use me_and_we::model::session::Length;
use pages::{look_away, words, App};

#[tokio::test(flavor = "multi_thread")]
async fn landing_to_setup_from_a_sub_path_uses_the_names() {
    let b = Browser::start().await;
    let app = App::open(&b).await;

    let landing = b.text("main").await;
    for promise in [
        words().app_name,
        words().promise_private,
        words().promise_not_therapy,
        words().promise_adults,
    ] {
        assert!(landing.contains(promise), "`{promise}` in: {landing}");
    }
    let lang = b.js("return document.documentElement.lang").await;
    assert_eq!(lang, english().lang);

    // The first name's spaces are trimmed: its hand-off is Sam's.
    app.start(Length::Full, "  Sam ", "Alex").await;
    b.wait_title(&pages::handoff_title("Sam")).await;
    let handoff = b.text("main").await;
    assert!(handoff.contains(&look_away("Alex")), "{handoff}");
    app.begin_turn("Sam").await;
    app.wait_progress(1, 30).await;

    // Every request stayed under the page's own sub-path on the loopback server.
    let requests = b.server.requests.lock().unwrap().clone();
    assert!(!requests.is_empty());
    assert!(
        requests.iter().all(|r| r.starts_with(harness::SUB_PATH)),
        "{requests:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn empty_names_fall_back_to_partner_a_and_b() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.choose(Length::Quick).await;
    app.names("   ", "").await;
    b.wait_title(&pages::handoff_title(words().default_name_a))
        .await;
    let handoff = b.text("main").await;
    assert!(
        handoff.contains(&look_away(words().default_name_b)),
        "{handoff}"
    );
    app.begin_turn(words().default_name_a).await;
    app.wait_progress(1, 12).await;
}
