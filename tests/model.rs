//! The measurement engine, tested natively against docs/model.md: regions and scaling,
//! "least like me", readings and uncertainty, couple patterns and differences, prompt
//! selection, the session's state machine, names, share codes and saved sessions.
//! Run with `cargo test --test model`.

use std::collections::{BTreeSet, HashSet};

#[path = "support/steps.rs"]
mod steps;
use steps::{new_session, swapped, Raw, Steps};

use me_and_we::content::bank::PROMPTS;
// The app's own bank: only for sessions stepped through tests/support/steps.rs, which
// applies every step with it. Everything the model computes is tested on `BANK` below.
use me_and_we::content::bank::SCENARIOS;
use me_and_we::model::compare::{
    compare, real_gap, Comparison, CouplePattern, Partner, PatternKind,
};
use me_and_we::model::dynamics::{Dynamic, Vector};
use me_and_we::model::prompts::{choose, suggests_professional, Prompt, PromptKey};
use me_and_we::model::scenario::{Domain, Scenario, ScenarioKind};
use me_and_we::model::scoring::{profile, seed_of, Answer, Profile, Reading, Rng};
use me_and_we::model::session::{
    clean_name, Length, Phase, Refusal, Session, Step, NAME_MAX_CHARS, PLAN_MAX_CHARS,
};
use me_and_we::store::{self, DecodeError};

use Dynamic::{
    Codependence as COD, Dependence as DEP, Independence as IND, Interdependence as INT,
};

// ---------------------------------------------------------------- a canned bank

/// The bank these tests measure with, fixed here so that only a change to the model can
/// break them: a new scenario, a changed flag or a reworded option in the app's bank
/// (src/content/bank.rs) never does. It is the shape the model is built for, as the
/// app's bank had it when this was written: four scenarios in each of the ten domains,
/// the first three of each domain's one of each kind (ids 1 to 30), eight where acting
/// apart is the interdependent move.
static BANK: [Scenario; 40] = {
    use Domain::*;
    use ScenarioKind::*;
    const fn s(id: u8, domain: Domain, kind: ScenarioKind, apart: bool) -> Scenario {
        Scenario {
            id,
            domain,
            kind,
            apart_is_healthy: apart,
        }
    }
    const APART: bool = true;
    const CLOSE: bool = false;
    [
        s(1, Decisions, INeed, CLOSE),
        s(2, Decisions, PartnerStruggling, CLOSE),
        s(3, Decisions, Everyday, CLOSE),
        s(4, Support, INeed, CLOSE),
        s(5, Support, PartnerStruggling, CLOSE),
        s(6, Support, Everyday, CLOSE),
        s(7, TogetherApart, INeed, APART),
        s(8, TogetherApart, PartnerStruggling, APART),
        s(9, TogetherApart, Everyday, APART),
        s(10, FriendsFamily, INeed, CLOSE),
        s(11, FriendsFamily, PartnerStruggling, CLOSE),
        s(12, FriendsFamily, Everyday, APART),
        s(13, Money, INeed, CLOSE),
        s(14, Money, PartnerStruggling, CLOSE),
        s(15, Money, Everyday, CLOSE),
        s(16, Growth, INeed, CLOSE),
        s(17, Growth, PartnerStruggling, CLOSE),
        s(18, Growth, Everyday, APART),
        s(19, Conflict, INeed, CLOSE),
        s(20, Conflict, PartnerStruggling, CLOSE),
        s(21, Conflict, Everyday, CLOSE),
        s(22, Household, INeed, CLOSE),
        s(23, Household, PartnerStruggling, CLOSE),
        s(24, Household, Everyday, CLOSE),
        s(25, Health, INeed, CLOSE),
        s(26, Health, PartnerStruggling, CLOSE),
        s(27, Health, Everyday, APART),
        s(28, Affection, INeed, CLOSE),
        s(29, Affection, PartnerStruggling, CLOSE),
        s(30, Affection, Everyday, CLOSE),
        s(31, Decisions, Everyday, CLOSE),
        s(32, Support, PartnerStruggling, CLOSE),
        s(33, TogetherApart, Everyday, APART),
        s(34, FriendsFamily, INeed, CLOSE),
        s(35, Money, Everyday, CLOSE),
        s(36, Growth, Everyday, APART),
        s(37, Conflict, Everyday, CLOSE),
        s(38, Household, INeed, CLOSE),
        s(39, Health, PartnerStruggling, CLOSE),
        s(40, Affection, INeed, CLOSE),
    ]
};

/// A check-in on the canned bank, with no names and therapist mode off.
fn canned_session(length: Length, seed: u64) -> Session {
    Session::new(length, seed, "", false, &BANK)
}

// ---------------------------------------------------------------- helpers

const EPS: f64 = 1e-9;

/// The scenarios a check-in of this length started with seed 0 asks.
fn drawn_ids(length: Length) -> Vec<u8> {
    canned_session(length, 0)
        .scenarios(&BANK)
        .iter()
        .map(|s| s.id)
        .collect()
}

fn full_ids() -> Vec<u8> {
    drawn_ids(Length::Full)
}

fn quick_ids() -> Vec<u8> {
    drawn_ids(Length::Quick)
}

fn ans(scenario: u8, most: Dynamic) -> Answer {
    Answer {
        scenario,
        most,
        least: None,
    }
}

/// Every scenario in `ids` answered with `d`.
fn all(d: Dynamic, ids: &[u8]) -> Vec<Answer> {
    ids.iter().map(|id| ans(*id, d)).collect()
}

/// `ids` answered in order: the first `n0` with the first dynamic, and so on.
fn mix(parts: &[(Dynamic, usize)], ids: &[u8]) -> Vec<Answer> {
    let dynamics: Vec<Dynamic> = parts
        .iter()
        .flat_map(|(d, n)| std::iter::repeat_n(*d, *n))
        .collect();
    assert!(dynamics.len() <= ids.len(), "more answers than scenarios");
    ids.iter()
        .zip(dynamics)
        .map(|(id, d)| ans(*id, d))
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

fn assert_point(p: &Profile, s: f64, c: f64, l: f64, f: f64) {
    let v = p.point;
    assert!(
        close(v.s, s) && close(v.c, c) && close(v.l, l) && close(v.f, f),
        "point {v:?}, expected ({s}, {c}, {l}, {f})"
    );
}

fn cmp_all(a: Dynamic, b: Dynamic) -> Comparison {
    let ids = full_ids();
    compare(&BANK, &all(a, &ids), &all(b, &ids))
}

/// Where a prompt's key sits in the order `choose` promises.
fn key_rank(key: PromptKey) -> u8 {
    match key {
        PromptKey::Pattern(_) => 0,
        PromptKey::Pair(..) => 1,
        PromptKey::Domain(_) => 2,
        PromptKey::Dynamic(_) => 3,
        PromptKey::Balance => 4,
        PromptKey::Ritual => 5,
        PromptKey::Professional => 6,
    }
}

/// The promises every chosen set keeps, whatever the couple.
fn assert_well_formed(chosen: &[&Prompt], cmp: &Comparison) {
    assert!(
        !chosen.is_empty() && chosen.len() <= 9,
        "{} prompts",
        chosen.len()
    );
    let ids: HashSet<u16> = chosen.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), chosen.len(), "a prompt repeats");
    assert_eq!(chosen[0].key, PromptKey::Pattern(cmp.pattern.kind()));
    let ranks: Vec<u8> = chosen.iter().map(|p| key_rank(p.key)).collect();
    assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "out of order: {ranks:?}"
    );
    for p in chosen {
        assert!(
            PROMPTS.iter().any(|q| q == *p),
            "prompt {} not from the library",
            p.id
        );
    }
}

fn has_key(chosen: &[&Prompt], key: PromptKey) -> bool {
    chosen.iter().any(|p| p.key == key)
}

// ---------------------------------------------------------------- regions and scaling

#[test]
fn each_pure_dynamic_lands_in_its_region_with_the_scaled_vector() {
    let expected = [
        (INT, 100.0, 100.0, 0.0, 0.0),
        (IND, 100.0, -100.0, 0.0, 0.0),
        (DEP, -100.0, 100.0, 100.0, 0.0),
        (COD, -100.0, 100.0, 0.0, 100.0),
    ];
    for ids in [full_ids(), quick_ids()] {
        for (d, s, c, l, f) in expected {
            let p = profile(&all(d, &ids));
            assert_point(&p, s, c, l, f);
            assert_eq!(p.region(), d);
            assert_eq!(p.reading, Reading::Mostly(d));
            assert_eq!(p.share(d), 1.0);
            assert_eq!(p.ranked()[0], d);
            assert_eq!(p.answered, ids.len());
            // Every answer the same: no uncertainty at all.
            assert!(p.se_s < EPS && p.se_c < EPS, "{d:?}: {} {}", p.se_s, p.se_c);
            assert!(close(p.box_s.0, s) && close(p.box_s.1, s), "{:?}", p.box_s);
            assert!(close(p.box_c.0, c) && close(p.box_c.1, c), "{:?}", p.box_c);
        }
    }
}

#[test]
fn a_single_answer_is_enough_for_a_point() {
    for d in Dynamic::ALL {
        let p = profile(&[ans(7, d)]);
        assert_eq!(p.region(), d);
        assert_eq!(p.answered, 1);
        let v = d.vector().scale(100.0);
        assert_point(&p, v.s, v.c, v.l, v.f);
    }
}

#[test]
fn no_answers_give_an_unknown_reading() {
    let p = profile(&[]);
    assert_eq!(p.reading, Reading::Unknown);
    assert_eq!(p.answered, 0);
    assert_eq!(p.mix, [0.0; 4]);
    assert_eq!(p.point, Vector::default());
}

#[test]
fn region_boundary_rules() {
    let r = |s, c, l, f| Vector::new(s, c, l, f).region();
    // S > 0 splits on C; C = 0 is the independent side.
    assert_eq!(r(1.0, 1.0, 0.0, 0.0), INT);
    assert_eq!(r(1.0, 0.0, 0.0, 0.0), IND);
    assert_eq!(r(1.0, -1.0, 0.0, 0.0), IND);
    assert_eq!(r(f64::MIN_POSITIVE, f64::MIN_POSITIVE, 0.0, 0.0), INT);
    // S = 0 belongs to the dependence/codependence side, whatever C is.
    assert_eq!(r(0.0, 100.0, 0.0, 0.0), DEP);
    assert_eq!(r(0.0, -100.0, 0.0, 0.0), DEP);
    assert_eq!(r(-0.0, 100.0, 0.0, 0.0), DEP);
    assert_eq!(r(0.0, 100.0, 0.0, 1.0), COD);
    // L >= F is dependence (ties included), F > L codependence.
    assert_eq!(r(-1.0, 1.0, 50.0, 50.0), DEP);
    assert_eq!(r(-1.0, 1.0, 0.0, 0.0), DEP);
    assert_eq!(r(-1.0, 1.0, 50.0, 49.9), DEP);
    assert_eq!(r(-1.0, 1.0, 49.9, 50.0), COD);
    assert_eq!(r(-1.0, -1.0, -10.0, -5.0), COD);
}

#[test]
fn region_boundaries_through_real_answers() {
    let ids = full_ids();
    // Half interdependent, half dependent: S is exactly 0, lean > fuse.
    let p = profile(&mix(&[(INT, 15), (DEP, 15)], &ids));
    assert_point(&p, 0.0, 100.0, 50.0, 0.0);
    assert_eq!(p.region(), DEP);
    // Half interdependent, half codependent: S is exactly 0, fuse > lean.
    let p = profile(&mix(&[(INT, 15), (COD, 15)], &ids));
    assert_point(&p, 0.0, 100.0, 0.0, 50.0);
    assert_eq!(p.region(), COD);
    // Half dependent, half codependent: lean = fuse, which reads as dependence.
    let p = profile(&mix(&[(DEP, 15), (COD, 15)], &ids));
    assert_point(&p, -100.0, 100.0, 50.0, 50.0);
    assert_eq!(p.region(), DEP);
    // Half interdependent, half independent: C is exactly 0, the independent side.
    let p = profile(&mix(&[(INT, 15), (IND, 15)], &ids));
    assert_point(&p, 100.0, 0.0, 0.0, 0.0);
    assert_eq!(p.region(), IND);
}

// ---------------------------------------------------------------- least like me

#[test]
fn least_like_me_subtracts_half_its_vector() {
    // Codependent most, dependent least: nothing reaches the clamp, so this is exact.
    let a = Answer {
        scenario: 1,
        most: COD,
        least: Some(DEP),
    };
    assert_eq!(a.vector(), Vector::new(-0.5, 0.5, -0.5, 1.0));
    let p = profile(&[a]);
    assert_point(&p, -50.0, 50.0, -50.0, 100.0);
    let answers: Vec<Answer> = full_ids()
        .into_iter()
        .map(|id| Answer {
            scenario: id,
            most: COD,
            least: Some(DEP),
        })
        .collect();
    let p = profile(&answers);
    assert_point(&p, -50.0, 50.0, -50.0, 100.0);
    assert_eq!(p.region(), COD);

    // Interdependent most, independent least: S loses half, C is held at the maximum.
    let a = Answer {
        scenario: 1,
        most: INT,
        least: Some(IND),
    };
    assert_eq!(a.vector(), Vector::new(0.5, 1.0, 0.0, 0.0));
    // Independent most, codependent least: every component pushed outwards, held at 1.
    let a = Answer {
        scenario: 1,
        most: IND,
        least: Some(COD),
    };
    assert_eq!(a.vector(), Vector::new(1.0, -1.0, 0.0, -0.5));
}

#[test]
fn least_like_me_equal_to_most_is_ignored() {
    for d in Dynamic::ALL {
        let a = Answer {
            scenario: 3,
            most: d,
            least: Some(d),
        };
        assert_eq!(a.vector(), d.vector());
    }
}

#[test]
fn least_like_me_keeps_every_score_within_range() {
    for most in Dynamic::ALL {
        for least in Dynamic::ALL {
            let a = Answer {
                scenario: 1,
                most,
                least: Some(least),
            };
            let v = a.vector();
            for x in [v.s, v.c, v.l, v.f] {
                assert!((-1.0..=1.0).contains(&x), "{most:?}/{least:?}: {v:?}");
            }
            // Subtracting half of `least` moves each component the right way (or is held).
            let raw = most.vector() + least.vector().scale(-0.5);
            if least != most {
                assert_eq!(v, raw.clamp(-1.0, 1.0));
            }
            let answers: Vec<Answer> = full_ids()
                .into_iter()
                .map(|id| Answer {
                    scenario: id,
                    most,
                    least: Some(least),
                })
                .collect();
            let p = profile(&answers);
            for x in [p.point.s, p.point.c, p.point.l, p.point.f] {
                assert!(
                    (-100.0..=100.0).contains(&x),
                    "{most:?}/{least:?}: {:?}",
                    p.point
                );
            }
            // The "most like me" dynamic still decides the region.
            assert_eq!(p.region(), most, "{most:?}/{least:?}: {:?}", p.point);
        }
    }
}

// ---------------------------------------------------------------- readings and uncertainty

#[test]
fn readings_come_from_the_mix_in_one_vocabulary() {
    let ids = full_ids();
    // Half interdependent, half independent: both lead half the time.
    let p = profile(&mix(&[(INT, 15), (IND, 15)], &ids));
    match p.reading {
        Reading::Between(x, y) => {
            let pair: BTreeSet<Dynamic> = [x, y].into();
            assert_eq!(pair, [INT, IND].into(), "{:?}", p.reading);
        }
        other => panic!("expected a between reading, got {other:?}"),
    }
    assert_eq!(p.share(INT), 0.5);
    assert!((p.mix.iter().sum::<f64>() - 1.0).abs() < EPS);

    // Four in five interdependent: mostly interdependence, the mix as chosen.
    let p = profile(&mix(&[(INT, 24), (IND, 6)], &ids));
    assert_eq!(p.reading, Reading::Mostly(INT));
    assert!(
        close(p.share(INT), 0.8) && close(p.share(IND), 0.2),
        "{:?}",
        p.mix
    );
    assert_eq!(p.ranked()[0], INT);
    assert!(p.leads[INT.index()] >= 0.8);

    // Two thirds dependent: the lean wins clearly.
    let p = profile(&mix(&[(DEP, 20), (COD, 10)], &ids));
    assert_eq!(p.reading, Reading::Mostly(DEP));
    // Spread over all four: no clear lean.
    let p = profile(&mix(&[(INT, 8), (IND, 7), (DEP, 8), (COD, 7)], &ids));
    assert_eq!(p.reading, Reading::NoClearLean);
    // Three dynamics a third each: the mean point lands in interdependence, but no
    // dynamic leads, so the words say so.
    let p = profile(&mix(&[(INT, 10), (IND, 10), (COD, 10)], &ids));
    assert_point(&p, 100.0 / 3.0, 100.0 / 3.0, 0.0, 100.0 / 3.0);
    assert_eq!(p.reading, Reading::NoClearLean);
    assert_eq!(
        p.region(),
        INT,
        "a third of the choices: a fair place to draw"
    );
    // A "least like me" weighs in a little: one interdependent answer less than ties.
    let mut answers = mix(&[(INT, 11), (IND, 11), (DEP, 8)], &ids);
    for a in answers.iter_mut().take(4) {
        a.least = Some(IND);
    }
    let p = profile(&answers);
    assert!(p.share(INT) > p.share(IND), "{:?}", p.mix);
    assert_eq!(p.ranked()[0], INT);
}

#[test]
fn push_pull_is_drawn_outside_interdependence() {
    let ids = full_ids();
    // Independence and codependence in equal parts, a little interdependence: the mean
    // point averages into the interdependence quadrant.
    let p = profile(&mix(&[(IND, 14), (COD, 13), (INT, 3)], &ids));
    assert!(p.point.s > 0.0 && p.point.c > 0.0, "{:?}", p.point);
    assert_ne!(p.region(), INT, "drawn at {:?}", p.placed);
    assert!(p.placed.0 <= 0.0 || p.placed.1 <= 0.0);
    assert_ne!(p.reading, Reading::Mostly(INT));
    // Nothing is moved that is where its answers are.
    let p = profile(&mix(&[(INT, 20), (IND, 10)], &ids));
    assert_eq!(p.placed, (p.point.s, p.point.c));
}

#[test]
fn same_answers_give_the_identical_profile() {
    let mut rng = Rng::new(42);
    for _ in 0..8 {
        let answers: Vec<Answer> = full_ids()
            .into_iter()
            .map(|id| Answer {
                scenario: id,
                most: Dynamic::ALL[rng.below(4)],
                least: [None, Some(Dynamic::ALL[rng.below(4)])][rng.below(2)],
            })
            .collect();
        let first = profile(&answers);
        let second = profile(&answers.clone());
        assert_eq!(first, second);
        assert_eq!(seed_of(&answers), seed_of(&answers.clone()));
        let b: Vec<Answer> = answers.iter().rev().copied().collect();
        assert_eq!(compare(&BANK, &answers, &b), compare(&BANK, &answers, &b));
    }
}

#[test]
fn the_quick_check_shows_wider_uncertainty() {
    let quick = quick_ids();
    let full = full_ids();
    assert_eq!(quick.len(), 12);
    assert_eq!(full.len(), 30);
    // The same two-to-one mix at both lengths.
    for (d, other) in [(INT, IND), (DEP, INT), (COD, IND)] {
        let q = profile(&mix(&[(d, 8), (other, 4)], &quick));
        let f = profile(&mix(&[(d, 20), (other, 10)], &full));
        assert_point(&f, q.point.s, q.point.c, q.point.l, q.point.f);
        let width = |b: (f64, f64)| b.1 - b.0;
        let q_se = q.se_s + q.se_c;
        let f_se = f.se_s + f.se_c;
        // Theory says sqrt(30/12) = 1.58 times wider; allow for resampling noise.
        assert!(q_se > 1.3 * f_se, "{d:?}: quick {q_se} vs full {f_se}");
        assert!(
            width(q.box_s) + width(q.box_c) > width(f.box_s) + width(f.box_c),
            "{d:?}: quick box {:?} {:?} vs full {:?} {:?}",
            q.box_s,
            q.box_c,
            f.box_s,
            f.box_c
        );
    }
}

#[test]
fn the_box_is_a_90_percent_interval_around_the_point() {
    let ids = full_ids();
    let p = profile(&mix(&[(INT, 17), (IND, 7), (DEP, 6)], &ids));
    assert!(p.box_s.0 <= p.point.s && p.point.s <= p.box_s.1, "{p:?}");
    assert!(p.box_c.0 <= p.point.c && p.point.c <= p.box_c.1, "{p:?}");
    assert!(p.se_s > 0.0 && p.se_c > 0.0);
    // With thirty answers the resampled means are close to normal: a 90% interval is
    // about 2 x 1.645 = 3.3 standard errors wide (a 50% one would be 1.35).
    for (b, se) in [(p.box_s, p.se_s), (p.box_c, p.se_c)] {
        let ratio = (b.1 - b.0) / se;
        assert!(
            (2.8..=3.8).contains(&ratio),
            "box {b:?} is {ratio} SEs wide"
        );
    }
}

// ---------------------------------------------------------------- couple patterns

#[test]
fn both_interdependent_is_mutual_reliance() {
    let c = cmp_all(INT, INT);
    assert_eq!(c.pattern, CouplePattern::MutualReliance);
    assert!(!c.real_gap_s && !c.real_gap_c);
    assert!(c.differences.is_empty());
    assert_eq!(c.agreements.len(), 30);

    // Close but not identical, with no real gap: still mutual reliance.
    let ids = full_ids();
    let a = all(INT, &ids);
    let b = mix(&[(DEP, 2), (INT, 28)], &ids);
    let c = compare(&BANK, &a, &b);
    assert!(!c.real_gap_s && !c.real_gap_c, "{c:?}");
    assert_eq!(c.pattern, CouplePattern::MutualReliance);
}

#[test]
fn both_independent_is_parallel_lives() {
    let c = cmp_all(IND, IND);
    assert_eq!(c.pattern, CouplePattern::ParallelLives);
    assert_eq!(c.pattern.kind(), PatternKind::ParallelLives);
}

#[test]
fn codependent_and_independent_is_pursue_distance() {
    assert_eq!(
        cmp_all(COD, IND).pattern,
        CouplePattern::PursueDistance {
            pursuing: Partner::A,
            distancing: Partner::B
        }
    );
    assert_eq!(
        cmp_all(IND, COD).pattern,
        CouplePattern::PursueDistance {
            pursuing: Partner::B,
            distancing: Partner::A
        }
    );
    // The dependent partner reaches for closeness just as much.
    assert_eq!(
        cmp_all(DEP, IND).pattern,
        CouplePattern::PursueDistance {
            pursuing: Partner::A,
            distancing: Partner::B
        }
    );
}

#[test]
fn dependent_and_codependent_is_over_under_functioning() {
    let c = cmp_all(DEP, COD);
    assert_eq!(
        c.pattern,
        CouplePattern::OverUnderFunctioning {
            leaning: Partner::A,
            fusing: Partner::B
        }
    );
    assert_eq!(
        cmp_all(COD, DEP).pattern,
        CouplePattern::OverUnderFunctioning {
            leaning: Partner::B,
            fusing: Partner::A
        }
    );
    assert_eq!(swapped(c.pattern), cmp_all(COD, DEP).pattern);
    assert_eq!(c.pattern.kind(), PatternKind::OverUnderFunctioning);
}

#[test]
fn other_couples_are_mixed() {
    for (a, b) in [(INT, DEP), (INT, COD), (DEP, DEP), (COD, COD), (INT, IND)] {
        let c = cmp_all(a, b);
        assert_eq!(c.pattern, CouplePattern::Mixed, "{a:?} + {b:?}");
        assert_eq!(cmp_all(b, a).pattern, CouplePattern::Mixed, "{b:?} + {a:?}");
    }
    // Both lean to connection but with a real gap in self: not mutual reliance.
    let ids = full_ids();
    let c = compare(&BANK, &all(INT, &ids), &mix(&[(DEP, 15), (INT, 15)], &ids));
    assert!(c.real_gap_s);
    assert_eq!(c.pattern, CouplePattern::Mixed);
}

#[test]
fn swapped_pattern_swaps_roles_only() {
    let p = CouplePattern::PursueDistance {
        pursuing: Partner::A,
        distancing: Partner::B,
    };
    assert_eq!(
        swapped(p),
        CouplePattern::PursueDistance {
            pursuing: Partner::B,
            distancing: Partner::A
        }
    );
    assert_eq!(swapped(swapped(p)), p);
    for p in [
        CouplePattern::MutualReliance,
        CouplePattern::ParallelLives,
        CouplePattern::Mixed,
    ] {
        assert_eq!(swapped(p), p);
    }
    assert_eq!(Partner::A.other(), Partner::B);
    assert_eq!(Partner::B.other(), Partner::A);
}

// ---------------------------------------------------------------- real gaps

#[test]
fn real_gap_rule() {
    // 1.96 * sqrt(3^2 + 4^2) = 9.8
    assert!(real_gap(10.0, 3.0, 0.0, 4.0));
    assert!(real_gap(0.0, 3.0, 10.0, 4.0));
    assert!(!real_gap(9.7, 3.0, 0.0, 4.0));
    assert!(!real_gap(-9.7, 4.0, 0.0, 3.0));
    // Strictly greater: equal points never differ; with no noise any gap is real.
    assert!(!real_gap(5.0, 0.0, 5.0, 0.0));
    assert!(real_gap(5.0, 0.0, 4.9, 0.0));
    assert!(!real_gap(50.0, 30.0, -30.0, 30.0));
    assert!(real_gap(100.0, 10.0, -100.0, 10.0));
}

#[test]
fn comparison_uses_the_real_gap_rule_on_the_profiles() {
    let ids = full_ids();
    let a = mix(&[(INT, 18), (IND, 12)], &ids);
    let b = mix(&[(COD, 10), (INT, 12), (IND, 8)], &ids);
    let c = compare(&BANK, &a, &b);
    let [pa, pb] = &c.profiles;
    assert_eq!(pa, &profile(&a));
    assert_eq!(pb, &profile(&b));
    assert_eq!(
        c.real_gap_s,
        real_gap(pa.point.s, pa.se_s, pb.point.s, pb.se_s)
    );
    assert_eq!(
        c.real_gap_c,
        real_gap(pa.point.c, pa.se_c, pb.point.c, pb.se_c)
    );
    assert!(cmp_all(INT, IND).real_gap_c);
    assert!(!cmp_all(INT, IND).real_gap_s);
}

// ---------------------------------------------------------------- differences and agreements

#[test]
fn distances_between_dynamics() {
    let d = |x: Dynamic, y: Dynamic| x.vector().distance(y.vector());
    assert!(close(d(IND, DEP), 3.0) && close(d(IND, COD), 3.0));
    assert!(close(d(INT, DEP), 5f64.sqrt()) && close(d(INT, COD), 5f64.sqrt()));
    assert!(close(d(INT, IND), 2.0));
    assert!(close(d(DEP, COD), 2f64.sqrt()));
    for x in Dynamic::ALL {
        assert_eq!(d(x, x), 0.0);
        for y in Dynamic::ALL {
            assert_eq!(d(x, y), d(y, x));
        }
    }
}

#[test]
fn differences_are_ranked_by_distance_and_grouped_by_domain() {
    // The first bank's thirty: three per domain, ids 1 to 30 in domain order.
    let ids: Vec<u8> = (1..=30).collect();
    let a: Vec<Answer> = ids
        .iter()
        .map(|id| ans(*id, if *id == 10 { IND } else { INT }))
        .collect();
    let b: Vec<Answer> = ids
        .iter()
        .map(|id| {
            let d = match id {
                10 => DEP,    // Friends & family: independent vs dependent, 3
                4 | 5 => COD, // Support: interdependent vs codependent, 2.236
                1 => IND,     // Decisions: 2
                7..=9 => IND, // Together & apart: 2, three of them
                29 => DEP,    // Affection: interdependent vs dependent, 2.236
                _ => INT,
            };
            ans(*id, d)
        })
        .collect();
    let c = compare(&BANK, &a, &b);
    let order: Vec<u8> = c.differences.iter().map(|d| d.scenario).collect();
    // Largest first, ties by scenario id.
    assert_eq!(order, vec![10, 4, 5, 29, 1, 7, 8, 9]);
    for d in &c.differences {
        let s = BANK.iter().find(|s| s.id == d.scenario).unwrap();
        assert_eq!(d.domain, s.domain);
        assert_eq!(d.distance, d.a.vector().distance(d.b.vector()));
        assert_ne!(d.a, d.b);
    }
    assert_eq!((c.differences[0].a, c.differences[0].b), (IND, DEP));

    let groups: Vec<(Domain, Vec<u8>)> = c
        .differences_by_domain()
        .into_iter()
        .map(|(dom, list)| (dom, list.iter().map(|d| d.scenario).collect()))
        .collect();
    assert_eq!(
        groups,
        vec![
            (Domain::FriendsFamily, vec![10]),
            // Support and Affection share the largest distance; Support holds more.
            (Domain::Support, vec![4, 5]),
            (Domain::Affection, vec![29]),
            // Same largest distance again: three together-and-apart before one decision.
            (Domain::TogetherApart, vec![7, 8, 9]),
            (Domain::Decisions, vec![1]),
        ]
    );

    // Everything else is an agreement, grouped in domain order.
    assert_eq!(c.agreements.len(), 30 - 8);
    assert!(c.agreements.iter().all(|a| a.dynamic == INT));
    let agreed: Vec<Domain> = c.agreements_by_domain().iter().map(|g| g.0).collect();
    let mut sorted = agreed.clone();
    sorted.sort();
    assert_eq!(agreed, sorted);
    assert!(!agreed.contains(&Domain::TogetherApart));
    let money = c
        .agreements_by_domain()
        .into_iter()
        .find(|g| g.0 == Domain::Money)
        .unwrap();
    assert_eq!(money.1.len(), 3);
}

#[test]
fn different_dynamics_with_the_same_axes_still_differ() {
    // Dependent and codependent share S and C but are different choices.
    let c = cmp_all(DEP, COD);
    assert_eq!(c.differences.len(), 30);
    assert!(c.differences.iter().all(|d| close(d.distance, 2f64.sqrt())));
    assert!(c.agreements.is_empty());
}

#[test]
fn only_scenarios_both_answered_are_compared() {
    let every: Vec<u8> = BANK.iter().map(|s| s.id).collect();
    let a = all(INT, &every);
    let b = mix(&[(IND, 6), (INT, 6)], &quick_ids());
    let c = compare(&BANK, &a, &b);
    assert_eq!(c.differences.len(), 6);
    assert_eq!(c.agreements.len(), 6);
    let quick: HashSet<u8> = quick_ids().into_iter().collect();
    assert!(c.differences.iter().all(|d| quick.contains(&d.scenario)));
    assert!(c.agreements.iter().all(|d| quick.contains(&d.scenario)));
    // Scenario ids outside the bank count for the profile but are never compared.
    let stray = vec![ans(200, IND), ans(201, IND)];
    let c = compare(&BANK, &stray, &stray);
    assert!(c.differences.is_empty() && c.agreements.is_empty());
    assert_eq!(c.profiles[0].answered, 2);
    // Nothing answered at all.
    let c = compare(&BANK, &[], &[]);
    assert!(c.differences.is_empty() && c.agreements.is_empty());
    assert_eq!(c.profiles[0].reading, Reading::Unknown);
}

// ---------------------------------------------------------------- prompts

#[test]
fn chosen_prompts_are_short_ordered_and_start_with_the_pattern() {
    for a in Dynamic::ALL {
        for b in Dynamic::ALL {
            let c = cmp_all(a, b);
            for seed in 0..5 {
                let chosen = choose(&PROMPTS, &c, seed);
                assert_well_formed(&chosen, &c);
                assert!(has_key(&chosen, PromptKey::Balance));
                assert!(has_key(&chosen, PromptKey::Dynamic(a)));
                assert!(has_key(&chosen, PromptKey::Dynamic(b)));
                assert_eq!(chosen, choose(&PROMPTS, &c, seed), "not stable");
            }
        }
    }
}

#[test]
fn chosen_prompts_cover_the_largest_differences() {
    // The canned bank's first thirty, three per domain, so every id below is answered
    // whatever a draw would pick.
    let ids: Vec<u8> = (1..=30).collect();
    let a = all(INT, &ids);
    // Differences in five domains, of different sizes.
    let b: Vec<Answer> = ids
        .iter()
        .map(|id| {
            let d = match id {
                13 | 14 => DEP, // Money: 2.236, two of them
                20 => COD,      // Conflict: 2.236
                25 => IND,      // Health: 2
                2 | 3 => IND,   // Decisions: 2, two of them
                _ => INT,
            };
            ans(*id, d)
        })
        .collect();
    let c = compare(&BANK, &a, &b);
    let top: Vec<Domain> = c
        .differences_by_domain()
        .iter()
        .take(3)
        .map(|g| g.0)
        .collect();
    assert_eq!(
        top,
        vec![Domain::Money, Domain::Conflict, Domain::Decisions]
    );
    for seed in 0..10 {
        let chosen = choose(&PROMPTS, &c, seed);
        assert_well_formed(&chosen, &c);
        let domains: Vec<Domain> = chosen
            .iter()
            .filter_map(|p| match p.key {
                PromptKey::Domain(d) => Some(d),
                _ => None,
            })
            .collect();
        assert_eq!(domains, top[..2], "seed {seed}");
        // Right after the pattern, the conversation for the split they have most often.
        let mut splits: Vec<(PromptKey, usize)> = Vec::new();
        for d in &c.differences {
            let key = PromptKey::pair(d.a, d.b);
            match splits.iter_mut().find(|s| s.0 == key) {
                Some(s) => s.1 += 1,
                None => splits.push((key, 1)),
            }
        }
        let most = splits.iter().map(|s| s.1).max().unwrap();
        assert!(
            splits.iter().any(|s| s.1 == most && s.0 == chosen[1].key),
            "seed {seed}: {:?} is not the most frequent split of {splits:?}",
            chosen[1].key
        );
    }
    // No differences, no domain or pair prompts.
    let c = cmp_all(INT, INT);
    let chosen = choose(&PROMPTS, &c, 1);
    assert!(!chosen
        .iter()
        .any(|p| matches!(p.key, PromptKey::Domain(_) | PromptKey::Pair(..))));
}

#[test]
fn an_independent_partner_gets_a_ritual() {
    for other in Dynamic::ALL {
        for (a, b) in [(IND, other), (other, IND)] {
            let c = cmp_all(a, b);
            for seed in 0..5 {
                let chosen = choose(&PROMPTS, &c, seed);
                assert!(has_key(&chosen, PromptKey::Ritual), "{a:?}+{b:?}");
            }
        }
    }
    for (a, b) in [(INT, INT), (INT, DEP), (DEP, COD), (COD, COD)] {
        let chosen = choose(&PROMPTS, &cmp_all(a, b), 3);
        assert!(!has_key(&chosen, PromptKey::Ritual), "{a:?}+{b:?}");
    }
}

#[test]
fn professional_help_follows_suggests_professional() {
    // Strong fuse: distress.
    let c = cmp_all(COD, INT);
    assert!(suggests_professional(&c));
    let chosen = choose(&PROMPTS, &c, 9);
    assert_eq!(chosen.last().unwrap().key, PromptKey::Professional);

    // Pursue-distance with every answer different: gridlock, even without fuse.
    let c = cmp_all(DEP, IND);
    assert!(c.profiles.iter().all(|p| p.point.f < 50.0));
    assert!(suggests_professional(&c));
    assert!(has_key(&choose(&PROMPTS, &c, 0), PromptKey::Professional));

    // Two interdependent partners: nothing suggests it.
    let c = cmp_all(INT, INT);
    assert!(!suggests_professional(&c));
    for seed in 0..20 {
        assert!(!has_key(
            &choose(&PROMPTS, &c, seed),
            PromptKey::Professional
        ));
    }
    // Nor two partners in parallel lives.
    assert!(!suggests_professional(&cmp_all(IND, IND)));

    // Fuse just under the line, in a pattern that is not polarised: no professional.
    let ids = full_ids();
    let c = compare(&BANK, &mix(&[(COD, 14), (INT, 16)], &ids), &all(INT, &ids));
    assert!(c.profiles[0].point.f < 50.0);
    assert!(!suggests_professional(&c), "{:?}", c.pattern);
    // And at 50 it is.
    let c = compare(&BANK, &mix(&[(COD, 15), (INT, 15)], &ids), &all(INT, &ids));
    assert!(suggests_professional(&c));

    for a in Dynamic::ALL {
        for b in Dynamic::ALL {
            let c = cmp_all(a, b);
            let chosen = choose(&PROMPTS, &c, 4);
            assert_eq!(
                has_key(&chosen, PromptKey::Professional),
                suggests_professional(&c),
                "{a:?}+{b:?}"
            );
        }
    }
}

/// Random couples: each partner has a favourite dynamic they pick most of the time
/// (a third of couples share one), and some "least like me" picks.
fn random_couple(rng: &mut Rng) -> (Vec<Answer>, Vec<Answer>) {
    let ids = if rng.below(3) == 0 {
        quick_ids()
    } else {
        full_ids()
    };
    let partner = |rng: &mut Rng, favourite: Dynamic| {
        let loyalty = rng.below(11); // out of 10
        ids.iter()
            .map(|id| {
                let most = if rng.below(10) < loyalty {
                    favourite
                } else {
                    Dynamic::ALL[rng.below(4)]
                };
                let least = match rng.below(3) {
                    0 => Some(Dynamic::ALL[rng.below(4)]).filter(|l| *l != most),
                    _ => None,
                };
                Answer {
                    scenario: *id,
                    most,
                    least,
                }
            })
            .collect::<Vec<Answer>>()
    };
    let fa = Dynamic::ALL[rng.below(4)];
    let fb = if rng.below(3) == 0 {
        fa
    } else {
        Dynamic::ALL[rng.below(4)]
    };
    let a = partner(rng, fa);
    let b = partner(rng, fb);
    (a, b)
}

#[test]
fn every_prompt_in_the_library_is_reachable() {
    let mut rng = Rng::new(2024);
    let mut seen: HashSet<u16> = HashSet::new();
    let mut kinds: HashSet<PatternKind> = HashSet::new();
    // Comparing is the costly part; choosing is cheap, so each couple gets many seeds.
    for _ in 0..150 {
        let (a, b) = random_couple(&mut rng);
        let c = compare(&BANK, &a, &b);
        kinds.insert(c.pattern.kind());
        for _ in 0..10 {
            let chosen = choose(&PROMPTS, &c, rng.next_u64());
            assert_well_formed(&chosen, &c);
            seen.extend(chosen.iter().map(|p| p.id));
        }
    }
    assert_eq!(kinds.len(), 5, "patterns seen: {kinds:?}");
    let missing: Vec<(u16, PromptKey)> = PROMPTS
        .iter()
        .filter(|p| !seen.contains(&p.id))
        .map(|p| (p.id, p.key))
        .collect();
    assert!(missing.is_empty(), "never chosen: {missing:?}");
}

// ---------------------------------------------------------------- session

/// Answers every scenario of the current partner's turn with `d`.
fn answer_all(s: &mut Session, d: Dynamic) {
    let n = s.scenarios(&SCENARIOS).len();
    for _ in 0..n {
        s.answer(d, None).unwrap();
    }
}

/// Every step from every phase must either move on or leave the session untouched.
fn assert_refused(s: &mut Session, step: impl FnOnce(&mut Session) -> Result<(), Refusal>) {
    let before = s.clone();
    assert_eq!(step(s), Err(Refusal::WrongPhase), "in {:?}", before.phase());
    assert_eq!(*s, before);
}

#[test]
fn a_session_walks_through_every_phase_in_order() {
    let mut s = new_session(Length::Quick, 77);
    assert_eq!(s.phase(), Phase::Setup);
    assert_refused(&mut s, |s| s.take_turn());
    assert_refused(&mut s, |s| s.answer(INT, None));
    assert_refused(&mut s, |s| s.back());
    assert_refused(&mut s, |s| s.finish_safety());
    assert_refused(&mut s, |s| s.set_agreed(Partner::A, true));
    assert_refused(&mut s, |s| s.reveal());

    s.set_names("  Sam ", "Alex").unwrap();
    assert_eq!(s.phase(), Phase::Handoff(Partner::A));
    assert_eq!(s.name(Partner::A), Some("Sam"));
    assert_eq!(s.name(Partner::B), Some("Alex"));
    assert_refused(&mut s, |s| s.set_names("x", "y"));
    assert_refused(&mut s, |s| s.answer(INT, None));
    assert_refused(&mut s, |s| s.back());
    assert_refused(&mut s, |s| s.finish_safety());
    assert_refused(&mut s, |s| s.reveal());

    s.take_turn().unwrap();
    assert_eq!(s.phase(), Phase::Answering(Partner::A));
    assert_refused(&mut s, |s| s.take_turn());
    assert_refused(&mut s, |s| s.finish_safety());
    assert_refused(&mut s, |s| s.set_agreed(Partner::A, true));
    answer_all(&mut s, INT);
    assert_eq!(s.phase(), Phase::Safety(Partner::A));
    assert_eq!(s.progress(Partner::A, &SCENARIOS), (12, 12));
    assert_eq!(s.progress(Partner::B, &SCENARIOS), (0, 12));
    assert_refused(&mut s, |s| s.answer(INT, None));
    assert_refused(&mut s, |s| s.take_turn());
    assert_refused(&mut s, |s| s.reveal());

    s.finish_safety().unwrap();
    assert_eq!(s.phase(), Phase::Handoff(Partner::B));
    s.take_turn().unwrap();
    assert_eq!(s.phase(), Phase::Answering(Partner::B));
    answer_all(&mut s, IND);
    assert_eq!(s.phase(), Phase::Safety(Partner::B));
    s.finish_safety().unwrap();
    assert_eq!(s.phase(), Phase::Reveal);
    assert_refused(&mut s, |s| s.finish_safety());
    assert_refused(&mut s, |s| s.take_turn());
    assert_refused(&mut s, |s| s.back());

    // Results only once both agreed.
    let before = s.clone();
    assert_eq!(s.reveal(), Err(Refusal::NotBothAgreed));
    assert_eq!(s, before);
    s.set_agreed(Partner::A, true).unwrap();
    assert_eq!(s.reveal(), Err(Refusal::NotBothAgreed));
    assert_eq!(s.phase(), Phase::Reveal);
    s.set_agreed(Partner::B, true).unwrap();
    s.set_agreed(Partner::A, false).unwrap();
    assert_eq!(s.reveal(), Err(Refusal::NotBothAgreed));
    s.set_agreed(Partner::A, true).unwrap();
    s.reveal().unwrap();
    assert_eq!(s.phase(), Phase::Results);

    for step in [
        Session::take_turn,
        Session::back,
        Session::finish_safety,
        Session::reveal,
    ] {
        assert_refused(&mut s, step);
    }
    assert_refused(&mut s, |s| s.set_agreed(Partner::B, false));
    assert_refused(&mut s, |s| s.answer(COD, None));

    let a = s.counted_answers(Partner::A);
    let b = s.counted_answers(Partner::B);
    assert_eq!(a.len(), 12);
    assert!(a.iter().all(|x| x.most == INT) && b.iter().all(|x| x.most == IND));
    assert_eq!(
        compare(&SCENARIOS, &a, &b).pattern,
        CouplePattern::Mixed,
        "interdependent + independent"
    );
}

#[test]
fn back_and_change_replaces_the_answer() {
    let mut s = new_session(Length::Full, 5);
    s.set_names("", "").unwrap();
    assert_eq!([s.name(Partner::A), s.name(Partner::B)], [None, None]);
    s.take_turn().unwrap();
    let list: Vec<u8> = s.scenarios(&SCENARIOS).iter().map(|x| x.id).collect();
    s.answer(INT, None).unwrap();
    s.answer(IND, Some(COD)).unwrap();
    assert_eq!(s.position(Partner::A), 2);
    s.back().unwrap();
    assert_eq!(s.position(Partner::A), 1);
    s.answer(DEP, Some(DEP)).unwrap();
    assert_eq!(s.answers(Partner::A).len(), 2, "changed, not added");
    assert_eq!(
        s.answer_for(Partner::A, list[1]),
        Some(&Answer {
            scenario: list[1],
            most: DEP,
            least: None // least equal to most is dropped
        })
    );
    assert_eq!(s.answer_for(Partner::A, list[0]).unwrap().most, INT);
    // Back from the first scenario returns to the hand-off screen.
    s.back().unwrap();
    s.back().unwrap();
    assert_eq!(s.position(Partner::A), 0);
    s.back().unwrap();
    assert_eq!(s.phase(), Phase::Handoff(Partner::A));
    s.take_turn().unwrap();
    assert_eq!(s.position(Partner::A), 0, "resumes where they were");

    // From the safety check, back to the last scenario, then forward again.
    let n = list.len();
    for _ in 0..n {
        s.answer(INT, None).unwrap();
    }
    assert_eq!(s.phase(), Phase::Safety(Partner::A));
    s.back().unwrap();
    assert_eq!(s.phase(), Phase::Answering(Partner::A));
    assert_eq!(s.position(Partner::A), n - 1);
    s.answer(COD, None).unwrap();
    assert_eq!(s.phase(), Phase::Safety(Partner::A));
    assert_eq!(s.answers(Partner::A).len(), n);
    assert_eq!(s.answer_for(Partner::A, list[n - 1]).unwrap().most, COD);
    assert!(s.answers(Partner::B).is_empty(), "partner B untouched");
}

#[test]
fn resumed_goes_back_through_the_handoff() {
    let mut s = new_session(Length::Quick, 1);
    assert_eq!(s.clone().resumed(), s);
    s.set_names("A", "B").unwrap();
    assert_eq!(s.clone().resumed(), s);
    s.take_turn().unwrap();
    s.answer(INT, None).unwrap();
    let r = s.clone().resumed();
    assert_eq!(r.phase(), Phase::Handoff(Partner::A));
    for p in [Partner::A, Partner::B] {
        assert_eq!(r.answers(p), s.answers(p));
        assert_eq!(r.position(p), s.position(p));
    }
    answer_all_remaining(&mut s);
    assert_eq!(s.phase(), Phase::Safety(Partner::A));
    assert_eq!(s.clone().resumed().phase(), Phase::Handoff(Partner::A));
    s.finish_safety().unwrap();
    s.take_turn().unwrap();
    assert_eq!(s.clone().resumed().phase(), Phase::Handoff(Partner::B));
    answer_all_remaining(&mut s);
    assert_eq!(s.clone().resumed().phase(), Phase::Handoff(Partner::B));
    s.finish_safety().unwrap();
    assert_eq!(s.clone().resumed(), s);
    s.set_agreed(Partner::A, true).unwrap();
    s.set_agreed(Partner::B, true).unwrap();
    s.reveal().unwrap();
    assert_eq!(s.clone().resumed(), s);
}

fn answer_all_remaining(s: &mut Session) {
    while let Phase::Answering(_) = s.phase() {
        s.answer(IND, None).unwrap();
    }
}

#[test]
fn session_scenarios_never_repeat_a_domain_back_to_back() {
    for (length, n) in [(Length::Full, 30), (Length::Quick, 12)] {
        let s = canned_session(length, 0);
        let list = s.scenarios(&BANK);
        assert_eq!(list.len(), n);
        let ids: HashSet<u8> = list.iter().map(|x| x.id).collect();
        assert_eq!(ids.len(), n);
        assert!(list.windows(2).all(|w| w[0].domain != w[1].domain));
    }
}

#[test]
fn option_order_is_a_stable_permutation_that_differs_between_partners() {
    let s = canned_session(Length::Full, 0xDEAD_BEEF);
    let mut differ = 0;
    let mut firsts: HashSet<Dynamic> = HashSet::new();
    for sc in BANK.iter() {
        let a = s.option_order(Partner::A, sc.id);
        let b = s.option_order(Partner::B, sc.id);
        for order in [a, b] {
            let set: BTreeSet<Dynamic> = order.iter().copied().collect();
            assert_eq!(set.len(), 4, "{order:?} is not a permutation");
        }
        assert_eq!(a, s.option_order(Partner::A, sc.id));
        assert_eq!(a, s.clone().option_order(Partner::A, sc.id));
        differ += usize::from(a != b);
        firsts.insert(a[0]);
    }
    // Independent shuffles agree one time in 24.
    assert!(
        differ >= 24,
        "only {differ} of {} differ between partners",
        BANK.len()
    );
    assert_eq!(firsts.len(), 4, "every dynamic comes first somewhere");
    // The same seed after a save and load gives the same orders.
    let loaded = store::decode(&store::encode(&s)).unwrap();
    for sc in BANK.iter() {
        assert_eq!(
            loaded.option_order(Partner::B, sc.id),
            s.option_order(Partner::B, sc.id)
        );
    }
    // Another seed shuffles differently.
    let t = canned_session(Length::Full, 12345);
    let same = BANK
        .iter()
        .filter(|sc| t.option_order(Partner::A, sc.id) == s.option_order(Partner::A, sc.id))
        .count();
    assert!(
        same < 10,
        "{same} of {} identical for another seed",
        BANK.len()
    );
}

#[test]
fn talked_marks_toggle_on_the_results_only() {
    let mut before = new_session(Length::Full, 0);
    assert_eq!(before.toggle_talked(12), Err(Refusal::WrongPhase));
    assert!(before.talked_prompts().is_empty());
    let mut s = sessions().pop().unwrap();
    assert_eq!(s.talked_prompts(), [3, 56]);
    s.toggle_talked(12).unwrap();
    s.toggle_talked(40).unwrap();
    assert_eq!(s.talked_prompts(), [3, 56, 12, 40]);
    s.toggle_talked(12).unwrap();
    s.toggle_talked(3).unwrap();
    assert_eq!(s.talked_prompts(), [56, 40]);
    assert!(s.talked(40) && !s.talked(12));
}

#[test]
fn a_guided_talk_counts_marks_its_prompt_and_keeps_cleaned_plans() {
    let mut before = new_session(Length::Quick, 0);
    assert_eq!(before.talk(None, "walk", "cook"), Err(Refusal::WrongPhase));
    assert_eq!(before.plans(), &[None, None]);
    let mut s = sessions().pop().unwrap();
    assert_eq!(s.first_speaker(), Partner::A);
    s.talk(Some(12), "  Take a\n walk\u{202E} after dinner ", "")
        .unwrap();
    assert_eq!(
        s.first_speaker(),
        Partner::B,
        "the next talk starts with the other"
    );
    assert!(s.talked(12), "the talk's prompt is marked");
    assert_eq!(
        s.plans(),
        &[Some("Take a walk after dinner".to_owned()), None]
    );
    // A second talk on the same prompt keeps it marked (it does not toggle it off) and
    // its plans replace the first talk's.
    let long = "ä".repeat(PLAN_MAX_CHARS + 50);
    s.talk(Some(12), "", &long).unwrap();
    assert!(s.talked(12));
    assert_eq!(s.first_speaker(), Partner::A);
    assert_eq!(s.plans()[0], None);
    assert_eq!(
        s.plans()[1].as_deref().map(|p| p.chars().count()),
        Some(PLAN_MAX_CHARS)
    );
    // A talk about a difference marks no prompt.
    let marked = s.talked_prompts().to_vec();
    s.talk(None, "a", "b").unwrap();
    assert_eq!(s.talked_prompts(), marked);
}

#[test]
fn plans_are_recalled_on_the_retake_and_kept_through_saving() {
    let mut s = sessions().pop().unwrap();
    s.talk(
        None,
        "Ask before planning the weekend",
        "One evening a week, phones away",
    )
    .unwrap();
    let saved = store::decode(&store::encode(&s)).unwrap();
    assert_eq!(saved, s, "plans survive a save");
    let file = store::import(&store::export(&s, "2026-12-02")).unwrap();
    assert_eq!(file.plans(), s.plans());
    s.step(Step::Retake {
        date: "2026-12-09".into(),
    })
    .unwrap();
    assert_eq!(
        s.planned_before(),
        &[
            Some("Ask before planning the weekend".to_owned()),
            Some("One evening a week, phones away".to_owned())
        ]
    );
    assert_eq!(
        s.plans(),
        &[None, None],
        "the new round starts with no plans"
    );
    assert_eq!(s.first_speaker(), Partner::A);
    // A file can hold anything: plans from outside are cleaned again.
    let mut raw = Raw::of(&s);
    raw.plans = [
        Some(format!("{}\u{7}x", "y".repeat(300))),
        Some("  ".into()),
    ];
    raw.planned_before[0] = Some("<b>\u{2066}hi".into());
    let read = raw.session().unwrap();
    assert_eq!(
        read.plans()[0].as_deref().map(|p| p.chars().count()),
        Some(PLAN_MAX_CHARS)
    );
    assert_eq!(read.plans()[1], None);
    assert_eq!(read.planned_before()[0].as_deref(), Some("<b> hi"));
}

// ---------------------------------------------------------------- names

#[test]
fn clean_name_trims_and_folds_whitespace() {
    assert_eq!(clean_name("  Sam  "), Some("Sam".into()));
    assert_eq!(clean_name("Mary \t\n  Jo"), Some("Mary Jo".into()));
    assert_eq!(clean_name("Ana\u{00A0}\u{2003}Lu"), Some("Ana Lu".into()));
    assert_eq!(clean_name(""), None);
    assert_eq!(clean_name(" \t\r\n "), None);
}

#[test]
fn clean_name_removes_control_characters() {
    for raw in [
        "Al\u{0}ex",
        "\u{7}Alex\u{1b}",
        "Al\u{7f}ex\u{9f}",
        "A\u{8}lex",
    ] {
        let name = clean_name(raw).unwrap();
        assert!(!name.chars().any(char::is_control), "{name:?}");
        assert_eq!(name.replace(' ', ""), "Alex", "{raw:?} -> {name:?}");
    }
    assert_eq!(clean_name("\u{0}\u{1}\u{1b}"), None);
    assert_eq!(clean_name("\u{1b}[31mRed"), Some("[31mRed".into()));
}

#[test]
fn clean_name_caps_characters_not_bytes() {
    let long = "é".repeat(50);
    let name = clean_name(&long).unwrap();
    assert_eq!(name.chars().count(), NAME_MAX_CHARS);
    assert_eq!(name.len(), 2 * NAME_MAX_CHARS);
    let exact = "x".repeat(NAME_MAX_CHARS);
    assert_eq!(clean_name(&exact), Some(exact.clone()));
    assert_eq!(clean_name(&format!("{exact}y")), Some(exact));
    // The cap never leaves a trailing space.
    let name = clean_name(&format!("{} b", "a".repeat(39))).unwrap();
    assert_eq!(name, "a".repeat(39));
    let name = clean_name(&format!("{} bcd", "a".repeat(37))).unwrap();
    assert_eq!(name, format!("{} bc", "a".repeat(37)));
    let emoji = "😀".repeat(45);
    assert_eq!(clean_name(&emoji).unwrap().chars().count(), NAME_MAX_CHARS);
}

#[test]
fn clean_name_keeps_emoji_scripts_and_markup_as_text() {
    for raw in [
        "Zoë 🌈",
        "👩‍❤️‍👨",
        "שרה",
        "محمد علي",
        "李小龙",
        "<b>Sam</b>",
        "<script>alert(1)</script>",
        "Tom & Jerry",
        "O'Brien \"Bo\"",
    ] {
        assert_eq!(clean_name(raw).as_deref(), Some(raw), "{raw:?}");
    }
}

// ---------------------------------------------------------------- share codes

// ---------------------------------------------------------------- saved sessions

fn sessions() -> Vec<Session> {
    let mut list = vec![
        new_session(Length::Full, 0),
        new_session(Length::Quick, u64::MAX),
    ];
    let mut s = new_session(Length::Quick, 99);
    s.set_names("Zoë 🌈", "<b>שרה</b>").unwrap();
    list.push(s.clone());
    s.take_turn().unwrap();
    s.answer(INT, Some(COD)).unwrap();
    list.push(s.clone());
    while let Phase::Answering(_) = s.phase() {
        s.answer(DEP, None).unwrap();
    }
    list.push(s.clone());
    s.finish_safety().unwrap();
    s.take_turn().unwrap();
    answer_all_remaining(&mut s);
    s.finish_safety().unwrap();
    s.set_agreed(Partner::B, true).unwrap();
    list.push(s.clone());
    s.set_agreed(Partner::A, true).unwrap();
    s.reveal().unwrap();
    s.toggle_talked(3).unwrap();
    s.toggle_talked(56).unwrap();
    list.push(s);
    list
}

#[test]
fn saved_sessions_round_trip() {
    for s in sessions() {
        let text = store::encode(&s);
        assert_eq!(store::decode(&text), Ok(s.clone()), "{text}");
        // And through a second save, character for character.
        assert_eq!(store::encode(&store::decode(&text).unwrap()), text);
        // Safe in a URL or a file without escaping.
        assert!(text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)));
    }
}

#[test]
fn saved_sessions_reject_other_text_newer_versions_and_garbage() {
    let good = store::encode(&sessions().pop().unwrap());
    let half: String = good.chars().take(good.chars().count() / 2).collect();
    let (prefix, data) = good.split_once('.').unwrap();
    assert_eq!(prefix, format!("mw{}", store::VERSION));
    for text in [
        "",
        "   ",
        "garbage",
        "{}",
        "{\"version\":1,\"session\":{}}",
        "null",
        "mw",
        "mw2",
        "mw2.",
        "mw.AAAA",
        "mwx.AAAA",
        "mw-1.AAAA",
        &format!("mw0.{data}"),
        "mw2.!!!!",
        "mw2.A",
        &half,
        &good[..good.len() - 4],
        &format!("mw2.{}", &data[4..]),
        &format!("MW2.{data}"),
        // Format 2's data is not format 1's.
        &format!("mw1.{data}"),
    ] {
        assert_eq!(store::decode(text), Err(DecodeError::NotOurs), "{text:?}");
    }
    // Surrounding whitespace is forgiven.
    assert!(store::decode(&format!("  {good}\n")).is_ok());
    // A newer version is refused as newer, whatever follows.
    let newer = store::VERSION + 1;
    assert_eq!(
        store::decode(&format!("mw{newer}.{data}")),
        Err(DecodeError::NewerVersion(newer))
    );
    assert_eq!(
        store::decode("mw4000000000.xyz"),
        Err(DecodeError::NewerVersion(4_000_000_000))
    );
    assert_eq!(store::VERSION, 4);
}

#[test]
fn saved_sessions_that_do_not_hold_together_are_refused() {
    let done = sessions().pop().unwrap();
    assert_eq!(done.phase(), Phase::Results);
    let mut broken: Vec<(&str, Raw)> = Vec::new();
    let mut s = Raw::of(&done);
    s.answers[1].pop();
    broken.push(("results before B finished", s));
    let mut s = Raw::of(&new_session(Length::Quick, 1));
    s.phase = Phase::Reveal;
    broken.push(("reveal with no answers", s));
    let mut s = Raw::of(&done);
    let first = s.answers[0][0];
    s.answers[0].push(first);
    broken.push(("a repeated answer", s));
    let mut s = Raw::of(&done);
    s.answers[0][0].scenario = 200;
    broken.push(("an unknown scenario", s));
    let mut s = Raw::of(&done);
    s.answers[0][0].least = Some(s.answers[0][0].most);
    broken.push(("least equal to most", s));
    let mut s = Raw::of(&done);
    s.position[1] = s.set.len();
    broken.push(("a position past the end", s));
    let mut s = Raw::of(&done);
    let outside = (1..=40).find(|id| !s.set.contains(id)).unwrap();
    s.answers[0][0].scenario = outside;
    broken.push(("an answer outside the session's set", s));
    let mut s = Raw::of(&done);
    s.set.push(s.set[0]);
    broken.push(("a scenario twice in the set", s));
    let mut s = Raw::of(&done);
    s.set.push(200);
    broken.push(("an unknown scenario in the set", s));
    let mut s = Raw::of(&new_session(Length::Quick, 1));
    s.set.clear();
    broken.push(("an empty set", s));
    // The same edits, undone, open again: the forging itself is sound.
    assert_eq!(Raw::of(&done).session(), Ok(done.clone()));
    for (why, s) in broken {
        assert_eq!(
            store::decode(&s.saved()),
            Err(DecodeError::Inconsistent),
            "{why}"
        );
    }
}

#[test]
fn names_lose_bidi_overrides_but_keep_right_to_left_text() {
    use me_and_we::model::session::clean_name;
    assert_eq!(clean_name("\u{202E}Sam\u{202C}").as_deref(), Some("Sam"));
    assert_eq!(clean_name("نور\u{2067}x").as_deref(), Some("نور x"));
}

#[test]
fn the_last_scenario_leads_to_an_open_one_before_the_safety_check() {
    // Only an edited file can put a partner on the last scenario with others unanswered.
    let mut s = new_session(Length::Quick, 5);
    s.set_names("", "").unwrap();
    s.take_turn().unwrap();
    let last = s.scenarios(&SCENARIOS).len() - 1;
    let mut raw = Raw::of(&s);
    raw.position[0] = last;
    let mut s = raw.session().unwrap();
    s.answer(INT, None).unwrap();
    assert_eq!(
        s.phase(),
        Phase::Answering(me_and_we::model::compare::Partner::A)
    );
    assert_eq!(s.position(Partner::A), 0, "sent to the first open scenario");
    // Through the open ones, and the last one again (its answer can be changed).
    for _ in 0..=last {
        s.answer(IND, None).unwrap();
    }
    assert_eq!(
        s.phase(),
        Phase::Safety(me_and_we::model::compare::Partner::A)
    );
}

#[test]
fn results_without_both_agreeing_are_refused_from_outside() {
    let mut s = new_session(Length::Quick, 5);
    s.set_names("", "").unwrap();
    for _ in 0..2 {
        s.take_turn().unwrap();
        while matches!(s.phase(), Phase::Answering(_)) {
            s.answer(INT, None).unwrap();
        }
        s.finish_safety().unwrap();
    }
    assert_eq!(s.phase(), Phase::Reveal);
    let mut forged = Raw::of(&s);
    forged.phase = Phase::Results;
    assert_eq!(forged.session(), Err(DecodeError::Inconsistent));
    s.set_agreed(me_and_we::model::compare::Partner::A, true)
        .unwrap();
    s.set_agreed(me_and_we::model::compare::Partner::B, true)
        .unwrap();
    s.reveal().unwrap();
    assert!(s.validated(&SCENARIOS).is_ok());
}

#[test]
fn a_retake_is_a_step_from_the_results_only() {
    let done = sessions().pop().unwrap();
    assert_eq!(done.phase(), Phase::Results);
    let retake = Step::Retake {
        date: "2026-12-24".into(),
    };
    // Not before the results.
    let mut early = new_session(Length::Quick, 3);
    assert_eq!(early.step(retake.clone()), Err(Refusal::WrongPhase));
    assert_eq!(early, new_session(Length::Quick, 3));

    let mut next = done.clone();
    next.step(retake).unwrap();
    assert_eq!(next.phase(), Phase::Handoff(Partner::A));
    assert_eq!(next.date(), "2026-12-24");
    assert_eq!(next.length(), done.length());
    for p in [Partner::A, Partner::B] {
        assert_eq!(next.name(p), done.name(p), "names carry over");
        assert!(next.answers(p).is_empty() && !next.has_started(p));
    }
    let round = next.earlier().expect("the earlier round is kept");
    assert_eq!(round.date, done.date());
    assert_eq!(round.answers[0], done.counted_answers(Partner::A));
    assert_eq!(round.answers[1], done.counted_answers(Partner::B));
    // The option orders move on, so a retake is not answered by position.
    let first = done.scenarios(&SCENARIOS)[0].id;
    let moved = (0..12).any(|i| {
        let id = done.scenarios(&SCENARIOS)[i].id;
        done.option_order(Partner::A, id) != next.option_order(Partner::A, id)
    });
    assert!(moved, "scenario {first}: the same orders after a retake");
}

#[test]
fn therapist_mode_is_a_step_kept_with_the_check_in() {
    let mut s = new_session(Length::Quick, 9);
    assert!(!s.therapist());
    s.step(Step::Therapist(true)).unwrap();
    assert!(s.therapist());
    assert!(store::decode(&store::encode(&s)).unwrap().therapist());
    let mut done = sessions().pop().unwrap();
    done.step(Step::Therapist(true)).unwrap();
    done.step(Step::Retake {
        date: String::new(),
    })
    .unwrap();
    assert!(done.therapist(), "a retake keeps therapist mode");
}

#[test]
fn the_question_screen_gets_what_it_shows_from_the_model() {
    let mut s = new_session(Length::Quick, 21);
    s.set_names("", "").unwrap();
    assert!(!s.has_started(Partner::A));
    s.take_turn().unwrap();
    let q = s.question(Partner::A, &SCENARIOS).unwrap();
    let list = s.scenarios(&SCENARIOS);
    assert_eq!((q.scenario, q.number, q.total), (list[0].id, 1, 12));
    assert_eq!(q.order, s.option_order(Partner::A, list[0].id));
    assert_eq!((q.most, q.least), (None, None));
    s.answer(IND, Some(COD)).unwrap();
    assert!(s.has_started(Partner::A) && !s.has_started(Partner::B));
    s.back().unwrap();
    let q = s.question(Partner::A, &SCENARIOS).unwrap();
    assert_eq!(
        (q.most, q.least),
        (Some(IND), Some(COD)),
        "the answer given before"
    );
    for _ in 0..11 {
        s.answer(INT, None).unwrap();
    }
    let q = s.question(Partner::A, &SCENARIOS).unwrap();
    assert!(q.is_last() && q.number == 12);
}

#[test]
fn the_results_are_the_model_s_pieces_put_together() {
    let s = sessions().pop().unwrap();
    let r = s.results(&SCENARIOS, &PROMPTS);
    let a = s.counted_answers(Partner::A);
    let b = s.counted_answers(Partner::B);
    let cmp = compare(&SCENARIOS, &a, &b);
    assert_eq!(r.comparison, cmp);
    assert_eq!(r.differences, cmp.differences_by_domain());
    assert_eq!(r.agreements, cmp.agreements_by_domain());
    assert_eq!(r.professional, suggests_professional(&cmp));
    let mut both = a.clone();
    both.extend(b.iter().copied());
    let ids: Vec<u16> = choose(&PROMPTS, &cmp, seed_of(&both))
        .iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(r.prompts.iter().map(|p| p.id).collect::<Vec<_>>(), ids);
    assert_eq!(r.raw.len(), 12);
    assert!(r
        .raw
        .iter()
        .all(|row| row.answers.iter().all(Option::is_some)));
    assert!(r.moved.is_none());
}

#[test]
fn answers_that_read_as_ideal_get_a_private_second_look() {
    let mut s = new_session(Length::Quick, 4);
    s.set_names("", "").unwrap();
    s.take_turn().unwrap();
    // Eleven of twelve interdependent: 92%, over the 90% line.
    for i in 0..12 {
        s.answer(if i == 5 { IND } else { INT }, None).unwrap();
    }
    assert_eq!(s.phase(), Phase::Safety(Partner::A));
    assert!(s.reads_as_ideal(Partner::A));
    assert!(!s.reads_as_ideal(Partner::B), "no answers, no word");
    // Looking again starts from the first scenario and keeps every answer.
    s.step(Step::Review).unwrap();
    assert_eq!(s.phase(), Phase::Answering(Partner::A));
    assert_eq!(s.position(Partner::A), 0);
    assert_eq!(s.answers(Partner::A).len(), 12);
    assert_eq!(s.step(Step::Review), Err(Refusal::WrongPhase));
    // Changing two answers brings it under the line.
    s.answer(DEP, None).unwrap();
    s.answer(COD, None).unwrap();
    while matches!(s.phase(), Phase::Answering(_)) {
        let q = s.question(Partner::A, &SCENARIOS).unwrap();
        s.answer(q.most.unwrap(), q.least).unwrap();
    }
    assert_eq!(s.phase(), Phase::Safety(Partner::A));
    assert!(!s.reads_as_ideal(Partner::A), "10 of 12 is 83%");
}

#[test]
fn dates_from_outside_are_cleaned_in_every_round() {
    let mut done = sessions().pop().unwrap();
    done.step(Step::Retake {
        date: "2026-12-01".into(),
    })
    .unwrap();
    let mut raw = Raw::of(&done);
    raw.date = "2026-12-01<script>".into();
    raw.earlier.as_mut().unwrap().date = "<b>2026-11-30</b> and a very long tail".into();
    let read = raw.session().unwrap();
    assert_eq!(read.date(), "2026-12-01");
    assert_eq!(read.earlier().unwrap().date, "2026-11-30");
}

// ---------------------------------------------------------------- the scenario set

fn drawn(length: Length, seed: u64) -> Vec<&'static Scenario> {
    canned_session(length, seed).scenarios(&BANK)
}

#[test]
fn a_full_check_in_draws_one_of_each_kind_from_every_domain() {
    use me_and_we::model::scenario::ScenarioKind;
    let mut seen = HashSet::new();
    for seed in 0..500 {
        let set = drawn(Length::Full, seed);
        assert_eq!(set.len(), 30, "seed {seed}");
        let ids: HashSet<u8> = set.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), 30, "seed {seed}: a scenario twice");
        for d in Domain::ALL {
            for k in ScenarioKind::ALL {
                let n = set.iter().filter(|s| s.domain == d && s.kind == k).count();
                assert_eq!(n, 1, "seed {seed}: {d:?} {k:?}");
            }
        }
        // No domain twice in a row.
        assert!(set.windows(2).all(|w| w[0].domain != w[1].domain));
        seen.extend(ids);
    }
    assert_eq!(
        seen.len(),
        BANK.len(),
        "every scenario of the bank gets drawn"
    );
}

#[test]
fn a_quick_look_draws_twelve_four_of_each_kind_two_apart() {
    use me_and_we::model::scenario::ScenarioKind;
    let mut seen = HashSet::new();
    for seed in 0..500 {
        let set = drawn(Length::Quick, seed);
        assert_eq!(set.len(), 12, "seed {seed}");
        let ids: HashSet<u8> = set.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), 12, "seed {seed}: a scenario twice");
        for k in ScenarioKind::ALL {
            assert_eq!(set.iter().filter(|s| s.kind == k).count(), 4, "seed {seed}");
        }
        for d in Domain::ALL {
            let n = set.iter().filter(|s| s.domain == d).count();
            assert!((1..=2).contains(&n), "seed {seed}: {d:?} {n} times");
        }
        let apart = set.iter().filter(|s| s.apart_is_healthy).count();
        assert!(apart >= 2, "seed {seed}: {apart} where apart is healthy");
        seen.extend(ids);
    }
    assert_eq!(
        seen.len(),
        BANK.len(),
        "every scenario of the bank gets drawn"
    );
}

#[test]
fn the_set_is_the_seeds_and_both_partners_answer_it() {
    for length in [Length::Full, Length::Quick] {
        assert_eq!(drawn(length, 7), drawn(length, 7));
        let sets: HashSet<Vec<u8>> = (0..20)
            .map(|seed| drawn(length, seed).iter().map(|s| s.id).collect())
            .collect();
        assert!(sets.len() > 10, "{length:?}: seeds draw different sets");
    }
    // Both partners answer the same scenarios, in the same order.
    let mut s = new_session(Length::Quick, 3);
    s.set_names("", "").unwrap();
    let mut asked = [Vec::new(), Vec::new()];
    for p in [Partner::A, Partner::B] {
        s.take_turn().unwrap();
        while let Some(q) = s.question(p, &SCENARIOS) {
            if !matches!(s.phase(), Phase::Answering(_)) {
                break;
            }
            asked[p.index()].push(q.scenario);
            s.answer(INT, None).unwrap();
        }
        s.finish_safety().unwrap();
    }
    assert_eq!(asked[0], asked[1]);
    assert_eq!(asked[0].len(), 12);
}

#[test]
fn a_retake_draws_fresh_scenarios_where_it_can() {
    // A full retake can only swap the one scenario per domain beyond its three kinds; a
    // quick one is held to its rules (every domain, kinds four each, two apart), which
    // now and then leave no fresh choice.
    for (length, shared_at_most, in_all_at_most) in
        [(Length::Full, 20, 1000), (Length::Quick, 2, 10)]
    {
        let mut in_all = 0;
        for seed in 0..50 {
            // Played on the canned bank, whose shape the limits above are about.
            let mut s = canned_session(length, seed);
            let go = |s: &mut Session, step: Step| s.apply(step, &BANK).unwrap();
            go(
                &mut s,
                Step::Name {
                    a: String::new(),
                    b: String::new(),
                },
            );
            for _ in 0..2 {
                go(&mut s, Step::TakeTurn);
                while let Phase::Answering(_) = s.phase() {
                    go(
                        &mut s,
                        Step::Answer {
                            most: IND,
                            least: None,
                        },
                    );
                }
                go(&mut s, Step::FinishSafety);
            }
            for partner in [Partner::A, Partner::B] {
                go(
                    &mut s,
                    Step::Agree {
                        partner,
                        agreed: true,
                    },
                );
            }
            go(&mut s, Step::Reveal);
            let before: HashSet<u8> = s.scenarios(&BANK).iter().map(|x| x.id).collect();
            go(
                &mut s,
                Step::Retake {
                    date: "2026-12-02".into(),
                },
            );
            let after: HashSet<u8> = s.scenarios(&BANK).iter().map(|x| x.id).collect();
            let shared = before.intersection(&after).count();
            assert!(
                shared <= shared_at_most,
                "{length:?} seed {seed}: {shared} scenarios again"
            );
            assert_eq!(after.len(), before.len());
            in_all += shared;
        }
        println!("{length:?}: {in_all} scenarios met again over 50 retakes");
        assert!(
            in_all <= in_all_at_most,
            "{length:?}: {in_all} scenarios again in 50 retakes"
        );
    }
}

#[test]
fn a_bank_that_grows_keeps_every_saved_check_in() {
    // The saved check-ins are the app's, so the bank that grows is the app's: ten more
    // scenarios after its last id, whatever that is by now.
    let next = SCENARIOS.iter().map(|s| s.id).max().unwrap() + 1;
    let mut grown: Vec<Scenario> = SCENARIOS.to_vec();
    for (i, domain) in Domain::ALL.iter().enumerate() {
        grown.push(Scenario {
            id: next + i as u8,
            domain: *domain,
            kind: ScenarioKind::Everyday,
            apart_is_healthy: false,
        });
    }
    for s in sessions() {
        let before: Vec<u8> = s.scenarios(&SCENARIOS).iter().map(|x| x.id).collect();
        let opened = s.clone().validated(&grown).expect("still opens");
        let after: Vec<u8> = opened.scenarios(&grown).iter().map(|x| x.id).collect();
        assert_eq!(before, after, "the same scenarios, in the same order");
        assert_eq!(
            opened.results(&grown, &PROMPTS),
            s.results(&SCENARIOS, &PROMPTS)
        );
    }
}

#[test]
fn the_summary_names_the_largest_difference_of_each_of_the_top_domains() {
    let s = sessions().pop().unwrap();
    let r = s.results(&SCENARIOS, &PROMPTS);
    let top = r.top_differences();
    assert!(!r.differences.is_empty());
    assert_eq!(
        top.len(),
        r.differences
            .len()
            .min(me_and_we::model::results::SUMMARY_DIFFERENCES)
    );
    for (d, (domain, list)) in top.iter().zip(&r.differences) {
        assert_eq!(d.domain, *domain);
        assert_eq!(*d, list[0], "the largest of its domain");
    }
    let domains: HashSet<_> = top.iter().map(|d| d.domain).collect();
    assert_eq!(domains.len(), top.len(), "one domain each");
    // The talk offers the conversation to start with, then these, then the others.
    let topics = r.topics();
    assert_eq!(topics[0].prompt(), r.start_with().map(|p| p.id));
    assert_eq!(topics.len(), r.prompts.len() + top.len());
    assert!(topics[1..=top.len()].iter().all(|t| t.prompt().is_none()));
}
