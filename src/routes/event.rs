//! The event page (`/events/<id>/`): the full text, the date and how it is known, people with
//! their roles at the time, quotes, figures, documents, sources, disagreements and neighbours.

use crate::catalog::Catalog;
use crate::components::copy_link::CopyLink;
use crate::components::date_label::date_label;
use crate::components::embed::embed_control;
use crate::components::highlighted::highlighted;
use crate::components::ignored_notice::ignored_notice;
use crate::components::page_heading::PageHeading;
use crate::dom::{el, static_view, El};
use crate::page_meta::set_page_meta;
use crate::routes::not_found::NotFound;
use crate::site_base;
use crate::url_filter::{History, UrlFilter};
use biip_core::date::DatePrecision;
use biip_core::filter::{Facet, FilterState};
use biip_core::model::{Disagreement, Event, EventLookup};
use biip_core::query::{related_events, run_query};
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
    let search_terms = filter.terms;
    let query_suffix = filter.suffix;
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

    view! {
        <article class="event-page" data-testid="event-page">
            <p class="back-link">
                <a href=move || {
                    site_base::href(&format!("/{}", query_suffix.get()))
                }>"← Back to the timeline"</a>
            </p>
            {ignored_notice()}
            <header class="event-header">
                {static_view(move || {
                    Some(
                        el("p")
                            .class("event-date")
                            .child(date_label(&event.date))
                            .child(el("span").class("event-kind").text(event.kind.label())),
                    )
                })}
                <PageHeading>{event.title.clone()}</PageHeading>
                {static_view(move || Some(el("p").class("lede").text(&event.summary)))}
                <CopyLink />
                {embed_control(Some(&event.id))}
            </header>
            <div class="event-columns">
                <div class="event-main">
                    {move || {
                        let terms = search_terms.get();
                        static_view(move || {
                            Some(section("what-happened", None, "What happened").children(
                                event
                                    .body
                                    .iter()
                                    .map(|text| highlighted(el("p"), text, &terms))
                                    .collect(),
                            ))
                        })
                    }}
                    {static_view(move || quotes(catalog, event))}
                    {static_view(move || disagreements(catalog, event))}
                    {static_view(move || Some(sources(catalog, event)))}
                </div>
                {static_view(move || Some(aside(catalog, event, filter)))}
            </div>
            {move || {
                let suffix = query_suffix.get();
                let related = related_events(&catalog.dataset, index, RELATED_LIMIT);
                static_view(move || {
                    (!related.is_empty())
                        .then(|| {
                            section("related", Some("related"), "Related events")
                                .child(event_links(catalog, &related, &suffix))
                        })
                })
            }}
            {move || {
                let (previous, next) = neighbours.get().unwrap_or((None, None));
                let suffix = query_suffix.get();
                static_view(move || {
                    let link = |target: Option<usize>, rel: &str, label: &str| {
                        target
                            .map(|other| {
                                let event = &catalog.dataset.events[other];
                                el("a")
                                    .attr("href", &event_href(event, &suffix))
                                    .attr("rel", rel)
                                    .class(&format!("neighbour neighbour-{rel}"))
                                    .child(el("span").class("neighbour-label").text(label))
                                    .child(el("span").class("neighbour-title").text(&event.title))
                            })
                    };
                    Some(
                        el("nav")
                            .class("neighbours")
                            .attr("aria-label", "Previous and next event")
                            .maybe(link(previous, "prev", "Previous"))
                            .maybe(link(next, "next", "Next")),
                    )
                })
            }}
        </article>
    }
}

/// A page section labelled by its `h2`, e.g. `<section aria-labelledby="when">`.
fn section(id: &str, class: Option<&str>, heading: &str) -> El {
    let section = el("section").attr("aria-labelledby", id);
    let section = match class {
        Some(class) => section.class(class),
        None => section,
    };
    section.child(el("h2").attr("id", id).text(heading))
}

fn paragraph(text: &str) -> El {
    el("p").text(text)
}

/// The link to an event's page, carrying the reader's filters (`suffix`, `?…` or empty).
fn event_href(event: &Event, suffix: &str) -> String {
    site_base::href(&format!("/events/{}/{}", event.id, suffix))
}

/// `<ul>` of dated links to events, for related events and not-found suggestions.
pub fn event_links(catalog: &'static Catalog, events: &[usize], suffix: &str) -> El {
    el("ul").children(
        events
            .iter()
            .map(|&index| {
                let event = &catalog.dataset.events[index];
                el("li").child(date_label(&event.date)).text(" ").child(
                    el("a")
                        .attr("href", &event_href(event, suffix))
                        .text(&event.title),
                )
            })
            .collect(),
    )
}

/// The facts beside the text: when, people, organisations, figures, documents, topics.
fn aside(catalog: &'static Catalog, event: &'static Event, filter: UrlFilter) -> El {
    // Each organisation or topic links to the timeline narrowed to it.
    let facet_links = |facet: Facet, ids: &[String]| -> Vec<(String, String)> {
        ids.iter()
            .map(|id| {
                let label = catalog.facet_value_label(facet, id);
                (facet_link(filter, facet, id), label)
            })
            .collect()
    };
    let sections = [
        Some(when_section(event)),
        people_section(catalog, event, filter),
        link_section(
            "organisations",
            "Organisations",
            None,
            facet_links(Facet::Organisation, &event.organisations),
        ),
        figures(event),
        documents(catalog, event),
        link_section(
            "topics",
            "Topics",
            Some("topic-list"),
            facet_links(Facet::Tag, &event.tags),
        ),
    ];
    el("div")
        .class("event-aside")
        .children(sections.into_iter().flatten().collect())
}

fn when_section(event: &'static Event) -> El {
    let precision = match event.date.precision {
        DatePrecision::Day => "Known to the day.",
        DatePrecision::Month => "Known to the month; the sources do not give the day.",
        DatePrecision::Year => "Known to the year only.",
        DatePrecision::Approximate => {
            "Approximate: the sources do not state it, so it is inferred."
        }
    };
    section("when", Some("facts"), "When")
        .child(el("p").class("when-date").child(date_label(&event.date)))
        .child(paragraph(precision))
        .maybe(
            event
                .date
                .note
                .as_ref()
                .map(|note| paragraph(&format!("How it was worked out: {note}"))),
        )
        .maybe(
            event
                .date
                .source_words
                .as_ref()
                .map(|words| paragraph(&format!("The source’s words: “{words}”"))),
        )
}

fn people_section(
    catalog: &'static Catalog,
    event: &'static Event,
    filter: UrlFilter,
) -> Option<El> {
    if event.people.is_empty() {
        return None;
    }
    let people = event
        .people
        .iter()
        .map(|id| {
            let person = catalog.dataset.person(id);
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
            el("li")
                .child(
                    el("a")
                        .attr("href", &facet_link(filter, Facet::Person, id))
                        .class("person-name")
                        .text(&catalog.person_name(id)),
                )
                .maybe(
                    (!roles.is_empty())
                        .then(|| el("span").class("person-roles").text(&roles.join("; "))),
                )
        })
        .collect();
    Some(
        section("people", Some("facts"), "People")
            .child(
                el("p")
                    .class("hint")
                    .text("With the posts they held at the time."),
            )
            .child(el("ul").class("people-list").children(people)),
    )
}

/// A timeline link narrowed to one facet value, e.g. every event with this person.
fn facet_link(filter: UrlFilter, facet: Facet, value: &str) -> String {
    let mut state = FilterState::default();
    state.values_mut(facet).insert(value.to_string());
    filter.timeline_href(&state)
}

/// A section listing links, `(href, text)`; nothing when there are none.
fn link_section(
    id: &str,
    heading: &str,
    list_class: Option<&str>,
    links: Vec<(String, String)>,
) -> Option<El> {
    if links.is_empty() {
        return None;
    }
    let list = el("ul");
    let list = match list_class {
        Some(class) => list.class(class),
        None => list,
    };
    let items = links
        .iter()
        .map(|(href, text)| el("li").child(el("a").attr("href", href).text(text)))
        .collect();
    Some(section(id, Some("facts"), heading).child(list.children(items)))
}

fn quotes(catalog: &'static Catalog, event: &'static Event) -> Option<El> {
    if event.quotes.is_empty() {
        return None;
    }
    let quotes = event
        .quotes
        .iter()
        .map(|quote| {
            el("figure")
                .class("quote")
                .child(el("blockquote").child(paragraph(&quote.text)))
                .child(
                    el("figcaption")
                        .text("— ")
                        .text(&catalog.person_name(&quote.speaker))
                        .text(", quoted in ")
                        .child(el("cite").text(&catalog.source_title(&quote.source))),
                )
        })
        .collect();
    Some(section("quotes", None, "In their words").children(quotes))
}

fn figures(event: &'static Event) -> Option<El> {
    if event.figures.is_empty() {
        return None;
    }
    let items = event
        .figures
        .iter()
        .map(|figure| {
            let dd = el("dd").text(&figure.source_words);
            let dd = if figure.approximate {
                dd.text(" (approximate)")
            } else {
                dd
            };
            el("div").child(el("dt").text(&figure.label)).child(dd)
        })
        .collect();
    Some(
        section("figures", Some("facts"), "Figures")
            .child(el("dl").class("figures").children(items)),
    )
}

fn documents(catalog: &'static Catalog, event: &'static Event) -> Option<El> {
    if event.documents.is_empty() {
        return None;
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
            el("li")
                .child(el("span").class("document-title").text(&document.title))
                .child(
                    el("span")
                        .class("document-details")
                        .text(&details.join(" · ")),
                )
        })
        .collect();
    Some(
        section("documents", Some("facts"), "Documents")
            .child(el("ul").class("document-list").children(items)),
    )
}

fn sources(catalog: &'static Catalog, event: &'static Event) -> El {
    let items = event
        .citations
        .iter()
        .map(|citation| {
            let publisher = catalog
                .dataset
                .source(&citation.source)
                .map(|s| format!(" — {}", s.publisher));
            let line = el("p").child(el("cite").text(&catalog.source_title(&citation.source)));
            let line = match publisher {
                Some(publisher) => line.text(&publisher),
                None => line,
            };
            el("li")
                .class("citation")
                .child(
                    line.child(
                        el("span")
                            .class("source-file")
                            .text(" (file ")
                            .child(el("code").text(&citation.source))
                            .text(")"),
                    ),
                )
                .maybe(
                    citation
                        .excerpt
                        .as_ref()
                        .map(|excerpt| el("blockquote").class("excerpt").child(paragraph(excerpt))),
                )
        })
        .collect();
    section("sources", None, "Sources").child(el("ul").class("citations").children(items))
}

/// Where sources differ about this event, or about a person in it (a name, a title).
fn disagreements(catalog: &'static Catalog, event: &'static Event) -> Option<El> {
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
        return None;
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
            el("li")
                .child(paragraph(&format!(
                    "Sources disagree about {about}: {readings}."
                )))
                .maybe(
                    disagreement
                        .note
                        .as_ref()
                        .map(|note| el("p").class("hint").text(note)),
                )
        })
        .collect();
    Some(
        section(
            "disagreements",
            Some("disagreements"),
            "Where the sources disagree",
        )
        .child(el("ul").children(items)),
    )
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
