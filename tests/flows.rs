//! End-to-end: whole check-ins by couples with known answer patterns, in Chromium,
//! against the release build. The expected results come from the model itself.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;

#[path = "browser/pages.rs"]
mod pages;

use harness::{axe_violations, Browser};
use me_and_we::content::bank::SCENARIOS;
use me_and_we::content::english;
use me_and_we::content::locale::fill;
use me_and_we::model::compare::{compare, Partner, PatternKind};
use me_and_we::model::dynamics::Dynamic;
use me_and_we::model::scenario::Scenario;
use me_and_we::model::scoring::Answer;
use me_and_we::model::session::Length;
use pages::{handoff_title, words, App};

/// The scenarios of the check-in in progress, in the order the app shows them, read from
/// what it saved.
async fn order(b: &Browser) -> Vec<&'static Scenario> {
    let (session, _) = harness::saved_session(b)
        .await
        .expect("the check-in is saved");
    session.scenarios(&SCENARIOS)
}

type Chooser = fn(usize, &Scenario) -> Dynamic;

fn answers(list: &[&Scenario], choose: Chooser) -> Vec<Answer> {
    list.iter()
        .enumerate()
        .map(|(i, s)| Answer {
            scenario: s.id,
            most: choose(i, s),
            least: None,
        })
        .collect()
}

/// Plays one partner's turn from their hand-off screen to the end of their safety check.
async fn play_turn(
    app: &App<'_>,
    name: &str,
    list: &[&Scenario],
    choose: Chooser,
    tick_safety: &[usize],
    audit: bool,
) {
    app.turn(name, list.len(), |i| choose(i, list[i]), tick_safety, audit)
        .await;
}

/// "{name}’s answers lean mostly toward {dynamic}."
fn mostly(name: &str, d: Dynamic) -> String {
    fill(
        words().later.reading_mostly,
        &[("name", name), ("dynamic", english().dynamic(d).word)],
    )
}

/// Plays a whole couple and checks the results against the model.
async fn couple(length: Length, a: Chooser, bb: Chooser, expected: PatternKind) -> Browser {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.start(length, "Sam", "Alex").await;
    let list = order(&b).await;
    play_turn(&app, "Sam", &list, a, &[], false).await;
    b.wait_title(&handoff_title("Alex")).await;
    play_turn(&app, "Alex", &list, bb, &[], false).await;
    app.reveal_once_both_tick().await;

    let (ans_a, ans_b) = (answers(&list, a), answers(&list, bb));
    let model = compare(&SCENARIOS, &ans_a, &ans_b);
    assert_eq!(model.pattern.kind(), expected, "the model's own pattern");
    let pattern = b
        .js("return document.querySelector('.pattern').dataset.pattern")
        .await;
    assert_eq!(pattern, format!("{expected:?}"));
    assert_eq!(b.count(".difference").await, model.differences.len());
    assert_eq!(b.count(".agreement").await, model.agreements.len());
    assert!(
        b.count(".prompt").await >= 3,
        "conversation prompts are shown"
    );
    assert_eq!(
        b.count(".map .mark").await,
        2,
        "both partners are on the map"
    );
    let text = b.text("main").await;
    assert!(text.contains(words().later.results_not_therapy), "{text}");
    b
}

#[tokio::test(flavor = "multi_thread")]
async fn both_interdependent_rely_on_each_other() {
    let b = couple(
        Length::Full,
        |_, _| Dynamic::Interdependence,
        |_, _| Dynamic::Interdependence,
        PatternKind::MutualReliance,
    )
    .await;
    assert_eq!(b.count(".difference").await, 0);
    assert_eq!(b.count(".agreement").await, 30);
    let text = b.text(".profiles").await;
    for name in ["Sam", "Alex"] {
        let reading = mostly(name, Dynamic::Interdependence);
        assert!(text.contains(&reading), "`{reading}` in: {text}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn codependent_and_independent_reach_and_step_back() {
    let b = couple(
        Length::Full,
        |_, _| Dynamic::Codependence,
        |_, _| Dynamic::Independence,
        PatternKind::PursueDistance,
    )
    .await;
    assert_eq!(b.count(".difference").await, 30);
    // All ten domains are listed, with both choices side by side.
    assert_eq!(b.count(".differ .domain").await, 10);
    assert_eq!(b.count(".difference .choice").await, 60);
    App::on(&b).open_section("pattern").await;
    let text = b.text(".pattern").await;
    let roles = fill(
        words().later.pattern_roles_pursue,
        &[("pursuing", "Sam"), ("distancing", "Alex")],
    );
    assert!(text.contains(&roles), "`{roles}` in: {text}");
    // Strong fuse and a wide gap: a professional is suggested among the prompts.
    assert_eq!(b.count(".prompt.professional").await, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn both_independent_live_parallel_lives_quick_look() {
    let b = couple(
        Length::Quick,
        |_, _| Dynamic::Independence,
        |_, _| Dynamic::Independence,
        PatternKind::ParallelLives,
    )
    .await;
    assert_eq!(b.count(".agreement").await, 12);
    let text = b.text("main").await;
    assert!(
        text.contains(words().later.quick_uncertain),
        "the quick look says it is less certain: {text}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn dependent_and_codependent_lean_and_carry() {
    couple(
        Length::Quick,
        |_, _| Dynamic::Dependence,
        |i, _| {
            if i % 4 == 0 {
                Dynamic::Interdependence
            } else {
                Dynamic::Codependence
            }
        },
        PatternKind::OverUnderFunctioning,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_turn_keeps_the_other_partners_answers_out_of_the_page_and_the_safety_check_private() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.start(Length::Quick, "Sam", "Alex").await;
    let history = b.js("return history.length").await;
    let list = order(&b).await;
    // Sam answers, and ticks two items of the private safety check.
    play_turn(
        &app,
        "Sam",
        &list,
        |_, _| Dynamic::Codependence,
        &[0, 2],
        false,
    )
    .await;

    b.wait_title(&handoff_title("Alex")).await;
    let handoff = b.html().await;
    app.begin_turn("Alex").await;
    b.wait_for("#most-n").await;
    let during = b.html().await;
    for (i, s) in list.iter().enumerate() {
        let sams = english()
            .scenario(s.id)
            .unwrap()
            .option(Dynamic::Codependence);
        assert!(
            !handoff.contains(sams),
            "Sam's answer is on Alex's hand-off screen"
        );
        if i > 0 {
            assert!(
                !during.contains(sams),
                "Sam's answer to another scenario is in the page"
            );
        }
    }
    // Nothing is preselected from Sam's turn, and the turn added no history to go back to.
    assert_eq!(b.count("input[name=most]:checked").await, 0);
    assert_eq!(b.js("return history.length").await, history);
    // Back from the first scenario returns to Alex's own hand-off, not to Sam's answers.
    app.back().await;
    b.wait_title(&handoff_title("Alex")).await;
    play_turn(
        &app,
        "Alex",
        &list,
        |_, _| Dynamic::Independence,
        &[],
        false,
    )
    .await;
    app.reveal_once_both_tick().await;

    let results = b.html().await;
    for item in english().safety_items {
        assert!(
            !results.contains(item),
            "a safety item reached the results: {item}"
        );
    }
    assert!(!results.contains(words().later.support_flagged));
    // Storage holds one key: the session, which has no place for the safety check, and
    // re-encoding what was read gives back exactly what was stored (nothing else hides there).
    assert_eq!(harness::storage_keys(&b).await, [me_and_we::store::KEY]);
    let (saved, raw) = harness::saved_session(&b)
        .await
        .expect("the session is saved");
    assert_eq!(saved.name(Partner::A), Some("Sam"));
    assert_eq!(me_and_we::store::encode(&saved), raw);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_accessibility_audit_finds_a_planted_fault() {
    // Guards the audit itself: a page with an unlabelled image must not pass.
    let b = Browser::start().await;
    b.open().await;
    b.js("document.querySelector('main').appendChild(document.createElement('img')); return 0")
        .await;
    let v = axe_violations(&b).await;
    assert!(v.iter().any(|l| l.starts_with("image-alt")), "{v:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_passes_axe_and_a_reload_resumes_where_you_were() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.audit("landing").await;
    app.learn().await;
    app.audit("learn").await;
    app.back().await;
    app.choose(Length::Quick).await;
    app.audit("setup").await;
    // Markup and other scripts in names, as typed.
    let (sam, noor) = ("<b>Sam</b> 🌿", "نور");
    app.names(sam, noor).await;
    b.wait_title(&handoff_title(sam)).await;
    assert_eq!(
        b.count("main b").await,
        0,
        "markup in a name is shown as text"
    );
    app.audit("hand-off").await;

    // Answer three, go back one and change it, then reload.
    app.begin_turn(sam).await;
    for d in ["n", "i", "d"] {
        app.answer(1, d).await;
    }
    app.wait_progress(4, 12).await;
    app.back().await;
    app.wait_progress(3, 12).await;
    assert_eq!(
        app.chosen().await,
        "most-d",
        "the earlier answer is shown when going back"
    );
    app.answer(1, "c").await;
    app.wait_progress(4, 12).await;

    app.reload_and_resume_to(&handoff_title(sam)).await;
    app.resume_turn(sam).await;
    app.wait_progress(4, 12).await;
    app.back().await;
    app.wait_progress(3, 12).await;
    assert_eq!(
        app.chosen().await,
        "most-c",
        "the changed answer survived the reload"
    );
    b.click("form button[type=submit]").await;

    // Finish both turns with the accessibility audit on every remaining screen.
    for i in 4..=12 {
        app.wait_progress(i, 12).await;
        app.answer(1, "n").await;
    }
    app.safety(&[], true).await;
    app.go_on().await;
    b.wait_title(&handoff_title(noor)).await;
    let list = order(&b).await;
    play_turn(
        &app,
        noor,
        &list,
        |_, _| Dynamic::Interdependence,
        &[],
        true,
    )
    .await;
    b.wait_title(words().later.reveal_title).await;
    app.audit("reveal").await;
    app.reveal_once_both_tick().await;
    app.audit("results").await;
    app.learn_from_results().await;
    app.back().await;
    b.wait_title(words().later.results_title).await;

    // The quick exit clears everything the app stored.
    app.quick_exit().await;
    assert!(!b.text("main").await.contains(words().resume_title));
    assert_eq!(b.js("return localStorage.length").await, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn results_are_drawn_after_the_last_step_measured_in_the_page() {
    let b = Browser::start().await;
    let app = App::open(&b).await;
    app.start(Length::Full, "Sam", "Alex").await;
    let list = order(&b).await;
    play_turn(&app, "Sam", &list, |i, _| Dynamic::ALL[i % 4], &[], false).await;
    play_turn(
        &app,
        "Alex",
        &list,
        |i, _| Dynamic::ALL[(i / 2) % 4],
        &[],
        false,
    )
    .await;
    b.wait_title(words().later.reveal_title).await;
    app.agree(0).await;
    app.agree(1).await;
    // Timed inside the page: from the click that asks for results (scoring both partners,
    // 2 x 1,000 bootstrap resamples, comparison, prompts) to the frame after they are drawn.
    let ms = b
        .client
        .execute_async(
            r#"const [label, done] = arguments;
            const go = [...document.querySelectorAll('button')]
              .find((x) => x.textContent.replace(/\s+/g, ' ').trim() === label);
            const t0 = performance.now();
            go.click();
            requestAnimationFrame(() => setTimeout(() => done(
              document.querySelector('.results .map') ? performance.now() - t0 : -1)));"#,
            vec![words().later.reveal_go.into()],
        )
        .await
        .unwrap();
    let ms = ms.as_f64().unwrap_or(-1.0);
    assert!(ms >= 0.0, "the results were not drawn");
    println!("results drawn {ms:.1} ms after the last step (30 scenarios each)");
}
