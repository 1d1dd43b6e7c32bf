//! The page for an address that leads nowhere — an unknown event, source or path — with the
//! events or sources whose ids and titles look most like what was asked for.

use crate::catalog::Catalog;
use crate::components::page_heading::PageHeading;
use crate::page_meta::PageMeta;
use crate::routes::event::EventLinks;
use crate::site_base;
use crate::url_filter::UrlFilter;
use biip_core::site::{document_path, organisation_path, person_path, source_path};
use biip_core::suggest::{
    suggest_documents, suggest_events, suggest_organisations, suggest_people, suggest_sources,
};
use leptos::prelude::*;

const SUGGESTION_LIMIT: usize = 5;

/// The router's fallback: any path that is not a page. The build step renders it once, as
/// `404.html`, which hosts serve for every unknown address; the app draws it afresh there
/// (`crate::start`), naming the address and suggesting events like it.
#[component]
pub fn NotFoundPage(catalog: &'static Catalog) -> impl IntoView {
    let filter = UrlFilter::provide_for_page();
    let started = crate::start::Started::use_context();
    move || {
        // Rendered at build time, the page is for every unknown address, so it names none.
        if !started.get() {
            let wanted = String::new();
            return view! { <NotFound catalog wanted kind=Wanted::Page /> };
        }
        let wanted = filter.pathname.with(|path| {
            site_base::app_path(path)
                .unwrap_or(path)
                .trim_start_matches("/events/")
                .to_string()
        });
        view! { <NotFound catalog wanted kind=Wanted::Page /> }
    }
}

/// What kind of thing the address asked for, which says what to suggest instead.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    /// Any address: events are suggested.
    Page,
    Event,
    /// `/sources/<name>/`: sources are suggested.
    Source,
    Person,
    Organisation,
    Document,
}

impl Wanted {
    fn noun(self) -> &'static str {
        match self {
            Wanted::Page => "page",
            Wanted::Event => "event",
            Wanted::Source => "source",
            Wanted::Person => "person",
            Wanted::Organisation => "organisation",
            Wanted::Document => "document",
        }
    }
}

/// Says what was not found and offers the closest events. `wanted` comes from the URL and is
/// only ever shown as text. The part that depends on the address is marked
/// `data-address-specific`: a static host serves one `404.html` for every unknown address.
#[component]
pub fn NotFound(catalog: &'static Catalog, wanted: String, kind: Wanted) -> impl IntoView {
    let filter = UrlFilter::use_context();
    Effect::new(move |_| PageMeta::not_found().apply());
    let kind_of_thing = kind.noun();
    let suggestions = match kind {
        Wanted::Source => {
            let data = &catalog.dataset;
            let links: Vec<(String, String)> = suggest_sources(data, &wanted, SUGGESTION_LIMIT)
                .into_iter()
                .map(|i| {
                    (
                        source_path(&data.sources[i].file),
                        data.sources[i].headline.clone(),
                    )
                })
                .collect();
            (!links.is_empty()).then(|| view! { <Links links /> }.into_any())
        }
        Wanted::Person | Wanted::Organisation | Wanted::Document => {
            let data = &catalog.dataset;
            let links: Vec<(String, String)> = match kind {
                Wanted::Person => suggest_people(data, &wanted, SUGGESTION_LIMIT)
                    .into_iter()
                    .map(|i| (person_path(&data.people[i].id), data.people[i].full_name()))
                    .collect(),
                Wanted::Organisation => suggest_organisations(data, &wanted, SUGGESTION_LIMIT)
                    .into_iter()
                    .map(|i| {
                        let o = &data.organisations[i];
                        (organisation_path(&o.id), o.name.clone())
                    })
                    .collect(),
                _ => suggest_documents(data, &wanted, SUGGESTION_LIMIT)
                    .into_iter()
                    .map(|i| {
                        (
                            document_path(&data.documents[i].id),
                            data.documents[i].title.clone(),
                        )
                    })
                    .collect(),
            };
            (!links.is_empty()).then(|| view! { <Links links /> }.into_any())
        }
        Wanted::Page | Wanted::Event => {
            let found = suggest_events(&catalog.dataset, &wanted, SUGGESTION_LIMIT);
            (!found.is_empty()).then(|| {
                view! {
                    <EventLinks catalog events=found suffix=filter.suffix class="suggestions" />
                }
                .into_any()
            })
        }
    };
    let shown_wanted: String = wanted.chars().take(120).collect();
    let there_is_none = if shown_wanted.is_empty() {
        format!("There is no {kind_of_thing} at this address in this timeline.")
    } else {
        format!("There is no {kind_of_thing} at “{shown_wanted}” in this timeline.")
    };
    view! {
        <div class="not-found" data-testid="not-found">
            <PageHeading>"Not found"</PageHeading>
            <div data-address-specific="">
                <p>
                    {format!(
                        "{there_is_none} It may have been mistyped, or the link may be out of date."
                    )}
                </p>
                {suggestions.map(|links| view! {
                    <h2>"Did you mean one of these?"</h2>
                    <div data-testid="suggestions">{links}</div>
                })}
            </div>
            <p>
                <a href=move || {
                    site_base::href(&format!("/{}", filter.suffix.get()))
                }>"Go to the timeline"</a>
            </p>
        </div>
    }
}

/// `<ul>` of suggestions: (app path, text).
#[component]
fn Links(links: Vec<(String, String)>) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let items = links
        .into_iter()
        .map(|(path, text)| view! { <li><a href=filter.link(path)>{text}</a></li> })
        .collect_view();
    view! { <ul class="suggestions">{items}</ul> }
}
