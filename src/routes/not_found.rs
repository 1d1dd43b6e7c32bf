//! The page for an address that leads nowhere — an unknown event id or path — with the events
//! whose ids and titles look most like what was asked for.

use crate::catalog::Catalog;
use crate::components::page_heading::PageHeading;
use crate::page_meta::PageMeta;
use crate::routes::event::EventLinks;
use crate::site_base;
use crate::url_filter::UrlFilter;
use biip_core::suggest::suggest_events;
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
            return view! { <NotFound catalog wanted kind_of_thing="page" /> };
        }
        let wanted = filter.pathname.with(|path| {
            site_base::app_path(path)
                .unwrap_or(path)
                .trim_start_matches("/events/")
                .to_string()
        });
        view! { <NotFound catalog wanted kind_of_thing="page" /> }
    }
}

/// Says what was not found and offers the closest events. `wanted` comes from the URL and is
/// only ever shown as text. The part that depends on the address is marked
/// `data-address-specific`: a static host serves one `404.html` for every unknown address.
#[component]
pub fn NotFound(
    catalog: &'static Catalog,
    wanted: String,
    kind_of_thing: &'static str,
) -> impl IntoView {
    let filter = UrlFilter::use_context();
    Effect::new(move |_| PageMeta::not_found().apply());
    let suggestions = suggest_events(&catalog.dataset, &wanted, SUGGESTION_LIMIT);
    let shown_wanted: String = wanted.chars().take(120).collect();
    let there_is_none = if shown_wanted.is_empty() {
        format!("There is no {kind_of_thing} at this address in this timeline.")
    } else {
        format!("There is no {kind_of_thing} at “{shown_wanted}” in this timeline.")
    };
    let any = !suggestions.is_empty();
    view! {
        <div class="not-found" data-testid="not-found">
            <PageHeading>"Not found"</PageHeading>
            <div data-address-specific="">
                <p>
                    {format!(
                        "{there_is_none} It may have been mistyped, or the link may be out of date."
                    )}
                </p>
                {any.then(|| view! {
                    <h2>"Did you mean one of these?"</h2>
                    <div data-testid="suggestions">
                        <EventLinks catalog events=suggestions suffix=filter.suffix class="suggestions" />
                    </div>
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
