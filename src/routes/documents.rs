//! `/documents/<id>/`: a document as the sources describe it (title, kind, date, size and
//! format), the events that mention it, and the sources that name it.

use crate::catalog::Catalog;
use crate::components::page_heading::PageHeading;
use crate::page_meta::PageMeta;
use crate::routes::by_id::page_by_id;
use crate::routes::event::{EventLinks, Section};
use crate::routes::not_found::Wanted;
use crate::url_filter::UrlFilter;
use biip_core::entities::events_with_document;
use biip_core::site::{organisation_path, source_path};
use biip_core::Document;
use leptos::prelude::*;

#[component]
pub fn DocumentPage(catalog: &'static Catalog) -> impl IntoView {
    page_by_id(
        catalog,
        Wanted::Document,
        |catalog, id| catalog.dataset.document(id),
        |catalog, document| view! { <DocumentDetail catalog document /> }.into_any(),
    )
}

#[component]
fn DocumentDetail(catalog: &'static Catalog, document: &'static Document) -> impl IntoView {
    let filter = UrlFilter::use_context();
    Effect::new(move |_| PageMeta::document(&document.title).apply());
    let dataset = &catalog.dataset;
    let events = events_with_document(dataset, &document.id);
    let not_given = || "Not given by the sources".to_string();
    let publisher = document
        .publisher
        .as_deref()
        .map(|id| match dataset.organisation(id) {
            Some(o) => {
                view! { <a href=filter.link(organisation_path(&o.id))>{o.name.as_str()}</a> }
                    .into_any()
            }
            None => id.to_string().into_any(),
        });
    let sources = document
        .sources
        .iter()
        .map(|file| {
            view! {
                <li>
                    <a href=filter.link(source_path(file))>{catalog.source_title(file)}</a>
                </li>
            }
        })
        .collect_view();
    let suffix = filter.suffix;
    view! {
        <article class="entity-page" data-testid="document-page">
            <header class="entity-header">
                <p class="source-kicker">"Document"</p>
                <PageHeading>{document.title.as_str()}</PageHeading>
                <dl class="source-facts">
                    <dt>"Kind"</dt>
                    <dd>{document.kind.label()}</dd>
                    <dt>"Date"</dt>
                    <dd>{document.date.as_ref().map_or_else(not_given, |d| d.human())}</dd>
                    {publisher.map(|publisher| view! { <dt>"Author or publisher"</dt><dd>{publisher}</dd> })}
                    <dt>"Format"</dt>
                    <dd>{document.format.clone().unwrap_or_else(not_given)}</dd>
                    <dt>"Size"</dt>
                    <dd>{document.size_kb.map_or_else(not_given, |kb| format!("{kb} KB"))}</dd>
                </dl>
                <p class="hint">"As the sources describe it: the timeline does not hold the document itself."</p>
            </header>
            <Section id="events" heading="Events that mention it">
                <EventLinks catalog events suffix />
            </Section>
            <Section id="named-in" heading="Sources that name it">
                <ul>{sources}</ul>
            </Section>
        </article>
    }
}
