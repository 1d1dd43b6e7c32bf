//! The timeline page (`/`): the filter panel and the matching events grouped by year, in the
//! order the URL asks for, with a count, removable filter chips and an announced status.

use crate::catalog::Catalog;
use crate::components::active_filters::{active_filters, no_results};
use crate::components::embed::embed_control;
use crate::components::event_card::event_card;
use crate::components::filter_panel::FilterPanel;
use crate::components::ignored_notice::ignored_notice;
use crate::components::keyed_list::keyed_list;
use crate::components::page_heading::PageHeading;
use crate::components::status::SettledStatus;
use crate::page_meta::set_page_meta;
use crate::url_filter::{History, UrlFilter};
use biip_core::filter::SortOrder;
use biip_core::query::run_query;
use leptos::prelude::*;
use std::sync::Arc;

const DESCRIPTION: &str = "What happened when while the Birmingham Independent Improvement \
    Panel oversaw Birmingham City Council, 2014 to 2019: events, people, quotes and documents, \
    each with its source.";

#[component]
pub fn TimelinePage(catalog: &'static Catalog) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let state = filter.state;
    let result =
        Memo::new(move |_| state.with(|state| run_query(&catalog.dataset, &catalog.index, state)));
    let search_terms = filter.terms;
    let query_suffix = filter.suffix;
    let count = move || result.with(|r| r.hits.len());
    let empty = Memo::new(move |_| count() == 0);
    // Years in list order, each with its events in list order.
    let years = Memo::new(move |_| {
        result.with(|r| {
            let mut years: Vec<(u16, Vec<usize>)> = Vec::new();
            for hit in &r.hits {
                let year = catalog.dataset.events[hit.event].date.date.year;
                match years.last_mut() {
                    Some((last, events)) if *last == year => events.push(hit.event),
                    _ => years.push((year, vec![hit.event])),
                }
            }
            years
        })
    });

    Effect::new(move |_| {
        let title = if state.with(|s| s.is_unfiltered()) {
            None
        } else {
            Some(format!("{} (filtered)", events_phrase(count())))
        };
        set_page_meta(title.as_deref(), DESCRIPTION);
    });

    view! {
        <div class="timeline-page">
            <PageHeading>"Birmingham Independent Improvement Panel: a timeline"</PageHeading>
            <p class="lede">
                "From the Kerslake Review of 2014 to the panel standing down: what happened, "
                "who was involved and what the documents said."
            </p>
            {ignored_notice()}
            <div class="timeline-layout">
                <FilterPanel result />
                <section class="results" aria-labelledby="results-count">
                    <div class="results-bar">
                        <p class="results-count" id="results-count" data-testid="result-count">
                            {move || events_phrase(count())}
                        </p>
                        <SortControl />
                        {embed_control(None)}
                    </div>
                    {active_filters(catalog)}
                    <SettledStatus message=Signal::derive(move || events_phrase(count())) />
                    {move || empty.get().then(|| no_results(catalog))}
                    <div class="year-groups" data-testid="results">
                        {keyed_list(
                            Box::new(move || years.with(|y| y.iter().map(|(year, _)| year.to_string()).collect())),
                            Arc::new(move |year| {
                                let year: u16 = year.parse().unwrap_or_default();
                                let events_in_year = Memo::new(move |_| {
                                    years.with(|y| {
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
                                                    event_card(catalog, index, search_terms, query_suffix)
                                                }),
                                            )}
                                        </ol>
                                    </section>
                                }.into_any()
                            }),
                        )}
                    </div>
                </section>
            </div>
        </div>
    }
}

fn events_phrase(count: usize) -> String {
    match count {
        1 => "1 event".to_string(),
        n => format!("{n} events"),
    }
}

#[component]
fn SortControl() -> impl IntoView {
    let filter = UrlFilter::use_context();
    let current = move || match filter.state.with(|s| s.sort) {
        SortOrder::OldestFirst => "oldest",
        SortOrder::NewestFirst => "newest",
    };
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
                <option value="oldest" prop:selected=move || current() == "oldest">
                    "Oldest first"
                </option>
                <option value="newest" prop:selected=move || current() == "newest">
                    "Newest first"
                </option>
            </select>
        </div>
    }
}
