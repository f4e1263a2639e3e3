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

/// The drawing is taller than the plot: the region and axis names sit in the margins,
/// where no point or name of a partner can reach them.
const HEIGHT: i32 = SIZE + 24;

/// A box on the drawing: left, top, width, height.
pub type Area = (i32, i32, i32, i32);

pub fn overlaps(a: Area, b: Area) -> bool {
    a.0 < b.0 + b.2 && b.0 < a.0 + a.2 && a.1 < b.1 + b.3 && b.1 < a.1 + a.3
}

/// The plot itself, where the points and their names go.
pub const PLOT: Area = (PAD, PAD, SIZE - 2 * PAD, SIZE - 2 * PAD);

/// About how wide a name is at the map's 13 px bold: generous, so a box never
/// under-reaches (letters outside ASCII, emoji and CJK among them, count wide).
pub fn text_width(text: &str) -> i32 {
    text.chars()
        .map(|c| if c.is_ascii() { 9 } else { 15 })
        .sum()
}

/// The rows a name may take, as baselines below (+) or above (−) its point, in order of
/// preference: A's name above its point, B's below, then a row further, then beside.
const ROWS: [[i32; 15]; 2] = [
    [
        -14, -30, -46, 26, 42, 58, 5, 20, -10, -62, -78, -94, 74, 90, 106,
    ],
    [
        26, 42, 58, -14, -30, -46, 5, 20, -10, 74, 90, 106, -62, -78, -94,
    ],
];

/// Where each partner's name goes, as its centre and baseline: in the first of its rows
/// where, centred or beside the point (or, failing every row, against the plot's edge),
/// it lies inside the plot, clear of both points and of A's name. `points` are the marks'
/// centres.
pub fn label_spots(points: [(i32, i32); 2], names: [&str; 2]) -> [(i32, i32); 2] {
    let mark = |(x, y): (i32, i32)| (x - 10, y - 10, 20, 20);
    let mut spots = [(0, 0); 2];
    let mut first: Option<Area> = None;
    for i in 0..2 {
        let (px, py) = points[i];
        let w = text_width(names[i]);
        let centred = (px - w / 2).clamp(PLOT.0, PLOT.0 + PLOT.2 - w.min(PLOT.2));
        let mut chosen = (centred, py + ROWS[i][0]);
        // Near the point in every row first; against the plot's edge only then.
        let near = [centred, px + 14, px - 14 - w];
        let edges = [PLOT.0, PLOT.0 + PLOT.2 - w, PLOT.0];
        'search: for (xs, dy) in ROWS[i]
            .iter()
            .map(|dy| (near, *dy))
            .chain(ROWS[i].iter().map(|dy| (edges, *dy)))
        {
            for x in xs {
                let area = (x, py + dy - 12, w, 16);
                let inside = x >= PLOT.0
                    && x + w <= PLOT.0 + PLOT.2
                    && area.1 >= PLOT.1
                    && area.1 + 16 <= PLOT.1 + PLOT.3;
                if inside
                    && !overlaps(area, mark(points[0]))
                    && !overlaps(area, mark(points[1]))
                    && !first.is_some_and(|f| overlaps(area, f))
                {
                    chosen = (x, py + dy);
                    break 'search;
                }
            }
        }
        first = Some((chosen.0, chosen.1 - 12, w, 16));
        spots[i] = (chosen.0 + w / 2, chosen.1);
    }
    spots
}

/// The region and axis names' boxes, as [`frame`] draws them (for the tests).
pub fn name_areas(names: [&str; 5]) -> [Area; 5] {
    let (p, m, e) = (PAD, SIZE / 2, SIZE - PAD);
    let [inter, indep, left, self_axis, connection] = names.map(text_width);
    [
        (e - inter, p - 22, inter, 16),
        (e - indep, e + 26, indep, 16),
        (p, e + 6, left, 16),
        (m - 6 - self_axis, e + 26, self_axis, 16),
        (m - 6 - connection, p - 22, connection, 16),
    ]
}

/// The map's fixed frame (regions, axes, names, arrow head) as SVG text: a string costs far
/// less WebAssembly than building each of these elements in code. The names sit outside
/// the plot, so a partner's point or name never covers them.
fn frame(id: &str) -> String {
    let l = words();
    let t = &l.words;
    let (p, m, e) = (PAD, SIZE / 2, SIZE - PAD);
    let (w, h) = (m - PAD, SIZE - 2 * PAD);
    format!(
        r#"<rect class="region inter" x="{m}" y="{p}" width="{w}" height="{w}"/><rect class="region indep" x="{m}" y="{m}" width="{w}" height="{w}"/><rect class="region lean" x="{p}" y="{p}" width="{w}" height="{h}"/><defs><marker id="{id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head"/></marker></defs><line class="axis" x1="{p}" y1="{m}" x2="{e}" y2="{m}"/><line class="axis" x1="{m}" y1="{p}" x2="{m}" y2="{e}"/><text class="region-name" x="{e}" y="{}" text-anchor="end">{}</text><text class="region-name" x="{e}" y="{}" text-anchor="end">{}</text><text class="region-name" x="{p}" y="{}">{} {}</text><text class="axis-name" x="{}" y="{}" text-anchor="end">{} →</text><text class="axis-name" x="{}" y="{}" text-anchor="end">↑ {}</text>"#,
        p - 10,
        escape(l.dynamic(Dynamic::Interdependence).name),
        e + 38,
        escape(l.dynamic(Dynamic::Independence).name),
        e + 18,
        escape(t.later.map_region_left_1),
        escape(t.later.map_region_left_2),
        m - 6,
        e + 38,
        escape(t.later.map_axis_self),
        m - 6,
        p - 10,
        escape(t.later.map_axis_connection),
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
                l.words.later.map_point,
                &[("name", n), ("region", l.dynamic(p.region()).word)],
            )
        })
        .collect();
    // The whole drawing as SVG text, like the frame: far less WebAssembly than building
    // each element in code. Names are escaped; everything else is our own numbers.
    let mut svg = format!(
        r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>{}"#,
        escape(l.words.later.map_title),
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
    // Names on the map are cut to 12 characters; the text beside the map has them whole.
    let shown: [String; 2] = [0, 1].map(|i| names[i].chars().take(12).collect());
    let centre = |p: &Profile| (x(p.placed.0), y(p.placed.1));
    let spots = label_spots(
        [centre(&profiles[0]), centre(&profiles[1])],
        [&shown[0], &shown[1]],
    );
    for (i, p) in profiles.iter().enumerate() {
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
        let (lx, ly) = spots[i];
        svg.push_str(&format!(
            r#"<g class="mark {}"><rect class="box" x="{bx}" y="{by}" width="{bw}" height="{bh}"/>{shape}<text x="{lx}" y="{ly}" text-anchor="middle">{}</text></g>"#,
            if i == 0 { "a" } else { "b" },
            escape(&shown[i])
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
        r#"<figure class="map"><svg viewBox="0 0 {SIZE} {HEIGHT}" role="img" aria-labelledby="{id}-title {id}-desc">{svg}</svg><figcaption><ul class="map-text">{items}</ul><ul class="mix-key" aria-hidden="true">{}</ul><p class="hint">{}</p></figcaption></figure>"#,
        mix_key(),
        escape(l.words.later.map_legend_box)
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
        l.words.later.mix_label,
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
