//! The page for an address that leads nowhere — an unknown event id or path — with the events
//! whose ids and titles look most like what was asked for.

use crate::catalog::Catalog;
use crate::components::page_heading::PageHeading;
use crate::dom::{el, static_view};
use crate::page_meta::set_page_meta;
use crate::routes::event::event_links;
use crate::site_base;
use crate::url_filter::UrlFilter;
use biip_core::suggest::suggest_events;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

const SUGGESTION_LIMIT: usize = 5;

/// The router's fallback: any path that is not a page.
#[component]
pub fn NotFoundPage(catalog: &'static Catalog) -> impl IntoView {
    let pathname = use_location().pathname;
    view! {
        {move || {
            let wanted = pathname.with(|path| {
                site_base::app_path(path)
                    .unwrap_or(path)
                    .trim_start_matches("/events/")
                    .to_string()
            });
            view! { <NotFound catalog wanted kind_of_thing="page" /> }
        }}
    }
}

/// Says what was not found and offers the closest events. `wanted` comes from the URL and is
/// only ever shown as text.
#[component]
pub fn NotFound(
    catalog: &'static Catalog,
    wanted: String,
    kind_of_thing: &'static str,
) -> impl IntoView {
    let filter = UrlFilter::use_context();
    set_page_meta(
        Some("Not found"),
        "This address does not lead to a page of the timeline.",
    );
    let suggestions = suggest_events(&catalog.dataset, &wanted, SUGGESTION_LIMIT);
    let shown_wanted: String = wanted.chars().take(120).collect();
    let intro = format!("There is no {kind_of_thing} at “{shown_wanted}” in this timeline. ");
    let any = !suggestions.is_empty();
    view! {
        <div class="not-found" data-testid="not-found">
            <PageHeading>"Not found"</PageHeading>
            {static_view(move || {
                Some(
                    el("p")
                        .text(&intro)
                        .text("It may have been mistyped, or the link may be out of date."),
                )
            })}
            {static_view(move || any.then(|| el("h2").text("Did you mean one of these?")))}
            {static_view(move || {
                any.then(|| {
                    event_links(catalog, &suggestions, "")
                        .class("suggestions")
                        .attr("data-testid", "suggestions")
                })
            })}
            <p>
                <a href=move || {
                    site_base::href(&format!("/{}", filter.query_suffix()))
                }>"Go to the timeline"</a>
            </p>
        </div>
    }
}
