//! The language in use: the ones this build offers (the page's `<link rel="me-and-we-words"
//! hreflang>`, written by .ci/locales.mjs), each one's words fetched once from its hashed
//! file (public/boot.js's `meAndWeLocale`), and the switch in the header.

use super::{Device, Notice};
use crate::content::{english, Locale};
use leptos::prelude::*;

/// The language the page is in: what the picker in index.html chose before the first paint.
pub fn shown() -> String {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default()
}

fn link(code: &str) -> Option<web_sys::Element> {
    document()
        .query_selector(&format!("link[rel=me-and-we-words][hreflang=\"{code}\"]"))
        .ok()
        .flatten()
}

/// The sentence saying a language could not be loaded, in that language (written into the
/// page by the build, so it is there when the file is not).
pub fn missing_in(code: &str) -> Option<String> {
    link(code)?.get_attribute("data-missing")
}

/// Puts the page's own signs in `code`: `<html lang>` and the title.
fn show_in(code: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", code);
    }
    if let Some(title) = link(code).and_then(|l| l.get_attribute("data-page-title")) {
        document().set_title(&title);
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// public/boot.js: a promise of a language's file text; `again` goes past any kept
    /// copy (a retry, a switch).
    #[wasm_bindgen(catch, js_name = meAndWeLocale)]
    fn fetch_locale(
        code: &str,
        again: bool,
    ) -> Result<web_sys::js_sys::Promise, wasm_bindgen::JsValue>;
}

thread_local! {
    /// Languages read this page, kept for its life (a locale is read once, then leaked):
    /// English too, once its bank's words have arrived.
    static READ: std::cell::RefCell<Vec<&'static Locale>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The language that could not be loaded, for the notice.
    static MISSING: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    /// English's bank file is on its way.
    static FETCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A language's file, as text; `None` on any failure.
async fn fetch(code: &str, again: bool) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(fetch_locale(code, again).ok()?)
        .await
        .ok()?
        .as_string()
}

/// Keeps a locale that was read for the page's life.
fn kept(read: Locale) -> &'static Locale {
    let kept: &'static Locale = Box::leak(Box::new(read));
    READ.with_borrow_mut(|r| r.push(kept));
    kept
}

/// A language's words: one already read; English as compiled (with its bank only once
/// [`want_bank`] has it); another from its file, checked whole against English. Any
/// failure (no file, a network error, a damaged file) is `None`.
pub async fn load(code: &str) -> Option<&'static Locale> {
    if let Some(l) = READ.with_borrow(|r| r.iter().find(|l| l.lang == code).copied()) {
        return Some(l);
    }
    if code == english().lang {
        return Some(english());
    }
    let read = Locale::read(&fetch(code, true).await?, english()).ok()?;
    // A file that says it is another language is damaged too.
    (read.lang == code).then(|| kept(read))
}

/// Whether the words a screen shows of the bank are here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bank {
    Here,
    Coming,
    Missing,
}

/// Fetches English's bank words when the language in use is English without them (on the
/// web they come after the first screen), and puts them in: what waits for them (the
/// answering, results and talk screens) is built again; nothing else is.
pub fn want_bank(language: super::Language) {
    if language.0.get_untracked().has_bank() || FETCHING.get() {
        return;
    }
    FETCHING.set(true);
    // After a failure, past the copy that failed.
    let again = language.1.get_untracked() == Bank::Missing;
    language.1.set(Bank::Coming);
    leptos::task::spawn_local(async move {
        let text = fetch(english().lang, again).await;
        let read = text.and_then(|t| Locale::read_bank(&t, english()).ok());
        FETCHING.set(false);
        let Some(full) = read.map(kept) else {
            language.1.set(Bank::Missing);
            return;
        };
        let waited = document().get_element_by_id("bank-waiting").is_some();
        // The same screens' words: swapped in unheard, so only what waits is rebuilt. A
        // reader who switched language meanwhile finds it on switching back (`load`).
        if language.0.get_untracked().lang == full.lang {
            language.0.update_untracked(|l| *l = full);
        }
        language.1.set(Bank::Here);
        if waited {
            super::focus_main();
        }
    });
}

/// In place of a screen that shows the bank's words, while they are coming or could not
/// be fetched (then with a way to try again).
pub fn waiting_for_bank(language: super::Language) -> impl IntoView {
    let w = &language.0.get_untracked().words;
    let missing = language.1.get_untracked() == Bank::Missing;
    view! {
        <section id="bank-waiting" class="screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{w.bank_title}</h1>
            {if missing {
                view! {
                    <p role="alert">{w.bank_missing}</p>
                    <button id="bank-retry" class="primary" on:click=move |_| want_bank(language)>
                        {w.bank_retry}
                    </button>
                }
                    .into_any()
            } else {
                view! { <p role="status">{w.bank_coming}</p> }.into_any()
            }}
        </section>
    }
}

/// The words to start with: the language the page is in, or English with a notice (in
/// both languages) when its words cannot be loaded.
pub async fn starting() -> (&'static Locale, Option<Notice>) {
    let code = shown();
    if code.is_empty() || code == english().lang {
        return (english(), None);
    }
    match load(&code).await {
        Some(l) => (l, None),
        None => {
            show_in(english().lang);
            (english(), Some(missing(&code)))
        }
    }
}

fn missing(code: &str) -> Notice {
    MISSING.with_borrow_mut(|m| *m = code.to_owned());
    Notice::LanguageMissing
}

/// The notice's second sentence: the failed language's own words, with its code.
pub fn missing_note() -> Option<(String, String)> {
    let code = MISSING.with_borrow(Clone::clone);
    missing_in(&code).map(|text| (code, text))
}

/// Shows the app in `code`, at any point: the screen is rebuilt in that language. The choice is kept on this device, except under "keep
/// nothing".
fn switch(code: String, language: super::Language, device: Device) {
    leptos::task::spawn_local(async move {
        let Some(l) = load(&code).await else {
            device.notice.set(Some(missing(&code)));
            // The switch shows the language still in use.
            use wasm_bindgen::JsCast;
            if let Some(select) = document()
                .get_element_by_id("language")
                .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                select.set_value(language.0.get_untracked().lang);
            }
            return;
        };
        if !device.keep_nothing.get_untracked() {
            crate::store::remember_language(Some(&code));
        }
        // public/boot.js keeps what is typed or picked on the screen across the rebuild
        // (it follows `<html lang>`), and puts focus back on the switch.
        show_in(&code);
        super::talk::carry_over();
        language.0.set(l);
        super::recovery::show_in(l);
        super::frame::install_print_footer(l);
        super::frame::retell(l);
        want_bank(language);
    });
}

thread_local! {
    /// The static first screen's language switch, as the build wrote it (every language
    /// in its own words), kept by the App before that screen goes.
    static OPTIONS: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Keeps the options of the static first screen's switch, for the live one.
pub fn keep_options() {
    if let Some(e) = document().get_element_by_id("language") {
        OPTIONS.with_borrow_mut(|o| *o = e.inner_html());
    }
}

/// The switch, with the build's options (hidden when the build has one language only).
pub fn switch_view() -> impl IntoView {
    // Taken while the view is built: an event handler runs outside it, with no context.
    let handle = super::handles().language;
    let device = Device::get();
    let options = OPTIONS.with_borrow(Clone::clone);
    let now = handle.0.get_untracked();
    // Two options or more (a byte count: a text search costs the WebAssembly 1.6 KB).
    (options.bytes().filter(|b| *b == b'/').count() > 1).then(|| {
        view! {
            <select
                id="language"
                class="language"
                aria-label=now.words.language_label
                inner_html=options
                prop:value=now.lang
                on:change=move |ev| switch(event_target_value(&ev), handle, device)
            ></select>
        }
    })
}
