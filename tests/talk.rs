//! End-to-end: results a couple can read together on one phone (the summary first, the
//! rest in sections that open in place, plain words) and "Talk it through", the guided
//! conversation, with its plans kept, recalled on the retake and printed. In Chromium
//! against the release build.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;
#[path = "browser/pages.rs"]
mod pages;

use fantoccini::key::Key;
use fantoccini::wd::PrintConfiguration;
use harness::{axe_violations, Browser};
use me_and_we::content::locale::fill;
use pages::{handoff_title, words, App};

/// A phone as the issue measures it: 400 x 860 CSS px, default text size.
async fn phone(b: &Browser) {
    b.cdp(
        "Emulation.setDeviceMetricsOverride",
        serde_json::json!({ "width": 400, "height": 860, "deviceScaleFactor": 2, "mobile": true }),
    )
    .await;
}

/// A number the page works out (a height, a position), in CSS px.
async fn px(b: &Browser, script: &str) -> f64 {
    b.js(script)
        .await
        .as_f64()
        .unwrap_or_else(|| panic!("a number from `{script}`"))
}

/// Where the summary's last line (the conversation to start with) ends, from the top of
/// the page, and how tall and wide the whole page is.
async fn layout(b: &Browser) -> (f64, f64, f64) {
    let start = px(
        b,
        "const r = document.querySelector('.summary .start').getBoundingClientRect(); return r.bottom + scrollY",
    )
    .await;
    let height = px(b, "return document.documentElement.scrollHeight").await;
    let width = px(b, "return document.documentElement.scrollWidth").await;
    (start, height, width)
}

async fn storage_len(b: &Browser) -> u64 {
    b.js("return localStorage.length")
        .await
        .as_u64()
        .unwrap_or(99)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_summary_fits_the_first_phone_screen_and_the_rest_opens_in_place() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    // Names of 12 characters, and answers that differ everywhere (the most to say).
    let (a, bb) = ("Alexandrina1", "Bartholomew2");
    app.start_quick_look(a, bb).await;
    app.quick_round([a, bb], ["c", "i"]).await;
    // The results as they are laid out on the phone (the round itself is the driver's).
    phone(&b).await;
    let (start, height, width) = layout(&b).await;
    eprintln!("[talk] quick look at 400 px: summary ends at {start} px, page {height} px tall with sections closed");
    assert!(start <= 860.0, "the first talk's title ends at {start} px");
    assert!(height <= 4000.0, "the closed results are {height} px tall");
    assert!(width <= 400.0, "the page is {width} px wide");
    // Where each sits, the mix, the pattern in a sentence, two differences, a talk.
    assert_eq!(b.count(".summary .profiles svg.mix").await, 2);
    assert_eq!(b.count(".summary .pattern-line").await, 1);
    assert_eq!(b.count(".top-differences li").await, 2);
    let summary = b.text(".summary").await;
    for needle in [
        words().later.summary_differ_title,
        words().later.start_title,
    ] {
        assert!(summary.contains(needle), "`{needle}` in: {summary}");
    }
    // Everything else is behind sections, closed (but the note on professional help,
    // open when the results suggest it), and opens in place from the keyboard.
    assert_eq!(b.count("details.fold[open]:not(#fold-pro)").await, 0);
    assert_eq!(
        b.text(".differ").await,
        "",
        "the differences wait behind their heading"
    );
    b.wait_for("#fold-differ > summary")
        .await
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .expect("Enter on the section's heading");
    b.wait_js(
        "return document.querySelector('#fold-differ').open",
        "Enter to open the section",
    )
    .await;
    assert_eq!(b.count(".differ .difference").await, 12);
    assert!(!b.text(".differ").await.is_empty());
    app.open_sections().await;
    let violations = axe_violations(&b).await;
    assert!(violations.is_empty(), "axe: {violations:?}");
    let (_, open_height, _) = layout(&b).await;
    eprintln!("[talk] the same results with every section open: {open_height} px");
    assert!(open_height > height, "opening the sections shows more");

    // Names of 40 characters still fit the width.
    let b2 = Browser::start().await;
    let app2 = App::open(&b2).await;
    let (long_a, long_b) = (
        "Maximiliana Alexandra Fernández-Oyelaran",
        "Bartholomew Christopher Wolfeschlegelxyz",
    );
    app2.start_quick_look(long_a, long_b).await;
    app2.quick_round([long_a, long_b], ["c", "i"]).await;
    phone(&b2).await;
    let (start, _, width) = layout(&b2).await;
    eprintln!("[talk] with 40-character names: summary ends at {start} px");
    assert!(
        width <= 400.0,
        "the page is {width} px wide with long names"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_couple_view_speaks_plain_words_and_therapist_mode_adds_the_numbers() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.start_quick_look("Sam", "Alex").await;
    app.quick_round(["Sam", "Alex"], ["c", "i"]).await;
    app.open_sections().await;
    let couple = b.text("main").await;
    assert!(
        couple.contains(words().later.map_axes),
        "the map's directions in words"
    );
    for statistic in ["resampl", "SE ", "−100", "+100", "%", "scale"] {
        assert!(
            !couple.contains(statistic),
            "`{statistic}` in the couple view: {couple}"
        );
    }
    let therapist = Browser::start().await;
    let app = App::open(&therapist).await;
    app.therapist_mode_on().await;
    app.start_quick_look("Sam", "Alex").await;
    app.quick_round(["Sam", "Alex"], ["c", "i"]).await;
    assert_eq!(
        therapist.count("details.fold:not([open])").await,
        0,
        "therapist mode opens every section"
    );
    let text = therapist.text("main").await;
    assert!(text.contains("%") && text.contains("SE"), "{text}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_guided_talk_goes_from_topic_to_plan_and_the_plan_is_kept() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.start_quick_look("Sam", "Alex").await;
    app.quick_round(["Sam", "Alex"], ["c", "i"]).await;
    let w = words();

    app.talk_it_through().await;
    let opening = b.text("main").await;
    assert!(opening.contains(w.later.talk_not_safe), "{opening}");
    assert_eq!(
        b.count("details.support .support-lines").await,
        2,
        "support, one tap away"
    );
    assert!(axe_violations(&b).await.is_empty());
    // A way out at every step.
    app.leave_talk().await;
    app.talk_it_through().await;
    app.talk_next(w.later.talk_topic_title).await;
    let suggested = b.text("label[for=topic-0]").await;
    assert!(suggested.starts_with(&fill(w.later.talk_topic_suggested, &[("title", "")])));
    // Topics: the suggested talk, the largest differences, the other talks.
    assert!(b.count("input[name=topic]").await >= 5);
    assert!(axe_violations(&b).await.is_empty());
    app.pick_topic(0, "Sam").await;
    let turn = b.text("main").await;
    let listens = fill(w.later.talk_listens, &[("name", "Alex")]);
    for needle in [
        w.later.talk_speaker_starter,
        &listens,
        w.later.talk_listener_starter,
    ] {
        assert!(turn.contains(needle), "`{needle}` in: {turn}");
    }
    // The gentle timer: off until asked for, then a bar, and nothing said until time is up.
    let shown = "return getComputedStyle(document.querySelector('.timer')).display !== 'none'";
    assert_eq!(
        b.js(shown).await,
        serde_json::Value::Bool(false),
        "no timer until asked"
    );
    b.click("#timer").await;
    b.wait_js(shown, "the timer's bar").await;
    assert_eq!(b.text(".timer-area [role=status]").await, "");
    assert!(axe_violations(&b).await.is_empty());
    app.talk_next(&fill(w.later.talk_speaks, &[("name", "Alex")]))
        .await;
    app.talk_next(w.later.talk_plan_title).await;
    assert!(axe_violations(&b).await.is_empty());
    // A plan typed and left by "Back" is still there on the way forward again.
    b.type_into("#plan-1", "A draft").await;
    b.click("[data-act=back]").await;
    b.wait_title(&fill(w.later.talk_speaks, &[("name", "Alex")]))
        .await;
    app.talk_next(w.later.talk_plan_title).await;
    assert_eq!(
        b.js("return document.querySelector('#plan-1').value").await,
        serde_json::Value::String("A draft".into())
    );
    app.plan_and_finish(["Ask before I plan our weekend <b>", ""])
        .await;
    // Another topic starts from the next one in the list.
    app.talk_next(w.later.talk_topic_title).await;
    assert_eq!(
        b.js("return document.querySelector('#topic-1').checked")
            .await,
        serde_json::Value::Bool(true)
    );
    app.leave_talk().await;

    // The plan is in the summary, the talk's prompt is marked, and both survive a reload.
    let plan = fill(
        w.later.plan_line,
        &[
            ("name", "Sam"),
            ("plan", "Ask before I plan our weekend <b>"),
        ],
    );
    let summary = b.text(".summary").await;
    assert!(summary.contains(&plan), "`{plan}` in: {summary}");
    app.reload_and_resume_to(w.later.results_title).await;
    assert!(b.text(".summary").await.contains(&plan));
    app.open_section("prompts").await;
    assert_eq!(
        b.js("return document.querySelector('.prompt input[type=checkbox]').checked")
            .await,
        serde_json::Value::Bool(true),
        "the suggested talk is marked as talked about"
    );
    // The next talk starts with the other partner.
    app.talk_it_through().await;
    app.talk_next(w.later.talk_topic_title).await;
    app.pick_topic(1, "Alex").await;
    app.leave_talk().await;

    // The printed report holds the plan and the closed sections' contents.
    let pdf = b
        .client
        .print(PrintConfiguration::default())
        .await
        .expect("print to PDF");
    // Lines the PDF wrapped are joined again.
    let text = pdf_text(&pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let situation = b
        .js("return document.querySelector('.difference .asked').textContent")
        .await;
    let situation = situation.as_str().unwrap_or_default();
    let first_words: String = situation
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    for needle in [
        "Ask before I plan our weekend",
        &first_words,
        w.later.agree_title,
    ] {
        assert!(
            text.contains(needle),
            "`{needle}` missing from the report:\n{text}"
        );
    }

    // The retake recalls last time's plan.
    app.retake().await;
    b.wait_title(&handoff_title("Sam")).await;
    app.quick_round(["Sam", "Alex"], ["n", "n"]).await;
    let summary = b.text(".summary").await;
    assert!(summary.contains(w.later.plans_before_title), "{summary}");
    assert!(summary.contains(&plan), "`{plan}` in: {summary}");
}

/// Nothing runs off the side of a 320 px phone, at any step.
async fn fits_320(b: &Browser, step: &str) {
    let width = px(b, "return document.documentElement.scrollWidth").await;
    assert!(width <= 320.0, "{step}: the page is {width} px wide");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_results_and_every_step_of_the_talk_fit_a_320_px_phone() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.start_quick_look("Sam", "Alex").await;
    app.quick_round(["Sam", "Alex"], ["c", "i"]).await;
    b.cdp(
        "Emulation.setDeviceMetricsOverride",
        serde_json::json!({ "width": 320, "height": 640, "deviceScaleFactor": 2, "mobile": true }),
    )
    .await;
    app.open_sections().await;
    fits_320(&b, "the results, every section open").await;
    let w = words();
    app.talk_it_through().await;
    b.click("details.support > summary").await;
    b.click("details.support details > summary").await;
    fits_320(&b, "the opening with every support line").await;
    app.talk_next(w.later.talk_topic_title).await;
    fits_320(&b, "the topics").await;
    app.pick_topic(1, "Sam").await;
    b.click("#timer").await;
    fits_320(&b, "a turn with the timer").await;
    app.talk_next(&fill(w.later.talk_speaks, &[("name", "Alex")]))
        .await;
    app.talk_next(w.later.talk_plan_title).await;
    fits_320(&b, "the plan").await;
}

/// Every screen, with 40-character names, on a 320 px phone: nothing runs off the side.
#[tokio::test(flavor = "multi_thread")]
async fn every_screen_fits_a_320_px_phone() {
    let b = Browser::start().await;
    b.cdp(
        "Emulation.setDeviceMetricsOverride",
        serde_json::json!({ "width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": false }),
    )
    .await;
    let app = App::open(&b).await;
    app.walk_every_screen(async |screen| fits_320(&b, screen).await)
        .await;
}

/// A tap on the static first screen, before the app is live, is carried through once it
/// is; a start never replaces a check-in in progress.
#[tokio::test(flavor = "multi_thread")]
async fn a_tap_before_the_app_is_live_is_not_lost() {
    use std::sync::atomic::Ordering::SeqCst;
    let w = words();
    for (tap, title) in [("quick", w.setup_title), ("learn", w.later.learn_title)] {
        let b = Browser::start().await;
        b.server.delay_wasm.store(true, SeqCst);
        b.client.goto(&b.server.url()).await.expect("open the page");
        b.wait_for("#prerender").await;
        let button = format!("#prerender [data-tap={tap}]");
        b.click(&button).await;
        // Tapped while the static screen was all there was: it holds the tap, and says so.
        assert_eq!(
            b.js(&format!(
                "return [document.documentElement.dataset.tap, document.querySelector('{button}').getAttribute('aria-busy')]"
            ))
            .await,
            serde_json::json!([tap, "true"])
        );
        b.server.delay_wasm.store(false, SeqCst);
        b.wait_title(title).await;
        assert_eq!(
            b.js("return document.documentElement.dataset.tap ?? null")
                .await,
            serde_json::Value::Null,
            "taken once"
        );
    }
    // With a check-in in progress, an early "start" leaves it there to resume.
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.start_quick_look("Sam", "Alex").await;
    b.forget_offline_copy().await;
    b.server.delay_wasm.store(true, SeqCst);
    b.client.refresh().await.expect("reload");
    b.wait_for("#prerender").await;
    b.click("#prerender [data-tap=full]").await;
    b.server.delay_wasm.store(false, SeqCst);
    b.wait_title(w.landing_title).await;
    b.wait_text("main", w.resume_title).await;
    let (saved, _) = harness::saved_session(&b).await.expect("still saved");
    assert_eq!(saved.length(), me_and_we::model::session::Length::Quick);
}

#[tokio::test(flavor = "multi_thread")]
async fn under_keep_nothing_a_talk_and_its_plan_stay_in_memory_only() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.keep_nothing_on().await;
    app.start_quick_look("Sam", "Alex").await;
    app.quick_round(["Sam", "Alex"], ["d", "i"]).await;
    let w = words();
    app.talk_it_through().await;
    app.talk_next(w.later.talk_topic_title).await;
    app.pick_topic(0, "Sam").await;
    app.talk_next(&fill(w.later.talk_speaks, &[("name", "Alex")]))
        .await;
    app.talk_next(w.later.talk_plan_title).await;
    app.plan_and_finish(["Cook together on Sunday", "A walk on Wednesday"])
        .await;
    app.leave_talk().await;
    let plan = fill(
        w.later.plan_line,
        &[("name", "Alex"), ("plan", "A walk on Wednesday")],
    );
    assert!(b.text(".summary").await.contains(&plan));
    assert_eq!(storage_len(&b).await, 0, "nothing was written");
}

fn pdf_text(pdf: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("me-and-we-talk-print-{}", std::process::id()));
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
