//! The content: the bank's facts, the same in every language (`bank`), and the words of
//! each locale (`en`), behind one [`Locale`] value chosen at run time.

pub mod bank;
pub mod en;
pub mod locale;

pub use locale::{fill, Locale};

/// The locale compiled into the app.
pub fn english() -> &'static Locale {
    &en::LOCALE
}
