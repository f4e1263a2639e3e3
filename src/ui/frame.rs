//! The frame around every screen: the name, the quick exit, notices and the footer.

use super::{CheckIn, Notice};
use crate::content::screens as words;
use leptos::prelude::*;

#[component]
pub fn Frame(children: Children) -> impl IntoView {
    let check_in = CheckIn::get();
    view! {
        <header class="top">
            <span class="brand" aria-hidden="true">{words::APP_NAME}</span>
            <button
                type="button"
                class="quick-exit"
                title=words::QUICK_EXIT_HINT
                on:click=move |_| check_in.forget_everything()
            >
                {words::QUICK_EXIT}
                <span class="visually-hidden">": " {words::QUICK_EXIT_HINT}</span>
            </button>
        </header>
        <main id="main">
            // Always in the page, so screen readers announce what appears inside it.
            <div class="notices" role="status">
                {move || check_in.notice.get().map(|notice| view! {
                    <div class="notice">
                        <p>{notice.text()}</p>
                        <div class="notice-actions">
                            {(notice == Notice::Unreadable).then(|| view! {
                                <button type="button" class="secondary" on:click=move |_| {
                                    if let Some(found) = crate::store::unreadable() {
                                        super::download("me-and-we-unreadable.txt", &found);
                                    }
                                }>{words::DOWNLOAD_FOUND}</button>
                            })}
                            <button type="button" class="secondary" on:click=move |_| {
                                check_in.notice.set(None);
                                super::focus_main();
                            }>{words::NOTICE_OK}</button>
                        </div>
                    </div>
                })}
                {move || check_in.keep_nothing.get().then(|| view! {
                    <p class="notice">{words::KEEPING_NOTHING}</p>
                })}
            </div>
            {children()}
        </main>
        <footer class="bottom">
            <p>{words::FOOTER_PRIVACY} " " {words::FOOTER_NOT_THERAPY}</p>
        </footer>
    }
}
