//! The user's steps, as a page object: each method is one thing a person does, found by
//! element ids or by the locale's own words (exact, never a substring), so a test reads
//! as the journey and survives a change of wording or language.
#![allow(dead_code)]

use super::harness::Browser;
use me_and_we::content::english;
use me_and_we::content::locale::{fill, Words};

/// The words the app shows, from the same locale the app is built with.
pub fn words() -> &'static Words {
    &english().words
}

pub struct App<'a> {
    pub b: &'a Browser,
}

impl<'a> App<'a> {
    pub async fn open(b: &'a Browser) -> App<'a> {
        b.open().await;
        App { b }
    }

    /// From the first screen to the first partner's hand-off.
    pub async fn start_quick_look(&self, a: &str, b: &str) {
        self.b.press(words().start_quick).await;
        self.b.wait_title(words().setup_title).await;
        self.b.wait_for("#name-a").await.send_keys(a).await.unwrap();
        self.b.wait_for("#name-b").await.send_keys(b).await.unwrap();
        self.b.press(words().setup_continue).await;
        self.b
            .wait_title(&fill(words().handoff_title, &[("name", a)]))
            .await;
    }

    /// A partner's turn from their hand-off: `n` answers of one dynamic (its letter
    /// code), starting fresh or going on after a reload.
    pub async fn begin_turn(&self, name: &str) {
        self.b
            .press(&fill(words().handoff_ready, &[("name", name)]))
            .await;
    }

    pub async fn resume_turn(&self, name: &str) {
        self.b
            .press(&fill(words().handoff_resume, &[("name", name)]))
            .await;
    }

    pub async fn answer(&self, n: usize, code: &str) {
        self.b.answer(n, code).await;
    }

    /// The private safety check: ticks these items, then goes on to the shared part.
    pub async fn safety_check(&self, ticks: &[usize]) {
        self.b.wait_title(words().safety_title).await;
        for i in ticks {
            self.b.click(&format!("#safety-{i}")).await;
        }
        self.b.press(words().safety_continue).await;
        self.b.wait_title(words().support_title).await;
        self.b.press(words().support_go_on).await;
    }

    /// A whole quick-look turn: hand-off, 12 answers of one dynamic, the safety check.
    pub async fn quick_turn(&self, name: &str, code: &str, ticks: &[usize]) {
        self.begin_turn(name).await;
        self.answer(12, code).await;
        self.safety_check(ticks).await;
    }

    /// Both agree, and the results open.
    pub async fn reveal(&self) {
        self.b.wait_title(words().reveal_title).await;
        self.b.click("#agree-0").await;
        self.b.click("#agree-1").await;
        self.b.press(words().reveal_go).await;
        self.b.wait_title(words().results_title).await;
    }

    /// Reloads the page and says "continue where you left off".
    pub async fn reload_and_resume(&self) {
        self.b.client.refresh().await.expect("reload");
        self.b.wait_title(words().landing_title).await;
        self.b.press(words().resume).await;
    }

    pub async fn open_settings(&self) {
        self.b.click("details.settings > summary").await;
    }

    pub async fn therapist_mode_on(&self) {
        self.open_settings().await;
        self.b.click("#therapist-mode").await;
    }

    /// Imports a file through the first screen's file field.
    pub async fn import(&self, file: &std::path::Path) {
        self.open_settings().await;
        self.b
            .wait_for("#import-file")
            .await
            .send_keys(&file.display().to_string())
            .await
            .unwrap();
    }
}
