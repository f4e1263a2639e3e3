//! The two-phone codes and the check-in they carry: invites and answers round-trip, fit
//! a version-8 QR code, refuse every kind of bad code with its reason, and no text or
//! bytes make a decoder panic (property tests, 100,000 cases each).

#[path = "support/steps.rs"]
mod steps;
use steps::Steps;

#[path = "support/cases.rs"]
mod cases;
use cases::config;

use me_and_we::content::bank::SCENARIOS;
use me_and_we::model::compare::Partner;
use me_and_we::model::dynamics::Dynamic;
use me_and_we::model::session::{Length, Phase, Refusal, Session, Step};
use me_and_we::share::{self, Code, CodeError, Invite};
use proptest::prelude::*;

/// The QR code module's drawing, as the browser runs it.
#[path = "../src/qr.rs"]
#[allow(dead_code)]
mod qr;

/// The QR version a link needs at level M.
fn qr_version(link: &str) -> u8 {
    qrcodegen::QrCode::encode_text(link, qrcodegen::QrCodeEcc::Medium)
        .expect("it fits a QR code")
        .version()
        .value()
}

/// A link as long as the issue allows for a host and path: 50 characters.
const HOST: &str = "https://someone.github.io/a-sub-path/me-and-we/xx/";

/// The most bytes a QR code of version 8 at level M holds in byte mode.
const VERSION_8_BYTES: usize = 152;

fn started(length: Length, me: Option<Partner>, a: &str, b: &str) -> Session {
    // Every check-in of a test gets its own id, as fresh seeds give in the app.
    static SEED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0x5eed_1234);
    let seed = SEED.fetch_add(0x1_0001, std::sync::atomic::Ordering::Relaxed);
    let mut s = Session::apart(length, seed, "2026-12-06", false, &SCENARIOS, me);
    s.set_names(a, b).unwrap();
    s
}

/// Answers a whole turn: the `k`th scenario gets the `k`th dynamic, round and round.
fn answer_all(s: &mut Session, least: bool) {
    s.take_turn().unwrap();
    let mut k = 0;
    while matches!(s.phase(), Phase::Answering(_)) {
        let most = Dynamic::ALL[k % 4];
        let least = least.then_some(Dynamic::ALL[(k + 1) % 4]);
        s.answer(most, least).unwrap();
        k += 1;
    }
    s.finish_safety().unwrap();
}

fn invite_of(s: &Session) -> Invite {
    match share::read(&share::to_link_text(&share::invite_bytes(
        &s.invite().unwrap(),
    ))) {
        Ok(Code::Invite(i)) => i,
        other => panic!("not an invite: {other:?}"),
    }
}

fn answers_code(s: &Session) -> String {
    share::to_link_text(&share::answers_bytes(&s.my_answers().unwrap()))
}

fn receive(s: &mut Session, code: &str) -> Result<(), Refusal> {
    match share::read(code) {
        Ok(Code::Answers(a)) => s.step(Step::Receive(a)),
        other => panic!("not answers: {other:?}"),
    }
}

#[test]
fn a_two_phone_check_in_reaches_the_same_results_on_both_phones() {
    for length in [Length::Full, Length::Quick] {
        let mut alex = started(length, Some(Partner::A), "Alex", "Sam");
        assert_eq!(alex.phase(), Phase::Handoff(Partner::A));
        let invite = invite_of(&alex);
        assert_eq!(invite.names, [Some("Alex".into()), Some("Sam".into())]);
        let mut sam = Session::joined(&invite, Partner::B, 99, "2026-12-06", &SCENARIOS).unwrap();
        assert_eq!(sam.phase(), Phase::Handoff(Partner::B));
        assert_eq!(sam.scenarios(&SCENARIOS), alex.scenarios(&SCENARIOS));
        // Nothing to send before the turn and its safety check are over.
        assert!(alex.my_answers().is_none());
        answer_all(&mut alex, true);
        assert_eq!(alex.phase(), Phase::Swap);
        answer_all(&mut sam, false);
        let (from_alex, from_sam) = (answers_code(&alex), answers_code(&sam));
        receive(&mut alex, &from_sam).unwrap();
        receive(&mut sam, &from_alex).unwrap();
        assert_eq!(alex.phase(), Phase::Reveal);
        // Each phone's owner alone opens their results.
        assert_eq!(alex.step(Step::Reveal), Err(Refusal::NotBothAgreed));
        alex.set_agreed(Partner::A, true).unwrap();
        alex.reveal().unwrap();
        sam.set_agreed(Partner::B, true).unwrap();
        sam.reveal().unwrap();
        for p in [Partner::A, Partner::B] {
            assert_eq!(alex.counted_answers(p), sam.counted_answers(p));
        }
        assert_eq!(
            format!(
                "{:?}",
                alex.results(&SCENARIOS, &me_and_we::content::bank::PROMPTS)
            ),
            format!(
                "{:?}",
                sam.results(&SCENARIOS, &me_and_we::content::bank::PROMPTS)
            ),
        );
        // Both phones keep it through a save and a reload.
        for s in [&alex, &sam] {
            let again = me_and_we::store::decode(&me_and_we::store::encode(s)).unwrap();
            assert_eq!(&again, s);
        }
    }
}

#[test]
fn a_collecting_device_takes_both_codes_and_answers_nothing() {
    let mut host = started(Length::Quick, None, "", "");
    assert_eq!(host.phase(), Phase::Swap);
    let invite = invite_of(&host);
    assert!(invite.from_collector);
    let mut a = Session::joined(&invite, Partner::A, 1, "", &SCENARIOS).unwrap();
    let mut b = Session::joined(&invite, Partner::B, 2, "", &SCENARIOS).unwrap();
    answer_all(&mut a, false);
    answer_all(&mut b, true);
    assert!(host.my_answers().is_none());
    receive(&mut host, &answers_code(&a)).unwrap();
    assert_eq!(host.phase(), Phase::Swap);
    receive(&mut host, &answers_code(&b)).unwrap();
    assert_eq!(host.phase(), Phase::Reveal);
    host.set_agreed(Partner::A, true).unwrap();
    assert_eq!(host.reveal(), Err(Refusal::NotBothAgreed));
    host.set_agreed(Partner::B, true).unwrap();
    host.reveal().unwrap();
    // On partner A's phone, B's code still arrives as the other's.
    receive(&mut a, &answers_code(&b)).unwrap();
    assert_eq!(a.phase(), Phase::Reveal);
}

#[test]
fn wrong_codes_are_refused_with_their_reason_and_change_nothing() {
    let mut alex = started(Length::Quick, Some(Partner::A), "Alex", "Sam");
    let mut sam = Session::joined(&invite_of(&alex), Partner::B, 3, "", &SCENARIOS).unwrap();
    answer_all(&mut alex, false);
    answer_all(&mut sam, false);
    let mut stranger = started(Length::Quick, Some(Partner::A), "", "");
    let mut other = Session::joined(&invite_of(&stranger), Partner::B, 4, "", &SCENARIOS).unwrap();
    answer_all(&mut stranger, false);
    answer_all(&mut other, false);
    let before = alex.clone();
    let own = answers_code(&alex);
    assert_eq!(receive(&mut alex, &own), Err(Refusal::OwnAnswers));
    assert_eq!(
        receive(&mut alex, &answers_code(&other)),
        Err(Refusal::OtherCheckIn)
    );
    let mut one_device = steps::new_session(Length::Quick, 5);
    assert_eq!(
        receive(&mut one_device, &answers_code(&sam)),
        Err(Refusal::OtherCheckIn)
    );
    assert_eq!(alex, before);
    // Taken once; the same code again is fine, a different one for Sam is not.
    receive(&mut alex, &answers_code(&sam)).unwrap();
    receive(&mut alex, &answers_code(&sam)).unwrap();
    let mut changed = sam.my_answers().unwrap();
    changed.choices[0].0 = Dynamic::ALL[(Dynamic::ALL
        .iter()
        .position(|d| *d == changed.choices[0].0)
        .unwrap()
        + 1)
        % 4];
    changed.choices[0].1 = None;
    assert_eq!(
        alex.step(Step::Receive(changed.clone())),
        Err(Refusal::AlreadyHere)
    );
    changed.choices.pop();
    let mut fresh = before.clone();
    assert_eq!(fresh.step(Step::Receive(changed)), Err(Refusal::Mismatch));
    assert_eq!(fresh, before);
}

#[test]
fn damaged_cut_edited_and_newer_codes_are_told_apart() {
    let mut alex = started(Length::Full, Some(Partner::A), "Alex", "Sam");
    answer_all(&mut alex, true);
    let bytes = share::answers_bytes(&alex.my_answers().unwrap());
    let text = share::to_link_text(&bytes);
    assert!(matches!(share::read(&text), Ok(Code::Answers(_))));
    // Cut short, one character changed, one bit flipped anywhere: damaged.
    for cut in 1..text.len() {
        assert_eq!(
            share::read(&text[..cut]),
            Err(CodeError::Damaged),
            "cut at {cut}"
        );
    }
    for i in 0..bytes.len() {
        for bit in 0..8 {
            let mut edited = bytes.clone();
            edited[i] ^= 1 << bit;
            let got = share::read_bytes(&edited);
            assert_eq!(got, Err(CodeError::Damaged), "byte {i} bit {bit}");
        }
    }
    assert_eq!(share::read("hello there"), Err(CodeError::Damaged));
    assert_eq!(share::read(""), Err(CodeError::Damaged));
    // A newer format that arrived whole (its check holds) says so, in both forms.
    let mut newer = bytes[..bytes.len() - 4].to_vec();
    newer[0] = (share::FORMAT + 1) << 4 | 1;
    let check = me_and_we::model::fnv1a(newer.iter().copied()).to_le_bytes();
    newer.extend_from_slice(&check[..4]);
    for text in [share::to_link_text(&newer), share::to_typed(&newer)] {
        assert_eq!(share::read(&text), Err(CodeError::Newer));
    }
}

#[test]
fn links_typed_codes_and_whole_addresses_all_read() {
    let mut alex = started(Length::Quick, Some(Partner::A), "Alex", "Sam");
    answer_all(&mut alex, true);
    let bytes = share::answers_bytes(&alex.my_answers().unwrap());
    let want = share::read_bytes(&bytes).unwrap();
    let link = format!("{HOST}{}{}", share::LINK_MARK, share::to_link_text(&bytes));
    let typed = share::to_typed(&bytes);
    assert!(typed
        .chars()
        .all(|c| c == ' ' || share::TYPED.contains(&(c as u8))));
    for text in [
        link.clone(),
        format!("  {link}\n"),
        share::to_link_text(&bytes),
        typed.clone(),
        typed.to_lowercase(),
        typed.replace(' ', "-"),
        typed.replace(' ', ""),
        typed.replace('0', "O").replace('1', "l"),
    ] {
        assert_eq!(share::read(&text).as_ref(), Ok(&want), "{text}");
    }
}

#[test]
fn every_code_of_a_full_check_in_fits_a_version_8_qr_code() {
    let mut alex = started(
        Length::Full,
        Some(Partner::A),
        "Ana María José López",
        "名前がとても長い人です",
    );
    let invite = share::invite_bytes(&alex.invite().unwrap());
    let link = |bytes: &[u8]| format!("{HOST}{}{}", share::LINK_MARK, share::to_link_text(bytes));
    assert!(link(&invite).len() <= VERSION_8_BYTES, "{}", link(&invite));
    // Names are cut at a character, within the cap.
    let Ok(Code::Invite(read)) = share::read_bytes(&invite) else {
        panic!()
    };
    for name in read.names.iter().flatten() {
        assert!(name.len() <= share::NAME_BYTES);
    }
    assert!(read.names[0].as_deref().unwrap().starts_with("Ana María"));
    answer_all(&mut alex, true);
    let open = share::answers_bytes(&alex.my_answers().unwrap());
    let (aad, plain) = share::to_seal(&alex.my_answers().unwrap());
    let sealed_len = plain.len() + 16;
    let locked = share::locked_bytes(
        &aad,
        &[0; share::SALT_BYTES],
        &[0; share::IV_BYTES],
        &vec![0; sealed_len],
    );
    assert!(link(&open).len() <= VERSION_8_BYTES);
    assert!(
        link(&locked).len() <= VERSION_8_BYTES,
        "{}",
        link(&locked).len()
    );
    for bytes in [&invite, &open, &locked] {
        assert!(qr_version(&link(bytes)) <= 8, "{}", link(bytes));
    }
}

/// The figures the note reports: each code's bytes, characters and QR version (with a
/// 50-character host and path), full and quick.
#[test]
fn code_lengths_and_qr_versions() {
    for length in [Length::Full, Length::Quick] {
        let mut alex = started(length, Some(Partner::A), "Alexandra", "Samuel");
        let invite = share::invite_bytes(&alex.invite().unwrap());
        answer_all(&mut alex, true);
        let open = share::answers_bytes(&alex.my_answers().unwrap());
        let (aad, plain) = share::to_seal(&alex.my_answers().unwrap());
        let locked = share::locked_bytes(&aad, &[0; 16], &[0; 12], &vec![0; plain.len() + 16]);
        for (what, bytes) in [("invite", &invite), ("answers", &open), ("locked", &locked)] {
            let link = format!("{HOST}{}{}", share::LINK_MARK, share::to_link_text(bytes));
            println!(
                "{length:?} {what}: {} B, {} characters, link {} characters, QR version {}",
                bytes.len(),
                share::to_link_text(bytes).len(),
                link.len(),
                qr_version(&link)
            );
        }
        println!(
            "{length:?} typed: {} characters",
            share::to_typed(&open).replace(' ', "").len()
        );
    }
}

#[test]
fn the_qr_module_draws_a_code_of_the_right_size() {
    let link = format!("{HOST}{}AAAA", share::LINK_MARK);
    let svg = qr::svg(&link).unwrap();
    let v = i32::from(qr_version(&link));
    let side = 17 + 4 * v + 8;
    assert!(svg.starts_with("<svg "), "{svg}");
    assert!(
        svg.contains(&format!("viewBox=\"0 0 {side} {side} \"")),
        "{svg}"
    );
    // Dark modules on a light ground, whatever the page's theme.
    assert!(svg.contains(r##"fill="#fff""##) && svg.contains(r##"fill="#000""##));
    // As the module exports it to the page.
    let bytes = link.as_bytes();
    let input = qr::qr_input(bytes.len());
    // SAFETY: qr_input gave room for exactly these bytes.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), input, bytes.len()) };
    let len = qr::qr_draw();
    // SAFETY: qr_draw wrote `len` bytes at qr_output.
    let out = unsafe { std::slice::from_raw_parts(qr::qr_output(), len) };
    assert_eq!(std::str::from_utf8(out).unwrap(), svg);
    // Too long for any QR code: nothing drawn, no panic.
    assert!(qr::svg(&"x".repeat(8000)).is_none());
}

#[test]
fn an_invite_naming_scenarios_this_build_lacks_is_refused() {
    let alex = started(Length::Quick, Some(Partner::A), "", "");
    let mut invite = alex.invite().unwrap();
    invite.set[0] = 63;
    let read = match share::read_bytes(&share::invite_bytes(&invite)) {
        Ok(Code::Invite(i)) => i,
        other => panic!("{other:?}"),
    };
    assert_eq!(read.set[0], 63);
    assert!(Session::joined(&read, Partner::B, 1, "", &SCENARIOS).is_err());
}

#[test]
fn a_retake_on_two_phones_is_a_new_check_in_with_a_new_invite() {
    let mut alex = started(Length::Quick, Some(Partner::A), "Alex", "Sam");
    let mut sam = Session::joined(&invite_of(&alex), Partner::B, 3, "", &SCENARIOS).unwrap();
    answer_all(&mut alex, false);
    answer_all(&mut sam, false);
    receive(&mut alex, &answers_code(&sam)).unwrap();
    alex.set_agreed(Partner::A, true).unwrap();
    alex.reveal().unwrap();
    let old = alex.apart_mode().unwrap().id;
    let before_retake = alex.clone();
    alex.step(Step::Retake {
        date: "2026-12-20".into(),
    })
    .unwrap();
    assert_eq!(alex.phase(), Phase::Handoff(Partner::A));
    assert_ne!(alex.apart_mode().unwrap().id, old);
    assert!(alex.earlier().is_some());
    // The old round's code no longer fits.
    answer_all(&mut alex, false);
    assert_eq!(
        receive(&mut alex, &answers_code(&sam)),
        Err(Refusal::OtherCheckIn)
    );
    // Sam's phone retakes the same day: its own set, so its own id, never Alex's.
    receive(&mut sam, &answers_code(&before_retake)).unwrap();
    sam.set_agreed(Partner::B, true).unwrap();
    sam.reveal().unwrap();
    sam.step(Step::Retake {
        date: "2026-12-20".into(),
    })
    .unwrap();
    assert_ne!(sam.apart_mode().unwrap().id, alex.apart_mode().unwrap().id);
    answer_all(&mut sam, false);
    assert_eq!(
        receive(&mut alex, &answers_code(&sam)),
        Err(Refusal::OtherCheckIn)
    );
}

fn answers_strategy() -> impl Strategy<Value = share::Answers> {
    let choice = (0usize..4, prop::option::of(0usize..4)).prop_map(|(m, l)| {
        (
            Dynamic::ALL[m],
            l.map(|l| Dynamic::ALL[l]).filter(|l| *l != Dynamic::ALL[m]),
        )
    });
    (
        any::<[u8; 8]>(),
        any::<bool>(),
        prop::collection::vec(choice, 0..40),
    )
        .prop_map(|(id, b, choices)| share::Answers {
            id,
            partner: if b { Partner::B } else { Partner::A },
            choices,
        })
}

proptest! {
    #![proptest_config(config(100_000))]

    /// Any text at all: `read` answers, never panics.
    #[test]
    fn any_text_is_read_or_refused(text in ".{0,160}") {
        let _ = share::read(&text);
    }

    /// Any bytes: `read_bytes` and the unsealed-answers reader answer, never panic.
    #[test]
    fn any_bytes_are_read_or_refused(bytes in prop::collection::vec(any::<u8>(), 0..120)) {
        let _ = share::read_bytes(&bytes);
        let _ = share::opened([0; 8], &bytes);
        let _ = share::read(&share::to_typed(&bytes));
    }

    /// Answers survive the trip in both text forms, and any one damaged byte is caught.
    #[test]
    fn answers_round_trip_and_damage_is_caught(
        answers in answers_strategy(),
        at in any::<prop::sample::Index>(),
        flip in 1u8..=255,
    ) {
        let bytes = share::answers_bytes(&answers);
        let want = Ok(Code::Answers(answers.clone()));
        prop_assert_eq!(share::read(&share::to_link_text(&bytes)), want.clone());
        prop_assert_eq!(share::read(&share::to_typed(&bytes)), want);
        let mut damaged = bytes.clone();
        damaged[at.index(bytes.len())] ^= flip;
        prop_assert!(!matches!(share::read_bytes(&damaged), Ok(Code::Answers(a)) if a == answers));
        let (_, plain) = share::to_seal(&answers);
        prop_assert_eq!(share::opened(answers.id, &plain), Ok(answers));
    }

    /// Invites of any set and any names survive the trip (names capped and cleaned).
    #[test]
    fn invites_round_trip(
        id in any::<[u8; 8]>(),
        set in prop::collection::vec(1u8..64, 0..40),
        quick in any::<bool>(),
        from_collector in any::<bool>(),
        a in ".{0,30}",
        b in ".{0,30}",
    ) {
        let invite = Invite {
            id,
            length: if quick { Length::Quick } else { Length::Full },
            set,
            names: [Some(a), Some(b)],
            from_collector,
        };
        let Ok(Code::Invite(read)) = share::read(&share::to_link_text(&share::invite_bytes(&invite))) else {
            return Err(TestCaseError::fail("not read back"));
        };
        prop_assert_eq!(&read.set, &invite.set);
        prop_assert_eq!(read.length, invite.length);
        prop_assert_eq!(read.from_collector, invite.from_collector);
        for (got, sent) in read.names.iter().zip(&invite.names) {
            let sent = sent.as_deref().unwrap_or("");
            if let Some(got) = got {
                prop_assert!(got.len() <= share::NAME_BYTES);
                prop_assert!(!got.is_empty());
                // What arrives is the start of what was sent, cleaned.
                let cleaned = me_and_we::model::session::clean_name(sent).unwrap_or_default();
                prop_assert!(cleaned.starts_with(got.split(' ').next().unwrap_or("")));
            }
        }
    }
}
