//! The chips above the results, one per active filter, each removing its filter in one click,
//! and "Clear all"; and the empty-result message that offers to undo the last filter. Sort
//! order is a view choice, not a filter, so it has no chip.
//!
//! Plain DOM (`crate::dom`): the chips are rewritten when the filters change, and one click
//! listener on each part serves all of its buttons.

use crate::catalog::Catalog;
use crate::dom::{bind, el, view_with_button_clicks};
use crate::url_filter::{ActiveFilter, History, UrlFilter};
use biip_core::filter::FilterState;
use leptos::prelude::*;

/// The chips and "Clear all", hidden while no filter is active.
pub fn active_filters(catalog: &'static Catalog) -> AnyView {
    let filter = UrlFilter::use_context();
    let chips = el("ul").class("chips");
    let chips_node = chips.node();
    let group = el("div")
        .class("active-filters")
        .attr("role", "group")
        .attr("aria-label", "Active filters")
        .child(chips)
        .child(
            el("button")
                .attr("type", "button")
                .class("button-quiet clear-all")
                .text("Clear all"),
        );
    let group_node = group.node();
    bind(move || {
        filter.active.with(|active| {
            let _ = group_node.toggle_attribute_with_force("hidden", active.is_empty());
            chips_node.set_text_content(None);
            for chip in active {
                let text = chip.describe(catalog);
                let button = el("button")
                    .attr("type", "button")
                    .class("chip")
                    .attr("data-key", &chip.key())
                    .attr("aria-label", &format!("Remove filter {text}"))
                    .child(el("span").text(&text))
                    .child(
                        el("span")
                            .class("chip-x")
                            .attr("aria-hidden", "true")
                            .text("×"),
                    );
                let _ = chips_node.append_with_node_1(&el("li").child(button).node());
            }
        });
    });
    view_with_button_clicks(group, move |button| {
        match button.get_attribute("data-key") {
            Some(key) => remove_active(filter, |active| active.iter().find(|a| a.key() == key)),
            None => {
                let sort = filter.state.with_untracked(|s| s.sort);
                let cleared = FilterState {
                    sort,
                    ..FilterState::default()
                };
                filter.set(&cleared, History::Push);
            }
        }
    })
}

/// The empty-result message, offering to undo the filter added last.
pub fn no_results(catalog: &'static Catalog) -> AnyView {
    let filter = UrlFilter::use_context();
    let undo = el("button").attr("type", "button").class("button");
    let undo_node = undo.node();
    bind(move || {
        let label = filter.active.with(|active| {
            active.last().map(|last| match last {
                ActiveFilter::Text(_) => "Clear the search".to_string(),
                other => format!("Remove “{}”", other.describe(catalog)),
            })
        });
        let _ = undo_node.toggle_attribute_with_force("hidden", label.is_none());
        undo_node.set_text_content(label.as_deref());
    });
    let message = el("div")
        .class("no-results")
        .attr("data-testid", "no-results")
        .child(el("p").text("No events match these filters."))
        .child(undo);
    view_with_button_clicks(message, move |_| {
        remove_active(filter, <[ActiveFilter]>::last)
    })
}

/// Removes from the URL the active filter `pick` chooses, if it chooses one.
fn remove_active(filter: UrlFilter, pick: impl FnOnce(&[ActiveFilter]) -> Option<&ActiveFilter>) {
    let picked = filter.active.with_untracked(|active| pick(active).cloned());
    if let Some(picked) = picked {
        filter.update(History::Push, move |state| picked.remove_from(state));
    }
}
