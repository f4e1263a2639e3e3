//! A partner's profile from their answers, with bootstrap uncertainty.

use super::dynamics::{Dynamic, Vector};
use serde::{Deserialize, Serialize};

/// One answered scenario: the option most like me, and optionally the one least like me.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub scenario: u8,
    pub most: Dynamic,
    pub least: Option<Dynamic>,
}

impl Answer {
    /// The answer's contribution: the chosen vector minus half the "least like me" one,
    /// kept within -1..=1 so one answer can never outweigh another.
    pub fn vector(&self) -> Vector {
        let mut v = self.most.vector();
        if let Some(least) = self.least.filter(|l| *l != self.most) {
            v = v + least.vector().scale(-0.5);
        }
        v.clamp(-1.0, 1.0)
    }
}

/// How many bootstrap resamples: enough for stable shares to the percent.
pub const RESAMPLES: usize = 1000;
/// How much a "least like me" pick counts against its dynamic in the mix: a little.
pub const LEAST_WEIGHT: f64 = 0.25;
/// "Mostly X": X leads the mix in at least this share of resamples.
pub const MOSTLY: f64 = 0.8;
/// Otherwise a lean is named ("between X and Y", the two largest shares) only when the
/// largest share stands this many standard errors above an even spread (a quarter):
/// 11 of 30 answers, or 6 of 12. Random answers then read "no clear lean" in about 60%
/// of full check-ins (docs/model.md has the trade-off this sets).
pub const LEAN_Z: f64 = 1.3;
/// Shares below this (1%) are left out of the words beside a profile.
pub const SHARE_SHOWN: f64 = 0.01;
/// The map never places a partner in a region whose dynamics make up less than this
/// share of their choices. A third, not a quarter: some region always holds a third of
/// three, and a push-pull mix (independence and codependence, a little
/// interdependence) then stays out of the interdependence quadrant it averages into.
pub const REGION_FLOOR: f64 = 1.0 / 3.0 - 1e-9;

/// What the answers say, in the one vocabulary used everywhere: "mostly X", "between
/// X and Y", "no clear lean".
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading {
    /// X leads the mix in at least 80% of resamples.
    Mostly(Dynamic),
    /// X and Y hold the two largest shares (X the larger), and X stands clearly above
    /// an even spread, but neither leads clearly.
    Between(Dynamic, Dynamic),
    /// Nothing leads clearly: random answers read so most of the time.
    NoClearLean,
    /// Nothing answered yet.
    Unknown,
}

/// Where one partner's answers place them, and how sure we can be.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    /// Mean of the answer vectors, scaled to -100..=100: the picture's raw material.
    pub point: Vector,
    /// Standard errors of S and C, from the bootstrap (same scale).
    pub se_s: f64,
    pub se_c: f64,
    /// 90% interval of S and C over the resamples: (low, high).
    pub box_s: (f64, f64),
    pub box_c: (f64, f64),
    /// The mix: how often each dynamic was chosen, a "least like me" counting a little
    /// against its dynamic, by [`Dynamic::index`]; sums to 1 (all 0 with no answers).
    pub mix: [f64; 4],
    /// Share of resamples in which each dynamic leads the mix (ties shared).
    pub leads: [f64; 4],
    pub reading: Reading,
    pub answered: usize,
    /// Where the map draws this partner (S, C): the point, moved just inside the nearest
    /// region whose dynamics hold at least a third of the mix when it is not in one.
    pub placed: (f64, f64),
}

impl Profile {
    /// The map region the partner is drawn in.
    pub fn region(&self) -> Dynamic {
        Vector::new(self.placed.0, self.placed.1, self.point.l, self.point.f).region()
    }

    /// How much of the mix this dynamic holds (0..=1).
    pub fn share(&self, d: Dynamic) -> f64 {
        self.mix[d.index()]
    }

    /// The dynamic that leads, when the reading names one first.
    pub fn lean(&self) -> Option<Dynamic> {
        match self.reading {
            Reading::Mostly(d) | Reading::Between(d, _) => Some(d),
            Reading::NoClearLean | Reading::Unknown => None,
        }
    }

    /// The shares worth naming beside the profile, largest first.
    pub fn shown_shares(&self) -> Vec<(Dynamic, f64)> {
        self.ranked()
            .into_iter()
            .filter(|d| self.share(*d) >= SHARE_SHOWN)
            .map(|d| (d, self.share(d)))
            .collect()
    }

    /// Dynamics ordered by share of the mix, largest first (ties in `Dynamic::ALL` order).
    pub fn ranked(&self) -> [Dynamic; 4] {
        let mut all = Dynamic::ALL;
        super::sort_by(&mut all, |a, b| self.share(*a) > self.share(*b));
        all
    }
}

/// Each answer's weight per dynamic: +1 for the choice, -LEAST_WEIGHT for "least like me".
fn weights(a: &Answer) -> [f64; 4] {
    let mut w = [0.0; 4];
    w[a.most.index()] += 1.0;
    if let Some(l) = a.least.filter(|l| *l != a.most) {
        w[l.index()] -= LEAST_WEIGHT;
    }
    w
}

/// The mix of some answers' weights: each dynamic's total, kept at 0 or more, as shares.
fn mix_of(totals: [f64; 4]) -> [f64; 4] {
    let kept = totals.map(|t| t.max(0.0));
    let sum: f64 = kept.iter().sum();
    if sum <= 0.0 {
        return [0.0; 4];
    }
    kept.map(|t| t / sum)
}

/// The reading of `answered` answers with this mix and these leads.
pub fn reading_of(mix: [f64; 4], leads: [f64; 4], answered: usize) -> Reading {
    if answered == 0 {
        return Reading::Unknown;
    }
    let mut by_lead = Dynamic::ALL;
    super::sort_by(&mut by_lead, |a, b| leads[a.index()] > leads[b.index()]);
    if leads[by_lead[0].index()] >= MOSTLY {
        return Reading::Mostly(by_lead[0]);
    }
    let mut by_share = Dynamic::ALL;
    super::sort_by(&mut by_share, |a, b| mix[a.index()] > mix[b.index()]);
    let even = 0.25 + LEAN_Z * (0.1875 / answered as f64).sqrt();
    if mix[by_share[0].index()] >= even - 1e-9 {
        Reading::Between(by_share[0], by_share[1])
    } else {
        Reading::NoClearLean
    }
}

/// Where the map draws a point (S, C on -100..=100) for this mix: where it is (just off
/// an axis line), if the dynamics of its region hold at least a third of the mix;
/// otherwise just inside the
/// nearest region that does (a larger share breaks a tie). The left half is one region,
/// dependence and codependence together. A push-pull mix of independence and
/// codependence averages into the interdependence quadrant; this keeps it out.
pub fn placement(s: f64, c: f64, mix: &[f64; 4]) -> (f64, f64) {
    const INSIDE: f64 = 3.0;
    let inter = mix[Dynamic::Interdependence.index()];
    let indep = mix[Dynamic::Independence.index()];
    let left = mix[Dynamic::Dependence.index()] + mix[Dynamic::Codependence.index()];
    // (share, the nearest point of the region, its distance)
    let near = |share: f64, p: (f64, f64)| (share, p, (p.0 - s).hypot(p.1 - c));
    let candidates = [
        near(inter, (s.max(INSIDE), c.max(INSIDE))),
        near(indep, (s.max(INSIDE), c.min(-INSIDE))),
        near(left, (s.min(0.0).clamp(-100.0, -INSIDE), c)),
    ];
    let here = if s > 0.0 {
        if c > 0.0 {
            0
        } else {
            1
        }
    } else {
        2
    };
    // Where it is, only moved off an axis line so the drawing shows its region.
    if candidates[here].0 >= REGION_FLOOR {
        return candidates[here].1;
    }
    let mut best: Option<(f64, (f64, f64), f64)> = None;
    for cand in candidates {
        if cand.0 < REGION_FLOOR {
            continue;
        }
        let better = match best {
            None => true,
            Some(b) => cand.2 < b.2 - 1e-9 || ((cand.2 - b.2).abs() <= 1e-9 && cand.0 > b.0),
        };
        if better {
            best = Some(cand);
        }
    }
    best.map_or((s, c), |b| b.1)
}

/// A small deterministic generator (SplitMix64): the same answers always give the
/// same picture, on every device, without a crate.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n (n > 0); the tiny modulo bias is irrelevant at these sizes.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// The bootstrap's seed, and a stable choice among prompts: FNV-1a over the answers.
pub fn seed_of(answers: &[Answer]) -> u64 {
    super::fnv1a(answers.iter().flat_map(|a| {
        [
            a.scenario,
            a.most.index() as u8,
            a.least.map_or(9, |l| l.index() as u8),
        ]
    }))
}

fn mean(vectors: &[Vector]) -> Vector {
    if vectors.is_empty() {
        return Vector::default();
    }
    let sum = vectors.iter().fold(Vector::default(), |acc, v| acc + *v);
    sum.scale(100.0 / vectors.len() as f64)
}

/// Linear-interpolated quantile of sorted values.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let pos = q.clamp(0.0, 1.0) * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64)
}

fn std_dev(values: &[f64]) -> f64 {
    if values.len() < 2 {
        return 0.0;
    }
    let m = values.iter().sum::<f64>() / values.len() as f64;
    let var = values.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / (values.len() - 1) as f64;
    var.sqrt()
}

/// Scores one partner. Works on any number of answers, including none.
pub fn profile(answers: &[Answer]) -> Profile {
    let vectors: Vec<Vector> = answers.iter().map(Answer::vector).collect();
    let point = mean(&vectors);
    if vectors.is_empty() {
        return Profile {
            point,
            se_s: 0.0,
            se_c: 0.0,
            box_s: (0.0, 0.0),
            box_c: (0.0, 0.0),
            mix: [0.0; 4],
            leads: [0.0; 4],
            reading: Reading::Unknown,
            answered: 0,
            placed: (0.0, 0.0),
        };
    }
    let each: Vec<[f64; 4]> = answers.iter().map(weights).collect();
    let total = |picks: &mut dyn Iterator<Item = usize>| {
        let mut t = [0.0; 4];
        for i in picks {
            for (sum, w) in t.iter_mut().zip(each[i]) {
                *sum += w;
            }
        }
        t
    };
    let mix = mix_of(total(&mut (0..each.len())));

    let mut rng = Rng::new(seed_of(answers));
    let mut leads = [0.0; 4];
    let mut ss = Vec::with_capacity(RESAMPLES);
    let mut cs = Vec::with_capacity(RESAMPLES);
    let n = vectors.len();
    let mut picks = Vec::with_capacity(n);
    for _ in 0..RESAMPLES {
        picks.clear();
        picks.extend((0..n).map(|_| rng.below(n)));
        // The leader of this resample's mix; a tie shares the credit.
        let t = total(&mut picks.iter().copied());
        let top = t.iter().copied().fold(f64::MIN, f64::max);
        let tied = t.iter().filter(|v| **v == top).count() as f64;
        for (lead, v) in leads.iter_mut().zip(t) {
            if v == top {
                *lead += 1.0 / tied;
            }
        }
        let (s, c) = picks.iter().fold((0.0, 0.0), |(s, c), i| {
            (s + vectors[*i].s, c + vectors[*i].c)
        });
        let scale = 100.0 / n as f64;
        ss.push(s * scale);
        cs.push(c * scale);
    }
    let leads = leads.map(|l| l / RESAMPLES as f64);
    let se_s = std_dev(&ss);
    let se_c = std_dev(&cs);
    super::sort_numbers(&mut ss);
    super::sort_numbers(&mut cs);

    Profile {
        point,
        se_s,
        se_c,
        box_s: (quantile(&ss, 0.05), quantile(&ss, 0.95)),
        box_c: (quantile(&cs, 0.05), quantile(&cs, 0.95)),
        mix,
        leads,
        reading: reading_of(mix, leads, answers.len()),
        answered: answers.len(),
        placed: placement(point.s, point.c, &mix),
    }
}
