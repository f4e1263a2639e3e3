//! Golden results: canned sessions (full, quick, therapist, retake) played step by step,
//! and everything the results show, the option orders and the exported text, written
//! out as text and compared with `tests/fixtures/golden.txt`. A refactor must leave it
//! unchanged; a deliberate change to the reading rewrites it with `GOLDEN=write`.

#[path = "support/steps.rs"]
mod steps;

use me_and_we::content::bank::{PROMPTS, SCENARIOS};
use me_and_we::model::compare::Partner;
use me_and_we::model::dynamics::Dynamic;
use me_and_we::model::scoring::{Profile, Rng};
use me_and_we::model::session::{Length, Phase, Session, Step};
use me_and_we::store;
use std::fmt::Write;
use steps::Steps;

/// Picks a dynamic with the given weights (out of 100) from the generator.
fn pick(rng: &mut Rng, weights: [usize; 4]) -> Dynamic {
    let mut roll = rng.below(100);
    for (i, w) in weights.iter().enumerate() {
        if roll < *w {
            return Dynamic::ALL[i];
        }
        roll -= w;
    }
    Dynamic::ALL[3]
}

/// Plays one partner's whole turn with answers drawn from `weights`, going back once
/// to change an answer, and some "least like me" picks.
fn play_turn(s: &mut Session, rng: &mut Rng, weights: [usize; 4]) {
    s.take_turn().unwrap();
    let mut went_back = false;
    while let Phase::Answering(_) = s.phase() {
        let most = pick(rng, weights);
        let least = (rng.below(3) == 0).then(|| Dynamic::ALL[rng.below(4)]);
        s.answer(most, least).unwrap();
        if !went_back && rng.below(5) == 0 {
            went_back = true;
            s.back().unwrap();
        }
    }
    s.finish_safety().unwrap();
}

fn played(length: Length, seed: u64, weights: [[usize; 4]; 2], names: [&str; 2]) -> Session {
    let mut s = Session::new(length, seed, "2026-11-30", false, &SCENARIOS);
    s.set_names(names[0], names[1]).unwrap();
    let mut rng = Rng::new(seed);
    play_turn(&mut s, &mut rng, weights[0]);
    play_turn(&mut s, &mut rng, weights[1]);
    s.set_agreed(Partner::A, true).unwrap();
    s.set_agreed(Partner::B, true).unwrap();
    s.reveal().unwrap();
    s
}

fn profile_line(out: &mut String, who: &str, p: &Profile) {
    writeln!(
        out,
        "  {who}: point {:?} se ({:?}, {:?}) box {:?} {:?} mix {:?} leads {:?} reading {:?} answered {} placed {:?} region {:?}",
        p.point, p.se_s, p.se_c, p.box_s, p.box_c, p.mix, p.leads, p.reading, p.answered, p.placed, p.region()
    )
    .unwrap();
}

/// Everything the results of `s` show, as text.
fn dump(label: &str, s: &Session) -> String {
    let mut out = format!("== {label}\n");
    let ids: Vec<u8> = s.scenarios(&SCENARIOS).iter().map(|x| x.id).collect();
    writeln!(out, "scenarios {ids:?}").unwrap();
    for p in [Partner::A, Partner::B] {
        let orders: Vec<String> = ids
            .iter()
            .map(|id| format!("{id}:{:?}", s.option_order(p, *id)))
            .collect();
        writeln!(out, "order {p:?} {}", orders.join(" ")).unwrap();
    }
    let a = s.counted_answers(Partner::A);
    let b = s.counted_answers(Partner::B);
    writeln!(out, "answers A {a:?}").unwrap();
    writeln!(out, "answers B {b:?}").unwrap();
    // Everything the results show comes from the model in one call.
    let results = s.results(&SCENARIOS, &PROMPTS);
    let cmp = &results.comparison;
    profile_line(&mut out, "A", &cmp.profiles[0]);
    profile_line(&mut out, "B", &cmp.profiles[1]);
    writeln!(
        out,
        "pattern {:?} gaps {} {}",
        cmp.pattern, cmp.real_gap_s, cmp.real_gap_c
    )
    .unwrap();
    for (domain, list) in &results.differences {
        let items: Vec<String> = list
            .iter()
            .map(|d| format!("{}:{:?}/{:?}:{:?}", d.scenario, d.a, d.b, d.distance))
            .collect();
        writeln!(out, "differ {domain:?} {}", items.join(" ")).unwrap();
    }
    for (domain, list) in &results.agreements {
        let items: Vec<String> = list
            .iter()
            .map(|a| format!("{}:{:?}", a.scenario, a.dynamic))
            .collect();
        writeln!(out, "agree {domain:?} {}", items.join(" ")).unwrap();
    }
    let prompts: Vec<u16> = results.prompts.iter().map(|p| p.id).collect();
    writeln!(out, "prompts {prompts:?}").unwrap();
    writeln!(out, "professional {}", results.professional).unwrap();
    if let (Some(round), Some(moved)) = (s.earlier(), &results.moved) {
        let m = &moved.movement;
        writeln!(out, "earlier {} {:?}", round.date, round.length).unwrap();
        profile_line(&mut out, "A before", &m.before.profiles[0]);
        profile_line(&mut out, "B before", &m.before.profiles[1]);
        writeln!(
            out,
            "moved {:?} pattern {:?} -> {:?}",
            m.moved, m.before.pattern, m.after.pattern
        )
        .unwrap();
    }
    writeln!(
        out,
        "therapist {} talked {:?} earlier wording {}",
        s.therapist(),
        s.talked_prompts(),
        s.earlier_wording()
    )
    .unwrap();
    writeln!(
        out,
        "talk first {:?} plans {:?} planned before {:?}",
        s.first_speaker(),
        results.plans,
        results.planned_before
    )
    .unwrap();
    writeln!(out, "saved {}", store::encode(s)).unwrap();
    write!(out, "{}", store::export(s, "2026-12-01")).unwrap();
    out
}

fn canned() -> Vec<(&'static str, Session)> {
    let full = played(
        Length::Full,
        0x00c0_ffee,
        [[40, 20, 20, 20], [10, 50, 10, 30]],
        ["Sam", "Alex"],
    );
    let quick = played(
        Length::Quick,
        42,
        [[25, 25, 25, 25], [70, 10, 10, 10]],
        ["", "Zoë 🌈"],
    );
    let mut therapist = played(
        Length::Quick,
        7,
        [[10, 45, 0, 45], [0, 10, 45, 45]],
        ["Ana", "Bo"],
    );
    therapist.step(Step::Therapist(true)).unwrap();
    therapist.toggle_talked(3).unwrap();
    therapist.toggle_talked(12).unwrap();
    therapist
        .talk(Some(40), "Say “I need a minute” & come back", "")
        .unwrap();
    let mut retake = full.clone();
    retake
        .talk(
            None,
            "Ask before I plan our weekend",
            "One walk, phones at home",
        )
        .unwrap();
    retake
        .step(Step::Retake {
            date: "2026-12-01".into(),
        })
        .unwrap();
    let mut rng = Rng::new(5);
    play_turn(&mut retake, &mut rng, [60, 13, 13, 14]);
    play_turn(&mut retake, &mut rng, [13, 60, 13, 14]);
    retake.set_agreed(Partner::A, true).unwrap();
    retake.set_agreed(Partner::B, true).unwrap();
    retake.reveal().unwrap();
    vec![
        ("full", full),
        ("quick", quick),
        ("therapist", therapist),
        ("retake", retake),
    ]
}

#[test]
fn canned_sessions_give_the_same_results_as_before() {
    let text: String = canned().iter().map(|(l, s)| dump(l, s)).collect();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/golden.txt");
    if std::env::var("GOLDEN").as_deref() == Ok("write") {
        std::fs::write(path, &text).unwrap();
    }
    let expected = std::fs::read_to_string(path).expect("tests/fixtures/golden.txt");
    for (i, (want, got)) in expected.lines().zip(text.lines()).enumerate() {
        assert_eq!(want, got, "line {} of golden.txt differs", i + 1);
    }
    assert_eq!(expected.lines().count(), text.lines().count());
}

/// Saved data of every earlier format stays readable: each fixture is a real saved
/// string or exported file of that format, and must open and read as it did then.
#[test]
fn saved_data_of_every_format_opens_and_reads_the_same() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let mut text = String::new();
    for format in ["format1", "format2", "format3", "format4"] {
        let mut files: Vec<_> = std::fs::read_dir(format!("{dir}{format}"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".saved") || n.ends_with(".export.txt"))
            .collect();
        files.sort();
        assert!(files.len() >= 4, "{format} has its fixtures");
        for name in files {
            let raw = std::fs::read_to_string(format!("{dir}{format}/{name}")).unwrap();
            let session = if name.ends_with(".saved") {
                store::decode(&raw)
            } else {
                store::import(&raw)
            };
            let session = session.unwrap_or_else(|e| panic!("{format}/{name}: {e:?}"));
            text.push_str(&dump(&format!("{format}/{name}"), &session));
        }
    }
    let path = format!("{dir}format-readings.txt");
    if std::env::var("GOLDEN").as_deref() == Ok("write") {
        std::fs::write(&path, &text).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    for (i, (want, got)) in expected.lines().zip(text.lines()).enumerate() {
        assert_eq!(want, got, "line {} of format-readings.txt differs", i + 1);
    }
    assert_eq!(expected.lines().count(), text.lines().count());
}
