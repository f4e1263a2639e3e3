//! The measurement model: pure Rust, no DOM, tested natively.

pub mod compare;
pub mod dynamics;
pub mod prompts;
pub mod scenario;
pub mod scoring;
pub mod session;

/// A stable insertion sort. The lists sorted here are small (at most a thousand
/// resamples), and one tiny routine per use keeps several KB of the standard library's
/// sort machinery out of the WebAssembly.
pub fn sort_by<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
