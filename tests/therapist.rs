//! End-to-end: therapist mode, keeping nothing, the printed report, export and import,
//! and a retake compared with the earlier round, in Chromium against the release build.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;

use fantoccini::wd::PrintConfiguration;
use harness::Browser;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A quick look from the landing screen to the results.
async fn quick_session(b: &Browser, a: &str, bb: &str) {
    b.click_button("Take a quick look").await;
    b.wait_title("Who is checking in?").await;
    b.wait_for("#name-a").await.send_keys("Sam").await.unwrap();
    b.wait_for("#name-b").await.send_keys("Alex").await.unwrap();
    b.click_button("Continue").await;
    b.play_quick_round(a, bb).await;
}

async fn count(b: &Browser, css: &str) -> u64 {
    let n = b
        .js(&format!("return document.querySelectorAll('{css}').length"))
        .await;
    n.as_u64().unwrap_or(0)
}

async fn storage_len(b: &Browser) -> u64 {
    b.js("return localStorage.length")
        .await
        .as_u64()
        .unwrap_or(99)
}

async fn open_settings(b: &Browser) {
    b.click("details.settings > summary").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn therapist_mode_adds_notes_raw_choices_and_numbers_and_new_couple_wipes() {
    let b = Browser::start().await;
    b.open().await;
    open_settings(&b).await;
    b.click("#therapist-mode").await;
    quick_session(&b, "c", "i").await;

    assert!(
        count(&b, ".facilitator[role=note]").await >= 5,
        "notes beside each part"
    );
    assert_eq!(count(&b, ".raw tbody tr").await, 12, "one row per scenario");
    assert_eq!(
        count(&b, ".numbers tbody tr").await,
        2,
        "numbers for both partners"
    );
    let numbers = b.text(".numbers").await;
    assert!(numbers.contains("SE"), "{numbers}");
    let raw = b.text(".raw").await;
    assert!(
        raw.contains("Codependence") && raw.contains("Independence"),
        "{raw}"
    );
    assert!(b
        .text("main")
        .await
        .contains("Coercive control and abuse are not codependence"));

    b.click_button("New couple").await;
    b.client.accept_alert().await.unwrap();
    b.wait_title("Me & We").await;
    assert_eq!(
        storage_len(&b).await,
        0,
        "everything about the couple is gone"
    );
    assert_eq!(
        b.js("return document.querySelector('#therapist-mode').checked")
            .await,
        true,
        "therapist mode stays on for the next couple"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn keep_nothing_writes_nothing_through_a_whole_session() {
    let b = Browser::start().await;
    b.open().await;
    open_settings(&b).await;
    b.click("#keep-nothing").await;
    b.click_button("Take a quick look").await;
    assert!(b
        .text("main")
        .await
        .contains("Nothing is being saved on this device"));
    b.wait_for("#name-a").await.send_keys("Sam").await.unwrap();
    b.click_button("Continue").await;
    b.click_button("let’s begin").await;
    b.answer(6, "n").await;
    assert_eq!(storage_len(&b).await, 0);
    b.answer(6, "n").await;
    b.click_button("Continue").await;
    b.click_button("Go on").await;
    b.click_button("let’s begin").await;
    b.answer(12, "d").await;
    b.click_button("Continue").await;
    b.click_button("Go on").await;
    b.click("#agree-0").await;
    b.click("#agree-1").await;
    b.click_button("Show our results").await;
    b.wait_title("Your check-in, together").await;
    b.click(".prompt input[type=checkbox]").await;
    assert_eq!(storage_len(&b).await, 0, "nothing was ever written");
    // Not even the offline copy of the app's own files.
    assert!(
        b.offline_copy_gone().await,
        "the offline copy is still there"
    );
}

fn pdf_text(pdf: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("me-and-we-print-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("report.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&file)
        .arg("-")
        .output()
        .expect(
            "pdftotext is missing: run `bash .ci/tools.sh` (or `apt-get install -y poppler-utils`)",
        );
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_printed_report_is_dated_paginated_and_has_no_controls() {
    let b = Browser::start().await;
    b.open().await;
    open_settings(&b).await;
    b.click("#therapist-mode").await;
    quick_session(&b, "c", "i").await;
    let pdf = b
        .client
        .print(PrintConfiguration::default())
        .await
        .expect("print to PDF");
    assert!(pdf.starts_with(b"%PDF"), "a PDF came back");
    let text = pdf_text(&pdf);
    let today = b.js("return new Date().toISOString().slice(0, 10)").await;
    let today = today.as_str().unwrap();
    for expected in [
        &format!("Me & We check-in report · {today}")[..],
        "Your check-in, together",
        "Where your answers sit",
        "Sam",
        "Alex",
        "Your pattern as a couple",
        "Where you differ",
        "Conversations to try",
        "Facilitator notes",
        "Page 1 of",
        "not therapy",
    ] {
        assert!(
            text.contains(expected),
            "`{expected}` missing from the report:\n{text}"
        );
    }
    for control in [
        "Quick exit",
        "Print or save as PDF",
        "Save to a file",
        "New couple",
    ] {
        assert!(!text.contains(control), "`{control}` is printed:\n{text}");
    }
    let pages = text.matches('\u{c}').count();
    assert!(pages >= 2, "the report runs over {pages} page(s)");
}

fn download_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "me-and-we-downloads-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn wait_for_file(dir: &Path) -> PathBuf {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let found = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "txt"));
        if let Some(f) = found {
            return f;
        }
        assert!(
            Instant::now() < deadline,
            "no download appeared in {}",
            dir.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn import(b: &Browser, file: &Path) {
    open_settings(b).await;
    b.wait_for("#import-file")
        .await
        .send_keys(&file.display().to_string())
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn export_then_import_on_another_browser_gives_the_same_results() {
    let dir = download_dir();
    let prefs = serde_json::json!({
        "download.default_directory": dir,
        "download.prompt_for_download": false,
    });
    let first = Browser::start_with(prefs).await;
    first.open().await;
    quick_session(&first, "c", "i").await;
    let results = first.text(".results").await;
    first.click_button("Save to a file").await;
    let file = wait_for_file(&dir).await;
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with(&format!(
            "me-and-we/session\nversion: {}\n",
            me_and_we::store::VERSION
        )),
        "{text}"
    );
    // The file holds the session and nothing more (the session has no safety answers).
    let session = me_and_we::store::import(&text).expect("the file imports natively too");
    assert_eq!(
        session.answers(me_and_we::model::compare::Partner::A).len(),
        12
    );
    drop(first);

    // A fresh browser profile stands in for another device.
    let second = Browser::start().await;
    second.open().await;
    import(&second, &file).await;
    second.wait_title("Your check-in, together").await;
    assert_eq!(second.text(".results").await, results, "the same results");

    // A tampered file and a file that is not ours are refused, with words that say why.
    let tampered = dir.join("tampered.txt");
    // Change one character of the data, as a hand edit would.
    let at = text.find("data: mw2.").unwrap() + 20;
    let mut edited = text.clone().into_bytes();
    edited[at] = if edited[at] == b'A' { b'B' } else { b'A' };
    std::fs::write(&tampered, edited).unwrap();
    let other = dir.join("other.txt");
    std::fs::write(&other, "{\"hello\": \"world\"}").unwrap();
    let third = Browser::start().await;
    third.open().await;
    import(&third, &tampered).await;
    third
        .wait_text("#import-problem", "changed after it was saved")
        .await;
    third
        .wait_for("#import-file")
        .await
        .send_keys(&other.display().to_string())
        .await
        .unwrap();
    third
        .wait_text("#import-problem", "isn’t a Me & We check-in")
        .await;
    assert_eq!(
        third.text("#screen-title").await,
        "Me & We",
        "nothing was opened"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_retake_shows_what_moved_against_the_earlier_round() {
    let b = Browser::start().await;
    b.open().await;
    quick_session(&b, "c", "i").await;
    assert_eq!(count(&b, ".moved").await, 0, "no earlier round yet");
    b.click_button("Start a retake and compare").await;
    b.client.accept_alert().await.unwrap();
    b.wait_title("Pass the device to Sam").await;
    b.play_quick_round("n", "n").await;

    let moved = b.text(".moved").await;
    assert!(moved.contains("What moved since last time"), "{moved}");
    assert!(
        moved.contains("Sam: Self moved from -100 to +100."),
        "{moved}"
    );
    assert!(
        moved.contains("Alex: Connection moved from -100 to +100."),
        "{moved}"
    );
    assert!(
        moved.contains("Alex: Self +100 then +100, within the noise"),
        "{moved}"
    );
    assert!(moved.contains("is now “Mutual reliance”"), "{moved}");
    assert_eq!(
        count(&b, ".moved .trail").await,
        2,
        "arrows from then to now"
    );
}
