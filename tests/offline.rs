//! Hosting: the page installs as an app and opens without a network from the second visit
//! on, keeping only its own files (public/sw.js, public/manifest.webmanifest).
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;
#[path = "browser/pages.rs"]
mod pages;

use harness::Browser;
use me_and_we::model::session::Length;
use pages::{handoff_title, words, App};
use serde_json::json;
use std::sync::atomic::Ordering;

/// The offline copy's cache, named after the place the app is hosted (public/sw.js).
const CACHE: &str = "`me-and-we ${new URL('./', location.href).href}`";

/// Waits for the service worker to be active, then lists the files it keeps.
async fn kept_files(b: &Browser) -> Vec<String> {
    let keys = b
        .client
        .execute_async(
            &r#"const done = arguments[arguments.length - 1];
            navigator.serviceWorker.ready
              .then(() => caches.open(CACHE))
              .then((cache) => cache.keys())
              .then((keys) => done(keys.map((r) => r.url)))
              .catch((e) => done('no service worker: ' + e));"#
                .replace("CACHE", CACHE),
            vec![],
        )
        .await
        .expect("ask for the service worker");
    serde_json::from_value(keys.clone()).unwrap_or_else(|_| panic!("{keys}"))
}

/// Waits until the service worker controls the page (it claims it on activation).
async fn wait_controlled(b: &Browser) {
    b.wait_js(
        "return !!navigator.serviceWorker.controller",
        "the service worker to take the page",
    )
    .await;
}

/// The page the offline copy would open, as kept now.
async fn kept_page(b: &Browser) -> String {
    let page = b
        .client
        .execute_async(
            &r#"const done = arguments[arguments.length - 1];
            caches.open(CACHE)
              .then((cache) => cache.match(new URL('./', location.href).href))
              .then((kept) => (kept ? kept.text() : 'nothing kept'))
              .then(done, (e) => done('no cache: ' + e));"#
                .replace("CACHE", CACHE),
            vec![],
        )
        .await
        .expect("read the kept page");
    page.as_str().unwrap_or_default().to_owned()
}

/// A browser on the app once its offline copy is kept and in charge of the page, with the
/// files it keeps.
async fn with_offline_copy() -> (Browser, Vec<String>) {
    let b = Browser::start().await;
    b.open().await;
    let kept = kept_files(&b).await;
    wait_controlled(&b).await;
    (b, kept)
}

fn is_app_file(url: &str) -> bool {
    url.split_once(harness::SUB_PATH).is_some_and(|(_, file)| {
        file.is_empty()
            || file == "boot.js"
            || file == "manifest.webmanifest"
            || file.ends_with(".css")
            || file.ends_with(".js")
            || file.ends_with(".wasm")
            || file.ends_with(".svg")
            || file.ends_with(".png")
            // A language's words, named by their hash (.ci/locales.mjs).
            || (file.starts_with("locales/") && file.ends_with(".txt"))
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn a_check_in_goes_on_without_a_network_after_the_first_visit() {
    let (b, kept) = with_offline_copy().await;
    for wanted in ["_bg.wasm", ".css", "boot.js", harness::SUB_PATH, ".txt"] {
        assert!(
            kept.iter().any(|url| url.ends_with(wanted)),
            "{wanted} is not kept: {kept:?}"
        );
    }
    assert!(kept.iter().all(|url| is_app_file(url)), "{kept:?}");

    let app = App::on(&b);
    app.start(Length::Quick, "Sam", "").await;
    app.begin_turn("Sam").await;
    app.answer(3, "i").await;
    app.wait_progress(4, 12).await;

    // The network goes down; a reload still opens the app, at the same question.
    b.server.offline.store(true, Ordering::SeqCst);
    let asked_before = b.server.requests.lock().unwrap().len();
    app.reload_and_resume_to(&handoff_title("Sam")).await;
    app.resume_turn("Sam").await;
    app.wait_progress(4, 12).await;
    let asked_offline = b.server.requests.lock().unwrap()[asked_before..].to_vec();
    assert!(
        asked_offline.iter().any(|path| path == harness::SUB_PATH),
        "the reload never asked the network for the page, so it proves nothing: {asked_offline:?}"
    );
    app.answer(1, "i").await;
    app.wait_progress(5, 12).await;

    // Answers never reach the kept files: only the app's own files are there.
    let kept = kept_files(&b).await;
    assert!(kept.iter().all(|url| is_app_file(url)), "{kept:?}");
    b.server.offline.store(false, Ordering::SeqCst);
}

#[tokio::test(flavor = "multi_thread")]
async fn files_of_an_older_build_are_forgotten_on_the_next_visit() {
    let (b, _) = with_offline_copy().await;
    // Trunk's hashes have up to 16 hex digits (fewer when they start with zeros).
    let stale = [
        format!("{}main-0123456789abcdef.css", b.server.url()),
        format!("{}me-and-we-123456789abcdef_bg.wasm", b.server.url()),
    ];
    for url in &stale {
        b.client
            .execute_async(
                &r#"const [url, done] = arguments;
                caches.open(CACHE)
                  .then((cache) => cache.put(url, new Response('old build')))
                  .then(() => done(true));"#
                    .replace("CACHE", CACHE),
                vec![json!(url)],
            )
            .await
            .expect("plant an old file");
    }
    let kept = kept_files(&b).await;
    assert!(stale.iter().all(|url| kept.contains(url)), "{kept:?}");

    b.client.refresh().await.expect("reload");
    b.wait_live().await;
    let kept = b
        .until("the old build's files to be forgotten", async || {
            let kept = kept_files(&b).await;
            if stale.iter().all(|url| !kept.contains(url)) {
                Ok(kept)
            } else {
                Err(format!("{kept:?}"))
            }
        })
        .await;
    assert!(kept.iter().any(|url| url.ends_with("_bg.wasm")), "{kept:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wifi_sign_in_page_never_replaces_the_kept_app() {
    let (b, _) = with_offline_copy().await;

    assert!(
        kept_page(&b).await.contains("data-app-wasm="),
        "the app is kept"
    );

    // Behind a sign-in page every address answers with that page: it is shown, as the
    // network said, but not kept.
    b.server.portal.store(true, Ordering::SeqCst);
    let asked_before = b.server.requests.lock().unwrap().len();
    b.client.refresh().await.expect("reload");
    // What must have happened for the rest to prove anything: the reload asked the
    // network for the page, the sign-in page it answered has loaded in full, and the
    // service worker, which hands every answer for the page to its keeper, is in charge
    // of it, so it had the sign-in page in hand to keep.
    b.until("the reload to ask the network for the page", async || {
        b.server.requests.lock().unwrap()[asked_before..]
            .iter()
            .any(|path| path == harness::SUB_PATH)
    })
    .await;
    b.wait_js(
        "return document.readyState === 'complete' \
         && document.body.textContent.includes('Sign in to use this Wi-Fi')",
        "the sign-in page to load in full",
    )
    .await;
    wait_controlled(&b).await;
    // The service worker read that answer to decide whether to keep it; what it keeps
    // stays the app.
    let kept = kept_page(&b).await;
    assert!(
        kept.contains("data-app-wasm=") && !kept.contains("Sign in to use this Wi-Fi"),
        "the sign-in page replaced the kept app: {kept}"
    );

    // Then the network goes: the app itself opens, not the sign-in page.
    b.server.portal.store(false, Ordering::SeqCst);
    b.server.offline.store(true, Ordering::SeqCst);
    b.client.refresh().await.expect("reload");
    b.wait_title(words().landing_title).await;
    assert!(b.text("main").await.contains(words().promise_private));
    b.server.offline.store(false, Ordering::SeqCst);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_network_that_never_answers_gives_way_to_the_kept_copy() {
    let (b, _) = with_offline_copy().await;
    // The server now takes a minute to answer nothing. Without the service worker's
    // patience the reload would hit the 30 s page-load limit and fail.
    b.server.stall.store(true, Ordering::SeqCst);
    b.client
        .refresh()
        .await
        .expect("reload within the page-load limit");
    b.wait_title(words().landing_title).await;
    assert!(b.text("main").await.contains(words().promise_private));
}

#[tokio::test(flavor = "multi_thread")]
async fn chromium_finds_the_page_installable() {
    let (b, _) = with_offline_copy().await;
    let manifest = b.cdp("Page.getAppManifest", json!({})).await;
    assert_eq!(manifest["errors"], json!([]), "{manifest}");
    assert!(
        manifest["url"]
            .as_str()
            .is_some_and(|u| u.ends_with("/some/where/manifest.webmanifest")),
        "{manifest}"
    );
    let installable = b.cdp("Page.getInstallabilityErrors", json!({})).await;
    assert_eq!(
        installable["installabilityErrors"],
        json!([]),
        "{installable}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_quick_exit_removes_the_offline_copy_too() {
    let (b, kept) = with_offline_copy().await;
    assert!(!kept.is_empty());
    App::on(&b).quick_exit().await;
    assert!(
        b.offline_copy_gone().await,
        "the offline copy is still there"
    );
}
