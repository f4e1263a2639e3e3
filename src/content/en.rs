//! English content.

pub mod learn;
pub mod prompts;
pub mod scenarios;
pub mod screens;
pub mod therapist;
