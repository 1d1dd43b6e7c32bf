//! One event in the timeline list: date, linked title, summary, kind, topics and people, with
//! the search words marked. The link carries the current filters to the event page.

use crate::catalog::Catalog;
use crate::components::date_label::DateLabel;
use crate::components::highlighted::Highlighted;
use crate::site_base;
use leptos::prelude::*;

#[component]
pub fn EventCard(
    catalog: &'static Catalog,
    index: usize,
    terms: Memo<Vec<String>>,
    query_suffix: Memo<String>,
) -> impl IntoView {
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
    view! {
        <li class="event-card" data-testid="event" data-event-id=event.id.clone()>
            <p class="event-date">
                <DateLabel date=&event.date />
            </p>
            <h3 class="event-title">
                <a href=move || {
                    site_base::href(&format!("/events/{}/{}", event.id, query_suffix.get()))
                }>
                    <Highlighted text=event.title.as_str() terms />
                </a>
            </h3>
            <p class="event-summary">
                <Highlighted text=event.summary.as_str() terms />
            </p>
            <dl class="event-facts">
                <div>
                    <dt>"Kind"</dt>
                    <dd>{event.kind.label()}</dd>
                </div>
                {(!topics.is_empty())
                    .then(|| {
                        view! {
                            <div>
                                <dt>"Topics"</dt>
                                <dd>{topics.join(", ")}</dd>
                            </div>
                        }
                    })}
                {(!people.is_empty())
                    .then(|| {
                        view! {
                            <div>
                                <dt>"People"</dt>
                                <dd>{people.join(", ")}</dd>
                            </div>
                        }
                    })}
            </dl>
        </li>
    }
}
