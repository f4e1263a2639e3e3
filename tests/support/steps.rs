//! Test support: a session's steps by name (each one `Session::apply` of a `Step`), and a
//! raw mirror of the saved form, to forge the sessions only an edited file could hold.
#![allow(dead_code)]

use me_and_we::base64::{from_base64, to_base64};
use me_and_we::content::bank::SCENARIOS;
use me_and_we::model::compare::Partner;
use me_and_we::model::dynamics::Dynamic;
use me_and_we::model::scoring::Answer;
use me_and_we::model::session::{Apart, Length, Phase, Refusal, Round, Session, Step};
use serde::{Deserialize, Serialize};

pub trait Steps {
    fn step(&mut self, step: Step) -> Result<(), Refusal>;

    fn set_names(&mut self, a: &str, b: &str) -> Result<(), Refusal> {
        self.step(Step::Name {
            a: a.into(),
            b: b.into(),
        })
    }
    fn take_turn(&mut self) -> Result<(), Refusal> {
        self.step(Step::TakeTurn)
    }
    fn answer(&mut self, most: Dynamic, least: Option<Dynamic>) -> Result<(), Refusal> {
        self.step(Step::Answer { most, least })
    }
    fn back(&mut self) -> Result<(), Refusal> {
        self.step(Step::Back)
    }
    fn finish_safety(&mut self) -> Result<(), Refusal> {
        self.step(Step::FinishSafety)
    }
    fn set_agreed(&mut self, partner: Partner, agreed: bool) -> Result<(), Refusal> {
        self.step(Step::Agree { partner, agreed })
    }
    fn reveal(&mut self) -> Result<(), Refusal> {
        self.step(Step::Reveal)
    }
    fn toggle_talked(&mut self, prompt: u16) -> Result<(), Refusal> {
        self.step(Step::Talked(prompt))
    }
    fn talk(&mut self, prompt: Option<u16>, a: &str, b: &str) -> Result<(), Refusal> {
        self.step(Step::Talk {
            prompt,
            plans: [a.into(), b.into()],
        })
    }
}

impl Steps for Session {
    fn step(&mut self, step: Step) -> Result<(), Refusal> {
        self.apply(step, &SCENARIOS)
    }
}

/// A session started on no particular day, therapist mode off.
pub fn new_session(length: Length, seed: u64) -> Session {
    Session::new(length, seed, "", false, &SCENARIOS)
}

/// The saved form's fields, in `Session`'s order, open for a test to edit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Raw {
    pub length: Length,
    pub set: Vec<u8>,
    pub earlier_wording: bool,
    pub names: [Option<String>; 2],
    pub phase: Phase,
    pub answers: [Vec<Answer>; 2],
    pub position: [usize; 2],
    pub seed: u64,
    pub agreed: [bool; 2],
    pub talked: Vec<u16>,
    pub therapist: bool,
    pub date: String,
    pub earlier: Option<Round>,
    pub talks: u16,
    pub plans: [Option<String>; 2],
    pub planned_before: [Option<String>; 2],
    pub apart: Option<Apart>,
}

impl Raw {
    pub fn of(s: &Session) -> Raw {
        let text = me_and_we::store::encode(s);
        let bytes = from_base64(text.split_once('.').unwrap().1).unwrap();
        postcard::from_bytes(&bytes).unwrap()
    }

    /// As the app would save it (the current format), for `store::decode` to judge.
    pub fn saved(&self) -> String {
        format!(
            "mw{}.{}",
            me_and_we::store::VERSION,
            to_base64(&postcard::to_allocvec(self).unwrap())
        )
    }

    /// The session this would be, if it held together.
    pub fn session(&self) -> Result<Session, me_and_we::store::DecodeError> {
        me_and_we::store::decode(&self.saved())
    }
}

/// The same couple pattern with the partners' places swapped.
pub fn swapped(
    p: me_and_we::model::compare::CouplePattern,
) -> me_and_we::model::compare::CouplePattern {
    use me_and_we::model::compare::CouplePattern;
    match p {
        CouplePattern::OverUnderFunctioning { leaning, fusing } => {
            CouplePattern::OverUnderFunctioning {
                leaning: leaning.other(),
                fusing: fusing.other(),
            }
        }
        CouplePattern::PursueDistance {
            pursuing,
            distancing,
        } => CouplePattern::PursueDistance {
            pursuing: pursuing.other(),
            distancing: distancing.other(),
        },
        other => other,
    }
}
