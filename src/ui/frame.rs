//! The frame around every screen: the name, the quick exit, notices and the footer.

use super::{Device, Notice, Send};
use leptos::prelude::*;

/// A CSS string literal of our own words (quotes and backslashes escaped).
fn css_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Gives the printed report's page footer its words, in the reader's language: CSS reads
/// them from properties on the root element (the page's CSP allows no inline style).
pub fn install_print_footer(l: &crate::content::Locale) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let w = &l.words;
        // "Page {page} of {pages}": the words before, between and after the numbers.
        let pieces = crate::content::locale::pieces(w.print_page);
        let piece = |i: usize| pieces.get(i).copied().unwrap_or("");
        let (before, middle, after) = (piece(0), piece(1), piece(2));
        let Some(root) = document()
            .document_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let style = root.style();
        for (name, value) in [
            ("--print-footer", w.print_footer),
            ("--page-before", before),
            ("--page-middle", middle),
            ("--page-after", after),
        ] {
            let _ = style.set_property(name, &css_string(value));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (css_string, l);
}

/// The frame around `screen`, the view of whichever screen is current.
pub fn frame(screen: impl IntoView) -> impl IntoView {
    let send = Send::get();
    let device = Device::get();
    // The frame is built once: a new language rewrites its few words in place
    // ([`retell`]), which costs the WebAssembly far less than a reactive view of each.
    let language = super::handles().language.0;
    let w = &language.get_untracked().words;
    view! {
        <header class="top">
            <span class="brand" aria-hidden="true">{w.app_name}</span>
            <span class="tools">
                {super::language::switch_view()}
                <button
                    type="button"
                    class="quick-exit"
                    title=w.quick_exit_hint
                    on:click=move |_| send.forget_everything()
                >
                    <span id="quick-exit-label">{w.quick_exit}</span>
                    <span class="visually-hidden">
                        ": " <span id="quick-exit-hint">{w.quick_exit_hint}</span>
                    </span>
                </button>
            </span>
        </header>
        <main id="main">
            // Always in the page, so screen readers announce what appears inside it.
            <div class="notices" role="status">
                {move || device.notice.get().map(|notice| (language.get(), notice)).map(|(l, notice)| view! {
                    <div class="notice">
                        // Built as text: the second sentence, in the language that could
                        // not be loaded, carries its own lang.
                        <p inner_html=notice_html(notice, l)></p>
                        <div class="notice-actions">
                            {matches!(notice, Notice::Unreadable | Notice::UnreadableElsewhere).then(|| view! {
                                <button type="button" class="secondary" on:click=move |_| {
                                    if let Some(found) = crate::store::unreadable() {
                                        super::download(l.words.unreadable_file_name, &found);
                                    }
                                }>{l.words.download_found}</button>
                            })}
                            {if notice == Notice::NewerElsewhere {
                                view! {
                                    <button type="button" class="primary" on:click=move |_| {
                                        if let Some(w) = web_sys::window() {
                                            let _ = w.location().reload();
                                        }
                                    }>{l.words.reload}</button>
                                }.into_any()
                            } else {
                                view! {
                                    <button type="button" class="secondary" on:click=move |_| {
                                        device.notice.set(None);
                                        super::focus_main();
                                    }>{l.words.notice_ok}</button>
                                }.into_any()
                            }}
                        </div>
                    </div>
                })}
                {move || device.keep_nothing.get().then(|| view! {
                    <p class="notice">{language.get().words.keeping_nothing}</p>
                })}
            </div>
            {screen}
        </main>
        <footer class="bottom">
            <p>
                <span id="footer-privacy">{w.footer_privacy}</span>
                " "
                <span id="footer-not-therapy">{w.footer_not_therapy}</span>
            </p>
        </footer>
    }
}

/// Puts the frame's own words in `l` (the screen inside it is rebuilt by the App).
pub fn retell(l: &crate::content::Locale) {
    let w = &l.words;
    for (id, text) in [
        ("quick-exit-label", w.quick_exit),
        ("quick-exit-hint", w.quick_exit_hint),
        ("footer-privacy", w.footer_privacy),
        ("footer-not-therapy", w.footer_not_therapy),
    ] {
        if let Some(e) = document().get_element_by_id(id) {
            e.set_text_content(Some(text));
        }
    }
    if let Ok(Some(e)) = document().query_selector(".quick-exit") {
        let _ = e.set_attribute("title", w.quick_exit_hint);
    }
    if let Some(e) = document().get_element_by_id("language") {
        let _ = e.set_attribute("aria-label", w.language_label);
    }
}

/// A notice's words as HTML; the language notice also says it in the language that could
/// not be loaded.
fn notice_html(notice: Notice, l: &crate::content::Locale) -> String {
    let mut html = super::escape(notice.text(l));
    if notice == Notice::LanguageMissing {
        if let Some((code, text)) = super::language::missing_note() {
            html.push_str(&format!(
                " <span lang=\"{}\">{}</span>",
                super::escape(&code),
                super::escape(&text)
            ));
        }
    }
    html
}
