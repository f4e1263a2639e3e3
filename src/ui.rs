//! The screens, one module each, and the few widgets they share.

pub mod answering;
pub mod frame;
pub mod handoff;
pub mod landing;
pub mod learn;
pub mod map;
pub mod results;
pub mod reveal;
pub mod safety;
pub mod setup;

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

/// The app's one state, provided by context. Screens read and write through it.
#[derive(Clone, Copy)]
pub struct CheckIn {
    pub session: RwSignal<Option<Session>>,
    pub screen: RwSignal<Screen>,
    /// A plain-words notice about storage (unavailable, unreadable), shown until dismissed.
    pub notice: RwSignal<Option<&'static str>>,
}

impl CheckIn {
    pub fn get() -> Self {
        expect_context::<CheckIn>()
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

    /// Clears the session and everything stored, and returns to a fresh first screen.
    pub fn forget_everything(&self) {
        crate::store::forget();
        self.session.set(None);
        self.screen.set(Screen::Landing);
        focus_main();
    }
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
