//! The chips above the results, one per active filter, each removing its filter in one click,
//! and "Clear all"; and the empty-result message that offers to undo the last filter. Sort
//! order is a view choice, not a filter, so it has no chip.

use crate::catalog::Catalog;
use crate::components::keyed_list::keyed_list;
use crate::url_filter::{ActiveFilter, History, UrlFilter};
use biip_core::filter::FilterState;
use leptos::prelude::*;
use std::sync::Arc;

/// The chips and "Clear all", hidden while no filter is active.
#[component]
pub fn ActiveFilters(catalog: &'static Catalog) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let keys = move || {
        filter
            .active
            .with(|active| active.iter().map(ActiveFilter::key).collect())
    };
    let chip = move |key: String| {
        let Some(chip) = filter
            .active
            .with_untracked(|active| active.iter().find(|a| a.key() == key).cloned())
        else {
            return ().into_any();
        };
        let text = chip.describe(catalog);
        let label = format!("Remove filter {text}");
        let remove = move |_| {
            let chip = chip.clone();
            filter.update(History::Push, move |state| chip.remove_from(state));
        };
        view! {
            <li>
                <button
                    type="button"
                    class="chip"
                    aria-label=label
                    on:click=remove
                >
                    <span>{text}</span>
                    <span class="chip-x" aria-hidden="true">"×"</span>
                </button>
            </li>
        }
        .into_any()
    };
    let clear_all = move |_| {
        let sort = filter.state.with_untracked(|s| s.sort);
        let cleared = FilterState {
            sort,
            ..FilterState::default()
        };
        filter.set(&cleared, History::Push);
    };
    view! {
        <div
            class="active-filters"
            role="group"
            aria-label="Active filters"
            hidden=move || filter.active.with(Vec::is_empty)
        >
            <ul class="chips">{keyed_list(Box::new(keys), Arc::new(chip))}</ul>
            <button type="button" class="button-quiet clear-all" on:click=clear_all>
                "Clear all"
            </button>
        </div>
    }
}

/// The empty-result message, offering to undo the filter added last.
#[component]
pub fn NoResults(catalog: &'static Catalog) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let label = Memo::new(move |_| {
        filter.active.with(|active| {
            active.last().map(|last| match last {
                ActiveFilter::Text(_) => "Clear the search".to_string(),
                other => format!("Remove “{}”", other.describe(catalog)),
            })
        })
    });
    let undo = move |_| {
        let last = filter
            .active
            .with_untracked(|active| active.last().cloned());
        if let Some(last) = last {
            filter.update(History::Push, move |state| last.remove_from(state));
        }
    };
    view! {
        <div class="no-results" data-testid="no-results">
            <p>"No events match these filters."</p>
            {move || {
                label.get().map(|label| view! {
                    <button type="button" class="button" on:click=undo>{label}</button>
                })
            }}
        </div>
    }
}
