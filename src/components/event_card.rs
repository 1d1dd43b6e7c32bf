//! One event in the timeline list: date, linked title, summary, kind, topics and people, with
//! the search words marked. The link carries the current filters to the event page.

use crate::broadcast::Broadcast;
use crate::catalog::Catalog;
use crate::components::date_label::DateLabel;
use crate::components::highlighted::Highlighted;
use crate::site_base;
use leptos::prelude::*;

/// The card is drawn once; afterwards only its link (which carries the filters) and its marked
/// search words follow the URL.
#[component]
pub fn EventCard(
    catalog: &'static Catalog,
    index: usize,
    terms: Broadcast<Vec<String>>,
    suffix: Broadcast<String>,
) -> impl IntoView {
    let event = &catalog.dataset.events[index];
    let topics: Vec<String> = event
        .tags
        .iter()
        .map(|id| catalog.facet_value_label(biip_core::filter::Facet::Tag, id))
        .collect();
    let people: Vec<String> = event
        .people
        .iter()
        .map(|id| catalog.person_name(id))
        .collect();
    let id = event.id.as_str();
    let href = move || suffix.with(|suffix| site_base::event_href(id, suffix));
    view! {
        <li class="event-card" data-testid="event" data-event-id=event.id.as_str()>
            <p class="event-date">
                <DateLabel date=&event.date />
            </p>
            <h3 class="event-title">
                <a href=href>
                    <Highlighted text=&event.title terms />
                </a>
            </h3>
            <p class="event-summary">
                <Highlighted text=&event.summary terms />
            </p>
            <dl class="event-facts">
                <Fact term="Kind" value=event.kind.label().to_string() />
                {(!topics.is_empty()).then(|| view! { <Fact term="Topics" value=topics.join(", ") /> })}
                {(!people.is_empty()).then(|| view! { <Fact term="People" value=people.join(", ") /> })}
            </dl>
        </li>
    }
}

#[component]
fn Fact(term: &'static str, value: String) -> impl IntoView {
    view! {
        <div>
            <dt>{term}</dt>
            <dd>{value}</dd>
        </div>
    }
}
