//! The event page's small axis: where one event falls among all the others, from the first
//! event's month to the last's. It is a picture with a caption in words; it has no controls.

use super::shapes::{glyph, percent};
use crate::catalog::Catalog;
use biip_core::axis::Axis;
use leptos::prelude::*;
use std::fmt::Write;

/// Width of the others' strokes' drawing, in its own units: positions are whole units (an
/// integer, so no float is ever formatted: that would add about 9 KB to the wasm).
const UNITS: u32 = 10_000;

#[component]
pub fn EventOnAxis(catalog: &'static Catalog, index: usize) -> impl IntoView {
    let dataset = &catalog.dataset;
    let axis = Axis::spanning(dataset)?;
    let marks = axis.marks(dataset);
    let this = marks.iter().find(|mark| mark.event == index)?.clone();
    // Every other event is one stroke of a single path: one node, however many events.
    let mut others = String::new();
    for mark in marks.iter().filter(|mark| mark.event != index) {
        let _ = write!(
            others,
            "M{} 0v10",
            (mark.start * UNITS as f32).round() as u32
        );
    }
    let centre = if this.is_point() {
        this.start
    } else {
        (this.start + this.end) / 2.0
    };
    let span = (!this.is_point()).then(|| {
        view! {
            <rect class="event-axis-span" x=format!("{}%", percent(this.start))
                width=format!("{}%", percent((this.end - this.start).max(0.002))) y="13" height="8" rx="3" />
        }
    });
    let years = axis
        .ticks()
        .into_iter()
        .filter_map(|tick| {
            let year = tick.year.filter(|_| tick.at < 0.95)?;
            Some(view! {
                <text class="axis-year" x=format!("{}%", percent(tick.at)) y="44">{year}</text>
            })
        })
        .collect_view();
    let total = dataset.events.len();
    let caption = format!(
        "Event {} of {total} in date order, on the time axis from {} to {}.",
        index + 1,
        super::shapes::month_name(axis.first_day()),
        super::shapes::month_name(axis.last_day())
    );
    Some(view! {
        <figure class="event-axis" data-testid="event-axis">
            <svg width="100%" height="48" aria-hidden="true">
                <svg viewBox=format!("0 0 {UNITS} 10") preserveAspectRatio="none" width="100%" height="12" y="11" overflow="visible">
                    <path class="event-axis-others" d=others vector-effect="non-scaling-stroke" />
                </svg>
                {span}
                <svg x=format!("{}%", percent(centre)) y="17" overflow="visible">
                    <path class=format!("axis-glyph family-{}", this.family.slug()) d=glyph(this.family) />
                </svg>
                {years}
            </svg>
            <figcaption class="event-axis-caption">{caption}</figcaption>
        </figure>
    })
}
