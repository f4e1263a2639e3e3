//! Talk it through: a short guided conversation on the device, one step per screen. A
//! topic, a turn each to speak and to listen, then one small thing each will try. The
//! steps' words are built as HTML text, like the map: one template instead of six.

use super::results::difference_line;
use super::safety::support_lines;
use super::{escape, focus_main, words, Current, Screen, Send};
use crate::content::bank::{PROMPTS, SCENARIOS};
use crate::content::fill;
use crate::model::compare::Partner;
use crate::model::results::Topic;
use crate::model::session::Step;
use leptos::prelude::*;

/// The steps, in order.
const OPENING: u8 = 0;
const TOPIC: u8 = 1;
const FIRST_TURN: u8 = 2;
const SECOND_TURN: u8 = 3;
const PLAN: u8 = 4;
const DONE: u8 = 5;

/// How long a turn's gentle timer runs.
const TURN_MS: u64 = 180_000;

/// What the steps' words are made from.
struct StepWords {
    topics: Vec<Topic>,
    topic_names: Vec<String>,
    names: [String; 2],
    /// Read when the plan step shows, so a second talk starts from the latest plans.
    current: Current,
}

/// A topic as the list names it: the suggested talk first, then differences and talks.
fn topic_name(i: usize, t: &Topic, names: &[String; 2]) -> String {
    let l = words();
    match t {
        Topic::Prompt(id) => {
            let title = l.prompt(*id).map_or("", |t| t.title);
            if i == 0 {
                fill(l.words.later.talk_topic_suggested, &[("title", title)])
            } else {
                title.to_owned()
            }
        }
        Topic::Difference(d) => difference_line(d, names),
    }
}

fn h1(text: &str) -> String {
    format!(
        r#"<h1 id="screen-title" tabindex="-1">{}</h1>"#,
        escape(text)
    )
}

fn p(text: &str) -> String {
    format!("<p>{}</p>", escape(text))
}

impl StepWords {
    /// One step as HTML: its title (where focus moves), its text, its buttons. Buttons
    /// say what they do in `data-act`; the section hears every click and change.
    fn html(&self, s: u8, t: usize, timer: bool, draft: Option<[String; 2]>) -> String {
        let w = &words().words;
        let next = match s {
            OPENING => w.later.talk_begin,
            FIRST_TURN => w.later.talk_swap,
            PLAN => w.later.talk_finish,
            DONE => w.later.talk_another,
            _ => w.later.talk_next,
        };
        let back = if matches!(s, TOPIC..=PLAN) {
            format!(
                r#"<button type="button" class="secondary" data-act="back">{}</button>"#,
                escape(w.later.talk_back)
            )
        } else {
            String::new()
        };
        // Silent: a bar that empties (still where motion is reduced), and one line said
        // when the time is up, never second by second.
        let timer = if matches!(s, FIRST_TURN | SECOND_TURN) {
            format!(
                r#"<div class="timer-area"><label class="option small" for="timer"><input type="checkbox" id="timer"{}><span>{}</span></label><div class="timer" aria-hidden="true"><span></span></div><p role="status" id="time-up"></p></div>"#,
                if timer { " checked" } else { "" },
                escape(w.later.talk_timer)
            )
        } else {
            String::new()
        };
        format!(
            r#"{}{timer}<div class="actions"><button type="button" class="primary" id="talk-next" data-act="next">{}</button>{back}<button type="button" class="secondary" id="talk-exit" data-act="exit">{}</button></div>"#,
            self.text(s, t, draft),
            escape(next),
            escape(w.later.talk_exit)
        )
    }

    /// One step's words.
    fn text(&self, s: u8, t: usize, draft: Option<[String; 2]>) -> String {
        let l = words();
        let w = &l.words;
        let names = &self.names;
        match s {
            OPENING => format!(
                r#"{}{}<p class="card gentle">{}</p><details class="support"><summary>{}</summary>{}</details>"#,
                h1(w.later.talk_title),
                p(w.later.talk_lead),
                escape(w.later.talk_not_safe),
                escape(w.later.talk_support),
                support_lines()
            ),
            TOPIC => {
                let mut html = format!(
                    r#"<fieldset class="options"><legend><h1 id="screen-title" tabindex="-1">{}</h1></legend>"#,
                    escape(w.later.talk_topic_title)
                );
                for (i, name) in self.topic_names.iter().enumerate() {
                    html.push_str(&format!(
                        r#"<label class="option small" for="topic-{i}"><input type="radio" name="topic" id="topic-{i}" value="{i}"{}><span>{}</span></label>"#,
                        if i == t { " checked" } else { "" },
                        escape(name)
                    ));
                }
                html + "</fieldset>"
            }
            FIRST_TURN | SECOND_TURN => {
                // Read now: each finished talk hands the first turn to the other partner.
                let first = self
                    .current
                    .with_untracked(|s| s.first_speaker())
                    .unwrap_or(Partner::A);
                let speaker = if s == FIRST_TURN {
                    first
                } else {
                    first.other()
                };
                let who = |p: Partner| [("name", names[p.index()].as_str())];
                let about = match self.topics.get(t) {
                    Some(Topic::Prompt(id)) => l.prompt(*id).map_or(String::new(), |t| {
                        format!(
                            r#"<p class="asked"><strong>{}</strong> {}</p>"#,
                            escape(t.title),
                            escape(t.text)
                        )
                    }),
                    Some(Topic::Difference(d)) => format!(
                        r#"<p class="asked">{}</p>{}"#,
                        escape(l.scenario(d.scenario).map_or("", |t| t.situation)),
                        p(&difference_line(d, names))
                    ),
                    None => String::new(),
                };
                // The title first: focus lands there, and a screen reader reads on.
                format!(
                    r#"{}{about}{}<h2>{}</h2>{}"#,
                    h1(&fill(w.later.talk_speaks, &who(speaker))),
                    p(w.later.talk_speaker_starter),
                    escape(&fill(w.later.talk_listens, &who(speaker.other()))),
                    p(w.later.talk_listener_starter)
                )
            }
            PLAN => {
                let plans = draft.unwrap_or_else(|| {
                    self.current
                        .with_untracked(|s| s.plans().clone().map(Option::unwrap_or_default))
                        .unwrap_or_default()
                });
                let mut html = h1(w.later.talk_plan_title) + &p(w.later.talk_plan_lead);
                for (i, name) in names.iter().enumerate() {
                    html.push_str(&format!(
                        r#"<label class="field" for="plan-{i}">{}</label><input type="text" id="plan-{i}" maxlength="200" aria-describedby="plan-hint" value="{}">"#,
                        escape(&fill(w.later.talk_plan_label, &[("name", name)])),
                        escape(&plans[i])
                    ));
                }
                html + &format!(
                    r#"<p class="hint" id="plan-hint">{}</p>"#,
                    escape(w.later.talk_plan_hint)
                )
            }
            _ => h1(w.later.talk_done_title) + &p(w.later.talk_done_lead),
        }
    }
}

/// Where the talk is: its step and topic, the timer, and plans typed but not yet kept.
#[derive(Clone, Copy)]
struct Place {
    step: RwSignal<u8>,
    topic: RwSignal<usize>,
    timer: StoredValue<bool>,
    /// Each timer run has a number, so a run left behind (a new turn, the timer off and
    /// on) never speaks over the current one.
    run: StoredValue<u32>,
    /// Plans typed and then left by "Back", kept until the plan step shows again.
    draft: StoredValue<Option<[String; 2]>>,
    /// Taken up front: the time can run out after this screen is gone (a quick exit),
    /// when neither the screen's values nor the app's context can be asked any more.
    time_up: &'static str,
}

impl Place {
    fn start_timer(self) {
        self.run.update_value(|r| *r += 1);
        let mine = self.run.get_value();
        let (run, time_up) = (self.run, self.time_up);
        if self.timer.get_value() && matches!(self.step.get_untracked(), FIRST_TURN | SECOND_TURN) {
            set_timeout(
                move || {
                    if run.try_get_value() == Some(mine) {
                        if let Some(e) = document().get_element_by_id("time-up") {
                            e.set_text_content(Some(time_up));
                        }
                    }
                },
                std::time::Duration::from_millis(TURN_MS),
            );
        }
    }

    fn go(self, next: u8) {
        self.step.set(next);
        self.start_timer();
        focus_main();
    }
}

thread_local! {
    /// The talk on screen, so that a new language can carry its place over.
    static ON_SCREEN: std::cell::Cell<Option<Place>> = const { std::cell::Cell::new(None) };
    /// Where the talk rebuilt in a new language picks up: step, topic, timer.
    static CARRIED: std::cell::Cell<Option<(u8, usize, bool)>> = const { std::cell::Cell::new(None) };
}

/// Called as the language changes, before the screen is rebuilt in it: a talk under way
/// goes on where it was instead of starting over, its gentle timer started again. (A talk
/// no longer on screen has its values gone, and carries nothing.)
pub fn carry_over() {
    let place = ON_SCREEN.with(std::cell::Cell::get).and_then(|p| {
        Some((
            p.step.try_get_untracked()?,
            p.topic.try_get_untracked()?,
            p.timer.try_get_value()?,
        ))
    });
    CARRIED.with(|c| c.set(place));
}

/// What the plan step's fields hold now.
fn typed_plans() -> [String; 2] {
    use wasm_bindgen::JsCast;
    [0, 1].map(|i| {
        document()
            .get_element_by_id(&format!("plan-{i}"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|e| e.value())
            .unwrap_or_default()
    })
}

#[component]
pub fn Talk() -> impl IntoView {
    let current = Current::get();
    let send = Send::get();
    let Some(results) = current.with_untracked(|s| s.results(&SCENARIOS, &PROMPTS)) else {
        return ().into_any();
    };
    let names = [current.name(Partner::A), current.name(Partner::B)];
    let topics = results.topics();
    let (first, first_topic, timing) = CARRIED
        .with(std::cell::Cell::take)
        .unwrap_or((OPENING, 0, false));
    let place = Place {
        step: RwSignal::new(first),
        topic: RwSignal::new(first_topic),
        timer: StoredValue::new(timing),
        run: StoredValue::new(0u32),
        draft: StoredValue::new(None),
        time_up: words().words.later.talk_time_up,
    };
    ON_SCREEN.with(|p| p.set(Some(place)));
    place.start_timer();
    let Place {
        step,
        topic,
        timer,
        draft,
        ..
    } = place;
    let go = move |next: u8| place.go(next);
    let words_of = StepWords {
        topic_names: topics
            .iter()
            .enumerate()
            .map(|(i, t)| topic_name(i, t, &names))
            .collect(),
        topics: topics.clone(),
        names,
        current,
    };
    let body = move || {
        words_of.html(
            step.get(),
            topic.get(),
            timer.get_value(),
            draft.get_value(),
        )
    };

    let act = move |ev: leptos::ev::MouseEvent| {
        let act = super::act_of(ev.target(), "[data-act]");
        let now = step.get_untracked();
        match act.as_deref() {
            Some("exit") => send.go(Screen::Flow),
            Some("back") => {
                if now == PLAN {
                    draft.set_value(Some(typed_plans()));
                }
                go(now.saturating_sub(1));
            }
            Some("next") => match now {
                TOPIC => {
                    let chosen = document()
                        .query_selector("input[name=topic]:checked")
                        .ok()
                        .flatten()
                        .and_then(|e| e.get_attribute("value"))
                        .and_then(|v| v.parse().ok());
                    topic.set(chosen.unwrap_or(0));
                    go(FIRST_TURN);
                }
                PLAN => {
                    let prompt = topics.get(topic.get_untracked()).and_then(|t| t.prompt());
                    let kept = send.step(Step::Talk {
                        prompt,
                        plans: typed_plans(),
                    });
                    draft.set_value(None);
                    if kept.is_ok() {
                        go(DONE);
                    } else {
                        // The check-in moved on (another tab started a retake): show it.
                        send.go(Screen::Flow);
                    }
                }
                DONE => {
                    // The next talk offers the next topic.
                    topic.update(|t| *t = (*t + 1) % topics.len().max(1));
                    go(TOPIC);
                }
                s => go(s + 1),
            },
            _ => {}
        }
    };
    let changed = move |ev: leptos::ev::Event| {
        if let Some(input) = ev.target().and_then(|t| {
            use wasm_bindgen::JsCast;
            t.dyn_into::<web_sys::HtmlInputElement>().ok()
        }) {
            if input.id() == "timer" {
                timer.set_value(input.checked());
                if let Some(e) = document().get_element_by_id("time-up") {
                    e.set_text_content(None);
                }
                place.start_timer();
            }
        }
    };

    view! {
        <section class="screen talk" aria-labelledby="screen-title"
            inner_html=body on:click=act on:change=changed></section>
    }
    .into_any()
}
