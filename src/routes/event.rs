//! The event page (`/events/<id>/`): the full text, the date and how it is known, people with
//! their roles at the time, quotes, figures, documents, sources, disagreements and neighbours.

use crate::catalog::Catalog;
use crate::components::copy_link::CopyLink;
use crate::components::date_label::DateLabel;
use crate::components::highlighted::Highlighted;
use crate::components::ignored_notice::IgnoredNotice;
use crate::components::page_heading::PageHeading;
use crate::page_meta::set_page_meta;
use crate::routes::not_found::NotFound;
use crate::site_base;
use crate::url_filter::{History, UrlFilter};
use biip_core::date::DatePrecision;
use biip_core::filter::FilterState;
use biip_core::model::{Disagreement, Event, EventLookup};
use biip_core::query::{related_events, run_query};
use biip_core::text::terms;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_url};

const RELATED_LIMIT: usize = 5;

#[component]
pub fn EventPage(catalog: &'static Catalog) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let params = use_params_map();
    // This route's own URL, not the router's location: the router keeps updating its location
    // when the reader leaves (back to the timeline, say) while this page is still on screen, but
    // stops updating a route's URL once another route matches. Reading the location here made
    // this page see `/` as a non-canonical event address and replace it with its own address,
    // so going back never left the event page.
    let route_url = use_url();
    let requested = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let lookup = Memo::new(move |_| requested.with(|id| catalog.dataset.find_event(id)));

    // Former ids and slash-less addresses move to the canonical address, without a history entry.
    Effect::new(move |_| {
        let Some(found) = lookup.get() else { return };
        let event = &catalog.dataset.events[found.index()];
        let canonical = format!("/events/{}/", event.id);
        let at_canonical =
            route_url.with(|url| site_base::app_path(url.path()) == Some(canonical.as_str()));
        if matches!(found, EventLookup::Alias(_)) || !at_canonical {
            filter.go_to(&canonical, History::Replace);
        }
    });

    view! {
        {move || match lookup.get() {
            Some(found) => view! { <EventDetail catalog index=found.index() /> }.into_any(),
            None => {
                let wanted = requested.get_untracked();
                view! { <NotFound catalog wanted kind_of_thing="event" /> }.into_any()
            }
        }}
    }
}

#[component]
fn EventDetail(catalog: &'static Catalog, index: usize) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let event = &catalog.dataset.events[index];
    set_page_meta(Some(&event.title), &event.summary);
    let search_terms = Memo::new(move |_| filter.state.with(|s| terms(&s.text)));
    let query_suffix = Memo::new(move |_| filter.query_suffix());

    view! {
        <article class="event-page" data-testid="event-page">
            <p class="back-link">
                <a href=move || site_base::href(&format!("/{}", query_suffix.get()))>"← Back to the timeline"</a>
            </p>
            <IgnoredNotice />
            <header class="event-header">
                <p class="event-date">
                    <DateLabel date=&event.date />
                    <span class="event-kind">{event.kind.label()}</span>
                </p>
                <PageHeading>{event.title.clone()}</PageHeading>
                <p class="lede">{event.summary.clone()}</p>
                <CopyLink />
            </header>
            <div class="event-columns">
                <div class="event-main">
                    <section aria-labelledby="what-happened">
                        <h2 id="what-happened">"What happened"</h2>
                        {event
                            .body
                            .iter()
                            .map(|paragraph| {
                                view! {
                                    <p>
                                        <Highlighted text=paragraph.as_str() terms=search_terms />
                                    </p>
                                }
                            })
                            .collect_view()}
                    </section>
                    <Quotes catalog event />
                    <Disagreements catalog event />
                    <Sources catalog event />
                </div>
                <div class="event-aside">
                    <WhenSection event />
                    <PeopleSection catalog event />
                    <Organisations catalog event />
                    <Figures event />
                    <Documents catalog event />
                    <Topics catalog event />
                </div>
            </div>
            <Related catalog index query_suffix />
            <Neighbours catalog index query_suffix />
        </article>
    }
}

#[component]
fn WhenSection(event: &'static Event) -> impl IntoView {
    let precision = match event.date.precision {
        DatePrecision::Day => "Known to the day.",
        DatePrecision::Month => "Known to the month; the sources do not give the day.",
        DatePrecision::Year => "Known to the year only.",
        DatePrecision::Approximate => {
            "Approximate: the sources do not state it, so it is inferred."
        }
    };
    view! {
        <section aria-labelledby="when" class="facts">
            <h2 id="when">"When"</h2>
            <p class="when-date">
                <DateLabel date=&event.date />
            </p>
            <p>{precision}</p>
            {event
                .date
                .note
                .as_ref()
                .map(|note| view! { <p>"How it was worked out: " {note.clone()}</p> })}
            {event
                .date
                .source_words
                .as_ref()
                .map(|words| view! { <p>"The source’s words: “" {words.clone()} "”"</p> })}
        </section>
    }
}

#[component]
fn PeopleSection(catalog: &'static Catalog, event: &'static Event) -> impl IntoView {
    if event.people.is_empty() {
        return ().into_any();
    }
    let people = event
        .people
        .iter()
        .map(|id| {
            let person = catalog.dataset.person(id);
            let name = catalog.person_name(id);
            let roles: Vec<String> = person
                .map(|p| {
                    p.roles_at(&event.date.date)
                        .map(|role| {
                            match role
                                .organisation
                                .as_deref()
                                .and_then(|o| catalog.dataset.organisation(o))
                            {
                                Some(org) if !role.title.contains(&org.name) => {
                                    format!("{}, {}", role.title, org.name)
                                }
                                _ => role.title.clone(),
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            let person_link = facet_link("person", id);
            view! {
                <li>
                    <a href=person_link class="person-name">{name}</a>
                    {(!roles.is_empty())
                        .then(|| view! { <span class="person-roles">{roles.join("; ")}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="people" class="facts">
            <h2 id="people">"People"</h2>
            <p class="hint">"With the posts they held at the time."</p>
            <ul class="people-list">{people}</ul>
        </section>
    }
    .into_any()
}

/// A timeline link narrowed to one facet value, e.g. every event with this person.
fn facet_link(key: &str, value: &str) -> String {
    let mut state = FilterState::default();
    if let Some(facet) = biip_core::filter::Facet::from_key(key) {
        state.values_mut(facet).insert(value.to_string());
    }
    site_base::href(&format!("/?{}", biip_core::url_state::encode(&state)))
}

#[component]
fn Organisations(catalog: &'static Catalog, event: &'static Event) -> impl IntoView {
    if event.organisations.is_empty() {
        return ().into_any();
    }
    let items = event
        .organisations
        .iter()
        .map(|id| {
            let name = catalog
                .dataset
                .organisation(id)
                .map_or_else(|| id.clone(), |o| o.name.clone());
            view! {
                <li>
                    <a href=facet_link("org", id)>{name}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="organisations" class="facts">
            <h2 id="organisations">"Organisations"</h2>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}

#[component]
fn Topics(catalog: &'static Catalog, event: &'static Event) -> impl IntoView {
    if event.tags.is_empty() {
        return ().into_any();
    }
    let items = event
        .tags
        .iter()
        .map(|id| {
            let label = catalog
                .dataset
                .tag(id)
                .map_or_else(|| id.clone(), |t| t.label.clone());
            view! {
                <li>
                    <a href=facet_link("tag", id)>{label}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="topics" class="facts">
            <h2 id="topics">"Topics"</h2>
            <ul class="topic-list">{items}</ul>
        </section>
    }
    .into_any()
}

#[component]
fn Quotes(catalog: &'static Catalog, event: &'static Event) -> impl IntoView {
    if event.quotes.is_empty() {
        return ().into_any();
    }
    let quotes = event
        .quotes
        .iter()
        .map(|quote| {
            view! {
                <figure class="quote">
                    <blockquote>
                        <p>{quote.text.clone()}</p>
                    </blockquote>
                    <figcaption>
                        "— " {catalog.person_name(&quote.speaker)} ", quoted in "
                        <cite>{catalog.source_title(&quote.source)}</cite>
                    </figcaption>
                </figure>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="quotes">
            <h2 id="quotes">"In their words"</h2>
            {quotes}
        </section>
    }
    .into_any()
}

#[component]
fn Figures(event: &'static Event) -> impl IntoView {
    if event.figures.is_empty() {
        return ().into_any();
    }
    let items = event
        .figures
        .iter()
        .map(|figure| {
            view! {
                <div>
                    <dt>{figure.label.clone()}</dt>
                    <dd>
                        {figure.source_words.clone()}
                        {figure.approximate.then_some(" (approximate)")}
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="figures" class="facts">
            <h2 id="figures">"Figures"</h2>
            <dl class="figures">{items}</dl>
        </section>
    }
    .into_any()
}

#[component]
fn Documents(catalog: &'static Catalog, event: &'static Event) -> impl IntoView {
    if event.documents.is_empty() {
        return ().into_any();
    }
    let items = event
        .documents
        .iter()
        .filter_map(|id| catalog.dataset.document(id))
        .map(|document| {
            let mut details = vec![document.kind.label().to_string()];
            if let Some(format) = &document.format {
                details.push(format.clone());
            }
            if let Some(size) = document.size_kb {
                details.push(format!("{size} KB"));
            }
            if let Some(date) = &document.date {
                details.push(date.human());
            }
            view! {
                <li>
                    <span class="document-title">{document.title.clone()}</span>
                    <span class="document-details">{details.join(" · ")}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="documents" class="facts">
            <h2 id="documents">"Documents"</h2>
            <ul class="document-list">{items}</ul>
        </section>
    }
    .into_any()
}

#[component]
fn Sources(catalog: &'static Catalog, event: &'static Event) -> impl IntoView {
    let items = event
        .citations
        .iter()
        .map(|citation| {
            let source = catalog.dataset.source(&citation.source);
            let headline = catalog.source_title(&citation.source);
            let publisher = source.map(|s| s.publisher.clone());
            view! {
                <li class="citation">
                    <p>
                        <cite>{headline}</cite>
                        {publisher.map(|p| format!(" — {p}"))}
                        <span class="source-file">" (file " <code>{citation.source.clone()}</code> ")"</span>
                    </p>
                    {citation
                        .excerpt
                        .as_ref()
                        .map(|excerpt| view! { <blockquote class="excerpt"><p>{excerpt.clone()}</p></blockquote> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="sources">
            <h2 id="sources">"Sources"</h2>
            <ul class="citations">{items}</ul>
        </section>
    }
}

/// Where sources differ about this event, or about a person in it (a name, a title).
#[component]
fn Disagreements(catalog: &'static Catalog, event: &'static Event) -> impl IntoView {
    let about_people = event
        .people
        .iter()
        .filter_map(|id| catalog.dataset.person(id))
        .flat_map(|person| {
            person
                .disagreements
                .iter()
                .map(move |d| (format!("{}’s {}", person.name, d.about), d))
        });
    let all: Vec<(String, &'static Disagreement)> = event
        .disagreements
        .iter()
        .map(|d| (d.about.clone(), d))
        .chain(about_people)
        .collect();
    if all.is_empty() {
        return ().into_any();
    }
    let items = all
        .into_iter()
        .map(|(about, disagreement)| {
            let readings = disagreement
                .readings
                .iter()
                .map(|r| format!("{} says “{}”", catalog.source_title(&r.source), r.says))
                .collect::<Vec<_>>()
                .join("; ");
            view! {
                <li>
                    <p>{format!("Sources disagree about {about}: {readings}.")}</p>
                    {disagreement.note.as_ref().map(|note| view! { <p class="hint">{note.clone()}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="disagreements" class="disagreements">
            <h2 id="disagreements">"Where the sources disagree"</h2>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}

#[component]
fn Related(catalog: &'static Catalog, index: usize, query_suffix: Memo<String>) -> impl IntoView {
    let related = related_events(&catalog.dataset, index, RELATED_LIMIT);
    if related.is_empty() {
        return ().into_any();
    }
    let items = related
        .into_iter()
        .map(|other| {
            let event = &catalog.dataset.events[other];
            view! {
                <li>
                    <DateLabel date=&event.date />
                    " "
                    <a href=move || {
                        site_base::href(&format!("/events/{}/{}", event.id, query_suffix.get()))
                    }>{event.title.clone()}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="related" class="related">
            <h2 id="related">"Related events"</h2>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}

/// Previous and next events in the list the reader came from (the current filters and order);
/// when this event is not in that list, in the whole timeline.
#[component]
fn Neighbours(
    catalog: &'static Catalog,
    index: usize,
    query_suffix: Memo<String>,
) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let neighbours = Memo::new(move |_| {
        filter.state.with(|state| {
            let in_list = neighbours_in(catalog, state, index);
            in_list.or_else(|| {
                let whole = FilterState {
                    sort: state.sort,
                    ..FilterState::default()
                };
                neighbours_in(catalog, &whole, index)
            })
        })
    });
    let link = move |target: Option<usize>, rel: &'static str, label: &'static str| {
        target.map(|other| {
            let event = &catalog.dataset.events[other];
            let href = site_base::href(&format!("/events/{}/{}", event.id, query_suffix.get()));
            view! {
                <a href=href rel=rel class=format!("neighbour neighbour-{rel}")>
                    <span class="neighbour-label">{label}</span>
                    <span class="neighbour-title">{event.title.clone()}</span>
                </a>
            }
        })
    };
    view! {
        <nav class="neighbours" aria-label="Previous and next event">
            {move || {
                let (previous, next) = neighbours.get().unwrap_or((None, None));
                view! {
                    {link(previous, "prev", "Previous")}
                    {link(next, "next", "Next")}
                }
            }}
        </nav>
    }
}

fn neighbours_in(
    catalog: &Catalog,
    state: &FilterState,
    index: usize,
) -> Option<(Option<usize>, Option<usize>)> {
    let hits = run_query(&catalog.dataset, &catalog.index, state).hits;
    let position = hits.iter().position(|hit| hit.event == index)?;
    let previous = position.checked_sub(1).map(|p| hits[p].event);
    let next = hits.get(position + 1).map(|hit| hit.event);
    Some((previous, next))
}
