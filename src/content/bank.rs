//! The bank's facts, the same in every language: which scenarios exist (id, domain, kind,
//! flags) and which conversation prompts (id, what each is for). Their words live in
//! each locale (`en/scenarios.rs`, `en/prompts.rs`), keyed by these ids.
//!
//! Ids are stable forever: saved sessions, files and "we talked about this" marks refer
//! to them. A new scenario or prompt takes a new id at the end; ids are never reused.

use crate::model::compare::PatternKind;
use crate::model::dynamics::Dynamic;
use crate::model::prompts::{Prompt, PromptKey};
use crate::model::scenario::Domain::*;
use crate::model::scenario::ScenarioKind::*;
use crate::model::scenario::{Domain, Scenario, ScenarioKind};

/// The interdependent move here is to act apart.
const APART: bool = true;
const CLOSE: bool = false;

const fn s(id: u8, domain: Domain, kind: ScenarioKind, apart: bool) -> Scenario {
    Scenario {
        id,
        domain,
        kind,
        apart_is_healthy: apart,
    }
}

/// Forty scenarios: four per life domain, each domain with one of each kind at least.
/// Only ever appended to: a saved check-in names its scenarios by id.
pub static SCENARIOS: [Scenario; 40] = [
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
];

const fn p(id: u16, key: PromptKey) -> Prompt {
    Prompt { id, key }
}

use PromptKey::{Balance, Professional, Ritual};

const IND: PromptKey = PromptKey::Dynamic(Dynamic::Independence);
const DEP: PromptKey = PromptKey::Dynamic(Dynamic::Dependence);
const COD: PromptKey = PromptKey::Dynamic(Dynamic::Codependence);
const INT: PromptKey = PromptKey::Dynamic(Dynamic::Interdependence);

const MUTUAL: PromptKey = PromptKey::Pattern(PatternKind::MutualReliance);
const OVER_UNDER: PromptKey = PromptKey::Pattern(PatternKind::OverUnderFunctioning);
const PURSUE: PromptKey = PromptKey::Pattern(PatternKind::PursueDistance);
const PARALLEL: PromptKey = PromptKey::Pattern(PatternKind::ParallelLives);
const MIXED: PromptKey = PromptKey::Pattern(PatternKind::Mixed);

const fn dom(d: Domain) -> PromptKey {
    PromptKey::Domain(d)
}

/// The conversation prompts: keyed by dynamic, couple pattern, domain, the pair of
/// dynamics behind a difference, balance, ritual and (once) professional help.
pub static PROMPTS: [Prompt; 62] = [
    p(1, IND),
    p(2, IND),
    p(3, IND),
    p(4, DEP),
    p(5, DEP),
    p(6, DEP),
    p(7, DEP),
    p(8, COD),
    p(9, COD),
    p(10, COD),
    p(11, INT),
    p(12, INT),
    p(13, INT),
    p(14, MUTUAL),
    p(15, MUTUAL),
    p(16, OVER_UNDER),
    p(17, OVER_UNDER),
    p(18, OVER_UNDER),
    p(19, PURSUE),
    p(20, PURSUE),
    p(21, PURSUE),
    p(22, PARALLEL),
    p(23, PARALLEL),
    p(24, PARALLEL),
    p(25, MIXED),
    p(26, MIXED),
    p(27, dom(Domain::Decisions)),
    p(28, dom(Domain::Decisions)),
    p(29, dom(Domain::Support)),
    p(30, dom(Domain::Support)),
    p(31, dom(Domain::TogetherApart)),
    p(32, dom(Domain::TogetherApart)),
    p(33, dom(Domain::FriendsFamily)),
    p(34, dom(Domain::FriendsFamily)),
    p(35, dom(Domain::Money)),
    p(36, dom(Domain::Money)),
    p(37, dom(Domain::Growth)),
    p(38, dom(Domain::Growth)),
    p(39, dom(Domain::Conflict)),
    p(40, dom(Domain::Conflict)),
    p(41, dom(Domain::Household)),
    p(42, dom(Domain::Household)),
    p(43, dom(Domain::Health)),
    p(44, dom(Domain::Health)),
    p(45, dom(Domain::Affection)),
    p(46, dom(Domain::Affection)),
    p(47, Balance),
    p(48, Balance),
    p(49, Balance),
    p(50, Balance),
    p(51, Balance),
    p(52, Ritual),
    p(53, Ritual),
    p(54, Ritual),
    p(55, Ritual),
    p(56, Professional),
    p(
        57,
        PromptKey::Pair(Dynamic::Independence, Dynamic::Dependence),
    ),
    p(
        58,
        PromptKey::Pair(Dynamic::Independence, Dynamic::Codependence),
    ),
    p(
        59,
        PromptKey::Pair(Dynamic::Interdependence, Dynamic::Independence),
    ),
    p(
        60,
        PromptKey::Pair(Dynamic::Dependence, Dynamic::Codependence),
    ),
    p(
        61,
        PromptKey::Pair(Dynamic::Interdependence, Dynamic::Dependence),
    ),
    p(
        62,
        PromptKey::Pair(Dynamic::Interdependence, Dynamic::Codependence),
    ),
];
