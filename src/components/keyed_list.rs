//! One keyed list for every list of the app that follows the filters: items are their own
//! string keys. A single instance of the keyed-diff code serves the facet values, the chips, the
//! years and the events (a list per item type would compile its own copy).
//!
//! Each row has a reactive owner of its own, so its effects and memos live exactly as long as
//! the row. Those owners are roots, not children of the page's owner: an owner remembers every
//! child it ever had until it goes itself, so rows created under the page's owner kept about
//! 100 bytes each of wasm memory for as long as the page was open, every search that replaced
//! the list adding a few KB (issue 15). A row reads the page's filter and start state from its
//! own owner, which the list gives it.

use crate::start::Started;
use crate::url_filter::UrlFilter;
use leptos::prelude::*;
use leptos::tachys::reactive_graph::OwnedView;
use leptos::tachys::view::keyed::keyed;
use std::sync::Arc;

/// Items listed by `each` (unique keys), each shown by `row`; a row stays in place, with its
/// DOM and focus, for as long as its key is listed.
pub fn keyed_list(
    each: Box<dyn Fn() -> Vec<String> + Send + Sync>,
    row: Arc<dyn Fn(String) -> AnyView + Send + Sync>,
) -> AnyView {
    let filter = use_context::<UrlFilter>();
    let started = use_context::<Started>();
    let row_view = move |_index: usize, key: String| {
        let owner = row_owner();
        let view = owner.with(|| {
            if let Some(filter) = filter {
                provide_context(filter);
            }
            if let Some(started) = started {
                provide_context(started);
            }
            row(key)
        });
        (drop::<usize>, OwnedView::new_with_owner(view, owner))
    };
    (move || keyed(each(), String::clone, row_view.clone())).into_any()
}

/// A new root owner for a row, sharing the page's hydration context; the current owner is
/// left as it was.
fn row_owner() -> Owner {
    let previous = Owner::current();
    let owner = Owner::new_root(Owner::current_shared_context());
    match previous {
        Some(previous) => previous.set(),
        None => Owner::unset(owner.clone()),
    }
    owner
}
