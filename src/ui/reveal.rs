//! Reveal: both partners agree to look together before any result is drawn.

use super::{focus_main, words, Current, Send};
use crate::content::fill;
use crate::model::compare::Partner;
use crate::model::session::Step;
use leptos::prelude::*;

#[component]
pub fn Reveal() -> impl IntoView {
    let current = Current::get();
    let send = Send::get();
    let w = &words().words;
    let agreed = move |p: Partner| current.with(|s| s.agreed(p)).unwrap_or(false);
    let both = move || current.with(|s| s.may_reveal()).unwrap_or(false);
    // On a partner's own phone only its owner agrees; the other agrees on theirs.
    let own = current
        .with_untracked(|s| s.apart_mode().and_then(|a| a.me))
        .flatten();
    let tried = RwSignal::new(false);
    let boxes = [Partner::A, Partner::B]
        .into_iter()
        .filter(|p| own.is_none_or(|me| me == *p))
        .map(|p| {
            let id = format!("agree-{}", p.index());
            let for_id = format!("agree-{}", p.index());
            view! {
                <label class="option" for=for_id>
                    <input type="checkbox" id=id
                        prop:checked=move || agreed(p)
                        on:change=move |ev| {
                            let agreed = event_target_checked(&ev);
                            let _ = send.step(Step::Agree { partner: p, agreed });
                        }
                    />
                    <span>{fill(w.later.reveal_agree, &[("name", &current.name(p))])}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="screen reveal" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{w.later.reveal_title}</h1>
            <p class="lead">{w.later.reveal_lead}</p>
            <form on:submit=move |ev| {
                ev.prevent_default();
                if send.step(Step::Reveal).is_ok() {
                    focus_main();
                } else {
                    tried.set(true);
                }
            }>
                <fieldset class="options">
                    <legend class="visually-hidden">{w.later.reveal_legend}</legend>
                    {boxes}
                </fieldset>
                <p class="error" role="alert">{move || (tried.get() && !both()).then_some(w.later.reveal_wait)}</p>
                <div class="actions">
                    <button type="submit" class="primary" aria-disabled=move || (!both()).to_string()>{w.later.reveal_go}</button>
                </div>
            </form>
        </section>
    }
}
