//! What a scenario is, as facts that hold in every language: its id, life domain, kind
//! and flags. Its words (the situation and one option per dynamic) live in each locale.

use serde::{Deserialize, Serialize};

/// The ten life domains, in the order screens list them.
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

/// A scenario's locale-neutral facts. Every scenario offers one option per dynamic.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    /// Stable forever: saved sessions, files and locale texts refer to it.
    pub id: u8,
    pub domain: Domain,
    pub kind: ScenarioKind,
    /// Part of the 12-scenario quick look.
    pub quick: bool,
    /// The interdependent option here is to act separately.
    pub apart_is_healthy: bool,
}

/// The bank a session draws from, looked up by id in one place.
pub fn find(bank: &[Scenario], id: u8) -> Option<&Scenario> {
    bank.iter().find(|s| s.id == id)
}
