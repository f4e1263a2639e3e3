//! Learn: the four dynamics explained, with everyday examples.

use super::{focus_main, CheckIn, Screen};
use crate::content::learn::{dynamic_examples, dynamic_name, dynamic_summary, dynamic_voice};
use crate::content::screens as words;
use crate::model::dynamics::Dynamic;
use leptos::prelude::*;

#[component]
pub fn Learn(from_results: bool) -> impl IntoView {
    let check_in = CheckIn::get();
    let back = move |_| {
        check_in.screen.set(if from_results {
            Screen::Flow
        } else {
            Screen::Landing
        });
        focus_main();
    };
    let cards = Dynamic::ALL
        .into_iter()
        .map(|d| {
            view! {
                <section class="card dynamic">
                    <h2>{dynamic_name(d)}</h2>
                    <p class="voice">{dynamic_voice(d)}</p>
                    <p>{dynamic_summary(d)}</p>
                    <h3>{words::LEARN_EXAMPLES}</h3>
                    <ul>{dynamic_examples(d).into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="screen learn" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{words::LEARN_TITLE}</h1>
            <p class="lead">{words::LEARN_LEAD}</p>
            {cards}
            <div class="actions">
                <button type="button" class="secondary" on:click=back>{words::BACK}</button>
            </div>
        </article>
    }
}
