//! Everything the results show, computed once from a finished session: the screens only
//! lay it out.

use super::compare::{compare, movement, Agreement, Comparison, Difference, Movement, Partner};
use super::prompts::{choose, suggests_professional, Prompt};
use super::scenario::{Domain, Scenario};
use super::scoring::{seed_of, Answer};
use super::session::{Length, Session};

/// The results of one check-in.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    pub length: Length,
    pub therapist: bool,
    /// The answers were given to an earlier wording of the scenarios: said once.
    pub earlier_wording: bool,
    /// The day the check-in started, for the printed report.
    pub date: String,
    /// Both profiles, the couple pattern and the real-gap checks.
    pub comparison: Comparison,
    /// Where the two chose differently, by domain, largest difference first.
    pub differences: Vec<(Domain, Vec<Difference>)>,
    /// Where they chose the same dynamic, by domain in domain order.
    pub agreements: Vec<(Domain, Vec<Agreement>)>,
    /// Conversations for this couple, in the order to show them.
    pub prompts: Vec<Prompt>,
    /// The results suggest distress or gridlock: the professional note stands out.
    pub professional: bool,
    /// What moved since the earlier round, for a retake.
    pub moved: Option<Moved>,
    /// Both partners' choices, scenario by scenario in the order asked (therapist mode).
    pub raw: Vec<RawRow>,
    /// What each plans to try this week, from their last guided talk.
    pub plans: [Option<String>; 2],
    /// What each planned in the earlier round (a retake recalls it).
    pub planned_before: [Option<String>; 2],
}

/// How many differences the summary names: the largest, so the first screen stays short.
pub const SUMMARY_DIFFERENCES: usize = 2;

impl Results {
    /// The differences the summary names: the largest in each of the domains they differ
    /// most in, so no two say the same thing of the same part of life.
    pub fn top_differences(&self) -> Vec<Difference> {
        self.differences
            .iter()
            .filter_map(|(_, list)| list.first().copied())
            .take(SUMMARY_DIFFERENCES)
            .collect()
    }

    /// The conversation to start with: the first one chosen for this couple.
    pub fn start_with(&self) -> Option<&Prompt> {
        self.prompts.first()
    }

    /// What a guided talk can be about, in the order offered: the conversation to start
    /// with, the largest differences, then the other conversations.
    pub fn topics(&self) -> Vec<Topic> {
        let mut topics: Vec<Topic> = self.prompts.iter().map(|p| Topic::Prompt(p.id)).collect();
        let differences = self.top_differences().into_iter().map(Topic::Difference);
        let at = topics.len().min(1);
        topics.splice(at..at, differences);
        topics
    }
}

/// What a guided talk is about.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Topic {
    /// A conversation prompt, by id.
    Prompt(u16),
    /// A scenario where the two chose differently.
    Difference(Difference),
}

impl Topic {
    /// The prompt a finished talk marks as talked about.
    pub fn prompt(self) -> Option<u16> {
        match self {
            Topic::Prompt(id) => Some(id),
            Topic::Difference(_) => None,
        }
    }
}

/// A retake compared with the round before it.
#[derive(Clone, Debug, PartialEq)]
pub struct Moved {
    /// The earlier round's date (may be empty).
    pub date: String,
    pub movement: Movement,
}

/// One scenario of the session with both partners' answers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RawRow {
    pub scenario: u8,
    pub domain: Domain,
    pub answers: [Option<Answer>; 2],
}

impl Session {
    /// The results of this session, from the bank its scenarios come from and the
    /// prompt library to choose conversations from.
    pub fn results(&self, bank: &[Scenario], library: &[Prompt]) -> Results {
        let a = self.counted_answers(Partner::A);
        let b = self.counted_answers(Partner::B);
        let comparison = compare(bank, &a, &b);
        let mut both = a.clone();
        both.extend(b.iter().copied());
        let prompts = choose(library, &comparison, seed_of(&both))
            .into_iter()
            .copied()
            .collect();
        let moved = self.earlier().map(|round| Moved {
            date: round.date.clone(),
            movement: movement(bank, &round.answers, &[a, b]),
        });
        let raw = self
            .scenarios(bank)
            .into_iter()
            .map(|s| RawRow {
                scenario: s.id,
                domain: s.domain,
                answers: [Partner::A, Partner::B].map(|p| self.answer_for(p, s.id).copied()),
            })
            .collect();
        Results {
            length: self.length(),
            therapist: self.therapist(),
            earlier_wording: self.earlier_wording(),
            date: self.date().to_owned(),
            differences: comparison.differences_by_domain(),
            agreements: comparison.agreements_by_domain(),
            professional: suggests_professional(&comparison),
            comparison,
            prompts,
            moved,
            raw,
            plans: self.plans().clone(),
            planned_before: self.planned_before().clone(),
        }
    }
}
