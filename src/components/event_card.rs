//! One event in the timeline list: date, linked title, summary, kind, topics and people, with
//! the search words marked. The link carries the current filters to the event page.

use crate::catalog::Catalog;
use crate::components::date_label::date_label;
use crate::components::highlighted::bind_highlighted;
use crate::dom::{bind, el, static_view, El};
use crate::site_base;
use leptos::prelude::*;

/// The card, built once as plain DOM; afterwards only its link (which carries the filters)
/// and its marked search words follow the URL.
pub fn event_card(
    catalog: &'static Catalog,
    index: usize,
    terms: Memo<Vec<String>>,
    query_suffix: Memo<String>,
) -> AnyView {
    static_view(move || Some(card(catalog, index, terms, query_suffix)))
}

fn card(
    catalog: &'static Catalog,
    index: usize,
    terms: Memo<Vec<String>>,
    query_suffix: Memo<String>,
) -> El {
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
    let link = el("a");
    let anchor = link.node();
    let title = el("h3").class("event-title").child(link);
    let summary = el("p").class("event-summary");
    let path = format!("/events/{}/", event.id);
    let href_anchor = anchor.clone();
    bind(move || {
        let href = query_suffix.with(|suffix| site_base::href(&format!("{path}{suffix}")));
        let _ = href_anchor.set_attribute("href", &href);
    });
    bind_highlighted(anchor, &event.title, terms);
    bind_highlighted(summary.node(), &event.summary, terms);
    el("li")
        .class("event-card")
        .attr("data-testid", "event")
        .attr("data-event-id", &event.id)
        .child(el("p").class("event-date").child(date_label(&event.date)))
        .child(title)
        .child(summary)
        .child(
            el("dl")
                .class("event-facts")
                .child(fact("Kind", event.kind.label()))
                .maybe((!topics.is_empty()).then(|| fact("Topics", &topics.join(", "))))
                .maybe((!people.is_empty()).then(|| fact("People", &people.join(", ")))),
        )
}
