//! The first screen: what this is, the privacy promise, and the two ways to start.

use super::{focus_main, CheckIn, Screen};
use crate::content::screens as words;
use crate::model::session::{Length, Session};
use leptos::prelude::*;

/// A fresh seed for option order; it only needs to differ between sessions.
fn new_seed() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        (js_sys_random() * 9_007_199_254_740_991.0) as u64 ^ (now_ms() as u64).rotate_left(21)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0x5eed
    }
}

#[cfg(target_arch = "wasm32")]
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now() + p.time_origin())
        .unwrap_or(0.0)
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Math, js_name = random)]
    fn js_sys_random() -> f64;
}

#[component]
pub fn Landing() -> impl IntoView {
    let check_in = CheckIn::get();
    let in_progress = move || check_in.session.with(|s| s.is_some());
    let start = move |length: Length| {
        check_in.session.set(Some(Session::new(length, new_seed())));
        check_in.screen.set(Screen::Flow);
        focus_main();
    };

    view! {
        <section class="screen landing" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{words::LANDING_TITLE}</h1>
            <p class="lead">{words::LANDING_LEAD}</p>
            <ul class="promises" aria-label=words::PROMISE_TITLE>
                <li>{words::PROMISE_PRIVATE}</li>
                <li>{words::PROMISE_NOT_THERAPY}</li>
                <li>{words::PROMISE_ADULTS}</li>
            </ul>
            <Show when=in_progress>
                <div class="card resume">
                    <h2>{words::RESUME_TITLE}</h2>
                    <p>{words::RESUME_LEAD}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| {
                            check_in.screen.set(Screen::Flow);
                            focus_main();
                        }>{words::RESUME}</button>
                        <button type="button" class="secondary" on:click=move |_| {
                            let sure = web_sys::window()
                                .and_then(|w| w.confirm_with_message(words::START_OVER_CONFIRM).ok())
                                .unwrap_or(true);
                            if sure {
                                check_in.forget_everything();
                            }
                        }>{words::START_OVER}</button>
                    </div>
                </div>
            </Show>
            <Show when=move || !in_progress()>
                <div class="starts">
                    <button type="button" class="primary start" on:click=move |_| start(Length::Full)>
                        <span>{words::START_FULL}</span>
                        <small>{words::START_FULL_HINT}</small>
                    </button>
                    <button type="button" class="secondary start" on:click=move |_| start(Length::Quick)>
                        <span>{words::START_QUICK}</span>
                        <small>{words::START_QUICK_HINT}</small>
                    </button>
                </div>
            </Show>
            <p>
                <button type="button" class="link" on:click=move |_| {
                    check_in.screen.set(Screen::Learn { from_results: false });
                    focus_main();
                }>{words::LEARN_LINK}</button>
            </p>
        </section>
    }
}
