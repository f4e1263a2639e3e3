//! The screens, one module each, and the few widgets they share.

pub mod answering;
pub mod frame;
pub mod handoff;
pub mod landing;
pub mod learn;
pub mod map;
pub mod recovery;
pub mod results;
pub mod reveal;
pub mod safety;
pub mod setup;
pub mod therapist;

use crate::content;
use crate::model::compare::Partner;
use crate::model::session::Session;
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
}

impl Notice {
    pub fn text(self) -> &'static str {
        match self {
            Notice::Unavailable => content::screens::STORAGE_UNAVAILABLE,
            Notice::Full => content::screens::STORAGE_FULL,
            Notice::Unreadable => content::screens::STORAGE_CORRUPT,
            Notice::OtherTab => content::screens::STORAGE_OTHER_TAB,
        }
    }
}

/// The app's one state, provided by context. Screens read and write through it.
#[derive(Clone, Copy)]
pub struct CheckIn {
    pub session: RwSignal<Option<Session>>,
    pub screen: RwSignal<Screen>,
    /// A plain-words notice about storage (unavailable, unreadable), shown until dismissed.
    pub notice: RwSignal<Option<Notice>>,
    /// Keep nothing in storage during this page's life (for sessions in a therapist's office).
    pub keep_nothing: RwSignal<bool>,
    /// Therapist mode, chosen before a session exists; copied into the session it starts.
    pub therapist: RwSignal<bool>,
}

impl CheckIn {
    pub fn get() -> Self {
        // Not expect_context: its message formats the type name and the caller with Debug,
        // which links Rust's Unicode tables (about 2 KB) for a message nobody reads.
        use_context::<CheckIn>().expect("App provides the CheckIn context")
    }

    /// Applies a step to the session. A refused step (a stale tab, a double tap) changes nothing.
    pub fn step(
        &self,
        f: impl FnOnce(&mut Session) -> Result<(), crate::model::session::StepError>,
    ) {
        self.session.update(|s| {
            if let Some(s) = s.as_mut() {
                let _ = f(s);
            }
        });
    }

    /// The name shown for a partner: theirs, or the default.
    pub fn name(&self, p: Partner) -> String {
        self.session
            .with(|s| s.as_ref().and_then(|s| s.name(p).map(str::to_owned)))
            .unwrap_or_else(|| content::screens::DEFAULT_NAMES[p.index()].to_owned())
    }

    /// Turns therapist mode on or off, for now and for the session in progress.
    pub fn set_therapist(&self, on: bool) {
        self.therapist.set(on);
        self.session.update(|s| {
            if let Some(s) = s.as_mut() {
                s.therapist = on;
            }
        });
    }

    /// Clears the session and everything stored, and returns to a fresh first screen.
    pub fn forget_everything(&self) {
        crate::store::forget();
        self.notice.set(None);
        self.session.set(None);
        self.screen.set(Screen::Landing);
        focus_main();
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

/// Offers `text` as a file download, made in the browser: nothing is uploaded.
pub fn download(file_name: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys_array(text);
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

#[cfg(target_arch = "wasm32")]
fn js_sys_array(text: &str) -> wasm_bindgen::JsValue {
    // A one-element JS array holding the text, without pulling in js-sys for it.
    let array = web_sys::js_sys::Array::new();
    array.push(&wasm_bindgen::JsValue::from_str(text));
    array.into()
}

/// Moves focus to the top of the new screen, so keyboard and screen-reader users start there.
pub fn focus_main() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        request_animation_frame(|| {
            if let Some(el) = document()
                .get_element_by_id("screen-title")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        });
    }
}
