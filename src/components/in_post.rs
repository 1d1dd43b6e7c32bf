//! Who held each post at an event's date (`biip_core::in_post`): the holder the sources show,
//! or, where they leave it open, who may have held it and that the sources do not settle it.

use crate::catalog::Catalog;
use crate::url_filter::UrlFilter;
use biip_core::filter::Facet;
use biip_core::in_post::{posts_at, Certainty};
use biip_core::model::Event;
use leptos::prelude::*;

#[component]
pub fn InPost(
    catalog: &'static Catalog,
    event: &'static Event,
    filter: UrlFilter,
) -> impl IntoView {
    let posts = posts_at(&catalog.dataset, &event.date.when);
    (!posts.is_empty()).then(|| {
        let rows = posts
            .into_iter()
            .map(|at| {
                let possible = at.certainty == Certainty::Possible;
                let holders = at
                    .holders
                    .iter()
                    .enumerate()
                    .map(|(n, tenure)| {
                        let person = tenure.person.as_str();
                        view! {
                            {(n > 0).then_some(" or ")}
                            <a href=filter.facet_href(Facet::Person, person)>{catalog.person_name(person)}</a>
                            {possible.then(|| format!(" ({})", tenure.human()))}
                        }
                    })
                    .collect_view();
                let answer = if at.holders.is_empty() {
                    "No source shows who held it.".into_any()
                } else if possible {
                    view! { "Not settled by the sources: possibly " {holders} "." }.into_any()
                } else {
                    holders.into_any()
                };
                view! {
                    <dt>{at.post.title.as_str()}</dt>
                    <dd data-certainty=if possible { "possible" } else { "shown" }>{answer}</dd>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="in-post" class="facts">
                <h2 id="in-post">"Who held each post"</h2>
                <p class="hint">{format!("At this event's date ({}), as far as the sources show.", event.date.human())}</p>
                <dl class="in-post">{rows}</dl>
            </section>
        }
    })
}
