//! Embedding in other sites, the app's part: the credit line an embedded page ends with, and
//! the "Embed" disclosure that gives the snippet and a plain iframe for the current view. The
//! messages between frame and host are plain JS (public/embed-frame.js, public/embed.js).

use crate::components::copy_link::{copy_selection, write_to_clipboard};
use crate::dom::{bind, el, view_with_button_clicks, El};
use crate::site_base;
use crate::url_filter::UrlFilter;
use biip_core::filter::FilterState;
use biip_core::url_state::encode;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;

const SNIPPET_ID: &str = "embed-snippet";
const IFRAME_ID: &str = "embed-iframe";
const FRAME_TITLE: &str = "Birmingham Improvement Panel timeline";
/// What the timeline needs in a sandbox: scripts, its own origin, and a new tab for "Open the
/// full timeline" that is not sandboxed itself.
const SANDBOX: &str = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/// The end of an embedded page: the same view on the full site, and where the data comes from.
/// `full_site` is that view's `href` (the current address without `embed`).
pub fn embed_credit(full_site: &str) -> El {
    let new_tab = |link: El| {
        link.attr("target", "_blank").child(
            el("span")
                .class("visually-hidden")
                .text(" (opens in a new tab)"),
        )
    };
    el("footer")
        .class("embed-credit")
        .child(new_tab(
            el("a")
                .class("embed-open")
                .attr("href", full_site)
                .attr("rel", "noopener")
                .text("Open the full timeline"),
        ))
        .child(
            el("p")
                .text(
                    "Compiled from five public documents about the Birmingham Independent \
                     Improvement Panel. ",
                )
                .child(new_tab(
                    el("a")
                        .attr("href", &site_base::href("/data/events.json"))
                        .attr("rel", "external noopener")
                        .text("Sources and open data"),
                )),
        )
}

/// The "Embed" disclosure for the timeline (`event: None`) or an event page: the snippet and a
/// plain iframe for the current filters, each in a read-only field with a copy button.
pub fn embed_control(event: Option<&'static str>) -> AnyView {
    let filter = UrlFilter::use_context();
    let field = |id: &str| {
        el("textarea")
            .attr("id", id)
            .attr("readonly", "")
            .attr("rows", "4")
            .attr("spellcheck", "false")
    };
    let copy_button = |id: &str, label: &str| {
        el("button")
            .attr("type", "button")
            .class("button")
            .attr("data-copy", id)
            .text(label)
    };
    let (snippet, iframe) = (field(SNIPPET_ID), field(IFRAME_ID));
    let (snippet_node, iframe_node) = (snippet.node(), iframe.node());
    let status = el("p").class("copy-status").attr("role", "status");
    let status_node = status.node();
    let what = match event {
        Some(_) => "Show this event",
        None => "Show this view of the timeline, with its filters,",
    };
    let control = el("details")
        .class("embed-control")
        .child(el("summary").text("Embed"))
        .child(
            el("div")
                .class("embed-body")
                .child(el("p").class("hint").text(what).text(
                    " on your own site. The snippet sizes the frame to its content and keeps \
                     the event a reader opens in your page's address.",
                ))
                .child(el("label").attr("for", SNIPPET_ID).text("Snippet"))
                .child(snippet)
                .child(copy_button(SNIPPET_ID, "Copy snippet"))
                .child(
                    el("label")
                        .attr("for", IFRAME_ID)
                        .text("Or a plain iframe, without the script (fixed height)"),
                )
                .child(iframe)
                .child(copy_button(IFRAME_ID, "Copy iframe"))
                .child(status),
        )
        .node();

    bind(move || {
        let base = site_base::absolute("/");
        let (snippet, iframe) = filter.state.with(|state| embed_code(&base, event, state));
        snippet_node.set_text_content(Some(&snippet));
        iframe_node.set_text_content(Some(&iframe));
    });

    view_with_button_clicks(El::from(control), move |button| {
        let Some(field) = button
            .get_attribute("data-copy")
            .and_then(|id| document().get_element_by_id(&id))
            .and_then(|field| field.dyn_into::<HtmlTextAreaElement>().ok())
        else {
            return;
        };
        let status = status_node.clone();
        status.set_text_content(None);
        leptos::task::spawn_local(async move {
            let message = if write_to_clipboard(&field.value()).await {
                "Copied"
            } else {
                let _ = field.focus();
                field.select();
                if copy_selection() {
                    "Copied"
                } else {
                    "Selected: press Ctrl+C (or ⌘C) to copy it"
                }
            };
            status.set_text_content(Some(message));
        });
    })
}

/// The snippet and the plain iframe that show `state` (and `event`, if any) on another site,
/// with absolute addresses under `base`, the site's full address ending in `/`. The filter is
/// the codec's query string, percent-encoded but for its `&`, and the base is a serialised
/// URL, which may hold `&` too: that is all there is to escape in these quoted attributes.
fn embed_code(base: &str, event: Option<&str>, state: &FilterState) -> (String, String) {
    let base = base.replace('&', "&amp;");
    let filter = encode(state).replace('&', "&amp;");
    let mut snippet = String::from("<div data-biip-timeline");
    let mut src = base.clone();
    if !filter.is_empty() {
        snippet += &format!(" data-filter=\"{filter}\"");
    }
    if let Some(id) = event {
        snippet += &format!(" data-event=\"{id}\"");
        src += &format!("events/{id}/");
    }
    snippet += &format!("></div>\n<script src=\"{base}embed.js\" async></script>");
    let query = if filter.is_empty() {
        filter
    } else {
        filter + "&amp;"
    };
    let iframe = format!(
        "<iframe src=\"{src}?{query}embed=1\" title=\"{FRAME_TITLE}\" width=\"100%\" \
         height=\"600\" loading=\"lazy\" style=\"border:0\" sandbox=\"{SANDBOX}\"></iframe>"
    );
    (snippet, iframe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timeline_code_carries_the_filters_with_escaped_ampersands() {
        let state = biip_core::url_state::decode("tag=finance&q=audit+report").state;
        let (snippet, iframe) = embed_code("https://example.org/a&b/", None, &state);
        assert_eq!(
            snippet,
            "<div data-biip-timeline data-filter=\"q=audit+report&amp;tag=finance\"></div>\n\
             <script src=\"https://example.org/a&amp;b/embed.js\" async></script>"
        );
        assert!(iframe.starts_with(
            "<iframe src=\"https://example.org/a&amp;b/?q=audit+report&amp;tag=finance&amp;embed=1\" \
             title=\"Birmingham Improvement Panel timeline\""
        ));
        assert!(iframe.contains(&format!(" sandbox=\"{SANDBOX}\"></iframe>")));
    }

    #[test]
    fn an_event_code_opens_the_event() {
        let (snippet, iframe) = embed_code(
            "https://example.org/",
            Some("2015-09-11-public-meeting"),
            &FilterState::default(),
        );
        assert_eq!(
            snippet,
            "<div data-biip-timeline data-event=\"2015-09-11-public-meeting\"></div>\n\
             <script src=\"https://example.org/embed.js\" async></script>"
        );
        assert!(iframe.starts_with(
            "<iframe src=\"https://example.org/events/2015-09-11-public-meeting/?embed=1\""
        ));
    }
}
