//! Learn: the four dynamics explained, with everyday examples. Its words are HTML text,
//! like the results: far less WebAssembly than building each element in code.

use super::{escape, words, Screen, Send};
use crate::model::dynamics::Dynamic;
use leptos::prelude::*;

#[component]
pub fn Learn(from_results: bool) -> impl IntoView {
    let send = Send::get();
    let l = words();
    let w = &l.words;
    let mut html = format!(
        r#"<h1 id="screen-title" tabindex="-1">{}</h1><p class="lead">{}</p>"#,
        escape(w.later.learn_title),
        escape(w.later.learn_lead)
    );
    for d in Dynamic::ALL {
        let t = l.dynamic(d);
        let examples: String = t
            .examples
            .iter()
            .map(|e| format!("<li>{}</li>", escape(e)))
            .collect();
        html.push_str(&format!(
            r#"<section class="card dynamic"><h2>{}</h2><p class="voice">{}</p><p>{}</p><h3>{}</h3><ul>{examples}</ul></section>"#,
            escape(t.name),
            escape(t.voice),
            escape(t.summary),
            escape(w.later.learn_examples)
        ));
    }
    let back = move |_| {
        send.go(if from_results {
            Screen::Flow
        } else {
            Screen::Landing
        })
    };
    view! {
        <article class="screen learn" aria-labelledby="screen-title">
            <div inner_html=html></div>
            <div class="actions">
                <button type="button" class="secondary" on:click=back>{w.back}</button>
            </div>
        </article>
    }
}
