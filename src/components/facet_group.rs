//! One facet of the filter panel (topics, people, …): a toggle button per value with the
//! number of events it would show, pressed when selected. Long lists start folded.
//!
//! Plain DOM: the buttons are built once per value and updated in place by one effect, so a
//! button keeps its DOM identity (and focus) while the counts around it change. One click
//! listener on the fieldset serves every button of the group.

use crate::dom::{bind, el, view_with_button_clicks, El};
use crate::url_filter::{History, UrlFilter};
use biip_core::filter::Facet;
use biip_core::query::FacetValueCount;
use leptos::prelude::*;
use std::collections::HashMap;
use web_sys::{Element, Node};

/// Values shown before "Show all"; selected values are always shown.
const FOLDED_LENGTH: usize = 8;

/// A value's list item and the parts of it that change.
struct Row {
    item: Element,
    button: Element,
    label: Element,
    count: Element,
    spoken: Element,
}

impl Row {
    fn new(value: &str) -> Row {
        let label = el("span").class("facet-label");
        let count = el("span").class("facet-count").attr("aria-hidden", "true");
        let spoken = el("span").class("visually-hidden");
        let (label_el, count_el, spoken_el) = (label.node(), count.node(), spoken.node());
        let button = el("button")
            .attr("type", "button")
            .class("facet-value")
            .attr("data-value", value)
            .child(label)
            .child(count)
            .child(spoken);
        let button_el = button.node();
        Row {
            item: el("li").child(button).node(),
            button: button_el,
            label: label_el,
            count: count_el,
            spoken: spoken_el,
        }
    }

    fn update(&self, value: &FacetValueCount) {
        let _ = self.button.set_attribute(
            "aria-pressed",
            if value.selected { "true" } else { "false" },
        );
        set_text(&self.label, &value.label);
        set_text(&self.count, &value.count.to_string());
        let spoken = if value.count == 1 {
            ", 1 event".to_string()
        } else {
            format!(", {} events", value.count)
        };
        set_text(&self.spoken, &spoken);
    }
}

/// Sets an element's text, leaving it alone when it already says that (no needless mutation).
fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// Puts `node` in `parent` before `before` (at the end when `None`), or takes it out.
fn set_present(parent: &Element, node: &Element, before: Option<&Node>, present: bool) {
    let attached = node.parent_node().is_some();
    if present && !attached {
        let _ = parent.insert_before(node, before);
    } else if !present && attached {
        node.remove();
    }
}

#[component]
pub fn FacetGroup(facet: Facet, counts: Memo<Vec<FacetValueCount>>) -> impl IntoView {
    let filter = UrlFilter::use_context();
    let expanded = RwSignal::new(false);
    let list_id = list_id(facet);

    let list = el("ul").class("facet-values").attr("id", list_id).node();
    let empty = el("p")
        .class("facet-empty")
        .text("None in these results")
        .node();
    let more = el("button")
        .attr("type", "button")
        .class("button-quiet facet-more")
        .attr("aria-controls", list_id)
        .node();
    let group = el("fieldset")
        .class("facet-group")
        .attr("data-facet", facet.key())
        .child(el("legend").text(facet.label()))
        .node();

    let mut rows: HashMap<String, Row> = HashMap::new();
    let render = {
        let group = group.clone();
        move || {
            let expanded = expanded.get();
            counts.with(|values| {
                // A value no event would match is noise, unless the reader chose it.
                let offered: Vec<&FacetValueCount> = values
                    .iter()
                    .filter(|v| v.count > 0 || v.selected)
                    .collect();
                let foldable = offered.len() > FOLDED_LENGTH;
                set_present(&group, &more, None, foldable);
                let before: Option<Node> = more.parent_node().map(|_| more.clone().into());
                set_present(&group, &list, before.as_ref(), !offered.is_empty());
                set_present(&group, &empty, before.as_ref(), offered.is_empty());
                let _ =
                    more.set_attribute("aria-expanded", if expanded { "true" } else { "false" });
                if expanded {
                    set_text(&more, "Show fewer");
                } else {
                    set_text(&more, &format!("Show all {}", offered.len()));
                }
                // Rows in order; a row already in place is left alone.
                let mut cursor = list.first_child();
                for (position, value) in offered.iter().enumerate() {
                    if !(expanded || position < FOLDED_LENGTH || value.selected) {
                        continue;
                    }
                    let row = rows
                        .entry(value.value.clone())
                        .or_insert_with(|| Row::new(&value.value));
                    row.update(value);
                    let node: &Node = &row.item;
                    if cursor.as_ref() == Some(node) {
                        cursor = node.next_sibling();
                    } else {
                        let _ = list.insert_before(node, cursor.as_ref());
                    }
                }
                while let Some(node) = cursor {
                    cursor = node.next_sibling();
                    let _ = list.remove_child(&node);
                }
            });
        }
    };
    bind(render);

    view_with_button_clicks(El::from(group), move |button| {
        if let Some(value) = button.get_attribute("data-value") {
            filter.update(History::Push, move |state| {
                let chosen = state.values_mut(facet);
                if !chosen.remove(&value) {
                    chosen.insert(value);
                }
            });
        } else if button.class_list().contains("facet-more") {
            expanded.update(|e| *e = !*e);
        }
    })
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
