//! People: `/people/` is a who's-who by organisation and post, and `/people/<id>/` is one
//! person as the sources give them: their name (and where sources disagree about it), the
//! posts they held and when, their events on a small axis, their words, and the sources that
//! name them. The timeline filtered to them is one link away.

use crate::catalog::Catalog;
use crate::components::axis::EventsOnAxis;
use crate::components::page_heading::PageHeading;
use crate::components::quote::QuoteFigure;
use crate::page_meta::{events_phrase, PageMeta};
use crate::routes::by_id::page_by_id;
use crate::routes::event::{EventLinks, Section};
use crate::routes::not_found::Wanted;
use crate::site_base;
use crate::url_filter::UrlFilter;
use biip_core::entities::{events_with_person, posts_held, sources_naming, whos_who};
use biip_core::filter::Facet;
use biip_core::site::{organisation_path, person_path, source_path, PEOPLE_PATH};
use biip_core::{Person, Post};
use leptos::prelude::*;

/// `/people/`: every post by organisation, each with who held it in turn, then everyone else.
#[component]
pub fn PeoplePage(catalog: &'static Catalog) -> impl IntoView {
    Effect::new(move |_| PageMeta::people().apply());
    let filter = UrlFilter::use_context();
    let dataset = &catalog.dataset;
    let (groups, without_post) = whos_who(dataset);
    let groups = groups
        .into_iter()
        .map(|group| {
            let heading = match group.organisation {
                Some(organisation) => view! {
                    <a href=filter.link(organisation_path(&organisation.id))>
                        {organisation.name.as_str()}
                    </a>
                }
                .into_any(),
                None => "Government".into_any(),
            };
            let posts = group
                .posts
                .into_iter()
                .map(|post| view! { <PostHolders catalog post /> })
                .collect_view();
            view! {
                <section class="whos-who-group">
                    <h2>{heading}</h2>
                    {posts}
                </section>
            }
        })
        .collect_view();
    let others = without_post
        .into_iter()
        .map(|index| {
            let person = &dataset.people[index];
            let described = person
                .descriptions
                .iter()
                .map(|d| d.text.as_str())
                .collect::<Vec<_>>()
                .join("; ");
            view! {
                <li>
                    <PersonLink person />
                    {(!described.is_empty()).then(|| format!(", {described}"))}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="people-page" data-testid="people-page">
            <PageHeading>"Who’s who"</PageHeading>
            <p class="lede">
                "Everyone the sources name, by the posts they held and when, as far as the sources date them."
            </p>
            {groups}
            <section class="whos-who-group">
                <h2>"Others named in the sources"</h2>
                <ul class="whos-who-others">{others}</ul>
            </section>
        </article>
    }
}

/// A post with each holder in turn and when the sources place them in it.
#[component]
pub fn PostHolders(catalog: &'static Catalog, post: &'static Post) -> impl IntoView {
    let holders = post
        .tenures
        .iter()
        .filter_map(|tenure| {
            let person = catalog.dataset.person(&tenure.person)?;
            Some(view! {
                <li>
                    <PersonLink person />
                    <span class="tenure-dates">{format!(", {}", tenure.human())}</span>
                </li>
            })
        })
        .collect_view();
    view! {
        <h3>{post.title.as_str()}</h3>
        <ol class="post-holders">{holders}</ol>
    }
}

#[component]
fn PersonLink(person: &'static Person) -> impl IntoView {
    let filter = UrlFilter::use_context();
    view! { <a href=filter.link(person_path(&person.id))>{person.full_name()}</a> }
}

/// `/people/<id>/`: one person, or the not-found page with people like the address.
#[component]
pub fn PersonPage(catalog: &'static Catalog) -> impl IntoView {
    page_by_id(
        catalog,
        Wanted::Person,
        |catalog, id| catalog.dataset.person(id),
        |catalog, person| view! { <PersonDetail catalog person /> }.into_any(),
    )
}

#[component]
fn PersonDetail(catalog: &'static Catalog, person: &'static Person) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let name = person.full_name();
    let title = name.clone();
    Effect::new(move |_| PageMeta::person(&title).apply());
    let dataset = &catalog.dataset;
    let id = person.id.as_str();
    let events = events_with_person(dataset, id);
    let count = events.len();

    let described = (!person.descriptions.is_empty()).then(|| {
        let items = person
            .descriptions
            .iter()
            .map(|d| view! { <li>{format!("“{}”, in {}", d.text, catalog.source_title(&d.source))}</li> })
            .collect_view();
        view! { <Section id="described" heading="What the sources call them"><ul>{items}</ul></Section> }
    });
    let disagreements = (!person.disagreements.is_empty()).then(|| {
        let items = person
            .disagreements
            .iter()
            .map(|d| {
                let readings = d
                    .readings
                    .iter()
                    .map(|r| format!("{} says “{}”", catalog.source_title(&r.source), r.says))
                    .collect::<Vec<_>>()
                    .join("; ");
                let note = d.note.as_deref().map(|note| format!(" {note}"));
                view! { <li><strong>{format!("{}: ", d.about)}</strong>{format!("{readings}.")}{note}</li> }
            })
            .collect_view();
        view! {
            <Section id="disagreements" class="disagreements" heading="Where the sources disagree">
                <ul>{items}</ul>
            </Section>
        }
    });
    let posts = posts_held(dataset, id);
    let posts = if posts.is_empty() {
        view! { <p>"No source in the timeline gives them one of its posts."</p> }.into_any()
    } else {
        let items = posts
            .into_iter()
            .map(|(post, tenure)| {
                let organisation = post
                    .organisation
                    .as_deref()
                    .and_then(|o| dataset.organisation(o))
                    .map(|o| {
                        view! {
                            ", "
                            <a href=filter.link(organisation_path(&o.id))>{o.name.as_str()}</a>
                        }
                    });
                view! {
                    <li>
                        <strong>{post.title.as_str()}</strong>
                        {organisation}
                        <span class="tenure-dates">{format!(": {}", tenure.human())}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="posts-held" data-testid="posts-held">{items}</ol> }.into_any()
    };
    let quotes: Vec<_> = dataset
        .events
        .iter()
        .enumerate()
        .flat_map(|(index, event)| {
            event
                .quotes
                .iter()
                .enumerate()
                .filter(|(_, q)| q.speakers.iter().any(|s| s == id))
                .map(move |(n, quote)| (index, event, n, quote))
        })
        .collect();
    let quotes = (!quotes.is_empty()).then(|| {
        let items = quotes
            .into_iter()
            .map(|(index, event, n, _)| {
                let occasion = view! {
                    ", on "
                    <a href=move || site_base::event_href(&event.id, &filter.suffix.get())>
                        {event.title.as_str()}
                    </a>
                    {format!(" ({})", event.date.human())}
                }
                .into_any();
                view! { <QuoteFigure catalog event=index quote=n occasion /> }
            })
            .collect_view();
        view! { <Section id="quotes" heading="In their words">{items}</Section> }
    });
    let sources = sources_naming(dataset, id)
        .into_iter()
        .map(|source| {
            view! {
                <li>
                    <a href=filter.link(source_path(&source.file))>{source.headline.as_str()}</a>
                </li>
            }
        })
        .collect_view();
    let caption_name = person.name.clone();
    let caption = move |_: &biip_core::axis::Axis| {
        format!(
            "{} with {caption_name} among all the events, in date order.",
            events_phrase(count)
        )
    };
    let suffix = filter.suffix;
    view! {
        <article class="entity-page" data-testid="person-page">
            <p class="back-link">
                <a href=filter.link(PEOPLE_PATH)>"← Who’s who"</a>
            </p>
            <header class="entity-header">
                <p class="source-kicker">"Person"</p>
                <PageHeading>{name}</PageHeading>
                <p>
                    <a href=filter.facet_href(Facet::Person, id)>"Show their events on the timeline"</a>
                </p>
            </header>
            {described}
            {disagreements}
            <Section id="posts" heading="Posts held">{posts}</Section>
            <Section id="events" heading="Their events">
                <EventsOnAxis catalog events=events.clone() caption />
                <EventLinks catalog events suffix />
            </Section>
            {quotes}
            <Section id="named-in" heading="Sources that name them">
                <ul>{sources}</ul>
            </Section>
        </article>
    }
}
