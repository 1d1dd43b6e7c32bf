//! The bridge between the router's location and the core URL codec: the filter state decoded
//! from the query string, and the navigations that write a new state back into it. Until the
//! app has taken over the page (`crate::start::Started`), the state is the one the page was
//! rendered with at build time: no query string.

use crate::broadcast::Broadcast;
use crate::catalog::Catalog;
use crate::site_base;
use biip_core::date::PartialDate;
use biip_core::filter::{Facet, FilterState};
use biip_core::url_state::{self, Decoded, ViewOptions};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// How a new filter state enters the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A discrete change the reader may want to step back from.
    Push,
    /// The next keystroke of a search being typed: one history entry per search, not per key.
    Replace,
}

/// The layout's filter values as the pages read them (see [`UrlFilter::provide_for_page`]).
#[derive(Clone, Copy)]
struct LayoutForPages {
    decoded: Broadcast<Decoded>,
    state: Broadcast<FilterState>,
    active: Broadcast<Vec<ActiveFilter>>,
    terms: Broadcast<Vec<String>>,
    suffix: Broadcast<String>,
    pathname: Broadcast<String>,
    started: Broadcast<bool>,
}

/// The URL-backed filter state of the current page, shared through context by every page.
#[derive(Clone, Copy)]
pub struct UrlFilter {
    decoded: Memo<Decoded>,
    /// The state alone, so views that show results do not rerun when only notices change.
    pub state: Memo<FilterState>,
    /// The active filters, oldest first in the order the reader added them.
    pub active: Memo<Vec<ActiveFilter>>,
    /// The words of the search, for marking them in the text.
    pub terms: Memo<Vec<String>>,
    /// `?…` carrying the current filters and view options, or `""`, for links between pages.
    pub suffix: Memo<String>,
    /// The browser's path (the app hydrates a page only at the path it was rendered for).
    pub pathname: Memo<String>,
    navigate: Callback<(String, History)>,
}

impl UrlFilter {
    /// Creates the shared filter for this router and puts it in context. Call once, in the layout.
    pub fn provide(catalog: &'static Catalog) -> Self {
        let location = use_location();
        let started = crate::start::Started::use_context();
        let decoded = Memo::new(move |_| {
            let mut decoded = if started.get() {
                location.search.with(|search| url_state::decode(search))
            } else {
                url_state::decode("")
            };
            decoded.retain_known(&catalog.dataset);
            decoded
        });
        let state = Memo::new(move |_| decoded.with(|d| d.state.clone()));
        let active = Memo::new(move |previous: Option<&Vec<ActiveFilter>>| {
            state.with(|s| order_by_addition(previous.map(Vec::as_slice), active_filters(s)))
        });
        let terms = Memo::new(move |_| state.with(|s| biip_core::text::terms(&s.text)));
        let suffix = Memo::new(move |_| {
            decoded.with(|d| {
                let query = url_state::encode_with_view(&d.state, &d.view);
                if query.is_empty() {
                    String::new()
                } else {
                    format!("?{query}")
                }
            })
        });
        let navigate_to = use_navigate();
        let navigate = Callback::new(move |(target, history): (String, History)| {
            // A full address: the router would resolve an app path against its base itself,
            // but it drops the slash before a query string (`/some/path?q=…` instead of
            // `/some/path/?q=…`), an address that a static host first has to redirect.
            navigate_to(
                &site_base::absolute(&target),
                NavigateOptions {
                    replace: history == History::Replace,
                    // The reader is working in the filter panel: keep their place.
                    scroll: false,
                    ..Default::default()
                },
            );
        });
        let filter = UrlFilter {
            decoded,
            state,
            active,
            terms,
            suffix,
            pathname: location.pathname,
            navigate,
        };
        provide_context(filter);
        provide_context(LayoutForPages {
            decoded: Broadcast::new(decoded),
            state: Broadcast::new(state),
            active: Broadcast::new(active),
            terms: Broadcast::new(terms),
            suffix: Broadcast::new(suffix),
            pathname: Broadcast::new(location.pathname),
            started: Broadcast::new(Memo::new(move |_| started.get())),
        });
        filter
    }

    /// The filter in context: the page's own (see [`UrlFilter::provide_for_page`]) inside a
    /// page, the layout's outside.
    pub fn use_context() -> Self {
        expect_context::<UrlFilter>()
    }

    /// A copy of the layout's filter owned by the page that calls it, and provided to that
    /// page's views. A memo keeps an entry for each reader that read it until that reader runs
    /// again, which a reader that has gone never does: views reading the layout's memos
    /// directly left their memory behind for the life of the app (leaving the timeline kept
    /// about 11 KB of wasm memory, issue 15). A page's views read the page's memos, which go
    /// with the page, and with them every entry they hold; the page's memos read the layout's
    /// through a [`Broadcast`], which forgets them once they have gone. The page gets its own
    /// copy of [`crate::start::Started`] too, for the same reason.
    pub fn provide_for_page() -> Self {
        let layout = Self::use_context();
        let Some(from) = use_context::<LayoutForPages>() else {
            return layout;
        };
        let page = UrlFilter {
            decoded: Memo::new(move |_| from.decoded.with(Clone::clone)),
            state: Memo::new(move |_| from.state.with(Clone::clone)),
            active: Memo::new(move |_| from.active.with(Clone::clone)),
            terms: Memo::new(move |_| from.terms.with(Clone::clone)),
            suffix: Memo::new(move |_| from.suffix.with(Clone::clone)),
            pathname: Memo::new(move |_| from.pathname.with(Clone::clone)),
            navigate: layout.navigate,
        };
        provide_context(page);
        crate::start::Started::provide(Memo::new(move |_| from.started.with(|s| *s)).into());
        page
    }

    /// Whether the page is shown inside another site's frame.
    pub fn embed(&self) -> bool {
        self.decoded.with(|d| d.view.embed)
    }

    fn view_options(&self) -> ViewOptions {
        self.decoded.with_untracked(|d| d.view.clone())
    }

    /// The URL parameters that were not understood, as a reader-facing sentence each.
    pub fn ignored(&self) -> Vec<String> {
        self.decoded
            .with(|d| d.ignored.iter().map(ToString::to_string).collect())
    }

    /// A link to the timeline narrowed to `state`, in the current view: links in an embedded
    /// page stay embedded.
    pub fn timeline_href(&self, state: &FilterState) -> String {
        let query = url_state::encode_with_view(state, &self.view_options());
        site_base::href(&format!("/?{query}"))
    }

    /// A link to app path `path` (`/people/ian-ward/`, `/sources/x/#passage-3`) that carries
    /// the reader's filters and view, embed mode included, as every link between pages does.
    pub fn link(self, path: impl Into<String>) -> impl Fn() -> String + Clone + Send + Sync {
        let path: String = path.into();
        move || {
            self.suffix
                .with(|suffix| site_base::href(&with_suffix(&path, suffix)))
        }
    }

    /// A link to the timeline narrowed to one facet value, e.g. every event with this person.
    pub fn facet_href(&self, facet: Facet, value: &str) -> String {
        let mut state = FilterState::default();
        state.values_mut(facet).insert(value.to_string());
        self.timeline_href(&state)
    }

    /// Shows `state` on the current page by writing it into the query string.
    pub fn set(&self, state: &FilterState, history: History) {
        let path = self.pathname.with_untracked(|browser_path| {
            site_base::app_path(browser_path).unwrap_or("/").to_string()
        });
        let query = url_state::encode_with_view(state, &self.view_options());
        let target = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        self.navigate.run((target, history));
    }

    /// Applies `change` to a copy of the current state and shows the result.
    pub fn update(&self, history: History, change: impl FnOnce(&mut FilterState)) {
        let mut state = self.state.get_untracked();
        change(&mut state);
        self.set(&state, history);
    }

    /// Navigates to another app path (starting with `/`), keeping the current query string.
    pub fn go_to(&self, path: &str, history: History) {
        let suffix = self.suffix.get_untracked();
        self.navigate.run((format!("{path}{suffix}"), history));
    }
}

/// One thing that narrows the timeline, as a removable chip shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ActiveFilter {
    Text(String),
    Value(Facet, String),
    From(PartialDate),
    To(PartialDate),
}

impl ActiveFilter {
    /// Takes this filter out of `state`.
    pub fn remove_from(&self, state: &mut FilterState) {
        match self {
            ActiveFilter::Text(_) => state.text.clear(),
            ActiveFilter::Value(facet, value) => {
                state.values_mut(*facet).remove(value);
            }
            ActiveFilter::From(_) => state.from = None,
            ActiveFilter::To(_) => state.to = None,
        }
    }

    /// A string naming this filter and its value, unique among the active filters.
    pub fn key(&self) -> String {
        match self {
            ActiveFilter::Text(text) => format!("q={text}"),
            ActiveFilter::Value(facet, value) => format!("{}={value}", facet.key()),
            ActiveFilter::From(date) => format!("from={}", date.iso()),
            ActiveFilter::To(date) => format!("to={}", date.iso()),
        }
    }

    /// Whether two filters are the same control, whatever their current value: editing the
    /// search text does not make it a newly added filter.
    fn same_control(&self, other: &ActiveFilter) -> bool {
        match (self, other) {
            (ActiveFilter::Text(_), ActiveFilter::Text(_))
            | (ActiveFilter::From(_), ActiveFilter::From(_))
            | (ActiveFilter::To(_), ActiveFilter::To(_)) => true,
            (ActiveFilter::Value(f1, v1), ActiveFilter::Value(f2, v2)) => f1 == f2 && v1 == v2,
            _ => false,
        }
    }

    /// The chip's text, e.g. `Topic: Finance` or `Search: “audit”`.
    pub fn describe(&self, catalog: &Catalog) -> String {
        match self {
            ActiveFilter::Text(text) => format!("Search: “{}”", text.trim()),
            ActiveFilter::Value(facet, value) => {
                format!(
                    "{}: {}",
                    facet.label(),
                    catalog.facet_value_label(*facet, value)
                )
            }
            ActiveFilter::From(date) => format!("From {}", date.human()),
            ActiveFilter::To(date) => format!("Until {}", date.human()),
        }
    }
}

/// The filters in `state`, in a fixed order: search, facets, dates.
pub fn active_filters(state: &FilterState) -> Vec<ActiveFilter> {
    let mut active = Vec::new();
    if !state.text.trim().is_empty() {
        active.push(ActiveFilter::Text(state.text.clone()));
    }
    for facet in Facet::ALL {
        for value in state.values(facet) {
            active.push(ActiveFilter::Value(facet, value.clone()));
        }
    }
    if let Some(from) = state.from {
        active.push(ActiveFilter::From(from));
    }
    if let Some(to) = state.to {
        active.push(ActiveFilter::To(to));
    }
    active
}

/// Keeps filters that were already active in their earlier order and appends new ones, so the
/// last entry is the filter the reader added most recently (as far as this page has seen).
fn order_by_addition(
    previous: Option<&[ActiveFilter]>,
    current: Vec<ActiveFilter>,
) -> Vec<ActiveFilter> {
    let previous = previous.unwrap_or_default();
    let mut ordered: Vec<ActiveFilter> = previous
        .iter()
        .filter_map(|old| current.iter().find(|new| new.same_control(old)).cloned())
        .collect();
    for filter in current {
        if !ordered.iter().any(|kept| kept.same_control(&filter)) {
            ordered.push(filter);
        }
    }
    ordered
}

/// `path` with the query `suffix` (`?…` or empty) before its `#fragment`, if it has one.
fn with_suffix(path: &str, suffix: &str) -> String {
    match path.split_once('#') {
        Some((page, fragment)) => format!("{page}{suffix}#{fragment}"),
        None => format!("{path}{suffix}"),
    }
}

#[cfg(test)]
mod tests {
    use super::with_suffix;

    #[test]
    fn the_query_goes_before_the_fragment() {
        assert_eq!(with_suffix("/people/x/", "?embed=1"), "/people/x/?embed=1");
        assert_eq!(
            with_suffix("/sources/a/#passage-3", "?q=panel&embed=1"),
            "/sources/a/?q=panel&embed=1#passage-3"
        );
        assert_eq!(
            with_suffix("/sources/a/#passage-3", ""),
            "/sources/a/#passage-3"
        );
    }
}
