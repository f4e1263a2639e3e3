//! The words: scenarios, prompts, explanations and screen copy. One module per locale.

pub mod en;
pub use en::*;
