//! "Download these events": the filtered view as CSV, JSON or iCalendar, written in the browser
//! by the same export code as the full files (`biip_core::export`), named for the filter. The
//! files are made when asked for, never while filtering.

use crate::catalog::Catalog;
use crate::page_meta::events_phrase;
use crate::url_filter::UrlFilter;
use biip_core::export;
use biip_core::url_state;
use leptos::prelude::*;

/// The formats offered: (label, extension, media type, writer).
type Writer = fn(&biip_core::Dataset, &str) -> String;
const FORMATS: [(&str, &str, &str, Writer); 3] = [
    ("CSV", "csv", "text/csv", export::csv),
    ("JSON", "json", "application/json", export::json),
    ("iCalendar", "ics", "text/calendar", export::ics),
];

/// `shown` gives the indexes of the events the list shows, in its order.
#[component]
pub fn DownloadView(catalog: &'static Catalog, shown: Memo<Vec<usize>>) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let buttons = FORMATS
        .iter()
        .map(|&(label, extension, media_type, write)| {
            let download = move |_| {
                let view = shown.with_untracked(|events| export::view_of(&catalog.dataset, events));
                let text = write(&view, &crate::site_base::absolute("/"));
                let query = filter.state.with_untracked(url_state::encode);
                save(&export::download_name(&query, extension), media_type, &text);
            };
            view! {
                <button type="button" class="button" on:click=download>
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <p class="download-view" data-testid="download-view">
            {move || format!("Download {}: ", shown.with(|e| these_events(e.len())))}
            {buttons}
        </p>
    }
}

/// "these 7 events", "this event".
fn these_events(count: usize) -> String {
    match count {
        1 => "this event".to_string(),
        n => format!("these {}", events_phrase(n)),
    }
}

/// Hands `text` to the browser as a file called `name`.
fn save(name: &str, media_type: &str, text: &str) {
    #[cfg(not(feature = "ssr"))]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(&format!("{media_type};charset=utf-8"));
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        let link = document()
            .create_element("a")
            .ok()
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        if let Some(link) = link {
            link.set_href(&url);
            link.set_download(name);
            link.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(feature = "ssr")]
    let _ = (name, media_type, text);
}
