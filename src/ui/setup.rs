//! Setup: two optional names.

use super::{focus_main, words, Send};
use crate::model::session::{Step, NAME_MAX_CHARS};
use leptos::prelude::*;

#[component]
pub fn Setup() -> impl IntoView {
    let send = Send::get();
    let w = &words().words;
    // The names are read from the fields when the form is sent, not followed keystroke
    // by keystroke: what is sent is what the fields hold, even after autofill that sends
    // no input events.
    let first = NodeRef::<leptos::html::Input>::new();
    let second = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read = |field: NodeRef<leptos::html::Input>| {
            field
                .get_untracked()
                .map(|input| input.value())
                .unwrap_or_default()
        };
        let _ = send.step(Step::Name {
            a: read(first),
            b: read(second),
        });
        focus_main();
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      placeholder: &'static str,
                      input: NodeRef<leptos::html::Input>| {
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
                    node_ref=input
                />
            </div>
        }
    };

    view! {
        <section class="screen setup" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{w.setup_title}</h1>
            <p class="lead">{w.setup_lead}</p>
            <form on:submit=submit novalidate>
                {field("name-a", w.setup_first, w.default_name_a, first)}
                {field("name-b", w.setup_second, w.default_name_b, second)}
                <p id="name-hint" class="hint">{w.setup_name_hint}</p>
                <div class="actions">
                    <button type="submit" class="primary">{w.setup_continue}</button>
                </div>
            </form>
        </section>
    }
}
