//! Text with the words of the current search marked, for titles, summaries and paragraphs.
//! Segments are appended as text nodes and `<mark>`s, never as markup.

use crate::dom::{bind, el, El};
use biip_core::text::match_ranges;
use leptos::prelude::*;
use web_sys::Element;

/// Appends `text` to `parent`, with the words of `terms` marked.
pub fn highlighted(parent: El, text: &str, terms: &[String]) -> El {
    append_marked(&parent.node(), text, &match_ranges(text, terms));
    parent
}

/// Keeps `element` holding `text` with the current search words marked. The content is
/// rewritten only when the marks move, so a keystroke leaves most of a long list untouched.
pub fn bind_highlighted(element: Element, text: &'static str, terms: Memo<Vec<String>>) {
    let mut shown: Option<Vec<(usize, usize)>> = None;
    bind(move || {
        let ranges = terms.with(|terms| match_ranges(text, terms));
        if shown.as_ref() != Some(&ranges) {
            element.set_text_content(None);
            append_marked(&element, text, &ranges);
            shown = Some(ranges);
        }
    });
}

/// Appends `text` as text nodes, with each byte range in `marks` (sorted, not overlapping)
/// wrapped in a `<mark>`.
fn append_marked(parent: &Element, text: &str, marks: &[(usize, usize)]) {
    let mut at = 0;
    for &(start, end) in marks {
        if start > at {
            let _ = parent.append_with_str_1(&text[at..start]);
        }
        let _ = parent.append_with_node_1(&el("mark").text(&text[start..end]).node());
        at = end;
    }
    if at < text.len() {
        let _ = parent.append_with_str_1(&text[at..]);
    }
}
