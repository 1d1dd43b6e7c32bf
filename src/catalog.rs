//! The dataset compiled into the app, decoded once on first use, with its search index and
//! the labels the views show for ids. Read-only for the life of the page.

use biip_core::filter::Facet;
use biip_core::query::SearchIndex;
use biip_core::source_text::PassageAnchors;
use biip_core::{Dataset, EventKind, Source};
use std::sync::OnceLock;

/// The dataset, its search index and where cited passages stand in the sources, written by
/// `build.rs` after `data/` has been validated.
static DATASET_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

static CATALOG: OnceLock<Result<Catalog, String>> = OnceLock::new();

/// Everything the pages read: the events and their entities, and the index that searches them.
pub struct Catalog {
    pub dataset: Dataset,
    pub index: SearchIndex,
    /// Where each passage an event cites stands on its source's page.
    pub anchors: PassageAnchors,
}

/// The catalog, or why the embedded dataset could not be read (a build mismatch, never input).
pub fn catalog() -> Result<&'static Catalog, &'static str> {
    CATALOG
        .get_or_init(|| {
            postcard::from_bytes::<(Dataset, SearchIndex, PassageAnchors)>(DATASET_BYTES)
                .map(|(dataset, index, anchors)| Catalog {
                    dataset,
                    index,
                    anchors,
                })
                .map_err(|error| {
                    format!(
                        "The timeline's data could not be read ({error}). \
                         The app and its data come from different builds: rebuild the site."
                    )
                })
        })
        .as_ref()
        .map_err(String::as_str)
}

impl Catalog {
    /// What a reader sees for a facet value: a tag's label, a person's name, a source's headline.
    /// Unknown ids fall back to the id itself, which the URL decoder has already vetted.
    pub fn facet_value_label(&self, facet: Facet, value: &str) -> String {
        let data = &self.dataset;
        let label = match facet {
            Facet::Tag => data.tag(value).map(|t| t.label.clone()),
            Facet::Person => data.person(value).map(|p| p.name.clone()),
            Facet::Organisation => data.organisation(value).map(|o| o.name.clone()),
            Facet::Kind => EventKind::from_slug(value).map(|k| k.label().to_string()),
            Facet::Source => data.source(value).map(|s| s.headline.clone()),
        };
        label.unwrap_or_else(|| value.to_string())
    }

    /// A person's display name, or the id when the dataset does not know it.
    pub fn person_name(&self, id: &str) -> String {
        self.dataset
            .person(id)
            .map(|p| p.full_name())
            .unwrap_or_else(|| id.to_string())
    }

    /// The source whose page is at `/sources/<slug>/`.
    pub fn source_by_slug(&self, slug: &str) -> Option<&Source> {
        self.dataset
            .sources
            .iter()
            .find(|s| biip_core::site::source_slug(&s.file) == slug)
    }

    /// How a source is named in citations: its headline.
    pub fn source_title(&self, file: &str) -> String {
        self.dataset
            .source(file)
            .map(|s| s.headline.clone())
            .unwrap_or_else(|| file.to_string())
    }
}
