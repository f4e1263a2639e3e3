//! Conversation prompts: what they are keyed by, and choosing a short set for a couple.

use super::compare::PatternKind;
use super::dynamics::Dynamic;
use super::scenario::Domain;

/// What a prompt is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PromptKey {
    /// For a partner whose answers lean to this dynamic.
    Dynamic(Dynamic),
    /// For the couple's pattern.
    Pattern(PatternKind),
    /// For a domain where the two chose differently.
    Domain(Domain),
    /// For the pair of dynamics behind the couple's differences, in `Dynamic::ALL`
    /// order (build it with [`PromptKey::pair`]): independence against codependence is
    /// a different talk from dependence against interdependence.
    Pair(Dynamic, Dynamic),
    /// A me-time / we-time / time-with-others balance exercise.
    Balance,
    /// A small shared ritual, for couples who lean independent.
    Ritual,
    /// When the results suggest distress or gridlock: talk with a professional.
    Professional,
}

impl PromptKey {
    /// The key of a split between two dynamics, whichever partner chose which.
    pub fn pair(a: Dynamic, b: Dynamic) -> PromptKey {
        if a.index() <= b.index() {
            PromptKey::Pair(a, b)
        } else {
            PromptKey::Pair(b, a)
        }
    }
}

/// A prompt's locale-neutral facts; its title and text live in each locale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prompt {
    /// Stable forever: "we talked about this" marks and locale texts refer to it.
    pub id: u16,
    pub key: PromptKey,
}

use super::compare::{Comparison, CouplePattern};
use super::scoring::Rng;

/// How many domains of difference get their own prompt.
const DIFFERENCE_PROMPTS: usize = 2;
/// Fuse at or above this (on -100..=100) suggests distress worth a professional's help.
const DISTRESS_FUSE: f64 = 50.0;

/// Whether the results suggest distress or gridlock, where a couples counsellor helps.
pub fn suggests_professional(cmp: &Comparison) -> bool {
    let distress = cmp.profiles.iter().any(|p| p.point.f >= DISTRESS_FUSE);
    let compared = cmp.differences.len() + cmp.agreements.len();
    let polarised = matches!(
        cmp.pattern,
        CouplePattern::PursueDistance { .. } | CouplePattern::OverUnderFunctioning { .. }
    );
    let gridlock = polarised && compared > 0 && cmp.differences.len() * 3 >= compared * 2;
    distress || gridlock
}

/// Picks one prompt for `key` not already chosen; `seed` varies which one between couples
/// but never between reloads of the same answers.
fn pick<'a>(
    library: &'a [Prompt],
    key: PromptKey,
    rng: &mut Rng,
    chosen: &[&'a Prompt],
) -> Option<&'a Prompt> {
    let candidates: Vec<&Prompt> = library
        .iter()
        .filter(|p| p.key == key && !chosen.iter().any(|c| c.id == p.id))
        .collect();
    if candidates.is_empty() {
        return None;
    }
    Some(candidates[rng.below(candidates.len())])
}

/// A short, ordered, non-repeating set of prompts for this couple's actual results:
/// their pattern first, then their largest differences (the pair of dynamics they split on
/// most, then the domains they differ in most), then each partner's leaning,
/// a me/we balance exercise, a ritual for couples who lean independent, and a
/// professional's help last when the results suggest distress or gridlock.
pub fn choose<'a>(library: &'a [Prompt], cmp: &Comparison, seed: u64) -> Vec<&'a Prompt> {
    let mut rng = Rng::new(seed);
    let mut keys = vec![PromptKey::Pattern(cmp.pattern.kind())];
    keys.extend(splits(cmp));
    for (domain, _) in cmp
        .differences_by_domain()
        .into_iter()
        .take(DIFFERENCE_PROMPTS)
    {
        keys.push(PromptKey::Domain(domain));
    }
    // Each partner's leading dynamic, or where the map draws them when nothing leads.
    let regions = cmp
        .profiles
        .clone()
        .map(|p| p.lean().unwrap_or_else(|| p.region()));
    let answered = cmp.profiles.iter().any(|p| p.answered > 0);
    if answered {
        keys.push(PromptKey::Dynamic(regions[0]));
        if regions[1] != regions[0] {
            keys.push(PromptKey::Dynamic(regions[1]));
        }
    }
    keys.push(PromptKey::Balance);
    let leans_independent = regions.contains(&super::dynamics::Dynamic::Independence)
        || cmp.pattern == CouplePattern::ParallelLives;
    if leans_independent {
        keys.push(PromptKey::Ritual);
    }
    if suggests_professional(cmp) {
        keys.push(PromptKey::Professional);
    }

    let mut chosen: Vec<&Prompt> = Vec::new();
    for key in keys {
        if let Some(p) = pick(library, key, &mut rng, &chosen) {
            chosen.push(p);
        }
    }
    chosen
}

/// The pair of dynamics behind most of the couple's differences (a tie goes to the pair
/// met first, so the one with the larger distance: differences come largest first).
fn splits(cmp: &Comparison) -> Option<PromptKey> {
    let slot = |d: &super::compare::Difference| {
        d.a.index().min(d.b.index()) * 4 + d.a.index().max(d.b.index())
    };
    let mut counts = [0usize; 16];
    for d in &cmp.differences {
        counts[slot(d)] += 1;
    }
    let most = counts.iter().copied().max().unwrap_or(0);
    cmp.differences
        .iter()
        .find(|d| counts[slot(d)] == most)
        .map(|d| PromptKey::pair(d.a, d.b))
}
