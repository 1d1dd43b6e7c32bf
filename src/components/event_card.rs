//! One event in the timeline list: date, linked title, summary, kind, topics and people, with
//! the search words marked. The link carries the current filters to the event page.

use crate::catalog::Catalog;
use crate::components::date_label::date_label;
use crate::components::highlighted::highlighted;
use crate::dom::{el, static_view, El};
use crate::site_base;
use leptos::prelude::*;

/// The card, rebuilt (as plain DOM) when the search words or the filters change.
pub fn event_card(
    catalog: &'static Catalog,
    index: usize,
    terms: Memo<Vec<String>>,
    query_suffix: Memo<String>,
) -> AnyView {
    view! {
        {move || {
            let terms = terms.get();
            let suffix = query_suffix.get();
            static_view(move || Some(card(catalog, index, &terms, &suffix)))
        }}
    }
    .into_any()
}

fn card(catalog: &'static Catalog, index: usize, terms: &[String], suffix: &str) -> El {
    let event = &catalog.dataset.events[index];
    let topics: Vec<String> = event
        .tags
        .iter()
        .map(|id| {
            catalog
                .dataset
                .tag(id)
                .map_or_else(|| id.clone(), |t| t.label.clone())
        })
        .collect();
    let people: Vec<String> = event
        .people
        .iter()
        .map(|id| catalog.person_name(id))
        .collect();
    let fact = |term: &str, value: &str| {
        el("div")
            .child(el("dt").text(term))
            .child(el("dd").text(value))
    };
    let href = site_base::href(&format!("/events/{}/{}", event.id, suffix));
    el("li")
        .class("event-card")
        .attr("data-testid", "event")
        .attr("data-event-id", &event.id)
        .child(el("p").class("event-date").child(date_label(&event.date)))
        .child(el("h3").class("event-title").child(highlighted(
            el("a").attr("href", &href),
            &event.title,
            terms,
        )))
        .child(highlighted(
            el("p").class("event-summary"),
            &event.summary,
            terms,
        ))
        .child(
            el("dl")
                .class("event-facts")
                .child(fact("Kind", event.kind.label()))
                .maybe((!topics.is_empty()).then(|| fact("Topics", &topics.join(", "))))
                .maybe((!people.is_empty()).then(|| fact("People", &people.join(", ")))),
        )
}
