//! Word and sentence counting shared by the content tests.
#![allow(dead_code)]

/// Lower-case word tokens: letters, digits and inner apostrophes.
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
        .collect()
}

pub fn has_word(text: &str, word: &str) -> bool {
    tokens(text).iter().any(|t| t == word)
}

/// Sentences in a text: a `.`, `!` or `?` followed by a space or the end; at least one.
pub fn sentence_count(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let n = chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
        })
        .count();
    n.max(1)
}

/// Fails on any text that uses an absolute ("always", "never") as a whole word.
pub fn assert_no_absolutes(texts: &[(String, &str)]) {
    for (label, text) in texts {
        for w in ["always", "never"] {
            assert!(!has_word(text, w), "{label} uses \"{w}\": {text}");
        }
    }
}

/// Syllables in one word, by the usual rule of thumb: groups of vowels (y counts), less a
/// silent final "e" ("make", not "table"); at least one.
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut last = false;
    for c in &w {
        let v = vowel(*c);
        if v && !last {
            groups += 1;
        }
        last = v;
    }
    let n = w.len();
    // "-le" after a consonant is a syllable of its own ("ta-ble").
    let final_le = n > 2 && w[n - 2] == 'l' && !vowel(w[n - 3]);
    if n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && !final_le {
        groups -= 1;
    }
    groups.max(1)
}

/// The Flesch-Kincaid grade of a text: 0.39 words per sentence + 11.8 syllables per word
/// - 15.59 (a US school grade; plain English for everyone is about 6 to 8).
pub fn reading_grade(text: &str) -> f64 {
    let words = tokens(text);
    let n = words.len().max(1) as f64;
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    0.39 * n / sentence_count(text) as f64 + 11.8 * syllables as f64 / n - 15.59
}
