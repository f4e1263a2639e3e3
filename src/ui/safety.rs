//! The private safety check after a partner's own answers. Its answers live only in this
//! component: never stored, never in results. Everyone sees the same next screen, so
//! nothing visible reveals whether anything was ticked.

use super::{escape, focus_main, words, Current, Send};
use crate::content::locale::{region_of, Helpline};
use crate::model::compare::Partner;
use crate::model::session::Step;
use leptos::prelude::*;

/// The browser's language tag (`en-US`), to put the reader's own country first.
fn language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

#[component]
pub fn Safety(partner: Partner) -> impl IntoView {
    let l = words();
    // Only this partner sees it, on their own private screen; nothing is kept.
    let ideal = Current::get()
        .with_untracked(|s| s.reads_as_ideal(partner))
        .unwrap_or(false);
    let ticked = RwSignal::new([false; 6]);
    let answered = RwSignal::new(false);

    let check = move || {
        let items = l
            .safety_items
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let id = format!("safety-{i}");
                let for_id = format!("safety-{i}");
                view! {
                    <label class="option small" for=for_id>
                        <input
                            type="checkbox"
                            id=id
                            prop:checked=move || ticked.get()[i]
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ticked.update(|t| t[i] = on);
                            }
                        />
                        <span>{*text}</span>
                    </label>
                }
            })
            .collect_view();

        view! {
            <section class="screen safety" aria-labelledby="screen-title">
                <h1 id="screen-title" tabindex="-1">{l.words.later.safety_title}</h1>
                <p class="lead">{l.words.later.safety_lead}</p>
                <form on:submit=move |ev| {
                    ev.prevent_default();
                    answered.set(true);
                    focus_main();
                }>
                    <fieldset class="options">
                        <legend>{l.words.later.safety_legend}</legend>
                        {items}
                    </fieldset>
                    <div class="actions">
                        <button type="submit" class="primary">{l.words.later.safety_continue}</button>
                    </div>
                </form>
            </section>
        }
    };

    move || {
        if answered.get() {
            let flagged = ticked.get_untracked().iter().any(|t| *t);
            support(flagged, ideal).into_any()
        } else {
            check().into_any()
        }
    }
}

/// Support lines for everyone, whatever they ticked; a gentle word first if they ticked
/// any; and, when nearly every answer was the interdependent one, a word about answering
/// for the last real time.
fn support(flagged: bool, ideal: bool) -> impl IntoView {
    let send = Send::get();
    let l = words();
    let w = &l.words;
    view! {
        <section class="screen support" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{w.later.support_title}</h1>
            {flagged.then(|| view! { <p class="card gentle">{w.later.support_flagged}</p> })}
            {ideal.then(|| view! {
                <div class="card gentle ideal">
                    <p>{w.later.ideal_note}</p>
                    <button type="button" class="secondary" on:click=move |_| {
                        let _ = send.step(Step::Review);
                        focus_main();
                    }>{w.later.ideal_review}</button>
                </div>
            })}
            <p>{w.later.support_lead}</p>
            <div inner_html=support_lines()></div>
            <div class="actions split">
                <button type="button" class="secondary" title=w.later.support_end_hint
                    on:click=move |_| send.forget_everything()>{w.later.support_end}</button>
                <button type="button" class="primary" on:click=move |_| {
                    let _ = send.step(Step::FinishSafety);
                    focus_main();
                }>{w.later.support_go_on}</button>
            </div>
        </section>
    }
}

/// The support lines as HTML: the reader's country first, the others one tap away. Also
/// offered, quietly, at the start of a guided talk. Text, like the map: one template
/// costs far less WebAssembly than an element at a time.
pub fn support_lines() -> String {
    let l = words();
    let w = &l.words;
    let (local, others) = l.helplines_for(&region_of(&language()));
    let line = |h: &Helpline| {
        let mut html = format!(
            r#"<li><strong>{}</strong> · {} <span class="number">{}</span><ul>"#,
            escape(h.country),
            escape(w.later.support_emergency),
            escape(h.emergency)
        );
        for (name, contact) in h.services {
            html.push_str(&format!(
                r#"<li>{}: <span class="number">{}</span></li>"#,
                escape(name),
                escape(contact)
            ));
        }
        html + "</ul></li>"
    };
    format!(
        r#"<ul class="support-lines">{}</ul><details{}><summary>{}</summary><ul class="support-lines">{}</ul><p>{}</p></details>"#,
        local.map(line).unwrap_or_default(),
        if local.is_none() { " open" } else { "" },
        escape(w.later.support_others),
        others.into_iter().map(line).collect::<String>(),
        escape(w.later.support_elsewhere)
    )
}
