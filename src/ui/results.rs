//! Results, shown together: a summary first (where each sits, the mix, the pattern in a
//! sentence, where they differ most, a talk to start with), then sections that open in
//! place. The model computes all of it once (`Session::results`); each function here
//! lays out its piece as HTML text, like the map: far less WebAssembly than building an
//! element at a time. The page hears its buttons' clicks and its ticks in one place.

use super::map::{map, mix_bar, mix_key};
use super::therapist::{numbers, raw_choices};
use super::{confirm, escape, words, Current, Screen, Send};
use crate::content::bank::{PROMPTS, SCENARIOS};
use crate::content::fill;
use crate::content::locale::{signed, FacilitatorNote};
use crate::model::compare::{Agreement, CouplePattern, Difference, Partner};
use crate::model::prompts::{Prompt, PromptKey};
use crate::model::results::{Moved, Results};
use crate::model::scenario::Domain;
use crate::model::scoring::{Profile, Reading};
use crate::model::session::{Length, Step};
use leptos::prelude::*;

/// A facilitator note, only in therapist mode.
fn note(therapist: bool, n: &FacilitatorNote) -> String {
    if therapist {
        super::therapist::note(n)
    } else {
        String::new()
    }
}

/// A section that opens in place (a native disclosure: keyboard and screen readers know
/// it), closed for couples and open in therapist mode; printing opens them all (boot.js).
fn fold(id: &str, title: &str, open: bool, body: &str) -> String {
    format!(
        r#"<details class="fold" id="fold-{id}"{}><summary><h2>{}</h2></summary>{body}</details>"#,
        if open { " open" } else { "" },
        escape(title)
    )
}

#[component]
pub fn Results() -> impl IntoView {
    let current = Current::get();
    let send = Send::get();
    let Some(results) = current.with_untracked(|s| s.results(&SCENARIOS, &PROMPTS)) else {
        return ().into_any();
    };
    let talked = current
        .with_untracked(|s| s.talked_prompts().to_vec())
        .unwrap_or_default();
    let names = [current.name(Partner::A), current.name(Partner::B)];
    let page = page(&results, &names, &talked);
    let therapist = results.therapist;
    let w = &words().words;

    let act = move |ev: leptos::ev::MouseEvent| {
        let act = super::act_of(ev.target(), "[data-act]");
        match act.as_deref() {
            Some("talk") => send.go(Screen::Talk),
            Some("print") => {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
            Some("export") => {
                current.with_untracked(super::export);
            }
            Some("learn") => send.go(Screen::Learn { from_results: true }),
            // Asked first: a retake starts a new round.
            Some("retake") if confirm(w.later.retake_confirm) => {
                let _ = send.step(Step::Retake {
                    date: super::today(),
                });
                super::focus_main();
            }
            Some("new") => {
                let question = if therapist {
                    w.later.new_couple_confirm
                } else {
                    w.later.results_new_confirm
                };
                if confirm(question) {
                    send.forget_everything();
                }
            }
            _ => {}
        }
    };
    // "We talked about this": the session's mark follows what the box now shows (a
    // toggle only where they differ, so a box left stale by another tab never inverts).
    let ticked = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let id = input
            .get_attribute("data-talked")
            .and_then(|id| id.parse().ok());
        if let Some(id) = id {
            if current.with_untracked(|s| s.talked(id)) != Some(input.checked()) {
                let _ = send.step(Step::Talked(id));
            }
        }
    };

    view! {
        <article class="screen results" aria-labelledby="screen-title"
            inner_html=page on:click=act on:change=ticked></article>
    }
    .into_any()
}

/// The whole results page.
fn page(r: &Results, names: &[String; 2], talked: &[u16]) -> String {
    let l = words();
    let w = &l.words;
    let therapist = r.therapist;
    let cmp = &r.comparison;
    let heading = if r.date.is_empty() {
        w.later.report_heading.to_owned()
    } else {
        fill(w.later.report_heading_dated, &[("date", &r.date)])
    };
    // Said once, with the first words on the page: answers to an earlier wording.
    let earlier = if r.earlier_wording {
        w.later.earlier_wording
    } else {
        ""
    };
    let mut html = format!(
        r#"<p class="print-only report-date">{}</p><h1 id="screen-title" tabindex="-1">{}</h1><p class="lead">{} {}</p>"#,
        escape(&heading),
        escape(w.later.results_title),
        escape(w.later.results_not_therapy),
        escape(earlier)
    );
    if therapist {
        html.push_str(&format!(
            r#"<p class="facilitator safety-note">{}</p>"#,
            escape(w.later.notes_safety)
        ));
    }
    html.push_str(&summary(r, names));
    let mut map_body = format!(r#"<p class="hint">{}</p>"#, escape(w.later.map_axes));
    map_body.push_str(&map("map-now", &cmp.profiles, names, None));
    map_body.push_str(&note(therapist, &l.notes.map));
    if therapist {
        map_body.push_str(&numbers(&cmp.profiles, names));
    }
    html.push_str(&fold("map", w.later.map_title, therapist, &map_body));
    if let Some(m) = &r.moved {
        html.push_str(&fold(
            "moved",
            w.later.moved_title,
            therapist,
            &what_moved(m, names, therapist),
        ));
    }
    for (id, title, body) in [
        (
            "pattern",
            w.later.pattern_title,
            pattern_section(cmp.pattern, names, therapist),
        ),
        (
            "differ",
            w.later.differ_title,
            differences(&r.differences, names, therapist),
        ),
        (
            "agree",
            w.later.agree_title,
            agreements(&r.agreements, therapist),
        ),
        (
            "prompts",
            w.later.prompts_title,
            prompts(&r.prompts, talked, therapist),
        ),
    ] {
        html.push_str(&fold(id, title, therapist, &body));
    }
    if therapist {
        html.push_str(&raw_choices(&r.raw, names));
    }
    html.push_str(&fold(
        "pro",
        w.later.professional_title,
        therapist || r.professional,
        &format!("<p>{}</p>", escape(w.later.professional_always)),
    ));
    html + &actions(therapist)
}

/// The first screen of the results: where each sits, the mix picture, the pattern in a
/// sentence, the largest differences, the plans, and the talk to start with.
fn summary(r: &Results, names: &[String; 2]) -> String {
    let l = words();
    let w = &l.words;
    let mut html = String::from(r#"<section class="summary"><ul class="profiles">"#);
    for (p, name) in r.comparison.profiles.iter().zip(names) {
        html.push_str(&format!(
            r#"<li><p>{}</p>{}</li>"#,
            escape(&reading_text(name, p)),
            mix_bar(p, name)
        ));
    }
    html.push_str(&format!(
        r#"</ul><ul class="mix-key" aria-hidden="true">{}</ul>"#,
        mix_key()
    ));
    if r.length == Length::Quick {
        html.push_str(&format!(
            r#"<p class="hint">{}</p>"#,
            escape(w.later.quick_uncertain)
        ));
    }
    let kind = r.comparison.pattern.kind();
    html.push_str(&format!(
        r#"<p class="pattern-line" data-pattern="{}"><strong>{}.</strong> {}</p><h2>{}</h2><ul class="top-differences">"#,
        kind.key(),
        escape(l.pattern(kind).name),
        escape(l.pattern(kind).line),
        escape(w.later.summary_differ_title)
    ));
    let top = r.top_differences();
    for d in &top {
        html.push_str(&format!(
            r#"<li data-scenario="{}">{}</li>"#,
            d.scenario,
            escape(&difference_line(d, names))
        ));
    }
    if top.is_empty() {
        html.push_str(&format!("<li>{}</li>", escape(w.later.differ_none)));
    }
    html.push_str("</ul>");
    for (title, plans) in [
        (w.later.plans_before_title, &r.planned_before),
        (w.later.plans_title, &r.plans),
    ] {
        if plans.iter().all(Option::is_none) {
            continue;
        }
        html.push_str(&format!(r#"<h2>{}</h2><ul class="plans">"#, escape(title)));
        for (plan, name) in plans.iter().zip(names) {
            if let Some(plan) = plan {
                let line = fill(w.later.plan_line, &[("name", name), ("plan", plan)]);
                html.push_str(&format!("<li>{}</li>", escape(&line)));
            }
        }
        html.push_str("</ul>");
    }
    let start = r
        .start_with()
        .and_then(|p| l.prompt(p.id))
        .map_or("", |t| t.title);
    html + &format!(
        r#"<h2>{}</h2><p class="start">{}</p><button type="button" class="primary" id="talk" data-act="talk">{}</button></section>"#,
        escape(w.later.start_title),
        escape(start),
        escape(w.later.talk_start)
    )
}

/// One difference in a line: "Money: Sam chose independence, Alex chose interdependence."
pub fn difference_line(d: &Difference, names: &[String; 2]) -> String {
    let l = words();
    fill(
        l.words.later.summary_differ_line,
        &[
            ("domain", l.domain(d.domain)),
            ("a", &names[0]),
            ("x", l.dynamic(d.a).word),
            ("b", &names[1]),
            ("y", l.dynamic(d.b).word),
        ],
    )
}

fn reading_text(name: &str, p: &Profile) -> String {
    let l = words();
    match p.reading {
        Reading::Mostly(d) => fill(
            l.words.later.reading_mostly,
            &[("name", name), ("dynamic", l.dynamic(d).word)],
        ),
        Reading::Between(a, b) => fill(
            l.words.later.reading_between,
            &[
                ("name", name),
                ("a", l.dynamic(a).word),
                ("b", l.dynamic(b).word),
            ],
        ),
        Reading::NoClearLean => fill(l.words.later.reading_no_lean, &[("name", name)]),
        Reading::Unknown => String::new(),
    }
}

fn pattern_section(pattern: CouplePattern, names: &[String; 2], therapist: bool) -> String {
    let l = words();
    let w = &l.words;
    let roles = match pattern {
        CouplePattern::OverUnderFunctioning { leaning, fusing } => fill(
            w.later.pattern_roles_over_under,
            &[
                ("leaning", &names[leaning.index()]),
                ("fusing", &names[fusing.index()]),
            ],
        ),
        CouplePattern::PursueDistance {
            pursuing,
            distancing,
        } => fill(
            w.later.pattern_roles_pursue,
            &[
                ("pursuing", &names[pursuing.index()]),
                ("distancing", &names[distancing.index()]),
            ],
        ),
        _ => String::new(),
    };
    let kind = pattern.kind();
    format!(
        r#"<div class="pattern" data-pattern="{}"><h3>{}</h3><p>{}</p><p>{}</p>{}</div>"#,
        kind.key(),
        escape(l.pattern(kind).name),
        escape(l.pattern(kind).summary),
        escape(&roles),
        note(therapist, l.pattern_note(kind))
    )
}

/// "N situations", in the reader's language.
fn count(n: usize) -> String {
    let w = &words().words;
    if n == 1 {
        w.later.situations_one.to_owned()
    } else {
        fill(w.later.situations_many, &[("n", &n.to_string())])
    }
}

fn differences(
    groups: &[(Domain, Vec<Difference>)],
    names: &[String; 2],
    therapist: bool,
) -> String {
    let l = words();
    let w = &l.words;
    let side = |class: &str, who: &str, scenario: u8, d| {
        format!(
            r#"<div class="choice {class}"><span class="who">{}</span><p>{}</p><span class="tag">{}</span></div>"#,
            escape(&fill(w.later.chose, &[("name", who)])),
            escape(l.scenario(scenario).map_or("", |t| t.option(d))),
            escape(l.dynamic(d).name)
        )
    };
    let mut html = String::from(r#"<div class="differ">"#);
    if groups.is_empty() {
        html.push_str(&format!("<p>{}</p>", escape(w.later.differ_none)));
    }
    for (domain, list) in groups {
        html.push_str(&format!(
            r#"<section class="domain" data-domain="{}"><h3>{} <span class="count">{}</span></h3><ul>"#,
            domain.index(),
            escape(l.domain(*domain)),
            escape(&count(list.len()))
        ));
        for d in list {
            html.push_str(&format!(
                r#"<li class="difference" data-scenario="{}"><p class="asked">{}</p><div class="side-by-side">{}{}</div></li>"#,
                d.scenario,
                escape(l.scenario(d.scenario).map_or("", |t| t.situation)),
                side("a", &names[0], d.scenario, d.a),
                side("b", &names[1], d.scenario, d.b)
            ));
        }
        html.push_str("</ul></section>");
    }
    html + &note(therapist, &l.notes.differences) + "</div>"
}

fn agreements(groups: &[(Domain, Vec<Agreement>)], therapist: bool) -> String {
    let l = words();
    let w = &l.words;
    let mut html = String::from(r#"<div class="agree">"#);
    if groups.is_empty() {
        html.push_str(&format!("<p>{}</p>", escape(w.later.agree_none)));
    } else {
        html.push_str(r#"<ul class="agreements">"#);
        for (domain, list) in groups {
            html.push_str(&format!(
                "<li><strong>{}</strong> · {}<ul>",
                escape(l.domain(*domain)),
                escape(&count(list.len()))
            ));
            for a in list {
                html.push_str(&format!(
                    r#"<li class="agreement">{} <span class="tag">{}</span></li>"#,
                    escape(l.scenario(a.scenario).map_or("", |t| t.option(a.dynamic))),
                    escape(l.dynamic(a.dynamic).name)
                ));
            }
            html.push_str("</ul></li>");
        }
        html.push_str("</ul>");
    }
    html + &note(therapist, &l.notes.agreements) + "</div>"
}

fn prompts(prompts: &[Prompt], talked: &[u16], therapist: bool) -> String {
    let l = words();
    let w = &l.words;
    let mut html = format!(
        r#"<div class="prompts-list"><p>{}</p><ul class="prompts">"#,
        escape(w.later.prompts_lead)
    );
    for p in prompts {
        let id = p.id;
        let text = l.prompt(id);
        html.push_str(&format!(
            r#"<li class="prompt{}" data-prompt="{id}"><h3 id="prompt-{id}">{}</h3><p>{}</p><label class="talked" for="talked-{id}"><input type="checkbox" id="talked-{id}" data-talked="{id}" aria-describedby="prompt-{id}"{}><span>{}</span></label></li>"#,
            if p.key == PromptKey::Professional {
                " professional"
            } else {
                ""
            },
            escape(text.map_or("", |t| t.title)),
            escape(text.map_or("", |t| t.text)),
            if talked.contains(&id) { " checked" } else { "" },
            escape(w.later.talked)
        ));
    }
    html + "</ul>" + &note(therapist, &l.notes.prompts) + "</div>"
}

fn what_moved(moved: &Moved, names: &[String; 2], therapist: bool) -> String {
    let l = words();
    let w = &l.words;
    let m = &moved.movement;
    let mut lines = String::new();
    for p in [Partner::A, Partner::B] {
        let i = p.index();
        let (b, a) = (&m.before.profiles[i].point, &m.after.profiles[i].point);
        for (axis, before, after, real) in [
            (w.later.map_axis_self, b.s, a.s, m.moved[i].0),
            (w.later.map_axis_connection, b.c, a.c, m.moved[i].1),
        ] {
            // Couples read the direction in words; the numbers are for therapist mode.
            let template = match (therapist, real, after > before) {
                (true, true, _) => w.later.moved_axis_real,
                (true, false, _) => w.later.moved_axis_same,
                (false, true, true) => w.later.moved_more,
                (false, true, false) => w.later.moved_less,
                (false, false, _) => w.later.moved_same,
            };
            let line = fill(
                template,
                &[
                    ("name", &names[i]),
                    ("axis", axis),
                    ("before", &signed(before)),
                    ("after", &signed(after)),
                ],
            );
            lines.push_str(&format!("<li>{}</li>", escape(&line)));
        }
    }
    let (before, after) = (m.before.pattern.kind(), m.after.pattern.kind());
    let pattern_line = if before == after {
        fill(
            w.later.moved_pattern_same,
            &[("pattern", l.pattern(after).name)],
        )
    } else {
        fill(
            w.later.moved_pattern_changed,
            &[
                ("before", l.pattern(before).name),
                ("after", l.pattern(after).name),
            ],
        )
    };
    let lead = if moved.date.is_empty() {
        w.later.moved_lead.to_owned()
    } else {
        fill(w.later.moved_lead_dated, &[("date", &moved.date)])
    };
    format!(
        r#"<div class="moved" data-pattern-changed="{}"><p>{}</p>{}<p class="hint">{}</p><ul class="moved-lines">{lines}</ul><p>{}</p></div>"#,
        before != after,
        escape(&lead),
        map(
            "map-moved",
            &m.after.profiles,
            names,
            Some(&m.before.profiles)
        ),
        escape(w.later.moved_legend),
        escape(&pattern_line)
    )
}

fn actions(therapist: bool) -> String {
    let w = &words().words;
    let button = |act: &str, class: &str, label: &str| {
        format!(
            r#"<button type="button" class="{class}" data-act="{act}">{}</button>"#,
            escape(label)
        )
    };
    format!(
        r#"<div class="actions">{}{}{}{}{}</div>"#,
        button("print", "primary", w.later.print),
        button("export", "secondary", w.export),
        button("learn", "secondary", w.later.results_learn),
        button("retake", "secondary", w.later.retake),
        button(
            "new",
            "secondary",
            if therapist {
                w.later.new_couple
            } else {
                w.later.results_new
            }
        )
    )
}
