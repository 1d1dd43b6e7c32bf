//! Text with the words of the current search marked, for titles, summaries and paragraphs.
//! Segments are rendered as text nodes and `<mark>`s, never as markup.

use biip_core::text::highlight;
use leptos::prelude::*;

#[component]
pub fn Highlighted(text: &'static str, #[prop(into)] terms: Signal<Vec<String>>) -> impl IntoView {
    view! {
        {move || {
            terms.with(|terms| {
            if terms.is_empty() {
                return text.into_any();
            }
            highlight(text, terms)
                .into_iter()
                .map(|segment| {
                    if segment.is_match {
                        view! { <mark>{segment.text}</mark> }.into_any()
                    } else {
                        segment.text.into_any()
                    }
                })
                .collect_view()
                .into_any()
            })
        }}
    }
}
