//! The facilitator notes of therapist mode, held mechanically: every pattern and every
//! part of the results has a note, nothing is empty, no absolutes or markup, questions are questions, and the
//! notes stay short.

use me_and_we::content::english;
use me_and_we::content::locale::FacilitatorNote;

fn pattern_note(p: PatternKind) -> FacilitatorNote {
    *english().pattern_note(p)
}
const NOTES: &me_and_we::content::locale::Notes = &me_and_we::content::en::therapist::NOTES;
const W: &me_and_we::content::locale::Words = &me_and_we::content::en::screens::WORDS;
const MAP_NOTE: &FacilitatorNote = &NOTES.map;
const DIFFERENCES_NOTE: &FacilitatorNote = &NOTES.differences;
const AGREEMENTS_NOTE: &FacilitatorNote = &NOTES.agreements;
const PROMPTS_NOTE: &FacilitatorNote = &NOTES.prompts;
const SAFETY_NOTE: &str = W.later.notes_safety;
const LABEL_LOOKS_LIKE: &str = W.later.notes_looks_like;
const LABEL_QUESTIONS: &str = W.later.notes_questions;
const LABEL_CAUTION: &str = W.later.notes_caution;
const NOTES_HEADING: &str = W.later.notes_heading;
use me_and_we::model::compare::PatternKind;

const PATTERNS: [PatternKind; 5] = [
    PatternKind::MutualReliance,
    PatternKind::OverUnderFunctioning,
    PatternKind::PursueDistance,
    PatternKind::ParallelLives,
    PatternKind::Mixed,
];

// ---------------------------------------------------------------- helpers

#[path = "text/words.rs"]
mod words;
use words::{has_word, sentence_count};

/// Every note, labelled. The exhaustive match stops compiling when a pattern is added: a reminder to list it in `PATTERNS` and give it a note.
fn all_notes() -> Vec<(String, FacilitatorNote)> {
    let mut out = Vec::new();
    for p in PATTERNS {
        match p {
            PatternKind::MutualReliance
            | PatternKind::OverUnderFunctioning
            | PatternKind::PursueDistance
            | PatternKind::ParallelLives
            | PatternKind::Mixed => {}
        }
        out.push((format!("pattern {p:?}"), pattern_note(p)));
    }
    out.push(("map".to_owned(), *MAP_NOTE));
    out.push(("differences".to_owned(), *DIFFERENCES_NOTE));
    out.push(("agreements".to_owned(), *AGREEMENTS_NOTE));
    out.push(("prompts".to_owned(), *PROMPTS_NOTE));
    out
}

/// Every piece of text in this module, labelled.
fn all_texts() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for (label, n) in all_notes() {
        out.push((format!("{label} looks_like"), n.looks_like));
        for (i, q) in n.questions.into_iter().enumerate() {
            out.push((format!("{label} question {i}"), q));
        }
        out.push((format!("{label} caution"), n.caution));
    }
    out.push(("safety note".to_owned(), SAFETY_NOTE));
    out.push(("label looks_like".to_owned(), LABEL_LOOKS_LIKE));
    out.push(("label questions".to_owned(), LABEL_QUESTIONS));
    out.push(("label caution".to_owned(), LABEL_CAUTION));
    out.push(("notes heading".to_owned(), NOTES_HEADING));
    out
}

// ---------------------------------------------------------------- helper self-checks

#[test]
fn helpers_behave() {
    assert!(has_word("It is Always so.", "always"));
    assert!(has_word("NEVER again", "never"));
    assert!(!has_word("hallways are long", "always"));
    assert!(!has_word("nevertheless", "never"));
    assert_eq!(sentence_count("One. Two? Three!"), 3);
    assert_eq!(sentence_count("No stop at all"), 1);
    assert_eq!(sentence_count("Costs 2.50 today."), 1);
}

// ---------------------------------------------------------------- coverage

#[test]
fn every_pattern_and_part_of_the_results_has_a_note() {
    assert_eq!(PATTERNS.len(), 5);
    let notes = all_notes();
    assert_eq!(notes.len(), 5 + 4);
    // Each note is its own: no two parts of the results share the same text.
    for (i, (la, a)) in notes.iter().enumerate() {
        for (lb, b) in notes.iter().skip(i + 1) {
            assert_ne!(a.looks_like, b.looks_like, "{la} and {lb} share looks_like");
            assert_ne!(a.caution, b.caution, "{la} and {lb} share a caution");
        }
    }
}

// ---------------------------------------------------------------- wording

#[test]
fn no_empty_strings() {
    for (label, text) in all_texts() {
        assert!(!text.trim().is_empty(), "{label} is empty");
    }
}

#[test]
fn no_absolutes() {
    words::assert_no_absolutes(&all_texts());
}

#[test]
fn no_angle_brackets() {
    for (label, text) in all_texts() {
        assert!(
            !text.contains('<') && !text.contains('>'),
            "{label} contains angle brackets: {text}"
        );
    }
}

#[test]
fn every_question_ends_with_a_question_mark() {
    for (label, n) in all_notes() {
        for (i, q) in n.questions.iter().enumerate() {
            assert!(q.trim_end().ends_with('?'), "{label} question {i}: {q}");
        }
        let mut qs = n.questions.to_vec();
        qs.sort_unstable();
        qs.dedup();
        assert_eq!(qs.len(), 3, "{label} repeats a question");
    }
}

// ---------------------------------------------------------------- length

#[test]
fn looks_like_is_at_most_three_sentences() {
    for (label, n) in all_notes() {
        let k = sentence_count(n.looks_like);
        assert!(
            k <= 3,
            "{label} looks_like has {k} sentences: {}",
            n.looks_like
        );
    }
}

#[test]
fn caution_is_at_most_two_sentences() {
    for (label, n) in all_notes() {
        let k = sentence_count(n.caution);
        assert!(k <= 2, "{label} caution has {k} sentences: {}", n.caution);
    }
}

#[test]
fn safety_note_is_two_or_three_sentences() {
    let k = sentence_count(SAFETY_NOTE);
    assert!((2..=3).contains(&k), "safety note has {k} sentences");
}

#[test]
fn labels_are_short() {
    for (label, text) in [
        ("looks_like", LABEL_LOOKS_LIKE),
        ("questions", LABEL_QUESTIONS),
        ("caution", LABEL_CAUTION),
        ("heading", NOTES_HEADING),
    ] {
        let words = text.split_whitespace().count();
        assert!(words <= 4, "label {label} is long: {text}");
        assert!(
            !text.ends_with('.'),
            "label {label} ends with a stop: {text}"
        );
    }
}
