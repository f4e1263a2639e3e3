//! Setup: two optional names.

use super::{focus_main, CheckIn};
use crate::content::screens as words;
use crate::model::session::NAME_MAX_CHARS;
use leptos::prelude::*;

#[component]
pub fn Setup() -> impl IntoView {
    let check_in = CheckIn::get();
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        check_in.step(|s| s.set_names(&first.get_untracked(), &second.get_untracked()));
        focus_main();
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      placeholder: &'static str,
                      value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    name=id
                    type="text"
                    autocomplete="off"
                    maxlength=NAME_MAX_CHARS
                    placeholder=placeholder
                    aria-describedby="name-hint"
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </div>
        }
    };

    view! {
        <section class="screen setup" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{words::SETUP_TITLE}</h1>
            <p class="lead">{words::SETUP_LEAD}</p>
            <form on:submit=submit novalidate>
                {field("name-a", words::SETUP_FIRST, words::DEFAULT_NAMES[0], first)}
                {field("name-b", words::SETUP_SECOND, words::DEFAULT_NAMES[1], second)}
                <p id="name-hint" class="hint">{words::SETUP_NAME_HINT}</p>
                <div class="actions">
                    <button type="submit" class="primary">{words::SETUP_CONTINUE}</button>
                </div>
            </form>
        </section>
    }
}
