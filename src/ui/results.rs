//! Results, shown together: the map, each profile in words, the couple pattern, where
//! they differ and agree, and conversations chosen for them. Computes nothing itself:
//! the model does, from the session.

use super::map::Map;
use super::therapist::{Note, Numbers, RawChoices};
use super::{focus_main, CheckIn, Screen};
use crate::content::learn::{
    domain_name, dynamic_name, dynamic_word, pattern_name, pattern_summary,
};
use crate::content::prompts::PROMPTS;
use crate::content::scenarios::SCENARIOS;
use crate::content::screens as words;
use crate::content::therapist as notes;
use crate::model::compare::{compare, movement, CouplePattern, Partner};
use crate::model::prompts::{choose, suggests_professional, PromptKey};
use crate::model::scoring::{seed_of, Profile, Reading};
use crate::model::session::Length;
use leptos::prelude::*;

fn reading_text(name: &str, p: &Profile) -> String {
    match p.reading {
        Reading::Mostly(d) => words::reading_mostly(name, dynamic_word(d), p.share(d) * 100.0),
        Reading::Between(a, b) => words::reading_between(name, dynamic_word(a), dynamic_word(b)),
        Reading::Unknown => String::new(),
    }
}

#[component]
pub fn Results() -> impl IntoView {
    let check_in = CheckIn::get();
    let Some(session) = check_in.session.get_untracked() else {
        return ().into_any();
    };
    let names = [check_in.name(Partner::A), check_in.name(Partner::B)];
    let a = session.counted_answers(Partner::A, &SCENARIOS);
    let b = session.counted_answers(Partner::B, &SCENARIOS);
    let cmp = compare(&SCENARIOS, &a, &b);
    let mut both = a.clone();
    both.extend(b.iter().copied());
    let prompts = choose(&PROMPTS, &cmp, seed_of(&both));
    let professional = suggests_professional(&cmp);
    let quick = session.length == Length::Quick;
    let therapist = session.therapist;
    let moved = session
        .earlier
        .as_ref()
        .map(|round| movement(&SCENARIOS, &round.answers, &[a.clone(), b.clone()]));
    let earlier_date = session
        .earlier
        .as_ref()
        .map(|r| r.date.clone())
        .unwrap_or_default();
    let note = move |n: notes::FacilitatorNote| therapist.then(|| view! { <Note note=n /> });

    let profiles = [Partner::A, Partner::B]
        .into_iter()
        .map(|p| {
            let prof = &cmp.profiles[p.index()];
            let shares = prof
                .ranked()
                .into_iter()
                .filter(|d| prof.share(*d) >= 0.01)
                .map(|d| words::share_line(dynamic_name(d), prof.share(d) * 100.0))
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <li class="profile">
                    <p>{reading_text(&names[p.index()], prof)}</p>
                    <p class="hint">{shares}</p>
                </li>
            }
        })
        .collect_view();

    let roles = match cmp.pattern {
        CouplePattern::OverUnderFunctioning { leaning, fusing } => Some(
            words::pattern_roles_over_under(&names[leaning.index()], &names[fusing.index()]),
        ),
        CouplePattern::PursueDistance {
            pursuing,
            distancing,
        } => Some(words::pattern_roles_pursue(
            &names[pursuing.index()],
            &names[distancing.index()],
        )),
        _ => None,
    };

    let choice_text = |id: u8, d| {
        SCENARIOS
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.choice(d))
            .map_or("", |c| c.text)
    };
    let situation = |id: u8| {
        SCENARIOS
            .iter()
            .find(|s| s.id == id)
            .map_or("", |s| s.situation)
    };

    let differ_groups = cmp.differences_by_domain();
    let differ = if differ_groups.is_empty() {
        view! { <p>{words::DIFFER_NONE}</p> }.into_any()
    } else {
        differ_groups
            .into_iter()
            .map(|(domain, list)| {
                let n = list.len();
                view! {
                    <section class="domain" data-domain=domain.index()>
                        <h3>{domain_name(domain)} <span class="count">{words::differ_count(n)}</span></h3>
                        <ul>
                            {list.into_iter().map(|d| view! {
                                <li class="difference" data-scenario=d.scenario>
                                    <p class="asked">{situation(d.scenario)}</p>
                                    <div class="side-by-side">
                                        <div class="choice a">
                                            <span class="who">{words::chose(&names[0])}</span>
                                            <p>{choice_text(d.scenario, d.a)}</p>
                                            <span class="tag">{dynamic_name(d.a)}</span>
                                        </div>
                                        <div class="choice b">
                                            <span class="who">{words::chose(&names[1])}</span>
                                            <p>{choice_text(d.scenario, d.b)}</p>
                                            <span class="tag">{dynamic_name(d.b)}</span>
                                        </div>
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

    let agree_groups = cmp.agreements_by_domain();
    let agree = if agree_groups.is_empty() {
        view! { <p>{words::AGREE_NONE}</p> }.into_any()
    } else {
        view! {
            <ul class="agreements">
                {agree_groups.into_iter().map(|(domain, list)| view! {
                    <li>
                        <strong>{domain_name(domain)}</strong> " · " {words::differ_count(list.len())}
                        <ul>
                            {list.into_iter().map(|a| view! {
                                <li class="agreement">{choice_text(a.scenario, a.dynamic)} " " <span class="tag">{dynamic_name(a.dynamic)}</span></li>
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };

    let prompt_list = prompts
        .into_iter()
        .map(|p| {
            let id = p.id;
            let input_id = format!("talked-{id}");
            let for_id = format!("talked-{id}");
            let talked = move || {
                check_in
                    .session
                    .with(|s| s.as_ref().is_some_and(|s| s.talked.contains(&id)))
            };
            let class = if p.key == PromptKey::Professional {
                "prompt professional"
            } else {
                "prompt"
            };
            view! {
                <li class=class data-prompt=id>
                    <h3 id=format!("prompt-{id}")>{p.title}</h3>
                    <p>{p.text}</p>
                    <label class="talked" for=for_id>
                        <input type="checkbox" id=input_id aria-describedby=format!("prompt-{id}")
                            prop:checked=talked
                            on:change=move |_| check_in.session.update(|s| {
                                if let Some(s) = s.as_mut() { s.toggle_talked(id) }
                            })
                        />
                        <span>{words::TALKED}</span>
                    </label>
                </li>
            }
        })
        .collect_view();

    let moved_view = moved.map(|m| {
        let lines = [Partner::A, Partner::B]
            .into_iter()
            .flat_map(|p| {
                let i = p.index();
                let (b, a) = (&m.before.profiles[i].point, &m.after.profiles[i].point);
                [
                    words::moved_axis(&names[i], words::MAP_AXIS_SELF, b.s, a.s, m.moved[i].0),
                    words::moved_axis(&names[i], words::MAP_AXIS_CONNECTION, b.c, a.c, m.moved[i].1),
                ]
            })
            .map(|line| view! { <li>{line}</li> })
            .collect_view();
        let pattern_line = words::moved_pattern(
            pattern_name(m.before.pattern.kind()),
            pattern_name(m.after.pattern.kind()),
        );
        let before = m.before.profiles.clone();
        view! {
            <section aria-labelledby="moved-heading" class="moved" data-pattern-changed=m.pattern_changed().to_string()>
                <h2 id="moved-heading">{words::MOVED_TITLE}</h2>
                <p>{words::moved_lead(&earlier_date)}</p>
                <Map id="map-moved" profiles=m.after.profiles.clone() names=names.clone() earlier=before />
                <p class="hint">{words::MOVED_LEGEND}</p>
                <ul class="moved-lines">{lines}</ul>
                <p>{pattern_line}</p>
            </section>
        }
    });
    let date = session.date.clone();
    let session_for_raw = session.clone();

    view! {
        <article class="screen results" aria-labelledby="screen-title">
            <p class="print-only report-date">{words::report_heading(&date)}</p>
            <h1 id="screen-title" tabindex="-1">{words::RESULTS_TITLE}</h1>
            <p class="lead">{words::RESULTS_NOT_THERAPY}</p>
            {therapist.then(|| view! { <p class="facilitator safety-note">{notes::SAFETY_NOTE}</p> })}
            <section aria-labelledby="map-heading">
                <h2 id="map-heading">{words::MAP_TITLE}</h2>
                <Map id="map-now" profiles=cmp.profiles.clone() names=names.clone() />
                {note(notes::MAP_NOTE)}
            </section>
            {therapist.then(|| view! { <Numbers profiles=cmp.profiles.clone() names=names.clone() /> })}
            {moved_view}
            <section aria-labelledby="profiles-heading">
                <h2 id="profiles-heading">{words::PROFILES_TITLE}</h2>
                <ul class="profiles">{profiles}</ul>
                {quick.then_some(view! { <p class="hint">{words::QUICK_UNCERTAIN}</p> })}
            </section>
            <section aria-labelledby="pattern-heading" class="pattern" data-pattern=cmp.pattern.kind().key()>
                <h2 id="pattern-heading">{words::PATTERN_TITLE}</h2>
                <h3>{pattern_name(cmp.pattern.kind())}</h3>
                <p>{pattern_summary(cmp.pattern.kind())}</p>
                {roles.map(|r| view! { <p>{r}</p> })}
                {note(notes::pattern_note(cmp.pattern.kind()))}
            </section>
            <section aria-labelledby="differ-heading" class="differ">
                <h2 id="differ-heading">{words::DIFFER_TITLE}</h2>
                {differ}
                {note(notes::DIFFERENCES_NOTE)}
            </section>
            <section aria-labelledby="agree-heading" class="agree">
                <h2 id="agree-heading">{words::AGREE_TITLE}</h2>
                {agree}
                {note(notes::AGREEMENTS_NOTE)}
            </section>
            <section aria-labelledby="prompts-heading">
                <h2 id="prompts-heading">{words::PROMPTS_TITLE}</h2>
                <p>{words::PROMPTS_LEAD}</p>
                <ul class="prompts">{prompt_list}</ul>
                {note(notes::PROMPTS_NOTE)}
            </section>
            {therapist.then(|| view! { <RawChoices session=session_for_raw.clone() names=names.clone() /> })}
            <section aria-labelledby="pro-heading" class=if professional { "card gentle professional-note" } else { "professional-note" }>
                <h2 id="pro-heading">{words::PROFESSIONAL_TITLE}</h2>
                <p>{words::PROFESSIONAL_ALWAYS}</p>
            </section>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{words::PRINT}</button>
                <button type="button" class="secondary" on:click=move |_| {
                    if let Some(s) = check_in.session.get_untracked() {
                        let today = super::today();
                        super::download(&format!("me-and-we-{today}.txt"), &crate::store::export(&s, &today));
                    }
                }>{words::EXPORT}</button>
                <button type="button" class="secondary" on:click=move |_| {
                    check_in.screen.set(Screen::Learn { from_results: true });
                    focus_main();
                }>{words::RESULTS_LEARN}</button>
                <button type="button" class="secondary" on:click=move |_| {
                    if super::confirm(words::RETAKE_CONFIRM) {
                        check_in.session.update(|s| {
                            if let Some(now) = s.take() {
                                *s = Some(now.retake(&SCENARIOS, now.seed.rotate_left(17) ^ 0x9e37, &super::today()));
                            }
                        });
                        focus_main();
                    }
                }>{words::RETAKE}</button>
                <button type="button" class="secondary" on:click=move |_| {
                    let question = if therapist { words::NEW_COUPLE_CONFIRM } else { words::RESULTS_NEW_CONFIRM };
                    if super::confirm(question) {
                        check_in.forget_everything();
                    }
                }>{if therapist { words::NEW_COUPLE } else { words::RESULTS_NEW }}</button>
            </div>
        </article>
    }
    .into_any()
}
