//! What a reader has asked to see: free text, facet selections, a date range and a sort order.
//! The query engine applies it; the URL codec writes it to and reads it from a query string.

use crate::date::PartialDate;
use std::collections::BTreeSet;

/// A dimension events can be narrowed by. Values within one facet combine with OR,
/// facets with each other with AND.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Tag,
    Person,
    Organisation,
    Kind,
    Source,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::Tag,
        Facet::Person,
        Facet::Organisation,
        Facet::Kind,
        Facet::Source,
    ];

    /// The query-string key for this facet.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Tag => "tag",
            Facet::Person => "person",
            Facet::Organisation => "org",
            Facet::Kind => "kind",
            Facet::Source => "source",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Facet::Tag => "Topic",
            Facet::Person => "Person",
            Facet::Organisation => "Organisation",
            Facet::Kind => "Kind of event",
            Facet::Source => "Source document",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortOrder {
    #[default]
    OldestFirst,
    NewestFirst,
}

/// The whole filter state. `Default` shows every event, oldest first.
///
/// Facet values are ids: tag ids, person ids, organisation ids, event-kind slugs and source
/// file names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterState {
    pub text: String,
    pub tags: BTreeSet<String>,
    pub people: BTreeSet<String>,
    pub organisations: BTreeSet<String>,
    pub kinds: BTreeSet<String>,
    pub sources: BTreeSet<String>,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    pub sort: SortOrder,
}

impl FilterState {
    pub fn values(&self, facet: Facet) -> &BTreeSet<String> {
        match facet {
            Facet::Tag => &self.tags,
            Facet::Person => &self.people,
            Facet::Organisation => &self.organisations,
            Facet::Kind => &self.kinds,
            Facet::Source => &self.sources,
        }
    }

    pub fn values_mut(&mut self, facet: Facet) -> &mut BTreeSet<String> {
        match facet {
            Facet::Tag => &mut self.tags,
            Facet::Person => &mut self.people,
            Facet::Organisation => &mut self.organisations,
            Facet::Kind => &mut self.kinds,
            Facet::Source => &mut self.sources,
        }
    }

    /// True when nothing narrows the list (the sort order does not count).
    pub fn is_unfiltered(&self) -> bool {
        self.text.trim().is_empty()
            && Facet::ALL.iter().all(|f| self.values(*f).is_empty())
            && self.from.is_none()
            && self.to.is_none()
    }
}
