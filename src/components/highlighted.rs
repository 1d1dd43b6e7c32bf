//! Text with the words of the current search marked, for titles, summaries and paragraphs.
//! Segments are text nodes and `<mark>`s, never markup.

use crate::broadcast::Broadcast;
use biip_core::text::match_ranges;
use leptos::either::Either;
use leptos::prelude::*;

/// `text` with the words of `terms` marked. The marks are redrawn only when they move, so a
/// keystroke leaves most of a long list untouched.
#[component]
pub fn Highlighted(text: &'static str, terms: Broadcast<Vec<String>>) -> impl IntoView {
    let marks = Memo::new(move |_| terms.with(|terms| match_ranges(text, terms)));
    move || marks.with(|marks| segments(text, marks))
}

/// `text` cut into plain and marked parts at the byte ranges `marks` (sorted, not overlapping).
fn segments(
    text: &'static str,
    marks: &[(usize, usize)],
) -> Vec<Either<&'static str, impl IntoView + use<>>> {
    let mut parts = Vec::with_capacity(marks.len() * 2 + 1);
    let mut at = 0;
    for &(start, end) in marks {
        if start > at {
            parts.push(Either::Left(&text[at..start]));
        }
        let marked = &text[start..end];
        parts.push(Either::Right(view! { <mark>{marked}</mark> }));
        at = end;
    }
    if at < text.len() || parts.is_empty() {
        parts.push(Either::Left(&text[at..]));
    }
    parts
}
