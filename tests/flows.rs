//! End-to-end: whole check-ins by couples with known answer patterns, in Chromium,
//! against the release build. The expected results come from the model itself.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;

use harness::{axe_violations, Browser};
use me_and_we::content::bank::SCENARIOS;
use me_and_we::content::english;
use me_and_we::model::compare::{compare, PatternKind};
use me_and_we::model::dynamics::Dynamic;
use me_and_we::model::scenario::Scenario;
use me_and_we::model::scoring::Answer;
use me_and_we::model::session::{Length, Session};

/// The scenarios in the order the app shows them (the order does not depend on the seed).
fn order(length: Length) -> Vec<&'static Scenario> {
    Session::new(length, 0, "", false, &SCENARIOS).scenarios(&SCENARIOS)
}

type Chooser = fn(usize, &Scenario) -> Dynamic;

fn answers(length: Length, choose: Chooser) -> Vec<Answer> {
    order(length)
        .iter()
        .enumerate()
        .map(|(i, s)| Answer {
            scenario: s.id,
            most: choose(i, s),
            least: None,
        })
        .collect()
}

async fn assert_accessible(b: &Browser, screen: &str) {
    let v = axe_violations(b).await;
    println!("axe: {} violations on the {screen} screen", v.len());
    assert!(
        v.is_empty(),
        "axe violations on the {screen} screen:\n{}",
        v.join("\n")
    );
}

/// Plays one partner's turn from their hand-off screen to the end of their safety check.
async fn play_turn(
    b: &Browser,
    length: Length,
    choose: Chooser,
    tick_safety: &[usize],
    audit: bool,
) {
    b.click_button("let’s").await;
    let list = order(length);
    for (i, s) in list.iter().enumerate() {
        let label = format!("{} of {}", i + 1, list.len());
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while b.text("#progress-label").await != label {
            assert!(
                std::time::Instant::now() < deadline,
                "never reached {label}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        if audit && i == 0 {
            assert_accessible(b, "scenario").await;
        }
        b.click(&format!("#most-{}", choose(i, s).code())).await;
        b.click("form button[type=submit]").await;
    }
    b.wait_title("A private question for you").await;
    if audit {
        assert_accessible(b, "safety check").await;
    }
    for i in tick_safety {
        b.click(&format!("#safety-{i}")).await;
    }
    b.click_button("Continue").await;
    b.wait_title("Thank you").await;
    if audit {
        assert_accessible(b, "support").await;
    }
    b.click_button("Go on").await;
}

async fn start(b: &Browser, length: Length, names: [&str; 2]) {
    b.open().await;
    b.click_button(match length {
        Length::Full => "Start the full check-in",
        Length::Quick => "Take a quick look",
    })
    .await;
    b.wait_title("Who is checking in?").await;
    b.wait_for("#name-a")
        .await
        .send_keys(names[0])
        .await
        .unwrap();
    b.wait_for("#name-b")
        .await
        .send_keys(names[1])
        .await
        .unwrap();
    b.click_button("Continue").await;
}

async fn reveal(b: &Browser) {
    b.wait_title("You’ve both finished").await;
    // One agreement is not enough.
    b.click("#agree-0").await;
    b.click_button("Show our results").await;
    assert!(b
        .text("main")
        .await
        .contains("Both of you need to tick your box first."));
    b.wait_title("You’ve both finished").await;
    b.click("#agree-1").await;
    b.click_button("Show our results").await;
    b.wait_title("Your check-in, together").await;
}

async fn count(b: &Browser, css: &str) -> usize {
    let n = b
        .js(&format!("return document.querySelectorAll('{css}').length"))
        .await;
    n.as_u64().unwrap_or(0) as usize
}

/// Plays a whole couple and checks the results against the model.
async fn couple(length: Length, a: Chooser, bb: Chooser, expected: PatternKind) -> Browser {
    let b = Browser::start().await;
    start(&b, length, ["Sam", "Alex"]).await;
    b.wait_title("Pass the device to Sam").await;
    play_turn(&b, length, a, &[], false).await;
    b.wait_title("Pass the device to Alex").await;
    play_turn(&b, length, bb, &[], false).await;
    reveal(&b).await;

    let (ans_a, ans_b) = (answers(length, a), answers(length, bb));
    let model = compare(&SCENARIOS, &ans_a, &ans_b);
    assert_eq!(model.pattern.kind(), expected, "the model's own pattern");
    let pattern = b
        .js("return document.querySelector('.pattern').dataset.pattern")
        .await;
    assert_eq!(pattern, format!("{expected:?}"));
    assert_eq!(count(&b, ".difference").await, model.differences.len());
    assert_eq!(count(&b, ".agreement").await, model.agreements.len());
    assert!(
        count(&b, ".prompt").await >= 3,
        "conversation prompts are shown"
    );
    assert_eq!(
        count(&b, ".map .mark").await,
        2,
        "both partners are on the map"
    );
    let text = b.text("main").await;
    assert!(text.contains("not therapy"), "{text}");
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
    assert_eq!(count(&b, ".difference").await, 0);
    assert_eq!(count(&b, ".agreement").await, 30);
    let text = b.text(".profiles").await;
    assert!(
        text.contains("Sam’s answers lean mostly toward interdependence (100%"),
        "{text}"
    );
    assert!(
        text.contains("Alex’s answers lean mostly toward interdependence"),
        "{text}"
    );
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
    assert_eq!(count(&b, ".difference").await, 30);
    // All ten domains are listed, with both choices side by side.
    assert_eq!(count(&b, ".differ .domain").await, 10);
    assert_eq!(count(&b, ".difference .choice").await, 60);
    let text = b.text(".pattern").await;
    assert!(text.contains("Sam tends to reach for closeness"), "{text}");
    assert!(text.contains("Alex tends to step back"), "{text}");
    // Strong fuse and a wide gap: a professional is suggested among the prompts.
    assert_eq!(count(&b, ".prompt.professional").await, 1);
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
    assert_eq!(count(&b, ".agreement").await, 12);
    let text = b.text("main").await;
    assert!(
        text.contains("quick look"),
        "the quick look says it is less certain"
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
    start(&b, Length::Quick, ["Sam", "Alex"]).await;
    let history = b.js("return history.length").await;
    b.wait_title("Pass the device to Sam").await;
    // Sam answers, and ticks two items of the private safety check.
    play_turn(
        &b,
        Length::Quick,
        |_, _| Dynamic::Codependence,
        &[0, 2],
        false,
    )
    .await;

    b.wait_title("Pass the device to Alex").await;
    let handoff = b.html().await;
    b.click_button("let’s begin").await;
    b.wait_for("#most-n").await;
    let during = b.html().await;
    let list = order(Length::Quick);
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
    assert_eq!(count(&b, "input[name=most]:checked").await, 0);
    assert_eq!(b.js("return history.length").await, history);
    // Back from the first scenario returns to Alex's own hand-off, not to Sam's answers.
    b.click_button("Back").await;
    b.wait_title("Pass the device to Alex").await;
    play_turn(&b, Length::Quick, |_, _| Dynamic::Independence, &[], false).await;
    reveal(&b).await;

    let results = b.html().await;
    for item in english().safety_items {
        assert!(
            !results.contains(item),
            "a safety item reached the results: {item}"
        );
    }
    assert!(!results.contains(english().words.support_flagged));
    // Storage holds one key: the session, which has no place for the safety check, and
    // re-encoding what was read gives back exactly what was stored (nothing else hides there).
    assert_eq!(harness::storage_keys(&b).await, [me_and_we::store::KEY]);
    let (saved, raw) = harness::saved_session(&b)
        .await
        .expect("the session is saved");
    assert_eq!(
        saved.name(me_and_we::model::compare::Partner::A),
        Some("Sam")
    );
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
    b.open().await;
    assert_accessible(&b, "landing").await;
    b.click_button("Learn about the four dynamics").await;
    b.wait_title("The four dynamics").await;
    assert_accessible(&b, "learn").await;
    b.click_button("Back").await;
    b.click_button("Take a quick look").await;
    b.wait_title("Who is checking in?").await;
    assert_accessible(&b, "setup").await;
    b.wait_for("#name-a")
        .await
        .send_keys("<b>Sam</b> 🌿")
        .await
        .unwrap();
    b.wait_for("#name-b").await.send_keys("نور").await.unwrap();
    b.click_button("Continue").await;
    b.wait_title("Pass the device to <b>Sam</b> 🌿").await;
    assert_eq!(
        count(&b, "main b").await,
        0,
        "markup in a name is shown as text"
    );
    assert_accessible(&b, "hand-off").await;

    // Answer three, go back one and change it, then reload.
    b.click_button("let’s begin").await;
    for d in ["n", "i", "d"] {
        b.click(&format!("#most-{d}")).await;
        b.click("form button[type=submit]").await;
    }
    assert_eq!(b.text("#progress-label").await, "4 of 12");
    b.click_button("Back").await;
    assert_eq!(b.text("#progress-label").await, "3 of 12");
    let checked = b
        .js("return document.querySelector('input[name=most]:checked').id")
        .await;
    assert_eq!(
        checked, "most-d",
        "the earlier answer is shown when going back"
    );
    b.click("#most-c").await;
    b.click("form button[type=submit]").await;
    assert_eq!(b.text("#progress-label").await, "4 of 12");

    b.client.refresh().await.unwrap();
    b.wait_title("Me & We").await;
    assert!(b.text("main").await.contains("Welcome back"));
    b.click_button("Continue where you left off").await;
    b.wait_title("Pass the device to <b>Sam</b> 🌿").await;
    b.click_button("let’s continue").await;
    assert_eq!(b.text("#progress-label").await, "4 of 12");
    b.click_button("Back").await;
    let checked = b
        .js("return document.querySelector('input[name=most]:checked').id")
        .await;
    assert_eq!(checked, "most-c", "the changed answer survived the reload");
    b.click("form button[type=submit]").await;

    // Finish both turns with the accessibility audit on every remaining screen.
    for i in 4..=12 {
        assert_eq!(b.text("#progress-label").await, format!("{i} of 12"));
        b.click("#most-n").await;
        b.click("form button[type=submit]").await;
    }
    b.wait_title("A private question for you").await;
    assert_accessible(&b, "safety check").await;
    b.click_button("Continue").await;
    b.wait_title("Thank you").await;
    assert_accessible(&b, "support").await;
    b.click_button("Go on").await;
    b.wait_title("Pass the device to نور").await;
    play_turn(
        &b,
        Length::Quick,
        |_, _| Dynamic::Interdependence,
        &[],
        true,
    )
    .await;
    b.wait_title("You’ve both finished").await;
    assert_accessible(&b, "reveal").await;
    reveal(&b).await;
    assert_accessible(&b, "results").await;
    b.click_button("Learn about the four dynamics").await;
    b.wait_title("The four dynamics").await;
    b.click_button("Back").await;
    b.wait_title("Your check-in, together").await;

    // The quick exit clears everything the app stored.
    b.click_button("Quick exit").await;
    b.wait_title("Me & We").await;
    assert!(!b.text("main").await.contains("Welcome back"));
    assert_eq!(b.js("return localStorage.length").await, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn results_are_drawn_after_the_last_step_measured_in_the_page() {
    let b = Browser::start().await;
    start(&b, Length::Full, ["Sam", "Alex"]).await;
    play_turn(&b, Length::Full, |i, _| Dynamic::ALL[i % 4], &[], false).await;
    play_turn(
        &b,
        Length::Full,
        |i, _| Dynamic::ALL[(i / 2) % 4],
        &[],
        false,
    )
    .await;
    b.wait_title("You’ve both finished").await;
    b.click("#agree-0").await;
    b.click("#agree-1").await;
    // Timed inside the page: from the click that asks for results (scoring both partners,
    // 2 x 1,000 bootstrap resamples, comparison, prompts) to the frame after they are drawn.
    let ms = b
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            const go = [...document.querySelectorAll('button')].find(x => x.textContent.includes('Show our results'));
            const t0 = performance.now();
            go.click();
            requestAnimationFrame(() => setTimeout(() => done(
              document.querySelector('.results .map') ? performance.now() - t0 : -1)));"#,
            vec![],
        )
        .await
        .unwrap();
    let ms = ms.as_f64().unwrap_or(-1.0);
    assert!(ms >= 0.0, "the results were not drawn");
    println!("results drawn {ms:.1} ms after the last step (30 scenarios each)");
}
