//! One keyed list for every `<For>` of the app: items are their own string keys. A single
//! instance of the keyed-diff code serves the facet values, the chips, the years and the events
//! (each `<For>` with its own item type would compile its own copy).

use leptos::prelude::*;
use std::sync::Arc;

/// Items listed by `each` (unique keys), each shown by `row`; a row stays in place, with its
/// DOM and focus, for as long as its key is listed.
pub fn keyed_list(
    each: Box<dyn Fn() -> Vec<String> + Send + Sync>,
    row: Arc<dyn Fn(String) -> AnyView + Send + Sync>,
) -> AnyView {
    view! { <For each=move || each() key=String::clone children=move |key| row(key) /> }.into_any()
}
