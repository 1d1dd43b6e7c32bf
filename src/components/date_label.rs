//! An event's date as a reader says it ("c. March 2016", "between June and September 2015"). A
//! single date is a machine-readable `<time>` at its own precision; an interval or a bound,
//! which `<time>` cannot hold, carries its EDTF form instead.

use biip_core::{EventDate, When};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn DateLabel(date: &'static EventDate) -> impl IntoView {
    match &date.when {
        When::On(at) => Either::Left(view! { <time datetime=at.date.iso()>{date.human()}</time> }),
        when => Either::Right(
            view! { <span class="date-span" data-edtf=when.edtf()>{date.human()}</span> },
        ),
    }
}
