//! The document's `<title>` and meta description, kept in step with the page on show.
//! Written directly to the document: one title and one description, no library needed.

use leptos::prelude::document;

const SITE_NAME: &str = "Birmingham Improvement Panel timeline";

/// Sets the tab title to "<page> · <site>" (or just the site) and the meta description.
pub fn set_page_meta(page_title: Option<&str>, description: &str) {
    let document = document();
    let title = match page_title {
        Some(page) => format!("{page} · {SITE_NAME}"),
        None => SITE_NAME.to_string(),
    };
    document.set_title(&title);
    let meta = match document.query_selector("meta[name='description']") {
        Ok(Some(meta)) => Some(meta),
        _ => create_description_meta(&document),
    };
    if let Some(meta) = meta {
        // An attribute, never markup: descriptions may quote anything.
        let _ = meta.set_attribute("content", description);
    }
}

fn create_description_meta(document: &web_sys::Document) -> Option<web_sys::Element> {
    let meta = document.create_element("meta").ok()?;
    meta.set_attribute("name", "description").ok()?;
    document.head()?.append_child(&meta).ok()?;
    Some(meta)
}
