//! The event page (`/events/<id>/`): the full text, the date and how it is known, people with
//! their roles at the time, quotes, figures, documents, sources, disagreements and neighbours.

use crate::broadcast::Broadcast;
use crate::catalog::Catalog;
use crate::components::axis::EventOnAxis;
use crate::components::copy_link::CopyLink;
use crate::components::date_label::DateLabel;
use crate::components::embed::EmbedControl;
use crate::components::event_record::EventRecord;
use crate::components::highlighted::Highlighted;
use crate::components::ignored_notice::IgnoredNotice;
use crate::components::in_post::InPost;
use crate::components::page_heading::PageHeading;
use crate::components::quote::QuoteFigure;
use crate::page_meta::PageMeta;
use crate::routes::not_found::{NotFound, Wanted};
use crate::site_base;
use crate::url_filter::{History, UrlFilter};
use biip_core::filter::{Facet, FilterState};
use biip_core::model::{Disagreement, Event, EventLookup};
use biip_core::query::{related_events, run_query};
use biip_core::site::{document_path, event_path, organisation_path, person_path, source_path};
use biip_core::source_text::Cited;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_url};

const RELATED_LIMIT: usize = 5;

#[component]
pub fn EventPage(catalog: &'static Catalog) -> impl IntoView {
    let filter = UrlFilter::provide_for_page();
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
        let canonical = event_path(&catalog.dataset.events[found.index()].id);
        let at_canonical =
            route_url.with(|url| site_base::app_path(url.path()) == Some(canonical.as_str()));
        if matches!(found, EventLookup::Alias(_)) || !at_canonical {
            filter.go_to(&canonical, History::Replace);
        }
    });

    move || match lookup.get() {
        Some(found) => view! { <EventDetail catalog index=found.index() /> }.into_any(),
        None => {
            let wanted = requested.get_untracked();
            view! { <NotFound catalog wanted kind=Wanted::Event /> }.into_any()
        }
    }
}

#[component]
fn EventDetail(catalog: &'static Catalog, index: usize) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let event = &catalog.dataset.events[index];
    Effect::new(move |_| PageMeta::event(&event.title, &event.summary).apply());
    let terms = Broadcast::new(filter.terms);
    let suffix = filter.suffix;
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
    let related = related_events(&catalog.dataset, index, RELATED_LIMIT);
    let neighbour = move |rel: &'static str, label: &'static str| {
        move || {
            let (previous, next) = neighbours.get().unwrap_or((None, None));
            let target = if rel == "prev" { previous } else { next };
            target.map(|other| {
                let other = &catalog.dataset.events[other];
                view! {
                    <a
                        href=event_href(other, &suffix.get())
                        rel=rel
                        class=format!("neighbour neighbour-{rel}")
                    >
                        <span class="neighbour-label">{label}</span>
                        <span class="neighbour-title">{other.title.as_str()}</span>
                    </a>
                }
            })
        }
    };

    view! {
        <article class="event-page" data-testid="event-page">
            <p class="back-link">
                <a href=move || {
                    site_base::href(&format!("/{}", suffix.get()))
                }>"← Back to the timeline"</a>
            </p>
            <IgnoredNotice />
            <header class="event-header">
                <p class="event-date">
                    <DateLabel date=&event.date />
                    <span class="event-kind">{event.kind.label()}</span>
                </p>
                <PageHeading>{event.title.as_str()}</PageHeading>
                <p class="lede">{event.summary.as_str()}</p>
                <EventOnAxis catalog index />
                <CopyLink />
                <EmbedControl event=Some(event.id.as_str()) />
            </header>
            <div class="event-columns">
                <div class="event-main">
                    <Section id="what-happened" heading="What happened">
                        {event
                            .body
                            .iter()
                            .map(|text| view! { <p><Highlighted text=text.as_str() terms /></p> })
                            .collect_view()}
                    </Section>
                    <Quotes catalog event index />
                    <Disagreements catalog event />
                    <Sources catalog event index />
                    <EventRecord event />
                </div>
                <Aside catalog event filter />
            </div>
            {(!related.is_empty()).then(|| view! {
                <Section id="related" class="related" heading="Related events">
                    <EventLinks catalog events=related.clone() suffix />
                </Section>
            })}
            <nav class="neighbours" aria-label="Previous and next event">
                {neighbour("prev", "Previous")}
                {neighbour("next", "Next")}
            </nav>
        </article>
    }
}

/// A page section labelled by its `h2`, e.g. `<section aria-labelledby="when">`.
#[component]
pub fn Section(
    id: &'static str,
    #[prop(optional)] class: Option<&'static str>,
    heading: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <section aria-labelledby=id class=class>
            <h2 id=id>{heading}</h2>
            {children()}
        </section>
    }
}

/// The link to an event's page, carrying the reader's filters (`suffix`, `?…` or empty).
fn event_href(event: &Event, suffix: &str) -> String {
    site_base::event_href(&event.id, suffix)
}

/// `<ul>` of dated links to events, for related events and not-found suggestions.
#[component]
pub fn EventLinks(
    catalog: &'static Catalog,
    events: Vec<usize>,
    suffix: Memo<String>,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    view! {
        <ul class=class>
            {events
                .into_iter()
                .map(|index| {
                    let event = &catalog.dataset.events[index];
                    view! {
                        <li>
                            <DateLabel date=&event.date />
                            " "
                            <a href=move || event_href(event, &suffix.get())>{event.title.as_str()}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The facts beside the text: when, people, organisations, figures, documents, topics.
#[component]
fn Aside(catalog: &'static Catalog, event: &'static Event, filter: UrlFilter) -> impl IntoView {
    // Each topic links to the timeline narrowed to it.
    let facet_links =
        move |facet: Facet, ids: &'static [String]| -> Vec<(Signal<String>, String)> {
            ids.iter()
                .map(|id| {
                    (
                        Signal::stored(filter.facet_href(facet, id)),
                        catalog.facet_value_label(facet, id),
                    )
                })
                .collect()
        };
    view! {
        <div class="event-aside">
            <When event />
            <InPost catalog event filter />
            <People catalog event />
            <LinkSection
                id="organisations"
                heading="Organisations"
                links=event
                    .organisations
                    .iter()
                    .map(|id| {
                        let name = catalog.facet_value_label(Facet::Organisation, id);
                        (Signal::derive(filter.link(organisation_path(id))), name)
                    })
                    .collect()
            />
            <Figures event />
            <Documents catalog event />
            <LinkSection
                id="topics"
                heading="Topics"
                list_class="topic-list"
                links=facet_links(Facet::Tag, &event.tags)
            />
        </div>
    }
}

#[component]
fn When(event: &'static Event) -> impl IntoView {
    let precision = event.date.when.exactness();
    view! {
        <Section id="when" class="facts" heading="When">
            <p class="when-date">
                <DateLabel date=&event.date />
            </p>
            <p>{precision}</p>
            {event
                .date
                .note
                .as_ref()
                .map(|note| view! { <p>{format!("How it was worked out: {note}")}</p> })}
            {event
                .date
                .source_words
                .as_ref()
                .map(|words| view! { <p>{format!("The source’s words: “{words}”")}</p> })}
        </Section>
    }
}

#[component]
fn People(catalog: &'static Catalog, event: &'static Event) -> impl IntoView {
    let filter = UrlFilter::use_context();
    (!event.people.is_empty()).then(|| {
        let people = event
            .people
            .iter()
            .map(|id| {
                let roles = roles_at_the_time(catalog, id, event);
                view! {
                    <li>
                        <a href=filter.link(person_path(id)) class="person-name">
                            {catalog.person_name(id)}
                        </a>
                        {(!roles.is_empty()).then(|| view! { <span class="person-roles">{roles}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <Section id="people" class="facts" heading="People">
                <p class="hint">"With the posts they may have held at the time, and when the sources place them in each."</p>
                <ul class="people-list">{people}</ul>
            </Section>
        }
    })
}

/// The posts person `id` may have held on the event's date, each with when the sources place
/// them in it ("Leader of Birmingham City Council, from December 2015, until September 2017
/// (uncertain)"), and what else the sources call them; or nothing.
fn roles_at_the_time(catalog: &Catalog, id: &str, event: &Event) -> String {
    let dataset = &catalog.dataset;
    let posts = dataset
        .tenures_of(id)
        .filter(|(_, tenure)| tenure.may_cover(&event.date.when))
        .map(|(post, tenure)| format!("{} ({})", post.title, tenure.human()));
    let descriptions = dataset
        .person(id)
        .into_iter()
        .flat_map(|person| person.descriptions.iter().map(|d| d.text.clone()));
    posts.chain(descriptions).collect::<Vec<_>>().join("; ")
}

/// A section listing links, `(href, text)`; nothing when there are none.
#[component]
fn LinkSection(
    id: &'static str,
    heading: &'static str,
    #[prop(optional)] list_class: Option<&'static str>,
    links: Vec<(Signal<String>, String)>,
) -> impl IntoView {
    (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|(href, text)| view! { <li><a href=href>{text}</a></li> })
            .collect_view();
        view! {
            <Section id class="facts" heading>
                <ul class=list_class>{items}</ul>
            </Section>
        }
    })
}

#[component]
fn Quotes(catalog: &'static Catalog, event: &'static Event, index: usize) -> impl IntoView {
    let event_index = index;
    (!event.quotes.is_empty()).then(|| {
        let quotes = event
            .quotes
            .iter()
            .enumerate()
            .map(|(index, _)| view! { <QuoteFigure catalog event=event_index quote=index /> })
            .collect_view();
        view! { <Section id="quotes" heading="In their words">{quotes}</Section> }
    })
}

#[component]
fn Figures(event: &'static Event) -> impl IntoView {
    (!event.figures.is_empty()).then(|| {
        let items = event
            .figures
            .iter()
            .map(|figure| {
                let approximate = if figure.approximate {
                    " (approximate)"
                } else {
                    ""
                };
                view! {
                    <div>
                        <dt>{figure.label.as_str()}</dt>
                        <dd>{format!("{}{approximate}", figure.source_words)}</dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <Section id="figures" class="facts" heading="Figures">
                <dl class="figures">{items}</dl>
            </Section>
        }
    })
}

#[component]
fn Documents(catalog: &'static Catalog, event: &'static Event) -> impl IntoView {
    let filter = UrlFilter::use_context();
    (!event.documents.is_empty()).then(|| {
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
                        <a class="document-title" href=filter.link(document_path(&document.id))>
                            {document.title.as_str()}
                        </a>
                        <span class="document-details">{details.join(" · ")}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <Section id="documents" class="facts" heading="Documents">
                <ul class="document-list">{items}</ul>
            </Section>
        }
    })
}

#[component]
fn Sources(catalog: &'static Catalog, event: &'static Event, index: usize) -> impl IntoView {
    let event_index = index;
    let filter = UrlFilter::use_context();
    let items = event
        .citations
        .iter()
        .enumerate()
        .map(|(index, citation)| {
            let in_source = filter.link(passage_path(
                catalog,
                event_index,
                &citation.source,
                Cited::Citation(index),
            ));
            let publisher = catalog
                .dataset
                .source(&citation.source)
                .map(|s| format!(" — {}", s.publisher))
                .unwrap_or_default();
            view! {
                <li class="citation">
                    <p>
                        <cite>
                            <a href=in_source.clone()>{catalog.source_title(&citation.source)}</a>
                        </cite>
                        {publisher}
                        <span class="source-file">
                            " (file " <code>{citation.source.as_str()}</code> ")"
                        </span>
                    </p>
                    {citation.excerpt.as_ref().map(|excerpt| view! {
                        <blockquote class="excerpt">
                            <p>{excerpt.as_str()}</p>
                        </blockquote>
                        <p class="read-in-source">
                            <a href=in_source>"Read it in its source"</a>
                        </p>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <Section id="sources" heading="Sources">
            <ul class="citations">{items}</ul>
        </Section>
    }
}

/// The app path of the passage that `event` cites as `cited` on source `file`'s page, or of
/// the page when the passage is not marked there (a citation without an excerpt).
pub fn passage_path(catalog: &Catalog, event: usize, file: &str, cited: Cited) -> String {
    let page = source_path(file);
    match catalog.anchors.anchor(event, cited) {
        Some(anchor) => format!("{page}#{anchor}"),
        None => page,
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
    (!all.is_empty()).then(|| {
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
                        {disagreement
                            .note
                            .as_ref()
                            .map(|note| view! { <p class="hint">{note.as_str()}</p> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <Section id="disagreements" class="disagreements" heading="Where the sources disagree">
                <ul>{items}</ul>
            </Section>
        }
    })
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
