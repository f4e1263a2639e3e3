//! The measurement model: pure Rust, no DOM, tested natively.

pub mod compare;
pub mod dynamics;
pub mod prompts;
pub mod scenario;
pub mod scoring;
pub mod session;
