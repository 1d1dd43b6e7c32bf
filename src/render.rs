//! The build step's side of the one renderer: the app's own views rendered to HTML for one
//! route, with the title and description that page shows. The wasm takes this HTML over
//! (`crate::start`); nothing else draws a page.

use crate::app::App;
use crate::catalog::catalog;
use crate::page_meta::PageMeta;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

/// A page as the build step writes it into the site's HTML shell.
pub struct RenderedPage {
    /// The app's markup, to go first in `<body>`.
    pub body: String,
    pub title: String,
    pub description: String,
}

/// Which page to render.
pub enum Route<'a> {
    Home,
    Event(&'a str),
    /// `/changes/`: additions and corrections.
    Changes,
    /// `/sources/`: the list of sources.
    Sources,
    /// A source's page, by its file name.
    Source(&'a str),
    /// `/people/`: the who's-who.
    People,
    /// A person's page, by id.
    Person(&'a str),
    /// An organisation's page, by id.
    Organisation(&'a str),
    /// A document's page, by id.
    Document(&'a str),
    /// The page hosts serve for every unknown address (`404.html`).
    NotFound,
}

impl Route<'_> {
    /// The app path the page is rendered for; the app hydrates it only at that path.
    pub fn app_path(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::Event(id) => biip_core::site::event_path(id),
            Route::Changes => "/changes/".to_string(),
            Route::Sources => biip_core::site::SOURCES_PATH.to_string(),
            Route::Source(file) => biip_core::site::source_path(file),
            Route::People => biip_core::site::PEOPLE_PATH.to_string(),
            Route::Person(id) => biip_core::site::person_path(id),
            Route::Organisation(id) => biip_core::site::organisation_path(id),
            Route::Document(id) => biip_core::site::document_path(id),
            // No address leads here on purpose: the app always draws this page afresh.
            Route::NotFound => "/404.html".to_string(),
        }
    }
}

/// Renders `route` as the app would show it at the site's root under `public_url` (`/` or
/// `/some/path/`), before any query string is read.
pub fn render_page(route: &Route<'_>, public_url: &str) -> Result<RenderedPage, String> {
    crate::site_base::set_render_base(public_url);
    let catalog = catalog().map_err(str::to_string)?;
    let data = &catalog.dataset;
    let meta = match route {
        Route::Home => PageMeta::home(None),
        Route::Event(id) => {
            let event = catalog
                .dataset
                .events
                .iter()
                .find(|e| e.id == *id)
                .ok_or_else(|| format!("no event with the id {id}"))?;
            PageMeta::event(&event.title, &event.summary)
        }
        Route::Changes => PageMeta::changes(),
        Route::Sources => PageMeta::sources(),
        Route::Source(file) => {
            let source = catalog
                .dataset
                .source(file)
                .ok_or_else(|| format!("no source with the file name {file}"))?;
            PageMeta::source(&source.headline, &source.publisher)
        }
        Route::People => PageMeta::people(),
        Route::Person(id) => {
            let person = data
                .person(id)
                .ok_or_else(|| format!("no person with the id {id}"))?;
            PageMeta::person(&person.full_name())
        }
        Route::Organisation(id) => {
            let organisation = data
                .organisation(id)
                .ok_or_else(|| format!("no organisation with the id {id}"))?;
            PageMeta::organisation(&organisation.name)
        }
        Route::Document(id) => {
            let document = data
                .document(id)
                .ok_or_else(|| format!("no document with the id {id}"))?;
            PageMeta::document(&document.title)
        }
        Route::NotFound => PageMeta::not_found(),
    };
    let url = crate::site_base::href(&route.app_path());
    let owner = Owner::new();
    let body = owner.with(|| {
        provide_context(RequestUrl::new(&url));
        App().to_html()
    });
    owner.unset();
    Ok(RenderedPage {
        body,
        title: meta.title,
        description: meta.description,
    })
}

/// The article of source `file` as its page's data file (`biip_core::site::article_data_path`).
pub use crate::articles::article_bytes;

/// Whether `html` is already a rendered page (it names the path it was rendered for).
pub fn is_rendered(html: &str) -> bool {
    html.contains(&format!(
        "<meta name=\"{}\"",
        crate::start::RENDERED_PATH_META
    ))
}

/// The path `meta` (see `crate::start`) that tells the app which page this HTML is.
pub fn rendered_path_meta(route: &Route<'_>) -> String {
    format!(
        "<meta name=\"{}\" content=\"{}\">",
        crate::start::RENDERED_PATH_META,
        route.app_path()
    )
}
