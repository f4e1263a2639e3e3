//! A check-in session: partners, answers and phase, with every legal transition in one place.

use super::compare::Partner;
use super::dynamics::Dynamic;
use super::scenario::{draw, find, Scenario};
use super::scoring::{Answer, Rng};
use crate::share::{Answers, Invite};
use serde::{Deserialize, Serialize};

/// Longest name kept, in characters: enough for any real name, short enough for a layout.
pub const NAME_MAX_CHARS: usize = 40;
/// Longest plan kept ("one small thing I'll try this week"), in characters.
pub const PLAN_MAX_CHARS: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Length {
    /// 30 scenarios, three from each domain, about 15 minutes.
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
    /// Two phones: waiting for the other's answers (a collecting device: for both).
    Swap,
}

/// A check-in held on two phones (or collected by a third device): its id, which every
/// code carries, and whose phone this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Apart {
    pub id: [u8; 8],
    /// `None`: a device that answers nothing and collects both partners' codes.
    pub me: Option<Partner>,
    /// This device started it, so it shows the invite.
    pub host: bool,
}

/// One change to a session. Every change is a value, applied in one place
/// ([`Session::apply`]), so a session can be replayed, sent, and never bypassed.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// The names typed at setup (cleaned here); moves to the first hand-off.
    Name { a: String, b: String },
    /// The partner has the device: their scenarios, where they left off.
    TakeTurn,
    /// The current partner's answer to the scenario they are on; then the next one, or
    /// after the last their private safety check.
    Answer {
        most: Dynamic,
        least: Option<Dynamic>,
    },
    /// One scenario back (from the first, back to the hand-off; from the safety check,
    /// back to the last scenario).
    Back,
    /// The safety check is done (its answers are never kept): next partner, or reveal.
    FinishSafety,
    /// From the end of one's own turn, back to the first scenario to look through the
    /// answers again.
    Review,
    /// A partner ticks or unticks "ready to look together".
    Agree { partner: Partner, agreed: bool },
    /// Shows the results, once both agreed.
    Reveal,
    /// "We talked about this" on a prompt, or off again.
    Talked(u16),
    /// Therapist mode on or off: a setting of this check-in, kept with it.
    Therapist(bool),
    /// A new round for the same couple, keeping this one to compare with.
    Retake { date: String },
    /// The end of a guided talk: counts it (who speaks first alternates), marks its
    /// prompt as talked about, and keeps what each plans to try (cleaned; empty is none).
    Talk {
        prompt: Option<u16>,
        plans: [String; 2],
    },
    /// Two phones: the other partner's answers arrived in a code.
    Receive(Answers),
}

/// Why a step was refused. The UI never offers an illegal step; this keeps a stale
/// click (two tabs, a double tap) from corrupting a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    WrongPhase,
    UnknownScenario,
    NotBothAgreed,
    /// The code belongs to another check-in (or this one is on one device).
    OtherCheckIn,
    /// This phone's own answers, opened on this phone.
    OwnAnswers,
    /// That partner's answers are already here, and these differ.
    AlreadyHere,
    /// The code does not fit this check-in's scenarios.
    Mismatch,
}

/// Why a session from outside was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// The scenario set names an unknown scenario or one twice.
    Set,
    Answers,
    Position,
    Phase,
}

/// A check-in: its fields are private, so every change goes through [`Session::apply`].
/// The field order is the saved format (postcard): change it only with a new format.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    length: Length,
    /// The scenarios this check-in drew, by id, in the order both partners see them.
    /// Kept with it, so a bank that grows or changes never breaks a saved check-in.
    set: Vec<u8>,
    /// The answers were given to an earlier wording of the scenarios (a check-in saved
    /// before the bank was rewritten); the results say so once.
    earlier_wording: bool,
    /// As typed, cleaned by [`clean_name`]; `None` shows the default name.
    names: [Option<String>; 2],
    phase: Phase,
    answers: [Vec<Answer>; 2],
    /// Which scenario (index into [`Session::scenarios`]) each partner is on.
    position: [usize; 2],
    /// Seeds each partner's option order; fixed for the session so reloads keep it.
    seed: u64,
    agreed: [bool; 2],
    /// Prompt ids the couple marked "we talked about this".
    talked: Vec<u16>,
    /// Therapist mode: facilitator notes, raw choices and numbers beside the results.
    /// Its one home: the check-in carries it (reloads, files and retakes keep it).
    therapist: bool,
    /// The day the check-in started (YYYY-MM-DD), for reports and retakes.
    date: String,
    /// An earlier round of the same couple, to show what moved.
    earlier: Option<Round>,
    /// Guided talks finished in this round: the first speaker alternates with each.
    talks: u16,
    /// What each plans to try this week, from the last guided talk.
    plans: [Option<String>; 2],
    /// The earlier round's plans, recalled on this one ("last time you planned").
    planned_before: [Option<String>; 2],
    /// Two phones: the check-in's id and whose phone this is (format 4 on).
    apart: Option<Apart>,
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
    clean_text(raw, NAME_MAX_CHARS)
}

/// Typed text made safe to keep and show, as [`clean_name`] does, capped at `max` characters.
pub fn clean_text(raw: &str, max: usize) -> Option<String> {
    let mut out = String::new();
    let mut count = 0;
    // Bidi embedding and override controls could reorder the text around a name.
    let is_bidi_control = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    for word in raw.split(|c: char| c.is_whitespace() || c.is_control() || is_bidi_control(c)) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            if count + 1 >= max {
                break;
            }
            out.push(' ');
            count += 1;
        }
        for ch in word.chars() {
            if count == max {
                break;
            }
            out.push(ch);
            count += 1;
        }
    }
    (!out.is_empty()).then_some(out)
}

impl Session {
    /// A new check-in, started today, with therapist mode as chosen on the first screen.
    pub fn new(length: Length, seed: u64, date: &str, therapist: bool, bank: &[Scenario]) -> Self {
        Session {
            length,
            set: draw(bank, length == Length::Full, seed, &[]),
            earlier_wording: false,
            names: [None, None],
            phase: Phase::Setup,
            answers: [Vec::new(), Vec::new()],
            position: [0, 0],
            seed,
            agreed: [false, false],
            talked: Vec::new(),
            therapist,
            date: date.to_owned(),
            earlier: None,
            talks: 0,
            plans: [None, None],
            planned_before: [None, None],
            apart: None,
        }
    }

    /// A check-in for two phones, started on this device: `me` is the partner holding it,
    /// or `None` for a device that only collects both codes.
    pub fn apart(
        length: Length,
        seed: u64,
        date: &str,
        therapist: bool,
        bank: &[Scenario],
        me: Option<Partner>,
    ) -> Self {
        let mut session = Session::new(length, seed, date, therapist, bank);
        session.apart = Some(Apart {
            id: seed.to_le_bytes(),
            me,
            host: true,
        });
        session
    }

    /// The check-in an invite describes, on the phone of partner `me`, ready for their
    /// turn; refused when the invite names scenarios this build does not know.
    pub fn joined(
        invite: &Invite,
        me: Partner,
        seed: u64,
        date: &str,
        bank: &[Scenario],
    ) -> Result<Session, Invalid> {
        let mut session = Session::new(invite.length, seed, date, false, bank);
        session.set = invite.set.clone();
        session.names = invite.names.clone();
        session.phase = Phase::Handoff(me);
        session.apart = Some(Apart {
            id: invite.id,
            me: Some(me),
            host: false,
        });
        session.validated(bank)
    }

    /// The invite for the other phone: the set and names, never answers.
    pub fn invite(&self) -> Option<Invite> {
        let apart = self.apart?;
        Some(Invite {
            id: apart.id,
            length: self.length,
            set: self.set.clone(),
            names: self.names.clone(),
            from_collector: apart.me.is_none(),
        })
    }

    /// This phone's owner's answers, to send: only once their turn and safety check are
    /// over (they can no longer change them), and never on a collecting device.
    pub fn my_answers(&self) -> Option<Answers> {
        let apart = self.apart?;
        let me = apart.me?;
        if !matches!(self.phase, Phase::Swap | Phase::Reveal | Phase::Results) {
            return None;
        }
        let choices = self
            .set
            .iter()
            .map(|id| self.answer_for(me, *id).map(|a| (a.most, a.least)))
            .collect::<Option<Vec<_>>>()?;
        Some(Answers {
            id: apart.id,
            partner: me,
            choices,
        })
    }

    /// Two phones: the check-in's id and whose phone this is.
    pub fn apart_mode(&self) -> Option<Apart> {
        self.apart
    }

    /// Whether the results may open: both agreed, or on a partner's own phone, its owner.
    pub fn may_reveal(&self) -> bool {
        match self.apart.and_then(|a| a.me) {
            Some(me) => self.agreed[me.index()],
            None => self.both_agreed(),
        }
    }

    /// Takes the other partner's answers from their code.
    fn receive(&mut self, answers: Answers) -> Result<(), Refusal> {
        let Some(apart) = self.apart.filter(|a| a.id == answers.id) else {
            return Err(Refusal::OtherCheckIn);
        };
        if apart.me == Some(answers.partner) {
            return Err(Refusal::OwnAnswers);
        }
        if answers.choices.len() != self.set.len() {
            return Err(Refusal::Mismatch);
        }
        let list: Vec<Answer> = self
            .set
            .iter()
            .zip(&answers.choices)
            .map(|(id, (most, least))| Answer {
                scenario: *id,
                most: *most,
                least: least.filter(|l| l != most),
            })
            .collect();
        let i = answers.partner.index();
        if !self.answers[i].is_empty() {
            // The same code opened twice is fine; another one is not taken.
            return if self.counted_answers(answers.partner) == list {
                Ok(())
            } else {
                Err(Refusal::AlreadyHere)
            };
        }
        self.answers[i] = list;
        self.position[i] = self.set.len() - 1;
        self.reveal_when_both_here();
        Ok(())
    }

    /// On two phones, once both partners' answers are on this device, on to agreeing.
    fn reveal_when_both_here(&mut self) {
        let both = self.answers.iter().all(|a| a.len() == self.set.len());
        if self.phase == Phase::Swap && both {
            self.phase = Phase::Reveal;
        }
    }

    /// Applies one step, or refuses it with the reason and changes nothing.
    pub fn apply(&mut self, step: Step, bank: &[Scenario]) -> Result<(), Refusal> {
        match step {
            Step::Name { a, b } => {
                self.expect(Phase::Setup)?;
                self.names = [clean_name(&a), clean_name(&b)];
                self.phase = match self.apart {
                    Some(Apart { me: None, .. }) => Phase::Swap,
                    Some(Apart { me: Some(p), .. }) => Phase::Handoff(p),
                    None => Phase::Handoff(Partner::A),
                };
            }
            Step::TakeTurn => match self.phase {
                Phase::Handoff(p) => self.phase = Phase::Answering(p),
                _ => return Err(Refusal::WrongPhase),
            },
            Step::Answer { most, least } => self.answer(bank, most, least)?,
            Step::Back => match self.phase {
                Phase::Answering(p) if self.position[p.index()] > 0 => {
                    self.position[p.index()] -= 1;
                }
                Phase::Answering(p) => self.phase = Phase::Handoff(p),
                Phase::Safety(p) => self.phase = Phase::Answering(p),
                _ => return Err(Refusal::WrongPhase),
            },
            Step::Review => match self.phase {
                Phase::Safety(p) => {
                    self.phase = Phase::Answering(p);
                    self.position[p.index()] = 0;
                }
                _ => return Err(Refusal::WrongPhase),
            },
            Step::FinishSafety => match self.phase {
                Phase::Safety(_) if self.apart.is_some() => {
                    self.phase = Phase::Swap;
                    self.reveal_when_both_here();
                }
                Phase::Safety(Partner::A) => self.phase = Phase::Handoff(Partner::B),
                Phase::Safety(Partner::B) => self.phase = Phase::Reveal,
                _ => return Err(Refusal::WrongPhase),
            },
            Step::Agree { partner, agreed } => {
                self.expect(Phase::Reveal)?;
                self.agreed[partner.index()] = agreed;
            }
            Step::Reveal => {
                self.expect(Phase::Reveal)?;
                if !self.may_reveal() {
                    return Err(Refusal::NotBothAgreed);
                }
                self.phase = Phase::Results;
            }
            Step::Talked(prompt) => {
                self.expect(Phase::Results)?;
                match self.talked.iter().position(|id| *id == prompt) {
                    Some(i) => {
                        self.talked.remove(i);
                    }
                    None => self.talked.push(prompt),
                }
            }
            Step::Therapist(on) => self.therapist = on,
            Step::Retake { date } => {
                self.expect(Phase::Results)?;
                *self = self.retake(bank, &date);
            }
            Step::Talk { prompt, plans } => {
                self.expect(Phase::Results)?;
                self.talks = self.talks.saturating_add(1);
                if let Some(id) = prompt.filter(|id| !self.talked.contains(id)) {
                    self.talked.push(id);
                }
                self.plans = plans.map(|p| clean_text(&p, PLAN_MAX_CHARS));
            }
            Step::Receive(answers) => self.receive(answers)?,
        }
        Ok(())
    }

    fn expect(&self, phase: Phase) -> Result<(), Refusal> {
        if self.phase == phase {
            Ok(())
        } else {
            Err(Refusal::WrongPhase)
        }
    }

    /// The next round: names and settings carry over, the couple goes straight to the
    /// first hand-off, and option orders change (the seed moves on).
    fn retake(&self, bank: &[Scenario], date: &str) -> Session {
        let seed = self.seed.rotate_left(17) ^ 0x9e37;
        let mut next = Session::new(self.length, seed, date, self.therapist, bank);
        next.set = draw(bank, self.length == Length::Full, seed, &self.set);
        next.names = self.names.clone();
        next.planned_before = self.plans.clone();
        next.phase = Phase::Handoff(Partner::A);
        // Two phones: a new check-in id (the old codes stay the old round's), and a new
        // invite for the other phone. The id takes this phone's new seed too: a retake on
        // each phone draws its own set, and their codes must never be taken for each
        // other's.
        if let Some(apart) = self.apart {
            let id = apart.id.iter().copied().chain(seed.to_le_bytes());
            let id = crate::model::fnv1a(id.chain(date.bytes()));
            next.apart = Some(Apart {
                id: id.to_le_bytes(),
                ..apart
            });
            next.phase = match apart.me {
                Some(p) => Phase::Handoff(p),
                None => Phase::Swap,
            };
        }
        next.earlier = Some(Round {
            date: self.date.clone(),
            length: self.length,
            answers: [
                self.counted_answers(Partner::A),
                self.counted_answers(Partner::B),
            ],
        });
        next
    }

    fn answer(
        &mut self,
        bank: &[Scenario],
        most: Dynamic,
        least: Option<Dynamic>,
    ) -> Result<(), Refusal> {
        let Phase::Answering(p) = self.phase else {
            return Err(Refusal::WrongPhase);
        };
        let list = self.scenarios(bank);
        let i = p.index();
        let Some(scenario) = list.get(self.position[i]) else {
            return Err(Refusal::UnknownScenario);
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

    pub fn length(&self) -> Length {
        self.length
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn therapist(&self) -> bool {
        self.therapist
    }

    /// The day the check-in started (YYYY-MM-DD), or empty where unknown.
    pub fn date(&self) -> &str {
        &self.date
    }

    pub fn earlier(&self) -> Option<&Round> {
        self.earlier.as_ref()
    }

    pub fn talked(&self, prompt: u16) -> bool {
        self.talked.contains(&prompt)
    }

    /// Who speaks first in the next guided talk: A, then B, taking turns with each talk.
    pub fn first_speaker(&self) -> Partner {
        if self.talks.is_multiple_of(2) {
            Partner::A
        } else {
            Partner::B
        }
    }

    /// What each plans to try this week (from the last guided talk of this round).
    pub fn plans(&self) -> &[Option<String>; 2] {
        &self.plans
    }

    /// What each planned in the earlier round, recalled on a retake.
    pub fn planned_before(&self) -> &[Option<String>; 2] {
        &self.planned_before
    }

    /// The prompts marked "we talked about this", in the order marked.
    pub fn talked_prompts(&self) -> &[u16] {
        &self.talked
    }

    /// Every answer this partner gave, in the order first given.
    pub fn answers(&self, p: Partner) -> &[Answer] {
        &self.answers[p.index()]
    }

    pub fn agreed(&self, p: Partner) -> bool {
        self.agreed[p.index()]
    }

    pub fn both_agreed(&self) -> bool {
        self.agreed == [true, true]
    }

    /// Which scenario (index into [`Session::scenarios`]) this partner is on.
    pub fn position(&self, p: Partner) -> usize {
        self.position[p.index()]
    }

    /// Whether this partner has answered anything yet (the hand-off says "continue").
    pub fn has_started(&self, p: Partner) -> bool {
        !self.answers[p.index()].is_empty()
    }

    /// Whether at least 90% of this partner's answers are the interdependent option: then
    /// the end of their turn gently asks whether they described the last real time, or
    /// how they would like to be.
    pub fn reads_as_ideal(&self, p: Partner) -> bool {
        let answers = self.counted_answers(p);
        let ideal = answers
            .iter()
            .filter(|a| a.most == Dynamic::Interdependence)
            .count();
        !answers.is_empty() && ideal * 10 >= answers.len() * 9
    }

    /// Whether the session may be saved to a file now: before anyone has answered, or once
    /// both have finished. Mid-turn, a file would carry one partner's private answers
    /// to whoever holds the device.
    pub fn shareable(&self) -> bool {
        matches!(
            self.phase,
            Phase::Setup | Phase::Reveal | Phase::Results | Phase::Swap
        )
    }

    /// Whether this partner has answered every scenario of the session.
    pub fn finished(&self, p: Partner, bank: &[Scenario]) -> bool {
        let (done, total) = self.progress(p, bank);
        done == total
    }

    /// Checks a session that came from outside (storage, a file): its set names known
    /// scenarios, each once; every answer names a scenario of the set once (an earlier
    /// round's, one of the bank); positions are in range; the phase matches the answers.
    /// Names are cleaned again, since a file can hold anything.
    pub fn validated(mut self, bank: &[Scenario]) -> Result<Session, Invalid> {
        // The bank's facts only ever grow (ids are forever), so every id a real check-in
        // drew is still in it.
        let set = &self.set;
        let set_sound = set.len() <= bank.len()
            && set
                .iter()
                .enumerate()
                .all(|(i, id)| find(bank, *id).is_some() && !set[..i].contains(id));
        if !set_sound {
            return Err(Invalid::Set);
        }
        let total = set.len();
        let sound = |answers: &[Answer], known: &dyn Fn(u8) -> bool| {
            answers.iter().enumerate().all(|(i, a)| {
                known(a.scenario)
                    && a.least != Some(a.most)
                    && !answers[..i].iter().any(|b| b.scenario == a.scenario)
            })
        };
        let in_set = |id: u8| set.contains(&id);
        if !self.answers.iter().all(|a| sound(a, &in_set)) {
            return Err(Invalid::Answers);
        }
        if let Some(round) = &self.earlier {
            let in_bank = |id: u8| find(bank, id).is_some();
            if !round.answers.iter().all(|a| sound(a, &in_bank)) {
                return Err(Invalid::Answers);
            }
        }
        if total == 0 || self.position.iter().any(|p| *p >= total) {
            return Err(Invalid::Position);
        }
        let a_done = self.finished(Partner::A, bank);
        let b_done = self.finished(Partner::B, bank);
        let mine = |p: Partner| self.apart.is_none_or(|a| a.me == Some(p));
        let collecting = self.apart.is_some_and(|a| a.me.is_none());
        let consistent = match self.phase {
            Phase::Handoff(p) | Phase::Answering(p) | Phase::Safety(p) if !mine(p) => false,
            _ if collecting && !matches!(self.phase, Phase::Setup | Phase::Swap) => {
                a_done && b_done && (self.phase == Phase::Reveal || self.both_agreed())
            }
            Phase::Swap => match self.apart {
                Some(Apart { me: Some(p), .. }) => self.finished(p, bank),
                Some(Apart { me: None, .. }) => true,
                None => false,
            },
            Phase::Handoff(Partner::B) | Phase::Answering(Partner::B) if self.apart.is_some() => {
                true
            }
            Phase::Safety(p) if self.apart.is_some() => self.finished(p, bank),
            Phase::Results if self.apart.is_some() => a_done && b_done && self.may_reveal(),
            Phase::Setup | Phase::Handoff(Partner::A) | Phase::Answering(Partner::A) => true,
            Phase::Safety(Partner::A) => a_done,
            Phase::Handoff(Partner::B) | Phase::Answering(Partner::B) => a_done,
            Phase::Safety(Partner::B) | Phase::Reveal => a_done && b_done,
            Phase::Results => a_done && b_done && self.both_agreed(),
        };
        if !consistent {
            return Err(Invalid::Phase);
        }
        self.names = [
            self.names[0].as_deref().and_then(clean_name),
            self.names[1].as_deref().and_then(clean_name),
        ];
        self.talked.truncate(64);
        for plans in [&mut self.plans, &mut self.planned_before] {
            *plans = plans
                .clone()
                .map(|p| p.as_deref().and_then(|p| clean_text(p, PLAN_MAX_CHARS)));
        }
        // Dates are shown in the report and in what moved: digits and dashes only.
        let clean_date = |d: &str| -> String {
            d.chars()
                .filter(|c| c.is_ascii_digit() || *c == '-')
                .take(10)
                .collect()
        };
        self.date = clean_date(&self.date);
        if let Some(round) = self.earlier.as_mut() {
            round.date = clean_date(&round.date);
        }
        Ok(self)
    }

    /// The scenarios of this session, in the order both partners see them.
    pub fn scenarios<'a>(&self, bank: &'a [Scenario]) -> Vec<&'a Scenario> {
        self.set.iter().filter_map(|id| find(bank, *id)).collect()
    }

    /// The answers were given to an earlier wording of the scenarios.
    pub fn earlier_wording(&self) -> bool {
        self.earlier_wording
    }

    /// The name a partner typed, if any (screens show the locale's default otherwise).
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
    pub fn counted_answers(&self, p: Partner) -> Vec<Answer> {
        self.answers[p.index()]
            .iter()
            .filter(|a| self.set.contains(&a.scenario))
            .copied()
            .collect()
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
        (self.counted_answers(p).len(), self.scenarios(bank).len())
    }

    /// The scenario this partner is on, with everything the question screen shows.
    pub fn question(&self, p: Partner, bank: &[Scenario]) -> Option<Question> {
        let list = self.scenarios(bank);
        let i = self.position[p.index()];
        let scenario = *list.get(i).copied()?;
        let previous = self.answer_for(p, scenario.id).copied();
        Some(Question {
            scenario: scenario.id,
            order: self.option_order(p, scenario.id),
            number: i + 1,
            total: list.len(),
            most: previous.map(|a| a.most),
            least: previous.and_then(|a| a.least),
        })
    }
}

/// What the question screen shows: which scenario, the options' order for this partner,
/// progress, and the answer given before (after going back).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Question {
    pub scenario: u8,
    pub order: [Dynamic; 4],
    /// 1-based.
    pub number: usize,
    pub total: usize,
    pub most: Option<Dynamic>,
    pub least: Option<Dynamic>,
}

impl Question {
    pub fn is_last(&self) -> bool {
        self.number == self.total
    }
}

/// The scenario sets of format 1, when every full check-in took the first bank's thirty
/// and every quick look the same twelve (ids, in the order they were shown).
const FORMAT1_FULL: [u8; 30] = [
    1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 3, 6, 9, 12, 15, 18,
    21, 24, 27, 30,
];
const FORMAT1_QUICK: [u8; 12] = [1, 4, 10, 16, 19, 28, 14, 23, 26, 3, 9, 30];

impl Session {
    /// A check-in read from format 1, which did not keep its scenario set: the store
    /// reads it with an empty set, and this gives it the set format 1 always used. Its
    /// answers keep their meaning (each names its scenario and dynamic); only the words
    /// they answered have been rewritten since.
    pub fn from_format1(mut self) -> Session {
        self.set = match self.length {
            Length::Full => FORMAT1_FULL.to_vec(),
            Length::Quick => FORMAT1_QUICK.to_vec(),
        };
        self.earlier_wording = self.answers.iter().any(|a| !a.is_empty());
        self
    }
}
