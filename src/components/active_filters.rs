//! The chips above the results, one per active filter, each removing its filter in one click,
//! and "Clear all". Sort order is a view choice, not a filter, so it has no chip.

use crate::catalog::Catalog;
use crate::components::keyed_list::keyed_list;
use crate::url_filter::{ActiveFilter, History, UrlFilter};
use biip_core::filter::FilterState;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ActiveFilters(catalog: &'static Catalog) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let clear_all = move |_| {
        let sort = filter.state.with_untracked(|s| s.sort);
        filter.set(
            &FilterState {
                sort,
                ..FilterState::default()
            },
            History::Push,
        );
    };
    let any_active = Memo::new(move |_| filter.active.with(|a| !a.is_empty()));
    view! {
        {move || any_active.get().then(|| view! {
            <div class="active-filters" aria-label="Active filters" role="group">
                <ul class="chips">
                    {keyed_list(
                        Box::new(move || filter.active.with(|a| a.iter().map(ActiveFilter::key).collect())),
                        Arc::new(move |key| {
                            let Some(active) = filter.active.with_untracked(|a| a.iter().find(|f| f.key() == key).cloned()) else {
                                return ().into_any();
                            };
                            let text = active.describe(catalog);
                            let label = format!("Remove filter {text}");
                            let remove = move |_| {
                                let active = active.clone();
                                filter.update(History::Push, move |state| active.remove_from(state));
                            };
                            view! {
                                <li>
                                    <button type="button" class="chip" aria-label=label on:click=remove>
                                        <span>{text}</span>
                                        <span class="chip-x" aria-hidden="true">"×"</span>
                                    </button>
                                </li>
                            }.into_any()
                        }),
                    )}
                </ul>
                <button type="button" class="button-quiet clear-all" on:click=clear_all>
                    "Clear all"
                </button>
            </div>
        }.into_any())}
    }
}

/// The empty-result message, offering to undo the filter added last.
#[component]
pub fn NoResults(catalog: &'static Catalog) -> impl IntoView {
    let filter = UrlFilter::use_context();
    view! {
        <div class="no-results" data-testid="no-results">
            <p>"No events match these filters."</p>
            {move || {
                filter.active.with(|a| a.last().cloned())
                    .map(|active| {
                        let text = match &active {
                            ActiveFilter::Text(_) => "Clear the search".to_string(),
                            other => format!("Remove “{}”", other.describe(catalog)),
                        };
                        let undo = move |_| {
                            let active = active.clone();
                            filter.update(History::Push, move |state| active.remove_from(state));
                        };
                        view! {
                            <button type="button" class="button" on:click=undo>
                                {text}
                            </button>
                        }
                    })
            }}
        </div>
    }
}
