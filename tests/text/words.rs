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
