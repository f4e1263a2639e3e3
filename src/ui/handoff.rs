//! Hand-off: pass the device, the other partner looks away. Shows nothing of anyone's answers.

use super::{focus_main, words, Current, Send};
use crate::content::fill;
use crate::model::compare::Partner;
use crate::model::session::Step;
use leptos::prelude::*;

#[component]
pub fn Handoff(partner: Partner) -> AnyView {
    let current = Current::get();
    let send = Send::get();
    let w = &words().words;
    if let Some(apart) = current.with_untracked(|s| s.apart_mode()).flatten() {
        return super::apart::turn(partner, apart);
    }
    let me = current.name(partner);
    let other = current.name(partner.other());
    let started = current
        .with_untracked(|s| s.has_started(partner))
        .unwrap_or(false);
    let ready = if started {
        w.handoff_resume
    } else {
        w.handoff_ready
    };

    view! {
        <section class="screen handoff" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{fill(w.handoff_title, &[("name", &me)])}</h1>
            <p class="lead">{fill(w.handoff_look_away, &[("other", &other)])}</p>
            <p>{w.handoff_private}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| {
                    let _ = send.step(Step::TakeTurn);
                    focus_main();
                }>{fill(ready, &[("name", &me)])}</button>
            </div>
        </section>
    }
    .into_any()
}
