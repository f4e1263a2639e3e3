//! English, compiled in: the locale every other one is checked against.

pub mod learn;
pub mod page;
pub mod prompts;
pub mod scenarios;
pub mod screens;
pub mod therapist;

use super::locale::{DynamicText, LaterWords, Notes, PatternText, PhoneWords};
use super::locale::{Locale, PromptText, ScenarioText};

/// The bank's words. On the web they are not compiled in (about 9.8 KB of the WebAssembly,
/// brotli): the app fetches them after its first screen from the file written from these
/// tables (`public/locales/en.bank.txt`; `ui::language::want_bank`).
#[cfg(not(target_arch = "wasm32"))]
const BANK: (&[ScenarioText], &[PromptText]) = (&scenarios::SCENARIOS, &prompts::PROMPTS);
#[cfg(target_arch = "wasm32")]
const BANK: (&[ScenarioText], &[PromptText]) = (&[], &[]);

/// What the results and the Learn page explain, and the two-phone screens' words: on the
/// web, fetched with the bank (about 4.8 KB of the WebAssembly, brotli), and empty until
/// it arrives.
type Explained = (
    [DynamicText; 4],
    [&'static str; 10],
    [PatternText; 5],
    Notes,
    PhoneWords,
);
#[cfg(not(target_arch = "wasm32"))]
const EXPLAINED: Explained = (
    learn::DYNAMICS,
    learn::DOMAINS,
    learn::PATTERNS,
    therapist::NOTES,
    screens::PHONE,
);
#[cfg(target_arch = "wasm32")]
const EXPLAINED: Explained = {
    const D: DynamicText = DynamicText {
        name: "",
        word: "",
        voice: "",
        summary: "",
        examples: [""; 3],
    };
    const P: PatternText = PatternText {
        name: "",
        summary: "",
        line: "",
    };
    const N: super::locale::FacilitatorNote = super::locale::FacilitatorNote {
        looks_like: "",
        questions: [""; 3],
        caution: "",
    };
    let notes = Notes {
        map: N,
        differences: N,
        agreements: N,
        prompts: N,
        patterns: [N; 5],
    };
    ([D; 4], [""; 10], [P; 5], notes, PhoneWords::EMPTY)
};

/// The words of the screens after the first ones: on the web, fetched with the bank.
#[cfg(not(target_arch = "wasm32"))]
const LATER: LaterWords = screens::LATER;
#[cfg(target_arch = "wasm32")]
const LATER: LaterWords = LaterWords::EMPTY;

pub static LOCALE: Locale = Locale {
    lang: "en",
    words: screens::WORDS,
    dynamics: EXPLAINED.0,
    domains: EXPLAINED.1,
    patterns: EXPLAINED.2,
    notes: EXPLAINED.3,
    phone: EXPLAINED.4,
    safety_items: screens::SAFETY_ITEMS,
    scenarios: BANK.0,
    prompts: BANK.1,
    helplines: &screens::HELPLINES,
};
