//! `/changes/`: every event added to the timeline and every correction made to one, newest
//! first and grouped by day, from the same record as the Atom feed (`biip_core::changes`).

use crate::catalog::Catalog;
use crate::components::page_heading::PageHeading;
use crate::page_meta::PageMeta;
use crate::site_base;
use biip_core::changes::{change_log, Change, ChangeKind};
use biip_core::site::{event_path, FEED_FILE};
use biip_core::PartialDate;
use leptos::prelude::*;

#[component]
pub fn ChangesPage(catalog: &'static Catalog) -> impl IntoView {
    Effect::new(move |_| PageMeta::changes().apply());
    let days = by_day(change_log(&catalog.dataset))
        .into_iter()
        .map(|(day, changes)| {
            let heading_id = format!("day-{}", day.iso());
            let labelled_by = heading_id.clone();
            let items = changes
                .into_iter()
                .map(|change| view! { <ChangeItem catalog change /> })
                .collect_view();
            view! {
                <section class="changes-day" aria-labelledby=labelled_by>
                    <h2 id=heading_id>
                        <time datetime=day.iso()>{day.human()}</time>
                    </h2>
                    <ul class="changes-list">{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="changes-page" data-testid="changes-page">
            <PageHeading>"Changes and corrections"</PageHeading>
            <p class="lede">
                "Every event added to the timeline and every correction made to one, newest first. A correction says what the event said before, what it says now, and why."
            </p>
            <p>
                <a href=site_base::href(&format!("/{FEED_FILE}")) rel="external" type="application/atom+xml">
                    "Follow changes in a feed reader (Atom)"
                </a>
            </p>
            {days}
        </article>
    }
}

#[component]
fn ChangeItem(catalog: &'static Catalog, change: Change<'static>) -> impl IntoView {
    let event = &catalog.dataset.events[change.event];
    let href = site_base::href(&format!("{}#{}", event_path(&event.id), change.anchor()));
    match change.what {
        ChangeKind::Added => view! {
            <li class="change change-added">
                <span class="change-kind">"Added: "</span>
                <a href=href>{event.title.as_str()}</a>
            </li>
        }
        .into_any(),
        ChangeKind::Corrected { correction, .. } => view! {
            <li class="change change-corrected">
                <span class="change-kind">"Corrected: "</span>
                <a href=href>{event.title.as_str()}</a>
                <p>{correction.what.as_str()}</p>
                <p class="correction-why">{format!("Why: {}", correction.why)}</p>
            </li>
        }
        .into_any(),
    }
}

/// The record in runs of the same day, newest day first.
fn by_day(log: Vec<Change<'_>>) -> Vec<(PartialDate, Vec<Change<'_>>)> {
    let mut days: Vec<(PartialDate, Vec<Change<'_>>)> = Vec::new();
    for change in log {
        match days.last_mut() {
            Some((day, changes)) if *day == change.date => changes.push(change),
            _ => days.push((change.date, vec![change])),
        }
    }
    days
}
