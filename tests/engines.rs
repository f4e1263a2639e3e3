//! The core journeys in every browser engine: Chromium, Firefox (geckodriver) and WebKit
//! (WebKitGTK's MiniBrowser), against the release build. Couples open the app on phones,
//! and every browser on an iPhone is WebKit. What an engine cannot do through its driver
//! is skipped by name below, never silently: WebKit's printed report.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;
#[path = "browser/pages.rs"]
mod pages;

#[path = "browser/journeys.rs"]
mod journeys;

use harness::Engine;
use journeys::*;

/// One test per journey and engine, named `engine_journey`, so a failure names both.
macro_rules! in_every_engine {
    ($($journey:ident),* $(,)?) => {
        mod chromium { $(#[tokio::test(flavor = "multi_thread")] async fn $journey() { super::$journey(super::Engine::Chromium).await } )* }
        mod firefox { $(#[tokio::test(flavor = "multi_thread")] async fn $journey() { super::$journey(super::Engine::Firefox).await } )* }
        mod webkit { $(#[tokio::test(flavor = "multi_thread")] async fn $journey() { super::$journey(super::Engine::WebKit).await } )* }
    };
}

in_every_engine!(
    a_whole_check_in,
    a_reload_mid_turn_loses_nothing,
    corrupt_saved_data_is_set_aside,
    therapist_mode_shows_everything,
    export_then_import,
    the_offline_copy_opens_without_a_network,
    the_printed_report,
    talk_it_through,
    every_screen_at_320_px,
);
