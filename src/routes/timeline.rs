//! The timeline page (`/`): the filter panel and the matching events grouped by year, in the
//! order the URL asks for, with a count, removable filter chips and an announced status.

use crate::broadcast::Broadcast;
use crate::catalog::Catalog;
use crate::components::active_filters::{ActiveFilters, NoResults};
use crate::components::axis::{TimelineAxis, RESULTS_LIST_ID};
use crate::components::download::DownloadView;
use crate::components::embed::EmbedControl;
use crate::components::event_card::EventCard;
use crate::components::filter_panel::FilterPanel;
use crate::components::ignored_notice::IgnoredNotice;
use crate::components::keyed_list::keyed_list;
use crate::components::page_heading::PageHeading;
use crate::components::status::SettledStatus;
use crate::page_meta::{events_phrase, PageMeta};
use crate::url_filter::{History, UrlFilter};
use biip_core::filter::SortOrder;
use biip_core::query::run_query;
use leptos::prelude::*;
use std::sync::Arc;

/// How many events the list shows at first, and how many more each "Show more" adds.
const LIST_PAGE: usize = 200;

#[component]
pub fn TimelinePage(catalog: &'static Catalog) -> impl IntoView {
    let filter = UrlFilter::provide_for_page();
    let state = filter.state;
    let result =
        Memo::new(move |_| state.with(|state| run_query(&catalog.dataset, &catalog.index, state)));
    let search_terms = Broadcast::new(filter.terms);
    let query_suffix = Broadcast::new(filter.suffix);
    let count = Memo::new(move |_| result.with(|r| r.hits.len()));
    let shown = Memo::new(move |_| result.with(|r| r.hits.iter().map(|hit| hit.event).collect()));
    let matching = Memo::new(move |_| {
        result.with(|r| {
            let mut matching = vec![false; catalog.dataset.events.len()];
            for hit in &r.hits {
                matching[hit.event] = true;
            }
            matching
        })
    });
    let empty = Memo::new(move |_| count.get() == 0);
    // How many of the matching events the list shows: a page at a time, so a timeline of
    // thousands stays quick to filter; a change of filters starts again at one page.
    let listed = RwSignal::new(LIST_PAGE);
    Effect::new(move |previous: Option<()>| {
        state.track();
        if previous.is_some() {
            listed.set(LIST_PAGE);
        }
    });
    // Years in list order, each with its events in list order.
    let years = Memo::new(move |_| {
        let listed = listed.get();
        result.with(|r| {
            let mut years: Vec<(u16, Vec<usize>)> = Vec::new();
            for hit in r.hits.iter().take(listed) {
                let year = catalog.dataset.events[hit.event].date.when.year();
                match years.last_mut() {
                    Some((last, events)) if *last == year => events.push(hit.event),
                    _ => years.push((year, vec![hit.event])),
                }
            }
            years
        })
    });

    Effect::new(move |_| {
        let filtered = !state.with(|s| s.is_unfiltered());
        PageMeta::home(filtered.then(|| count.get())).apply();
    });

    let years_for_rows = Broadcast::new(years);
    let year_group = move |year: String| {
        let year: u16 = year.parse().unwrap_or_default();
        let events_in_year = Memo::new(move |_| {
            years_for_rows.with(|y| {
                y.iter()
                    .find(|(y, _)| *y == year)
                    .map(|(_, events)| events.iter().map(usize::to_string).collect())
                    .unwrap_or_default()
            })
        });
        let heading_id = format!("year-{year}");
        let labelled_by = heading_id.clone();
        view! {
            <section class="year-group" aria-labelledby=labelled_by>
                <h2 class="year-heading" id=heading_id>{year}</h2>
                <ol class="event-list">
                    {keyed_list(
                        Box::new(move || events_in_year.get()),
                        Arc::new(move |index| {
                            let index: usize = index.parse().unwrap_or_default();
                            view! { <EventCard catalog index terms=search_terms suffix=query_suffix /> }
                                .into_any()
                        }),
                    )}
                </ol>
            </section>
        }
        .into_any()
    };

    view! {
        <div class="timeline-page">
            <PageHeading>"Birmingham Independent Improvement Panel: a timeline"</PageHeading>
            <p class="lede">
                "From the Kerslake Review of 2014 to the panel standing down: what happened, "
                "who was involved and what the documents said."
            </p>
            <IgnoredNotice />
            <div class="timeline-layout">
                <FilterPanel result />
                <section class="results" aria-labelledby="results-count">
                    <div class="results-bar">
                        <p class="results-count" id="results-count" data-testid="result-count">
                            {move || events_phrase(count.get())}
                        </p>
                        <SortControl />
                        <EmbedControl event=None />
                    </div>
                    <ActiveFilters catalog />
                    <TimelineAxis catalog matching suffix=filter.suffix />
                    <SettledStatus message=Signal::derive(move || events_phrase(count.get())) />
                    {move || empty.get().then(|| view! { <NoResults catalog /> })}
                    <div class="year-groups" id=RESULTS_LIST_ID tabindex="-1" data-testid="results">
                        {keyed_list(
                            Box::new(move || {
                                years.with(|y| y.iter().map(|(year, _)| year.to_string()).collect())
                            }),
                            Arc::new(year_group),
                        )}
                    </div>
                    {move || {
                        let (shown, total) = (listed.get().min(count.get()), count.get());
                        (shown < total).then(|| {
                            let more = LIST_PAGE.min(total - shown);
                            view! {
                                <p class="list-more">
                                    <button type="button" class="button" on:click=move |_| listed.update(|n| *n += LIST_PAGE)>
                                        {format!("Show {more} more")}
                                    </button>
                                    " "
                                    <span>{format!("{shown} of {total} shown")}</span>
                                </p>
                            }
                        })
                    }}
                    <DownloadView catalog shown />
                </section>
            </div>
        </div>
    }
}

#[component]
fn SortControl() -> impl IntoView {
    let filter = UrlFilter::use_context();
    let newest = move || filter.state.with(|s| s.sort == SortOrder::NewestFirst);
    let on_change = move |event: leptos::ev::Event| {
        let sort = match event_target_value(&event).as_str() {
            "newest" => SortOrder::NewestFirst,
            _ => SortOrder::OldestFirst,
        };
        filter.update(History::Push, move |state| state.sort = sort);
    };
    view! {
        <div class="sort-control">
            <label for="sort">"Order"</label>
            <select id="sort" on:change=on_change>
                <option value="oldest" prop:selected=move || !newest()>
                    "Oldest first"
                </option>
                <option value="newest" prop:selected=newest>
                    "Newest first"
                </option>
            </select>
        </div>
    }
}
