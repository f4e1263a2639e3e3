//! End-to-end: never lose an answer, never leak one. Reloads at every phase, corrupt
//! saved data, disabled and full storage, two tabs, forgetting, hostile names, and
//! the page's requests, in Chromium against the release build.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;

#[path = "browser/pages.rs"]
mod pages;

use harness::Browser;
use me_and_we::model::compare::Partner;
use me_and_we::model::dynamics::Dynamic;
use me_and_we::model::session::Length;
use me_and_we::store::KEY;
use pages::{handoff_title, look_away, words, App};

#[tokio::test(flavor = "multi_thread")]
async fn a_reload_at_every_phase_resumes_there() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.choose(Length::Quick).await;
    app.reload_and_resume_to(words().setup_title).await;
    app.names("Sam", "Alex").await;
    b.wait_title(&handoff_title("Sam")).await;
    app.reload_and_resume_to(&handoff_title("Sam")).await;

    app.begin_turn("Sam").await;
    app.answer(5, "n").await;
    app.wait_progress(6, 12).await;
    // Mid-turn, a reload goes back through the hand-off (whoever holds the device sees
    // nothing private), then straight to the scenario they were on.
    app.reload_and_resume_to(&handoff_title("Sam")).await;
    app.resume_turn("Sam").await;
    app.wait_progress(6, 12).await;
    app.answer(7, "n").await;
    b.wait_title(words().later.safety_title).await;
    app.reload_and_resume_to(&handoff_title("Sam")).await;
    app.resume_turn("Sam").await;
    app.wait_progress(12, 12).await;
    assert_eq!(app.chosen().await, "most-n");
    app.answer(1, "n").await;
    app.safety_check(&[]).await;
    b.wait_title(&handoff_title("Alex")).await;
    app.reload_and_resume_to(&handoff_title("Alex")).await;
    app.quick_turn("Alex", "i", &[]).await;
    b.wait_title(words().later.reveal_title).await;
    app.agree(0).await;
    app.reload_and_resume_to(words().later.reveal_title).await;
    assert_eq!(
        b.js("return document.querySelector('#agree-0').checked")
            .await,
        true
    );
    app.agree(1).await;
    b.press(words().later.reveal_go).await;
    b.wait_title(words().later.results_title).await;
    app.mark_talked().await;
    app.reload_and_resume_to(words().later.results_title).await;
    assert_eq!(
        b.js("return document.querySelector('.prompt input[type=checkbox]').checked")
            .await,
        true,
        "the “we talked about this” mark survived"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn corrupt_or_unknown_saved_data_is_set_aside_with_a_clear_message() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    for bad in [
        "{not json at all",
        r#"{"version":99,"session":{}}"#,
        r#"{"version":1,"session":{"length":"Forever"}}"#,
        "\u{0}\u{ffff}",
    ] {
        b.client
            .execute(
                "localStorage.clear(); localStorage.setItem(arguments[0], arguments[1]); return 0",
                vec![KEY.into(), bad.into()],
            )
            .await
            .unwrap();
        b.client.refresh().await.unwrap();
        b.wait_title(words().landing_title).await;
        b.wait_text("main", words().storage_corrupt).await;
        let text = b.text("main").await;
        assert!(!text.contains(words().resume_title), "{bad}: {text}");
        // Nothing is destroyed: what we could not read is kept aside, and offered.
        let kept = b
            .js(&format!("return localStorage.getItem('{KEY}.unreadable')"))
            .await;
        assert_eq!(kept, bad);
        app.download_found().await;
        // The app still works.
        app.choose(Length::Quick).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn with_storage_disabled_the_app_works_in_memory_and_says_so() {
    // Blocking site data makes every localStorage access throw, as in locked-down browsers.
    let b = Browser::start_with(serde_json::json!({
        "profile.default_content_setting_values.cookies": 2
    }))
    .await;
    let app = App::open(&b).await;
    let throws = b
        .js("try { localStorage.length; return false } catch (e) { return true }")
        .await;
    assert_eq!(throws, true, "the browser really refuses storage");
    let landing = b.text("main").await;
    assert!(landing.contains(words().storage_unavailable), "{landing}");
    app.start_quick_look("Sam", "Alex").await;
    app.begin_turn("Sam").await;
    app.answer(12, "n").await;
    b.wait_title(words().later.safety_title).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn with_storage_full_the_app_says_answers_will_not_survive() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    let filled = b
        .js("let i = 0; const chunk = 'x'.repeat(512 * 1024);
             try { for (; i < 64; i++) localStorage.setItem('filler-' + i, chunk) } catch (e) { return i }
             return -1")
        .await;
    assert!(
        filled.as_i64().unwrap_or(-1) > 0,
        "quota never ran out: {filled}"
    );
    // Top it up to the last byte.
    b.js("let n = 65536, i = 0; while (n > 0) { try { localStorage.setItem('filler-last-' + i++, 'x'.repeat(n)) } catch (e) { n = Math.floor(n / 2) } } return i").await;
    app.start_quick_look("Sam", "Alex").await;
    let handoff = b.text("main").await;
    assert!(handoff.contains(words().storage_full), "{handoff}");
    app.begin_turn("Sam").await;
    app.answer(3, "n").await;
    // Answers go on in memory.
    app.wait_progress(4, 12).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_tabs_never_overwrite_each_other_silently() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.start_quick_look("Sam", "Alex").await;
    let first = b.client.window().await.unwrap();

    let second = b.client.new_window(true).await.unwrap();
    b.client.switch_to_window(second.handle).await.unwrap();
    b.open().await;
    app.resume().await;
    app.begin_turn("Sam").await;
    app.answer(2, "d").await;
    app.wait_progress(3, 12).await;

    b.client.switch_to_window(first).await.unwrap();
    b.wait_text("main", words().storage_other_tab).await;
    // The first tab took the latest answers instead of keeping its stale copy.
    assert_eq!(b.text("#progress-label").await, pages::progress(3, 12));
    app.answer(1, "c").await;
    let (saved, _) = harness::saved_session(&b).await.expect("saved");
    let mosts: Vec<Dynamic> = saved.answers(Partner::A).iter().map(|a| a.most).collect();
    assert_eq!(
        mosts,
        [
            Dynamic::Dependence,
            Dynamic::Dependence,
            Dynamic::Codependence
        ]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn ending_quietly_or_the_quick_exit_leaves_storage_empty() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.start_quick_look("Sam", "Alex").await;
    app.begin_turn("Sam").await;
    app.answer(12, "n").await;
    app.safety(&[0], false).await;
    let (saved, _) = harness::saved_session(&b).await.expect("saved");
    assert_eq!(saved.name(Partner::A), Some("Sam"));
    app.end_here().await;
    assert_eq!(b.js("return localStorage.length").await, 0);
    assert!(!b.text("main").await.contains(words().resume_title));

    app.start_quick_look("Sam", "Alex").await;
    app.begin_turn("Sam").await;
    app.answer(2, "n").await;
    app.wait_progress(3, 12).await;
    app.quick_exit().await;
    assert_eq!(b.js("return localStorage.length").await, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_names_are_shown_as_text_trimmed_and_capped() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    let long = "Ω".repeat(500);
    app.choose(Length::Quick).await;
    app.names("   <img src=x onerror=alert(1)>     ", &long)
        .await;
    b.wait_title(&handoff_title("<img src=x onerror=alert(1)>"))
        .await;
    assert_eq!(
        b.js("return document.querySelectorAll('main img').length")
            .await,
        0
    );
    let text = b.text("main").await;
    let capped: String = "Ω".repeat(40);
    assert!(text.contains(&look_away(&capped)), "{text}");
    assert!(!text.contains(&"Ω".repeat(41)));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_whole_session_makes_no_request_to_another_origin() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.start_quick_look("Sam", "Alex").await;
    app.quick_round(["Sam", "Alex"], ["n", "c"]).await;

    let origin = b.server.origin.clone();
    let urls = b
        .js("return [location.href].concat(performance.getEntries().map(e => e.name).filter(n => n.includes(':')))")
        .await;
    let urls: Vec<String> = serde_json::from_value(urls).unwrap();
    assert!(urls.len() >= 4, "the page's own files were seen: {urls:?}");
    for url in &urls {
        assert!(
            url.starts_with(&origin),
            "a request left the page's origin: {url}"
        );
    }
    // And the server saw only its own files, under the sub-path.
    let served = b.server.requests.lock().unwrap().clone();
    assert!(
        served.iter().all(|r| r.starts_with(harness::SUB_PATH)),
        "{served:?}"
    );
    // The CSP forbids any other origin outright.
    let csp = b
        .js("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
        .await;
    let csp = csp.as_str().unwrap_or_default();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("connect-src 'self'"),
        "{csp}"
    );
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("http"),
        "{csp}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_quick_exit_works_before_the_app_has_loaded() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.start_quick_look("Sam", "Alex").await;
    app.begin_turn("Sam").await;
    app.answer(2, "n").await;
    app.wait_progress(3, 12).await;
    assert!(harness::saved_session(&b).await.is_some());

    // A first visit on a slow connection (no offline copy yet): the WebAssembly has not
    // arrived, so only the static page is there.
    b.forget_offline_copy().await;
    b.server
        .hold_wasm
        .store(true, std::sync::atomic::Ordering::SeqCst);
    b.client.refresh().await.unwrap();
    b.wait_for("#prerender").await;
    b.click("#prerender .quick-exit").await;
    b.until_within(
        std::time::Duration::from_secs(10),
        "the early quick exit to clear storage",
        async || b.js("return localStorage.length").await == 0,
    )
    .await;
    // Once the app can load again, it starts fresh.
    b.server
        .hold_wasm
        .store(false, std::sync::atomic::Ordering::SeqCst);
    b.client.refresh().await.unwrap();
    b.wait_title(words().landing_title).await;
    assert!(!b.text("main").await.contains(words().resume_title));
}
