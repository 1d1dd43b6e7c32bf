//! The single `h1` of every page. When a new page replaces the old one it takes the focus,
//! so keyboard and screen-reader users start reading at the new page, as after a page load.

use leptos::html::H1;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};

const HEADING_ID: &str = "page-heading";

/// False until the first page has shown: on a fresh load the browser's own focus is right.
static SEEN_A_PAGE: AtomicBool = AtomicBool::new(false);

#[component]
pub fn PageHeading(children: Children) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    let arrived_by_navigation = SEEN_A_PAGE.swap(true, Ordering::Relaxed);
    Effect::new(move |_| {
        if let Some(element) = heading.get() {
            if arrived_by_navigation {
                let _ = element.focus();
            }
        }
    });
    view! {
        <h1 id=HEADING_ID tabindex="-1" node_ref=heading>
            {children()}
        </h1>
    }
}

/// Focuses the heading of the page on show, if there is one.
pub fn focus_page_heading() {
    if let Some(element) = document().get_element_by_id(HEADING_ID) {
        if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let _ = element.focus();
        }
    }
}
