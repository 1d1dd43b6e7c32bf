//! The overview axis above the list: every event as a mark at its date, shaped by kind, the
//! ones that match the filters standing out; and under it, who held each post when. It is
//! part of the rendered page, so with JavaScript off every mark is a working link.
//!
//! Positions are percentages of the drawing's width (SVG lengths, not style attributes), so
//! the axis fits any width without a script measuring it; the layout comes from
//! `biip_core::axis`.

mod brush;
mod placement;
mod shapes;

pub use placement::{EventOnAxis, EventsOnAxis};

use crate::catalog::Catalog;
use crate::url_filter::UrlFilter;
use biip_core::axis::{density_path, tallest_bin, Axis, KindFamily, DENSITY_FROM, MARK_ROWS};
use biip_core::axis_range::Moving;
use biip_core::date::PartialDate;
use biip_core::Dataset;
use brush::Brush;
use leptos::prelude::*;
use shapes::{
    any_percent, event_mark, glyph, month_name, percent, period_band, tenure_bar, PERIOD_ROW,
};

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
        let drawn = if total >= DENSITY_FROM {
            " Drawn as how many fall in each stretch of time."
        } else {
            ""
        };
        if shown == total {
            format!("{total} events {span}.{drawn}")
        } else {
            format!("{total} events {span}; {shown} match the filters.{drawn}")
        }
    };
    let marks_height = TOP + MARK_ROWS * ROW + 26;
    let filter = UrlFilter::use_context();
    let brush = Brush::new(axis, filter);
    let range = Memo::new(move |_| filter.state.with(|s| (s.from, s.to)));
    // Zoomed to a year, everything drawn in fractions of the axis is stretched and shifted by
    // the one drawing that holds it, so no mark is placed again.
    let zoom_x = move || {
        let (start, end) = brush.window();
        format!("{}%", any_percent(-start / (end - start)))
    };
    let zoom_width = move || {
        let (start, end) = brush.window();
        format!("{}%", any_percent(1.0 / (end - start)))
    };
    let from_at = move || range.with(|(from, _)| from.map_or(0.0, |d| axis.position(d.start())));
    let to_at = move || range.with(|(_, to)| to.map_or(1.0, |d| axis.position_after(d.end())));
    let has_range = move || brush.has_range();
    // The event whose mark is under the pointer or has focus.
    let pointed = RwSignal::new(None::<usize>);
    let handle_height = marks_height - 22;
    let zoom_buttons = axis
        .years()
        .map(|year| {
            view! {
                <button
                    type="button"
                    aria-label=format!("Zoom to {year}")
                    aria-pressed=move || (brush.zoom.get() == Some(year)).to_string()
                    on:click=move |_| brush.zoom.set(Some(year))
                >
                    {year}
                </button>
            }
        })
        .collect_view();
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
    let marks = if total >= DENSITY_FROM {
        density(axis, dataset, matching, marks_height - 22).into_any()
    } else {
        axis.marks(dataset)
            .into_iter()
            .map(|mark| event_mark(catalog, mark, matching))
            .collect_view()
            .into_any()
    };
    let bands = axis.bands(dataset);
    // Behind the marks, each period is a faint wash from its start to its end.
    let washes = bands
        .iter()
        .map(|band| {
            view! {
                <rect class="axis-period-wash" x=format!("{}%", percent(band.start))
                    width=format!("{}%", percent((band.end - band.start).max(0.004)))
                    y="0" height=marks_height - 22 />
            }
        })
        .collect_view();
    let periods = (!bands.is_empty()).then(|| {
        let height = bands.len() * PERIOD_ROW;
        let items = bands
            .into_iter()
            .enumerate()
            .map(|(row, band)| period_band(band, row))
            .collect_view();
        view! {
            <svg class="axis-periods" width="100%" height=height role="group" aria-label="Periods the sources mark out">
                <svg x=zoom_x width=zoom_width overflow="visible">{items}</svg>
            </svg>
        }
    });
    let lanes = axis
        .lanes(dataset)
        .into_iter()
        .map(|lane| {
            let bars = lane
                .bars
                .into_iter()
                .enumerate()
                .map(|(index, bar)| tenure_bar(catalog, filter, index, bar))
                .collect_view();
            view! {
                <li class="axis-lane" data-post=lane.post.id.clone()>
                    <p class="axis-lane-title">{lane.post.title.clone()}</p>
                    <svg width="100%" height=LANE role="group" aria-label=lane.post.title.clone()>
                        <svg x=zoom_x width=zoom_width overflow="visible">{bars}</svg>
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
            class:axis-zoomed=move || brush.zoom.get().is_some()
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
            {periods}
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
                <svg x=zoom_x width=zoom_width overflow="visible">
                    <g aria-hidden="true">{washes} {ticks}</g>
                    <rect
                        class="axis-brush"
                        class:axis-brush-none=move || !has_range()
                        x=move || format!("{}%", percent(from_at()))
                        width=move || format!("{}%", percent((to_at() - from_at()).max(0.0)))
                        y="0"
                        height=handle_height
                        role="slider"
                        tabindex=move || has_range().then_some("0")
                        aria-label="Date range"
                        aria-describedby="axis-keys"
                        aria-valuemin="0"
                        aria-valuemax=axis.month_count() - 1
                        aria-valuenow=move || range.with(|(from, _)| from.map_or(0, |d| axis.month_number(d.start())))
                        aria-valuetext=move || range.with(|(from, to)| range_words(axis, *from, *to))
                        on:keydown=move |e| brush.key(e, Moving::Both)
                        on:focus=move |_| brush.focused()
                    />
                    <g
                        on:pointerover=move |e| pointed.set(carry_filters(catalog, suffix, e.target()))
                        on:focusin=move |e| pointed.set(carry_filters(catalog, suffix, e.target()))
                        on:pointerout=move |_| pointed.set(None)
                        on:focusout=move |_| pointed.set(None)
                    >
                        {marks}
                    </g>
                    {range_handle(brush, Moving::From, from_at, handle_height, move || {
                        range.with(|(from, _)| from.map_or(axis.first_day(), |d| d.start()))
                    })}
                    {range_handle(brush, Moving::To, to_at, handle_height, move || {
                        range.with(|(_, to)| to.map_or(axis.last_day(), |d| d.end()))
                    })}
                </svg>
            </svg>
            <p id="axis-keys" class="visually-hidden">
                "Drag across the axis to choose dates, or use the handles at the start and end of the date range: the arrow keys move a month, Page Up and Page Down jump to a year, Home and End go to the ends, and Escape clears the dates. The date range itself moves both ends."
            </p>
            // What a link's title says, shown for a mark under the pointer or the focus (a
            // title shows only to a pointer that rests); screen readers have it as the link's
            // name already.
            <p class="axis-pointed" aria-hidden="true">
                {move || match pointed.get() {
                    Some(index) => {
                        let event = &catalog.dataset.events[index];
                        format!("{}: {}", event.date.human(), event.title)
                    }
                    None => "Point at a mark, or tab to it, for its date and title.".to_string(),
                }}
            </p>
            <div class="axis-zoom" role="group" aria-label="Zoom the axis">
                <span class="axis-zoom-label" aria-hidden="true">"Zoom:"</span>
                {zoom_buttons}
                <button
                    type="button"
                    aria-label="Zoom out to all years"
                    aria-pressed=move || brush.zoom.get().is_none().to_string()
                    on:click=move |_| brush.zoom.set(None)
                >
                    "All years"
                </button>
            </div>
            <ul class="axis-lanes" aria-label="Who held each post">{lanes}</ul>
            <ul class="axis-legend" aria-label="Shapes of the marks">{legend}</ul>
        </figure>
    }
    .into_any()
}

/// Puts the reader's filters on a mark's link as a pointer or focus reaches it, before it can
/// be followed, opened in a new tab or copied; returns the event's index. The event comes from
/// the dataset, found by the mark's id.
fn carry_filters(
    catalog: &'static Catalog,
    suffix: Memo<String>,
    target: Option<web_sys::EventTarget>,
) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let mark = element.closest(".axis-mark").ok()??;
    let link = mark.query_selector("a").ok()??;
    let id = mark.get_attribute("data-axis-event")?;
    let index = catalog.dataset.find_event(&id)?.index();
    let event = &catalog.dataset.events[index];
    let href = suffix.with_untracked(|suffix| crate::site_base::event_href(&event.id, suffix));
    let _ = link.set_attribute("href", &href);
    Some(index)
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

/// One end of the date range, as a slider: a grip at its date that the arrow keys move.
fn range_handle(
    brush: Brush,
    moving: Moving,
    at: impl Fn() -> f32 + Copy + Send + Sync + 'static,
    height: usize,
    day: impl Fn() -> biip_core::date::DayKey + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let (label, class) = match moving {
        Moving::From => ("Start of the date range", "axis-handle axis-handle-from"),
        _ => ("End of the date range", "axis-handle axis-handle-to"),
    };
    let axis = brush.axis();
    view! {
        <svg x=move || format!("{}%", percent(at())) overflow="visible">
            <rect
                class=class
                class:axis-handle-idle=move || !brush.has_range()
                x="-4"
                width="8"
                y="0"
                height=height
                rx="2"
                role="slider"
                tabindex="0"
                aria-label=label
                aria-describedby="axis-keys"
                aria-valuemin="0"
                aria-valuemax=axis.month_count() - 1
                aria-valuenow=move || axis.month_number(day())
                aria-valuetext=move || {
                    let day = day();
                    PartialDate::day(day.year(), day.month(), day.day()).human()
                }
                on:keydown=move |e| brush.key(e, moving)
                on:focus=move |_| brush.focused()
            />
        </svg>
    }
}

/// The date range in words, for the control that moves it.
fn range_words(axis: Axis, from: Option<PartialDate>, to: Option<PartialDate>) -> String {
    let from = from.map_or_else(|| month_name(axis.first_day()), |d| d.human());
    let to = to.map_or_else(|| month_name(axis.last_day()), |d| d.human());
    format!("{from} to {to}")
}

/// Too many events for a mark each: how many fall in each stretch of time, as bars, the ones
/// that match the filters drawn over all of them. Two nodes, however many events.
fn density(
    axis: Axis,
    dataset: &Dataset,
    matching: Memo<Vec<bool>>,
    height: usize,
) -> impl IntoView {
    let bins = axis.density_bins(dataset);
    let tallest = tallest_bin(&bins);
    let all = density_path(&bins, |_| true, tallest);
    let shown = move || {
        matching.with(|m| {
            density_path(
                &bins,
                |event| m.get(event).copied().unwrap_or(true),
                tallest,
            )
        })
    };
    view! {
        <svg
            class="axis-density"
            viewBox=format!("0 0 {} 100", biip_core::axis::DENSITY_BINS)
            preserveAspectRatio="none"
            width="100%"
            height=height - TOP
            y=TOP
            aria-hidden="true"
        >
            <path class="axis-density-all" d=all />
            <path class="axis-density-matching" d=shown />
        </svg>
    }
}
