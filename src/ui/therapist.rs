//! Therapist mode's additions to the results: facilitator notes, raw choices, numbers.

use super::words;
use crate::content::fill;
use crate::content::locale::{percent, signed, FacilitatorNote};
use crate::model::dynamics::Dynamic;
use crate::model::results::RawRow;
use crate::model::scoring::{Answer, Profile};
use leptos::prelude::*;

/// A facilitator note, set beside the part of the results it is about.
pub fn note(note: &'static FacilitatorNote) -> impl IntoView {
    let w = &words().words;
    view! {
        <div class="facilitator" role="note" aria-label=w.notes_heading>
            <h3>{w.notes_heading}</h3>
            <p><strong>{w.notes_looks_like} ": "</strong>{note.looks_like}</p>
            <p class="label">{w.notes_questions}</p>
            <ul>{note.questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
            <p><strong>{w.notes_caution} ": "</strong>{note.caution}</p>
        </div>
    }
}

fn pick(a: &Answer) -> String {
    let l = words();
    let most = l.dynamic(a.most).name;
    match a.least {
        Some(least) => format!("{most} ({}: {})", l.words.raw_least, l.dynamic(least).name),
        None => most.to_owned(),
    }
}

/// Both partners' choices, scenario by scenario, in the order they were asked.
pub fn raw_choices(rows: Vec<RawRow>, names: [String; 2]) -> impl IntoView {
    let l = words();
    let w = &l.words;
    let rows = rows
        .into_iter()
        .map(|row| {
            let cell = |a: Option<Answer>| a.as_ref().map_or(w.raw_none.to_owned(), pick);
            view! {
                <tr>
                    <td>{l.scenario(row.scenario).map_or("", |t| t.situation)}</td>
                    <td>{l.domain(row.domain)}</td>
                    <td>{cell(row.answers[0])}</td>
                    <td>{cell(row.answers[1])}</td>
                </tr>
            }
        })
        .collect_view();
    let [a, b] = names;
    view! {
        <section aria-labelledby="raw-heading" class="raw">
            <h2 id="raw-heading">{w.raw_title}</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="raw-heading">
                <table>
                    <thead><tr>
                        <th scope="col">{w.raw_scenario}</th>
                        <th scope="col">{w.raw_domain}</th>
                        <th scope="col">{a}</th>
                        <th scope="col">{b}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// A score with its standard error and 90% range.
fn cell(value: f64, se: f64, range: (f64, f64)) -> String {
    fill(
        words().words.numbers_cell,
        &[
            ("value", &signed(value)),
            ("se", &signed(se)),
            ("low", &signed(range.0)),
            ("high", &signed(range.1)),
        ],
    )
}

/// The numbers behind the map and the words: scores, standard errors, ranges, shares.
pub fn numbers(profiles: &[Profile; 2], names: [String; 2]) -> impl IntoView {
    let l = words();
    let w = &l.words;
    let rows = profiles
        .iter()
        .zip(names)
        .map(|(p, name)| {
            let shares = Dynamic::ALL
                .iter()
                .map(|d| {
                    fill(
                        w.numbers_share,
                        &[
                            ("dynamic", l.dynamic(*d).name),
                            ("share", &percent(p.share(*d))),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>{p.answered}</td>
                    <td>{cell(p.point.s, p.se_s, p.box_s)}</td>
                    <td>{cell(p.point.c, p.se_c, p.box_c)}</td>
                    <td>{signed(p.point.l)}</td>
                    <td>{signed(p.point.f)}</td>
                    <td>{shares}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="numbers-heading" class="numbers">
            <h2 id="numbers-heading">{w.numbers_title}</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="numbers-heading">
                <table>
                    <caption>{w.numbers_caption}</caption>
                    <thead><tr>
                        <th scope="col">{w.numbers_partner}</th>
                        <th scope="col">{w.numbers_answered}</th>
                        <th scope="col">{w.map_axis_self}</th>
                        <th scope="col">{w.map_axis_connection}</th>
                        <th scope="col">{w.numbers_lean}</th>
                        <th scope="col">{w.numbers_fuse}</th>
                        <th scope="col">{w.numbers_shares}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
