//! One facet of the filter panel (topics, people, …): a toggle button per value with the
//! number of events it would show, pressed when selected. Long lists start folded.

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
    // A value no event would match is noise, unless the reader chose it.
    let offered =
        Memo::new(move |_| counts.with(|values| values.iter().filter(|v| is_offered(v)).count()));
    let shown = Memo::new(move |_| {
        let expanded = expanded.get();
        counts.with(|values| {
            values
                .iter()
                .filter(|v| is_offered(v))
                .enumerate()
                .filter(|(position, v)| expanded || *position < FOLDED_LENGTH || v.selected)
                .map(|(_, v)| v.value.clone())
                .collect::<Vec<String>>()
        })
    });
    let any_offered = Memo::new(move |_| offered.get() > 0);
    let foldable = Memo::new(move |_| offered.get() > FOLDED_LENGTH);
    let list_id = list_id(facet);
    view! {
        <fieldset class="facet-group" data-facet=facet.key()>
            <legend>{facet.label()}</legend>
            {move || if any_offered.get() { view! {
                <ul class="facet-values" id=list_id>
                    {keyed_list(
                        Box::new(move || shown.get()),
                        Arc::new(move |value| {
                            view! { <FacetToggle facet value counts filter /> }.into_any()
                        }),
                    )}
                </ul>
            }.into_any() } else {
                view! { <p class="facet-empty">"None in these results"</p> }.into_any()
            }}
            {move || foldable.get().then(|| view! {
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
                            format!("Show all {}", offered.get())
                        }
                    }}
                </button>
            }.into_any())}
        </fieldset>
    }
}

fn is_offered(value: &FacetValueCount) -> bool {
    value.count > 0 || value.selected
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

#[component]
fn FacetToggle(
    facet: Facet,
    value: String,
    counts: Memo<Vec<FacetValueCount>>,
    filter: UrlFilter,
) -> impl IntoView {
    let entry = {
        let value = value.clone();
        Memo::new(move |_| counts.with(|c| c.iter().find(|v| v.value == value).cloned()))
    };
    let selected = move || entry.with(|e| e.as_ref().is_some_and(|e| e.selected));
    let count = move || entry.with(|e| e.as_ref().map_or(0, |e| e.count));
    let toggle = move |_| {
        let value = value.clone();
        filter.update(History::Push, move |state| {
            let chosen = state.values_mut(facet);
            if !chosen.remove(&value) {
                chosen.insert(value);
            }
        });
    };
    view! {
        <li>
            <button
                type="button"
                class="facet-value"
                aria-pressed=move || selected().to_string()
                on:click=toggle
            >
                <span class="facet-label">{move || entry.with(|e| e.as_ref().map(|e| e.label.clone()).unwrap_or_default())}</span>
                <span class="facet-count" aria-hidden="true">{move || count().to_string()}</span>
                <span class="visually-hidden">
                    {move || {
                        let n = count();
                        if n == 1 { ", 1 event".to_string() } else { format!(", {n} events") }
                    }}
                </span>
            </button>
        </li>
    }
}
