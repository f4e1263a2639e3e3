//! Me & We: a private, serverless couples' check-in. `App` provides the state and picks
//! the screen; the model computes, the screens lay out.

pub mod base64;
pub mod content;
pub mod model;
pub mod share;
pub mod store;
pub mod ui;

use content::Locale;
use leptos::prelude::*;
use model::session::{Phase, Session};
use store::{DecodeError, Loaded};
use ui::{Device, Notice, Screen};

/// Starts the app in the page's language (main.rs calls this): its words first, fetched
/// when it is not English, then the app. The static first screen stays until then.
pub fn start() {
    // wasm-bindgen's own: Leptos's executor starts with the mount, after this.
    wasm_bindgen_futures::spawn_local(async {
        let (locale, notice) = ui::language::starting().await;
        let mount = move || leptos::mount::mount_to_body(move || App(AppProps { locale, notice }));
        // Another language's words were just read: the screen is built in a task of its
        // own, so that neither holds up the page for long.
        if locale.lang == content::english().lang {
            mount();
        } else {
            set_timeout(mount, std::time::Duration::ZERO);
        }
    });
}

/// The app, in `locale`; `notice` says why it is not in the language the page chose.
#[component]
pub fn App(locale: &'static Locale, notice: Option<Notice>) -> impl IntoView {
    let language_notice = notice;
    ui::recovery::install();
    ui::recovery::show_in(locale);
    // The static first paint in index.html gives way to the live screen, in the same frame.
    if let Some(static_landing) = document().get_element_by_id("prerender") {
        ui::language::keep_options();
        static_landing.remove();
    }
    let (saved, notice) = match store::load() {
        Loaded::Found(s) => (Some(s.resumed()), None),
        Loaded::Nothing => (None, None),
        Loaded::Unreadable => (None, Some(Notice::Unreadable)),
        Loaded::Newer => (None, Some(Notice::NewerElsewhere)),
        Loaded::Unavailable => (None, Some(Notice::Unavailable)),
    };
    // Where answers are kept matters more than which language shows.
    let app = ui::provide_check_in(saved, notice.or(language_notice), locale);
    // Saved by a newer build: leave it untouched until this page is reloaded.
    app.device
        .stopped
        .set(notice == Some(Notice::NewerElsewhere));
    ui::frame::install_print_footer(locale);
    persist(app.session, app.device);
    follow_other_tabs(app.session, app.screen, app.device);

    // Screens are rebuilt only when the phase changes, not on every answer.
    let session = app.session;
    let phase = Memo::new(move |_| session.with(|s| s.as_ref().map(Session::phase)));
    let apart =
        Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(|s| s.apart_mode().is_some())));
    // A new language rebuilds the screen (public/boot.js keeps what was typed on it); the
    // frame's words follow it one by one.
    let language = app.language;
    ui::language::want_bank(language);
    // A link with a two-phone code opens it (public/boot.js took it out of the address).
    if let Some(code) = ui::apart::from_address() {
        ui::apart::open(code);
    }
    // The two-phone screens are built untracked, as components are: opening a code changes
    // the session, which must not rebuild the screen that opened it.
    let screen = move || match (language.0.track(), app.screen.get()).1 {
        Screen::Landing => ui::landing::Landing().into_any(),
        Screen::Apart => with_bank(language, || untrack(ui::apart::start)),
        Screen::Code => with_bank(language, || untrack(ui::apart::opened)),
        Screen::Learn { from_results } => with_bank(language, move || {
            ui::learn::Learn(ui::learn::LearnProps { from_results }).into_any()
        }),
        // The talk belongs to the results: once the check-in moves on, so does the screen.
        Screen::Talk if phase.get() == Some(Phase::Results) => {
            with_bank(language, || ui::talk::Talk().into_any())
        }
        Screen::Talk | Screen::Flow => match phase.get() {
            None => ui::landing::Landing().into_any(),
            Some(Phase::Setup) => ui::setup::Setup().into_any(),
            // On two phones the hand-off shows the invite, in the bank's words.
            Some(Phase::Handoff(p)) if apart.get() => with_bank(language, move || {
                ui::handoff::Handoff(ui::handoff::HandoffProps { partner: p })
            }),
            Some(Phase::Handoff(p)) => {
                ui::handoff::Handoff(ui::handoff::HandoffProps { partner: p })
            }
            Some(Phase::Answering(p)) => with_bank(language, move || {
                ui::answering::Answering(ui::answering::AnsweringProps { partner: p }).into_any()
            }),
            Some(Phase::Safety(p)) => with_bank(language, move || {
                ui::safety::Safety(ui::safety::SafetyProps { partner: p }).into_any()
            }),
            Some(Phase::Reveal) => with_bank(language, || ui::reveal::Reveal().into_any()),
            Some(Phase::Swap) => with_bank(language, || untrack(ui::apart::swap)),
            Some(Phase::Results) => with_bank(language, || ui::results::Results().into_any()),
        },
    };

    ui::frame::frame(screen)
}

/// A screen that shows the bank's words, once they are here (English on the web fetches
/// them after its first screen): until then a short wait, rebuilt when they arrive.
fn with_bank(language: ui::Language, screen: impl FnOnce() -> AnyView) -> AnyView {
    if language.0.get_untracked().has_bank() {
        return screen();
    }
    language.1.track();
    ui::language::waiting_for_bank(language).into_any()
}

/// One effect persists every change, as it happens, unless this tab has stopped saving
/// (a newer build saved in another tab: writing now would overwrite its work).
fn persist(session: RwSignal<Option<Session>>, device: Device) {
    Effect::new(move |_| {
        // A newer build's check-in is not this tab's to change, not even to remove.
        if device.stopped.get() {
            return;
        }
        if device.keep_nothing.get() {
            // Drop the session's copy and the language setting; data set aside as
            // unreadable stays until cleared.
            store::forget_session();
            store::remember_language(None);
            return;
        }
        // With no session there is nothing to save. Clearing is explicit
        // (`forget_everything`): an empty start must not erase data set aside as unreadable.
        session.with(|s| {
            let Some(s) = s else { return };
            let problem = match store::save(s) {
                store::Saved::Yes => None,
                store::Saved::Unavailable => Some(Notice::Unavailable),
                store::Saved::Full => Some(Notice::Full),
            };
            if problem.is_some() && device.notice.get_untracked() != problem {
                device.notice.set(problem);
            }
        });
    });
}

/// Another tab changed the saved session: take the latest rather than overwrite it
/// unseen. A removal clears this tab too; a value this tab cannot read leaves this
/// tab's session as it is and says so; a newer build's value also stops this tab saving.
fn follow_other_tabs(session: RwSignal<Option<Session>>, screen: RwSignal<Screen>, device: Device) {
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(store::KEY) {
            return;
        }
        let Some(text) = ev.new_value() else {
            if session.with_untracked(Option::is_some) {
                screen.set(Screen::Landing);
                session.set(None);
                device.notice.set(Some(Notice::RemovedElsewhere));
            }
            return;
        };
        match store::decode(&text) {
            // Taken as it is (not `resumed`), so saving it here writes the same text and
            // the other tab hears nothing back.
            Ok(latest) => {
                if session.with_untracked(|s| s.as_ref() != Some(&latest)) {
                    session.set(Some(latest));
                    device.notice.set(Some(Notice::OtherTab));
                }
            }
            Err(DecodeError::NewerVersion(_)) => {
                device.stopped.set(true);
                device.notice.set(Some(Notice::NewerElsewhere));
            }
            Err(_) => {
                store::set_aside(&text);
                device.notice.set(Some(Notice::UnreadableElsewhere));
            }
        }
    });
}
