//! The user's steps, as a page object: each method is one thing a person does, found by
//! element ids or by the locale's own words (exact, never a substring), so a test reads
//! as the journey and survives a change of wording or language.
#![allow(dead_code)]

use super::harness::{axe_violations, Browser};
use me_and_we::content::english;
use me_and_we::content::locale::{fill, Locale, Words};
use me_and_we::model::compare::Partner;
use me_and_we::model::dynamics::Dynamic;
use me_and_we::model::session::{clean_name, Length};

/// Spanish, from the file the app ships.
static SPANISH: std::sync::LazyLock<&'static Locale> = std::sync::LazyLock::new(|| {
    let text = include_str!("../../public/locales/es.txt");
    Box::leak(Box::new(
        Locale::from_file(text, english()).expect("es.txt reads"),
    ))
});

/// Spanish, whatever this binary speaks.
pub fn spanish_locale() -> &'static Locale {
    &SPANISH
}

/// The locale the app shows in this test binary: English, or Spanish where the binary
/// runs its journeys in Spanish ([`super::harness::SPANISH`]).
pub fn locale() -> &'static Locale {
    if super::harness::spanish() {
        &SPANISH
    } else {
        english()
    }
}

/// The words the app shows, from the same locale the app is built with.
pub fn words() -> &'static Words {
    &locale().words
}

/// The name the app shows for what was typed in a partner's field: cleaned as the model
/// cleans it, or the locale's default.
pub fn shown_name(typed: &str, partner: Partner) -> String {
    locale().name(clean_name(typed).as_deref(), partner)
}

/// "Pass the device to {name}".
pub fn handoff_title(name: &str) -> String {
    fill(words().handoff_title, &[("name", name)])
}

/// "{other}, please look away."
pub fn look_away(other: &str) -> String {
    fill(words().handoff_look_away, &[("other", other)])
}

/// "{n} of {total}", as the progress label says it.
pub fn progress(n: usize, total: usize) -> String {
    fill(
        words().later.progress,
        &[("n", &n.to_string()), ("total", &total.to_string())],
    )
}

pub struct App<'a> {
    pub b: &'a Browser,
}

impl<'a> App<'a> {
    pub async fn open(b: &'a Browser) -> App<'a> {
        b.open().await;
        App { b }
    }

    /// The page object over a page that is already open.
    pub fn on(b: &'a Browser) -> App<'a> {
        App { b }
    }

    // ------------------------------------------------------------ starting

    /// Chooses the full check-in or the quick look on the first screen.
    pub async fn choose(&self, length: Length) {
        self.b
            .press(match length {
                Length::Full => words().start_full,
                Length::Quick => words().start_quick,
            })
            .await;
        self.b.wait_title(words().setup_title).await;
    }

    /// Types the names (an empty one is left untouched) and goes on.
    pub async fn names(&self, a: &str, b: &str) {
        for (field, name) in [("#name-a", a), ("#name-b", b)] {
            if !name.is_empty() {
                self.b.type_into(field, name).await;
            }
        }
        self.b.press(words().setup_continue).await;
    }

    /// From the first screen to the first partner's hand-off.
    pub async fn start(&self, length: Length, a: &str, b: &str) {
        self.choose(length).await;
        self.names(a, b).await;
        self.b
            .wait_title(&handoff_title(&shown_name(a, Partner::A)))
            .await;
    }

    pub async fn start_quick_look(&self, a: &str, b: &str) {
        self.start(Length::Quick, a, b).await;
    }

    pub async fn start_full(&self, a: &str, b: &str) {
        self.start(Length::Full, a, b).await;
    }

    // ------------------------------------------------------------ a turn

    /// A partner's turn from their hand-off: starting fresh or going on after a reload.
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

    /// `n` answers of one dynamic (its letter code).
    pub async fn answer(&self, n: usize, code: &str) {
        self.b.answer(n, code).await;
    }

    /// Waits until the progress label says "{n} of {total}".
    pub async fn wait_progress(&self, n: usize, total: usize) {
        self.b
            .wait_text_is("#progress-label", &progress(n, total))
            .await;
    }

    /// The id of the option chosen on this scenario, if any.
    pub async fn chosen(&self) -> serde_json::Value {
        self.b
            .js("return document.querySelector('input[name=most]:checked')?.id ?? null")
            .await
    }

    pub async fn back(&self) {
        self.b.press(words().back).await;
    }

    /// axe-core finds nothing on this screen.
    pub async fn audit(&self, screen: &str) {
        let v = axe_violations(self.b).await;
        println!("axe: {} violations on the {screen} screen", v.len());
        assert!(
            v.is_empty(),
            "axe violations on the {screen} screen:\n{}",
            v.join("\n")
        );
    }

    /// A whole turn from the hand-off to the end of the support screen: each of `total`
    /// scenarios, once its progress shows, answered with `choose(i)`; these safety items
    /// ticked; with `audit`, axe-core on the first scenario, the safety check and support.
    pub async fn turn(
        &self,
        name: &str,
        total: usize,
        choose: impl Fn(usize) -> Dynamic,
        ticks: &[usize],
        audit: bool,
    ) {
        self.begin_turn(name).await;
        for i in 0..total {
            self.wait_progress(i + 1, total).await;
            if audit && i == 0 {
                self.audit("scenario").await;
            }
            self.answer(1, choose(i).code()).await;
        }
        self.safety(ticks, audit).await;
        self.go_on().await;
    }

    /// The private safety check: ticks these items and goes on to the support screen.
    pub async fn safety(&self, ticks: &[usize], audit: bool) {
        self.b.wait_title(words().later.safety_title).await;
        if audit {
            self.audit("safety check").await;
        }
        for i in ticks {
            self.b.click(&format!("#safety-{i}")).await;
        }
        self.b.press(words().later.safety_continue).await;
        self.b.wait_title(words().later.support_title).await;
        if audit {
            self.audit("support").await;
        }
    }

    /// From the support screen to the shared part.
    pub async fn go_on(&self) {
        self.b.press(words().later.support_go_on).await;
    }

    /// "End here for now": the check-in ends and is cleared.
    pub async fn end_here(&self) {
        self.b.press(words().later.support_end).await;
        self.b.wait_title(words().landing_title).await;
    }

    /// The private safety check: ticks these items, then goes on to the shared part.
    pub async fn safety_check(&self, ticks: &[usize]) {
        self.safety(ticks, false).await;
        self.go_on().await;
    }

    /// A whole quick-look turn: hand-off, 12 answers of one dynamic, the safety check.
    pub async fn quick_turn(&self, name: &str, code: &str, ticks: &[usize]) {
        self.begin_turn(name).await;
        self.answer(12, code).await;
        self.safety_check(ticks).await;
    }

    /// A quick look from the first partner's hand-off to the results, each partner
    /// choosing one dynamic throughout and ticking nothing in the safety check.
    pub async fn quick_round(&self, names: [&str; 2], codes: [&str; 2]) {
        for (name, code) in names.into_iter().zip(codes) {
            self.b.wait_title(&handoff_title(name)).await;
            self.quick_turn(name, code, &[]).await;
        }
        self.reveal().await;
    }

    // ------------------------------------------------------------ together

    /// A partner (0 or 1) ticks "ready to look together".
    pub async fn agree(&self, partner: usize) {
        self.b.click(&format!("#agree-{partner}")).await;
    }

    /// Both agree, and the results open.
    pub async fn reveal(&self) {
        self.b.wait_title(words().later.reveal_title).await;
        self.agree(0).await;
        self.agree(1).await;
        self.b.press(words().later.reveal_go).await;
        self.b.wait_title(words().later.results_title).await;
    }

    /// One agreement is not enough: asked with one tick, the app says both must tick and
    /// stays; with both, the results open.
    pub async fn reveal_once_both_tick(&self) {
        self.b.wait_title(words().later.reveal_title).await;
        self.agree(0).await;
        self.b.press(words().later.reveal_go).await;
        self.b.wait_text("main", words().later.reveal_wait).await;
        self.b.wait_title(words().later.reveal_title).await;
        self.agree(1).await;
        self.b.press(words().later.reveal_go).await;
        self.b.wait_title(words().later.results_title).await;
    }

    /// Ticks "we talked about this" on the first conversation prompt.
    pub async fn mark_talked(&self) {
        self.open_section("prompts").await;
        self.b.click(".prompt input[type=checkbox]").await;
    }

    /// Opens one of the results' sections (`map`, `moved`, `pattern`, `differ`, `agree`,
    /// `prompts`, `pro`) by its heading, as a person would; an open one stays open.
    pub async fn open_section(&self, id: &str) {
        let open = self
            .b
            .js(&format!(
                "return !!document.querySelector('#fold-{id}')?.open"
            ))
            .await;
        if open != serde_json::Value::Bool(true) {
            self.b.click(&format!("#fold-{id} > summary")).await;
            self.b
                .wait_js(
                    &format!("return document.querySelector('#fold-{id}').open"),
                    "the section to open",
                )
                .await;
        }
    }

    /// Opens every section of the results.
    pub async fn open_sections(&self) {
        for id in [
            "map", "moved", "pattern", "differ", "agree", "prompts", "pro",
        ] {
            if self.b.count(&format!("#fold-{id}")).await == 1 {
                self.open_section(id).await;
            }
        }
    }

    /// Walks every screen of a quick look with 40-character names, from the first screen
    /// (the app already open there) to the results with every section open, calling `at`
    /// with each screen's name once it is up.
    pub async fn walk_every_screen(&self, at: impl AsyncFn(&str)) {
        let (b, w) = (self.b, words());
        at("the first screen").await;
        self.open_settings().await;
        at("the first screen's settings").await;
        self.learn().await;
        at("learn").await;
        b.press(w.back).await;
        b.wait_title(w.landing_title).await;
        self.choose(Length::Quick).await;
        at("setup").await;
        let (a, bb) = (
            "Maximiliana Alexandra Fernández-Oyelaran",
            "Bartholomew Christopher Wolfeschlegelxyz",
        );
        self.names(a, bb).await;
        for (name, code) in [(a, "c"), (bb, "i")] {
            b.wait_title(&handoff_title(name)).await;
            at("a hand-off").await;
            self.begin_turn(name).await;
            at("a question").await;
            self.answer(12, code).await;
            b.wait_title(w.later.safety_title).await;
            at("the safety check").await;
            b.click("#safety-0").await;
            b.press(w.later.safety_continue).await;
            b.wait_title(w.later.support_title).await;
            b.click("main details > summary").await;
            at("the support lines, every country open").await;
            b.press(w.later.support_go_on).await;
        }
        b.wait_title(w.later.reveal_title).await;
        at("the reveal").await;
        self.reveal().await;
        self.open_sections().await;
        at("the results, every section open").await;
        self.talk_it_through().await;
        at("the talk's opening").await;
        self.talk_next(w.later.talk_topic_title).await;
        at("the talk's topics").await;
    }

    // ------------------------------------------------------------ talking it through

    /// "Talk it through" from the results: the opening step.
    pub async fn talk_it_through(&self) {
        self.b.press(words().later.talk_start).await;
        self.b.wait_title(words().later.talk_title).await;
    }

    /// The talk's main button ("Begin", "Next", "Swap", "Finish", …), then waits for the
    /// step titled `title`.
    pub async fn talk_next(&self, title: &str) {
        self.b.click("#talk-next").await;
        self.b.wait_title(title).await;
    }

    /// Picks the topic at `index` in the list and goes on to the first turn, where
    /// `speaker` speaks.
    pub async fn pick_topic(&self, index: usize, speaker: &str) {
        self.b.click(&format!("#topic-{index}")).await;
        self.talk_next(&fill(words().later.talk_speaks, &[("name", speaker)]))
            .await;
    }

    /// Types each partner's plan for the week and finishes the talk.
    pub async fn plan_and_finish(&self, plans: [&str; 2]) {
        for (i, plan) in plans.iter().enumerate() {
            let field = format!("#plan-{i}");
            self.b
                .wait_for(&field)
                .await
                .clear()
                .await
                .unwrap_or_else(|e| panic!("clear `{field}`: {e}"));
            if !plan.is_empty() {
                self.b.type_into(&field, plan).await;
            }
        }
        self.talk_next(words().later.talk_done_title).await;
    }

    /// "Back to the results" from any step of the talk.
    pub async fn leave_talk(&self) {
        self.b.click("#talk-exit").await;
        self.b.wait_title(words().later.results_title).await;
    }

    pub async fn learn(&self) {
        self.b.press(words().learn_link).await;
        self.b.wait_title(words().later.learn_title).await;
    }

    pub async fn learn_from_results(&self) {
        self.b.press(words().later.results_learn).await;
        self.b.wait_title(words().later.learn_title).await;
    }

    pub async fn save_to_file(&self) {
        self.b.press(words().export).await;
    }

    /// "Start a retake and compare", confirmed.
    pub async fn retake(&self) {
        self.b.press(words().later.retake).await;
        self.b
            .client
            .accept_alert()
            .await
            .expect("confirm the retake");
    }

    /// Therapist mode's "New couple", confirmed: back on the first screen.
    pub async fn new_couple(&self) {
        self.b.press(words().later.new_couple).await;
        self.b
            .client
            .accept_alert()
            .await
            .expect("confirm the new couple");
        self.b.wait_title(words().landing_title).await;
    }

    /// The quick exit in the header: everything cleared, back on the first screen.
    pub async fn quick_exit(&self) {
        self.b.click("header .quick-exit").await;
        self.b.wait_title(words().landing_title).await;
    }

    // ------------------------------------------------------------ coming back

    /// "Continue where you left off" on the first screen.
    pub async fn resume(&self) {
        self.b.press(words().resume).await;
    }

    /// Reloads the page, sees "welcome back" and says "continue where you left off";
    /// gives the title of the screen it resumed to, once it is up.
    pub async fn reload_and_resume(&self) -> String {
        self.b.client.refresh().await.expect("reload");
        self.b.wait_title(words().landing_title).await;
        self.b.wait_text("main", words().resume_title).await;
        self.resume().await;
        self.b
            .until(
                "the screen after “continue where you left off”",
                async || {
                    let title = self.b.text("#screen-title").await;
                    (title.trim() != words().landing_title).then(|| title.trim().to_owned())
                },
            )
            .await
    }

    /// [`App::reload_and_resume`], resuming to the screen titled `title`.
    pub async fn reload_and_resume_to(&self, title: &str) {
        self.b.client.refresh().await.expect("reload");
        self.b.wait_title(words().landing_title).await;
        self.b.wait_text("main", words().resume_title).await;
        self.resume().await;
        self.b.wait_title(title).await;
    }

    /// "Download what we found", offered for saved data that could not be read.
    pub async fn download_found(&self) {
        self.b.press(words().download_found).await;
    }

    // ------------------------------------------------------------ settings

    /// Opens the first screen's settings (if they are not open already).
    pub async fn open_settings(&self) {
        let open = self
            .b
            .js("return !!document.querySelector('details.settings')?.open")
            .await;
        if open != serde_json::Value::Bool(true) {
            self.b.click("details.settings > summary").await;
        }
    }

    pub async fn therapist_mode_on(&self) {
        self.open_settings().await;
        self.b.click("#therapist-mode").await;
    }

    pub async fn keep_nothing_on(&self) {
        self.open_settings().await;
        self.b.click("#keep-nothing").await;
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

/// Chooses a language with the switch (on the first screen or in the header), and waits
/// until the page is in it.
pub async fn switch_to(b: &Browser, code: &str) {
    b.wait_for("#language")
        .await
        .select_by_value(code)
        .await
        .expect("choose a language");
    b.wait_js(
        &format!("return document.documentElement.lang === '{code}'"),
        "the page in the chosen language",
    )
    .await;
}
