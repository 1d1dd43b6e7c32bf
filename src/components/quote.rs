//! A quote as the pages show it: the words, who said them, and the source they are quoted in,
//! linked to the passage on the source's page. `occasion` adds the event they were said on,
//! for pages that gather quotes from several events (a person's).

use crate::catalog::Catalog;
use crate::routes::event::passage_path;
use crate::url_filter::UrlFilter;
use biip_core::source_text::Cited;
use leptos::prelude::*;

#[component]
pub fn QuoteFigure(
    catalog: &'static Catalog,
    /// The event's index and the quote's index in it.
    event: usize,
    quote: usize,
    #[prop(optional)] occasion: Option<AnyView>,
) -> impl IntoView {
    let quoted = &catalog.dataset.events[event].quotes[quote];
    let filter = UrlFilter::use_context();
    let in_source = filter.link(passage_path(
        catalog,
        event,
        &quoted.source,
        Cited::Quote(quote),
    ));
    view! {
        <figure class="quote">
            <blockquote>
                <p>{quoted.text.as_str()}</p>
            </blockquote>
            <figcaption>
                {format!("— {}", catalog.dataset.quote_authors(quoted))}
                {occasion}
                ", quoted in "
                <cite>
                    <a href=in_source>{catalog.source_title(&quoted.source)}</a>
                </cite>
            </figcaption>
        </figure>
    }
}
