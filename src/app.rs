//! The app's frame: the router under the site's base path, the header, main landmark and
//! footer around every page, and the routes to the pages.

use crate::catalog::{catalog, Catalog};
use crate::components::embed::EmbedCredit;
use crate::routes::changes::ChangesPage;
use crate::routes::documents::DocumentPage;
use crate::routes::event::EventPage;
use crate::routes::not_found::NotFoundPage;
use crate::routes::organisations::OrganisationPage;
use crate::routes::people::{PeoplePage, PersonPage};
use crate::routes::sources::{SourcePage, SourcesPage};
use crate::routes::timeline::TimelinePage;
use crate::site_base;
use crate::url_filter::UrlFilter;
use biip_core::site::{CITATION_PROMISE, CREDIT, OPEN_DATA_FILES, PEOPLE_PATH, SOURCES_PATH};
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
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
            <div class="app">
                <main id="main" class="load-error">
                    <h1>"The timeline could not be loaded"</h1>
                    <p>{message}</p>
                </main>
            </div>
        }
        .into_any(),
    }
}

#[component]
fn Layout(catalog: &'static Catalog) -> impl IntoView {
    let filter = UrlFilter::provide(catalog);
    // A memo, so the header and footer are built once, not again on every filter change.
    let framed = Memo::new(move |_| filter.embed());
    // Embed mode's look hangs on `<html class="biip-embed">`, which index.html sets before the
    // first paint; the app keeps it true to the address from then on.
    Effect::new(move |_| {
        let embedded = framed.get();
        if let Some(root) = document().document_element() {
            let _ = root.class_list().toggle_with_force("biip-embed", embedded);
        }
    });
    // One view for both event addresses, with and without the slash: one copy of its code.
    let event_page = move || view! { <EventPage catalog /> };
    let source_page = move || view! { <SourcePage catalog /> };
    let person_page = move || view! { <PersonPage catalog /> };
    let organisation_page = move || view! { <OrganisationPage catalog /> };
    let document_page = move || view! { <DocumentPage catalog /> };
    view! {
        <div class="app">
            <a class="skip-link" href="#main" on:click=skip_to_main>
                "Skip to main content"
            </a>
            {move || (!framed.get()).then(|| view! { <SiteHeader filter /> })}
            <main id="main">
                <FlatRoutes fallback=move || view! { <NotFoundPage catalog /> }>
                    <Route path=path!("/") view=move || view! { <TimelinePage catalog /> } />
                    <Route path=path!("/events/:id/") view=event_page />
                    <Route path=path!("/events/:id") view=event_page />
                    <Route path=path!("/sources/") view=move || view! { <SourcesPage catalog /> } />
                    <Route path=path!("/sources/:id/") view=source_page />
                    <Route path=path!("/sources/:id") view=source_page />
                    <Route path=path!("/people/") view=move || view! { <PeoplePage catalog /> } />
                    <Route path=path!("/people/:id/") view=person_page />
                    <Route path=path!("/people/:id") view=person_page />
                    <Route path=path!("/organisations/:id/") view=organisation_page />
                    <Route path=path!("/organisations/:id") view=organisation_page />
                    <Route path=path!("/documents/:id/") view=document_page />
                    <Route path=path!("/documents/:id") view=document_page />
                    <Route path=path!("/changes/") view=move || view! { <ChangesPage catalog /> } />
                </FlatRoutes>
            </main>
            {move || {
                if framed.get() {
                    view! { <EmbedCredit filter /> }.into_any()
                } else {
                    view! { <SiteFooter /> }.into_any()
                }
            }}
        </div>
    }
}

/// Moves focus to the page heading: the router would treat `#main` as a navigation.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    crate::components::page_heading::focus_page_heading();
}

/// The site header; its home links carry the reader's filters.
#[component]
fn SiteHeader(filter: UrlFilter) -> impl IntoView {
    let home = move || site_base::href(&format!("/{}", filter.suffix.get()));
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="site-name" href=home>
                    <span class="site-name-short">"BIIP"</span>
                    " timeline"
                </a>
                <nav aria-label="Site">
                    <ul>
                        <li>
                            <a href=home>"All events"</a>
                        </li>
                        <li>
                            <a href=site_base::href(PEOPLE_PATH)>"People"</a>
                        </li>
                        <li>
                            <a href=site_base::href(SOURCES_PATH)>"Sources"</a>
                        </li>
                        <li>
                            <a href=site_base::href("/data/events.csv") rel="external">
                                "Data (CSV)"
                            </a>
                        </li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

/// The footer with the open-data files. Plain files the build step writes: `rel="external"`
/// keeps the router from handling them.
#[component]
fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{format!("{CREDIT} {CITATION_PROMISE}")}</p>
            <h2 class="footer-heading">"Open data"</h2>
            <ul class="data-links">
                {OPEN_DATA_FILES
                    .map(|(file, label)| {
                        view! {
                            <li>
                                <a href=site_base::href(&format!("/data/{file}")) rel="external">
                                    {label}
                                </a>
                            </li>
                        }
                    })}
            </ul>
            <p>
                <a href=site_base::href("/changes/")>"Changes and corrections"</a>
            </p>
        </footer>
    }
}
