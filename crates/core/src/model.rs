//! The timeline's entities as the app and the exports see them, after validation:
//! events, people, organisations, documents, sources and the links between them.

use crate::date::{DayKey, EventDate, PartialDate, When};
use serde::{Deserialize, Serialize};

/// The whole validated dataset. Events are sorted oldest first, ties broken by id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub events: Vec<Event>,
    /// Named spans of time the sources mark out, oldest start first (an open start first of all).
    pub periods: Vec<Period>,
    pub people: Vec<Person>,
    /// Posts and who held them when.
    pub posts: Vec<Post>,
    pub organisations: Vec<Organisation>,
    pub documents: Vec<Document>,
    pub sources: Vec<Source>,
    pub tags: Vec<Tag>,
}

/// One dated happening. Its `id` is a public URL slug that never changes once published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    /// Former ids, kept so old links still resolve.
    pub aliases: Vec<String>,
    pub date: EventDate,
    pub title: String,
    /// One or two sentences for the timeline list.
    pub summary: String,
    /// The full text, one string per paragraph.
    pub body: Vec<String>,
    pub kind: EventKind,
    /// Tag ids (see [`Tag`]).
    pub tags: Vec<String>,
    /// Person ids.
    pub people: Vec<String>,
    /// Organisation ids.
    pub organisations: Vec<String>,
    /// Document ids.
    pub documents: Vec<String>,
    pub quotes: Vec<Quote>,
    pub figures: Vec<Figure>,
    /// At least one: where this event is told.
    pub citations: Vec<Citation>,
    /// Where sources give different readings of a fact about this event.
    pub disagreements: Vec<Disagreement>,
    /// The day the event was first published in the timeline.
    pub added: PartialDate,
    /// Changes made to the event after it was published, oldest first.
    pub corrections: Vec<Correction>,
}

/// A change to a published event, made in public: when, what changed and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// The day the correction was published.
    pub date: PartialDate,
    /// What the event said before and what it says now.
    pub what: String,
    /// Why, with the source that shows it.
    pub why: String,
}

impl Event {
    /// The source files this event cites, each once, in citation order.
    pub fn source_files(&self) -> Vec<&str> {
        let mut files: Vec<&str> = Vec::with_capacity(self.citations.len());
        for citation in &self.citations {
            if !files.contains(&citation.source.as_str()) {
                files.push(&citation.source);
            }
        }
        files
    }
}

/// What sort of happening an event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    Review,
    Appointment,
    Letter,
    Report,
    Meeting,
    Funding,
    Leadership,
    Recommendation,
    Statement,
    Inspection,
    ServiceChange,
}

impl EventKind {
    pub const ALL: [EventKind; 11] = [
        EventKind::Review,
        EventKind::Appointment,
        EventKind::Letter,
        EventKind::Report,
        EventKind::Meeting,
        EventKind::Funding,
        EventKind::Leadership,
        EventKind::Recommendation,
        EventKind::Statement,
        EventKind::Inspection,
        EventKind::ServiceChange,
    ];

    /// The slug used in data files and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            EventKind::Review => "review",
            EventKind::Appointment => "appointment",
            EventKind::Letter => "letter",
            EventKind::Report => "report",
            EventKind::Meeting => "meeting",
            EventKind::Funding => "funding",
            EventKind::Leadership => "leadership",
            EventKind::Recommendation => "recommendation",
            EventKind::Statement => "statement",
            EventKind::Inspection => "inspection",
            EventKind::ServiceChange => "service-change",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EventKind::Review => "Review",
            EventKind::Appointment => "Appointment",
            EventKind::Letter => "Letter",
            EventKind::Report => "Report",
            EventKind::Meeting => "Public meeting",
            EventKind::Funding => "Funding",
            EventKind::Leadership => "Leadership change",
            EventKind::Recommendation => "Recommendation",
            EventKind::Statement => "Statement",
            EventKind::Inspection => "Inspection",
            EventKind::ServiceChange => "Service change",
        }
    }

    pub fn from_slug(slug: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// A topic an event can carry; the vocabulary lives in `data/tags.toml`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub id: String,
    pub label: String,
}

/// Words someone said, as a source quotes them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Person ids: one, or several for words they put their names to together.
    pub speakers: Vec<String>,
    /// Organisation ids, for words a body puts out as its own (alone or with people).
    pub organisations: Vec<String>,
    pub text: String,
    /// Source file name.
    pub source: String,
}

/// A number a source gives: money, a duration, a count.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// What the number measures, e.g. "DCLG grant for the Future Council programme".
    pub label: String,
    pub amount: f64,
    pub unit: FigureUnit,
    /// True where the source says "around" or similar.
    pub approximate: bool,
    /// The source's own words for the figure, e.g. "£4.37million".
    pub source_words: String,
    /// Source file name.
    pub source: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FigureUnit {
    Gbp,
    GbpPerYear,
    Years,
    Months,
    Count,
}

impl FigureUnit {
    pub fn slug(self) -> &'static str {
        match self {
            FigureUnit::Gbp => "gbp",
            FigureUnit::GbpPerYear => "gbp-per-year",
            FigureUnit::Years => "years",
            FigureUnit::Months => "months",
            FigureUnit::Count => "count",
        }
    }
}

/// A source that tells of an event, with the passage that supports it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// Source file name, e.g. `001_d61eb1f380b3864e.txt`.
    pub source: String,
    /// The supporting passage, quoted from the source.
    pub excerpt: Option<String>,
}

/// Sources that say different things about one fact; both readings are kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disagreement {
    /// What the readings are about, e.g. "when the panel was set up".
    pub about: String,
    pub readings: Vec<Reading>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    /// What this source says.
    pub says: String,
    /// Source file name.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    pub name: String,
    /// Honours and titles as the sources give them, e.g. "OBE".
    pub honours: Option<String>,
    /// What a source calls them that is not a post of the timeline, e.g. "Head of Press and PR".
    pub descriptions: Vec<Description>,
    /// Where sources disagree about this person, e.g. a first name.
    pub disagreements: Vec<Disagreement>,
}

impl Person {
    /// The name with honours, e.g. "John Crabtree OBE".
    pub fn full_name(&self) -> String {
        match &self.honours {
            Some(h) => format!("{} {}", self.name, h),
            None => self.name.clone(),
        }
    }
}

/// What a source calls a person, when it is not a post with tenures (an author, a press
/// contact whose employer no source names).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Description {
    pub text: String,
    /// Source file name.
    pub source: String,
}

/// A post people hold one after another or side by side: the council's leader, its chief
/// executive, the Secretary of State, the panel's chair and members.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    pub id: String,
    pub title: String,
    /// Organisation id.
    pub organisation: Option<String>,
    /// Whether one person holds it at a time (the build fails on overlapping tenures unless a
    /// disagreement records them).
    pub single_holder: bool,
    pub note: Option<String>,
    /// Oldest first, as far as the sources order them.
    pub tenures: Vec<Tenure>,
    pub disagreements: Vec<Disagreement>,
}

/// One person's time in a post: a start and an end where a source gives them, and the dates
/// at which a source shows them in post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tenure {
    /// Person id.
    pub person: String,
    pub start: Option<When>,
    pub start_source: Option<String>,
    pub end: Option<When>,
    pub end_source: Option<String>,
    /// How a start or end that no source states was inferred.
    pub note: Option<String>,
    /// "In post as of …": each a date and the source that shows it.
    pub seen: Vec<Attestation>,
}

/// A source showing someone in a post at a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attestation {
    pub when: When,
    /// Source file name.
    pub source: String,
    /// The source's own words for the post, when they differ from the post's title.
    pub words: Option<String>,
}

impl Tenure {
    /// Whether this tenure may have covered some time `when` may stand for. An end no source
    /// gives is open: the tenure may have lasted.
    pub fn may_cover(&self, when: &When) -> bool {
        let started_in_time = match (self.start.and_then(|s| s.earliest()), when.latest()) {
            (Some(first), Some(latest)) => first <= latest,
            _ => true,
        };
        let lasted = match (self.end.and_then(|e| e.latest()), when.earliest()) {
            (Some(last), Some(earliest)) => last >= earliest,
            _ => true,
        };
        started_in_time && lasted
    }

    /// The days the person was certainly in post, as far as its start and end say: from the
    /// latest day it may have started to the earliest day it may have ended, or the one day a
    /// start or an end alone vouches for. `None` when neither is given.
    pub fn certain_span(&self) -> Option<(DayKey, DayKey)> {
        let from = self.start.and_then(|s| s.latest());
        let to = self.end.and_then(|e| e.earliest());
        match (from, to) {
            (Some(from), Some(to)) => (from <= to).then_some((from, to)),
            (Some(day), None) | (None, Some(day)) => Some((day, day)),
            (None, None) => None,
        }
    }

    /// When, as a person writes it: "from December 2015, until September 2017 (uncertain)",
    /// "out of post by c. March 2016", "in post at the dates the sources give: c. March 2016;
    /// 4 August 2017".
    pub fn human(&self) -> String {
        let start_text = |start: &When| match start {
            When::By(at) => format!("in post by {}", at.human()),
            When::From(at) => format!("from {} or later", at.human()),
            other => format!("from {}", other.human()),
        };
        let end_text = |end: &When| match end {
            When::By(at) => format!("out of post by {}", at.human()),
            When::From(at) => format!("until {} or later", at.human()),
            other => format!("until {}", other.human()),
        };
        match (&self.start, &self.end) {
            (Some(start), Some(end)) => format!("{}, {}", start_text(start), end_text(end)),
            (Some(start), None) => start_text(start),
            (None, Some(end)) => end_text(end),
            (None, None) => {
                let seen: Vec<String> = self.seen.iter().map(|a| a.when.human()).collect();
                format!("in post at the dates the sources give: {}", seen.join("; "))
            }
        }
    }
}

/// A named span of time the sources mark out, e.g. the panel's four years in Birmingham. Each
/// end is recorded only where a source gives it, with the source's own words for it; an end no
/// source gives is open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub id: String,
    /// A short name for the span, in the sources' terms.
    pub label: String,
    pub start: Option<When>,
    /// Source file name.
    pub start_source: Option<String>,
    /// The words of `start_source` that give the start, word for word.
    pub start_words: Option<String>,
    pub end: Option<When>,
    /// Source file name.
    pub end_source: Option<String>,
    /// The words of `end_source` that give the end, word for word.
    pub end_words: Option<String>,
    /// How a start or end that no source states was inferred.
    pub note: Option<String>,
    /// Ids of the events that mark its ends.
    pub events: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub short_name: Option<String>,
}

/// A published document: a letter, report, plan or press release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub kind: DocumentKind,
    pub date: Option<PartialDate>,
    /// Organisation id of the author or publisher.
    pub publisher: Option<String>,
    /// Size in kilobytes, where the source gives it.
    pub size_kb: Option<u32>,
    /// File format, where the source gives it, e.g. "PDF".
    pub format: Option<String>,
    /// Source file names that mention the document.
    pub sources: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    Review,
    Letter,
    Report,
    Plan,
    Briefing,
    PressRelease,
    AuditReport,
}

impl DocumentKind {
    pub fn label(self) -> &'static str {
        match self {
            DocumentKind::Review => "Review",
            DocumentKind::Letter => "Letter",
            DocumentKind::Report => "Report",
            DocumentKind::Plan => "Plan",
            DocumentKind::Briefing => "Briefing",
            DocumentKind::PressRelease => "Press release",
            DocumentKind::AuditReport => "Audit report",
        }
    }
}

/// One of the five source documents in `shared/sources/`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// File name, the citation key.
    pub file: String,
    /// The headline the text gives.
    pub headline: String,
    /// Who published it, as the text says or implies.
    pub publisher: String,
    pub published: Option<EventDate>,
    /// Where the article is in the file and how it reads (see [`SourceLayout`]).
    pub layout: SourceLayout,
}

/// How to read a source file as its article, as `sources.toml` says: where the article starts
/// and ends (the page furniture around it left out), lines inside it that are furniture too,
/// and lines that are headings. Every string is checked against the file word for word.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceLayout {
    /// The article's first words; the file's start when absent.
    pub starts: Option<String>,
    /// The article's last words; the file's end when absent.
    pub ends: Option<String>,
    /// Whole lines inside the article that are page furniture ("• Comment").
    pub leave_out: Vec<String>,
    /// Whole lines that are headings inside the article (its first line always is).
    pub headings: Vec<String>,
}

impl Dataset {
    /// Who a quote's words are by, as a reader reads it: "John Crabtree", "John Crabtree and
    /// Ian Ward", "Birmingham City Council".
    pub fn quote_authors(&self, quote: &Quote) -> String {
        let people = quote
            .speakers
            .iter()
            .map(|id| self.person(id).map_or(id.as_str(), |p| p.name.as_str()));
        let bodies = quote.organisations.iter().map(|id| {
            self.organisation(id)
                .map_or(id.as_str(), |o| o.name.as_str())
        });
        let names: Vec<&str> = people.chain(bodies).collect();
        match names.split_last() {
            None => String::new(),
            Some((last, [])) => (*last).to_string(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        }
    }

    /// Every post `person` held, with the tenure, in post order.
    pub fn tenures_of<'a>(
        &'a self,
        person: &'a str,
    ) -> impl Iterator<Item = (&'a Post, &'a Tenure)> + 'a {
        self.posts.iter().flat_map(move |post| {
            post.tenures
                .iter()
                .filter(move |t| t.person == person)
                .map(move |t| (post, t))
        })
    }

    /// The event with this id, or the one that used to have it as an alias.
    pub fn find_event(&self, id: &str) -> Option<EventLookup> {
        if let Some(index) = self.events.iter().position(|e| e.id == id) {
            return Some(EventLookup::Current(index));
        }
        self.events
            .iter()
            .position(|e| e.aliases.iter().any(|a| a == id))
            .map(EventLookup::Alias)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    pub fn source(&self, file: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.file == file)
    }

    pub fn tag(&self, id: &str) -> Option<&Tag> {
        self.tags.iter().find(|t| t.id == id)
    }
}

/// How an id was found: as an event's own id, or as a former id that now redirects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventLookup {
    Current(usize),
    Alias(usize),
}

impl EventLookup {
    pub fn index(self) -> usize {
        match self {
            EventLookup::Current(i) | EventLookup::Alias(i) => i,
        }
    }
}
