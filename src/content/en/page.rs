//! The static page's own words in English: what the browser shows before the app runs
//! (title, description, the no-script note) and the installed app's name.

use crate::content::locale::PageWords;

pub static PAGE: PageWords = PageWords {
    title: "Me & We · a private couples’ check-in",
    description: "A private check-in for couples: each partner answers the same situations, then you see together how you balance me and we. Nothing leaves your device.",
    noscript: "Me & We needs JavaScript and WebAssembly turned on. Nothing you enter ever leaves this device.",
    manifest_name: "Me & We: a private couples' check-in",
    manifest_short_name: "Me & We",
    manifest_description: "A private check-in for couples. Answers never leave this device.",
};
