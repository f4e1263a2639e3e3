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
        let mut session = Session::new(length, new_seed());
        session.therapist = check_in.therapist.get_untracked();
        session.date = super::today();
        check_in.session.set(Some(session));
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
                        {move || check_in.session.with(|s| s.as_ref().is_some_and(|s| s.shareable())).then(|| view! {
                            <button type="button" class="secondary" on:click=move |_| {
                                if let Some(s) = check_in.session.get_untracked() {
                                    super::download(&format!("me-and-we-{}.txt", super::today()), &crate::store::export(&s, &super::today()));
                                }
                            }>{words::EXPORT}</button>
                        })}
                        <button type="button" class="secondary" on:click=move |_| {
                            if super::confirm(words::START_OVER_CONFIRM) {
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
            <details class="settings">
                <summary>{words::SETTINGS_TITLE}</summary>
                <label class="option small" for="therapist-mode">
                    <input type="checkbox" id="therapist-mode" aria-describedby="therapist-hint"
                        prop:checked=move || check_in.therapist.get()
                        on:change=move |ev| check_in.set_therapist(event_target_checked(&ev))
                    />
                    <span>{words::THERAPIST_MODE} <small id="therapist-hint" class="hint">{words::THERAPIST_MODE_HINT}</small></span>
                </label>
                <label class="option small" for="keep-nothing">
                    <input type="checkbox" id="keep-nothing" aria-describedby="keep-hint"
                        prop:checked=move || check_in.keep_nothing.get()
                        on:change=move |ev| check_in.keep_nothing.set(event_target_checked(&ev))
                    />
                    <span>{words::KEEP_NOTHING} <small id="keep-hint" class="hint">{words::KEEP_NOTHING_HINT}</small></span>
                </label>
                <ImportFile />
            </details>
        </section>
    }
}

/// Opening an exported file. It is read here, in the browser, and checked before use.
#[component]
fn ImportFile() -> impl IntoView {
    let check_in = CheckIn::get();
    let problem = RwSignal::new(None::<&'static str>);
    let on_change = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        let Ok(reader) = web_sys::FileReader::new() else {
            problem.set(Some(words::IMPORT_UNREADABLE));
            return;
        };
        // A FileReader callback rather than a future: no async runtime in the wasm for one read.
        let done = reader.clone();
        let on_load = wasm_bindgen::closure::Closure::once_into_js(move || {
            let text = done.result().ok().and_then(|v| v.as_string());
            let Some(text) = text else {
                problem.set(Some(words::IMPORT_UNREADABLE));
                return;
            };
            match crate::store::import(&text) {
                Ok(session) => {
                    let in_progress = check_in.session.with_untracked(|s| s.is_some());
                    if in_progress && !super::confirm(words::IMPORT_REPLACES) {
                        return;
                    }
                    problem.set(None);
                    check_in.therapist.set(session.therapist);
                    check_in.session.set(Some(session.resumed()));
                    check_in.screen.set(Screen::Flow);
                    focus_main();
                }
                Err(e) => problem.set(Some(match e {
                    crate::store::DecodeError::NotOurs => words::IMPORT_NOT_OURS,
                    crate::store::DecodeError::NewerVersion(_) => words::IMPORT_NEWER,
                    crate::store::DecodeError::Tampered => words::IMPORT_TAMPERED,
                    crate::store::DecodeError::Inconsistent => words::IMPORT_INCONSISTENT,
                })),
            }
        });
        reader.set_onloadend(Some(on_load.unchecked_ref()));
        if reader.read_as_text(&file).is_err() {
            problem.set(Some(words::IMPORT_UNREADABLE));
        }
    };
    view! {
        <div class="field">
            <label for="import-file">{words::IMPORT_LABEL}</label>
            <p id="import-hint" class="hint">{words::IMPORT_HINT}</p>
            <input type="file" id="import-file" accept=".txt,text/plain"
                aria-describedby="import-hint import-problem" on:change=on_change />
            <p id="import-problem" class="error" role="alert">{move || problem.get()}</p>
        </div>
    }
}
