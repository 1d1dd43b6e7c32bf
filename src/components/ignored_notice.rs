//! The small notice that lists the parts of a link the app did not understand and ignored,
//! so a mistyped or outdated link explains itself instead of silently showing something else.

use crate::dom::{bind, el, view_with_button_clicks};
use crate::url_filter::UrlFilter;
use leptos::prelude::*;

/// Long hostile values are shortened: the notice must stay small.
const MAX_SHOWN_CHARS: usize = 120;

/// The notice, hidden while the link had nothing to ignore or the reader dismissed this list.
pub fn ignored_notice() -> AnyView {
    let filter = UrlFilter::use_context();
    let ignored = Memo::new(move |_| filter.ignored());
    // The list the reader dismissed; a different list shows the notice again.
    let dismissed = RwSignal::new(None::<Vec<String>>);
    let list = el("ul");
    let list_node = list.node();
    let notice = el("aside")
        .class("notice")
        .attr("aria-labelledby", "ignored-heading")
        .attr("data-testid", "ignored-notice")
        .child(
            el("h2")
                .attr("id", "ignored-heading")
                .class("notice-heading")
                .text("Parts of this link were ignored"),
        )
        .child(list)
        .child(
            el("button")
                .attr("type", "button")
                .class("button-quiet")
                .text("Dismiss"),
        );
    let notice_node = notice.node();
    bind(move || {
        ignored.with(|ignored| {
            let hidden = ignored.is_empty() || dismissed.with(|d| d.as_ref() == Some(ignored));
            let _ = notice_node.toggle_attribute_with_force("hidden", hidden);
            list_node.set_text_content(None);
            for item in ignored {
                let _ = list_node.append_with_node_1(&el("li").text(&shorten(item)).node());
            }
        });
    });
    view_with_button_clicks(notice, move |_| {
        dismissed.set(Some(ignored.get_untracked()))
    })
}

fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_SHOWN_CHARS {
        text.to_string()
    } else {
        let head: String = text.chars().take(MAX_SHOWN_CHARS).collect();
        format!("{head}…")
    }
}
