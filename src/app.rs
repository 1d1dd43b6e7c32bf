//! The app's frame: the router under the site's base path, the header, main landmark and
//! footer around every page, and the routes to the pages.

use crate::catalog::{catalog, Catalog};
use crate::components::embed::embed_credit;
use crate::dom::{el, static_view, El};
use crate::routes::event::EventPage;
use crate::routes::not_found::NotFoundPage;
use crate::routes::timeline::TimelinePage;
use crate::site_base;
use crate::url_filter::UrlFilter;
use biip_core::url_state::encode;
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;

/// The whole app, or a plain explanation when its data cannot be read.
#[component]
pub fn App() -> impl IntoView {
    match catalog() {
        Ok(catalog) => view! {
            <Router base=site_base::base()>
                <Layout catalog />
            </Router>
        }
        .into_any(),
        Err(message) => view! {
            <main id="main" class="load-error">
                <h1>"The timeline could not be loaded"</h1>
                <p>{message}</p>
            </main>
        }
        .into_any(),
    }
}

#[component]
fn Layout(catalog: &'static Catalog) -> impl IntoView {
    let filter = UrlFilter::provide(catalog);
    // A memo, so the header and footer are built once, not again on every filter change.
    let framed = Memo::new(move |_| filter.embed());
    let location = use_location();
    view! {
        <div class="app" class:embedded=move || framed.get()>
            <a class="skip-link" href="#main" on:click=skip_to_main>
                "Skip to main content"
            </a>
            {move || {
                let shown = !framed.get();
                let suffix = filter.suffix.get();
                static_view(move || shown.then(|| site_header(&suffix)))
            }}
            <main id="main">
                <FlatRoutes fallback=move || view! { <NotFoundPage catalog /> }>
                    <Route path=path!("/") view=move || view! { <TimelinePage catalog /> } />
                    <Route path=path!("/events/:id/") view=move || view! { <EventPage catalog /> } />
                    <Route path=path!("/events/:id") view=move || view! { <EventPage catalog /> } />
                </FlatRoutes>
            </main>
            {move || {
                let shown = !framed.get();
                static_view(move || shown.then(site_footer))
            }}
            {move || {
                // Only an embedded page follows the address: the full site's link is its view.
                let full_site = framed.get().then(|| {
                    full_site_href(location.pathname.get(), filter.state.with(encode))
                });
                static_view(move || full_site.map(|href| embed_credit(&href)))
            }}
        </div>
    }
}

/// Moves focus to the page heading: the router would treat `#main` as a navigation.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    crate::components::page_heading::focus_page_heading();
}

/// The address of the page at `browser_path` with `query` on the full site (no `embed`).
fn full_site_href(browser_path: String, query: String) -> String {
    let path = site_base::app_path(&browser_path).unwrap_or("/");
    let separator = if query.is_empty() { "" } else { "?" };
    site_base::href(&format!("{path}{separator}{query}"))
}

/// The site header; `suffix` carries the reader's filters to the home links.
fn site_header(suffix: &str) -> El {
    let home = site_base::href(&format!("/{suffix}"));
    el("header").class("site-header").child(
        el("div")
            .class("site-header-inner")
            .child(
                el("a")
                    .class("site-name")
                    .attr("href", &home)
                    .child(el("span").class("site-name-short").text("BIIP"))
                    .text(" timeline"),
            )
            .child(
                el("nav").attr("aria-label", "Site").child(
                    el("ul")
                        .child(el("li").child(el("a").attr("href", &home).text("All events")))
                        .child(
                            el("li").child(
                                el("a")
                                    .attr("href", &site_base::href("/data/events.csv"))
                                    .attr("rel", "external")
                                    .text("Download the data"),
                            ),
                        ),
                ),
            ),
    )
}

/// The footer with the open-data files. Plain files the build step writes: `rel="external"`
/// keeps the router from handling them.
fn site_footer() -> El {
    let data_link = |file: &str, label: &str| {
        el("li").child(
            el("a")
                .attr("href", &site_base::href(&format!("/data/{file}")))
                .attr("rel", "external")
                .text(label),
        )
    };
    el("footer")
        .class("site-footer")
        .child(
            el("p")
                .text(
                    "Compiled from five public documents about the Birmingham Independent \
                     Improvement Panel. ",
                )
                .text("Every event cites the document it comes from."),
        )
        .child(el("h2").class("footer-heading").text("Open data"))
        .child(el("ul").class("data-links").children(vec![
            data_link("events.json", "All events as JSON"),
            data_link("events.csv", "All events as CSV"),
            data_link("events.ics", "Calendar file (iCalendar)"),
        ]))
}
