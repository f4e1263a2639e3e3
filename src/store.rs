//! Saving and loading the session in this browser's localStorage, versioned.

use crate::content::scenarios::SCENARIOS;
use crate::model::session::Session;
use serde::{Deserialize, Serialize};

/// The one key the app writes.
pub const KEY: &str = "me-and-we.session";
/// Bump when `Session` changes shape, and teach `decode` the old one.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope {
    version: u32,
    session: Session,
}

/// What we found in storage.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    Nothing,
    Found(Session),
    /// Saved data we could not read; it is kept under a side key, not destroyed.
    Unreadable,
    /// Storage is disabled or throws (private browsing, blocked by settings).
    Unavailable,
}

/// Whether a save went through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Yes,
    /// Storage is disabled or throws.
    Unavailable,
    /// The browser refused the write: the quota is full.
    Full,
}

#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not a session of ours.
    NotOurs,
    /// Written by a newer version of the app.
    NewerVersion(u32),
    /// Its answers or phase do not hold together.
    Inconsistent,
    /// An exported file whose content no longer matches its check value.
    Tampered,
}

/// Reads a saved session. Pure, so it is tested natively against any input.
pub fn decode(text: &str) -> Result<Session, DecodeError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| DecodeError::NotOurs)?;
    let version = value
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .ok_or(DecodeError::NotOurs)?;
    if version > u64::from(VERSION) {
        return Err(DecodeError::NewerVersion(version as u32));
    }
    let saved: Envelope = serde_json::from_value(value).map_err(|_| DecodeError::NotOurs)?;
    saved
        .session
        .validated(&SCENARIOS)
        .map_err(|_| DecodeError::Inconsistent)
}

/// What an exported file says it is.
pub const EXPORT_FORMAT: &str = "me-and-we/session";

/// An exported file: the session, the version of its shape, when it was exported, and a
/// check value that shows whether the session was edited after export.
#[derive(Serialize, Deserialize)]
struct Export {
    format: String,
    version: u32,
    exported: String,
    check: String,
    session: Session,
}

/// FNV-1a of the session's canonical JSON, in hex. Catches edits and damage; it is not
/// a signature (anyone can recompute it), and does not need to be one.
fn check_value(session: &Session) -> String {
    let text = serde_json::to_string(session).unwrap_or_default();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The file a user downloads: readable JSON (the format is described in the README).
pub fn export(session: &Session, today: &str) -> String {
    let file = Export {
        format: EXPORT_FORMAT.to_owned(),
        version: VERSION,
        exported: today.to_owned(),
        check: check_value(session),
        session: session.clone(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads an exported file, refusing anything malformed, newer, inconsistent or edited.
pub fn import(text: &str) -> Result<Session, DecodeError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| DecodeError::NotOurs)?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(DecodeError::NotOurs);
    }
    let version = value
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .ok_or(DecodeError::NotOurs)?;
    if version > u64::from(VERSION) {
        return Err(DecodeError::NewerVersion(version as u32));
    }
    let file: Export = serde_json::from_value(value).map_err(|_| DecodeError::NotOurs)?;
    if check_value(&file.session) != file.check {
        return Err(DecodeError::Tampered);
    }
    file.session
        .validated(&SCENARIOS)
        .map_err(|_| DecodeError::Inconsistent)
}

pub fn encode(session: &Session) -> String {
    let saved = Envelope {
        version: VERSION,
        session: session.clone(),
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use gloo_storage::{LocalStorage, Storage};

    /// gloo's `raw()` throws when storage is disabled, so ask web-sys first.
    fn available() -> bool {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some()
    }

    pub fn load() -> Loaded {
        if !available() {
            return Loaded::Unavailable;
        }
        let text = match LocalStorage::raw().get_item(KEY) {
            Ok(Some(text)) => text,
            Ok(None) => return Loaded::Nothing,
            Err(_) => return Loaded::Unavailable,
        };
        match decode(&text) {
            Ok(session) => Loaded::Found(session),
            Err(_) => {
                // Keep what we could not read, so nothing is lost, and stop tripping on it.
                let raw = LocalStorage::raw();
                let _ = raw.set_item(&format!("{KEY}.unreadable"), &text);
                let _ = raw.remove_item(KEY);
                Loaded::Unreadable
            }
        }
    }

    /// Saves the session, or says why the browser refused.
    pub fn save(session: &Session) -> Saved {
        if !available() {
            return Saved::Unavailable;
        }
        match LocalStorage::raw().set_item(KEY, &encode(session)) {
            Ok(()) => Saved::Yes,
            Err(_) => Saved::Full,
        }
    }

    /// What was set aside as unreadable, to offer it for download.
    pub fn unreadable() -> Option<String> {
        if !available() {
            return None;
        }
        LocalStorage::raw()
            .get_item(&format!("{KEY}.unreadable"))
            .ok()
            .flatten()
    }

    /// Removes every key the app wrote.
    pub fn forget() {
        if !available() {
            return;
        }
        let raw = LocalStorage::raw();
        let _ = raw.remove_item(KEY);
        let _ = raw.remove_item(&format!("{KEY}.unreadable"));
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{forget, load, save, unreadable};

// Natively there is no browser storage: the app never runs there, but the library
// (and its tests) must build.
#[cfg(not(target_arch = "wasm32"))]
pub fn load() -> Loaded {
    Loaded::Unavailable
}
#[cfg(not(target_arch = "wasm32"))]
pub fn save(_: &Session) -> Saved {
    Saved::Unavailable
}
#[cfg(not(target_arch = "wasm32"))]
pub fn unreadable() -> Option<String> {
    None
}
#[cfg(not(target_arch = "wasm32"))]
pub fn forget() {}
