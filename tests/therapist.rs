//! End-to-end: therapist mode, keeping nothing, the printed report, export and import,
//! and a retake compared with the earlier round, in Chromium against the release build.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;
#[path = "browser/pages.rs"]
mod pages;

use fantoccini::wd::PrintConfiguration;
use harness::Browser;
use me_and_we::content::english;
use me_and_we::content::locale::{fill, pieces};
use me_and_we::model::compare::PatternKind;
use me_and_we::model::dynamics::Dynamic;
use me_and_we::model::session::Length;
use pages::{handoff_title, words, App};
use std::path::PathBuf;

/// A quick look by Sam and Alex from the landing screen to the results, each choosing one
/// dynamic throughout.
async fn quick_session(app: &App<'_>, a: &str, bb: &str) {
    app.start_quick_look("Sam", "Alex").await;
    app.quick_round(["Sam", "Alex"], [a, bb]).await;
}

async fn storage_len(b: &Browser) -> u64 {
    b.js("return localStorage.length")
        .await
        .as_u64()
        .unwrap_or(99)
}

#[tokio::test(flavor = "multi_thread")]
async fn therapist_mode_adds_notes_raw_choices_and_numbers_and_new_couple_wipes() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.therapist_mode_on().await;
    quick_session(&app, "c", "i").await;

    assert!(
        b.count(".facilitator[role=note]").await >= 5,
        "notes beside each part"
    );
    assert_eq!(b.count(".raw tbody tr").await, 12, "one row per scenario");
    assert_eq!(
        b.count(".numbers tbody tr").await,
        2,
        "numbers for both partners"
    );
    // Each number with its standard error: "{value} (SE {se}; {low} to {high})".
    let numbers = b.text(".numbers").await;
    let se = pieces(words().later.numbers_cell)[1];
    assert!(numbers.contains(se), "`{se}` in: {numbers}");
    let raw = b.text(".raw").await;
    for d in [Dynamic::Codependence, Dynamic::Independence] {
        let name = english().dynamic(d).name;
        assert!(raw.contains(name), "`{name}` in: {raw}");
    }
    let main = b.text("main").await;
    assert!(main.contains(words().later.notes_safety), "{main}");

    app.new_couple().await;
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
    let app = App::open(&b).await;
    app.keep_nothing_on().await;
    app.choose(Length::Quick).await;
    let setup = b.text("main").await;
    assert!(setup.contains(words().keeping_nothing), "{setup}");
    // Only the first name: the second partner is the locale's default.
    app.names("Sam", "").await;
    b.wait_title(&handoff_title("Sam")).await;
    app.begin_turn("Sam").await;
    app.answer(6, "n").await;
    app.wait_progress(7, 12).await;
    assert_eq!(storage_len(&b).await, 0);
    app.answer(6, "n").await;
    app.safety_check(&[]).await;
    app.quick_turn(words().default_name_b, "d", &[]).await;
    app.reveal().await;
    app.mark_talked().await;
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
    let app = App::open(&b).await;
    app.therapist_mode_on().await;
    quick_session(&app, "c", "i").await;
    let pdf = b
        .client
        .print(PrintConfiguration::default())
        .await
        .expect("print to PDF");
    assert!(pdf.starts_with(b"%PDF"), "a PDF came back");
    let text = pdf_text(&pdf);
    let today = b.js("return new Date().toISOString().slice(0, 10)").await;
    let today = today.as_str().unwrap();
    let w = words();
    let heading = fill(w.later.report_heading_dated, &[("date", today)]);
    // "Page {page} of {pages}" on the first page, up to the number of pages.
    let first_page = fill(w.print_page, &[("page", "1")]);
    let first_page = first_page.split("{pages}").next().unwrap().trim_end();
    for expected in [
        &heading[..],
        w.later.results_title,
        w.later.map_title,
        "Sam",
        "Alex",
        w.later.pattern_title,
        w.later.differ_title,
        w.later.prompts_title,
        w.later.notes_heading,
        first_page,
        w.print_footer,
    ] {
        assert!(
            text.contains(expected),
            "`{expected}` missing from the report:\n{text}"
        );
    }
    for control in [w.quick_exit, w.later.print, w.export, w.later.new_couple] {
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

/// The saved file once the browser has written it to `dir`.
async fn wait_for_file(b: &Browser, dir: &std::path::Path) -> PathBuf {
    b.until(
        &format!("a download to appear in {}", dir.display()),
        async || {
            std::fs::read_dir(dir)
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|e| e == "txt"))
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn export_then_import_on_another_browser_gives_the_same_results() {
    let dir = download_dir();
    let prefs = serde_json::json!({
        "download.default_directory": dir,
        "download.prompt_for_download": false,
    });
    let first = Browser::start_with(prefs).await;
    let app = App::open(&first).await;
    quick_session(&app, "c", "i").await;
    let results = first.text(".results").await;
    app.save_to_file().await;
    let file = wait_for_file(&first, &dir).await;
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
    App::open(&second).await.import(&file).await;
    second.wait_title(words().later.results_title).await;
    assert_eq!(second.text(".results").await, results, "the same results");

    // A tampered file and a file that is not ours are refused, with words that say why.
    let tampered = dir.join("tampered.txt");
    // Change one character of the data, as a hand edit would.
    let at = text
        .find(&format!("data: mw{}.", me_and_we::store::VERSION))
        .unwrap()
        + 20;
    let mut edited = text.clone().into_bytes();
    edited[at] = if edited[at] == b'A' { b'B' } else { b'A' };
    std::fs::write(&tampered, edited).unwrap();
    let other = dir.join("other.txt");
    std::fs::write(&other, "{\"hello\": \"world\"}").unwrap();
    let third = Browser::start().await;
    let app = App::open(&third).await;
    app.import(&tampered).await;
    third
        .wait_text_is("#import-problem", words().import_tampered)
        .await;
    app.import(&other).await;
    third
        .wait_text_is("#import-problem", words().import_not_ours)
        .await;
    assert_eq!(
        third.text("#screen-title").await,
        words().landing_title,
        "nothing was opened"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_retake_shows_what_moved_against_the_earlier_round() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    quick_session(&app, "c", "i").await;
    assert_eq!(b.count(".moved").await, 0, "no earlier round yet");
    let before = b
        .js("return document.querySelector('.pattern').dataset.pattern")
        .await;
    assert_eq!(before, "PursueDistance", "the first round's pattern");
    app.retake().await;
    b.wait_title(&handoff_title("Sam")).await;
    app.quick_round(["Sam", "Alex"], ["n", "n"]).await;

    // Couples read what moved in words; the numbers are for therapist mode.
    app.open_section("moved").await;
    let moved = b.text(".moved").await;
    let w = words();
    let axis =
        |template: &str, name: &str, axis: &str| fill(template, &[("name", name), ("axis", axis)]);
    let pattern = |p: PatternKind| english().pattern(p).name;
    for line in [
        // Sam went from codependence to interdependence, Alex from independence.
        axis(w.later.moved_more, "Sam", w.later.map_axis_self),
        axis(w.later.moved_more, "Alex", w.later.map_axis_connection),
        axis(w.later.moved_same, "Alex", w.later.map_axis_self),
        fill(
            w.later.moved_pattern_changed,
            &[
                ("before", pattern(PatternKind::PursueDistance)),
                ("after", pattern(PatternKind::MutualReliance)),
            ],
        ),
    ] {
        assert!(moved.contains(&line), "`{line}` in: {moved}");
    }
    for number in ["−100", "+100", "%"] {
        assert!(
            !moved.contains(number),
            "`{number}` in the couple view: {moved}"
        );
    }
    assert_eq!(b.count(".moved .trail").await, 2, "arrows from then to now");
}
