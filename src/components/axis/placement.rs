//! The small axis: where one event (on its page) or some events (a person's, an
//! organisation's) fall among all the others, from the first event's month to the last's. It
//! is a picture with a caption in words; it has no controls.

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
    let total = catalog.dataset.events.len();
    let caption = move |axis: &Axis| {
        format!(
            "Event {} of {total} in date order, on the time axis from {} to {}.",
            index + 1,
            super::shapes::month_name(axis.first_day()),
            super::shapes::month_name(axis.last_day())
        )
    };
    view! { <EventsOnAxis catalog events=vec![index] caption /> }
}

/// Some events (a person's, an organisation's) drawn among all the others, with `caption`
/// saying what the picture shows in words.
#[component]
pub fn EventsOnAxis(
    catalog: &'static Catalog,
    events: Vec<usize>,
    caption: impl Fn(&Axis) -> String + 'static,
) -> impl IntoView {
    let dataset = &catalog.dataset;
    let axis = Axis::spanning(dataset)?;
    let marks = axis.marks(dataset);
    let (these, others): (Vec<_>, Vec<_>) =
        marks.iter().partition(|mark| events.contains(&mark.event));
    if these.is_empty() {
        return None;
    }
    // Every other event is one stroke of a single path: one node, however many events.
    let mut strokes = String::new();
    for mark in others {
        let _ = write!(
            strokes,
            "M{} 0v10",
            (mark.start * UNITS as f32).round() as u32
        );
    }
    let drawn = these
        .into_iter()
        .map(|this| {
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
            view! {
                {span}
                <svg x=format!("{}%", percent(centre)) y="17" overflow="visible">
                    <path class=format!("axis-glyph family-{}", this.family.slug()) d=glyph(this.family) />
                </svg>
            }
        })
        .collect_view();
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
    let caption = caption(&axis);
    Some(view! {
        <figure class="event-axis" data-testid="event-axis">
            <svg width="100%" height="48" aria-hidden="true">
                <svg viewBox=format!("0 0 {UNITS} 10") preserveAspectRatio="none" width="100%" height="12" y="11" overflow="visible">
                    <path class="event-axis-others" d=strokes vector-effect="non-scaling-stroke" />
                </svg>
                {drawn}
                {years}
            </svg>
            <figcaption class="event-axis-caption">{caption}</figcaption>
        </figure>
    })
}
