//! Embedding in other sites, the app's part: the credit line an embedded page ends with, and
//! the "Embed" disclosure that gives the snippet and a plain iframe for the current view. The
//! messages between frame and host are plain JS (public/embed-frame.js, public/embed.js).

use crate::components::copy_link::{copy_selection, write_to_clipboard};
use crate::site_base;
use crate::url_filter::UrlFilter;
use biip_core::filter::FilterState;
use biip_core::site::{CREDIT, SITE_NAME};
use biip_core::url_state::encode;
use leptos::html::Textarea;
use leptos::prelude::*;

const SNIPPET_ID: &str = "embed-snippet";
const IFRAME_ID: &str = "embed-iframe";
/// What the timeline needs in a sandbox: scripts, its own origin, and a new tab for "Open the
/// full timeline" that is not sandboxed itself.
const SANDBOX: &str = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/// The end of an embedded page: the same view on the full site, and where the data comes from.
#[component]
pub fn EmbedCredit(filter: UrlFilter) -> impl IntoView {
    let full_site = move || full_site_href(&filter.pathname.get(), &filter.state.with(encode));
    view! {
        <footer class="embed-credit">
            <a class="embed-open" href=full_site rel="noopener" target="_blank">
                "Open the full timeline"
                <span class="visually-hidden">" (opens in a new tab)"</span>
            </a>
            <p>
                {format!("{CREDIT} ")}
                <a
                    href=site_base::href("/data/events.json")
                    rel="external noopener"
                    target="_blank"
                >
                    "Sources and open data"
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </p>
        </footer>
    }
}

/// The address of the page at `browser_path` with `query` on the full site (no `embed`). A
/// path that is not the app's, or that could lead off the site, gives the home page.
fn full_site_href(browser_path: &str, query: &str) -> String {
    let path = site_base::app_path(browser_path).unwrap_or("/");
    let separator = if query.is_empty() { "" } else { "?" };
    site_base::href(&format!("{path}{separator}{query}"))
}

/// The "Embed" disclosure for the timeline (`event: None`) or an event page: the snippet and a
/// plain iframe for the current filters, each in a read-only field with a copy button. The code
/// names the site's full address, which only the browser knows: it is filled in once the app
/// has started.
#[component]
pub fn EmbedControl(event: Option<&'static str>) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let started = crate::start::Started::use_context();
    let code = Memo::new(move |_| {
        if !started.get() {
            return (String::new(), String::new());
        }
        let base = site_base::absolute("/");
        filter.state.with(|state| embed_code(&base, event, state))
    });
    let status = RwSignal::new("");
    let snippet_field = NodeRef::<Textarea>::new();
    let iframe_field = NodeRef::<Textarea>::new();
    let copy = move |field: NodeRef<Textarea>| {
        move |_| {
            let Some(field) = field.get_untracked() else {
                return;
            };
            status.set("");
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
                status.set(message);
            });
        }
    };
    let what = match event {
        Some(_) => "Show this event",
        None => "Show this view of the timeline, with its filters,",
    };
    view! {
        <details class="embed-control">
            <summary>"Embed"</summary>
            <div class="embed-body">
                <p class="hint">
                    {format!(
                        "{what} on your own site. The snippet sizes the frame to its content and \
                         keeps the event a reader opens in your page's address.",
                    )}
                </p>
                <label for=SNIPPET_ID>"Snippet"</label>
                <textarea
                    id=SNIPPET_ID
                    readonly
                    rows="4"
                    spellcheck="false"
                    node_ref=snippet_field
                    prop:value=move || code.with(|(snippet, _)| snippet.clone())
                ></textarea>
                <button type="button" class="button" on:click=copy(snippet_field)>
                    "Copy snippet"
                </button>
                <label for=IFRAME_ID>"Or a plain iframe, without the script (fixed height)"</label>
                <textarea
                    id=IFRAME_ID
                    readonly
                    rows="4"
                    spellcheck="false"
                    node_ref=iframe_field
                    prop:value=move || code.with(|(_, iframe)| iframe.clone())
                ></textarea>
                <button type="button" class="button" on:click=copy(iframe_field)>
                    "Copy iframe"
                </button>
                <p class="copy-status" role="status">{move || status.get()}</p>
            </div>
        </details>
    }
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
        "<iframe src=\"{src}?{query}embed=1\" title=\"{SITE_NAME}\" width=\"100%\" \
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
    #[cfg(feature = "ssr")]
    fn the_full_site_link_never_leaves_the_site() {
        crate::site_base::set_render_base("/");
        assert_eq!(full_site_href("/events/x/", "q=a"), "/events/x/?q=a");
        for path in [
            "//evil.example/",
            "/\\evil.example/",
            "//evil.example/events/x/",
        ] {
            assert_eq!(full_site_href(path, ""), "/", "{path}");
        }
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
