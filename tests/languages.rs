//! Choosing a language at any point: a partner may switch during their own turn and
//! nothing typed or picked is lost; a check-in started in one language is answered and
//! compared in another; the choice is a setting of this device, which the quick exit
//! clears. Browsers here start in English.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;
#[path = "browser/pages.rs"]
mod pages;

use harness::Browser;
use me_and_we::content::english;
use me_and_we::store::LANGUAGE_KEY;
use pages::{spanish_locale, switch_to, App};

/// A browser in English: the switch is on every screen, and a partner may switch mid-turn.
async fn english_browser() -> Browser {
    Browser::start_with(serde_json::json!({ "intl.accept_languages": "en-US,en" })).await
}

#[tokio::test(flavor = "multi_thread")]
async fn switching_at_any_point_loses_nothing_and_a_check_in_crosses_languages() {
    let b = english_browser().await;
    let (en, es) = (english(), spanish_locale());
    let app = App::open(&b).await;
    assert_eq!(
        b.js("return document.documentElement.lang").await,
        serde_json::json!("en")
    );
    app.choose(me_and_we::model::session::Length::Quick).await;
    // Half-typed names survive a switch.
    b.type_into("#name-a", "Ana").await;
    b.type_into("#name-b", "Luis").await;
    switch_to(&b, "es").await;
    b.wait_title(es.words.setup_title).await;
    b.until("the names kept", async || {
        b.js("return [document.getElementById('name-a').value, document.getElementById('name-b').value]")
            .await
            == serde_json::json!(["Ana", "Luis"])
    })
    .await;
    assert_eq!(
        b.js(&format!("return localStorage.getItem('{LANGUAGE_KEY}')"))
            .await,
        serde_json::json!("es")
    );
    b.press(es.words.setup_continue).await;
    b.press(&me_and_we::content::fill(
        es.words.handoff_ready,
        &[("name", "Ana")],
    ))
    .await;
    // A choice picked but not yet confirmed survives a switch back, mid-turn.
    b.click("#most-d").await;
    switch_to(&b, "en").await;
    b.until("the choice kept", async || {
        b.js("return document.getElementById('most-d').checked")
            .await
            == serde_json::json!(true)
    })
    .await;
    assert_eq!(
        b.js("return document.title").await,
        serde_json::json!(me_and_we::content::en::page::PAGE.title)
    );
    // The rest of the check-in in English, the results in Spanish.
    b.press(en.words.later.next).await;
    app.answer(11, "i").await;
    app.safety_check(&[]).await;
    app.begin_turn("Luis").await;
    app.answer(12, "c").await;
    app.safety_check(&[]).await;
    app.reveal_once_both_tick().await;
    b.wait_title(en.words.later.results_title).await;
    switch_to(&b, "es").await;
    b.wait_title(es.words.later.results_title).await;
    // Mid-talk, a switch keeps the talk where it was: the same turn, in the new words.
    b.press(es.words.later.talk_start).await;
    b.wait_title(es.words.later.talk_title).await;
    b.click("#talk-next").await;
    b.wait_title(es.words.later.talk_topic_title).await;
    b.click("#topic-0").await;
    b.click("#talk-next").await;
    let speaker = b.text("#screen-title").await;
    let name = ["Ana", "Luis"]
        .into_iter()
        .find(|n| speaker == me_and_we::content::fill(es.words.later.talk_speaks, &[("name", n)]))
        .unwrap_or_else(|| panic!("a turn: {speaker}"));
    switch_to(&b, "en").await;
    b.wait_title(&me_and_we::content::fill(
        en.words.later.talk_speaks,
        &[("name", name)],
    ))
    .await;
    // The quick exit forgets the language too.
    app.quick_exit().await;
    assert_eq!(
        b.js(&format!("return localStorage.getItem('{LANGUAGE_KEY}')"))
            .await,
        serde_json::Value::Null
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn under_keep_nothing_the_language_is_not_kept() {
    let b = english_browser().await;
    App::open(&b).await;
    b.click("details.settings summary").await;
    b.click("#keep-nothing").await;
    switch_to(&b, "es").await;
    b.wait_title(spanish_locale().words.landing_title).await;
    assert_eq!(
        b.js(&format!("return localStorage.getItem('{LANGUAGE_KEY}')"))
            .await,
        serde_json::Value::Null
    );
}

/// English's bank words come from their own file after the first screen (the first load
/// carries the screens' words only). A file that does not arrive, or arrives cut short,
/// holds the questions back on a short screen that says so, with nothing lost, until
/// "Try again" brings them.
async fn the_english_bank_can_be_tried_again(damaged: bool) {
    let b = english_browser().await;
    let en = english();
    let switch = if damaged {
        &b.server.damage_locales
    } else {
        &b.server.lose_locales
    };
    switch.store(true, std::sync::atomic::Ordering::SeqCst);
    let app = App::open(&b).await;
    app.start_quick_look("Ana", "Luis").await;
    app.begin_turn("Ana").await;
    b.wait_title(en.words.bank_title).await;
    b.wait_text("[role=alert]", en.words.bank_missing).await;
    assert_eq!(b.count("#most-i").await, 0, "no question without its words");
    app.audit("bank could not be loaded").await;
    // Nothing is lost meanwhile: the check-in is saved as it was.
    let (session, _) = harness::saved_session(&b).await.expect("saved");
    assert_eq!(
        session.answers(me_and_we::model::compare::Partner::A).len(),
        0
    );
    switch.store(false, std::sync::atomic::Ordering::SeqCst);
    b.click("#bank-retry").await;
    b.wait_for("#most-i").await;
    // The question in the bank's words, as the tables have them.
    let session = harness::saved_session(&b).await.expect("saved").0;
    let first = session.scenarios(&me_and_we::content::bank::SCENARIOS)[0].id;
    let situation = en.scenario(first).expect("a scenario").situation;
    b.wait_text("main", situation).await;
    app.answer(12, "i").await;
    app.safety_check(&[]).await;
    app.quick_turn("Luis", "c", &[]).await;
    app.reveal_once_both_tick().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_missing_english_bank_file_waits_and_can_be_tried_again() {
    the_english_bank_can_be_tried_again(false).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_english_bank_file_waits_and_can_be_tried_again() {
    the_english_bank_can_be_tried_again(true).await;
}

/// An English first visit asks for one words file, English's bank, once the app is live:
/// after the app's WebAssembly, never before it (the budget counts it apart).
#[tokio::test(flavor = "multi_thread")]
async fn english_fetches_its_bank_once_after_the_app_starts() {
    let b = english_browser().await;
    let app = App::open(&b).await;
    app.start_quick_look("", "").await;
    app.begin_turn(&pages::shown_name(
        "",
        me_and_we::model::compare::Partner::A,
    ))
    .await;
    b.wait_for("#most-i").await;
    // The page's own requests, as the browser timed them (the offline copy's, in the
    // background, are not among them).
    let timed = b
        .js("return performance.getEntriesByType('resource').map((e) => [e.name, e.startTime, e.responseEnd])")
        .await;
    let timed: Vec<(String, f64, f64)> = serde_json::from_value(timed).unwrap();
    let words: Vec<&(String, f64, f64)> =
        timed.iter().filter(|t| t.0.contains("/locales/")).collect();
    assert_eq!(words.len(), 1, "{timed:?}");
    assert!(words[0].0.contains("/locales/en-"), "{timed:?}");
    let wasm = timed
        .iter()
        .find(|t| t.0.ends_with(".wasm"))
        .expect("the wasm, timed");
    assert!(
        words[0].1 >= wasm.2,
        "asked for before the app had arrived: {timed:?}"
    );
}
