//! The four dynamics, the S/C/L/F vector each answer carries, and the map's regions.

use serde::{Deserialize, Serialize};

/// One of the four relationship dynamics. Labels answers and patterns, never people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Dynamic {
    Independence,
    Dependence,
    Codependence,
    Interdependence,
}

impl Dynamic {
    pub const ALL: [Dynamic; 4] = [
        Dynamic::Interdependence,
        Dynamic::Independence,
        Dynamic::Dependence,
        Dynamic::Codependence,
    ];

    /// Stable position in [`Dynamic::ALL`], for arrays indexed by dynamic.
    pub fn index(self) -> usize {
        match self {
            Dynamic::Interdependence => 0,
            Dynamic::Independence => 1,
            Dynamic::Dependence => 2,
            Dynamic::Codependence => 3,
        }
    }

    /// The dynamic's one-letter code, the only one: page ids (`most-n`), tests, saved
    /// answers' text forms and locale keys all use it. `n` is interdependence.
    pub fn code(self) -> &'static str {
        match self {
            Dynamic::Independence => "i",
            Dynamic::Dependence => "d",
            Dynamic::Codependence => "c",
            Dynamic::Interdependence => "n",
        }
    }

    /// Reads [`Dynamic::code`]; `None` for anything else.
    pub fn from_code(c: &str) -> Option<Dynamic> {
        Dynamic::ALL.into_iter().find(|d| d.code() == c)
    }

    /// The vector an option written in this dynamic carries (docs/model.md).
    pub fn vector(self) -> Vector {
        match self {
            Dynamic::Interdependence => Vector::new(1.0, 1.0, 0.0, 0.0),
            Dynamic::Independence => Vector::new(1.0, -1.0, 0.0, 0.0),
            Dynamic::Dependence => Vector::new(-1.0, 1.0, 1.0, 0.0),
            Dynamic::Codependence => Vector::new(-1.0, 1.0, 0.0, 1.0),
        }
    }
}

/// Self (autonomy), Connection (mutual reliance), Lean (one-way reliance), Fuse (worth
/// tied to the partner). Per answer each lies in -1..=1; profiles scale them to -100..=100.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Vector {
    pub s: f64,
    pub c: f64,
    pub l: f64,
    pub f: f64,
}

impl Vector {
    pub const fn new(s: f64, c: f64, l: f64, f: f64) -> Self {
        Vector { s, c, l, f }
    }

    pub fn scale(self, k: f64) -> Vector {
        Vector::new(self.s * k, self.c * k, self.l * k, self.f * k)
    }

    pub fn clamp(self, lo: f64, hi: f64) -> Vector {
        Vector::new(
            self.s.clamp(lo, hi),
            self.c.clamp(lo, hi),
            self.l.clamp(lo, hi),
            self.f.clamp(lo, hi),
        )
    }

    /// Euclidean distance over all four components: how far apart two choices are.
    pub fn distance(self, o: Vector) -> f64 {
        let d = self + o.scale(-1.0);
        (d.s * d.s + d.c * d.c + d.l * d.l + d.f * d.f).sqrt()
    }

    /// The region of the Self x Connection map this point falls in; Lean and Fuse
    /// decide between dependence and codependence where Self is low.
    pub fn region(self) -> Dynamic {
        if self.s > 0.0 {
            if self.c > 0.0 {
                Dynamic::Interdependence
            } else {
                Dynamic::Independence
            }
        } else if self.l >= self.f {
            Dynamic::Dependence
        } else {
            Dynamic::Codependence
        }
    }
}

impl std::ops::Add for Vector {
    type Output = Vector;

    fn add(self, o: Vector) -> Vector {
        Vector::new(self.s + o.s, self.c + o.c, self.l + o.l, self.f + o.f)
    }
}
