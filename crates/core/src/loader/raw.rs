//! The TOML shapes of `data/` exactly as a person writes them, with spans for error lines.
//! Nothing here is checked beyond TOML types; `resolve` turns these into the model.

use serde::Deserialize;
use toml::Spanned;

pub type Text = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub source: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub file: Text,
    pub headline: Option<Text>,
    pub publisher: Option<Text>,
    pub published: Option<Text>,
    /// Retired: `published` says it in EDTF (`2015-09~`). Read only to say so.
    pub published_approximate: Option<Spanned<bool>>,
    pub published_note: Option<Text>,
    /// `[source.text]`: how the file reads as an article.
    pub text: Option<RawSourceLayout>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawSourceLayout {
    pub starts: Option<Text>,
    pub ends: Option<Text>,
    #[serde(default)]
    pub leave_out: Vec<Text>,
    #[serde(default)]
    pub headings: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TagsFile {
    #[serde(default)]
    pub tag: Vec<RawTag>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTag {
    pub id: Text,
    pub label: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationsFile {
    #[serde(default)]
    pub organisation: Vec<RawOrganisation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOrganisation {
    pub id: Text,
    pub name: Option<Text>,
    pub short_name: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeopleFile {
    #[serde(default)]
    pub person: Vec<RawPerson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    pub id: Text,
    pub name: Option<Text>,
    pub honours: Option<Text>,
    #[serde(default)]
    pub description: Vec<RawDescription>,
    /// Retired: posts and tenures live in posts.toml. Read only to say so.
    pub role: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub disagreement: Vec<RawDisagreement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDescription {
    pub text: Text,
    pub source: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostsFile {
    #[serde(default)]
    pub post: Vec<RawPost>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPost {
    pub id: Text,
    pub title: Option<Text>,
    pub organisation: Option<Text>,
    /// `one` or `many`.
    pub holders: Text,
    pub note: Option<Text>,
    #[serde(default)]
    pub tenure: Vec<RawTenure>,
    #[serde(default)]
    pub disagreement: Vec<RawDisagreement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTenure {
    pub person: Text,
    pub start: Option<Text>,
    pub start_source: Option<Text>,
    pub end: Option<Text>,
    pub end_source: Option<Text>,
    pub note: Option<Text>,
    #[serde(default)]
    pub seen: Vec<RawAttestation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAttestation {
    pub date: Text,
    pub source: Text,
    pub words: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodsFile {
    #[serde(default)]
    pub period: Vec<RawPeriod>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPeriod {
    pub id: Text,
    pub label: Option<Text>,
    pub start: Option<Text>,
    pub start_source: Option<Text>,
    /// The start's own source words, word for word.
    pub start_words: Option<Text>,
    pub end: Option<Text>,
    pub end_source: Option<Text>,
    /// The end's own source words, word for word.
    pub end_words: Option<Text>,
    pub note: Option<Text>,
    /// Ids of events that mark its ends.
    #[serde(default)]
    pub events: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentsFile {
    #[serde(default)]
    pub document: Vec<RawDocument>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDocument {
    pub id: Text,
    pub title: Option<Text>,
    pub kind: Text,
    pub date: Option<Text>,
    pub publisher: Option<Text>,
    pub size_kb: Option<u32>,
    pub format: Option<Text>,
    #[serde(default)]
    pub sources: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: Option<Text>,
    #[serde(default)]
    pub aliases: Vec<Text>,
    pub date: Option<Text>,
    /// Retired: `date` says it in EDTF (`2016-03~`). Read only to say so.
    pub approximate: Option<Spanned<bool>>,
    /// The day the event was first published in the timeline.
    pub added: Option<Text>,
    pub date_source_words: Option<Text>,
    pub date_note: Option<Text>,
    pub title: Option<Text>,
    pub summary: Option<Text>,
    #[serde(default)]
    pub body: Vec<Text>,
    pub kind: Option<Text>,
    #[serde(default)]
    pub tags: Vec<Text>,
    #[serde(default)]
    pub people: Vec<Text>,
    #[serde(default)]
    pub organisations: Vec<Text>,
    #[serde(default)]
    pub documents: Vec<Text>,
    #[serde(default)]
    pub citation: Vec<RawCitation>,
    #[serde(default)]
    pub quote: Vec<RawQuote>,
    #[serde(default)]
    pub figure: Vec<RawFigure>,
    #[serde(default)]
    pub disagreement: Vec<RawDisagreement>,
    #[serde(default)]
    pub correction: Vec<RawCorrection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCorrection {
    pub date: Text,
    pub what: Option<Text>,
    pub why: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCitation {
    pub source: Text,
    pub excerpt: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuote {
    /// One person's id.
    pub speaker: Option<Text>,
    /// Several people's ids, for words they put their names to together (a jointly signed letter).
    #[serde(default)]
    pub speakers: Vec<Text>,
    /// Organisation ids, for words a body puts out as its own.
    #[serde(default)]
    pub organisations: Vec<Text>,
    pub text: Text,
    pub source: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub label: Text,
    pub amount: Spanned<f64>,
    pub unit: Text,
    #[serde(default)]
    pub approximate: bool,
    pub source_words: Text,
    pub source: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDisagreement {
    pub about: Text,
    pub note: Option<Text>,
    pub readings: Vec<RawReading>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReading {
    pub says: Text,
    pub source: Text,
}
