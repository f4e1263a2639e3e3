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
/// A primary dynamic is named only when this share of resamples agree.
pub const PRIMARY_SHARE: f64 = 0.6;
/// Shares below this (1%) are left out of the words beside a profile.
pub const SHARE_SHOWN: f64 = 0.01;

/// How confidently the answers point to one dynamic.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading {
    /// At least 60% of resamples agree.
    Mostly(Dynamic),
    /// No dynamic reaches 60%: between the two most common.
    Between(Dynamic, Dynamic),
    /// Nothing answered yet.
    Unknown,
}

/// Where one partner's answers place them, and how sure we can be.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    /// Mean of the answer vectors, scaled to -100..=100.
    pub point: Vector,
    /// Standard errors of S and C, from the bootstrap (same scale).
    pub se_s: f64,
    pub se_c: f64,
    /// 90% interval of S and C over the resamples: (low, high).
    pub box_s: (f64, f64),
    pub box_c: (f64, f64),
    /// Share of resamples in each region, indexed by [`Dynamic::index`].
    pub shares: [f64; 4],
    pub reading: Reading,
    pub answered: usize,
}

impl Profile {
    pub fn region(&self) -> Dynamic {
        self.point.region()
    }

    pub fn share(&self, d: Dynamic) -> f64 {
        self.shares[d.index()]
    }

    /// The shares worth naming beside the profile, largest first.
    pub fn shown_shares(&self) -> Vec<(Dynamic, f64)> {
        self.ranked()
            .into_iter()
            .filter(|d| self.share(*d) >= SHARE_SHOWN)
            .map(|d| (d, self.share(d)))
            .collect()
    }

    /// Dynamics ordered by share of resamples, largest first (ties in `Dynamic::ALL` order).
    pub fn ranked(&self) -> [Dynamic; 4] {
        let mut all = Dynamic::ALL;
        super::sort_by(&mut all, |a, b| self.share(*a) > self.share(*b));
        all
    }
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
            shares: [0.0; 4],
            reading: Reading::Unknown,
            answered: 0,
        };
    }

    let mut rng = Rng::new(seed_of(answers));
    let mut counts = [0usize; 4];
    let mut ss = Vec::with_capacity(RESAMPLES);
    let mut cs = Vec::with_capacity(RESAMPLES);
    let mut sample = Vec::with_capacity(vectors.len());
    for _ in 0..RESAMPLES {
        sample.clear();
        for _ in 0..vectors.len() {
            sample.push(vectors[rng.below(vectors.len())]);
        }
        let m = mean(&sample);
        counts[m.region().index()] += 1;
        ss.push(m.s);
        cs.push(m.c);
    }
    let shares = counts.map(|c| c as f64 / RESAMPLES as f64);
    let se_s = std_dev(&ss);
    let se_c = std_dev(&cs);
    super::sort_numbers(&mut ss);
    super::sort_numbers(&mut cs);

    let mut ranked = Dynamic::ALL;
    super::sort_by(&mut ranked, |a, b| shares[a.index()] > shares[b.index()]);
    let reading = if shares[ranked[0].index()] >= PRIMARY_SHARE {
        Reading::Mostly(ranked[0])
    } else {
        Reading::Between(ranked[0], ranked[1])
    };

    Profile {
        point,
        se_s,
        se_c,
        box_s: (quantile(&ss, 0.05), quantile(&ss, 0.95)),
        box_c: (quantile(&cs, 0.05), quantile(&cs, 0.95)),
        shares,
        reading,
        answered: answers.len(),
    }
}
