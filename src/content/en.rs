//! English, compiled in: the locale every other one is checked against.

pub mod learn;
pub mod page;
pub mod prompts;
pub mod scenarios;
pub mod screens;
pub mod therapist;

use super::locale::{Locale, PromptText, ScenarioText};

/// The bank's words. On the web they are not compiled in (about 9.8 KB of the WebAssembly,
/// brotli): the app fetches them after its first screen from the file written from these
/// tables (`public/locales/en.bank.txt`; `ui::language::want_bank`).
#[cfg(not(target_arch = "wasm32"))]
const BANK: (&[ScenarioText], &[PromptText]) = (&scenarios::SCENARIOS, &prompts::PROMPTS);
#[cfg(target_arch = "wasm32")]
const BANK: (&[ScenarioText], &[PromptText]) = (&[], &[]);

pub static LOCALE: Locale = Locale {
    lang: "en",
    words: screens::WORDS,
    dynamics: learn::DYNAMICS,
    domains: learn::DOMAINS,
    patterns: learn::PATTERNS,
    notes: therapist::NOTES,
    safety_items: screens::SAFETY_ITEMS,
    scenarios: BANK.0,
    prompts: BANK.1,
    helplines: &screens::HELPLINES,
};
