//! End-to-end: the release build of dist/ in headless Chromium, served under a sub-path.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;

use harness::Browser;

#[tokio::test(flavor = "multi_thread")]
async fn landing_to_setup_from_a_sub_path_uses_the_names() {
    let b = Browser::start().await;
    b.open().await;

    let landing = b.text("main").await;
    assert!(landing.contains("Me & We"), "{landing}");
    assert!(landing.contains("never leave this device"), "{landing}");
    assert!(landing.contains("not therapy or a diagnosis"), "{landing}");
    assert!(landing.contains("adults"), "{landing}");
    let lang = b.js("return document.documentElement.lang").await;
    assert_eq!(lang, "en");

    b.click_button("Start the full check-in").await;
    b.wait_title("Who is checking in?").await;
    b.wait_for("#name-a")
        .await
        .send_keys("  Sam ")
        .await
        .unwrap();
    b.wait_for("#name-b").await.send_keys("Alex").await.unwrap();
    b.click_button("Continue").await;

    b.wait_title("Pass the device to Sam").await;
    let handoff = b.text("main").await;
    assert!(handoff.contains("Alex, please look away."), "{handoff}");
    b.click_button("I’m Sam, let’s begin").await;
    let progress = b.text("#progress-label").await;
    assert_eq!(progress, "1 of 30");

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
    b.open().await;
    b.click_button("Take a quick look").await;
    b.wait_title("Who is checking in?").await;
    b.wait_for("#name-a").await.send_keys("   ").await.unwrap();
    b.click_button("Continue").await;
    b.wait_title("Pass the device to Partner A").await;
    assert!(b
        .text("main")
        .await
        .contains("Partner B, please look away."));
    b.click_button("let’s begin").await;
    assert_eq!(b.text("#progress-label").await, "1 of 12");
}
