//! The locale: English is complete, its data-file form reads back to the same locale,
//! and the file decoder refuses what is missing, unknown, repeated, malformed or has
//! changed placeholders, without ever panicking on any input.

use me_and_we::content::locale::{fill, region_of, signed, Locale, LocaleError};
use me_and_we::content::{bank, english};
use me_and_we::model::dynamics::Dynamic;
use proptest::prelude::*;

#[path = "support/cases.rs"]
mod cases;
use cases::config;

#[test]
fn english_reads_back_from_its_own_file() {
    let file = english().to_file();
    let read = Locale::from_file(&file, english()).expect("English's own file");
    assert_eq!(&read, english());
    assert_eq!(read.to_file(), file, "the file form is stable");
}

#[test]
fn every_key_is_one_line_and_every_text_is_there() {
    let file = english().to_file();
    let keys: Vec<&str> = file
        .lines()
        .map(|l| l.split(" = ").next().unwrap())
        .collect();
    let mut unique = keys.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), keys.len(), "no key twice");
    for line in file.lines() {
        let (key, value) = line.split_once(" = ").unwrap();
        assert!(!value.trim().is_empty(), "{key} is empty");
    }
    // Every scenario of the bank has its situation and four options; every prompt its two.
    for s in &bank::SCENARIOS {
        assert!(keys.contains(&format!("scenario.{}.situation", s.id).as_str()));
        for d in Dynamic::ALL {
            assert!(keys.contains(&format!("scenario.{}.{}", s.id, d.code()).as_str()));
        }
    }
    for p in &bank::PROMPTS {
        assert!(keys.contains(&format!("prompt.{}.title", p.id).as_str()));
    }
    assert!(keys.contains(&"words.landing_title"));
    assert!(keys.contains(&"helpline.US"));
}

fn without(file: &str, key: &str) -> String {
    file.lines()
        .filter(|l| !l.starts_with(&format!("{key} = ")))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn a_file_that_is_not_whole_is_refused_with_the_reason() {
    let en = english();
    let file = en.to_file();
    assert_eq!(
        Locale::from_file(&without(&file, "words.back"), en),
        Err(LocaleError::Missing("words.back".into()))
    );
    assert_eq!(
        Locale::from_file(&without(&file, "scenario.7.n"), en),
        Err(LocaleError::Missing("scenario.7.n".into()))
    );
    assert_eq!(
        Locale::from_file(&format!("{file}words.extra = x\n"), en),
        Err(LocaleError::Unknown("words.extra".into()))
    );
    assert_eq!(
        Locale::from_file(&format!("{file}words.back = Atrás\n"), en),
        Err(LocaleError::Duplicate("words.back".into()))
    );
    assert_eq!(
        Locale::from_file(&format!("{file}no equals sign here\n"), en),
        Err(LocaleError::Malformed(file.lines().count() + 1))
    );
    let renamed = file.replace(
        "words.handoff_title = Pass the device to {name}",
        "words.handoff_title = Pass the device to {nombre}",
    );
    assert_ne!(renamed, file);
    assert_eq!(
        Locale::from_file(&renamed, en),
        Err(LocaleError::Placeholders("words.handoff_title".into()))
    );
    let no_lines: String = file
        .lines()
        .filter(|l| !l.starts_with("helpline."))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        Locale::from_file(&no_lines, en),
        Err(LocaleError::Missing("helpline".into()))
    );
    let orphan = format!("{no_lines}helpline.XX.1 = A line | 123\n");
    assert_eq!(
        Locale::from_file(&orphan, en),
        Err(LocaleError::Helpline("helpline.XX.1".into()))
    );
}

#[test]
fn a_translated_file_is_taken_word_for_word() {
    let en = english();
    let file = en
        .to_file()
        .replace("words.back = Back", "words.back = Atrás")
        .replace(
            "words.handoff_title = Pass the device to {name}",
            "words.handoff_title = Pasa el dispositivo a {name}",
        );
    let l = Locale::from_file(&format!("# comment\n\n{file}"), en).unwrap();
    assert_eq!(l.words.back, "Atrás");
    assert_eq!(
        fill(l.words.handoff_title, &[("name", "Sam")]),
        "Pasa el dispositivo a Sam"
    );
    assert_eq!(l.helplines, en.helplines);
}

#[test]
fn templates_fill_and_numbers_have_one_form() {
    assert_eq!(fill("{a} and {b}", &[("b", "2"), ("a", "1")]), "1 and 2");
    assert_eq!(fill("{unknown} {", &[("a", "1")]), "{unknown} {");
    assert_eq!(fill("no places", &[]), "no places");
    assert_eq!(signed(12.4), "+12");
    assert_eq!(signed(-3.6), "-4");
    assert_eq!(signed(0.2), "0");
    assert_eq!(region_of("en-US"), "US");
    assert_eq!(region_of("es_mx"), "MX");
    assert_eq!(region_of("es-419"), "");
    assert_eq!(region_of("zh-Hant-TW"), "TW");
    assert_eq!(region_of("en"), "");
}

#[test]
fn the_readers_country_comes_first() {
    let en = english();
    let (local, others) = en.helplines_for("GB");
    assert_eq!(local.unwrap().region, "GB");
    assert_eq!(others.len(), en.helplines.len() - 1);
    assert!(others.iter().all(|h| h.region != "GB"));
    let (none, all) = en.helplines_for("");
    assert!(none.is_none());
    assert_eq!(all.len(), en.helplines.len());
}

/// `file` with its line `line` cut after `cut` characters and `damage` put in its place.
fn damage_line(file: &str, line: usize, cut: usize, damage: &str) -> String {
    file.lines()
        .enumerate()
        .map(|(i, l)| {
            if i == line {
                let keep: String = l.chars().take(cut).collect();
                format!("{keep}{damage}\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

static ENGLISH_FILE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| english().to_file());

proptest! {
    #![proptest_config(config(100_000))]

    /// Any text at all: an error, never a panic.
    #[test]
    fn the_locale_decoder_never_panics_on_any_text(text in any::<String>()) {
        prop_assert!(Locale::from_file(&text, english()).is_err());
    }
}

proptest! {
    // Each case reads a whole thousand-line file: fewer cases, each close to valid.
    #![proptest_config(config(3_000))]

    /// English's own file with one line damaged: an error or a whole locale, never a
    /// panic; whatever is accepted writes back to a file that reads the same.
    #[test]
    fn the_locale_decoder_never_panics_on_damaged_files(
        line in 0usize..1200,
        damage in "[ -~é{}=|#\\\\]{0,12}",
        cut in 0usize..80,
    ) {
        let en = english();
        let damaged = damage_line(&ENGLISH_FILE, line, cut, &damage);
        if let Ok(l) = Locale::from_file(&damaged, en) {
            prop_assert_eq!(Locale::from_file(&l.to_file(), en), Ok(l));
        }
    }
}

/// Every language the app ships, as its file (public/locales/).
const SHIPPED: [(&str, &str); 1] = [("es", include_str!("../public/locales/es.txt"))];

/// Spanish is a whole locale file: every key English has, the same placeholders, nothing
/// else; and it is translated, not copied.
#[test]
fn spanish_is_a_whole_translated_locale_file() {
    let text = SHIPPED[0].1;
    let en = english();
    let es = Locale::from_file(text, en).unwrap_or_else(|e| panic!("es.txt: {e:?}"));
    assert_eq!(es.lang, "es");
    let (en_file, es_file) = (en.to_file(), es.to_file());
    let same = en_file
        .lines()
        .zip(es_file.lines())
        .filter(|(a, b)| a == b && !a.starts_with("helpline."))
        .count();
    // The app's name, file names and a placeholder-only line may stay as they are.
    assert!(same <= 6, "{same} lines are the English ones");
    assert_eq!(
        es.scenario(1).map(|t| t.situation),
        text.lines()
            .find_map(|l| l.strip_prefix("scenario.1.situation = "))
    );
}

/// The app reads a shipped file by position (`Locale::read`, which names no keys): each
/// file keeps English's key order, so reading it by position gives what reading it by
/// key gives.
#[test]
fn every_shipped_file_reads_the_same_by_position_as_by_key() {
    let en = english();
    assert_eq!(Locale::read(&en.to_file(), en).as_ref(), Ok(en));
    for (lang, text) in SHIPPED {
        let by_key = Locale::from_file(text, en).unwrap_or_else(|e| panic!("{lang}: {e:?}"));
        assert_eq!(Locale::read(text, en).as_ref(), Ok(&by_key), "{lang}");
        // As .ci/locales.mjs ships it: no comments or page words, texts without keys.
        let shipped: String = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("page."))
            .map(|l| match l.starts_with("helpline.") {
                true => format!("{l}\n"),
                false => format!("={}\n", l.split_once(" = ").unwrap().1),
            })
            .collect();
        assert_eq!(Locale::read(&shipped, en), Ok(by_key), "{lang} as shipped");
        let keys = |file: &str| -> Vec<String> {
            file.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("page."))
                .map(|l| l.split(" = ").next().unwrap_or_default().to_owned())
                .filter(|k| !k.starts_with("helpline."))
                .collect()
        };
        assert_eq!(
            keys(text),
            keys(&en.to_file()),
            "{lang}: English's key order"
        );
    }
}

/// The static page's own words (title, description, no-script note, manifest) are in
/// every shipped file, for the build to write into the page.
#[test]
fn every_shipped_file_has_the_pages_own_words() {
    for (lang, text) in SHIPPED {
        for key in [
            "title",
            "description",
            "noscript",
            "manifest_name",
            "manifest_short_name",
            "manifest_description",
        ] {
            let line = text
                .lines()
                .find_map(|l| l.strip_prefix(&format!("page.{key} = ")));
            assert!(
                line.is_some_and(|v| !v.trim().is_empty()),
                "{lang}: page.{key}"
            );
        }
    }
}

#[test]
fn reading_by_position_refuses_what_is_short_long_or_changed() {
    let en = english();
    let file = en.to_file();
    let lines: Vec<&str> = file.lines().collect();
    let short: String = lines[..lines.len() / 2]
        .iter()
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(Locale::read(&short, en).is_err());
    let long = file.replacen(
        "words.back = Back\n",
        "words.back = Back\nwords.extra = x\n",
        1,
    );
    assert!(matches!(
        Locale::read(&long, en),
        Err(LocaleError::Placeholders(_)) | Err(LocaleError::Unknown(_))
    ));
    let renamed = file.replace(
        "words.handoff_title = Pass the device to {name}",
        "words.handoff_title = Pasa el dispositivo a {nombre}",
    );
    assert_eq!(
        Locale::read(&renamed, en),
        Err(LocaleError::Placeholders("words.handoff_title".into()))
    );
    assert_eq!(
        Locale::read(&format!("{file}no equals sign\n"), en),
        Err(LocaleError::Malformed(lines.len() + 1))
    );
    let translated = file.replace("words.back = Back", "words.back = Atrás");
    assert_eq!(Locale::read(&translated, en).unwrap().words.back, "Atrás");
}

proptest! {
    #![proptest_config(config(100_000))]

    /// The app's reader, on any text at all: an error, never a panic.
    #[test]
    fn the_apps_locale_reader_never_panics_on_any_text(text in any::<String>()) {
        prop_assert!(Locale::read(&text, english()).is_err());
    }
}

proptest! {
    #![proptest_config(config(3_000))]

    /// A shipped file with one line damaged: an error or a whole locale, never a panic.
    #[test]
    fn the_apps_locale_reader_never_panics_on_damaged_files(
        line in 0usize..1200,
        damage in "[ -~é{}=|#\\\\]{0,12}",
        cut in 0usize..80,
    ) {
        let damaged = damage_line(SHIPPED[0].1, line, cut, &damage);
        let _ = Locale::read(&damaged, english());
    }
}

/// A file as .ci/locales.mjs ships it: no comments or page words, texts without keys.
fn as_shipped(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("page."))
        .map(|l| match l.starts_with("helpline.") {
            true => format!("{l}\n"),
            false => format!("={}\n", l.split_once(" = ").unwrap().1),
        })
        .collect()
}

/// English as the web build compiles it: its screens' words, not its bank's.
fn english_without_its_bank() -> Locale {
    english().without_bank()
}

const ENGLISH_BANK: &str = include_str!("../public/locales/en.bank.txt");

/// The English bank's file is written from the tables (src/content/en/) and kept current:
/// the web build, which leaves the tables out, shows what this file says.
#[test]
fn the_english_bank_file_is_the_tables_as_written() {
    assert!(
        ENGLISH_BANK == english().to_bank_file(),
        "public/locales/en.bank.txt is stale: `cargo run --example bank -- --en-words > public/locales/en.bank.txt`"
    );
    let lines = ENGLISH_BANK.lines().filter(|l| !l.starts_with('#')).count();
    // The later screens' 135 words; what the results and Learn explain (four dynamics of
    // 7 texts, ten domains, five patterns of 3, nine therapist notes of 5); the two-phone
    // screens' 58 words.
    let explained = 135 + 4 * 7 + 10 + 5 * 3 + 9 * 5 + 58;
    assert_eq!(
        lines,
        1 + explained + bank::SCENARIOS.len() * 5 + bank::PROMPTS.len() * 2
    );
}

/// Read into English without its bank, as written and as shipped, the file gives back
/// English whole; a locale without its bank says so.
#[test]
fn the_english_bank_reads_back_into_english() {
    let bare = english_without_its_bank();
    assert!(!bare.has_bank() && english().has_bank());
    assert_eq!(bare.scenario(1), None);
    for text in [ENGLISH_BANK.to_owned(), as_shipped(ENGLISH_BANK)] {
        let whole = Locale::read_bank(&text, &bare).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(&whole, english());
        assert!(whole.has_bank());
    }
}

/// What the bank reader refuses: another language, a file with helplines or screens'
/// words, one line short or long, a line with no `=`. Each with its reason.
#[test]
fn the_bank_reader_refuses_what_is_not_this_languages_bank() {
    let bare = english_without_its_bank();
    let file = as_shipped(ENGLISH_BANK);
    let spanish = file.replacen("=en\n", "=es\n", 1);
    assert_eq!(
        Locale::read_bank(&spanish, &bare),
        Err(LocaleError::Language("es".into()))
    );
    let whole_spanish = as_shipped(SHIPPED[0].1);
    assert!(Locale::read_bank(&whole_spanish, &bare).is_err());
    let with_helpline = format!("{file}helpline.US = United States | 911\n");
    assert_eq!(
        Locale::read_bank(&with_helpline, &bare),
        Err(LocaleError::Unknown("helpline.US".into()))
    );
    let lines: Vec<&str> = file.lines().collect();
    let short: String = lines[..lines.len() - 1]
        .iter()
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        Locale::read_bank(&short, &bare),
        Err(LocaleError::Missing(String::new()))
    );
    assert!(matches!(
        Locale::read_bank(&format!("{file}=one more\n"), &bare),
        Err(LocaleError::Unknown(_))
    ));
    assert_eq!(
        Locale::read_bank(&format!("{file}no equals sign\n"), &bare),
        Err(LocaleError::Malformed(lines.len() + 1))
    );
    let emptied = file.replacen(&format!("{}\n", lines[1]), "=\n", 1);
    assert!(matches!(
        Locale::read_bank(&emptied, &bare),
        Err(LocaleError::Placeholders(_))
    ));
    assert_eq!(
        Locale::read_bank("", &bare),
        Err(LocaleError::Missing(String::new()))
    );
}

/// On the web Spanish is read against English without its bank: it reads the same as
/// against English whole, bank included.
#[test]
fn spanish_reads_the_same_against_english_without_its_bank() {
    let bare = english_without_its_bank();
    for text in [SHIPPED[0].1.to_owned(), as_shipped(SHIPPED[0].1)] {
        let es = Locale::read(&text, &bare).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(Ok(&es), Locale::read(&text, english()).as_ref());
        assert!(es.has_bank());
    }
}

static BARE_ENGLISH: std::sync::LazyLock<Locale> =
    std::sync::LazyLock::new(english_without_its_bank);
static SHIPPED_BANK: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| as_shipped(ENGLISH_BANK));

proptest! {
    #![proptest_config(config(100_000))]

    /// The bank reader, on any text at all: an error, never a panic.
    #[test]
    fn the_bank_reader_never_panics_on_any_text(text in any::<String>()) {
        prop_assert!(Locale::read_bank(&text, &BARE_ENGLISH).is_err());
    }
}

proptest! {
    // Each case reads a whole 615-line file: fewer cases, each close to valid.
    #![proptest_config(config(20_000))]

    /// The shipped bank with one line damaged or cut (a short download): an error or
    /// English whole with that one text changed, never a panic.
    #[test]
    fn the_bank_reader_never_panics_on_damaged_files(
        line in 0usize..620,
        damage in "[ -~é{}=|#\\\\\n]{0,12}",
        cut in 0usize..120,
        truncate in proptest::option::of(0usize..45_000),
    ) {
        let mut damaged = damage_line(&SHIPPED_BANK, line, cut, &damage);
        if let Some(at) = truncate {
            damaged = damaged.chars().take(at).collect();
        }
        if let Ok(l) = Locale::read_bank(&damaged, &BARE_ENGLISH) {
            prop_assert!(l.has_bank());
            // The words of the first screens are never the bank file's to change.
            let mut first = l.words;
            first.later = english().words.later;
            prop_assert_eq!(&first, &english().words);
            prop_assert_eq!(l.scenarios.len(), english().scenarios.len());
        }
    }
}
