//! Comparing two partners: couple pattern, real differences, where they differ and agree.

use serde::{Deserialize, Serialize};

/// The couple's pattern, described and never graded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PatternKind {
    /// Both rely on each other and neither pulls away: no real gap.
    MutualReliance,
    /// One leans on the other (lean) while the other holds everything together (fuse).
    OverUnderFunctioning,
    /// One reaches for closeness while the other steps back.
    PursueDistance,
    /// Both keep mostly to their own lanes.
    ParallelLives,
    /// None of the named patterns fits clearly.
    Mixed,
}

use super::dynamics::Dynamic;
use super::scenario::{Domain, Scenario};
use super::scoring::{profile, Answer, Profile, Reading};

/// Which partner, in turn order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Partner {
    A,
    B,
}

impl Partner {
    pub fn index(self) -> usize {
        match self {
            Partner::A => 0,
            Partner::B => 1,
        }
    }

    pub fn other(self) -> Partner {
        match self {
            Partner::A => Partner::B,
            Partner::B => Partner::A,
        }
    }
}

/// The couple's pattern, with who is in which role where the pattern has roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CouplePattern {
    MutualReliance,
    /// `leaning` relies on the other one-way; `fusing` holds the relationship together.
    OverUnderFunctioning {
        leaning: Partner,
        fusing: Partner,
    },
    /// `pursuing` reaches for closeness; `distancing` steps back.
    PursueDistance {
        pursuing: Partner,
        distancing: Partner,
    },
    ParallelLives,
    Mixed,
}

impl PatternKind {
    pub const ALL: [PatternKind; 5] = [
        PatternKind::MutualReliance,
        PatternKind::OverUnderFunctioning,
        PatternKind::PursueDistance,
        PatternKind::ParallelLives,
        PatternKind::Mixed,
    ];

    /// Position in [`PatternKind::ALL`], for tables indexed by pattern.
    pub fn index(self) -> usize {
        PatternKind::ALL
            .iter()
            .position(|p| *p == self)
            .unwrap_or(0)
    }

    /// A stable, plain key (for page attributes and tests), without Debug formatting.
    pub fn key(self) -> &'static str {
        match self {
            PatternKind::MutualReliance => "MutualReliance",
            PatternKind::OverUnderFunctioning => "OverUnderFunctioning",
            PatternKind::PursueDistance => "PursueDistance",
            PatternKind::ParallelLives => "ParallelLives",
            PatternKind::Mixed => "Mixed",
        }
    }
}

impl CouplePattern {
    pub fn kind(self) -> PatternKind {
        match self {
            CouplePattern::MutualReliance => PatternKind::MutualReliance,
            CouplePattern::OverUnderFunctioning { .. } => PatternKind::OverUnderFunctioning,
            CouplePattern::PursueDistance { .. } => PatternKind::PursueDistance,
            CouplePattern::ParallelLives => PatternKind::ParallelLives,
            CouplePattern::Mixed => PatternKind::Mixed,
        }
    }
}

/// A scenario where the two chose options from different dynamics.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Difference {
    pub scenario: u8,
    pub domain: Domain,
    pub a: Dynamic,
    pub b: Dynamic,
    /// Distance between the chosen vectors: larger means further apart.
    pub distance: f64,
}

/// A scenario where both chose the same dynamic.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Agreement {
    pub scenario: u8,
    pub domain: Domain,
    pub dynamic: Dynamic,
}

/// Whether a gap on an axis is larger than the answers' own noise (95%).
pub fn real_gap(a: f64, se_a: f64, b: f64, se_b: f64) -> bool {
    (a - b).abs() > 1.96 * (se_a * se_a + se_b * se_b).sqrt()
}

/// Everything the results screen shows about the two together.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub profiles: [Profile; 2],
    pub pattern: CouplePattern,
    pub real_gap_s: bool,
    pub real_gap_c: bool,
    /// Ranked by distance, largest first.
    pub differences: Vec<Difference>,
    pub agreements: Vec<Agreement>,
}

/// The couple pattern from the two readings: a pattern is named only where both read
/// "mostly" something; anything less clear on either side is a mix.
fn pattern_of(a: &Profile, b: &Profile) -> CouplePattern {
    use Dynamic::{Codependence, Dependence, Independence, Interdependence};
    let mostly = |p: &Profile| match p.reading {
        Reading::Mostly(d) => Some(d),
        _ => None,
    };
    match (mostly(a), mostly(b)) {
        (Some(Independence), Some(Independence)) => CouplePattern::ParallelLives,
        (Some(Interdependence), Some(Interdependence)) => CouplePattern::MutualReliance,
        (Some(Dependence | Codependence), Some(Independence)) => CouplePattern::PursueDistance {
            pursuing: Partner::A,
            distancing: Partner::B,
        },
        (Some(Independence), Some(Dependence | Codependence)) => CouplePattern::PursueDistance {
            pursuing: Partner::B,
            distancing: Partner::A,
        },
        (Some(Dependence), Some(Codependence)) => CouplePattern::OverUnderFunctioning {
            leaning: Partner::A,
            fusing: Partner::B,
        },
        (Some(Codependence), Some(Dependence)) => CouplePattern::OverUnderFunctioning {
            leaning: Partner::B,
            fusing: Partner::A,
        },
        _ => CouplePattern::Mixed,
    }
}

/// Compares two partners over the scenarios both answered.
pub fn compare(scenarios: &[Scenario], a: &[Answer], b: &[Answer]) -> Comparison {
    let pa = profile(a);
    let pb = profile(b);
    let real_gap_s = real_gap(pa.point.s, pa.se_s, pb.point.s, pb.se_s);
    let real_gap_c = real_gap(pa.point.c, pa.se_c, pb.point.c, pb.se_c);
    let pattern = pattern_of(&pa, &pb);

    let mut differences = Vec::new();
    let mut agreements = Vec::new();
    for s in scenarios {
        let (Some(x), Some(y)) = (
            a.iter().find(|x| x.scenario == s.id),
            b.iter().find(|y| y.scenario == s.id),
        ) else {
            continue;
        };
        if x.most == y.most {
            agreements.push(Agreement {
                scenario: s.id,
                domain: s.domain,
                dynamic: x.most,
            });
        } else {
            differences.push(Difference {
                scenario: s.id,
                domain: s.domain,
                a: x.most,
                b: y.most,
                distance: x.most.vector().distance(y.most.vector()),
            });
        }
    }
    // Largest distance first; scenario order breaks ties (the sort is stable).
    super::sort_by(&mut differences, |x, y| x.distance > y.distance);

    Comparison {
        profiles: [pa, pb],
        pattern,
        real_gap_s,
        real_gap_c,
        differences,
        agreements,
    }
}

impl Comparison {
    /// Differences grouped by domain; domains ordered by their largest difference,
    /// then by how many differences they hold. Counts, not scores.
    pub fn differences_by_domain(&self) -> Vec<(Domain, Vec<Difference>)> {
        let mut groups: Vec<(Domain, Vec<Difference>)> = Vec::new();
        for d in &self.differences {
            match groups.iter_mut().find(|(dom, _)| *dom == d.domain) {
                Some((_, list)) => list.push(*d),
                None => groups.push((d.domain, vec![*d])),
            }
        }
        // Differences are already ranked, so first appearance orders domains by their
        // largest difference; a stable sort keeps that within equal counts.
        super::sort_by(&mut groups, |x, y| {
            x.1[0].distance > y.1[0].distance
                || (x.1[0].distance == y.1[0].distance && x.1.len() > y.1.len())
        });
        groups
    }

    /// Agreements grouped by domain, in domain order.
    pub fn agreements_by_domain(&self) -> Vec<(Domain, Vec<Agreement>)> {
        Domain::ALL
            .iter()
            .filter_map(|dom| {
                let list: Vec<Agreement> = self
                    .agreements
                    .iter()
                    .filter(|a| a.domain == *dom)
                    .copied()
                    .collect();
                (!list.is_empty()).then_some((*dom, list))
            })
            .collect()
    }
}

/// What moved between an earlier round and now, for each partner and for the couple.
#[derive(Clone, Debug, PartialEq)]
pub struct Movement {
    pub before: Comparison,
    pub after: Comparison,
    /// Per partner: whether Self and Connection moved by more than the answers' noise.
    pub moved: [(bool, bool); 2],
}

impl Movement {
    pub fn pattern_changed(&self) -> bool {
        self.before.pattern.kind() != self.after.pattern.kind()
    }
}

/// Compares two rounds of the same couple, with the same real-gap rule as between partners.
pub fn movement(
    scenarios: &[Scenario],
    before: &[Vec<Answer>; 2],
    after: &[Vec<Answer>; 2],
) -> Movement {
    let before = compare(scenarios, &before[0], &before[1]);
    let after = compare(scenarios, &after[0], &after[1]);
    let moved = [0, 1].map(|i| {
        let (b, a) = (&before.profiles[i], &after.profiles[i]);
        (
            real_gap(b.point.s, b.se_s, a.point.s, a.se_s),
            real_gap(b.point.c, b.se_c, a.point.c, a.se_c),
        )
    });
    Movement {
        before,
        after,
        moved,
    }
}
