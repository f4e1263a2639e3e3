//! One scenario at a time: four options as a radio group, an optional "least like me",
//! progress, back and next. Only this partner's current scenario is ever in the page.

use super::{focus_main, words, Current, Send};
use crate::content::bank::SCENARIOS;
use crate::content::fill;
use crate::model::compare::Partner;
use crate::model::dynamics::Dynamic;
use crate::model::session::{Question, Step};
use leptos::prelude::*;

#[component]
pub fn Answering(partner: Partner) -> impl IntoView {
    let current = Current::get();
    // Rebuilt only when the partner moves to another scenario.
    let position = Memo::new(move |_| current.with(|s| s.position(partner)).unwrap_or(0));
    move || {
        // Read, not only tracked: a memo computes (and follows its sources) when read.
        let _ = position.get();
        current
            .with_untracked(|s| s.question(partner, &SCENARIOS))
            .flatten()
            .map(ask)
    }
}

/// One group of options: "most like me" (`picked` is `most`), or "least like me" (the
/// option chosen as most is not offered, and choosing it as most clears it here).
fn options(
    name: &'static str,
    order: [Dynamic; 4],
    texts: impl Fn(Dynamic) -> &'static str,
    picked: RwSignal<Option<Dynamic>>,
    most: RwSignal<Option<Dynamic>>,
    least_pick: RwSignal<Option<Dynamic>>,
) -> impl IntoView {
    let least = name == "least";
    order
        .into_iter()
        .map(|d| {
            let id = [name, "-", d.code()].concat();
            let for_id = id.clone();
            let taken = move || least && most.get() == Some(d);
            view! {
                <label class=if least { "option small" } else { "option" } for=for_id class:disabled=taken>
                    <input
                        type="radio"
                        id=id
                        name=name
                        value=d.code()
                        prop:disabled=taken
                        prop:checked=move || picked.get() == Some(d)
                        on:change=move |_| {
                            picked.set(Some(d));
                            // A "least like me" equal to the new choice means nothing.
                            if least_pick.get_untracked() == most.get_untracked() {
                                least_pick.set(None);
                            }
                        }
                    />
                    <span>{texts(d)}</span>
                </label>
            }
        })
        .collect_view()
}

fn ask(question: Question) -> impl IntoView {
    let send = Send::get();
    let l = words();
    let w = &l.words;
    let text = l.scenario(question.scenario);
    let situation = text.map_or("", |t| t.situation);
    let option_text = move |d: Dynamic| text.map_or("", |t| t.option(d));
    let most = RwSignal::new(question.most);
    let least = RwSignal::new(question.least);
    let tried = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match most.get_untracked() {
            Some(m) => {
                let _ = send.step(Step::Answer {
                    most: m,
                    least: least.get_untracked(),
                });
                focus_main();
            }
            None => tried.set(true),
        }
    };
    let (number, total) = (question.number, question.total);

    view! {
        <section class="screen question" aria-labelledby="screen-title">
            <div class="progress-line">
                <span id="progress-label">
                    {fill(w.later.progress, &[("n", &number.to_string()), ("total", &total.to_string())])}
                </span>
                <progress max=total value=number - 1 aria-labelledby="progress-label"></progress>
            </div>
            <h1 id="screen-title" tabindex="-1" class="situation">{situation}</h1>
            <form on:submit=submit novalidate>
                <fieldset class="options" aria-describedby="choose-error">
                    <legend>{w.later.most_like_me}</legend>
                    {options("most", question.order, option_text, most, most, least)}
                </fieldset>
                <p id="choose-error" class="error" role="alert">
                    {move || (tried.get() && most.get().is_none()).then_some(w.later.choose_first)}
                </p>
                <details class="least" open=question.least.is_some()>
                    <summary>{w.later.least_like_me}</summary>
                    <fieldset class="options">
                        <legend class="hint">{w.later.least_like_me_hint}</legend>
                        {options("least", question.order, option_text, least, most, least)}
                        <label class="option small" for="least-none">
                            <input
                                type="radio"
                                id="least-none"
                                name="least"
                                value=""
                                prop:checked=move || least.get().is_none()
                                on:change=move |_| least.set(None)
                            />
                            <span>{w.later.least_none}</span>
                        </label>
                    </fieldset>
                </details>
                <div class="actions split">
                    <button type="button" class="secondary" on:click=move |_| {
                        let _ = send.step(Step::Back);
                        focus_main();
                    }>{w.back}</button>
                    <button type="submit" class="primary">
                        {if question.is_last() { w.later.finish_turn } else { w.later.next }}
                    </button>
                </div>
            </form>
        </section>
    }
}
