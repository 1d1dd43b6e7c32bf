//! The tab title and meta description of each page, stated once: the build step writes them
//! into the page's `<head>`, and the app keeps the document in step as the reader moves on.

use biip_core::site::{page_title, SITE_DESCRIPTION};

/// What a page's `<title>` and description say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
}

impl PageMeta {
    pub fn home(filtered_count: Option<usize>) -> PageMeta {
        PageMeta {
            title: page_title(
                filtered_count
                    .map(|count| format!("{} (filtered)", events_phrase(count)))
                    .as_deref(),
            ),
            description: SITE_DESCRIPTION.to_string(),
        }
    }

    pub fn event(title: &str, summary: &str) -> PageMeta {
        PageMeta {
            title: page_title(Some(title)),
            description: summary.to_string(),
        }
    }

    pub fn changes() -> PageMeta {
        PageMeta {
            title: page_title(Some("Changes and corrections")),
            description: "Every event added to the timeline and every correction made to one, with what changed and why.".to_string(),
        }
    }

    pub fn sources() -> PageMeta {
        PageMeta {
            title: page_title(Some("Sources")),
            description: "The documents the timeline is compiled from, each in full, with every passage an event cites marked where it stands.".to_string(),
        }
    }

    pub fn source(headline: &str, publisher: &str) -> PageMeta {
        PageMeta {
            title: page_title(Some(headline)),
            description: format!(
                "The full text of “{headline}” ({publisher}), with every passage the timeline cites marked and linked to its events."
            ),
        }
    }

    pub fn people() -> PageMeta {
        PageMeta {
            title: page_title(Some("Who’s who")),
            description: "Everyone the sources name, by the posts they held and when.".to_string(),
        }
    }

    pub fn person(name: &str) -> PageMeta {
        PageMeta {
            title: page_title(Some(name)),
            description: format!(
                "{name}: the posts they held and when, their events, their words and the sources that name them."
            ),
        }
    }

    pub fn organisation(name: &str) -> PageMeta {
        PageMeta {
            title: page_title(Some(name)),
            description: format!("{name}: its posts and who held them, and its events."),
        }
    }

    pub fn document(title: &str) -> PageMeta {
        PageMeta {
            title: page_title(Some(title)),
            description: format!(
                "{title}: what the sources say of it, the events that mention it and the sources that name it."
            ),
        }
    }

    pub fn not_found() -> PageMeta {
        PageMeta {
            title: page_title(Some("Not found")),
            description: "This address does not lead to a page of the timeline.".to_string(),
        }
    }

    /// Shows this title and description in the browser (the build step writes them itself).
    pub fn apply(&self) {
        #[cfg(not(feature = "ssr"))]
        {
            let document = leptos::prelude::document();
            document.set_title(&self.title);
            if let Ok(Some(meta)) = document.query_selector("meta[name='description']") {
                // An attribute, never markup: descriptions may quote anything.
                let _ = meta.set_attribute("content", &self.description);
            }
        }
    }
}

/// "1 event", "7 events".
pub fn events_phrase(count: usize) -> String {
    match count {
        1 => "1 event".to_string(),
        n => format!("{n} events"),
    }
}
