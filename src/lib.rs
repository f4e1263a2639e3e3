//! Me & We: a private, serverless couples' check-in. `App` holds the screen flow and
//! the one piece of state every screen shares.

pub mod content;
pub mod model;
pub mod share;
pub mod store;
pub mod ui;

use leptos::prelude::*;
use model::session::Phase;
use store::Loaded;
use ui::{CheckIn, Notice, Screen};

#[component]
pub fn App() -> impl IntoView {
    ui::recovery::install();
    // The static first paint in index.html gives way to the live screen, in the same frame.
    if let Some(static_landing) = document().get_element_by_id("prerender") {
        static_landing.remove();
    }
    let (saved, notice) = match store::load() {
        Loaded::Found(s) => (Some(s.resumed()), None),
        Loaded::Nothing => (None, None),
        Loaded::Unreadable => (None, Some(Notice::Unreadable)),
        Loaded::Unavailable => (None, Some(Notice::Unavailable)),
    };
    let therapist = saved.as_ref().is_some_and(|s| s.therapist);
    let check_in = CheckIn {
        session: RwSignal::new(saved),
        screen: RwSignal::new(Screen::Landing),
        notice: RwSignal::new(notice),
        keep_nothing: RwSignal::new(false),
        therapist: RwSignal::new(therapist),
    };
    provide_context(check_in);

    // One effect persists every change, as it happens.
    Effect::new(move |_| {
        if check_in.keep_nothing.get() {
            // Drop the session's copy; data set aside as unreadable stays until cleared.
            store::forget_session();
            return;
        }
        // With no session there is nothing to save. Clearing is explicit
        // (`forget_everything`): an empty start must not erase data set aside as unreadable.
        check_in.session.with(|s| {
            let Some(s) = s else { return };
            let problem = match store::save(s) {
                store::Saved::Yes => None,
                store::Saved::Unavailable => Some(Notice::Unavailable),
                store::Saved::Full => Some(Notice::Full),
            };
            if problem.is_some() && check_in.notice.get_untracked() != problem {
                check_in.notice.set(problem);
            }
        });
    });

    // Another tab changed the session: take the latest rather than overwrite it unseen.
    // Taken as it is (not `resumed`), so saving it here writes the same text and the
    // other tab hears nothing back.
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(store::KEY) {
            return;
        }
        let latest = ev.new_value().and_then(|text| store::decode(&text).ok());
        if check_in.session.with_untracked(|s| *s == latest) {
            return;
        }
        // Cleared elsewhere (a quick exit, a new couple): clear here too, without a word.
        let cleared = latest.is_none();
        if cleared {
            check_in.screen.set(Screen::Landing);
        }
        check_in.session.set(latest);
        check_in.notice.set((!cleared).then_some(Notice::OtherTab));
    });

    // Screens are rebuilt only when the phase changes, not on every answer.
    let phase = Memo::new(move |_| check_in.session.with(|s| s.as_ref().map(|s| s.phase)));
    let screen = move || match check_in.screen.get() {
        Screen::Landing => ui::landing::Landing().into_any(),
        Screen::Learn { from_results } => {
            ui::learn::Learn(ui::learn::LearnProps { from_results }).into_any()
        }
        Screen::Flow => match phase.get() {
            None => ui::landing::Landing().into_any(),
            Some(Phase::Setup) => ui::setup::Setup().into_any(),
            Some(Phase::Handoff(p)) => {
                ui::handoff::Handoff(ui::handoff::HandoffProps { partner: p }).into_any()
            }
            Some(Phase::Answering(p)) => {
                ui::answering::Answering(ui::answering::AnsweringProps { partner: p }).into_any()
            }
            Some(Phase::Safety(p)) => {
                ui::safety::Safety(ui::safety::SafetyProps { partner: p }).into_any()
            }
            Some(Phase::Reveal) => ui::reveal::Reveal().into_any(),
            Some(Phase::Results) => ui::results::Results().into_any(),
        },
    };

    view! { <ui::frame::Frame>{screen}</ui::frame::Frame> }
}
