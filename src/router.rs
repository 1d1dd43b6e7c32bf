//! A small client-side router for the three kinds of page: the browser's path and query as
//! signals, same-app link clicks turned into history entries, and back/forward followed.
//! It replaces `leptos_router`, whose general nested routing costs far more wasm than these
//! few routes need.

use crate::site_base;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent, Url};

/// The browser's location: its path (with the base) and its query string without `?`.
#[derive(Clone, Copy)]
pub struct Location {
    pub pathname: RwSignal<String>,
    pub search: RwSignal<String>,
}

impl Location {
    /// The router's location, provided by [`provide_location`].
    pub fn use_context() -> Location {
        expect_context::<Location>()
    }

    fn read(&self) {
        let location = window().location();
        let pathname = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        let search = search.trim_start_matches('?').to_string();
        if self.pathname.with_untracked(|p| *p != pathname) {
            self.pathname.set(pathname);
        }
        if self.search.with_untracked(|s| *s != search) {
            self.search.set(search);
        }
    }

    /// Shows `target` (a browser path with its query and hash): a new history entry, or a
    /// replaced one; scrolled to its `#hash` or, if asked, to the top.
    pub fn navigate(&self, target: &str, replace: bool, scroll: bool) {
        let window = window();
        if let Ok(history) = window.history() {
            let _ = if replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(target))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(target))
            };
        }
        self.read();
        let hash = window.location().hash().unwrap_or_default();
        let anchor = hash
            .strip_prefix('#')
            .filter(|id| !id.is_empty())
            .and_then(|id| {
                let id = js_sys::decode_uri_component(id)
                    .ok()
                    .and_then(|id| id.as_string())
                    .unwrap_or_else(|| id.to_string());
                document().get_element_by_id(&id)
            });
        match anchor {
            Some(element) => element.scroll_into_view(),
            None if scroll => window.scroll_to_with_x_and_y(0.0, 0.0),
            None => {}
        }
    }
}

/// Starts following the browser's location and puts it in context. Call once.
pub fn provide_location() -> Location {
    let location = Location {
        pathname: RwSignal::new(String::new()),
        search: RwSignal::new(String::new()),
    };
    location.read();
    let on_pop = Closure::<dyn Fn()>::new(move || location.read());
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    // The app lives as long as the page: so do its listeners.
    on_pop.forget();
    let on_click =
        Closure::<dyn Fn(MouseEvent)>::new(move |event: MouseEvent| on_link_click(location, event));
    let _ = document().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    provide_context(location);
    location
}

/// Handles a click on a link to a page of the app without reloading; any other click is the
/// browser's (new tabs, downloads, external and `rel="external"` links, in-page anchors).
fn on_link_click(location: Location, event: MouseEvent) {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.alt_key()
        || event.ctrl_key()
        || event.shift_key()
    {
        return;
    }
    let Some(link) = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|target| target.closest("a[href]").ok().flatten())
    else {
        return;
    };
    let target = link.get_attribute("target").unwrap_or_default();
    let rel = link.get_attribute("rel").unwrap_or_default();
    if !(target.is_empty() || target == "_self")
        || link.has_attribute("download")
        || rel.split_ascii_whitespace().any(|part| part == "external")
    {
        return;
    }
    let href = link.get_attribute("href").unwrap_or_default();
    let here = window().location().href().unwrap_or_default();
    let Ok(url) = Url::new_with_base(&href, &here) else {
        return;
    };
    let origin = window().location().origin().unwrap_or_default();
    let pathname = url.pathname();
    if url.origin() != origin || site_base::app_path(&pathname).is_none() {
        return;
    }
    let search = url.search();
    let hash = url.hash();
    // Only the anchor changes: the browser scrolls to it.
    let same_page = location.pathname.with_untracked(|p| *p == pathname)
        && location
            .search
            .with_untracked(|s| s.as_str() == search.trim_start_matches('?'));
    if same_page && !hash.is_empty() {
        return;
    }
    event.prevent_default();
    location.navigate(&format!("{pathname}{search}{hash}"), false, true);
}

/// The pages of the app.
#[derive(Clone, PartialEq, Eq)]
pub enum Page {
    Timeline,
    /// An event page, with the id in its address (`/events/:id` or `/events/:id/`), decoded.
    Event(String),
    NotFound,
}

/// The page an app path shows.
pub fn page(browser_path: &str) -> Page {
    match site_base::app_path(browser_path) {
        Some("/") => Page::Timeline,
        Some(path) => {
            let id = path
                .strip_prefix("/events/")
                .map(|rest| rest.strip_suffix('/').unwrap_or(rest));
            match id {
                Some(id) if !id.is_empty() && !id.contains('/') => Page::Event(unescape(id)),
                _ => Page::NotFound,
            }
        }
        None => Page::NotFound,
    }
}

/// A path segment with its `%xx` escapes decoded; as written when they do not decode.
fn unescape(segment: &str) -> String {
    js_sys::decode_uri_component(segment)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| segment.to_string())
}
