//! How the app takes over a page. The build step rendered every page's HTML from the same views
//! (`crate::render`), for the path named in `<meta name="biip-page">`. When the reader is at that
//! path, the app hydrates it: it adopts the DOM it finds, so nothing is drawn twice and the
//! reader's scroll position, focus and selection stay. Elsewhere (a host's `404.html` served
//! for an unknown address) the app draws the page afresh.
//!
//! The HTML was rendered without the query string, which a static host cannot know. The views
//! first show the page as rendered, and [`Started`] turns true just after the takeover, when
//! they follow the real address (filters, embed mode, the address a not-found page names).

use leptos::prelude::*;

/// Whether the app has taken over the page, so views may follow the browser's address and
/// use the browser. False while rendering at build time and during hydration.
#[derive(Clone, Copy)]
pub struct Started(pub Signal<bool>);

impl Started {
    pub fn use_context() -> Signal<bool> {
        use_context::<Started>().map_or(Signal::stored(false), |started| started.0)
    }

    /// Puts `started` in context for the views below.
    pub fn provide(started: Signal<bool>) {
        provide_context(Started(started));
    }
}

/// The `<meta>` that names the path a page was rendered for (the build step writes it).
pub const RENDERED_PATH_META: &str = "biip-page";

#[cfg(feature = "hydrate")]
pub fn start() {
    console_error_panic_hook::set_once();
    // The data is decoded in this task and the page taken over in the next, so the browser can
    // paint and answer input in between: two shorter tasks instead of one long one (Total
    // Blocking Time, docs/architecture.md).
    // (A dataset that cannot be read is shown by the app's own error page.)
    let _ = crate::catalog::catalog();
    wasm_bindgen_futures::spawn_local(async {
        if let Err(problem) = fetch_page_data().await {
            // The page as rendered is whole and its links work: leave it to the reader.
            leptos::logging::warn!("{problem}");
            return;
        }
        next_task().await;
        take_over();
    });
}

/// Fetches what the page to take over shows but the wasm does not carry (a source's article),
/// so the app draws exactly the page it adopts.
#[cfg(feature = "hydrate")]
async fn fetch_page_data() -> Result<(), String> {
    let Some(path) = rendered_path().filter(|_| rendered_for_this_address()) else {
        return Ok(());
    };
    let Some(slug) = path
        .strip_prefix(biip_core::site::SOURCES_PATH)
        .and_then(|rest| rest.strip_suffix('/'))
    else {
        return Ok(());
    };
    let Ok(catalog) = crate::catalog::catalog() else {
        return Ok(());
    };
    match catalog.source_by_slug(slug) {
        Some(source) if catalog.anchors.coverage(&source.file).is_some() => {
            crate::articles::fetch(&source.file).await.map(|_| ())
        }
        _ => Ok(()),
    }
}

/// Resolves in a later task of the event loop (`setTimeout(0)`).
#[cfg(feature = "hydrate")]
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[cfg(feature = "hydrate")]
fn take_over() {
    if rendered_for_this_address() {
        leptos::mount::hydrate_body(|| {
            let started = RwSignal::new(false);
            provide_context(Started(started.into()));
            // Effects run once hydration is complete: from then on, follow the address.
            Effect::new(move |_| {
                started.set(true);
                mark_live();
            });
            crate::app::App()
        });
    } else {
        remove_rendered_page();
        leptos::mount::mount_to_body(|| {
            provide_context(Started(Signal::stored(true)));
            crate::app::App()
        });
        mark_live();
    }
}

/// `<html data-app="live">`: the page is the app's now (for styles and for tests that wait
/// for the takeover).
#[cfg(feature = "hydrate")]
fn mark_live() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "live");
    }
}

/// The app path the page's HTML was rendered for, from its `<meta name="biip-page">`.
#[cfg(feature = "hydrate")]
fn rendered_path() -> Option<String> {
    document()
        .query_selector(&format!("meta[name='{RENDERED_PATH_META}']"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}

/// True when the page's HTML was rendered for the address the reader is at.
#[cfg(feature = "hydrate")]
fn rendered_for_this_address() -> bool {
    let rendered = rendered_path();
    let pathname = window().location().pathname().unwrap_or_default();
    match (rendered, crate::site_base::app_path(&pathname)) {
        (Some(rendered), Some(here)) => rendered == here,
        _ => false,
    }
}

/// Takes out the page the build step rendered, before the app draws its own.
#[cfg(feature = "hydrate")]
fn remove_rendered_page() {
    if let Some(app) = document().query_selector("body > .app").ok().flatten() {
        app.remove();
    }
}
