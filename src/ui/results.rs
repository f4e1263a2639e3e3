//! Results, shown together: the map, each profile in words, the couple pattern, where
//! they differ and agree, and conversations chosen for them. The model computes all of
//! it once (`Session::results`); each section here lays out its piece.

use super::map::{map, share_words};
use super::therapist::{numbers, raw_choices};
use super::{confirm, words, Current, Screen, Send};
use crate::content::bank::{PROMPTS, SCENARIOS};
use crate::content::fill;
use crate::content::locale::{percent, signed, FacilitatorNote};
use crate::model::compare::{Agreement, CouplePattern, Difference, Partner};
use crate::model::prompts::{Prompt, PromptKey};
use crate::model::results::Moved;
use crate::model::scenario::Domain;
use crate::model::scoring::{Profile, Reading};
use crate::model::session::{Length, Step};
use leptos::prelude::*;

/// A facilitator note, only in therapist mode.
fn note(therapist: bool, n: &'static FacilitatorNote) -> Option<impl IntoView> {
    therapist.then(|| super::therapist::note(n))
}

#[component]
pub fn Results() -> impl IntoView {
    let current = Current::get();
    let Some(results) = current.with_untracked(|s| s.results(&SCENARIOS, &PROMPTS)) else {
        return ().into_any();
    };
    let l = words();
    let w = &l.words;
    let names = [current.name(Partner::A), current.name(Partner::B)];
    let therapist = results.therapist;
    let cmp = results.comparison;
    let date = results.date;
    let heading = if date.is_empty() {
        w.report_heading.to_owned()
    } else {
        fill(w.report_heading_dated, &[("date", &date)])
    };

    // Said once, with the first words on the page: answers to an earlier wording.
    let earlier = if results.earlier_wording {
        w.earlier_wording
    } else {
        ""
    };

    view! {
        <article class="screen results" aria-labelledby="screen-title">
            <p class="print-only report-date">{heading}</p>
            <h1 id="screen-title" tabindex="-1">{w.results_title}</h1>
            <p class="lead">{w.results_not_therapy}" "{earlier}</p>
            {therapist.then(|| view! { <p class="facilitator safety-note">{w.notes_safety}</p> })}
            <section aria-labelledby="map-heading">
                <h2 id="map-heading">{w.map_title}</h2>
                {map("map-now", cmp.profiles.clone(), names.clone(), None)}
                {note(therapist, &l.notes.map)}
            </section>
            {therapist.then(|| numbers(&cmp.profiles, names.clone()))}
            {results.moved.map(|m| what_moved(m, names.clone()))}
            {profiles(&cmp.profiles, &names, results.length == Length::Quick)}
            {pattern_section(cmp.pattern, &names, therapist)}
            {differences(results.differences, names.clone(), therapist)}
            {agreements(results.agreements, therapist)}
            {prompts(results.prompts, therapist)}
            {therapist.then(|| raw_choices(results.raw, names.clone()))}
            <section aria-labelledby="pro-heading" class=if results.professional { "card gentle professional-note" } else { "professional-note" }>
                <h2 id="pro-heading">{w.professional_title}</h2>
                <p>{w.professional_always}</p>
            </section>
            {actions(therapist)}
        </article>
    }
    .into_any()
}

fn reading_text(name: &str, p: &Profile) -> String {
    let l = words();
    match p.reading {
        Reading::Mostly(d) => fill(
            l.words.reading_mostly,
            &[
                ("name", name),
                ("dynamic", l.dynamic(d).word),
                ("share", &percent(p.share(d))),
            ],
        ),
        Reading::Between(a, b) => fill(
            l.words.reading_between,
            &[
                ("name", name),
                ("a", l.dynamic(a).word),
                ("b", l.dynamic(b).word),
            ],
        ),
        Reading::NoClearLean => fill(l.words.reading_no_lean, &[("name", name)]),
        Reading::Unknown => String::new(),
    }
}

fn profiles(profiles: &[Profile; 2], names: &[String; 2], quick: bool) -> impl IntoView {
    let l = words();
    let items = profiles
        .iter()
        .zip(names)
        .map(|(p, name)| {
            let shares = share_words(p, " · ");
            view! {
                <li class="profile">
                    <p>{reading_text(name, p)}</p>
                    <p class="hint">{shares}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="profiles-heading">
            <h2 id="profiles-heading">{l.words.profiles_title}</h2>
            <ul class="profiles">{items}</ul>
            {quick.then_some(view! { <p class="hint">{l.words.quick_uncertain}</p> })}
        </section>
    }
}

fn pattern_section(pattern: CouplePattern, names: &[String; 2], therapist: bool) -> impl IntoView {
    let l = words();
    let w = &l.words;
    let roles = match pattern {
        CouplePattern::OverUnderFunctioning { leaning, fusing } => Some(fill(
            w.pattern_roles_over_under,
            &[
                ("leaning", &names[leaning.index()]),
                ("fusing", &names[fusing.index()]),
            ],
        )),
        CouplePattern::PursueDistance {
            pursuing,
            distancing,
        } => Some(fill(
            w.pattern_roles_pursue,
            &[
                ("pursuing", &names[pursuing.index()]),
                ("distancing", &names[distancing.index()]),
            ],
        )),
        _ => None,
    };
    let kind = pattern.kind();
    view! {
        <section aria-labelledby="pattern-heading" class="pattern" data-pattern=kind.key()>
            <h2 id="pattern-heading">{w.pattern_title}</h2>
            <h3>{l.pattern(kind).name}</h3>
            <p>{l.pattern(kind).summary}</p>
            {roles.map(|r| view! { <p>{r}</p> })}
            {note(therapist, l.pattern_note(kind))}
        </section>
    }
}

/// "N situations", in the reader's language.
fn count(n: usize) -> String {
    let w = &words().words;
    if n == 1 {
        w.situations_one.to_owned()
    } else {
        fill(w.situations_many, &[("n", &n.to_string())])
    }
}

fn differences(
    groups: Vec<(Domain, Vec<Difference>)>,
    names: [String; 2],
    therapist: bool,
) -> impl IntoView {
    let l = words();
    let w = &l.words;
    let side = move |who: &str, scenario: u8, d| {
        view! {
            <span class="who">{fill(w.chose, &[("name", who)])}</span>
            <p>{l.scenario(scenario).map_or("", |t| t.option(d))}</p>
            <span class="tag">{l.dynamic(d).name}</span>
        }
    };
    let body = if groups.is_empty() {
        view! { <p>{w.differ_none}</p> }.into_any()
    } else {
        groups
            .into_iter()
            .map(|(domain, list)| {
                let n = list.len();
                view! {
                    <section class="domain" data-domain=domain.index()>
                        <h3>{l.domain(domain)} <span class="count">{count(n)}</span></h3>
                        <ul>
                            {list.into_iter().map(|d| view! {
                                <li class="difference" data-scenario=d.scenario>
                                    <p class="asked">{l.scenario(d.scenario).map_or("", |t| t.situation)}</p>
                                    <div class="side-by-side">
                                        <div class="choice a">{side(&names[0], d.scenario, d.a)}</div>
                                        <div class="choice b">{side(&names[1], d.scenario, d.b)}</div>
                                    </div>
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section aria-labelledby="differ-heading" class="differ">
            <h2 id="differ-heading">{w.differ_title}</h2>
            {body}
            {note(therapist, &l.notes.differences)}
        </section>
    }
}

fn agreements(groups: Vec<(Domain, Vec<Agreement>)>, therapist: bool) -> impl IntoView {
    let l = words();
    let w = &l.words;
    let body = if groups.is_empty() {
        view! { <p>{w.agree_none}</p> }.into_any()
    } else {
        view! {
            <ul class="agreements">
                {groups.into_iter().map(|(domain, list)| view! {
                    <li>
                        <strong>{l.domain(domain)}</strong> " · " {count(list.len())}
                        <ul>
                            {list.into_iter().map(|a| view! {
                                <li class="agreement">
                                    {l.scenario(a.scenario).map_or("", |t| t.option(a.dynamic))} " "
                                    <span class="tag">{l.dynamic(a.dynamic).name}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="agree-heading" class="agree">
            <h2 id="agree-heading">{w.agree_title}</h2>
            {body}
            {note(therapist, &l.notes.agreements)}
        </section>
    }
}

fn prompts(prompts: Vec<Prompt>, therapist: bool) -> impl IntoView {
    let current = Current::get();
    let send = Send::get();
    let l = words();
    let w = &l.words;
    let items = prompts
        .into_iter()
        .map(|p| {
            let id = p.id;
            let text = l.prompt(id);
            let input_id = format!("talked-{id}");
            let for_id = format!("talked-{id}");
            let class = if p.key == PromptKey::Professional {
                "prompt professional"
            } else {
                "prompt"
            };
            view! {
                <li class=class data-prompt=id>
                    <h3 id=format!("prompt-{id}")>{text.map_or("", |t| t.title)}</h3>
                    <p>{text.map_or("", |t| t.text)}</p>
                    <label class="talked" for=for_id>
                        <input type="checkbox" id=input_id aria-describedby=format!("prompt-{id}")
                            prop:checked=move || current.with(|s| s.talked(id)).unwrap_or(false)
                            on:change=move |_| { let _ = send.step(Step::Talked(id)); }
                        />
                        <span>{w.talked}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="prompts-heading">
            <h2 id="prompts-heading">{w.prompts_title}</h2>
            <p>{w.prompts_lead}</p>
            <ul class="prompts">{items}</ul>
            {note(therapist, &l.notes.prompts)}
        </section>
    }
}

fn what_moved(moved: Moved, names: [String; 2]) -> impl IntoView {
    let l = words();
    let w = &l.words;
    let m = moved.movement;
    let lines = [Partner::A, Partner::B]
        .into_iter()
        .flat_map(|p| {
            let i = p.index();
            let (b, a) = (&m.before.profiles[i].point, &m.after.profiles[i].point);
            [
                (w.map_axis_self, b.s, a.s, m.moved[i].0),
                (w.map_axis_connection, b.c, a.c, m.moved[i].1),
            ]
            .map(|(axis, before, after, real)| {
                let template = if real {
                    w.moved_axis_real
                } else {
                    w.moved_axis_same
                };
                fill(
                    template,
                    &[
                        ("name", &names[i]),
                        ("axis", axis),
                        ("before", &signed(before)),
                        ("after", &signed(after)),
                    ],
                )
            })
        })
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    let (before, after) = (m.before.pattern.kind(), m.after.pattern.kind());
    let pattern_line = if before == after {
        fill(w.moved_pattern_same, &[("pattern", l.pattern(after).name)])
    } else {
        fill(
            w.moved_pattern_changed,
            &[
                ("before", l.pattern(before).name),
                ("after", l.pattern(after).name),
            ],
        )
    };
    let lead = if moved.date.is_empty() {
        w.moved_lead.to_owned()
    } else {
        fill(w.moved_lead_dated, &[("date", &moved.date)])
    };
    view! {
        <section aria-labelledby="moved-heading" class="moved" data-pattern-changed=(before != after).to_string()>
            <h2 id="moved-heading">{w.moved_title}</h2>
            <p>{lead}</p>
            {map("map-moved", m.after.profiles.clone(), names, Some(m.before.profiles.clone()))}
            <p class="hint">{w.moved_legend}</p>
            <ul class="moved-lines">{lines}</ul>
            <p>{pattern_line}</p>
        </section>
    }
}

fn actions(therapist: bool) -> impl IntoView {
    let send = Send::get();
    let w = &words().words;
    view! {
        <div class="actions">
            <button type="button" class="primary" on:click=move |_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }>{w.print}</button>
            {super::landing::export_button()}
            <button type="button" class="secondary" on:click=move |_| {
                send.go(Screen::Learn { from_results: true })
            }>{w.results_learn}</button>
            <button type="button" class="secondary" on:click=move |_| {
                if confirm(w.retake_confirm) {
                    let _ = send.step(Step::Retake { date: super::today() });
                    super::focus_main();
                }
            }>{w.retake}</button>
            <button type="button" class="secondary" on:click=move |_| {
                let question = if therapist { w.new_couple_confirm } else { w.results_new_confirm };
                if confirm(question) {
                    send.forget_everything();
                }
            }>{if therapist { w.new_couple } else { w.results_new }}</button>
        </div>
    }
}
