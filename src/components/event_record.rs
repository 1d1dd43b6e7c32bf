//! An event's record of changes: the day it was added to the timeline and every correction
//! made to it since (what changed and why), each with an anchor the changes page and the feed
//! link to.

use crate::site_base;
use biip_core::changes::correction_anchor;
use biip_core::Event;
use leptos::prelude::*;

#[component]
pub fn EventRecord(event: &'static Event) -> impl IntoView {
    let corrections = event
        .corrections
        .iter()
        .enumerate()
        .map(|(i, correction)| {
            view! {
                <li id=correction_anchor(i + 1) class="correction">
                    <p>
                        <strong>
                            "Corrected "
                            <time datetime=correction.date.iso()>{correction.date.human()}</time>
                            ":"
                        </strong>
                        " "
                        {correction.what.as_str()}
                    </p>
                    <p class="correction-why">{format!("Why: {}", correction.why)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="record" class="record">
            <h2 id="record">"Record of changes"</h2>
            <p id="added">
                "Added to the timeline on "
                <time datetime=event.added.iso()>{event.added.human()}</time>
                "."
                {event.corrections.is_empty().then_some(" Not corrected since.")}
            </p>
            {(!event.corrections.is_empty()).then(|| view! { <ol class="corrections">{corrections}</ol> })}
            <p>
                <a href=site_base::href("/changes/")>"Every change to the timeline"</a>
            </p>
        </section>
    }
}
