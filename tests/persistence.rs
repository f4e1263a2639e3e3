//! End-to-end: never lose an answer, never leak one. Reloads at every phase, corrupt
//! saved data, disabled and full storage, two tabs, forgetting, hostile names, and
//! the page's requests, in Chromium against the release build.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;

use harness::Browser;
use me_and_we::model::compare::Partner;
use me_and_we::model::dynamics::Dynamic;
use me_and_we::store::KEY;

async fn start_quick(b: &Browser, a: &str, bb: &str) {
    b.click_button("Take a quick look").await;
    b.wait_title("Who is checking in?").await;
    b.wait_for("#name-a").await.send_keys(a).await.unwrap();
    b.wait_for("#name-b").await.send_keys(bb).await.unwrap();
    b.click_button("Continue").await;
}

/// Reloads, says "continue", and returns the screen title it resumed to.
async fn reload_and_resume(b: &Browser) -> String {
    b.client.refresh().await.unwrap();
    b.wait_title("Me & We").await;
    assert!(b.text("main").await.contains("Welcome back"));
    b.click_button("Continue where you left off").await;
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    b.text("#screen-title").await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reload_at_every_phase_resumes_there() {
    let b = Browser::start().await;
    b.open().await;
    b.click_button("Take a quick look").await;
    b.wait_title("Who is checking in?").await;
    assert_eq!(reload_and_resume(&b).await, "Who is checking in?");
    b.wait_for("#name-a").await.send_keys("Sam").await.unwrap();
    b.wait_for("#name-b").await.send_keys("Alex").await.unwrap();
    b.click_button("Continue").await;
    b.wait_title("Pass the device to Sam").await;
    assert_eq!(reload_and_resume(&b).await, "Pass the device to Sam");

    b.click_button("let’s begin").await;
    b.answer(5, "n").await;
    // Mid-turn, a reload goes back through the hand-off (whoever holds the device sees
    // nothing private), then straight to the scenario they were on.
    assert_eq!(reload_and_resume(&b).await, "Pass the device to Sam");
    b.click_button("let’s continue").await;
    assert_eq!(b.text("#progress-label").await, "6 of 12");
    b.answer(7, "n").await;
    b.wait_title("A private question for you").await;
    assert_eq!(reload_and_resume(&b).await, "Pass the device to Sam");
    b.click_button("let’s continue").await;
    assert_eq!(b.text("#progress-label").await, "12 of 12");
    assert_eq!(
        b.js("return document.querySelector('input[name=most]:checked').id")
            .await,
        "most-n"
    );
    b.answer(1, "n").await;
    b.click_button("Continue").await;
    b.click_button("Go on").await;
    b.wait_title("Pass the device to Alex").await;
    assert_eq!(reload_and_resume(&b).await, "Pass the device to Alex");
    b.click_button("let’s begin").await;
    b.answer(12, "i").await;
    b.click_button("Continue").await;
    b.click_button("Go on").await;
    b.wait_title("You’ve both finished").await;
    b.click("#agree-0").await;
    assert_eq!(reload_and_resume(&b).await, "You’ve both finished");
    assert_eq!(
        b.js("return document.querySelector('#agree-0').checked")
            .await,
        true
    );
    b.click("#agree-1").await;
    b.click_button("Show our results").await;
    b.wait_title("Your check-in, together").await;
    b.click(".prompt input[type=checkbox]").await;
    assert_eq!(reload_and_resume(&b).await, "Your check-in, together");
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
    b.open().await;
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
        b.wait_title("Me & We").await;
        let text = b.text("main").await;
        assert!(
            text.contains("We couldn’t read the check-in saved"),
            "{bad}: {text}"
        );
        assert!(!text.contains("Welcome back"));
        // Nothing is destroyed: what we could not read is kept aside, and offered.
        let kept = b
            .js(&format!("return localStorage.getItem('{KEY}.unreadable')"))
            .await;
        assert_eq!(kept, bad);
        b.click_button("Download what we found").await;
        // The app still works.
        b.click_button("Take a quick look").await;
        b.wait_title("Who is checking in?").await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn with_storage_disabled_the_app_works_in_memory_and_says_so() {
    // Blocking site data makes every localStorage access throw, as in locked-down browsers.
    let b = Browser::start_with(serde_json::json!({
        "profile.default_content_setting_values.cookies": 2
    }))
    .await;
    b.open().await;
    let throws = b
        .js("try { localStorage.length; return false } catch (e) { return true }")
        .await;
    assert_eq!(throws, true, "the browser really refuses storage");
    assert!(b
        .text("main")
        .await
        .contains("answers will be lost if the page reloads"));
    start_quick(&b, "Sam", "Alex").await;
    b.wait_title("Pass the device to Sam").await;
    b.click_button("let’s begin").await;
    b.answer(12, "n").await;
    b.wait_title("A private question for you").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn with_storage_full_the_app_says_answers_will_not_survive() {
    let b = Browser::start().await;
    b.open().await;
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
    start_quick(&b, "Sam", "Alex").await;
    b.wait_title("Pass the device to Sam").await;
    assert!(b.text("main").await.contains("storage is full"));
    b.click_button("let’s begin").await;
    b.answer(3, "n").await;
    assert_eq!(
        b.text("#progress-label").await,
        "4 of 12",
        "answers go on in memory"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn two_tabs_never_overwrite_each_other_silently() {
    let b = Browser::start().await;
    b.open().await;
    start_quick(&b, "Sam", "Alex").await;
    b.wait_title("Pass the device to Sam").await;
    let first = b.client.window().await.unwrap();

    let second = b.client.new_window(true).await.unwrap();
    b.client.switch_to_window(second.handle).await.unwrap();
    b.open().await;
    b.click_button("Continue where you left off").await;
    b.click_button("let’s begin").await;
    b.answer(2, "d").await;

    b.client.switch_to_window(first).await.unwrap();
    b.wait_text("main", "changed in another tab").await;
    // The first tab took the latest answers instead of keeping its stale copy.
    assert_eq!(b.text("#progress-label").await, "3 of 12");
    b.answer(1, "c").await;
    let (saved, _) = harness::saved_session(&b).await.expect("saved");
    let mosts: Vec<Dynamic> = saved
        .answers(me_and_we::model::compare::Partner::A)
        .iter()
        .map(|a| a.most)
        .collect();
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
    b.open().await;
    start_quick(&b, "Sam", "Alex").await;
    b.click_button("let’s begin").await;
    b.answer(12, "n").await;
    b.click("#safety-0").await;
    b.click_button("Continue").await;
    let (saved, _) = harness::saved_session(&b).await.expect("saved");
    assert_eq!(saved.name(Partner::A), Some("Sam"));
    b.click_button("End here for now").await;
    b.wait_title("Me & We").await;
    assert_eq!(b.js("return localStorage.length").await, 0);
    assert!(!b.text("main").await.contains("Welcome back"));

    start_quick(&b, "Sam", "Alex").await;
    b.click_button("let’s begin").await;
    b.answer(2, "n").await;
    b.click_button("Quick exit").await;
    b.wait_title("Me & We").await;
    assert_eq!(b.js("return localStorage.length").await, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_names_are_shown_as_text_trimmed_and_capped() {
    let b = Browser::start().await;
    b.open().await;
    let long = "Ω".repeat(500);
    start_quick(&b, "   <img src=x onerror=alert(1)>     ", &long).await;
    b.wait_title("Pass the device to <img src=x onerror=alert(1)>")
        .await;
    assert_eq!(
        b.js("return document.querySelectorAll('main img').length")
            .await,
        0
    );
    let text = b.text("main").await;
    let capped: String = "Ω".repeat(40);
    assert!(
        text.contains(&format!("{capped}, please look away.")),
        "{text}"
    );
    assert!(!text.contains(&"Ω".repeat(41)));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_whole_session_makes_no_request_to_another_origin() {
    let b = Browser::start().await;
    b.open().await;
    start_quick(&b, "Sam", "Alex").await;
    b.play_quick_round("n", "c").await;

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
    b.open().await;
    start_quick(&b, "Sam", "Alex").await;
    b.click_button("let’s begin").await;
    b.answer(2, "n").await;
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
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while b.js("return localStorage.length").await != 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "storage was not cleared"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // Once the app can load again, it starts fresh.
    b.server
        .hold_wasm
        .store(false, std::sync::atomic::Ordering::SeqCst);
    b.client.refresh().await.unwrap();
    b.wait_live().await;
    assert!(!b.text("main").await.contains("Welcome back"));
}
