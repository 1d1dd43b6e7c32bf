//! The filter panel: search box, date range and facet groups. On narrow screens it folds into
//! a `<details>`; typing replaces the current history entry, every other change adds one.

use crate::components::facet_group::FacetGroup;
use crate::url_filter::{History, UrlFilter};
use biip_core::date::PartialDate;
use biip_core::filter::{Facet, FilterState};
use biip_core::query::{FacetValueCount, QueryResult};
use biip_core::url_state;
use leptos::html::{Details, Input};
use leptos::prelude::*;

/// Screens at least this wide show the panel beside the results, always open.
const WIDE_SCREEN: &str = "(min-width: 56rem)";

#[component]
pub fn FilterPanel(result: Memo<QueryResult>) -> impl IntoView {
    let panel = NodeRef::<Details>::new();
    let started = crate::start::Started::use_context();
    // Open beside the results on wide screens. The build step cannot know the screen, so the
    // page arrives folded and CSS shows the panel on wide screens until the app opens it.
    Effect::new(move |_| {
        if started.get() {
            if let Some(panel) = panel.get_untracked() {
                if window()
                    .match_media(WIDE_SCREEN)
                    .ok()
                    .flatten()
                    .is_some_and(|query| query.matches())
                {
                    panel.set_open(true);
                }
            }
        }
    });
    let facet_groups = Facet::ALL
        .into_iter()
        .map(|facet| {
            let counts: Memo<Vec<FacetValueCount>> = Memo::new(move |_| {
                result.with(|r| {
                    r.facets
                        .iter()
                        .find(|f| f.facet == facet)
                        .map(|f| f.values.clone())
                        .unwrap_or_default()
                })
            });
            view! { <FacetGroup facet counts /> }
        })
        .collect_view();
    view! {
        <details class="filter-panel" node_ref=panel>
            <summary>"Search and filter"</summary>
            <div class="filter-panel-body">
                <h2 class="filter-heading">"Search and filter"</h2>
                <SearchBox />
                <DateRange />
                {facet_groups}
            </div>
        </details>
    }
}

#[component]
fn SearchBox() -> impl IntoView {
    let filter = UrlFilter::use_context();
    let started = crate::start::Started::use_context();
    let input = NodeRef::<Input>::new();
    // The first key of a search adds a history entry; the keys after it only replace it.
    let typing = StoredValue::new(false);
    let search = move |text: String| {
        let history = if typing.get_value() {
            History::Replace
        } else {
            History::Push
        };
        typing.set_value(true);
        filter.update(history, move |state| state.text = text);
    };
    // The box shows the search in the address: after back, forward or a removed chip, unless
    // it already says the same thing in a form the codec tidies (spaces being typed). The box
    // is never written before the app has started, so what a reader typed while the page was
    // loading stays, and becomes the search.
    Effect::new(move |shown_before: Option<bool>| {
        if !started.get() {
            return false;
        }
        let in_url = filter.state.with(|s| s.text.clone());
        let Some(input) = input.get_untracked() else {
            return false;
        };
        let typed = input.value();
        let taking_over = shown_before != Some(true);
        if taking_over && in_url.is_empty() && !typed.trim().is_empty() {
            search(typed);
        } else if as_stored(&typed) != in_url {
            input.set_value(&in_url);
        }
        true
    });
    view! {
        <form role="search" class="search-box" on:submit=|event| event.prevent_default()>
            <label for="search">"Search the timeline"</label>
            <input
                id="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                node_ref=input
                on:input=move |event| search(event_target_value(&event))
                on:blur=move |_| typing.set_value(false)
            />
        </form>
    }
}

/// The text a search box value becomes after a round trip through the URL.
fn as_stored(text: &str) -> String {
    let state = FilterState {
        text: text.to_string(),
        ..FilterState::default()
    };
    url_state::decode(&url_state::encode(&state)).state.text
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RangeEnd {
    From,
    To,
}

#[component]
fn DateRange() -> impl IntoView {
    view! {
        <fieldset class="date-range">
            <legend>"Dates"</legend>
            <p class="hint" id="date-hint">"Year, year-month or full date: 2015, 2015-09 or 2015-09-11"</p>
            <div class="date-fields">
                <DateField end=RangeEnd::From />
                <DateField end=RangeEnd::To />
            </div>
        </fieldset>
    }
}

#[component]
fn DateField(end: RangeEnd) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let (id, label) = match end {
        RangeEnd::From => ("date-from", "From"),
        RangeEnd::To => ("date-to", "To"),
    };
    let error_id = format!("{id}-error");
    let in_url = Memo::new(move |_| {
        filter.state.with(|s| match end {
            RangeEnd::From => s.from,
            RangeEnd::To => s.to,
        })
    });
    let draft = RwSignal::new(in_url.get_untracked().map(|d| d.iso()).unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let shown = in_url.get().map(|d| d.iso()).unwrap_or_default();
        draft.set(shown);
        error.set(None);
    });
    let apply = move || {
        let text = draft.get_untracked();
        let text = text.trim();
        let parsed = if text.is_empty() {
            Ok(None)
        } else {
            PartialDate::parse(text)
                .map(Some)
                .map_err(|e| e.to_string())
        };
        match parsed {
            Ok(date) => {
                let state = filter.state.get_untracked();
                if let Some(message) = inverted_range_message(end, date, &state) {
                    error.set(Some(message));
                    return;
                }
                error.set(None);
                if date != in_url.get_untracked() {
                    filter.update(History::Push, move |state| match end {
                        RangeEnd::From => state.from = date,
                        RangeEnd::To => state.to = date,
                    });
                }
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let error_ref = error_id.clone();
    view! {
        <div class="date-field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                placeholder="YYYY-MM-DD"
                aria-describedby=move || {
                    if error.with(Option::is_some) {
                        format!("date-hint {error_ref}")
                    } else {
                        "date-hint".to_string()
                    }
                }
                aria-invalid=move || error.with(Option::is_some).to_string()
                prop:value=draft
                on:input=move |event| draft.set(event_target_value(&event))
                on:change=move |_| apply()
                on:keydown=move |event| {
                    if event.key() == "Enter" {
                        event.prevent_default();
                        apply();
                    }
                }
            />
            <p class="field-error" id=error_id aria-live="polite">
                {move || error.get()}
            </p>
        </div>
    }
}

/// Why a date would leave the range empty (it ends before it starts), if it would.
fn inverted_range_message(
    end: RangeEnd,
    date: Option<PartialDate>,
    state: &FilterState,
) -> Option<String> {
    let date = date?;
    match end {
        RangeEnd::From => {
            let to = state.to?;
            (date.start() > to.end())
                .then(|| format!("The start must not be after the end date ({}).", to.human()))
        }
        RangeEnd::To => {
            let from = state.from?;
            (date.end() < from.start()).then(|| {
                format!(
                    "The end must not be before the start date ({}).",
                    from.human()
                )
            })
        }
    }
}
