//! Text with the words of the current search marked, for titles, summaries and paragraphs.
//! Segments are appended as text nodes and `<mark>`s, never as markup.

use crate::dom::{el, El};
use biip_core::text::highlight;

/// Appends `text` to `parent`, with the words of `terms` marked.
pub fn highlighted(parent: El, text: &str, terms: &[String]) -> El {
    if terms.is_empty() {
        return parent.text(text);
    }
    highlight(text, terms)
        .into_iter()
        .fold(parent, |parent, segment| {
            if segment.is_match {
                parent.child(el("mark").text(&segment.text))
            } else {
                parent.text(&segment.text)
            }
        })
}
