//! Properties of the measurement engine over generated inputs (proptest): regions of
//! pure answers, score bounds, partner symmetry, how uncertainty follows agreement,
//! round trips, and that no input (answers, share codes, saved sessions, names, steps)
//! makes anything panic. Run with `cargo test --test properties`.

use std::collections::HashSet;

#[path = "support/steps.rs"]
mod steps;
use steps::{new_session, swapped, Steps};

use me_and_we::base64::{from_base64, to_base64};
use me_and_we::content::bank::PROMPTS;
use me_and_we::content::bank::SCENARIOS;
use me_and_we::model::compare::{compare, Partner};
use me_and_we::model::dynamics::Dynamic;
use me_and_we::model::prompts::choose;
use me_and_we::model::scoring::{profile, Answer, Profile, Reading};
use me_and_we::model::session::{
    clean_name, Length, Phase, Session, NAME_MAX_CHARS, PLAN_MAX_CHARS,
};
use me_and_we::store;
use proptest::prelude::*;

#[path = "support/cases.rs"]
mod cases;
use cases::config;

const EPS: f64 = 1e-9;

// ---------------------------------------------------------------- strategies

fn dynamic() -> impl Strategy<Value = Dynamic> {
    prop::sample::select(Dynamic::ALL.to_vec())
}

fn least() -> impl Strategy<Value = Option<Dynamic>> {
    prop::option::of(dynamic())
}

/// Any 1..=30 distinct scenario ids of the bank, in any order.
fn scenario_ids() -> impl Strategy<Value = Vec<u8>> {
    let ids: Vec<u8> = SCENARIOS.iter().map(|s| s.id).collect();
    prop::sample::subsequence(ids, 1..=30).prop_shuffle()
}

/// Answers as the app makes them: distinct scenarios of the bank, least never equal to most.
fn valid_answers() -> impl Strategy<Value = Vec<Answer>> {
    scenario_ids().prop_flat_map(|ids| {
        let n = ids.len();
        (Just(ids), prop::collection::vec((dynamic(), least()), n)).prop_map(|(ids, picks)| {
            ids.into_iter()
                .zip(picks)
                .map(|(scenario, (most, least))| Answer {
                    scenario,
                    most,
                    least: least.filter(|l| *l != most),
                })
                .collect()
        })
    })
}

/// Anything the types allow: unknown and repeated scenario ids, least equal to most, none.
fn any_answers() -> impl Strategy<Value = Vec<Answer>> {
    prop::collection::vec(
        (any::<u8>(), dynamic(), least()).prop_map(|(scenario, most, least)| Answer {
            scenario,
            most,
            least,
        }),
        0..=40,
    )
}

/// Every answer "most like me" = `d`, with any "least like me" picks.
fn all_of(d: Dynamic) -> impl Strategy<Value = Vec<Answer>> {
    scenario_ids().prop_flat_map(move |ids| {
        let n = ids.len();
        (Just(ids), prop::collection::vec(least(), n)).prop_map(move |(ids, leasts)| {
            ids.into_iter()
                .zip(leasts)
                .map(|(scenario, least)| Answer {
                    scenario,
                    most: d,
                    least,
                })
                .collect::<Vec<Answer>>()
        })
    })
}

/// A mix of two dynamics where the first holds a strict majority, and the position of
/// one answer of the second (the one to move over).
fn two_dynamic_mix() -> impl Strategy<Value = (Vec<Answer>, usize)> {
    (dynamic(), dynamic(), scenario_ids())
        .prop_filter("two dynamics, three answers", |(major, minor, ids)| {
            major != minor && ids.len() >= 3
        })
        .prop_flat_map(|(major, minor, ids)| {
            let n = ids.len();
            (n / 2 + 1..n).prop_flat_map(move |k| {
                let dynamics: Vec<Dynamic> =
                    (0..n).map(|i| if i < k { major } else { minor }).collect();
                (
                    Just(ids.clone()),
                    Just(dynamics).prop_shuffle(),
                    Just(minor),
                    0..n - k,
                )
            })
        })
        .prop_map(|(ids, dynamics, minor, which)| {
            let answers: Vec<Answer> = ids
                .into_iter()
                .zip(dynamics)
                .map(|(scenario, most)| Answer {
                    scenario,
                    most,
                    least: None,
                })
                .collect();
            let pos = answers
                .iter()
                .enumerate()
                .filter(|(_, a)| a.most == minor)
                .nth(which)
                .map(|(i, _)| i)
                .expect("n - k answers of the minority");
            (answers, pos)
        })
}

// ---------------------------------------------------------------- helpers

/// One axis of an answer's vector, on the -1..=1 scale.
type Axis = fn(&Answer) -> f64;

/// The exact ("plug-in") standard error of the mean on one axis, on the 0..100 scale:
/// what an infinite bootstrap would give.
fn plug_in_se(answers: &[Answer], axis: Axis) -> f64 {
    let n = answers.len() as f64;
    let mean = answers.iter().map(axis).sum::<f64>() / n;
    let var = answers
        .iter()
        .map(|a| (axis(a) - mean).powi(2))
        .sum::<f64>()
        / n;
    var.sqrt() * 100.0 / n.sqrt()
}

fn axis_s(a: &Answer) -> f64 {
    a.vector().s
}

fn axis_c(a: &Answer) -> f64 {
    a.vector().c
}

fn all_equal(answers: &[Answer], axis: Axis) -> bool {
    answers.windows(2).all(|w| axis(&w[0]) == axis(&w[1]))
}

fn in_range(x: f64) -> bool {
    (-100.0 - EPS..=100.0 + EPS).contains(&x)
}

fn assert_sane(p: &Profile, answered: usize) -> Result<(), TestCaseError> {
    let v = p.point;
    for x in [v.s, v.c, v.l, v.f] {
        prop_assert!(in_range(x), "point {:?}", v);
    }
    for (lo, hi) in [p.box_s, p.box_c] {
        prop_assert!(
            in_range(lo) && in_range(hi) && lo <= hi,
            "box {:?}",
            (lo, hi)
        );
    }
    for se in [p.se_s, p.se_c] {
        prop_assert!((0.0..=200.0).contains(&se), "se {}", se);
    }
    prop_assert_eq!(p.answered, answered);
    let total: f64 = p.mix.iter().sum();
    if answered == 0 {
        prop_assert_eq!(p.reading, Reading::Unknown);
        prop_assert_eq!(total, 0.0);
    } else {
        prop_assert!((total - 1.0).abs() < EPS, "mix {:?}", p.mix);
        prop_assert!(
            (p.leads.iter().sum::<f64>() - 1.0).abs() < 1e-6,
            "leads {:?}",
            p.leads
        );
        match p.reading {
            Reading::Mostly(d) => {
                prop_assert!(p.leads[d.index()] >= 0.8);
            }
            Reading::Between(x, y) => {
                prop_assert!(x != y);
                prop_assert!(p.leads.iter().all(|l| *l < 0.8));
                prop_assert!(p.share(x) >= p.share(y));
                prop_assert!(p.mix.iter().filter(|m| **m > p.share(y) + EPS).count() <= 1);
            }
            Reading::NoClearLean => prop_assert!(p.leads.iter().all(|l| *l < 0.8)),
            Reading::Unknown => prop_assert!(false, "unknown with {} answers", answered),
        }
        // Never drawn in a region whose dynamics hold under a third of the mix.
        let held = match p.region() {
            Dynamic::Interdependence => p.share(Dynamic::Interdependence),
            Dynamic::Independence => p.share(Dynamic::Independence),
            _ => p.share(Dynamic::Dependence) + p.share(Dynamic::Codependence),
        };
        prop_assert!(
            held >= 1.0 / 3.0 - 1e-6,
            "drawn in {:?} holding {}",
            p.region(),
            held
        );
    }
    Ok(())
}

// ---------------------------------------------------------------- regions and bounds

proptest! {
    #![proptest_config(config(256))]

    /// Each region is convex and every answer "most like me" = d (whatever the "least
    /// like me" pick) lies in d's region, so the point and every resample do too.
    #[test]
    fn answers_of_one_dynamic_land_in_its_region(
        answers in dynamic().prop_flat_map(all_of)
    ) {
        let d = answers[0].most;
        let p = profile(&answers);
        prop_assert_eq!(p.region(), d, "point {:?}", p.point);
        prop_assert_eq!(p.reading, Reading::Mostly(d));
        prop_assert_eq!(p.share(d), 1.0);
        if answers.iter().all(|a| a.least.is_none()) {
            // No "least like me": exactly the dynamic's vector, scaled, and no spread.
            let v = d.vector().scale(100.0);
            prop_assert!((p.point.s - v.s).abs() < 1e-6 && (p.point.c - v.c).abs() < 1e-6);
            prop_assert!((p.point.l - v.l).abs() < 1e-6 && (p.point.f - v.f).abs() < 1e-6);
            prop_assert!(p.se_s < EPS && p.se_c < EPS);
        }
    }

    #[test]
    fn scores_stay_within_range_for_any_answers(answers in any_answers()) {
        let p = profile(&answers);
        assert_sane(&p, answers.len())?;
        for a in &answers {
            let v = a.vector();
            for x in [v.s, v.c, v.l, v.f] {
                prop_assert!((-1.0..=1.0).contains(&x), "{:?} -> {:?}", a, v);
            }
        }
    }
}

// ---------------------------------------------------------------- determinism and partner symmetry

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn the_same_answers_give_the_same_profile(answers in valid_answers()) {
        prop_assert_eq!(profile(&answers), profile(&answers.clone()));
    }

    #[test]
    fn swapping_partners_swaps_the_comparison(a in valid_answers(), b in valid_answers()) {
        let ab = compare(&SCENARIOS, &a, &b);
        let ba = compare(&SCENARIOS, &b, &a);
        prop_assert_eq!(ba.pattern, swapped(ab.pattern));
        prop_assert_eq!(swapped(ba.pattern), ab.pattern);
        prop_assert_eq!(&ba.profiles[0], &ab.profiles[1]);
        prop_assert_eq!(&ba.profiles[1], &ab.profiles[0]);
        prop_assert_eq!(ba.real_gap_s, ab.real_gap_s);
        prop_assert_eq!(ba.real_gap_c, ab.real_gap_c);
        prop_assert_eq!(&ba.agreements, &ab.agreements);
        prop_assert_eq!(ba.differences.len(), ab.differences.len());
        for (x, y) in ab.differences.iter().zip(&ba.differences) {
            prop_assert_eq!(x.scenario, y.scenario);
            prop_assert_eq!(x.domain, y.domain);
            prop_assert_eq!((x.a, x.b), (y.b, y.a));
            prop_assert_eq!(x.distance, y.distance);
        }
        // Differences are ranked, and with the agreements cover exactly the scenarios
        // both answered.
        prop_assert!(ab.differences.windows(2).all(|w| w[0].distance >= w[1].distance));
        let both: HashSet<u8> = a
            .iter()
            .map(|x| x.scenario)
            .filter(|id| b.iter().any(|y| y.scenario == *id))
            .collect();
        let covered: HashSet<u8> = ab
            .differences
            .iter()
            .map(|d| d.scenario)
            .chain(ab.agreements.iter().map(|g| g.scenario))
            .collect();
        prop_assert_eq!(covered.len(), ab.differences.len() + ab.agreements.len());
        prop_assert_eq!(covered, both);
        // The prompts see the same couple either way (roles aside), and stay well formed.
        let chosen = choose(&PROMPTS, &ab, 7);
        prop_assert!(!chosen.is_empty() && chosen.len() <= 9);
        prop_assert_eq!(chosen[0].key, choose(&PROMPTS, &ba, 7)[0].key);
        let ids: HashSet<u16> = chosen.iter().map(|p| p.id).collect();
        prop_assert_eq!(ids.len(), chosen.len());
    }
}

// ---------------------------------------------------------------- uncertainty

// "Replacing a disagreeing answer with the majority dynamic never increases SE_S + SE_C"
// is NOT true of this implementation, for two separate reasons (both found by an
// exploratory run of 1,405 random replacements: 199 raised the sum, by up to 10.7%):
//
// 1. Resampling noise. The SEs come from 1,000 bootstrap resamples seeded by the answers,
//    so any change of answers reseeds them; the estimate moves by about 2-3% from that
//    alone, which is more than one replaced answer in thirty changes the true SE.
// 2. Even the exact SE can rise (45 of the 1,405): the majority dynamic may be on the
//    minority side of an axis. With 4 interdependent, 3 dependent and 3 codependent
//    answers, S is +1 four times and -1 six times; turning a dependent answer into the
//    majority (interdependent) makes S five and five, the widest possible spread, so
//    SE(S) rises by 2% while SE(C) stays 0.
//
// What is true, and what these properties hold the implementation to:
// - identical answers give zero SE; any spread on an axis gives a positive SE on it;
// - the bootstrap SE on each axis equals the exact ("plug-in") SE, population SD x 100 /
//   sqrt(n), within 15% (observed 0.92..1.08 over 8,000 axes): uncertainty follows the
//   spread of the answers, up to resampling noise;
// - for a mix of two dynamics, moving one answer over to the strict majority always lowers
//   the exact SE on every axis where the two differ; the bootstrap sum never rises by more
//   than the noise (15%), and falls whenever the exact sum falls by more than 30%.

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn identical_answers_give_zero_spread_and_any_spread_a_positive_one(
        answers in valid_answers()
    ) {
        let p = profile(&answers);
        let axes: [(Axis, f64, (f64, f64)); 2] =
            [(axis_s, p.se_s, p.box_s), (axis_c, p.se_c, p.box_c)];
        for (axis, se, (lo, hi)) in axes {
            if answers.len() == 1 || all_equal(&answers, axis) {
                prop_assert!(se < EPS, "se {} for identical values", se);
                prop_assert!(hi - lo < 1e-6, "box {:?} for identical values", (lo, hi));
            } else {
                prop_assert!(se > 0.0, "zero se for a spread");
            }
        }
    }

    #[test]
    fn the_bootstrap_se_matches_the_exact_se(answers in valid_answers()) {
        let p = profile(&answers);
        for (axis, se) in [(axis_s as Axis, p.se_s), (axis_c, p.se_c)] {
            let exact = plug_in_se(&answers, axis);
            if exact > EPS {
                let ratio = se / exact;
                prop_assert!((0.85..=1.15).contains(&ratio), "bootstrap {} vs exact {}", se, exact);
            } else {
                prop_assert!(se < EPS);
            }
        }
    }

    #[test]
    fn moving_an_answer_to_the_majority_shrinks_the_uncertainty(
        (answers, pos) in two_dynamic_mix()
    ) {
        let majority = answers.iter().find(|a| a.most != answers[pos].most).unwrap().most;
        let mut after = answers.clone();
        after[pos].most = majority;
        let axes: [Axis; 2] = [axis_s, axis_c];
        for axis in axes {
            let (x, y) = (plug_in_se(&answers, axis), plug_in_se(&after, axis));
            if all_equal(&answers, axis) {
                prop_assert!(x < EPS && y < EPS);
            } else {
                prop_assert!(y < x, "exact se rose from {} to {}", x, y);
            }
        }
        let exact_before = plug_in_se(&answers, axis_s) + plug_in_se(&answers, axis_c);
        let exact_after = plug_in_se(&after, axis_s) + plug_in_se(&after, axis_c);
        let (p0, p1) = (profile(&answers), profile(&after));
        let (before, now) = (p0.se_s + p0.se_c, p1.se_s + p1.se_c);
        prop_assert!(now <= before * 1.15 + EPS, "se sum rose from {} to {}", before, now);
        if exact_after < 0.7 * exact_before {
            prop_assert!(
                now < before,
                "se sum {} -> {} though exact {} -> {}", before, now, exact_before, exact_after
            );
        }
    }
}

// ---------------------------------------------------------------- no input panics

proptest! {
    #![proptest_config(config(160))]

    /// Arbitrary answers (unknown ids, repeats, least = most, none at all) go through the
    /// whole results pipeline.
    #[test]
    fn the_results_pipeline_takes_any_answers(
        a in any_answers(),
        b in any_answers(),
        seed in any::<u64>(),
    ) {
        let c = compare(&SCENARIOS, &a, &b);
        assert_sane(&c.profiles[0], a.len())?;
        assert_sane(&c.profiles[1], b.len())?;
        let chosen = choose(&PROMPTS, &c, seed);
        prop_assert!(!chosen.is_empty() && chosen.len() <= 9);
        let grouped: usize = c.differences_by_domain().iter().map(|g| g.1.len()).sum();
        prop_assert_eq!(grouped, c.differences.len());
        let grouped: usize = c.agreements_by_domain().iter().map(|g| g.1.len()).sum();
        prop_assert_eq!(grouped, c.agreements.len());
    }
}

proptest! {
    // Decoders of outside input: 100,000 cases each (the guide's floor).
    #![proptest_config(config(100_000))]

    #[test]
    fn saved_sessions_never_panic_on_any_string(text in any::<String>()) {
        if let Ok(s) = store::decode(&text) {
            prop_assert_eq!(store::decode(&store::encode(&s)), Ok(s));
        }
    }

    #[test]
    fn saved_sessions_never_panic_on_near_saves(text in "mw[0-9]{0,3}[.][A-Za-z0-9_-]{0,80}") {
        if let Ok(s) = store::decode(&text) {
            prop_assert_eq!(store::decode(&store::encode(&s)), Ok(s));
        }
    }

    #[test]
    fn base64_round_trips_and_never_panics(
        bytes in prop::collection::vec(any::<u8>(), 0..64),
        text in "[A-Za-z0-9_=+/-]{0,40}",
    ) {
        let encoded = to_base64(&bytes);
        prop_assert_eq!(from_base64(&encoded), Some(bytes));
        match from_base64(&text) {
            Some(decoded) => {
                prop_assert_eq!(decoded.len(), text.len() * 3 / 4);
                prop_assert!(text.len() % 4 != 1, "one leftover digit cannot hold a byte");
            }
            None => prop_assert!(
                text.len() % 4 == 1 || text.contains(['=', '+', '/']),
                "{:?} refused", text
            ),
        }
    }

    #[test]
    fn names_are_always_clean(raw in any::<String>()) {
        check_name(&raw)?;
    }

    #[test]
    fn names_with_spaces_and_controls_are_always_clean(
        raw in "[ \t\n\r\u{0}\u{7}\u{1b}\u{85}\u{a0}\u{2028}aé😀ש<>&]{0,60}"
    ) {
        check_name(&raw)?;
    }
}

fn check_name(raw: &str) -> Result<(), TestCaseError> {
    let words: Vec<&str> = raw
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    let folded = words.join(" ");
    match clean_name(raw) {
        None => prop_assert!(folded.is_empty(), "{:?} dropped", raw),
        Some(name) => {
            prop_assert!(!name.is_empty());
            prop_assert!(name.chars().count() <= NAME_MAX_CHARS, "{:?}", name);
            prop_assert!(!name.chars().any(char::is_control), "{:?}", name);
            prop_assert!(!name.starts_with(' ') && !name.ends_with(' '), "{:?}", name);
            prop_assert!(!name.contains("  "), "{:?}", name);
            prop_assert!(
                name.chars().all(|c| c == ' ' || !c.is_whitespace()),
                "{:?}",
                name
            );
            // The folded name, cut at the cap (never mid-way into a trailing space).
            prop_assert!(folded.starts_with(&name), "{:?} -> {:?}", raw, name);
            if folded.chars().count() <= NAME_MAX_CHARS {
                prop_assert_eq!(&name, &folded);
            } else {
                prop_assert!(name.chars().count() >= NAME_MAX_CHARS - 1, "{:?}", name);
            }
            // Cleaning twice changes nothing.
            prop_assert_eq!(clean_name(&name), Some(name.clone()));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- the session

#[derive(Clone, Debug)]
enum Step {
    Names(String, String),
    TakeTurn,
    Answer(Dynamic, Option<Dynamic>),
    Back,
    FinishSafety,
    Agree(Partner, bool),
    Reveal,
    Reload,
    Talk(Option<u16>, String, String),
}

fn step() -> impl Strategy<Value = Step> {
    let partner = prop::sample::select(vec![Partner::A, Partner::B]);
    prop_oneof![
        1 => (".{0,12}", ".{0,12}").prop_map(|(a, b)| Step::Names(a, b)),
        2 => Just(Step::TakeTurn),
        12 => (dynamic(), least()).prop_map(|(m, l)| Step::Answer(m, l)),
        2 => Just(Step::Back),
        2 => Just(Step::FinishSafety),
        2 => (partner, any::<bool>()).prop_map(|(p, a)| Step::Agree(p, a)),
        1 => Just(Step::Reveal),
        1 => Just(Step::Reload),
        1 => (prop::option::of(0u16..80), ".{0,260}", ".{0,260}")
            .prop_map(|(p, a, b)| Step::Talk(p, a, b)),
    ]
}

fn session() -> impl Strategy<Value = (Session, Vec<Step>)> {
    (
        prop::sample::select(vec![Length::Full, Length::Quick]),
        any::<u64>(),
        prop::collection::vec(step(), 0..300),
    )
        .prop_map(|(length, seed, steps)| (new_session(length, seed), steps))
}

/// Whether `to` may follow `from` in one successful step.
fn legal(from: Phase, to: Phase) -> bool {
    use Phase::*;
    match (from, to) {
        (Setup, Handoff(Partner::A)) => true,
        (Handoff(p), Answering(q)) => p == q,
        (Answering(p), Answering(q) | Safety(q) | Handoff(q)) => p == q,
        (Safety(p), Answering(q)) => p == q,
        (Safety(Partner::A), Handoff(Partner::B)) => true,
        (Safety(Partner::B), Reveal) => true,
        (Reveal, Reveal | Results) => true,
        // A guided talk is kept with the results it came from.
        (Results, Results) => true,
        _ => false,
    }
}

proptest! {
    #![proptest_config(config(150))]

    /// Random taps, stale clicks and reloads: every step either moves along a legal edge
    /// or is refused and changes nothing; answers stay one per scenario of the session.
    #[test]
    fn any_sequence_of_steps_keeps_the_session_consistent((mut s, steps) in session()) {
        let total = s.scenarios(&SCENARIOS).len();
        let ids: HashSet<u8> = s.scenarios(&SCENARIOS).iter().map(|x| x.id).collect();
        for step in steps {
            let before = s.clone();
            let result = match step.clone() {
                Step::Names(a, b) => s.set_names(&a, &b),
                Step::TakeTurn => s.take_turn(),
                Step::Answer(m, l) => s.answer(m, l),
                Step::Back => s.back(),
                Step::FinishSafety => s.finish_safety(),
                Step::Agree(p, a) => s.set_agreed(p, a),
                Step::Reveal => s.reveal(),
                Step::Reload => {
                    s = store::decode(&store::encode(&s)).unwrap().resumed();
                    Ok(())
                }
                Step::Talk(prompt, a, b) => s.talk(prompt, &a, &b),
            };
            match result {
                Err(e) => prop_assert_eq!(&s, &before, "{:?} refused ({:?}) but changed", step, e),
                Ok(()) if matches!(step, Step::Reload) => {}
                Ok(()) => prop_assert!(
                    legal(before.phase(), s.phase()),
                    "{:?}: {:?} -> {:?}", step, before.phase(), s.phase()
                ),
            }
            if s.phase() == Phase::Results {
                prop_assert!(s.agreed(Partner::A) && s.agreed(Partner::B));
            }
            let b_turn_or_later = matches!(
                s.phase(),
                Phase::Handoff(Partner::B)
                    | Phase::Answering(Partner::B)
                    | Phase::Safety(Partner::B)
                    | Phase::Reveal
                    | Phase::Results
            );
            if b_turn_or_later {
                prop_assert_eq!(s.answers(Partner::A).len(), total, "A finished before B's turn");
            }
            if matches!(s.phase(), Phase::Reveal | Phase::Results) {
                prop_assert_eq!(s.answers(Partner::B).len(), total);
            }
            for p in [Partner::A, Partner::B] {
                let list = s.answers(p);
                let seen: HashSet<u8> = list.iter().map(|a| a.scenario).collect();
                prop_assert_eq!(seen.len(), list.len(), "an answer repeats");
                prop_assert!(seen.is_subset(&ids));
                prop_assert!(list.iter().all(|a| a.least != Some(a.most)));
                prop_assert!(s.position(p) < total);
                // Plans are cleaned as names are: capped, no control characters.
                let plan = s.plans()[p.index()].as_deref().unwrap_or("");
                prop_assert!(plan.chars().count() <= PLAN_MAX_CHARS);
                prop_assert!(!plan.chars().any(char::is_control));
                prop_assert_eq!(plan.trim(), plan);
            }
        }
        prop_assert_eq!(store::decode(&store::encode(&s)), Ok(s.clone()));
    }

    #[test]
    fn option_order_is_a_permutation_for_any_seed(seed in any::<u64>(), scenario in any::<u8>()) {
        let s = new_session(Length::Full, seed);
        for p in [Partner::A, Partner::B] {
            let order = s.option_order(p, scenario);
            let set: HashSet<Dynamic> = order.iter().copied().collect();
            prop_assert_eq!(set.len(), 4);
            prop_assert_eq!(order, s.option_order(p, scenario));
        }
    }
}

// ---------------------------------------------------------------- saved sessions, mutated

#[derive(Clone, Debug)]
enum Mutation {
    Flip(usize, char),
    Delete(usize),
    Insert(usize, char),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let ch = prop_oneof![
        prop::sample::select(vec![
            'A', 'B', '_', '-', '.', '0', '1', '2', 'm', 'w', '/', '=', ' '
        ]),
        any::<char>(),
    ];
    prop_oneof![
        (any::<usize>(), ch.clone()).prop_map(|(i, c)| Mutation::Flip(i, c)),
        any::<usize>().prop_map(Mutation::Delete),
        (any::<usize>(), ch).prop_map(|(i, c)| Mutation::Insert(i, c)),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for m in mutations {
        let n = chars.len().max(1);
        match *m {
            Mutation::Flip(i, c) if !chars.is_empty() => chars[i % n] = c,
            Mutation::Delete(i) if !chars.is_empty() => {
                chars.remove(i % n);
            }
            Mutation::Insert(i, c) => chars.insert(i % (chars.len() + 1), c),
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// A session part-way through, made by the real steps.
fn played_session() -> impl Strategy<Value = Session> {
    (
        prop::sample::select(vec![Length::Full, Length::Quick]),
        any::<u64>(),
        ".{0,10}",
        0usize..80,
        prop::collection::vec(any::<u16>(), 0..4),
    )
        .prop_map(|(length, seed, name, steps, talked)| {
            let mut s = new_session(length, seed);
            let _ = s.set_names(&name, "Alex 🌈");
            for i in 0..steps {
                let _ = s.take_turn();
                let _ = s.answer(Dynamic::ALL[i % 4], Some(Dynamic::ALL[(i / 4) % 4]));
                let _ = s.finish_safety();
            }
            // Some reach the results, where "we talked about this" marks are kept.
            let _ = s.set_agreed(Partner::A, true);
            let _ = s.set_agreed(Partner::B, true);
            let _ = s.reveal();
            for t in talked {
                let _ = s.toggle_talked(t);
            }
            s
        })
}

proptest! {
    #![proptest_config(config(100_000))]

    #[test]
    fn saved_sessions_never_panic_on_mutated_saves(
        s in played_session(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let text = store::encode(&s);
        prop_assert_eq!(store::decode(&text), Ok(s));
        let mutated = mutate(&text, &mutations);
        // Either it is still a session (then it saves and loads again unchanged), or an error.
        if let Ok(loaded) = store::decode(&mutated) {
            prop_assert_eq!(store::decode(&store::encode(&loaded)), Ok(loaded));
        }
    }
}

proptest! {
    #![proptest_config(config(100_000))]

    /// Exported files: any text, and real files with a few characters changed, are read
    /// or refused with a reason, never a panic; what is read saves back the same.
    #[test]
    fn files_never_panic_on_any_text_or_mutated_files(
        text in any::<String>(),
        s in played_session(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        if let Ok(read) = store::import(&text) {
            prop_assert_eq!(store::decode(&store::encode(&read)), Ok(read));
        }
        let file = store::export(&s, "2026-12-01");
        prop_assert_eq!(store::import(&file), Ok(s));
        if let Ok(read) = store::import(&mutate(&file, &mutations)) {
            prop_assert_eq!(store::decode(&store::encode(&read)), Ok(read));
        }
    }
}

/// Real saves of format 1 (before check-ins kept their scenario set), which the app
/// converts when it reads them.
const FORMAT1_SAVES: [&str; 3] = [
    include_str!("fixtures/format1/mid-turn.saved"),
    include_str!("fixtures/format1/results.saved"),
    include_str!("fixtures/format1/retake-handoff.saved"),
];

proptest! {
    #![proptest_config(config(100_000))]

    /// Format-1 saves, whole or with a few characters changed, are converted or refused,
    /// never a panic; what converts saves back (as the current format) the same.
    #[test]
    fn format1_saves_never_panic_when_mutated(
        which in 0usize..FORMAT1_SAVES.len(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let text = FORMAT1_SAVES[which].trim();
        let converted = store::decode(text);
        prop_assert!(converted.is_ok(), "{:?}", converted);
        if let Ok(read) = store::decode(&mutate(text, &mutations)) {
            prop_assert_eq!(store::decode(&store::encode(&read)), Ok(read));
        }
    }
}

// ---------------------------------------------------------------- the map's names

proptest! {
    #![proptest_config(config(100_000))]

    /// Wherever the two points fall and whatever the names, each name sits inside the
    /// plot, clear of both points and of the other name; the region and axis names sit
    /// outside the plot and clear of each other, so nothing on the map covers anything.
    #[test]
    fn names_on_the_map_never_cover_each_other_the_points_or_the_regions(
        ax in 30i32..=330, ay in 30i32..=330, bx in 30i32..=330, by in 30i32..=330,
        a in "[A-Za-zÀ-ÿ가-힣🌈 ]{1,12}", b in "[A-Za-zÀ-ÿW 🌈]{1,12}",
    ) {
        use me_and_we::ui::map::{label_spots, overlaps, text_width, PLOT};
        let points = [(ax, ay), (bx, by)];
        let names = [a.as_str(), b.as_str()];
        let spots = label_spots(points, names);
        let areas: Vec<_> = spots
            .iter()
            .zip(names)
            .map(|((cx, base), n)| {
                let w = text_width(n);
                (cx - w / 2, base - 12, w, 16)
            })
            .collect();
        for area in &areas {
            prop_assert!(area.0 >= PLOT.0 - 1 && area.0 + area.2 <= PLOT.0 + PLOT.2 + 1, "{area:?} sideways out");
            prop_assert!(area.2 > 0);
            prop_assert!(area.1 >= PLOT.1 && area.1 + area.3 <= PLOT.1 + PLOT.3, "{area:?} out");
            for (px, py) in points {
                prop_assert!(!overlaps(*area, (px - 10, py - 10, 20, 20)), "{area:?} covers a point");
            }
        }
        prop_assert!(!overlaps(areas[0], areas[1]), "{areas:?}");
    }
}

#[test]
fn the_map_s_region_and_axis_names_sit_outside_the_plot_and_apart() {
    use me_and_we::ui::map::{name_areas, overlaps, PLOT};
    let l = me_and_we::content::english();
    let w = &l.words;
    let left = format!(
        "{} {}",
        w.later.map_region_left_1, w.later.map_region_left_2
    );
    let self_axis = format!("{} →", w.later.map_axis_self);
    let connection = format!("↑ {}", w.later.map_axis_connection);
    let areas = name_areas([
        l.dynamic(Dynamic::Interdependence).name,
        l.dynamic(Dynamic::Independence).name,
        &left,
        &self_axis,
        &connection,
    ]);
    for (i, a) in areas.iter().enumerate() {
        assert!(!overlaps(*a, PLOT), "name {i} {a:?} is inside the plot");
        assert!(a.0 >= 0 && a.0 + a.2 <= 360, "name {i} {a:?} is cut off");
        for b in &areas[i + 1..] {
            assert!(!overlaps(*a, *b), "{a:?} and {b:?} overlap");
        }
    }
}

/// The case CI's random search found (a wide name just below a close point, near the
/// bottom): the name still finds room, inside the plot and clear of both points.
#[test]
fn a_wide_name_under_a_close_point_still_finds_room() {
    use me_and_we::ui::map::{label_spots, overlaps, text_width, PLOT};
    let points = [(171, 278), (171, 301)];
    let names = [" AA", "A🌈aA🌈a🌈ÀÀaÀ🌈"];
    let spots = label_spots(points, names);
    let areas = [0, 1].map(|i| {
        let w = text_width(names[i]);
        (spots[i].0 - w / 2, spots[i].1 - 12, w, 16)
    });
    for area in areas {
        assert!(
            area.1 >= PLOT.1 && area.1 + area.3 <= PLOT.1 + PLOT.3,
            "{area:?} out"
        );
        for (x, y) in points {
            assert!(
                !overlaps(area, (x - 10, y - 10, 20, 20)),
                "{area:?} covers a point"
            );
        }
    }
    assert!(!overlaps(areas[0], areas[1]));
}
