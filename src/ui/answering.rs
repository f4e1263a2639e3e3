//! One scenario at a time: four options as a radio group, an optional "least like me",
//! progress, back and next. Only this partner's current scenario is ever in the page.

use super::{focus_main, CheckIn};
use crate::content::scenarios::SCENARIOS;
use crate::content::screens as words;
use crate::model::compare::Partner;
use crate::model::dynamics::Dynamic;
use crate::model::scenario::Scenario;
use leptos::prelude::*;

/// The short, stable key of a dynamic in the page's ids (`most-n`, `least-c`, …).
pub fn slug(d: Dynamic) -> &'static str {
    match d {
        Dynamic::Interdependence => "n",
        Dynamic::Independence => "i",
        Dynamic::Dependence => "d",
        Dynamic::Codependence => "c",
    }
}

#[component]
pub fn Answering(partner: Partner) -> impl IntoView {
    let check_in = CheckIn::get();
    let position = Memo::new(move |_| {
        check_in
            .session
            .with(|s| s.as_ref().map_or(0, |s| s.position[partner.index()]))
    });
    move || {
        let i = position.get();
        check_in.session.with_untracked(|s| {
            let s = s.as_ref()?;
            let list = s.scenarios(&SCENARIOS);
            let scenario = *list.get(i).copied()?;
            let order = s.option_order(partner, scenario.id);
            let previous = s.answer_for(partner, scenario.id).copied();
            Some(view! {
                <Question
                    scenario=scenario
                    order=order
                    number=i + 1
                    total=list.len()
                    most=previous.map(|a| a.most)
                    least=previous.and_then(|a| a.least)
                />
            })
        })
    }
}

#[component]
fn Question(
    scenario: Scenario,
    order: [Dynamic; 4],
    number: usize,
    total: usize,
    most: Option<Dynamic>,
    least: Option<Dynamic>,
) -> impl IntoView {
    let check_in = CheckIn::get();
    let most = RwSignal::new(most);
    let least = RwSignal::new(least);
    let tried = RwSignal::new(false);
    let last = number == total;

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match most.get_untracked() {
            Some(m) => {
                check_in.step(|s| s.answer(&SCENARIOS, m, least.get_untracked()));
                focus_main();
            }
            None => tried.set(true),
        }
    };

    let most_options = order
        .iter()
        .map(|d| {
            let d = *d;
            let id = format!("most-{}", slug(d));
            let for_id = format!("most-{}", slug(d));
            let text = scenario.choice(d).map_or("", |c| c.text);
            view! {
                <label class="option" for=for_id>
                    <input
                        type="radio"
                        id=id
                        name="most"
                        value=slug(d)
                        prop:checked=move || most.get() == Some(d)
                        on:change=move |_| {
                            most.set(Some(d));
                            if least.get_untracked() == Some(d) {
                                least.set(None);
                            }
                        }
                    />
                    <span>{text}</span>
                </label>
            }
        })
        .collect_view();

    let least_options = order
        .iter()
        .map(|d| {
            let d = *d;
            let id = format!("least-{}", slug(d));
            let for_id = format!("least-{}", slug(d));
            let text = scenario.choice(d).map_or("", |c| c.text);
            view! {
                <label class="option small" for=for_id class:disabled=move || most.get() == Some(d)>
                    <input
                        type="radio"
                        id=id
                        name="least"
                        value=slug(d)
                        prop:disabled=move || most.get() == Some(d)
                        prop:checked=move || least.get() == Some(d)
                        on:change=move |_| least.set(Some(d))
                    />
                    <span>{text}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <section class="screen question" aria-labelledby="screen-title">
            <div class="progress-line">
                <span id="progress-label">{words::progress(number, total)}</span>
                <progress max=total value=number - 1 aria-labelledby="progress-label"></progress>
            </div>
            <h1 id="screen-title" tabindex="-1" class="situation">{scenario.situation}</h1>
            <form on:submit=submit novalidate>
                <fieldset class="options" aria-describedby="choose-error">
                    <legend>{words::MOST_LIKE_ME}</legend>
                    {most_options}
                </fieldset>
                <p id="choose-error" class="error" role="alert">
                    {move || (tried.get() && most.get().is_none()).then_some(words::CHOOSE_FIRST)}
                </p>
                <details class="least" open=least.get_untracked().is_some()>
                    <summary>{words::LEAST_LIKE_ME}</summary>
                    <fieldset class="options">
                        <legend class="hint">{words::LEAST_LIKE_ME_HINT}</legend>
                        {least_options}
                        <label class="option small" for="least-none">
                            <input
                                type="radio"
                                id="least-none"
                                name="least"
                                value=""
                                prop:checked=move || least.get().is_none()
                                on:change=move |_| least.set(None)
                            />
                            <span>{words::LEAST_NONE}</span>
                        </label>
                    </fieldset>
                </details>
                <div class="actions split">
                    <button type="button" class="secondary" on:click=move |_| {
                        check_in.step(|s| s.back());
                        focus_main();
                    }>{words::BACK}</button>
                    <button type="submit" class="primary">
                        {if last { words::FINISH_TURN } else { words::NEXT }}
                    </button>
                </div>
            </form>
        </section>
    }
}
