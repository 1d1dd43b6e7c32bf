//! The overview axis above the list: every event as a mark at its date, shaped by kind, the
//! ones that match the filters standing out; and under it, who held each post when. It is
//! part of the rendered page, so with JavaScript off every mark is a working link.
//!
//! Positions are percentages of the drawing's width (SVG lengths, not style attributes), so
//! the axis fits any width without a script measuring it; the layout comes from
//! `biip_core::axis`.

use crate::catalog::Catalog;
use crate::site_base;
use crate::url_filter::{History, UrlFilter};
use biip_core::axis::{Axis, Bar, Edge, KindFamily, Mark, MARK_ROWS};
use biip_core::date::{DayKey, PartialDate};
use biip_core::filter::FilterState;
use biip_core::url_state;
use leptos::prelude::*;

/// The id of the list the axis's skip link leads to (`crate::routes::timeline`).
pub const RESULTS_LIST_ID: &str = "results-list";

/// Height of a row of marks, and where the first row sits.
const ROW: usize = 16;
const TOP: usize = 12;
/// Height of a lane of tenures: the bar, and the holders' names on two lines under it, so the
/// names of short tenures side by side do not run into each other.
const LANE: usize = 46;

#[component]
pub fn TimelineAxis(
    catalog: &'static Catalog,
    /// For each event, whether it matches the filters.
    matching: Memo<Vec<bool>>,
    /// `?…` carrying the filters, for the links to events.
    suffix: Memo<String>,
) -> impl IntoView {
    let dataset = &catalog.dataset;
    let Some(axis) = Axis::spanning(dataset) else {
        return ().into_any();
    };
    let total = dataset.events.len();
    let span = format!(
        "from {} to {}",
        month_name(axis.first_day()),
        month_name(axis.last_day())
    );
    let summary = move || {
        let shown = matching.with(|m| m.iter().filter(|m| **m).count());
        if shown == total {
            format!("{total} events {span}.")
        } else {
            format!("{total} events {span}; {shown} match the filters.")
        }
    };
    let marks_height = TOP + MARK_ROWS * ROW + 26;
    let filter = UrlFilter::use_context();
    let brush = Brush::new(axis, filter);
    let range = Memo::new(move |_| filter.state.with(|s| (s.from, s.to)));
    let ticks = axis
        .ticks()
        .into_iter()
        .map(|tick| {
            let x = percent(tick.at);
            let (class, y1) = if tick.year.is_some() {
                ("axis-tick axis-tick-year", TOP - 8)
            } else {
                ("axis-tick", marks_height - 30)
            };
            let label = tick.year.filter(|_| tick.at < 0.97).map(|year| {
                view! {
                    <text class="axis-year" x=format!("{x}%") dx="3" y=marks_height - 8>
                        {year}
                    </text>
                }
            });
            view! {
                <g>
                    <line class=class x1=format!("{x}%") x2=format!("{x}%") y1=y1 y2=marks_height - 22 />
                    {label}
                </g>
            }
        })
        .collect_view();
    let marks = axis
        .marks(dataset)
        .into_iter()
        .map(|mark| event_mark(catalog, mark, matching, suffix))
        .collect_view();
    let lanes = axis
        .lanes(dataset)
        .into_iter()
        .map(|lane| {
            let bars = lane
                .bars
                .into_iter()
                .enumerate()
                .map(|(index, bar)| tenure_bar(catalog, index, bar))
                .collect_view();
            view! {
                <li class="axis-lane" data-post=lane.post.id.clone()>
                    <p class="axis-lane-title">{lane.post.title.clone()}</p>
                    <svg width="100%" height=LANE role="group" aria-label=lane.post.title.clone()>
                        {bars}
                    </svg>
                </li>
            }
        })
        .collect_view();
    let legend = KindFamily::ALL
        .into_iter()
        .map(|family| {
            view! {
                <li>
                    <svg class="axis-legend-glyph" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                        <path class=format!("axis-glyph family-{}", family.slug()) d=glyph(family) />
                    </svg>
                    {family.label()}
                </li>
            }
        })
        .collect_view();
    view! {
        <figure
            class="axis"
            data-testid="axis"
            aria-labelledby="axis-summary"
            on:keydown=move |e: leptos::ev::KeyboardEvent| {
                if e.key() == "Escape" && range.with_untracked(|(f, t)| f.is_some() || t.is_some()) {
                    e.prevent_default();
                    brush.clear();
                }
            }
        >
            <figcaption id="axis-summary" class="axis-summary">{summary}</figcaption>
            <a class="axis-skip" href=format!("#{RESULTS_LIST_ID}") on:click=skip_axis>
                "Skip the axis"
            </a>
            <svg
                class="axis-events"
                width="100%"
                height=marks_height
                role="group"
                aria-label="Events on the time axis; drag across it to choose dates"
                on:pointerdown=move |e| brush.down(e)
                on:pointermove=move |e| brush.moved(e)
                on:pointerup=move |e| brush.up(e)
                on:pointercancel=move |e| brush.up(e)
                on:click=move |e| brush.click(e)
            >
                <defs>
                    <linearGradient id="axis-fade-start">
                        <stop offset="0" class="axis-fade-clear" />
                        <stop offset="0.6" class="axis-fade-solid" />
                    </linearGradient>
                    <linearGradient id="axis-fade-end">
                        <stop offset="0.4" class="axis-fade-solid" />
                        <stop offset="1" class="axis-fade-clear" />
                    </linearGradient>
                    <linearGradient id="axis-fade-both">
                        <stop offset="0" class="axis-fade-clear" />
                        <stop offset="0.5" class="axis-fade-solid" />
                        <stop offset="1" class="axis-fade-clear" />
                    </linearGradient>
                </defs>
                <g aria-hidden="true">{ticks}</g>
                <rect
                    class="axis-brush"
                    class:axis-brush-none=move || range.with(|(from, to)| from.is_none() && to.is_none())
                    x=move || format!("{}%", percent(range.with(|(from, _)| from.map_or(0.0, |d| axis.position(d.start())))))
                    width=move || {
                        let (start, end) = range.with(|(from, to)| {
                            (
                                from.map_or(0.0, |d| axis.position(d.start())),
                                to.map_or(1.0, |d| axis.position_after(d.end())),
                            )
                        });
                        format!("{}%", percent((end - start).max(0.0)))
                    }
                    y="0"
                    height=marks_height - 22
                />
                <g>{marks}</g>
            </svg>
            <ul class="axis-lanes" aria-label="Who held each post">{lanes}</ul>
            <ul class="axis-legend" aria-label="Shapes of the marks">{legend}</ul>
        </figure>
    }
    .into_any()
}

/// Dragging across the axis sets the From and To dates, in the URL as the date fields do; the
/// list follows as the pointer moves. A press that does not move is a click on what is under
/// it.
#[derive(Clone, Copy)]
struct Brush {
    axis: Axis,
    filter: UrlFilter,
    /// Where the drag started (a fraction of the axis) and whether it has moved yet.
    drag: StoredValue<Option<(f32, f64, bool)>>,
    /// Set when a drag ends on a mark, so the click that follows does not open it.
    swallow_click: StoredValue<bool>,
}

/// How far, in CSS pixels, a press must move to be a drag rather than a click.
const DRAG_THRESHOLD: f64 = 4.0;

impl Brush {
    fn new(axis: Axis, filter: UrlFilter) -> Self {
        Brush {
            axis,
            filter,
            drag: StoredValue::new(None),
            swallow_click: StoredValue::new(false),
        }
    }

    /// The fraction of the axis under the pointer.
    fn at(event: &leptos::ev::PointerEvent) -> Option<f32> {
        let target = event.current_target()?;
        let element = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(target).ok()?;
        let bounds = element.get_bounding_client_rect();
        if bounds.width() <= 0.0 {
            return None;
        }
        Some(((event.client_x() as f64 - bounds.left()) / bounds.width()) as f32)
    }

    fn down(&self, event: leptos::ev::PointerEvent) {
        if event.button() != 0 {
            return;
        }
        let Some(at) = Self::at(&event) else { return };
        self.drag
            .set_value(Some((at, event.client_x() as f64, false)));
        self.swallow_click.set_value(false);
    }

    fn moved(&self, event: leptos::ev::PointerEvent) {
        let Some((start, start_x, was_moving)) = self.drag.get_value() else {
            return;
        };
        let moving = was_moving || (event.client_x() as f64 - start_x).abs() >= DRAG_THRESHOLD;
        if !moving {
            return;
        }
        if !was_moving {
            if let Some(element) = event
                .current_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            {
                let _ = element.set_pointer_capture(event.pointer_id());
            }
        }
        event.prevent_default();
        self.drag.set_value(Some((start, start_x, true)));
        let Some(at) = Self::at(&event) else { return };
        // The first step of a drag is a new history entry; the rest replace it.
        let history = if was_moving {
            History::Replace
        } else {
            History::Push
        };
        self.set(start.min(at), start.max(at), history);
    }

    fn up(&self, event: leptos::ev::PointerEvent) {
        if let Some((_, _, moved)) = self.drag.get_value() {
            self.swallow_click.set_value(moved);
        }
        self.drag.set_value(None);
        if let Some(element) = event
            .current_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        {
            let _ = element.release_pointer_capture(event.pointer_id());
        }
    }

    fn click(&self, event: leptos::ev::MouseEvent) {
        if self.swallow_click.get_value() {
            self.swallow_click.set_value(false);
            event.prevent_default();
            event.stop_propagation();
        }
    }

    fn set(&self, from: f32, to: f32, history: History) {
        let day = |at: f32| {
            let day = self.axis.day_at(at);
            PartialDate::day(day.year(), day.month(), day.day())
        };
        let (from, to) = (day(from), day(to));
        self.filter.update(history, move |state| {
            state.from = Some(from);
            state.to = Some(to);
        });
    }

    fn clear(&self) {
        self.filter.update(History::Push, |state| {
            state.from = None;
            state.to = None;
        });
    }
}

/// Moves focus to the list: the page's `<base>` would make `#…` an address of its own, without
/// the filters.
fn skip_axis(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    if let Some(list) = document().get_element_by_id(RESULTS_LIST_ID) {
        if let Ok(list) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(list) {
            let _ = list.focus();
        }
    }
}

/// One event: a glyph at its date and, for a date that is a span, a bar across it with soft or
/// open ends. A link to the event, named by its date and title.
fn event_mark(
    catalog: &'static Catalog,
    mark: Mark,
    matching: Memo<Vec<bool>>,
    suffix: Memo<String>,
) -> impl IntoView {
    let event = &catalog.dataset.events[mark.event];
    let id = event.id.as_str();
    let href = move || suffix.with(|suffix| site_base::event_href(id, suffix));
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
fn tenure_bar(catalog: &'static Catalog, index: usize, bar: Bar<'static>) -> impl IntoView {
    let person = bar.tenure.person.as_str();
    let name = catalog.person_name(person);
    let state = FilterState {
        people: [person.to_string()].into(),
        ..FilterState::default()
    };
    let href = site_base::href(&format!("/?{}", url_state::encode(&state)));
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

/// A glyph centred on (0, 0), about 10 units across.
fn glyph(family: KindFamily) -> &'static str {
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
fn percent(at: f32) -> String {
    let thousandths = (at.clamp(0.0, 1.0) * 100_000.0).round() as u32;
    format!("{}.{:03}", thousandths / 1000, thousandths % 1000)
}

fn month_name(day: DayKey) -> String {
    PartialDate::month(day.year(), day.month()).human()
}
