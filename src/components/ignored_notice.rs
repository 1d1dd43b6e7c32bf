//! The small notice that lists the parts of a link the app did not understand and ignored,
//! so a mistyped or outdated link explains itself instead of silently showing something else.

use crate::url_filter::UrlFilter;
use leptos::prelude::*;

/// Long hostile values are shortened: the notice must stay small.
const MAX_SHOWN_CHARS: usize = 120;

/// The notice, shown while the link had something to ignore and the reader has not dismissed
/// this list.
#[component]
pub fn IgnoredNotice() -> impl IntoView {
    let filter = UrlFilter::use_context();
    let ignored = Memo::new(move |_| filter.ignored());
    // The list the reader dismissed; a different list shows the notice again.
    let dismissed = RwSignal::new(None::<Vec<String>>);
    let shown = move || {
        ignored
            .with(|ignored| !ignored.is_empty() && dismissed.with(|d| d.as_ref() != Some(ignored)))
    };
    move || {
        shown().then(|| {
            let items = ignored
                .get()
                .iter()
                .map(|item| view! { <li>{shorten(item)}</li> })
                .collect_view();
            view! {
                <aside class="notice" aria-labelledby="ignored-heading" data-testid="ignored-notice">
                    <h2 id="ignored-heading" class="notice-heading">
                        "Parts of this link were ignored"
                    </h2>
                    <ul>{items}</ul>
                    <button
                        type="button"
                        class="button-quiet"
                        on:click=move |_| dismissed.set(Some(ignored.get_untracked()))
                    >
                        "Dismiss"
                    </button>
                </aside>
            }
        })
    }
}

fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_SHOWN_CHARS {
        text.to_string()
    } else {
        let head: String = text.chars().take(MAX_SHOWN_CHARS).collect();
        format!("{head}…")
    }
}
