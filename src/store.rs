//! Saving and loading the session in this browser's localStorage, versioned.

use crate::base64::{from_base64, to_base64};
use crate::content::bank::SCENARIOS;
use crate::model::session::Session;

/// The one key the app writes.
pub const KEY: &str = "me-and-we.session";
/// The language chosen on this device (a setting of the device, not of a check-in), read
/// before the first paint by the page's language picker (public/index.html).
pub const LANGUAGE_KEY: &str = "me-and-we.lang";
/// The saved format. Every change to what `Session` stores bumps it; `decode` keeps
/// reading every earlier one, and `tests/fixtures/format<N>/` holds a real saved string
/// and exported file of each, which must still open and read the same.
pub const VERSION: u32 = 4;

/// What we found in storage.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    Nothing,
    Found(Box<Session>),
    /// Saved data we could not read; it is kept under a side key, not destroyed.
    Unreadable,
    /// Saved by a newer version of the app: left as it is, and this page saves nothing.
    Newer,
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
    /// Not a session of ours, or damaged.
    NotOurs,
    /// Written by a newer version of the app.
    NewerVersion(u32),
    /// Its answers or phase do not hold together.
    Inconsistent,
    /// An exported file whose content no longer matches its check value.
    Tampered,
}

/// A saved session: `mw`, the version, a dot, then the session in postcard's compact
/// binary form as URL-safe base64. Binary rather than JSON: JSON code cost this app
/// about 20 KB of WebAssembly.
pub fn encode(session: &Session) -> String {
    let bytes = postcard::to_allocvec(session).unwrap_or_default();
    format!("mw{VERSION}.{}", to_base64(&bytes))
}

/// Reads a saved session. Pure, so it is tested natively against any input.
pub fn decode(text: &str) -> Result<Session, DecodeError> {
    let (version, data) = text
        .trim()
        .strip_prefix("mw")
        .and_then(|rest| rest.split_once('.'))
        .ok_or(DecodeError::NotOurs)?;
    let version: u32 = version.parse().map_err(|_| DecodeError::NotOurs)?;
    if version > VERSION {
        return Err(DecodeError::NewerVersion(version));
    }
    if version == 0 {
        return Err(DecodeError::NotOurs);
    }
    let mut bytes = from_base64(data).ok_or(DecodeError::NotOurs)?;
    // Format 1 is format 2 without the two fields after the length (its first byte):
    // it is read as format 2 with an empty set and "same wording", then given the set
    // format 1 used. One reader for both costs less WebAssembly than a second one.
    let format1 = version == 1;
    if format1 {
        if bytes.is_empty() {
            return Err(DecodeError::NotOurs);
        }
        let rest = bytes.split_off(1);
        bytes.extend_from_slice(&[0, 0]);
        bytes.extend_from_slice(&rest);
    }
    // Formats 1 and 2 end before the talks count and the two pairs of plans: zero talks,
    // no plans.
    if version < 3 {
        bytes.extend_from_slice(&[0; 5]);
    }
    // Formats 1 to 3 end before the two-phone details: one device.
    if version < 4 {
        bytes.push(0);
    }
    let session: Session = postcard::from_bytes(&bytes).map_err(|_| DecodeError::NotOurs)?;
    let session = if format1 {
        session.from_format1()
    } else {
        session
    };
    session
        .validated(&SCENARIOS)
        .map_err(|_| DecodeError::Inconsistent)
}

/// The first line of an exported file.
pub const EXPORT_FORMAT: &str = "me-and-we/session";

/// FNV-1a of the saved form, in hex. Catches edits and damage; it is not a signature
/// (anyone can recompute it), and does not need to be one.
fn check_value(data: &str) -> String {
    format!("{:016x}", crate::model::fnv1a(data.bytes()))
}

/// The file a user downloads: a few labelled lines of text (described in the README).
pub fn export(session: &Session, today: &str) -> String {
    let data = encode(session);
    format!(
        "{EXPORT_FORMAT}\nversion: {VERSION}\nexported: {today}\ncheck: {}\ndata: {data}\n",
        check_value(&data)
    )
}

/// Reads an exported file, refusing anything malformed, newer, inconsistent or edited.
pub fn import(text: &str) -> Result<Session, DecodeError> {
    let mut lines = text.lines().map(str::trim);
    if lines.next() != Some(EXPORT_FORMAT) {
        return Err(DecodeError::NotOurs);
    }
    let (mut version, mut check, mut data) = (None, None, None);
    for line in lines {
        match line.split_once(": ") {
            Some(("version", v)) => version = v.parse::<u32>().ok(),
            Some(("check", v)) => check = Some(v),
            Some(("data", v)) => data = Some(v),
            _ => {}
        }
    }
    let version = version.ok_or(DecodeError::NotOurs)?;
    if version > VERSION {
        return Err(DecodeError::NewerVersion(version));
    }
    let (Some(check), Some(data)) = (check, data) else {
        return Err(DecodeError::NotOurs);
    };
    if check_value(data) != check {
        return Err(DecodeError::Tampered);
    }
    decode(data)
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
            Ok(session) => Loaded::Found(Box::new(session)),
            Err(DecodeError::NewerVersion(_)) => Loaded::Newer,
            Err(_) => {
                // Keep what we could not read, so nothing is lost. It stays under the key
                // too until this tab saves: removing it would tell every other open tab
                // that the check-in was cleared.
                set_aside(&text);
                Loaded::Unreadable
            }
        }
    }

    /// Keeps a value we could not read under a side key, to offer it for download.
    pub fn set_aside(text: &str) {
        if available() {
            let _ = LocalStorage::raw().set_item(&format!("{KEY}.unreadable"), text);
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

    /// Removes the saved session only.
    pub fn forget_session() {
        if available() {
            let _ = LocalStorage::raw().remove_item(KEY);
        }
    }

    /// Removes every key the app wrote.
    pub fn forget() {
        if !available() {
            return;
        }
        let raw = LocalStorage::raw();
        let _ = raw.remove_item(KEY);
        let _ = raw.remove_item(&format!("{KEY}.unreadable"));
        let _ = raw.remove_item(LANGUAGE_KEY);
    }

    /// Keeps this device's language, or (`None`) forgets it.
    pub fn remember_language(code: Option<&str>) {
        if !available() {
            return;
        }
        let raw = LocalStorage::raw();
        let _ = match code {
            Some(code) => raw.set_item(LANGUAGE_KEY, code),
            None => raw.remove_item(LANGUAGE_KEY),
        };
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{forget, forget_session, load, remember_language, save, set_aside, unreadable};

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
#[cfg(not(target_arch = "wasm32"))]
pub fn forget_session() {}
#[cfg(not(target_arch = "wasm32"))]
pub fn set_aside(_: &str) {}
#[cfg(not(target_arch = "wasm32"))]
pub fn remember_language(_: Option<&str>) {}
