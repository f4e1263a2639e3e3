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

/// Each domain has at least one scenario of each kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ScenarioKind {
    /// "I need something" from my partner.
    INeed,
    /// My partner is struggling.
    PartnerStruggling,
    /// An ordinary day.
    Everyday,
}

impl ScenarioKind {
    pub const ALL: [ScenarioKind; 3] = [
        ScenarioKind::INeed,
        ScenarioKind::PartnerStruggling,
        ScenarioKind::Everyday,
    ];
}

/// A scenario's locale-neutral facts. Every scenario offers one option per dynamic.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    /// Stable forever: saved sessions, files and locale texts refer to it.
    pub id: u8,
    pub domain: Domain,
    pub kind: ScenarioKind,
    /// The interdependent option here is to act separately.
    pub apart_is_healthy: bool,
}

/// The bank a session draws from, looked up by id in one place.
pub fn find(bank: &[Scenario], id: u8) -> Option<&Scenario> {
    bank.iter().find(|s| s.id == id)
}

/// Scenarios in a quick look where acting apart is the interdependent move, at least.
const QUICK_APART: usize = 2;
/// Draws tried before keeping the freshest that keeps the rules.
const DRAWS: usize = 256;

/// Draws the scenario set of a new check-in: a full one takes one scenario of each kind
/// from every domain (30), a quick one 12 (every domain once and two domains twice,
/// four of each kind, at least two where acting apart is healthy). Scenarios in `avoid`
/// (the last round's set) are left out where the rules allow, so a retake meets new
/// ones. The same seed always draws the same set; the order is the one both partners see.
pub fn draw(bank: &[Scenario], full: bool, seed: u64, avoid: &[u8]) -> Vec<u8> {
    let mut rng = super::scoring::Rng::new(seed ^ 0x5ce7_a510);
    let mut best: (usize, Vec<&Scenario>) = (usize::MAX, Vec::new());
    for _ in 0..DRAWS {
        // A quick look gives each domain, in a random order, the kind of its place: the
        // first two domains come back for the last two places, with another kind.
        let mut domains = Domain::ALL;
        for i in (1..domains.len()).rev() {
            domains.swap(i, rng.below(i + 1));
        }
        let places = if full { 30 } else { 12 };
        let mut set = Vec::new();
        for place in 0..places {
            let domain = if full {
                Domain::ALL[place / 3]
            } else {
                domains[place % domains.len()]
            };
            let kind = ScenarioKind::ALL[place % 3];
            // A fresh scenario of this domain and kind if there is one, else any.
            let fits = |s: &&Scenario, fresh: bool| {
                s.domain == domain && s.kind == kind && !(fresh && avoid.contains(&s.id))
            };
            let fresh = bank.iter().any(|s| fits(&s, true));
            let n = bank.iter().filter(|s| fits(s, fresh)).count();
            if let Some(s) = bank.iter().filter(|s| fits(s, fresh)).nth(rng.below(n)) {
                set.push(s);
            }
        }
        let apart = set.iter().filter(|s| s.apart_is_healthy).count();
        let stale = set.iter().filter(|s| avoid.contains(&s.id)).count();
        let score = stale
            + if full || apart >= QUICK_APART {
                0
            } else {
                1000
            };
        if score < best.0 {
            best = (score, set);
        }
        if best.0 == 0 {
            break;
        }
    }
    let mut set = best.1;
    // Kinds in turn, domains in order within a kind: no domain comes twice in a row.
    super::sort_by(&mut set, |a, b| {
        (a.kind as u8, a.domain.index(), a.id) < (b.kind as u8, b.domain.index(), b.id)
    });
    set.iter().map(|s| s.id).collect()
}
