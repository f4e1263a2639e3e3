//! The first screen: what this is, the privacy promise, and the two ways to start.

use super::{words, Current, Device, Screen, Send};
use crate::model::session::Length;
use crate::store::DecodeError;
use leptos::prelude::*;

/// A fresh seed for option order; it only needs to differ between sessions.
pub fn new_seed() -> u64 {
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

/// "Save to a file": on the first screen (a check-in to resume) and on the results.
pub fn export_button() -> impl IntoView {
    let current = Current::get();
    view! {
        <button type="button" class="secondary" on:click=move |_| {
            current.with_untracked(super::export);
        }>{words().words.export}</button>
    }
}

/// A tap on the static first screen's buttons before the app was live (public/boot.js
/// keeps it on the root element), taken once.
fn take_early_tap() -> Option<String> {
    let root = document().document_element()?;
    let tap = root.get_attribute("data-tap")?;
    let _ = root.remove_attribute("data-tap");
    Some(tap)
}

#[component]
pub fn Landing() -> impl IntoView {
    let current = Current::get();
    let send = Send::get();
    let w = &words().words;
    let in_progress = move || current.with(|_| ()).is_some();
    // Carried through once the screen is up. A start never replaces a check-in in
    // progress: the static screen could not show it, the live one offers to resume.
    request_animation_frame(move || {
        let started = current.with_untracked(|_| ()).is_some();
        match take_early_tap().as_deref() {
            Some("learn") => send.go(Screen::Learn {
                from_results: false,
            }),
            Some("full") if !started => send.start(Length::Full, new_seed()),
            Some("quick") if !started => send.start(Length::Quick, new_seed()),
            _ => {}
        }
    });

    view! {
        <section class="screen landing" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{w.landing_title}</h1>
            <p class="lead">{w.landing_lead}</p>
            <ul class="promises" aria-label=w.promise_title>
                <li>{w.promise_private}</li>
                <li>{w.promise_not_therapy}</li>
                <li>{w.promise_adults}</li>
            </ul>
            {move || in_progress().then(|| view! {
                <div class="card resume">
                    <h2>{w.resume_title}</h2>
                    <p>{w.resume_lead}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| send.go(Screen::Flow)>
                            {w.resume}
                        </button>
                        {move || current.with(|s| s.shareable()).unwrap_or(false).then(export_button)}
                        <button type="button" class="secondary" on:click=move |_| {
                            if super::confirm(w.start_over_confirm) {
                                send.forget_everything();
                            }
                        }>{w.start_over}</button>
                    </div>
                </div>
            })}
            {move || (!in_progress()).then(|| view! {
                <div class="starts">
                    <button type="button" class="primary start" on:click=move |_| send.start(Length::Full, new_seed())>
                        <span>{w.start_full}</span>
                        <small>{w.start_full_hint}</small>
                    </button>
                    <button type="button" class="secondary start" on:click=move |_| send.start(Length::Quick, new_seed())>
                        <span>{w.start_quick}</span>
                        <small>{w.start_quick_hint}</small>
                    </button>
                    <button type="button" id="start-apart" class="secondary start" on:click=move |_| send.go(Screen::Apart)>
                        <span>{w.start_apart}</span>
                        <small>{w.start_apart_hint}</small>
                    </button>
                </div>
            })}
            <details class="paste-code">
                <summary>{w.paste_title}</summary>
                {super::apart::paste_box()}
            </details>
            <p>
                <button type="button" class="link" on:click=move |_| send.go(Screen::Learn { from_results: false })>
                    {w.learn_link}
                </button>
            </p>
            {settings()}
        </section>
    }
}

/// Settings for therapists and shared devices, and opening a saved file.
fn settings() -> impl IntoView {
    let send = Send::get();
    let device = Device::get();
    let w = &words().words;
    view! {
        <details class="settings">
            <summary>{w.settings_title}</summary>
            <label class="option small" for="therapist-mode">
                <input type="checkbox" id="therapist-mode" aria-describedby="therapist-hint"
                    prop:checked=move || send.therapist()
                    on:change=move |ev| send.set_therapist(event_target_checked(&ev))
                />
                <span>{w.therapist_mode} <small id="therapist-hint" class="hint">{w.therapist_mode_hint}</small></span>
            </label>
            <label class="option small" for="keep-nothing">
                <input type="checkbox" id="keep-nothing" aria-describedby="keep-hint"
                    prop:checked=move || device.keep_nothing.get()
                    on:change=move |ev| device.keep_nothing.set(event_target_checked(&ev))
                />
                <span>{w.keep_nothing} <small id="keep-hint" class="hint">{w.keep_nothing_hint}</small></span>
            </label>
            {import_file()}
        </details>
    }
}

/// Opening an exported file. It is read here, in the browser, and checked before use.
fn import_file() -> impl IntoView {
    let current = Current::get();
    let send = Send::get();
    let w = &words().words;
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
            problem.set(Some(w.import_unreadable));
            return;
        };
        // A FileReader callback rather than a future: no async runtime in the wasm for one read.
        let done = reader.clone();
        let on_load = wasm_bindgen::closure::Closure::once_into_js(move || {
            let text = done.result().ok().and_then(|v| v.as_string());
            let Some(text) = text else {
                problem.set(Some(w.import_unreadable));
                return;
            };
            match crate::store::import(&text) {
                Ok(session) => {
                    let in_progress = current.with_untracked(|_| ()).is_some();
                    if in_progress && !super::confirm(w.import_replaces) {
                        return;
                    }
                    problem.set(None);
                    send.open(session);
                }
                Err(e) => problem.set(Some(match e {
                    DecodeError::NotOurs => w.import_not_ours,
                    DecodeError::NewerVersion(_) => w.import_newer,
                    DecodeError::Tampered => w.import_tampered,
                    DecodeError::Inconsistent => w.import_inconsistent,
                })),
            }
        });
        reader.set_onloadend(Some(on_load.unchecked_ref()));
        if reader.read_as_text(&file).is_err() {
            problem.set(Some(w.import_unreadable));
        }
    };
    view! {
        <div class="field">
            <label for="import-file">{w.import_label}</label>
            <p id="import-hint" class="hint">{w.import_hint}</p>
            <input type="file" id="import-file" accept=".txt,text/plain"
                aria-describedby="import-hint import-problem" on:change=on_change />
            <p id="import-problem" class="error" role="alert">{move || problem.get()}</p>
        </div>
    }
}
