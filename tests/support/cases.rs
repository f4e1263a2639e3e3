//! Test support: how many cases a property test runs.
#![allow(dead_code)]

use proptest::test_runner::Config as ProptestConfig;

/// `cases` runs (or `PROPTEST_CASES` from the environment, for a deeper run), with no
/// regression files written next to the tests.
pub fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}
