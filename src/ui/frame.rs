//! The frame around every screen: the name, the quick exit, notices and the footer.

use super::{words, Device, Notice, Send};
use leptos::prelude::*;

/// A CSS string literal of our own words (quotes and backslashes escaped).
fn css_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Gives the printed report's page footer its words, in the reader's language: CSS reads
/// them from properties on the root element (the page's CSP allows no inline style).
pub fn install_print_footer() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let w = &words().words;
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
    let _ = css_string;
}

/// The frame around `screen`, the view of whichever screen is current.
pub fn frame(screen: impl IntoView) -> impl IntoView {
    let send = Send::get();
    let device = Device::get();
    let l = words();
    let w = &l.words;
    view! {
        <header class="top">
            <span class="brand" aria-hidden="true">{w.app_name}</span>
            <button
                type="button"
                class="quick-exit"
                title=w.quick_exit_hint
                on:click=move |_| send.forget_everything()
            >
                {w.quick_exit}
                <span class="visually-hidden">": " {w.quick_exit_hint}</span>
            </button>
        </header>
        <main id="main">
            // Always in the page, so screen readers announce what appears inside it.
            <div class="notices" role="status">
                {move || device.notice.get().map(|notice| view! {
                    <div class="notice">
                        <p>{notice.text(l)}</p>
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
                    <p class="notice">{l.words.keeping_nothing}</p>
                })}
            </div>
            {screen}
        </main>
        <footer class="bottom">
            <p>{w.footer_privacy} " " {w.footer_not_therapy}</p>
        </footer>
    }
}
