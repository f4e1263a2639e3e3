//! The private safety check after a partner's own answers. Its answers live only in this
//! component: never stored, never in results. Everyone sees the same next screen, so
//! nothing visible reveals whether anything was ticked.

use super::{focus_main, CheckIn};
use crate::content::screens as words;
use crate::model::compare::Partner;
use leptos::prelude::*;

/// The browser's region (from its language tag), to put the local support line first.
fn region() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .and_then(|tag| tag.rsplit(['-', '_']).next().map(str::to_ascii_uppercase))
        .unwrap_or_default()
}

#[component]
pub fn Safety(#[allow(unused_variables)] partner: Partner) -> impl IntoView {
    let check_in = CheckIn::get();
    let ticked = RwSignal::new([false; words::SAFETY_ITEMS.len()]);
    let answered = RwSignal::new(false);

    let check = move || {
        let items = words::SAFETY_ITEMS
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
                <h1 id="screen-title" tabindex="-1">{words::SAFETY_TITLE}</h1>
                <p class="lead">{words::SAFETY_LEAD}</p>
                <form on:submit=move |ev| {
                    ev.prevent_default();
                    answered.set(true);
                    focus_main();
                }>
                    <fieldset class="options">
                        <legend>{words::SAFETY_LEGEND}</legend>
                        {items}
                    </fieldset>
                    <div class="actions">
                        <button type="submit" class="primary">{words::SAFETY_CONTINUE}</button>
                    </div>
                </form>
            </section>
        }
    };

    let support = move || {
        let flagged = ticked.get_untracked().iter().any(|t| *t);
        let here = region();
        // The browser's own country first.
        let mut lines: Vec<words::SupportLine> = words::SUPPORT_LINES
            .iter()
            .filter(|l| l.0 == here)
            .copied()
            .collect();
        lines.extend(words::SUPPORT_LINES.iter().filter(|l| l.0 != here));
        let local = lines.first().filter(|l| l.0 == here).copied();
        let rest = if local.is_some() {
            lines[1..].to_vec()
        } else {
            lines
        };
        let line_view = |(_, country, emergency, services): words::SupportLine| {
            view! {
                <li>
                    <strong>{country}</strong>
                    " · " {words::SUPPORT_EMERGENCY} " " <span class="number">{emergency}</span>
                    <ul>
                        {services.iter().map(|(name, contact)| view! {
                            <li>{*name} ": " <span class="number">{*contact}</span></li>
                        }).collect_view()}
                    </ul>
                </li>
            }
        };
        view! {
            <section class="screen support" aria-labelledby="screen-title">
                <h1 id="screen-title" tabindex="-1">{words::SUPPORT_TITLE}</h1>
                {flagged.then(|| view! { <p class="card gentle">{words::SUPPORT_FLAGGED}</p> })}
                <p>{words::SUPPORT_LEAD}</p>
                <ul class="support-lines">
                    {local.map(line_view)}
                </ul>
                <details open=local.is_none()>
                    <summary>{words::SUPPORT_OTHERS}</summary>
                    <ul class="support-lines">{rest.into_iter().map(line_view).collect_view()}</ul>
                    <p>{words::SUPPORT_ELSEWHERE}</p>
                </details>
                <div class="actions split">
                    <button type="button" class="secondary" title=words::SUPPORT_END_HINT
                        on:click=move |_| check_in.forget_everything()>{words::SUPPORT_END}</button>
                    <button type="button" class="primary" on:click=move |_| {
                        check_in.step(|s| s.finish_safety());
                        focus_main();
                    }>{words::SUPPORT_GO_ON}</button>
                </div>
            </section>
        }
    };

    move || {
        if answered.get() {
            support().into_any()
        } else {
            check().into_any()
        }
    }
}
