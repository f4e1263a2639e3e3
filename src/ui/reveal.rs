//! Reveal: both partners agree to look together before any result is drawn.

use super::{focus_main, CheckIn};
use crate::content::screens as words;
use crate::model::compare::Partner;
use leptos::prelude::*;

#[component]
pub fn Reveal() -> impl IntoView {
    let check_in = CheckIn::get();
    let agreed = move |p: Partner| {
        check_in
            .session
            .with(|s| s.as_ref().is_some_and(|s| s.agreed[p.index()]))
    };
    let both = move || agreed(Partner::A) && agreed(Partner::B);
    let tried = RwSignal::new(false);
    let boxes = [Partner::A, Partner::B]
        .into_iter()
        .map(|p| {
            let id = format!("agree-{}", p.index());
            let for_id = format!("agree-{}", p.index());
            view! {
                <label class="option" for=for_id>
                    <input type="checkbox" id=id
                        prop:checked=move || agreed(p)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            check_in.step(|s| s.set_agreed(p, on));
                        }
                    />
                    <span>{words::reveal_agree(&check_in.name(p))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="screen reveal" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{words::REVEAL_TITLE}</h1>
            <p class="lead">{words::REVEAL_LEAD}</p>
            <form on:submit=move |ev| {
                ev.prevent_default();
                if both() {
                    check_in.step(|s| s.reveal());
                    focus_main();
                } else {
                    tried.set(true);
                }
            }>
                <fieldset class="options">
                    <legend class="visually-hidden">{words::REVEAL_LEGEND}</legend>
                    {boxes}
                </fieldset>
                <p class="error" role="alert">{move || (tried.get() && !both()).then_some(words::REVEAL_WAIT)}</p>
                <div class="actions">
                    <button type="submit" class="primary" aria-disabled=move || (!both()).to_string()>{words::REVEAL_GO}</button>
                </div>
            </form>
        </section>
    }
}
