//! The frame around every screen: the name, the quick exit, notices and the footer.

use super::CheckIn;
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
            {move || check_in.notice.get().map(|text| view! {
                <div class="notice" role="status">
                    <p>{text}</p>
                    <button type="button" class="link" on:click=move |_| check_in.notice.set(None)>"OK"</button>
                </div>
            })}
            {children()}
        </main>
        <footer class="bottom">
            <p>{words::FOOTER_PRIVACY} " " {words::FOOTER_NOT_THERAPY}</p>
        </footer>
    }
}
