//! Therapist mode's additions to the results: facilitator notes, raw choices, numbers.

use crate::content::learn::{domain_name, dynamic_name};
use crate::content::scenarios::SCENARIOS;
use crate::content::screens as words;
use crate::content::therapist::{self as notes, FacilitatorNote};
use crate::model::compare::Partner;
use crate::model::dynamics::Dynamic;
use crate::model::scoring::Profile;
use crate::model::session::Session;
use leptos::prelude::*;

/// A facilitator note, set beside the part of the results it is about.
#[component]
pub fn Note(note: FacilitatorNote) -> impl IntoView {
    view! {
        <div class="facilitator" role="note" aria-label=notes::NOTES_HEADING>
            <h3>{notes::NOTES_HEADING}</h3>
            <p><strong>{notes::LABEL_LOOKS_LIKE} ": "</strong>{note.looks_like}</p>
            <p class="label">{notes::LABEL_QUESTIONS}</p>
            <ul>{note.questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
            <p><strong>{notes::LABEL_CAUTION} ": "</strong>{note.caution}</p>
        </div>
    }
}

fn pick(d: Dynamic, least: Option<Dynamic>) -> String {
    match least {
        Some(l) => format!(
            "{} ({}: {})",
            dynamic_name(d),
            words::RAW_LEAST,
            dynamic_name(l)
        ),
        None => dynamic_name(d).to_owned(),
    }
}

/// Both partners' choices, scenario by scenario, in the order they were asked.
#[component]
pub fn RawChoices(session: Session, names: [String; 2]) -> impl IntoView {
    let rows = session
        .scenarios(&SCENARIOS)
        .into_iter()
        .map(|s| {
            let cell = |p: Partner| {
                session
                    .answer_for(p, s.id)
                    .map_or(String::from("–"), |a| pick(a.most, a.least))
            };
            view! {
                <tr>
                    <td>{s.situation}</td>
                    <td>{domain_name(s.domain)}</td>
                    <td>{cell(Partner::A)}</td>
                    <td>{cell(Partner::B)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="raw-heading" class="raw">
            <h2 id="raw-heading">{words::RAW_TITLE}</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="raw-heading">
                <table>
                    <thead><tr>
                        <th scope="col">{words::RAW_SCENARIO}</th>
                        <th scope="col">{words::RAW_DOMAIN}</th>
                        <th scope="col">{names[0].clone()}</th>
                        <th scope="col">{names[1].clone()}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

fn whole(v: f64) -> String {
    let v = v.round() as i32;
    if v > 0 {
        format!("+{v}")
    } else {
        v.to_string()
    }
}

/// The numbers behind the map and the words: scores, standard errors, ranges, shares.
#[component]
pub fn Numbers(profiles: [Profile; 2], names: [String; 2]) -> impl IntoView {
    let rows = profiles
        .iter()
        .zip(names)
        .map(|(p, name)| {
            let shares = Dynamic::ALL
                .iter()
                .map(|d| format!("{} {}%", dynamic_name(*d), (p.share(*d) * 100.0).round() as i32))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>{p.answered}</td>
                    <td>{whole(p.point.s)} " (SE " {whole(p.se_s)} "; " {whole(p.box_s.0)} " to " {whole(p.box_s.1)} ")"</td>
                    <td>{whole(p.point.c)} " (SE " {whole(p.se_c)} "; " {whole(p.box_c.0)} " to " {whole(p.box_c.1)} ")"</td>
                    <td>{whole(p.point.l)}</td>
                    <td>{whole(p.point.f)}</td>
                    <td>{shares}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="numbers-heading" class="numbers">
            <h2 id="numbers-heading">{words::NUMBERS_TITLE}</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="numbers-heading">
                <table>
                    <caption>{words::NUMBERS_CAPTION}</caption>
                    <thead><tr>
                        <th scope="col">{words::NUMBERS_PARTNER}</th>
                        <th scope="col">{words::NUMBERS_ANSWERED}</th>
                        <th scope="col">{words::MAP_AXIS_SELF}</th>
                        <th scope="col">{words::MAP_AXIS_CONNECTION}</th>
                        <th scope="col">{words::NUMBERS_LEAN}</th>
                        <th scope="col">{words::NUMBERS_FUSE}</th>
                        <th scope="col">{words::NUMBERS_SHARES}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
