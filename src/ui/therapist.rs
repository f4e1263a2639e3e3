//! Therapist mode's additions to the results: facilitator notes, raw choices, numbers.
//! Built as HTML text, like the rest of the results: far less WebAssembly than building
//! each element in code.

use super::{escape, words};
use crate::content::fill;
use crate::content::locale::{percent, signed, FacilitatorNote};
use crate::model::dynamics::Dynamic;
use crate::model::results::RawRow;
use crate::model::scoring::{Answer, Profile};

/// A facilitator note, set beside the part of the results it is about.
pub fn note(note: &FacilitatorNote) -> String {
    let w = &words().words;
    let questions: String = note
        .questions
        .iter()
        .map(|q| format!("<li>{}</li>", escape(q)))
        .collect();
    format!(
        r#"<div class="facilitator" role="note" aria-label="{0}"><h3>{0}</h3><p><strong>{1}: </strong>{2}</p><p class="label">{3}</p><ul>{questions}</ul><p><strong>{4}: </strong>{5}</p></div>"#,
        escape(w.later.notes_heading),
        escape(w.later.notes_looks_like),
        escape(note.looks_like),
        escape(w.later.notes_questions),
        escape(w.later.notes_caution),
        escape(note.caution)
    )
}

fn pick(a: &Answer) -> String {
    let l = words();
    let most = l.dynamic(a.most).name;
    match a.least {
        Some(least) => format!(
            "{most} ({}: {})",
            l.words.later.raw_least,
            l.dynamic(least).name
        ),
        None => most.to_owned(),
    }
}

/// A table in a scrolling region, labelled by its heading.
fn table(id: &str, h: &str, title: &str, caption: &str, head: &[&str], rows: &str) -> String {
    let head: String = head
        .iter()
        .map(|h| format!(r#"<th scope="col">{}</th>"#, escape(h)))
        .collect();
    format!(
        r#"<section aria-labelledby="{id}-heading" class="{id}"><{h} id="{id}-heading">{}</{h}><div class="table-wrap" tabindex="0" role="region" aria-labelledby="{id}-heading"><table>{caption}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></section>"#,
        escape(title)
    )
}

/// Both partners' choices, scenario by scenario, in the order they were asked.
pub fn raw_choices(rows: &[RawRow], names: &[String; 2]) -> String {
    let l = words();
    let w = &l.words;
    let cell = |a: Option<Answer>| escape(&a.as_ref().map_or(w.later.raw_none.to_owned(), pick));
    let rows: String = rows
        .iter()
        .map(|row| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(l.scenario(row.scenario).map_or("", |t| t.situation)),
                escape(l.domain(row.domain)),
                cell(row.answers[0]),
                cell(row.answers[1])
            )
        })
        .collect();
    table(
        "raw",
        "h2",
        w.later.raw_title,
        "",
        &[
            w.later.raw_scenario,
            w.later.raw_domain,
            &names[0],
            &names[1],
        ],
        &rows,
    )
}

/// A score with its standard error and 90% range.
fn cell(value: f64, se: f64, range: (f64, f64)) -> String {
    fill(
        words().words.later.numbers_cell,
        &[
            ("value", &signed(value)),
            ("se", &signed(se)),
            ("low", &signed(range.0)),
            ("high", &signed(range.1)),
        ],
    )
}

/// The numbers behind the map and the words: scores, standard errors, ranges, shares.
pub fn numbers(profiles: &[Profile; 2], names: &[String; 2]) -> String {
    let l = words();
    let w = &l.words;
    let rows: String = profiles
        .iter()
        .zip(names)
        .map(|(p, name)| {
            let shares = Dynamic::ALL
                .iter()
                .map(|d| {
                    fill(
                        w.later.numbers_share,
                        &[
                            ("dynamic", l.dynamic(*d).name),
                            ("share", &percent(p.share(*d))),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                r#"<tr><th scope="row">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
                escape(name),
                p.answered,
                cell(p.point.s, p.se_s, p.box_s),
                cell(p.point.c, p.se_c, p.box_c),
                signed(p.point.l),
                signed(p.point.f),
                escape(&shares)
            )
        })
        .collect();
    // Inside the map's section, under its heading.
    table(
        "numbers",
        "h3",
        w.later.numbers_title,
        &format!("<caption>{}</caption>", escape(w.later.numbers_caption)),
        &[
            w.later.numbers_partner,
            w.later.numbers_answered,
            w.later.map_axis_self,
            w.later.map_axis_connection,
            w.later.numbers_lean,
            w.later.numbers_fuse,
            w.later.numbers_shares,
        ],
        &rows,
    )
}
