//! Me & We in Spanish: the core journeys run again with a browser whose language is
//! Spanish (Mexico), and what is Spanish's own: the first paint before the app, the
//! reader's country first among the helplines, and English with a notice in both
//! languages when the Spanish file is missing or damaged. Switching mid-check-in is in
//! tests/languages.rs, whose browsers start in English.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;
#[path = "browser/journeys.rs"]
mod journeys;
#[path = "browser/pages.rs"]
mod pages;

use harness::{Browser, Engine};
use journeys::*;
use me_and_we::content::english;
use pages::{locale, switch_to, words, App};
use std::sync::atomic::Ordering;

fn in_spanish() {
    harness::SPANISH.store(true, Ordering::SeqCst);
}

/// One test per journey, in Spanish, in every engine (WebKitGTK's driver takes no browser
/// language: the harness starts it under the es_MX locale, which .ci/tools.sh generates).
macro_rules! in_spanish {
    ($($journey:ident),* $(,)?) => {
        mod chromium { $(#[tokio::test(flavor = "multi_thread")] async fn $journey() { super::in_spanish(); super::$journey(super::Engine::Chromium).await } )* }
        mod firefox { $(#[tokio::test(flavor = "multi_thread")] async fn $journey() { super::in_spanish(); super::$journey(super::Engine::Firefox).await } )* }
        mod webkit { $(#[tokio::test(flavor = "multi_thread")] async fn $journey() { super::in_spanish(); super::$journey(super::Engine::WebKit).await } )* }
    };
}

in_spanish!(
    a_whole_check_in,
    a_reload_mid_turn_loses_nothing,
    therapist_mode_shows_everything,
    export_then_import,
    talk_it_through,
);

/// Print emulation is Chromium's alone (see tests/engines.rs).
#[tokio::test(flavor = "multi_thread")]
async fn chromium_the_printed_report() {
    in_spanish();
    the_printed_report(Engine::Chromium).await;
}

async fn lang(b: &Browser) -> String {
    b.js("return document.documentElement.lang")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_first_paint_is_spanish_before_the_app_and_the_readers_country_comes_first() {
    in_spanish();
    let b = Browser::start().await;
    // The static first screen, with the app held back: already Spanish.
    b.server.hold_wasm.store(true, Ordering::SeqCst);
    b.client.goto(&b.server.url()).await.expect("open the page");
    b.wait_js(
        "return !!document.getElementById('prerender')",
        "the static first screen",
    )
    .await;
    assert_eq!(lang(&b).await, "es");
    assert_eq!(b.text("#screen-title").await, words().landing_title);
    assert_eq!(b.text(".lead").await, words().landing_lead);
    assert_eq!(
        b.js("return document.title").await,
        serde_json::json!("Me & We · una revisión en pareja, en privado")
    );
    // What the page shows (English's own screen is still a template in it, unshown).
    let shown = b.js("return document.body.innerText").await;
    let shown = shown.as_str().unwrap_or_default();
    for english_only in [english().words.landing_lead, english().words.start_full] {
        assert!(
            !shown.contains(english_only),
            "English on the Spanish first paint: {english_only}"
        );
    }
    // The app takes over in Spanish.
    b.server.hold_wasm.store(false, Ordering::SeqCst);
    b.open().await;
    assert_eq!(lang(&b).await, "es");
    let app = App::on(&b);
    app.start_quick_look("Ana", "Luis").await;
    app.begin_turn("Ana").await;
    app.answer(12, "n").await;
    b.wait_title(words().later.safety_title).await;
    b.press(words().later.safety_continue).await;
    b.wait_title(words().later.support_title).await;
    // es-MX: Mexico's lines first, the others one tap away.
    assert_eq!(b.text(".support-lines strong").await, "México");
    assert_eq!(
        b.js("return document.querySelectorAll('details .support-lines > li').length")
            .await,
        serde_json::json!(locale().helplines.len() - 1)
    );
    // Spanish's words came from the one file the build named, and the page asked for no
    // other (the offline copy, in the background, keeps every language's file).
    let asked = b
        .js("return performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/locales/'))")
        .await;
    let asked: Vec<String> = serde_json::from_value(asked).unwrap();
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert!(asked[0].contains("/locales/es-"), "{asked:?}");
}

async fn falls_back(damaged: bool) {
    in_spanish();
    let b = Browser::start().await;
    let switch = if damaged {
        &b.server.damage_locales
    } else {
        &b.server.lose_locales
    };
    switch.store(true, Ordering::SeqCst);
    b.open().await;
    let en = english();
    b.wait_title(en.words.landing_title).await;
    assert_eq!(lang(&b).await, "en");
    // The notice, in English and in Spanish (from the page, since the file failed).
    b.wait_text(".notice", en.words.language_missing).await;
    b.wait_text(".notice [lang=es]", locale().words.language_missing)
        .await;
    // The app works in English, and Spanish can be tried again once the file is there.
    assert_eq!(b.text(".start span").await, en.words.start_full);
    switch.store(false, Ordering::SeqCst);
    switch_to(&b, "es").await;
    b.wait_title(locale().words.landing_title).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_missing_spanish_file_gives_english_with_a_notice_in_both_languages() {
    falls_back(false).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_spanish_file_gives_english_with_a_notice_in_both_languages() {
    falls_back(true).await;
}

/// Not one frame of the English first screen reaches a Spanish reader, even on a slow
/// phone: every frame drawn before the app is live shows the Spanish one. (The picker once
/// ran at the end of the page, and Chromium could draw the English screen before it ran.)
#[tokio::test(flavor = "multi_thread")]
async fn no_frame_shows_the_english_first_screen_to_a_spanish_reader() {
    in_spanish();
    let b = Browser::start().await;
    // Before each frame is drawn, what the first screen's lead says, if it can be seen.
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": "window.seen = []; const look = () => { \
            const lead = document.querySelector('#prerender .lead'); \
            if (lead && getComputedStyle(lead).visibility !== 'hidden') seen.push(lead.textContent); \
            const live = !document.getElementById('prerender') && document.getElementById('screen-title'); \
            if (!live) requestAnimationFrame(look); }; \
            requestAnimationFrame(look);" }),
    )
    .await;
    b.cdp(
        "Emulation.setCPUThrottlingRate",
        serde_json::json!({ "rate": 6 }),
    )
    .await;
    for _ in 0..5 {
        b.open().await;
        let seen = b.js("return window.seen").await;
        let seen: Vec<String> = serde_json::from_value(seen).expect("texts");
        assert!(!seen.is_empty(), "no frame was drawn before the app");
        assert!(
            seen.iter().all(|lead| lead == words().landing_lead),
            "frames drawn: {seen:?}"
        );
    }
}
