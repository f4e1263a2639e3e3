//! One locale: every word the app shows, as one value chosen at run time. English is
//! compiled in (`en/`); another language can be built from a data file of `key = value`
//! lines ([`Locale::from_file`]), which must hold every key English has, with the same
//! `{placeholders}`, and nothing else.

use crate::model::compare::{Partner, PatternKind};
use crate::model::dynamics::Dynamic;
use crate::model::scenario::Domain;

/// Declares [`Words`] from one list of keys, so a locale's screen words are complete by
/// construction (a missing field does not compile) and the data file's keys are the
/// field names.
macro_rules! words {
    ($(#[doc = $what:literal])* $name:ident, $prefix:literal, $($(#[doc = $doc:literal])* $key:ident,)* $(+ $sub:ident: $subty:ident)?) => {
        $(#[doc = $what])*
        /// A text with `{name}`-style placeholders is a template for [`fill`].
        #[derive(Clone, Copy, Debug, PartialEq)]
        #[repr(C)]
        pub struct $name {
            $($(#[doc = $doc])* pub $key: &'static str,)*
            $(
                /// The words that come with the bank (the last of this struct's texts).
                pub $sub: $subty,
            )?
        }

        impl $name {
            /// Every text empty: what the web build holds until the bank's file arrives.
            pub const EMPTY: Self = Self { $($key: "",)* $($sub: $subty::EMPTY,)? };

            /// Every word with its data-file key, in declaration order.
            fn each(&mut self, f: &mut dyn FnMut(&str, &mut &'static str)) {
                $(f(concat!($prefix, stringify!($key)), &mut self.$key);)*
            }
        }
    };
}

words! {
    /// Every screen's words.
    Words,
    "words.",
    app_name,
    default_name_a,
    default_name_b,
    landing_title,
    landing_lead,
    promise_title,
    promise_private,
    promise_not_therapy,
    promise_adults,
    start_full,
    start_full_hint,
    start_quick,
    start_quick_hint,
    learn_link,
    resume_title,
    resume_lead,
    resume,
    start_over,
    start_over_confirm,
    setup_title,
    setup_lead,
    setup_first,
    setup_second,
    setup_name_hint,
    setup_continue,
    back,
    /// {name}
    handoff_title,
    /// {other}
    handoff_look_away,
    handoff_private,
    /// {name}
    handoff_ready,
    /// {name}
    handoff_resume,
    quick_exit,
    quick_exit_hint,
    footer_privacy,
    footer_not_therapy,
    storage_unavailable,
    storage_corrupt,
    storage_full,
    storage_other_tab,
    /// Another tab removed the check-in (a quick exit, a new couple).
    storage_removed_elsewhere,
    /// Another tab saved something this one cannot read; this tab keeps its own.
    storage_unreadable_elsewhere,
    /// A newer version of the app is open in another tab: this one stops saving.
    storage_newer_elsewhere,
    /// The chosen language's words could not be loaded; this one stays in English. The
    /// page adds the same in the chosen language, from its build (`data-missing`).
    language_missing,
    /// The language switch's label.
    language_label,
    /// This language's own name, as its speakers write it.
    language_name,
    reload,
    download_found,
    notice_ok,
    recovery_title,
    recovery_lead,
    recovery_lead_unsaved,
    recovery_reload,
    recovery_export,
    settings_title,
    therapist_mode,
    therapist_mode_hint,
    keep_nothing,
    keep_nothing_hint,
    keeping_nothing,
    import_label,
    import_hint,
    import_not_ours,
    import_newer,
    import_tampered,
    import_inconsistent,
    import_unreadable,
    import_replaces,
    export,
    /// {date}
    export_file_name,
    unreadable_file_name,
    /// What the recovery screen's download is called.
    recovery_file_name,
    /// The printed report's footer, on every page.
    print_footer,
    /// {page}, {pages}
    print_page,
    bank_title,
    bank_coming,
    bank_missing,
    bank_retry,
    start_apart,
    start_apart_hint,
    paste_label,
    paste_hint,
    paste_open,
    paste_title,
    + later: LaterWords
}

words! {
    /// The words of the screens after the first ones (answering, the safety check, the
    /// reveal, the results, the talk, Learn): they come with the bank (on the web,
    /// English's are fetched after the first screen).
    LaterWords,
    "later.",
    /// {n}, {total}
    progress,
    most_like_me,
    least_like_me,
    least_like_me_hint,
    least_none,
    next,
    finish_turn,
    choose_first,
    safety_title,
    safety_lead,
    safety_legend,
    safety_continue,
    support_title,
    support_lead,
    support_flagged,
    /// Shown privately when nearly every answer was the interdependent option.
    ideal_note,
    ideal_review,
    support_emergency,
    support_others,
    support_go_on,
    support_end,
    support_end_hint,
    support_elsewhere,
    reveal_title,
    reveal_lead,
    /// {name}
    reveal_agree,
    reveal_legend,
    reveal_go,
    reveal_wait,
    results_title,
    results_not_therapy,
    map_title,
    map_axis_self,
    map_axis_connection,
    /// The left half of the map, first line.
    map_region_left_1,
    /// The left half of the map, second line.
    map_region_left_2,
    map_legend_box,
    /// {name}, {region}
    map_point,
    /// {name}, {dynamic}
    reading_mostly,
    /// {name}, {a}, {b}
    reading_between,
    /// {name}
    reading_no_lean,
    quick_uncertain,
    earlier_wording,
    pattern_title,
    /// {leaning}, {fusing}
    pattern_roles_over_under,
    /// {pursuing}, {distancing}
    pattern_roles_pursue,
    differ_title,
    differ_none,
    situations_one,
    /// {n}
    situations_many,
    /// {name}
    chose,
    agree_title,
    agree_none,
    prompts_title,
    prompts_lead,
    talked,
    professional_title,
    professional_always,
    results_learn,
    results_new,
    results_new_confirm,
    learn_title,
    learn_lead,
    learn_examples,
    print,
    new_couple,
    new_couple_confirm,
    retake,
    retake_confirm,
    report_heading,
    /// {date}
    report_heading_dated,
    raw_title,
    raw_scenario,
    raw_domain,
    raw_least,
    raw_none,
    numbers_title,
    numbers_caption,
    numbers_partner,
    numbers_answered,
    numbers_lean,
    numbers_fuse,
    numbers_shares,
    /// {value}, {se}, {low}, {high}
    numbers_cell,
    /// {dynamic}, {share}
    numbers_share,
    moved_title,
    moved_lead,
    /// {date}
    moved_lead_dated,
    /// {name}, {axis}, {before}, {after}
    moved_axis_real,
    /// {name}, {axis}, {before}, {after}
    moved_axis_same,
    /// {pattern}
    moved_pattern_same,
    /// {before}, {after}
    moved_pattern_changed,
    moved_legend,
    notes_heading,
    notes_looks_like,
    notes_questions,
    notes_caution,
    notes_safety,
    /// Before the readings: what the map's two directions mean, in plain words.
    map_axes,
    /// A mix bar's label: {name}, {dynamics} (most chosen first)
    mix_label,
    /// {domain}, {a}, {x}, {b}, {y}
    summary_differ_line,
    summary_differ_title,
    start_title,
    talk_start,
    /// What moved, in words: {name}, {axis}
    moved_more,
    /// {name}, {axis}
    moved_less,
    /// {name}, {axis}
    moved_same,
    plans_title,
    plans_before_title,
    /// {name}, {plan}
    plan_line,
    talk_title,
    talk_lead,
    talk_not_safe,
    talk_support,
    talk_begin,
    talk_back,
    talk_exit,
    talk_topic_title,
    /// {title}
    talk_topic_suggested,
    talk_next,
    /// {name}
    talk_speaks,
    talk_speaker_starter,
    /// {name}
    talk_listens,
    talk_listener_starter,
    talk_timer,
    talk_time_up,
    talk_swap,
    talk_plan_title,
    talk_plan_lead,
    /// {name}
    talk_plan_label,
    talk_plan_hint,
    talk_finish,
    talk_done_title,
    talk_done_lead,
    talk_another,
}

words! {
    /// The words of the two-phone mode's screens, which come with the bank (on the web,
    /// English's are fetched after the first screen).
    PhoneWords,
    "phone.",
    apart_title,
    apart_lead,
    apart_length,
    apart_who,
    apart_me,
    apart_collector,
    apart_go,
    apart_back,
    /// {other}
    invite_title,
    /// {other}
    invite_lead,
    invite_collector_title,
    invite_collector_lead,
    link_label,
    link_copy,
    link_copied,
    link_copy_failed,
    link_privacy,
    apart_start_mine,
    /// {name}
    apart_turn_title,
    apart_turn_lead,
    join_title,
    join_lead,
    join_who,
    /// {name}
    join_as,
    join_replaces,
    join_go,
    join_already,
    swap_title,
    /// {other}
    swap_lead,
    swap_collector_lead,
    /// {other}
    swap_yours,
    swap_typed,
    /// {name}
    swap_waiting,
    /// {name}
    swap_here,
    swap_storage,
    code_title,
    code_damaged,
    code_newer,
    code_other,
    code_own,
    /// {name}
    code_already,
    code_nothing_here,
    /// {name}
    code_received,
    code_continue,
    lock_go,
    lock_title,
    /// {other}
    lock_lead,
    lock_code,
    lock_protects,
    lock_working,
    lock_unavailable,
    unlock_title,
    unlock_lead,
    unlock_label,
    unlock_go,
    unlock_working,
    unlock_wrong,
    qr_label,
}

/// How one dynamic is named and explained.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C)]
pub struct DynamicText {
    /// For headings and the map ("Independence").
    pub name: &'static str,
    /// Inside a sentence ("toward independence").
    pub word: &'static str,
    /// The one-line voice from the handout.
    pub voice: &'static str,
    pub summary: &'static str,
    pub examples: [&'static str; 3],
}

/// How one couple pattern is named and described, never graded.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C)]
pub struct PatternText {
    pub name: &'static str,
    pub summary: &'static str,
    /// The pattern in one sentence, for the results' summary.
    pub line: &'static str,
}

/// A facilitator note, shown beside a part of the results in therapist mode.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C)]
pub struct FacilitatorNote {
    /// One to three sentences: what this usually looks like in session.
    pub looks_like: &'static str,
    /// Three open questions the therapist can ask the couple.
    pub questions: [&'static str; 3],
    /// One or two sentences: what to be careful about.
    pub caution: &'static str,
}

/// Therapist mode's notes, one per part of the results.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C)]
pub struct Notes {
    pub map: FacilitatorNote,
    pub differences: FacilitatorNote,
    pub agreements: FacilitatorNote,
    pub prompts: FacilitatorNote,
    /// By [`PatternKind::index`].
    pub patterns: [FacilitatorNote; 5],
}

/// A scenario's words: the situation and one option per dynamic.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScenarioText {
    pub id: u8,
    pub situation: &'static str,
    pub independence: &'static str,
    pub dependence: &'static str,
    pub codependence: &'static str,
    pub interdependence: &'static str,
}

impl ScenarioText {
    pub fn option(&self, d: Dynamic) -> &'static str {
        match d {
            Dynamic::Independence => self.independence,
            Dynamic::Dependence => self.dependence,
            Dynamic::Codependence => self.codependence,
            Dynamic::Interdependence => self.interdependence,
        }
    }

    fn option_mut(&mut self, d: Dynamic) -> &mut &'static str {
        match d {
            Dynamic::Independence => &mut self.independence,
            Dynamic::Dependence => &mut self.dependence,
            Dynamic::Codependence => &mut self.codependence,
            Dynamic::Interdependence => &mut self.interdependence,
        }
    }
}

/// A conversation prompt's words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PromptText {
    pub id: u16,
    pub title: &'static str,
    pub text: &'static str,
}

/// A country's emergency number and support services, for the private safety screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Helpline {
    /// The region code a browser language names (`US` in `en-US`).
    pub region: &'static str,
    pub country: &'static str,
    pub emergency: &'static str,
    /// (service, how to reach it).
    pub services: &'static [(&'static str, &'static str)],
}

/// The words of the static page itself (`public/index.html`'s head and `noscript`, and
/// the web app manifest), which the browser shows before or without the app. They are
/// kept apart from [`Words`] so the app's WebAssembly does not carry them; a test holds
/// the files to them.
#[derive(Clone, Debug, PartialEq)]
pub struct PageWords {
    pub title: &'static str,
    pub description: &'static str,
    pub noscript: &'static str,
    pub manifest_name: &'static str,
    pub manifest_short_name: &'static str,
    pub manifest_description: &'static str,
}

/// Every word of one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Locale {
    /// The language tag for `<html lang>`.
    pub lang: &'static str,
    pub words: Words,
    /// By [`Dynamic::index`].
    pub dynamics: [DynamicText; 4],
    /// By [`Domain::index`].
    pub domains: [&'static str; 10],
    /// By [`PatternKind::index`].
    pub patterns: [PatternText; 5],
    pub notes: Notes,
    pub phone: PhoneWords,
    /// The private safety check's statements.
    pub safety_items: [&'static str; 6],
    /// One per scenario of the bank, by id.
    pub scenarios: &'static [ScenarioText],
    /// One per prompt of the library, by id.
    pub prompts: &'static [PromptText],
    pub helplines: &'static [Helpline],
}

impl Locale {
    pub fn dynamic(&self, d: Dynamic) -> &DynamicText {
        &self.dynamics[d.index()]
    }

    pub fn domain(&self, d: Domain) -> &'static str {
        self.domains[d.index()]
    }

    pub fn pattern(&self, p: PatternKind) -> &PatternText {
        &self.patterns[p.index()]
    }

    pub fn pattern_note(&self, p: PatternKind) -> &FacilitatorNote {
        &self.notes.patterns[p.index()]
    }

    /// A scenario's words; a test proves every scenario of the bank has them.
    pub fn scenario(&self, id: u8) -> Option<&ScenarioText> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// Whether the bank's words are here: English on the web has them only once its bank
    /// file has been read ([`Locale::read_bank`]).
    pub fn has_bank(&self) -> bool {
        !self.scenarios.is_empty()
    }

    pub fn prompt(&self, id: u16) -> Option<&PromptText> {
        self.prompts.iter().find(|p| p.id == id)
    }

    /// The name shown for a partner: the one typed, or this locale's default.
    pub fn name(&self, typed: Option<&str>, p: Partner) -> String {
        let default = match p {
            Partner::A => self.words.default_name_a,
            Partner::B => self.words.default_name_b,
        };
        typed.unwrap_or(default).to_owned()
    }

    /// The helplines with the reader's own country first (`None` when the browser's
    /// language names no country we list), then the others in list order.
    pub fn helplines_for(&self, region: &str) -> (Option<&Helpline>, Vec<&Helpline>) {
        let local = self.helplines.iter().find(|h| h.region == region);
        let others = self
            .helplines
            .iter()
            .filter(|h| h.region != region)
            .collect();
        (local, others)
    }
}

/// The region a browser language tag names, upper-cased (`en-us` → `US`); empty where
/// it names none (`en`).
pub fn region_of(tag: &str) -> String {
    let mut parts = tag.split(['-', '_']);
    parts.next();
    parts
        .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase)
        .unwrap_or_default()
}

/// Fills a template's `{key}` placeholders; an unknown one is left as written. Split by
/// `split_once`, not by index: slicing a string by index links its panic message's
/// formatting (about 3 KB of WebAssembly).
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let value = after.split_once('}').and_then(|(key, tail)| {
            args.iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (*v, tail))
        });
        match value {
            Some((v, tail)) => {
                out.push_str(v);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A template's text around its placeholders: "Page {page} of {pages}" gives
/// ["Page ", " of ", ""].
pub fn pieces(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push(before);
        rest = after.split_once('}').map_or("", |(_, tail)| tail);
    }
    out.push(rest);
    out
}

/// A whole number with its sign ("+12", "-3", "0"): scores, and what moved. Whole
/// numbers also keep float formatting (several KB of WebAssembly) out of the app.
pub fn signed(v: f64) -> String {
    let v = v.round() as i32;
    if v > 0 {
        format!("+{v}")
    } else {
        v.to_string()
    }
}

/// A share (0..=1) as a whole percent number, without the sign.
pub fn percent(share: f64) -> String {
    ((share * 100.0).round() as i32).to_string()
}

/// Why a locale file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocaleError {
    /// A line that is not `key = value`, a comment or blank (1-based line number).
    Malformed(usize),
    Duplicate(String),
    Missing(String),
    Unknown(String),
    /// A value whose `{placeholders}` differ from English's.
    Placeholders(String),
    /// A helpline line that is not `country | emergency` or `service | contact`.
    Helpline(String),
    /// A bank file of another language (its tag).
    Language(String),
}

fn dynamic_key(d: Dynamic) -> &'static str {
    match d {
        Dynamic::Independence => "independence",
        Dynamic::Dependence => "dependence",
        Dynamic::Codependence => "codependence",
        Dynamic::Interdependence => "interdependence",
    }
}

fn domain_key(d: Domain) -> &'static str {
    match d {
        Domain::Decisions => "decisions",
        Domain::Support => "support",
        Domain::TogetherApart => "together_apart",
        Domain::FriendsFamily => "friends_family",
        Domain::Money => "money",
        Domain::Growth => "growth",
        Domain::Conflict => "conflict",
        Domain::Household => "household",
        Domain::Health => "health",
        Domain::Affection => "affection",
    }
}

fn pattern_key(p: PatternKind) -> &'static str {
    match p {
        PatternKind::MutualReliance => "mutual_reliance",
        PatternKind::OverUnderFunctioning => "over_under",
        PatternKind::PursueDistance => "pursue_distance",
        PatternKind::ParallelLives => "parallel_lives",
        PatternKind::Mixed => "mixed",
    }
}

/// A locale with its tables owned, while a file is read into it.
struct Draft {
    lang: &'static str,
    words: Words,
    dynamics: [DynamicText; 4],
    domains: [&'static str; 10],
    patterns: [PatternText; 5],
    notes: Notes,
    phone: PhoneWords,
    safety_items: [&'static str; 6],
    scenarios: Vec<ScenarioText>,
    prompts: Vec<PromptText>,
}

fn each_note(prefix: &str, n: &mut FacilitatorNote, f: &mut dyn FnMut(&str, &mut &'static str)) {
    f(&format!("{prefix}.looks_like"), &mut n.looks_like);
    for (i, q) in n.questions.iter_mut().enumerate() {
        f(&format!("{prefix}.question.{}", i + 1), q);
    }
    f(&format!("{prefix}.caution"), &mut n.caution);
}

/// A struct made of texts only, `#[repr(C)]`: its fields lie one after another with no
/// gaps, in declaration order, so it can be walked as a slice of texts. That walk is how
/// the app reads a locale file ([`Locale::read`]): naming each of the thousand keys in the
/// WebAssembly cost about 12 KB; walking the slots costs almost nothing.
///
/// # Safety
/// Only for `#[repr(C)]` structs whose every field is a `&'static str` or an array of
/// them, or of such structs.
unsafe trait AllTexts: Sized {
    fn texts(&mut self) -> &mut [&'static str] {
        let n = std::mem::size_of::<Self>() / std::mem::size_of::<&'static str>();
        // SAFETY: by the trait's contract Self is exactly n consecutive `&'static str`s.
        unsafe { std::slice::from_raw_parts_mut((self as *mut Self).cast(), n) }
    }
}
// SAFETY: each is #[repr(C)] with only `&'static str` fields, arrays of them, or
// FacilitatorNotes (which are such structs themselves).
unsafe impl AllTexts for Words {}
unsafe impl AllTexts for DynamicText {}
unsafe impl AllTexts for PatternText {}
unsafe impl AllTexts for Notes {}
unsafe impl AllTexts for PhoneWords {}
unsafe impl AllTexts for LaterWords {}

impl Draft {
    /// The screens' texts, in file order ([`Draft::each`]'s order, without the keys).
    fn word_slots(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        f(&mut self.lang);
        // The screens' words but those that come with the bank, the last of them.
        let later = std::mem::size_of::<LaterWords>() / std::mem::size_of::<&str>();
        let words = self.words.texts();
        let first = words.len() - later;
        let tables = words.iter_mut().take(first);
        let tables = tables.chain(self.safety_items.iter_mut());
        tables.for_each(f);
    }

    /// The bank's texts, which follow the screens' in a file: what the results and the
    /// Learn page explain (dynamics, domains, patterns, therapist notes), the scenarios,
    /// then the prompts. None is needed before the first screen after the landing.
    fn bank_slots(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        let tables = self.words.later.texts().iter_mut();
        let tables = tables.chain(self.dynamics.iter_mut().flat_map(AllTexts::texts));
        let tables = tables.chain(self.domains.iter_mut());
        let tables = tables.chain(self.patterns.iter_mut().flat_map(AllTexts::texts));
        let tables = tables.chain(self.notes.texts().iter_mut());
        let tables = tables.chain(self.phone.texts().iter_mut());
        tables.for_each(&mut *f);
        for s in &mut self.scenarios {
            f(&mut s.situation);
            for d in Dynamic::ALL {
                f(s.option_mut(d));
            }
        }
        for p in &mut self.prompts {
            f(&mut p.title);
            f(&mut p.text);
        }
    }

    /// Every text but the helplines, in file order.
    fn slots(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        self.word_slots(f);
        self.bank_slots(f);
    }

    /// Only the language's tag and the bank's texts: what an English bank file holds.
    fn tag_and_bank_slots(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        f(&mut self.lang);
        self.bank_slots(f);
    }

    fn into_locale(self, helplines: Vec<Helpline>) -> Locale {
        Locale {
            lang: self.lang,
            words: self.words,
            dynamics: self.dynamics,
            domains: self.domains,
            patterns: self.patterns,
            notes: self.notes,
            phone: self.phone,
            safety_items: self.safety_items,
            scenarios: Box::leak(self.scenarios.into_boxed_slice()),
            prompts: Box::leak(self.prompts.into_boxed_slice()),
            helplines: Box::leak(helplines.into_boxed_slice()),
        }
    }

    /// English's texts to start from. Its text structs are `Copy`, so this is a plain
    /// copy of memory (a field-by-field clone cost the WebAssembly 85 B more, brotli).
    fn of(l: &Locale) -> Draft {
        Draft {
            lang: l.lang,
            words: l.words,
            dynamics: l.dynamics,
            domains: l.domains,
            patterns: l.patterns,
            notes: l.notes,
            phone: l.phone,
            safety_items: l.safety_items,
            scenarios: if l.has_bank() {
                l.scenarios.to_vec()
            } else {
                bank_shape().0
            },
            prompts: if l.has_bank() {
                l.prompts.to_vec()
            } else {
                bank_shape().1
            },
        }
    }

    /// Every text but the helplines, with its key, in file order.
    fn each(&mut self, f: &mut dyn FnMut(&str, &mut &'static str)) {
        f("lang", &mut self.lang);
        self.words.each(f);
        for (i, s) in self.safety_items.iter_mut().enumerate() {
            f(&format!("safety.{}", i + 1), s);
        }
        self.words.later.each(f);
        for d in Dynamic::ALL {
            let t = &mut self.dynamics[d.index()];
            let k = dynamic_key(d);
            f(&format!("dynamic.{k}.name"), &mut t.name);
            f(&format!("dynamic.{k}.word"), &mut t.word);
            f(&format!("dynamic.{k}.voice"), &mut t.voice);
            f(&format!("dynamic.{k}.summary"), &mut t.summary);
            for (i, e) in t.examples.iter_mut().enumerate() {
                f(&format!("dynamic.{k}.example.{}", i + 1), e);
            }
        }
        for d in Domain::ALL {
            f(
                &format!("domain.{}", domain_key(d)),
                &mut self.domains[d.index()],
            );
        }
        for p in PatternKind::ALL {
            let t = &mut self.patterns[p.index()];
            let k = pattern_key(p);
            f(&format!("pattern.{k}.name"), &mut t.name);
            f(&format!("pattern.{k}.summary"), &mut t.summary);
            f(&format!("pattern.{k}.line"), &mut t.line);
        }
        each_note("note.map", &mut self.notes.map, f);
        each_note("note.differences", &mut self.notes.differences, f);
        each_note("note.agreements", &mut self.notes.agreements, f);
        each_note("note.prompts", &mut self.notes.prompts, f);
        for p in PatternKind::ALL {
            let key = format!("note.pattern.{}", pattern_key(p));
            each_note(&key, &mut self.notes.patterns[p.index()], f);
        }
        self.phone.each(f);
        for s in &mut self.scenarios {
            let id = s.id;
            f(&format!("scenario.{id}.situation"), &mut s.situation);
            for d in Dynamic::ALL {
                f(&format!("scenario.{id}.{}", d.code()), s.option_mut(d));
            }
        }
        for p in &mut self.prompts {
            let id = p.id;
            f(&format!("prompt.{id}.title"), &mut p.title);
            f(&format!("prompt.{id}.text"), &mut p.text);
        }
    }
}

/// The bank's ids with no words yet: what a locale without its bank's texts (English on
/// the web, before its bank file arrives) is read against. An empty text has no
/// placeholders to keep, so any is taken.
fn bank_shape() -> (Vec<ScenarioText>, Vec<PromptText>) {
    let scenarios = super::bank::SCENARIOS.iter().map(|s| ScenarioText {
        id: s.id,
        situation: "",
        independence: "",
        dependence: "",
        codependence: "",
        interdependence: "",
    });
    let prompts = super::bank::PROMPTS.iter().map(|p| PromptText {
        id: p.id,
        title: "",
        text: "",
    });
    (scenarios.collect(), prompts.collect())
}

/// The `{placeholders}` of a text, in order.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    // split_once, not slicing: a slice's bounds check links the panic's formatting
    // (about 3 KB of WebAssembly).
    while let Some((_, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else {
            break;
        };
        found.push(name);
        rest = tail;
    }
    found
}

/// Whether two texts have the same placeholders, in any order (counted, not sorted: a
/// sort costs the WebAssembly about 4 KB).
fn same_placeholders(a: &str, b: &str) -> bool {
    let (a, b) = (placeholders(a), placeholders(b));
    let count = |list: &[&str], p: &str| list.iter().filter(|q| **q == p).count();
    a.len() == b.len() && a.iter().all(|p| count(&a, p) == count(&b, p))
}

/// A value on one line: backslashes and line breaks escaped.
fn escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('\n', "\\n")
}

fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Read once per page and kept for its life: screens hold `&'static str`.
fn keep(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

impl Locale {
    /// This locale as a data file: one `key = value` line per text, in a stable order.
    /// A translator starts from English's.
    pub fn to_file(&self) -> String {
        let mut out = String::new();
        Draft::of(self).each(&mut |key, value| push_line(&mut out, key, value));
        for h in self.helplines {
            let (country, emergency) = (escape(h.country), escape(h.emergency));
            out.push_str(&format!(
                "helpline.{} = {country} | {emergency}\n",
                h.region
            ));
            for (i, (name, contact)) in h.services.iter().enumerate() {
                let (name, contact) = (escape(name), escape(contact));
                let n = i + 1;
                out.push_str(&format!("helpline.{}.{n} = {name} | {contact}\n", h.region));
            }
        }
        out
    }

    /// Reads a locale file as the app does: its texts in [`Locale::to_file`]'s order (a
    /// test holds every shipped file to that order and to [`Locale::from_file`]), each
    /// with English's placeholders; `page.*` lines skipped, helplines as in `from_file`.
    /// A file that is short, long, malformed or has changed placeholders is refused; never
    /// panics. The keys are not checked here: naming them costs the WebAssembly about
    /// 12 KB, and a shipped file is named by the hash of its content.
    pub fn read(text: &str, english: &Locale) -> Result<Locale, LocaleError> {
        let mut draft = Draft::of(english);
        let helplines = read_slots(text, &mut draft, Draft::slots)?;
        let helplines = helplines_of(helplines.iter().map(|(k, v)| (*k, v.as_str())))?;
        Ok(draft.into_locale(helplines))
    }

    /// Reads a bank file ([`Locale::to_bank_file`], shipped as [`Locale::read`] takes it)
    /// into `base`, a locale whose screens' words are there but not its bank's (English on
    /// the web). A file of another language, with helplines, or short, long or malformed,
    /// is refused; never panics.
    pub fn read_bank(text: &str, base: &Locale) -> Result<Locale, LocaleError> {
        let mut draft = Draft::of(base);
        let helplines = read_slots(text, &mut draft, Draft::tag_and_bank_slots)?;
        if draft.lang != base.lang {
            return Err(LocaleError::Language(draft.lang.to_owned()));
        }
        if let Some((key, _)) = helplines.first() {
            return Err(LocaleError::Unknown((*key).to_owned()));
        }
        Ok(draft.into_locale(base.helplines.to_vec()))
    }

    /// This locale with its bank's texts empty and no scenarios or prompts: English as the
    /// web build compiles it (src/content/en.rs), for tests.
    pub fn without_bank(&self) -> Locale {
        let mut draft = Draft::of(self);
        draft.bank_slots(&mut |slot| *slot = "");
        draft.scenarios.clear();
        draft.prompts.clear();
        draft.into_locale(self.helplines.to_vec())
    }

    /// This locale's bank as a data file: its language tag, then the `dynamic.*`,
    /// `domain.*`, `pattern.*`, `note.*`, `scenario.*` and `prompt.*` lines of
    /// [`Locale::to_file`]. English's is `public/locales/en.bank.txt`,
    /// fetched by the app after its first screen (a test holds the file to the tables).
    pub fn to_bank_file(&self) -> String {
        let mut out = String::from(
            "# The English bank's words, fetched by the app after its first screen.\n\
             # Written by `cargo run --example bank -- --en-words` from src/content/en/:\n\
             # edit those tables, not this file (tests/locale.rs holds the two together).\n",
        );
        Draft::of(self).each(&mut |key, value| {
            let bank = [
                "later.",
                "dynamic.",
                "domain.",
                "pattern.",
                "note.",
                "phone.",
                "scenario.",
                "prompt.",
            ];
            if key == "lang" || bank.iter().any(|b| key.starts_with(b)) {
                push_line(&mut out, key, value);
            }
        });
        out
    }

    /// Builds a locale from a data file, with `english` as the list of keys it must hold
    /// (and the placeholders each must keep). Refuses anything incomplete, unknown,
    /// repeated or malformed, and never panics.
    pub fn from_file(text: &str, english: &Locale) -> Result<Locale, LocaleError> {
        let mut entries: Vec<(&str, String, bool)> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((key, value)) = line.split_once(" = ").or_else(|| {
                line.strip_suffix(" =")
                    .or_else(|| line.strip_suffix('='))
                    .map(|k| (k, ""))
            }) else {
                return Err(LocaleError::Malformed(n + 1));
            };
            let key = key.trim();
            if key.is_empty() {
                return Err(LocaleError::Malformed(n + 1));
            }
            entries.push((key, unescape(value.trim()), false));
        }
        let mut keys: Vec<&str> = entries.iter().map(|e| e.0).collect();
        keys.sort_unstable();
        if let Some(w) = keys.windows(2).find(|w| w[0] == w[1]) {
            return Err(LocaleError::Duplicate(w[0].to_owned()));
        }

        // The static page's own words (`page.*`) are for the build (.ci/locales.mjs writes
        // them into the page and its manifest): the app keeps none of them.
        entries.retain(|(k, _, _)| !k.starts_with("page."));
        // Helplines keep the file's order (the list is shown in it); the rest is sorted,
        // so each of the thousand keys is found by halving.
        let (helpline_lines, mut entries): (Vec<_>, Vec<_>) = entries
            .into_iter()
            .partition(|(k, _, _)| k.starts_with("helpline."));
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut draft = Draft::of(english);
        let mut problem = None;
        draft.each(&mut |key, slot| {
            if problem.is_some() {
                return;
            }
            let found = entries.binary_search_by(|(k, _, _)| (*k).cmp(key)).ok();
            let Some(entry) = found.and_then(|i| entries.get_mut(i)) else {
                problem = Some(LocaleError::Missing(key.to_owned()));
                return;
            };
            if !same_placeholders(&entry.1, slot) || entry.1.is_empty() {
                problem = Some(LocaleError::Placeholders(key.to_owned()));
                return;
            }
            entry.2 = true;
            *slot = keep(std::mem::take(&mut entry.1));
        });
        if let Some(p) = problem {
            return Err(p);
        }

        if let Some((key, _, _)) = entries.iter().find(|e| !e.2) {
            return Err(LocaleError::Unknown((*key).to_owned()));
        }
        let helplines = helplines_of(helpline_lines.iter().map(|(k, v, _)| (*k, v.as_str())))?;
        Ok(draft.into_locale(helplines))
    }
}

/// One of [`Draft`]'s walks over its slots, in file order.
type Walk = fn(&mut Draft, &mut dyn FnMut(&mut &'static str));

/// One `key = value` line of a data file.
fn push_line(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push_str(" = ");
    out.push_str(&escape(value));
    out.push('\n');
}

/// Reads a file's texts by position into the slots `walk` visits, each with the
/// placeholders of the text it replaces (an empty slot, of a bank not yet loaded, has none
/// to keep); `page.*` lines are skipped and helpline lines returned for their reader. A
/// file that is short, long, malformed or has changed placeholders is refused.
fn read_slots<'a>(
    text: &'a str,
    draft: &mut Draft,
    walk: Walk,
) -> Result<Vec<(&'a str, String)>, LocaleError> {
    // One pass, line by line, into the slots: no list of lines is built.
    let mut lines = text.lines().enumerate().filter_map(|(n, line)| {
        let line = line.trim_start_matches('\u{feff}').trim();
        (!line.is_empty() && !line.starts_with('#')).then_some((n + 1, line))
    });
    let mut helplines = Vec::new();
    let mut problem = None;
    // The next text line (page words skipped, helplines kept for later), or why not.
    let mut next = || -> Result<Option<(&'a str, String)>, LocaleError> {
        for (n, line) in lines.by_ref() {
            // At the first '=' (keys have none): a char is cheaper to find than " = ".
            let (key, value) = line.split_once('=').ok_or(LocaleError::Malformed(n))?;
            let (key, value) = (key.trim(), unescape(value.trim()));
            if key.starts_with("helpline.") {
                helplines.push((key, value));
            } else if !key.starts_with("page.") {
                return Ok(Some((key, value)));
            }
        }
        Ok(None)
    };
    walk(draft, &mut |slot| {
        if problem.is_some() {
            return;
        }
        problem = match next() {
            Err(e) => Some(e),
            Ok(None) => Some(LocaleError::Missing(String::new())),
            Ok(Some((key, value))) => {
                if value.is_empty() || !(slot.is_empty() || same_placeholders(&value, slot)) {
                    Some(LocaleError::Placeholders(key.to_owned()))
                } else {
                    *slot = keep(value);
                    None
                }
            }
        };
    });
    if let Some(p) = problem {
        return Err(p);
    }
    if let Some((key, _)) = next()? {
        return Err(LocaleError::Unknown(key.to_owned()));
    }
    Ok(helplines)
}

/// The `helpline.<REGION>` and `helpline.<REGION>.<n>` lines of a file, in its order.
fn helplines_of<'a>(
    lines: impl Iterator<Item = (&'a str, &'a str)>,
) -> Result<Vec<Helpline>, LocaleError> {
    let mut helplines: Vec<(Helpline, Vec<(&'static str, &'static str)>)> = Vec::new();
    for (key, value) in lines {
        let rest = key.strip_prefix("helpline.").unwrap_or_default();
        let bad = || LocaleError::Helpline(key.to_owned());
        let (a, b) = value.split_once('|').ok_or_else(bad)?;
        let (a, b) = (a.trim(), b.trim());
        if a.is_empty() || b.is_empty() {
            return Err(bad());
        }
        match rest.split_once('.') {
            None if !rest.is_empty() => {
                if helplines.iter().any(|(h, _)| h.region == rest) {
                    return Err(bad());
                }
                helplines.push((
                    Helpline {
                        region: keep(rest.to_owned()),
                        country: keep(a.to_owned()),
                        emergency: keep(b.to_owned()),
                        services: &[],
                    },
                    Vec::new(),
                ));
            }
            Some((region, _)) => {
                let (_, services) = helplines
                    .iter_mut()
                    .find(|(h, _)| h.region == region)
                    .ok_or_else(bad)?;
                services.push((keep(a.to_owned()), keep(b.to_owned())));
            }
            None => return Err(bad()),
        }
    }
    if helplines.is_empty() {
        return Err(LocaleError::Missing("helpline".to_owned()));
    }
    Ok(helplines
        .into_iter()
        .map(|(mut h, services)| {
            h.services = Box::leak(services.into_boxed_slice());
            h
        })
        .collect())
}
