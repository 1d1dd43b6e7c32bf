//! The drawing's pieces: an event's mark, a tenure's bar, the glyph for each kind of event, and
//! positions written as SVG percentages.

use crate::catalog::Catalog;
use crate::site_base;
use crate::url_filter::UrlFilter;
use biip_core::axis::{Band, Bar, Edge, KindFamily, Mark};
use biip_core::date::{DayKey, PartialDate};
use biip_core::filter::Facet;
use leptos::prelude::*;

use super::{ROW, TOP};

/// One event: a glyph at its date and, for a date that is a span, a bar across it with soft or
/// open ends. A link to the event, named by its date and title.
pub fn event_mark(
    catalog: &'static Catalog,
    mark: Mark,
    matching: Memo<Vec<bool>>,
) -> impl IntoView {
    let event = &catalog.dataset.events[mark.event];
    // Without the filters: the drawing adds them when a pointer or focus comes to the link
    // (`carry_filters`), rather than rewriting every mark's link at every change of filter.
    let href = site_base::event_href(&event.id, "");
    let label = format!("{}: {}", event.date.human(), event.title);
    let y = TOP + mark.row * ROW;
    let centre = if mark.is_point() {
        mark.start
    } else {
        (mark.start + mark.end) / 2.0
    };
    let span = (!mark.is_point()).then(|| {
        let class = format!(
            "axis-span{}{}",
            edge_class(mark.start_edge, "start"),
            edge_class(mark.end_edge, "end")
        );
        view! {
            <rect class=class x=format!("{}%", percent(mark.start))
                width=format!("{}%", percent((mark.end - mark.start).max(0.002)))
                y=y - 3 height="6" rx="3" />
        }
    });
    let index = mark.event;
    let faded = move || !matching.with(|m| m.get(index).copied().unwrap_or(true));
    view! {
        <g class="axis-mark" class:axis-faded=faded data-axis-event=event.id.as_str()>
            <a href=href>
                <title>{label}</title>
                {span}
                <svg x=format!("{}%", percent(centre)) y=y overflow="visible">
                    <path class=format!("axis-glyph family-{}", mark.family.slug()) d=glyph(mark.family) />
                </svg>
            </a>
        </g>
    }
}

/// One person's tenure: a bar from its start to its end, soft or open where the sources do not
/// give them, with the holder's name; a link to that person's events.
pub fn tenure_bar(
    catalog: &'static Catalog,
    filter: UrlFilter,
    index: usize,
    bar: Bar<'static>,
) -> impl IntoView {
    let person = bar.tenure.person.as_str();
    let name = catalog.person_name(person);
    let href = filter.facet_href(Facet::Person, person);
    let width = (bar.end - bar.start).max(0.004);
    let class = format!(
        "axis-bar{}{}",
        edge_class(bar.start_edge, "start"),
        edge_class(bar.end_edge, "end")
    );
    let label = format!("{name}: {}", tenure_words(bar.start_edge, bar.end_edge));
    // A name near the right edge ends where its bar ends, so it stays inside the drawing.
    let (name_x, anchor) = if bar.start > 0.7 {
        (bar.start + width, "end")
    } else {
        (bar.start, "start")
    };
    let name_y = if index.is_multiple_of(2) { 26 } else { 40 };
    view! {
        <g class="axis-tenure" data-person=person>
            <a href=href>
                <title>{label}</title>
                <rect class=class x=format!("{}%", percent(bar.start)) width=format!("{}%", percent(width)) y="2" height="10" rx="2" />
                <text class="axis-bar-name" x=format!("{}%", percent(name_x)) text-anchor=anchor y=name_y>
                    {name}
                </text>
            </a>
        </g>
    }
}

/// Height of a period's row above the marks.
pub const PERIOD_ROW: usize = 16;

/// A named period: a band on a row of its own, its label beside its start (or, for one that
/// starts late on the axis, before its end), and its dates in words.
pub fn period_band(band: Band<'static>, row: usize) -> impl IntoView {
    let period = band.period;
    let y = row * PERIOD_ROW;
    let class = format!(
        "axis-period{}{}",
        edge_class(band.start_edge, "start"),
        edge_class(band.end_edge, "end")
    );
    let dates = match (&period.start, &period.end) {
        (Some(start), Some(end)) => format!("from {} to {}", start.human(), end.human()),
        (Some(start), None) => format!("from {}; no source gives an end", start.human()),
        (None, Some(end)) => format!("until {}; no source gives a start", end.human()),
        (None, None) => "no source gives a start or an end".to_string(),
    };
    let (label_x, anchor, dx) = if band.start > 0.55 {
        (band.end, "end", "-4")
    } else {
        (band.start, "start", "4")
    };
    view! {
        <g class="axis-period-band" data-period=period.id.as_str()>
            <title>{format!("{}: {dates}", period.label)}</title>
            <rect class=class x=format!("{}%", percent(band.start))
                width=format!("{}%", percent((band.end - band.start).max(0.004)))
                y=y + 1 height=PERIOD_ROW - 3 rx="2" />
            <text class="axis-period-label" x=format!("{}%", percent(label_x)) dx=dx
                y=y + PERIOD_ROW - 5 text-anchor=anchor>
                {period.label.as_str()}
            </text>
        </g>
    }
}

/// A glyph centred on (0, 0), about 10 units across.
pub fn glyph(family: KindFamily) -> &'static str {
    match family {
        KindFamily::Findings => "M-4.5-4.5h9v9h-9z",
        KindFamily::Correspondence => "M0-5.5L5.5 4.5H-5.5z",
        KindFamily::People => "M-5 0a5 5 0 1 0 10 0a5 5 0 1 0-10 0z",
        KindFamily::Actions => "M0-6L6 0L0 6L-6 0z",
    }
}

fn edge_class(edge: Edge, end: &str) -> String {
    match edge {
        Edge::Known => String::new(),
        Edge::Soft => format!(" soft-{end}"),
        Edge::Open => format!(" open-{end}"),
    }
}

/// How a tenure's bar is drawn, in words, for its link.
fn tenure_words(start: Edge, end: Edge) -> &'static str {
    match (start == Edge::Open, end == Edge::Open) {
        (true, true) => "in post at the dates the sources show; no source gives a start or an end",
        (true, false) => "no source gives the start",
        (false, true) => "no source gives the end",
        (false, false) => "from the start to the end the sources give",
    }
}

/// A fraction of the axis as a percentage with three decimals. Written with integers: float
/// formatting would add about 15 KB to the wasm.
pub fn percent(at: f32) -> String {
    any_percent(at.clamp(0.0, 1.0))
}

/// Any fraction as a percentage, below 0 or above 1 too: where a zoomed drawing starts and how
/// wide it is.
pub fn any_percent(fraction: f32) -> String {
    let thousandths = (fraction * 100_000.0).round() as i64;
    let sign = if thousandths < 0 { "-" } else { "" };
    let thousandths = thousandths.unsigned_abs();
    format!("{sign}{}.{:03}", thousandths / 1000, thousandths % 1000)
}

pub fn month_name(day: DayKey) -> String {
    PartialDate::month(day.year(), day.month()).human()
}
