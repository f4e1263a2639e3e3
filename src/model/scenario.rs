//! What a scenario is: a situation in a life domain with one option per dynamic.

use super::dynamics::Dynamic;
use serde::{Deserialize, Serialize};

/// The ten life domains of MODEL.md, in the order screens list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Domain {
    Decisions,
    Support,
    TogetherApart,
    FriendsFamily,
    Money,
    Growth,
    Conflict,
    Household,
    Health,
    Affection,
}

impl Domain {
    pub const ALL: [Domain; 10] = [
        Domain::Decisions,
        Domain::Support,
        Domain::TogetherApart,
        Domain::FriendsFamily,
        Domain::Money,
        Domain::Growth,
        Domain::Conflict,
        Domain::Household,
        Domain::Health,
        Domain::Affection,
    ];

    pub fn index(self) -> usize {
        Domain::ALL.iter().position(|d| *d == self).unwrap_or(0)
    }
}

/// Each domain has one scenario of each kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ScenarioKind {
    /// "I need something" from my partner.
    INeed,
    /// My partner is struggling.
    PartnerStruggling,
    /// An ordinary day.
    Everyday,
}

/// One answer option, written in the voice of one dynamic.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Choice {
    pub dynamic: Dynamic,
    pub text: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    /// Stable forever: saved sessions and shared codes refer to it.
    pub id: u8,
    pub domain: Domain,
    pub kind: ScenarioKind,
    /// Part of the 12-scenario quick look.
    pub quick: bool,
    /// The interdependent option here is to act separately (MODEL.md asks for at least four).
    pub apart_is_healthy: bool,
    pub situation: &'static str,
    pub choices: [Choice; 4],
}

impl Scenario {
    pub fn choice(&self, dynamic: Dynamic) -> Option<&Choice> {
        self.choices.iter().find(|c| c.dynamic == dynamic)
    }
}
