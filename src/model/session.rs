//! A check-in session: partners, answers and phase, with every legal transition in one place.

use super::compare::Partner;
use super::dynamics::Dynamic;
use super::scenario::Scenario;
use super::scoring::{Answer, Rng};
use serde::{Deserialize, Serialize};

/// Longest name kept, in characters: enough for any real name, short enough for a layout.
pub const NAME_MAX_CHARS: usize = 40;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Length {
    /// All 30 scenarios, about 15 minutes.
    Full,
    /// The 12-scenario quick look.
    Quick,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    Setup,
    /// Waiting for this partner to take the device.
    Handoff(Partner),
    Answering(Partner),
    /// This partner's private safety check, after their own answers.
    Safety(Partner),
    /// Both finished; waiting for both to agree to look together.
    Reveal,
    Results,
}

/// Why a step was refused. The UI never offers an illegal step; this keeps a stale
/// click (two tabs, a double tap) from corrupting a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepError {
    WrongPhase,
    UnknownScenario,
    NotBothAgreed,
}

/// Why a session from outside was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    Answers,
    Position,
    Phase,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub length: Length,
    /// As typed, cleaned by [`clean_name`]; `None` shows the default name.
    pub names: [Option<String>; 2],
    pub phase: Phase,
    pub answers: [Vec<Answer>; 2],
    /// Which scenario (index into [`Session::scenarios`]) each partner is on.
    pub position: [usize; 2],
    /// Seeds each partner's option order; fixed for the session so reloads keep it.
    pub seed: u64,
    pub agreed: [bool; 2],
    /// Prompt ids the couple marked "we talked about this".
    pub talked: Vec<u16>,
    /// Therapist mode: facilitator notes, raw choices and numbers beside the results.
    pub therapist: bool,
    /// The day the check-in started (YYYY-MM-DD), for reports and retakes.
    pub date: String,
    /// An earlier round of the same couple, to show what moved.
    pub earlier: Option<Round>,
}

/// A finished earlier round, kept to compare a retake with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Round {
    pub date: String,
    pub length: Length,
    pub answers: [Vec<Answer>; 2],
}

/// Trims, folds inner runs of whitespace, control and bidi-override characters to one
/// space, and caps the length; an empty result means "use the default name".
pub fn clean_name(raw: &str) -> Option<String> {
    let mut out = String::new();
    let mut count = 0;
    // Bidi embedding and override controls could reorder the text around a name.
    let is_bidi_control = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    for word in raw.split(|c: char| c.is_whitespace() || c.is_control() || is_bidi_control(c)) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            if count + 1 >= NAME_MAX_CHARS {
                break;
            }
            out.push(' ');
            count += 1;
        }
        for ch in word.chars() {
            if count == NAME_MAX_CHARS {
                break;
            }
            out.push(ch);
            count += 1;
        }
    }
    (!out.is_empty()).then_some(out)
}

impl Session {
    pub fn new(length: Length, seed: u64) -> Self {
        Session {
            length,
            names: [None, None],
            phase: Phase::Setup,
            answers: [Vec::new(), Vec::new()],
            position: [0, 0],
            seed,
            agreed: [false, false],
            talked: Vec::new(),
            therapist: false,
            date: String::new(),
            earlier: None,
        }
    }

    /// A new round for the same couple, keeping this one to compare with. Names and
    /// settings carry over; the couple goes straight to the first hand-off.
    pub fn retake(&self, bank: &[Scenario], seed: u64, date: &str) -> Session {
        let mut next = Session::new(self.length, seed);
        next.names = self.names.clone();
        next.therapist = self.therapist;
        next.date = date.to_owned();
        next.phase = Phase::Handoff(Partner::A);
        next.earlier = Some(Round {
            date: self.date.clone(),
            length: self.length,
            answers: [
                self.counted_answers(Partner::A, bank),
                self.counted_answers(Partner::B, bank),
            ],
        });
        next
    }

    /// Whether the session may be saved to a file now: before anyone has answered, or once
    /// both have finished. Mid-turn, a file would carry one partner's private answers
    /// to whoever holds the device.
    pub fn shareable(&self) -> bool {
        matches!(self.phase, Phase::Setup | Phase::Reveal | Phase::Results)
    }

    /// Whether this partner has answered every scenario of the session.
    pub fn finished(&self, p: Partner, bank: &[Scenario]) -> bool {
        let (done, total) = self.progress(p, bank);
        done == total
    }

    /// Checks a session that came from outside (storage, a file): every answer names a
    /// known scenario once, positions are in range, and the phase matches the answers.
    /// Names are cleaned again, since a file can hold anything.
    pub fn validated(mut self, bank: &[Scenario]) -> Result<Session, Invalid> {
        let total = self.scenarios(bank).len();
        let known = |id: u8| bank.iter().any(|s| s.id == id);
        let sound = |answers: &[Answer]| {
            answers.iter().enumerate().all(|(i, a)| {
                known(a.scenario)
                    && a.least != Some(a.most)
                    && !answers[..i].iter().any(|b| b.scenario == a.scenario)
            })
        };
        if !self.answers.iter().all(|a| sound(a)) {
            return Err(Invalid::Answers);
        }
        if let Some(round) = &self.earlier {
            if !round.answers.iter().all(|a| sound(a)) {
                return Err(Invalid::Answers);
            }
        }
        if total == 0 || self.position.iter().any(|p| *p >= total) {
            return Err(Invalid::Position);
        }
        let a_done = self.finished(Partner::A, bank);
        let b_done = self.finished(Partner::B, bank);
        let consistent = match self.phase {
            Phase::Setup | Phase::Handoff(Partner::A) | Phase::Answering(Partner::A) => true,
            Phase::Safety(Partner::A) => a_done,
            Phase::Handoff(Partner::B) | Phase::Answering(Partner::B) => a_done,
            Phase::Safety(Partner::B) | Phase::Reveal => a_done && b_done,
            Phase::Results => a_done && b_done && self.agreed == [true, true],
        };
        if !consistent {
            return Err(Invalid::Phase);
        }
        self.names = [
            self.names[0].as_deref().and_then(clean_name),
            self.names[1].as_deref().and_then(clean_name),
        ];
        self.talked.truncate(64);
        self.date = self
            .date
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '-')
            .take(10)
            .collect();
        Ok(self)
    }

    /// The scenarios of this session, in the order both partners see them: kinds and
    /// domains interleaved so that no domain comes twice in a row.
    pub fn scenarios<'a>(&self, bank: &'a [Scenario]) -> Vec<&'a Scenario> {
        let mut list: Vec<&Scenario> = bank
            .iter()
            .filter(|s| self.length == Length::Full || s.quick)
            .collect();
        super::sort_by(&mut list, |a, b| {
            (a.kind as u8, a.domain.index(), a.id) < (b.kind as u8, b.domain.index(), b.id)
        });
        list
    }

    pub fn name(&self, p: Partner) -> Option<&str> {
        self.names[p.index()].as_deref()
    }

    pub fn answer_for(&self, p: Partner, scenario: u8) -> Option<&Answer> {
        self.answers[p.index()]
            .iter()
            .find(|a| a.scenario == scenario)
    }

    /// The four dynamics in the order this partner sees them for this scenario: shuffled,
    /// different for each partner, the same after every reload.
    pub fn option_order(&self, p: Partner, scenario: u8) -> [Dynamic; 4] {
        let salt = (u64::from(scenario) << 8) | p.index() as u64;
        let mut rng = Rng::new(self.seed ^ salt.wrapping_mul(0x2545_F491_4F6C_DD1D));
        let mut order = Dynamic::ALL;
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        order
    }

    /// The answers that count: those for scenarios of this session.
    pub fn counted_answers(&self, p: Partner, bank: &[Scenario]) -> Vec<Answer> {
        let ids: Vec<u8> = self.scenarios(bank).iter().map(|s| s.id).collect();
        self.answers[p.index()]
            .iter()
            .filter(|a| ids.contains(&a.scenario))
            .copied()
            .collect()
    }

    pub fn set_names(&mut self, a: &str, b: &str) -> Result<(), StepError> {
        if self.phase != Phase::Setup {
            return Err(StepError::WrongPhase);
        }
        self.names = [clean_name(a), clean_name(b)];
        self.phase = Phase::Handoff(Partner::A);
        Ok(())
    }

    /// The partner has the device: show their scenarios where they left off.
    pub fn take_turn(&mut self) -> Result<(), StepError> {
        match self.phase {
            Phase::Handoff(p) => {
                self.phase = Phase::Answering(p);
                Ok(())
            }
            _ => Err(StepError::WrongPhase),
        }
    }

    /// Records (or changes) the current partner's answer to the scenario they are on,
    /// then moves on; after the last scenario comes their private safety check.
    pub fn answer(
        &mut self,
        bank: &[Scenario],
        most: Dynamic,
        least: Option<Dynamic>,
    ) -> Result<(), StepError> {
        let Phase::Answering(p) = self.phase else {
            return Err(StepError::WrongPhase);
        };
        let list = self.scenarios(bank);
        let i = p.index();
        let Some(scenario) = list.get(self.position[i]) else {
            return Err(StepError::UnknownScenario);
        };
        let answer = Answer {
            scenario: scenario.id,
            most,
            least: least.filter(|l| *l != most),
        };
        let answers = &mut self.answers[i];
        match answers.iter_mut().find(|a| a.scenario == answer.scenario) {
            Some(existing) => *existing = answer,
            None => answers.push(answer),
        }
        if self.position[i] + 1 < list.len() {
            self.position[i] += 1;
        } else if let Some(gap) = list.iter().position(|s| self.answer_for(p, s.id).is_none()) {
            // The end of the list with a scenario still open (only an edited file can do
            // this): go to it rather than on to the safety check.
            self.position[i] = gap;
        } else {
            self.phase = Phase::Safety(p);
        }
        Ok(())
    }

    /// One scenario back, to see or change an answer. From the first scenario it
    /// returns to the hand-off screen.
    pub fn back(&mut self) -> Result<(), StepError> {
        match self.phase {
            Phase::Answering(p) if self.position[p.index()] > 0 => {
                self.position[p.index()] -= 1;
                Ok(())
            }
            Phase::Answering(p) => {
                self.phase = Phase::Handoff(p);
                Ok(())
            }
            // From the safety check, back to the last scenario.
            Phase::Safety(p) => {
                self.phase = Phase::Answering(p);
                Ok(())
            }
            _ => Err(StepError::WrongPhase),
        }
    }

    /// The safety check is done (its answers are never kept): next partner, or reveal.
    pub fn finish_safety(&mut self) -> Result<(), StepError> {
        match self.phase {
            Phase::Safety(Partner::A) => {
                self.phase = Phase::Handoff(Partner::B);
                Ok(())
            }
            Phase::Safety(Partner::B) => {
                self.phase = Phase::Reveal;
                Ok(())
            }
            _ => Err(StepError::WrongPhase),
        }
    }

    pub fn set_agreed(&mut self, p: Partner, agreed: bool) -> Result<(), StepError> {
        if self.phase != Phase::Reveal {
            return Err(StepError::WrongPhase);
        }
        self.agreed[p.index()] = agreed;
        Ok(())
    }

    /// Shows the results, only once both partners agreed to look together.
    pub fn reveal(&mut self) -> Result<(), StepError> {
        if self.phase != Phase::Reveal {
            return Err(StepError::WrongPhase);
        }
        if !(self.agreed[0] && self.agreed[1]) {
            return Err(StepError::NotBothAgreed);
        }
        self.phase = Phase::Results;
        Ok(())
    }

    pub fn toggle_talked(&mut self, prompt: u16) {
        match self.talked.iter().position(|id| *id == prompt) {
            Some(i) => {
                self.talked.remove(i);
            }
            None => self.talked.push(prompt),
        }
    }

    /// What a reload resumes to: a partner mid-turn goes back through their hand-off
    /// screen, so whoever picks the device up next sees nothing private.
    pub fn resumed(mut self) -> Self {
        if let Phase::Answering(p) | Phase::Safety(p) = self.phase {
            self.phase = Phase::Handoff(p);
        }
        self
    }

    /// Progress of a partner through their scenarios: (answered, total).
    pub fn progress(&self, p: Partner, bank: &[Scenario]) -> (usize, usize) {
        (
            self.counted_answers(p, bank).len(),
            self.scenarios(bank).len(),
        )
    }
}
