//! Learn: the four dynamics explained, with everyday examples.

use super::{words, Screen, Send};
use crate::model::dynamics::Dynamic;
use leptos::prelude::*;

#[component]
pub fn Learn(from_results: bool) -> impl IntoView {
    let send = Send::get();
    let l = words();
    let back = move |_| {
        send.go(if from_results {
            Screen::Flow
        } else {
            Screen::Landing
        })
    };
    let cards = Dynamic::ALL
        .into_iter()
        .map(|d| {
            let t = l.dynamic(d);
            view! {
                <section class="card dynamic">
                    <h2>{t.name}</h2>
                    <p class="voice">{t.voice}</p>
                    <p>{t.summary}</p>
                    <h3>{l.words.learn_examples}</h3>
                    <ul>{t.examples.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="screen learn" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{l.words.learn_title}</h1>
            <p class="lead">{l.words.learn_lead}</p>
            {cards}
            <div class="actions">
                <button type="button" class="secondary" on:click=back>{l.words.back}</button>
            </div>
        </article>
    }
}
