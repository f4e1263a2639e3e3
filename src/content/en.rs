//! English, compiled in: the locale every other one is checked against.

pub mod learn;
pub mod page;
pub mod prompts;
pub mod scenarios;
pub mod screens;
pub mod therapist;

use super::locale::Locale;

pub static LOCALE: Locale = Locale {
    lang: "en",
    words: screens::WORDS,
    dynamics: learn::DYNAMICS,
    domains: learn::DOMAINS,
    patterns: learn::PATTERNS,
    notes: therapist::NOTES,
    safety_items: screens::SAFETY_ITEMS,
    scenarios: &scenarios::SCENARIOS,
    prompts: &prompts::PROMPTS,
    helplines: &screens::HELPLINES,
};
