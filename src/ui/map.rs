//! The map: both partners on the Self x Connection plane with their uncertainty, drawn
//! by hand in SVG, readable in grayscale (circle and square), with a text twin.

use super::{escape, words};
use crate::content::fill;
use crate::model::dynamics::Dynamic;
use crate::model::scoring::Profile;

// Whole-number coordinates: plenty at this size, and no float formatting in the wasm.
const SIZE: i32 = 360;
const PAD: i32 = 30;

/// Map coordinates from -100..=100 scores; Connection grows upward.
fn x(s: f64) -> i32 {
    PAD + ((s.clamp(-100.0, 100.0) + 100.0) / 200.0 * f64::from(SIZE - 2 * PAD)).round() as i32
}
fn y(c: f64) -> i32 {
    SIZE - PAD
        - ((c.clamp(-100.0, 100.0) + 100.0) / 200.0 * f64::from(SIZE - 2 * PAD)).round() as i32
}

/// The map's fixed frame (regions, axes, names, arrow head) as SVG text: a string costs far
/// less WebAssembly than building each of these elements in code.
fn frame(id: &str) -> String {
    let l = words();
    let t = &l.words;
    let (p, m, e) = (PAD, SIZE / 2, SIZE - PAD);
    let (w, h) = (m - PAD, SIZE - 2 * PAD);
    format!(
        r#"<rect class="region inter" x="{m}" y="{p}" width="{w}" height="{w}"/><rect class="region indep" x="{m}" y="{m}" width="{w}" height="{w}"/><rect class="region lean" x="{p}" y="{p}" width="{w}" height="{h}"/><defs><marker id="{id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head"/></marker></defs><line class="axis" x1="{p}" y1="{m}" x2="{e}" y2="{m}"/><line class="axis" x1="{m}" y1="{p}" x2="{m}" y2="{e}"/><text class="region-name" x="{}" y="{}" text-anchor="end">{}</text><text class="region-name" x="{}" y="{}" text-anchor="end">{}</text><text class="region-name" x="{}" y="{}">{}</text><text class="region-name" x="{}" y="{}">{}</text><text class="axis-name" x="{e}" y="{}" text-anchor="end">{} →</text><text class="axis-name" x="{}" y="{}" text-anchor="end">↑ {}</text>"#,
        e - 6,
        p + 18,
        escape(l.dynamic(Dynamic::Interdependence).name),
        e - 6,
        e - 8,
        escape(l.dynamic(Dynamic::Independence).name),
        p + 6,
        p + 18,
        escape(t.map_region_left_1),
        p + 6,
        p + 34,
        escape(t.map_region_left_2),
        m - 6,
        escape(t.map_axis_self),
        // Left of the vertical axis, so it does not sit on a point's name at the top.
        m - 6,
        p - 10,
        escape(t.map_axis_connection),
    )
}

/// The map of both partners. `id` is unique on the page (the results can hold two maps:
/// now, and what moved); `earlier` is an earlier round, drawn hollow with arrows to now.
pub fn map(
    id: &str,
    profiles: &[Profile; 2],
    names: &[String; 2],
    earlier: Option<&[Profile; 2]>,
) -> String {
    let l = words();
    let texts: Vec<String> = profiles
        .iter()
        .zip(names)
        .map(|(p, n)| {
            fill(
                l.words.map_point,
                &[("name", n), ("region", l.dynamic(p.region()).word)],
            )
        })
        .collect();
    // The whole drawing as SVG text, like the frame: far less WebAssembly than building
    // each element in code. Names are escaped; everything else is our own numbers.
    let mut svg = format!(
        r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>{}"#,
        escape(l.words.map_title),
        escape(&texts.join(" ")),
        frame(id)
    );
    for (i, (b, a)) in earlier.into_iter().flatten().zip(profiles).enumerate() {
        let (bx, by) = (x(b.placed.0), y(b.placed.1));
        let (ax, ay) = (x(a.placed.0), y(a.placed.1));
        // Partner A: circle; partner B: square, so the two differ without colour.
        let hollow = if i == 0 {
            format!(r#"<circle class="before" cx="{bx}" cy="{by}" r="7"/>"#)
        } else {
            format!(
                r#"<rect class="before" x="{}" y="{}" width="12" height="12"/>"#,
                bx - 6,
                by - 6
            )
        };
        svg.push_str(&format!(
            r#"<g class="trail {}">{hollow}<line x1="{bx}" y1="{by}" x2="{ax}" y2="{ay}" marker-end="url(#{id}-arrow)"/></g>"#,
            if i == 0 { "a" } else { "b" }
        ));
    }
    for (i, (p, n)) in profiles.iter().zip(names).enumerate() {
        let (px, py) = (x(p.placed.0), y(p.placed.1));
        // The box is the uncertainty of the answers' mean: it moves with the point.
        let (ds, dc) = (p.placed.0 - p.point.s, p.placed.1 - p.point.c);
        let bx = x(p.box_s.0 + ds);
        let by = y(p.box_c.1 + dc);
        let bw = (x(p.box_s.1 + ds) - bx).max(2);
        let bh = (y(p.box_c.0 + dc) - by).max(2);
        let shape = if i == 0 {
            format!(r#"<circle cx="{px}" cy="{py}" r="9"/>"#)
        } else {
            format!(
                r#"<rect x="{}" y="{}" width="16" height="16"/>"#,
                px - 8,
                py - 8
            )
        };
        // Labels above A and below B, kept inside the frame.
        let label_y = if i == 0 {
            (py - 14).max(14)
        } else {
            (py + 26).min(SIZE - 4)
        };
        let initial: String = n.chars().take(12).collect();
        svg.push_str(&format!(
            r#"<g class="mark {}"><rect class="box" x="{bx}" y="{by}" width="{bw}" height="{bh}"/>{shape}<text x="{px}" y="{label_y}" text-anchor="middle">{}</text></g>"#,
            if i == 0 { "a" } else { "b" },
            escape(&initial)
        ));
    }

    let items: String = texts
        .iter()
        .zip(profiles.iter().zip(names))
        .enumerate()
        .map(|(i, (t, (p, n)))| {
            format!(
                r#"<li><span class="key {}" aria-hidden="true"></span>{}<span class="mix">{}</span></li>"#,
                if i == 0 { "a" } else { "b" },
                escape(t),
                mix_bar(p, n)
            )
        })
        .collect();
    format!(
        r#"<figure class="map"><svg viewBox="0 0 {SIZE} {SIZE}" role="img" aria-labelledby="{id}-title {id}-desc">{svg}</svg><figcaption><ul class="map-text">{items}</ul><ul class="mix-key" aria-hidden="true">{}</ul><p class="hint">{}</p></figcaption></figure>"#,
        mix_key(),
        escape(l.words.map_legend_box)
    )
}

/// A partner's mix: four segments, as wide as how often each dynamic was chosen, named
/// for screen readers in words (most chosen first; the shares are for therapist mode).
pub fn mix_bar(p: &Profile, name: &str) -> String {
    let l = words();
    let chosen: Vec<&str> = p
        .shown_shares()
        .into_iter()
        .map(|(d, _)| l.dynamic(d).word)
        .collect();
    let label = fill(
        l.words.mix_label,
        &[("name", name), ("dynamics", &chosen.join(", "))],
    );
    let mut left = 0;
    let mut svg = format!(
        r#"<svg class="mix" viewBox="0 0 100 8" role="img" aria-label="{}">"#,
        escape(&label)
    );
    for d in Dynamic::ALL {
        let w = (p.share(d) * 100.0).round() as i32;
        if w > 0 {
            svg.push_str(&format!(
                r#"<rect class="{}" x="{left}" width="{w}" height="8"/>"#,
                d.code()
            ));
        }
        left += w;
    }
    svg.push_str("</svg>");
    svg
}

/// What the bars' colours mean (the bars name their shares to screen readers).
pub fn mix_key() -> String {
    let l = words();
    Dynamic::ALL
        .iter()
        .map(|d| {
            format!(
                r#"<li><svg viewBox="0 0 10 10"><rect class="{}" width="10" height="10"/></svg>{}</li>"#,
                d.code(),
                escape(l.dynamic(*d).name)
            )
        })
        .collect()
}
