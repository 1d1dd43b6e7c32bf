//! The shape of every page about one thing named by its address (`/people/<id>/`,
//! `/sources/<name>/`, …): the thing's own view when the dataset knows it, else the not-found
//! page suggesting things of the same kind.

use crate::catalog::Catalog;
use crate::routes::not_found::{NotFound, Wanted};
use crate::url_filter::UrlFilter;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The page for the `:id` in the address: `draw` shows what `find` finds, or the not-found page
/// for a `kind` the dataset does not have.
pub fn page_by_id<T: 'static>(
    catalog: &'static Catalog,
    kind: Wanted,
    find: fn(&'static Catalog, &str) -> Option<T>,
    draw: fn(&'static Catalog, T) -> AnyView,
) -> impl IntoView {
    UrlFilter::provide_for_page();
    let params = use_params_map();
    let requested = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || match requested.with(|id| find(catalog, id)) {
        Some(found) => draw(catalog, found),
        None => {
            let wanted = requested.get_untracked();
            view! { <NotFound catalog wanted kind /> }.into_any()
        }
    }
}
