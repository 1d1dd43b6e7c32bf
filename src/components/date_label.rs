//! An event's date as a reader says it ("c. March 2016"), marked up as a machine-readable
//! `<time>` at the date's own precision.

use biip_core::EventDate;
use leptos::prelude::*;

#[component]
pub fn DateLabel(date: &'static EventDate) -> impl IntoView {
    view! { <time datetime=date.date.iso()>{date.human()}</time> }
}

/// The same `<time>` as plain DOM, for static parts of a page.
pub fn date_label(date: &EventDate) -> crate::dom::El {
    crate::dom::el("time")
        .attr("datetime", &date.date.iso())
        .text(&date.human())
}
