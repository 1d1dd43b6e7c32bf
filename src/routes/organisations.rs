//! `/organisations/<id>/`: an organisation's posts and who held them, and its events on a
//! small axis; the timeline filtered to it is one link away.

use crate::catalog::Catalog;
use crate::components::axis::EventsOnAxis;
use crate::components::page_heading::PageHeading;
use crate::page_meta::{events_phrase, PageMeta};
use crate::routes::by_id::page_by_id;
use crate::routes::event::{EventLinks, Section};
use crate::routes::not_found::Wanted;
use crate::routes::people::PostHolders;
use crate::url_filter::UrlFilter;
use biip_core::entities::events_with_organisation;
use biip_core::filter::Facet;
use biip_core::site::PEOPLE_PATH;
use biip_core::Organisation;
use leptos::prelude::*;

#[component]
pub fn OrganisationPage(catalog: &'static Catalog) -> impl IntoView {
    page_by_id(
        catalog,
        Wanted::Organisation,
        |catalog, id| catalog.dataset.organisation(id),
        |catalog, organisation| view! { <OrganisationDetail catalog organisation /> }.into_any(),
    )
}

#[component]
fn OrganisationDetail(
    catalog: &'static Catalog,
    organisation: &'static Organisation,
) -> impl IntoView {
    let filter = UrlFilter::use_context();
    Effect::new(move |_| PageMeta::organisation(&organisation.name).apply());
    let dataset = &catalog.dataset;
    let id = organisation.id.as_str();
    let events = events_with_organisation(dataset, id);
    let count = events.len();
    let posts = dataset
        .posts
        .iter()
        .filter(|post| post.organisation.as_deref() == Some(id))
        .map(|post| view! { <PostHolders catalog post /> })
        .collect_view();
    let name = organisation.name.clone();
    let caption = move |_: &biip_core::axis::Axis| {
        format!(
            "{} naming {name} among all the events, in date order.",
            events_phrase(count)
        )
    };
    let suffix = filter.suffix;
    let events_section = (count > 0).then(|| {
        view! {
            <Section id="events" heading="Its events">
                <EventsOnAxis catalog events=events.clone() caption />
                <EventLinks catalog events suffix />
            </Section>
        }
    });
    view! {
        <article class="entity-page" data-testid="organisation-page">
            <p class="back-link">
                <a href=filter.link(PEOPLE_PATH)>"← Who’s who"</a>
            </p>
            <header class="entity-header">
                <p class="source-kicker">"Organisation"</p>
                <PageHeading>{organisation.name.as_str()}</PageHeading>
                {organisation.short_name.as_deref().map(|short| view! { <p>{format!("Also called {short}.")}</p> })}
                <p>
                    <a href=filter.facet_href(Facet::Organisation, id)>"Show its events on the timeline"</a>
                </p>
            </header>
            <Section id="posts" heading="Posts and who held them">
                {posts}
            </Section>
            {events_section}
        </article>
    }
}
