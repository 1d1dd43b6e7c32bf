//! One facet of the filter panel (topics, people, organisations…): each value a toggle button
//! with its count, pressed when selected. Long lists start folded.
//!
//! A value's button stays in place, with its focus, while the counts around it change: the
//! list is keyed by value, and each button follows its own count.

use crate::broadcast::Broadcast;
use crate::components::keyed_list::keyed_list;
use crate::url_filter::{History, UrlFilter};
use biip_core::filter::Facet;
use biip_core::query::FacetValueCount;
use leptos::prelude::*;
use std::sync::Arc;

/// Values shown before "Show all"; selected values are always shown.
const FOLDED_LENGTH: usize = 8;

#[component]
pub fn FacetGroup(facet: Facet, counts: Memo<Vec<FacetValueCount>>) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let expanded = RwSignal::new(false);
    let list_id = list_id(facet);
    // A value no event would match is noise, unless the reader chose it.
    let offered = Memo::new(move |_| {
        counts.with(|values| {
            values
                .iter()
                .filter(|v| v.count > 0 || v.selected)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let shown_keys = move || {
        let expanded = expanded.get();
        offered.with(|offered| {
            offered
                .iter()
                .enumerate()
                .filter(|(position, value)| expanded || *position < FOLDED_LENGTH || value.selected)
                .map(|(_, value)| value.value.clone())
                .collect()
        })
    };
    let counts_for_rows = Broadcast::new(counts);
    let row = move |value: String| {
        let current = Memo::new({
            let value = value.clone();
            move |_| counts_for_rows.with(|c| c.iter().find(|v| v.value == value).cloned())
        });
        let toggle = {
            let value = value.clone();
            move |_| {
                let value = value.clone();
                filter.update(History::Push, move |state| {
                    let chosen = state.values_mut(facet);
                    if !chosen.remove(&value) {
                        chosen.insert(value);
                    }
                });
            }
        };
        let count = move || current.with(|c| c.as_ref().map_or(0, |c| c.count));
        view! {
            <li>
                <button
                    type="button"
                    class="facet-value"
                    aria-pressed=move || current.with(|c| c.as_ref().is_some_and(|c| c.selected).to_string())
                    on:click=toggle
                >
                    <span class="facet-label">
                        {move || current.with(|c| c.as_ref().map(|c| c.label.clone()).unwrap_or_default())}
                    </span>
                    <span class="facet-count" aria-hidden="true">{count}</span>
                    <span class="visually-hidden">
                        {move || match count() {
                            1 => ", 1 event".to_string(),
                            n => format!(", {n} events"),
                        }}
                    </span>
                </button>
            </li>
        }
        .into_any()
    };
    // Memos, so the list and the fold button are drawn again only when they come or go.
    let foldable = Memo::new(move |_| offered.with(|o| o.len() > FOLDED_LENGTH));
    let none_offered = Memo::new(move |_| offered.with(Vec::is_empty));
    view! {
        <fieldset class="facet-group" data-facet=facet.key()>
            <legend>{facet.label()}</legend>
            {move || {
                if none_offered.get() {
                    view! { <p class="facet-empty">"None in these results"</p> }.into_any()
                } else {
                    view! {
                        <ul class="facet-values" id=list_id>
                            {keyed_list(Box::new(shown_keys), Arc::new(row))}
                        </ul>
                    }
                        .into_any()
                }
            }}
            {move || {
                foldable.get().then(|| {
                    view! {
                        <button
                            type="button"
                            class="button-quiet facet-more"
                            aria-controls=list_id
                            aria-expanded=move || expanded.get().to_string()
                            on:click=move |_| expanded.update(|e| *e = !*e)
                        >
                            {move || {
                                if expanded.get() {
                                    "Show fewer".to_string()
                                } else {
                                    format!("Show all {}", offered.with(Vec::len))
                                }
                            }}
                        </button>
                    }
                })
            }}
        </fieldset>
    }
}

fn list_id(facet: Facet) -> &'static str {
    match facet {
        Facet::Tag => "facet-tag",
        Facet::Person => "facet-person",
        Facet::Organisation => "facet-org",
        Facet::Kind => "facet-kind",
        Facet::Source => "facet-source",
    }
}
