//! An event's date as a reader says it ("c. March 2016"), marked up as a machine-readable
//! `<time>` at the date's own precision.

use biip_core::EventDate;
use leptos::prelude::*;

#[component]
pub fn DateLabel(date: &'static EventDate) -> impl IntoView {
    view! { <time datetime=date.date.iso()>{date.human()}</time> }
}
