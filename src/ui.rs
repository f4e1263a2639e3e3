//! The screens, one module each, the few widgets they share, and the narrow handles
//! screens get through context: read the session, send it a step, move between screens.

pub mod answering;
pub mod apart;
pub mod frame;
pub mod handoff;
pub mod landing;
pub mod language;
pub mod learn;
pub mod map;
pub mod recovery;
pub mod results;
pub mod reveal;
pub mod safety;
pub mod setup;
pub mod talk;
pub mod therapist;

use crate::content::bank::SCENARIOS;
use crate::content::Locale;
use crate::model::compare::Partner;
use crate::model::session::{Invalid, Length, Refusal, Session, Step};
use leptos::prelude::*;

/// What is on screen outside the session's own phases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Landing,
    /// The session's current phase decides the screen.
    Flow,
    /// The Learn page; `from_results` says where its Back button leads.
    Learn {
        from_results: bool,
    },
    /// Talk it through: the guided conversation, from the results.
    Talk,
    /// Starting a check-in on two phones.
    Apart,
    /// A code opened from a link or pasted: an invite, or the other's answers.
    Code,
}

/// A notice about where answers are kept, in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is disabled or throws: answers live in memory only.
    Unavailable,
    /// Storage refused a save (full).
    Full,
    /// Saved data could not be read; it was set aside and can be downloaded.
    Unreadable,
    /// Another tab changed the session; this one now shows the latest.
    OtherTab,
    /// Another tab cleared the session (a quick exit, a new couple).
    RemovedElsewhere,
    /// Another tab saved something this one cannot read; this tab keeps its own.
    UnreadableElsewhere,
    /// A newer build saved in another tab: this tab has stopped saving.
    NewerElsewhere,
    /// The chosen language's words could not be loaded: the app is in English.
    LanguageMissing,
}

impl Notice {
    pub fn text(self, l: &Locale) -> &'static str {
        let w = &l.words;
        match self {
            Notice::Unavailable => w.storage_unavailable,
            Notice::Full => w.storage_full,
            Notice::Unreadable => w.storage_corrupt,
            Notice::OtherTab => w.storage_other_tab,
            Notice::RemovedElsewhere => w.storage_removed_elsewhere,
            Notice::UnreadableElsewhere => w.storage_unreadable_elsewhere,
            Notice::NewerElsewhere => w.storage_newer_elsewhere,
            Notice::LanguageMissing => w.language_missing,
        }
    }
}

/// The handles, provided once as one context value: each screen takes only the handle it
/// asks for (`Send::get()`), and one context type costs the WebAssembly one lookup
/// routine instead of four (about 2 KB). Not expect_context: its message formats the type
/// name and the caller with Debug, which links Rust's Unicode tables (about 2 KB).
#[derive(Clone, Copy)]
struct Handles {
    current: Current,
    send: Send,
    device: Device,
    language: Language,
}

fn handles() -> Handles {
    use_context::<Handles>().expect("App provides the handles")
}

/// The read side: the session as it is now (`None` before a check-in starts). It holds
/// the session's signal but offers only reads (one signal type keeps the wasm smaller
/// than a separate read-only one).
#[derive(Clone, Copy)]
pub struct Current(RwSignal<Option<Session>>);

impl Current {
    pub fn get() -> Self {
        handles().current
    }

    /// Reads the session, tracked: the caller re-runs when what it reads changes.
    pub fn with<R>(&self, f: impl FnOnce(&Session) -> R) -> Option<R> {
        self.0.with(|s| s.as_ref().map(f))
    }

    pub fn with_untracked<R>(&self, f: impl FnOnce(&Session) -> R) -> Option<R> {
        self.0.with_untracked(|s| s.as_ref().map(f))
    }

    /// The name shown for a partner: theirs, or the locale's default.
    pub fn name(&self, p: Partner) -> String {
        let typed = self.with(|s| s.name(p).map(str::to_owned)).flatten();
        words().name(typed.as_deref(), p)
    }
}

/// The write side: the only way screens change the session or leave the screen they are on.
#[derive(Clone, Copy)]
pub struct Send {
    session: RwSignal<Option<Session>>,
    screen: RwSignal<Screen>,
    notice: RwSignal<Option<Notice>>,
    /// Therapist mode while no check-in exists (the first screen's setting); a check-in
    /// carries its own, and a new couple hands it back here.
    therapist: RwSignal<bool>,
}

impl Send {
    pub fn get() -> Self {
        handles().send
    }

    /// Applies a step to the session. A refused step (a stale tab, a double tap) changes
    /// nothing.
    pub fn step(&self, step: Step) -> Result<(), Refusal> {
        let mut result = Err(Refusal::WrongPhase);
        self.session.update(|s| {
            if let Some(s) = s.as_mut() {
                result = s.apply(step, &SCENARIOS);
            }
        });
        result
    }

    /// Starts a new check-in today, with therapist mode as set on the first screen.
    pub fn start(&self, length: Length, seed: u64) {
        let therapist = self.therapist.get_untracked();
        self.session.set(Some(Session::new(
            length,
            seed,
            &today(),
            therapist,
            &SCENARIOS,
        )));
        self.go(Screen::Flow);
    }

    /// Starts a check-in for two phones: `me` answers on this one, or (`None`) this
    /// device only collects both partners' codes.
    pub fn start_apart(&self, length: Length, seed: u64, me: Option<Partner>) {
        let therapist = self.therapist.get_untracked();
        let session = Session::apart(length, seed, &today(), therapist, &SCENARIOS, me);
        self.session.set(Some(session));
        self.go(Screen::Flow);
    }

    /// Joins the check-in of an invite as partner `me`, replacing any other here;
    /// refused when it names scenarios this build does not know.
    pub fn join(&self, invite: &crate::share::Invite, me: Partner) -> Result<(), Invalid> {
        let seed = landing::new_seed();
        let session = Session::joined(invite, me, seed, &today(), &SCENARIOS)?;
        self.session.set(Some(session));
        self.go(Screen::Flow);
        Ok(())
    }

    /// Opens a check-in read from a file, replacing the one in progress.
    pub fn open(&self, session: Session) {
        self.session.set(Some(session.resumed()));
        self.go(Screen::Flow);
    }

    /// Whether therapist mode is on: the check-in's, or the first screen's setting.
    pub fn therapist(&self) -> bool {
        match self.session.with(|s| s.as_ref().map(Session::therapist)) {
            Some(on) => on,
            None => self.therapist.get(),
        }
    }

    pub fn set_therapist(&self, on: bool) {
        self.therapist.set(on);
        let _ = self.step(Step::Therapist(on));
    }

    /// Moves to another screen and puts focus at its top.
    pub fn go(&self, screen: Screen) {
        self.screen.set(screen);
        focus_main();
    }

    /// Clears the session and everything stored, and returns to a fresh first screen.
    /// Therapist mode stays as it was, for the next couple.
    pub fn forget_everything(&self) {
        let therapist = self.therapist();
        crate::store::forget();
        self.notice.set(None);
        self.therapist.set(therapist);
        self.session.set(None);
        self.go(Screen::Landing);
    }
}

/// Storage notices and the settings of this device (not of a check-in).
#[derive(Clone, Copy)]
pub struct Device {
    pub notice: RwSignal<Option<Notice>>,
    /// Keep nothing in storage during this page's life (for sessions in a therapist's office).
    pub keep_nothing: RwSignal<bool>,
    /// A newer build saved the check-in: this page saves nothing until it is reloaded.
    pub stopped: RwSignal<bool>,
}

impl Device {
    pub fn get() -> Self {
        handles().device
    }
}

/// The words of the language in use, and whether its bank's words are here yet.
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<&'static Locale>, pub RwSignal<language::Bank>);

/// The words of the language in use, for a screen being built.
pub fn words() -> &'static Locale {
    handles().language.0.get_untracked()
}

/// Everything the app shares with its screens, created once by the App.
pub struct Provided {
    pub session: RwSignal<Option<Session>>,
    pub screen: RwSignal<Screen>,
    pub device: Device,
    pub language: Language,
}

/// Creates the app's state and provides each screen's handles through context.
pub fn provide_check_in(
    saved: Option<Session>,
    notice: Option<Notice>,
    locale: &'static Locale,
) -> Provided {
    let therapist = saved.as_ref().is_some_and(Session::therapist);
    let session = RwSignal::new(saved);
    let screen = RwSignal::new(Screen::Landing);
    let bank = if locale.has_bank() {
        language::Bank::Here
    } else {
        language::Bank::Coming
    };
    let language = Language(RwSignal::new(locale), RwSignal::new(bank));
    let device = Device {
        notice: RwSignal::new(notice),
        keep_nothing: RwSignal::new(false),
        stopped: RwSignal::new(false),
    };
    provide_context(Handles {
        current: Current(session),
        send: Send {
            session,
            screen,
            notice: device.notice,
            therapist: RwSignal::new(therapist),
        },
        device,
        language,
    });
    Provided {
        session,
        screen,
        device,
        language,
    }
}

/// Today as YYYY-MM-DD, from the browser's clock.
pub fn today() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let iso = String::from(web_sys::js_sys::Date::new_0().to_iso_string());
        iso.chars().take(10).collect()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Asks the browser to confirm; where it cannot ask, goes ahead.
pub fn confirm(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(true)
}

/// Saves the check-in to a file, named in the reader's language.
pub fn export(session: &Session) {
    let today = today();
    let name = crate::content::fill(words().words.export_file_name, &[("date", &today)]);
    download(&name, &crate::store::export(session, &today));
}

/// Offers `text` as a file download, made in the browser: nothing is uploaded.
pub fn download(file_name: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = web_sys::js_sys::Array::new();
        parts.push(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/plain");
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        if let Some(a) = document()
            .create_element("a")
            .ok()
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            a.set_href(&url);
            a.set_download(file_name);
            a.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (file_name, text);
}

/// Moves focus to the top of the new screen, so keyboard and screen-reader users start there.
pub fn focus_main() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        request_animation_frame(|| {
            // Someone already typing into a field of the new screen keeps their place (a
            // late frame, as under WebKitGTK's driver, would send their keys elsewhere).
            let typing = document().active_element().is_some_and(|a| {
                a.tag_name() == "TEXTAREA"
                    || (a.tag_name() == "INPUT"
                        && a.get_attribute("type").as_deref() == Some("text"))
            });
            if typing {
                return;
            }
            if let Some(el) = document()
                .get_element_by_id("screen-title")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        });
    }
}

/// The `data-act` of the nearest element matching `selector` around an event's target:
/// what a button or form of a screen written as text asks for.
pub fn act_of(target: Option<web_sys::EventTarget>, selector: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()?
        .get_attribute("data-act")
}

/// Escapes text for HTML or SVG built as a string (the map's frame, the recovery screen).
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
