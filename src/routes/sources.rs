//! The sources: `/sources/` lists the documents the timeline is compiled from, and
//! `/sources/<name>/` shows one in full, as published, with every passage an event cites
//! marked where it stands and leading to the events that cite it.

use crate::catalog::Catalog;
use crate::components::date_label::DateLabel;
use crate::components::page_heading::PageHeading;
use crate::page_meta::PageMeta;
use crate::routes::by_id::page_by_id;
use crate::routes::not_found::Wanted;
use crate::site_base;
use crate::url_filter::UrlFilter;
use biip_core::site::{source_path, SOURCES_PATH};
use biip_core::source_text::{Block, BlockKind, Coverage, Piece, SourceText};
use biip_core::Source;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// `/sources/`: every source, with how much of it the timeline cites.
#[component]
pub fn SourcesPage(catalog: &'static Catalog) -> impl IntoView {
    Effect::new(move |_| PageMeta::sources().apply());
    let filter = UrlFilter::use_context();
    let items = catalog
        .dataset
        .sources
        .iter()
        .map(|source| {
            let coverage = catalog.anchors.coverage(&source.file).map(|coverage| {
                view! { <p class="source-coverage">{coverage_sentence(coverage)}</p> }
            });
            view! {
                <li class="source-item">
                    <h2>
                        <a href=filter.link(source_path(&source.file))>
                            {source.headline.as_str()}
                        </a>
                    </h2>
                    <p class="source-byline">
                        {source.publisher.as_str()}
                        {source.published.as_ref().map(|date| view! { " · " <DateLabel date /> })}
                    </p>
                    {coverage}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="sources-page" data-testid="sources-page">
            <PageHeading>"Sources"</PageHeading>
            <p class="lede">
                "The documents the timeline is compiled from, each in full as published, with every passage an event cites marked where it stands."
            </p>
            <ul class="source-list">{items}</ul>
        </article>
    }
}

/// `/sources/<name>/`: one source in full, or the not-found page with the sources.
#[component]
pub fn SourcePage(catalog: &'static Catalog) -> impl IntoView {
    page_by_id(
        catalog,
        Wanted::Source,
        |catalog, name| catalog.source_by_slug(name),
        |catalog, source| view! { <SourceDetail catalog source /> }.into_any(),
    )
}

#[component]
fn SourceDetail(catalog: &'static Catalog, source: &'static Source) -> impl IntoView {
    let filter = UrlFilter::use_context();
    Effect::new(move |_| PageMeta::source(&source.headline, &source.publisher).apply());
    let article = Article::new(catalog, source);
    focus_linked_passage(article);
    let date_note = source
        .published
        .as_ref()
        .and_then(|date| date.note.as_deref())
        .map(|note| {
            view! {
                <details class="date-note">
                    <summary>"How the date is known"</summary>
                    <p>{note}</p>
                </details>
            }
        });
    let coverage = catalog.anchors.coverage(&source.file).map(|coverage| {
        view! {
            <p class="source-coverage">
                {coverage_sentence(coverage)}
                " Each marked passage names the events that cite it."
            </p>
        }
    });
    let body = move || {
        match article.0.get() {
        ArticleState::Shown(text) => view! {
            <div class="source-article" data-testid="source-article">
                {text.blocks.iter().map(|block| view! { <SourceBlock catalog text block /> }).collect_view()}
            </div>
        }
        .into_any(),
        ArticleState::Loading => view! { <p role="status">"Loading the text…"</p> }.into_any(),
        ArticleState::Failed(problem) => view! { <p class="load-error" role="alert">{problem}</p> }.into_any(),
        ArticleState::NotInThisBuild => {
            view! { <p>"This build of the timeline does not include the text of this source."</p> }
                .into_any()
        }
    }
    };
    view! {
        <article class="source-page" data-testid="source-page">
            <p class="back-link">
                <a href=filter.link(SOURCES_PATH)>"← All sources"</a>
            </p>
            <header class="source-header">
                <p class="source-kicker">"Source document"</p>
                <PageHeading>{source.headline.as_str()}</PageHeading>
                <dl class="source-facts">
                    <dt>"Published by"</dt>
                    <dd>{source.publisher.as_str()}</dd>
                    {source.published.as_ref().map(|date| view! {
                        <dt>"Date"</dt>
                        <dd><DateLabel date /></dd>
                    })}
                    <dt>"File"</dt>
                    <dd><code>{source.file.as_str()}</code></dd>
                </dl>
                {date_note}
            </header>
            {coverage}
            {body}
        </article>
    }
}

/// Where a source's article is: at hand (compiled in at build time, or fetched before the app
/// took over the page), on its way (the reader moved here in the app), or not to be had.
#[derive(Clone)]
enum ArticleState {
    Shown(&'static SourceText),
    Loading,
    // Only the app fetches, so only the app can fail to.
    #[cfg_attr(feature = "ssr", allow(dead_code))]
    Failed(String),
    NotInThisBuild,
}

#[derive(Clone, Copy)]
struct Article(RwSignal<ArticleState>);

impl Article {
    /// The article of `source`, fetched now if it is not at hand.
    fn new(catalog: &'static Catalog, source: &'static Source) -> Article {
        let file = source.file.as_str();
        if catalog.anchors.coverage(file).is_none() {
            return Article(RwSignal::new(ArticleState::NotInThisBuild));
        }
        if let Some(text) = crate::articles::article(file) {
            return Article(RwSignal::new(ArticleState::Shown(text)));
        }
        let state = RwSignal::new(ArticleState::Loading);
        #[cfg(not(feature = "ssr"))]
        leptos::task::spawn_local(async move {
            let fetched = crate::articles::fetch(file).await;
            // The reader may have left the page while it loaded.
            let _ = state.try_set(match fetched {
                Ok(text) => ArticleState::Shown(text),
                Err(problem) => ArticleState::Failed(problem),
            });
        });
        Article(state)
    }

    fn is_shown(self) -> bool {
        self.0.with(|state| matches!(state, ArticleState::Shown(_)))
    }
}

/// "The timeline cites 260 of its 305 words (85%), in 11 passages."
fn coverage_sentence(coverage: &Coverage) -> String {
    let passages = match coverage.passages {
        1 => "1 passage".to_string(),
        n => format!("{n} passages"),
    };
    format!(
        "The timeline cites {} of its {} words ({}%), in {passages}.",
        coverage.cited_words,
        coverage.words,
        coverage.cited_percent()
    )
}

/// A heading, paragraph or list of the article, then its notes: the events that cite the
/// passages ending in it, and where sources disagree about its words. On a wide screen the
/// notes sit in the margin beside it.
#[component]
fn SourceBlock(
    catalog: &'static Catalog,
    text: &'static SourceText,
    block: &'static Block,
) -> impl IntoView {
    let line = move |pieces: &'static Vec<Piece>| {
        pieces
            .iter()
            .map(|piece| view! { <TextPiece text piece /> })
            .collect_view()
    };
    let shown = match block.kind {
        BlockKind::Heading => view! { <h2>{line(&block.lines[0])}</h2> }.into_any(),
        BlockKind::Paragraph => view! { <p>{line(&block.lines[0])}</p> }.into_any(),
        BlockKind::List => view! {
            <ul>{block.lines.iter().map(|l| view! { <li>{line(l)}</li> }).collect_view()}</ul>
        }
        .into_any(),
    };
    let has_notes = !block.passages_ending.is_empty() || !block.disagreements.is_empty();
    let notes = has_notes.then(|| {
        let cited = block
            .passages_ending
            .iter()
            .map(|&passage| view! { <CitedIn catalog text passage /> })
            .collect_view();
        let disputed = block
            .disagreements
            .iter()
            .map(|(event, index)| view! { <DisagreementNote catalog text event index=*index /> })
            .collect_view();
        view! { <div class="margin-notes">{cited} {disputed}</div> }
    });
    view! { {shown} {notes} }
}

/// A run of the article's text; inside a cited passage it is marked, and the passage's first
/// run carries the anchor that "Read it in its source" links to.
#[component]
fn TextPiece(text: &'static SourceText, piece: &'static Piece) -> impl IntoView {
    let Some(passage) = piece
        .passage
        .and_then(|p| text.passages.get(usize::from(p)))
    else {
        return piece.text.as_str().into_any();
    };
    let anchor = piece.starts_passage.then_some(passage.anchor.as_str());
    view! {
        <mark
            class="passage"
            id=anchor
            tabindex=anchor.map(|_| "-1")
            aria-describedby=format!("note-{}", passage.anchor)
        >
            {piece.text.as_str()}
        </mark>
    }
    .into_any()
}

/// "Cited in: <event>, <event>": the events a passage leads to.
#[component]
fn CitedIn(catalog: &'static Catalog, text: &'static SourceText, passage: u16) -> impl IntoView {
    let passage = &text.passages[usize::from(passage)];
    let filter = UrlFilter::use_context();
    let events = passage
        .events
        .iter()
        .filter_map(|id| catalog.dataset.events.iter().find(|e| e.id == *id))
        .enumerate()
        .map(|(i, event)| {
            view! {
                {(i > 0).then_some("; ")}
                <a href=move || site_base::event_href(&event.id, &filter.suffix.get())>
                    {event.title.as_str()}
                </a>
            }
        })
        .collect_view();
    view! {
        <p class="passage-note" id=format!("note-{}", passage.anchor)>
            <span class="passage-cited-in">"Cited in: "</span>
            {events}
        </p>
    }
}

/// Where sources disagree about words here: what each says, this source first named as such.
#[component]
fn DisagreementNote(
    catalog: &'static Catalog,
    text: &'static SourceText,
    event: &'static str,
    index: u16,
) -> impl IntoView {
    let event = catalog.dataset.events.iter().find(|e| e.id == event);
    let disagreement = event.and_then(|e| e.disagreements.get(usize::from(index)));
    disagreement.map(|disagreement| {
        let readings = disagreement
            .readings
            .iter()
            .map(|r| {
                let who = if r.source == text.file {
                    "this source".to_string()
                } else {
                    format!("“{}”", catalog.source_title(&r.source))
                };
                format!("{who} says “{}”", r.says)
            })
            .collect::<Vec<_>>()
            .join("; ");
        let note = disagreement.note.as_deref().map(|note| format!(" {note}"));
        view! {
            <p class="passage-disagreement">
                <strong>{format!("Sources disagree about {}: ", disagreement.about)}</strong>
                {format!("{readings}.")}
                {note}
            </p>
        }
    })
}

/// When the address names a passage (`#passage-214`), focuses it once the page is shown, so
/// a reader who followed "Read it in its source" starts reading there, and a screen reader
/// says so. Without JavaScript the browser scrolls to it and `:target` marks it.
fn focus_linked_passage(article: Article) {
    let location = use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        if !article.is_shown() {
            return;
        }
        let Some(id) = hash
            .strip_prefix('#')
            .filter(|id| id.starts_with("passage-"))
        else {
            return;
        };
        let id = id.to_string();
        // After the page heading has taken the focus that a new page gives it.
        request_animation_frame(move || {
            let element = document().get_element_by_id(&id);
            if let Some(element) =
                element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = element.focus();
            }
        });
    });
}
