//! Hand-off: pass the device, the other partner looks away. Shows nothing of anyone's answers.

use super::{focus_main, CheckIn};
use crate::content::screens as words;
use crate::model::compare::Partner;
use leptos::prelude::*;

#[component]
pub fn Handoff(partner: Partner) -> impl IntoView {
    let check_in = CheckIn::get();
    let me = check_in.name(partner);
    let other = check_in.name(partner.other());
    let started = check_in.session.with_untracked(|s| {
        s.as_ref()
            .is_some_and(|s| !s.answers[partner.index()].is_empty())
    });
    let ready = if started {
        words::handoff_resume(&me)
    } else {
        words::handoff_ready(&me)
    };

    view! {
        <section class="screen handoff" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{words::handoff_title(&me)}</h1>
            <p class="lead">{words::handoff_look_away(&other)}</p>
            <p>{words::HANDOFF_PRIVATE}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| {
                    check_in.step(|s| s.take_turn());
                    focus_main();
                }>{ready}</button>
            </div>
        </section>
    }
}
