//! The measurement model: pure Rust, no DOM, tested natively.

pub mod compare;
pub mod dynamics;
pub mod prompts;
pub mod results;
pub mod scenario;
pub mod scoring;
pub mod session;

/// 64-bit FNV-1a: the bootstrap's seed, prompt choice, and the check value of a saved
/// file. One routine, so a change can never make two of them disagree.
pub fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A stable insertion sort for the short lists of the model (dynamics, differences,
/// scenarios). One tiny routine per use keeps several KB of the standard library's sort
/// machinery out of the WebAssembly.
pub fn sort_by<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts numbers ascending with a heap sort: for the thousand bootstrap resamples, where
/// an insertion sort would be quadratic. Values are finite (means of bounded answers).
pub fn sort_numbers(values: &mut [f64]) {
    fn sift_down(v: &mut [f64], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && v[child] < v[child + 1] {
                child += 1;
            }
            if v[root] >= v[child] {
                return;
            }
            v.swap(root, child);
            root = child;
        }
    }
    let n = values.len();
    for start in (0..n / 2).rev() {
        sift_down(values, start, n);
    }
    for end in (1..n).rev() {
        values.swap(0, end);
        sift_down(values, 0, end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sorts_order_like_the_standard_library() {
        let mut rng = scoring::Rng::new(7);
        for n in [0usize, 1, 2, 3, 10, 257, 1000] {
            let original: Vec<f64> = (0..n)
                .map(|_| (rng.below(2001) as f64 - 1000.0) / 10.0)
                .collect();
            let mut expected = original.clone();
            expected.sort_by(f64::total_cmp);
            let mut heap = original.clone();
            sort_numbers(&mut heap);
            assert_eq!(heap, expected);
            let mut pairs: Vec<(i64, usize)> = original
                .iter()
                .enumerate()
                .map(|(i, v)| (*v as i64 / 10, i))
                .collect();
            let mut stable = pairs.clone();
            stable.sort_by_key(|p| p.0);
            sort_by(&mut pairs, |a, b| a.0 < b.0);
            assert_eq!(pairs, stable, "insertion sort is stable");
        }
    }
}
