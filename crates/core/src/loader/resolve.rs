//! Turns the parsed TOML shapes into the model, checking every rule of `data/README.md`:
//! ids, dates, references between files, required fields, sources and aliases.

use super::raw::*;
use super::{DataFile, DataFiles, LoadError, LoadErrors};
use crate::date::{EventDate, PartialDate, When};
use crate::model::*;
use serde::de::DeserializeOwned;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// Collects problems against the file currently being read.
pub(super) struct Problems {
    errors: Vec<LoadError>,
}

impl Problems {
    pub(super) fn at(&mut self, file: &DataFile, span: Range<usize>, message: impl Into<String>) {
        self.errors.push(LoadError {
            file: file.path.clone(),
            line: line_of(&file.text, span.start),
            message: message.into(),
        });
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

fn parse_file<T: DeserializeOwned>(file: &DataFile, problems: &mut Problems) -> Option<T> {
    match toml::from_str::<T>(&file.text) {
        Ok(value) => Some(value),
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().replace('\n', " ");
            problems.at(file, span, format!("cannot read this TOML: {message}"));
            None
        }
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

fn slug_message(what: &str, id: &str) -> String {
    format!(
        "{what} id `{id}` is not a slug: use lowercase letters, digits and single hyphens, e.g. `john-crabtree`"
    )
}

/// Returns the text trimmed, or records that a required field is missing or empty.
pub(super) fn required(
    value: &Option<Text>,
    field: &str,
    hint: &str,
    file: &DataFile,
    at: Range<usize>,
    problems: &mut Problems,
) -> String {
    match value {
        Some(v) if !v.get_ref().trim().is_empty() => v.get_ref().trim().to_string(),
        Some(v) => {
            problems.at(file, v.span(), format!("`{field}` is empty: {hint}"));
            String::new()
        }
        None => {
            problems.at(file, at, format!("`{field}` is missing: {hint}"));
            String::new()
        }
    }
}

pub(super) fn optional(value: &Option<Text>) -> Option<String> {
    value
        .as_ref()
        .map(|v| v.get_ref().trim().to_string())
        .filter(|s| !s.is_empty())
}

/// A date in EDTF level 1: a day, month or year, perhaps approximate or uncertain, alone, as an
/// interval or as a bound (see [`super::edtf_date`]).
pub(super) fn parse_when(
    value: &Text,
    field: &str,
    file: &DataFile,
    problems: &mut Problems,
) -> Option<When> {
    match super::edtf_date::parse_when(value.get_ref()) {
        Ok(when) => Some(when),
        Err(e) => {
            problems.at(file, value.span(), format!("`{field}`: {e}"));
            None
        }
    }
}

/// A field this version no longer reads, reported with what replaced it.
fn retired<T>(value: &Option<Spanned<T>>, message: &str, file: &DataFile, problems: &mut Problems) {
    if let Some(value) = value {
        problems.at(file, value.span(), message);
    }
}

const RETIRED_APPROXIMATE: &str = "`approximate` is retired: mark the date itself, in EDTF: `2016-03~` for approximate, `2016-03?` for uncertain, `2015-06/2015-09` for an interval, `../2019-03` for a bound";

fn parse_date(
    value: &Text,
    field: &str,
    file: &DataFile,
    problems: &mut Problems,
) -> Option<PartialDate> {
    match PartialDate::parse(value.get_ref().trim()) {
        Ok(d) => Some(d),
        Err(e) => {
            problems.at(file, value.span(), format!("`{field}`: {e}"));
            None
        }
    }
}

/// The ids each file defines, to check references against.
#[derive(Default)]
pub(super) struct Known {
    sources: HashSet<String>,
    tags: HashSet<String>,
    people: HashSet<String>,
    organisations: HashSet<String>,
    documents: HashSet<String>,
}

#[derive(Clone, Copy)]
pub(super) enum RefKind {
    Source,
    Tag,
    Person,
    Organisation,
    Document,
}

impl RefKind {
    fn describe(self) -> (&'static str, &'static str) {
        match self {
            RefKind::Source => ("source", "sources.toml (cite it by file name)"),
            RefKind::Tag => ("tag", "tags.toml"),
            RefKind::Person => ("person", "people.toml"),
            RefKind::Organisation => ("organisation", "organisations.toml"),
            RefKind::Document => ("document", "documents.toml"),
        }
    }
}

impl Known {
    fn set(&self, kind: RefKind) -> &HashSet<String> {
        match kind {
            RefKind::Source => &self.sources,
            RefKind::Tag => &self.tags,
            RefKind::Person => &self.people,
            RefKind::Organisation => &self.organisations,
            RefKind::Document => &self.documents,
        }
    }

    /// Returns the referenced id if it exists, recording an error otherwise.
    pub(super) fn check(
        &self,
        kind: RefKind,
        value: &Text,
        file: &DataFile,
        problems: &mut Problems,
    ) -> Option<String> {
        let id = value.get_ref().trim();
        if self.set(kind).contains(id) {
            return Some(id.to_string());
        }
        let (what, home) = kind.describe();
        problems.at(
            file,
            value.span(),
            format!("unknown {what} `{id}`: add it to data/{home} or fix the reference"),
        );
        None
    }

    fn check_all(
        &self,
        kind: RefKind,
        values: &[Text],
        file: &DataFile,
        problems: &mut Problems,
    ) -> Vec<String> {
        values
            .iter()
            .filter_map(|v| self.check(kind, v, file, problems))
            .collect()
    }
}

/// Records the first place each id is defined and reports later duplicates.
pub(super) struct IdRegistry {
    what: &'static str,
    seen: HashMap<String, (PathBuf, usize)>,
}

impl IdRegistry {
    pub(super) fn new(what: &'static str) -> Self {
        IdRegistry {
            what,
            seen: HashMap::new(),
        }
    }

    /// Whether some file defines this id.
    pub(super) fn contains(&self, id: &str) -> bool {
        self.seen.contains_key(id)
    }

    /// True when the id is new and well formed.
    pub(super) fn register(&mut self, id: &Text, file: &DataFile, problems: &mut Problems) -> bool {
        let value = id.get_ref().trim();
        if !is_slug(value) {
            problems.at(file, id.span(), slug_message(self.what, value));
            return false;
        }
        let line = line_of(&file.text, id.span().start);
        if let Some((first_file, first_line)) = self.seen.get(value) {
            problems.at(
                file,
                id.span(),
                format!(
                    "duplicate {} id `{value}`: already defined at {}:{first_line}; ids must be unique",
                    self.what,
                    first_file.display()
                ),
            );
            return false;
        }
        self.seen
            .insert(value.to_string(), (file.path.clone(), line));
        true
    }
}

pub(super) fn resolve(files: &DataFiles) -> Result<Dataset, LoadErrors> {
    let mut problems = Problems { errors: Vec::new() };
    let mut known = Known::default();
    let mut dataset = Dataset::default();

    if let Some(file) = &files.sources {
        if let Some(parsed) = parse_file::<SourcesFile>(file, &mut problems) {
            dataset.sources = resolve_sources(parsed, file, &mut known, &mut problems);
        }
    }
    if let Some(file) = &files.tags {
        if let Some(parsed) = parse_file::<TagsFile>(file, &mut problems) {
            let mut ids = IdRegistry::new("tag");
            for raw in parsed.tag {
                if ids.register(&raw.id, file, &mut problems) {
                    let id = raw.id.get_ref().trim().to_string();
                    let label = required(
                        &raw.label,
                        "label",
                        "give the tag a readable label",
                        file,
                        raw.id.span(),
                        &mut problems,
                    );
                    known.tags.insert(id.clone());
                    dataset.tags.push(Tag { id, label });
                }
            }
        }
    }
    if let Some(file) = &files.organisations {
        if let Some(parsed) = parse_file::<OrganisationsFile>(file, &mut problems) {
            let mut ids = IdRegistry::new("organisation");
            for raw in parsed.organisation {
                if ids.register(&raw.id, file, &mut problems) {
                    let id = raw.id.get_ref().trim().to_string();
                    let name = required(
                        &raw.name,
                        "name",
                        "give the organisation's name",
                        file,
                        raw.id.span(),
                        &mut problems,
                    );
                    known.organisations.insert(id.clone());
                    dataset.organisations.push(Organisation {
                        id,
                        name,
                        short_name: optional(&raw.short_name),
                    });
                }
            }
        }
    }
    if let Some(file) = &files.people {
        if let Some(parsed) = parse_file::<PeopleFile>(file, &mut problems) {
            dataset.people = resolve_people(parsed, file, &mut known, &mut problems);
        }
    }
    if let Some(file) = &files.posts {
        if let Some(parsed) = parse_file::<PostsFile>(file, &mut problems) {
            dataset.posts = super::posts::resolve_posts(parsed, file, &known, &mut problems);
        }
    }
    if let Some(file) = &files.documents {
        if let Some(parsed) = parse_file::<DocumentsFile>(file, &mut problems) {
            dataset.documents = resolve_documents(parsed, file, &mut known, &mut problems);
        }
    }

    let mut event_ids = IdRegistry::new("event");
    let mut aliases: Vec<(Text, usize)> = Vec::new();
    for file in &files.events {
        if let Some(raw) = parse_file::<RawEvent>(file, &mut problems) {
            let file_index = dataset.events.len();
            let raw_aliases = raw.aliases.clone();
            if let Some(event) = resolve_event(raw, file, &known, &mut event_ids, &mut problems) {
                aliases.extend(raw_aliases.into_iter().map(|a| (a, file_index)));
                dataset.events.push(event);
            }
        }
    }
    check_aliases(&aliases, files, &dataset, &mut problems);
    if let Some(file) = &files.periods {
        if let Some(parsed) = parse_file::<PeriodsFile>(file, &mut problems) {
            let events = super::periods::KnownEvents {
                ids: &event_ids,
                events: &dataset.events,
            };
            dataset.periods =
                super::periods::resolve_periods(parsed, file, &known, &events, &mut problems);
        }
    }

    if !problems.errors.is_empty() {
        return Err(LoadErrors(problems.errors));
    }
    dataset
        .events
        .sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    Ok(dataset)
}

fn resolve_sources(
    parsed: SourcesFile,
    file: &DataFile,
    known: &mut Known,
    problems: &mut Problems,
) -> Vec<Source> {
    let mut seen = HashSet::new();
    let mut sources = Vec::new();
    for raw in parsed.source {
        let name = raw.file.get_ref().trim().to_string();
        if name.is_empty() || name.contains('/') {
            problems.at(
                file,
                raw.file.span(),
                format!("source `file` `{name}` must be a bare file name from shared/sources/"),
            );
            continue;
        }
        if !seen.insert(name.clone()) {
            problems.at(
                file,
                raw.file.span(),
                format!("duplicate source `{name}`: list each file once"),
            );
            continue;
        }
        let headline = required(
            &raw.headline,
            "headline",
            "copy the headline the text gives",
            file,
            raw.file.span(),
            problems,
        );
        let publisher = required(
            &raw.publisher,
            "publisher",
            "say who published it, as the text gives",
            file,
            raw.file.span(),
            problems,
        );
        retired(
            &raw.published_approximate,
            RETIRED_APPROXIMATE,
            file,
            problems,
        );
        let published = raw
            .published
            .as_ref()
            .and_then(|p| parse_when(p, "published", file, problems))
            .map(|when| EventDate {
                when,
                source_words: None,
                note: optional(&raw.published_note),
            });
        if let (Some(published), Some(text)) = (&published, &raw.published) {
            if !published.when.is_exact() && published.note.is_none() {
                problems.at(file, text.span(), "`published` is not a date the text states, but `published_note` is missing: say how the date was inferred");
            }
        }
        let layout = raw
            .text
            .as_ref()
            .map_or_else(SourceLayout::default, |text| {
                let words = |list: &[Text]| list.iter().map(|t| t.get_ref().clone()).collect();
                SourceLayout {
                    starts: optional(&text.starts),
                    ends: optional(&text.ends),
                    leave_out: words(&text.leave_out),
                    headings: words(&text.headings),
                }
            });
        known.sources.insert(name.clone());
        sources.push(Source {
            file: name,
            headline,
            publisher,
            published,
            layout,
        });
    }
    sources
}

pub(super) fn resolve_disagreements(
    raws: &[RawDisagreement],
    file: &DataFile,
    known: &Known,
    problems: &mut Problems,
) -> Vec<Disagreement> {
    raws.iter()
        .map(|raw| {
            if raw.readings.len() < 2 {
                problems.at(
                    file,
                    raw.about.span(),
                    "a disagreement needs at least two readings, each with its source",
                );
            }
            let readings = raw
                .readings
                .iter()
                .map(|r| Reading {
                    says: r.says.get_ref().trim().to_string(),
                    source: known
                        .check(RefKind::Source, &r.source, file, problems)
                        .unwrap_or_default(),
                })
                .collect();
            Disagreement {
                about: raw.about.get_ref().trim().to_string(),
                readings,
                note: optional(&raw.note),
            }
        })
        .collect()
}

fn resolve_people(
    parsed: PeopleFile,
    file: &DataFile,
    known: &mut Known,
    problems: &mut Problems,
) -> Vec<Person> {
    let mut ids = IdRegistry::new("person");
    let mut people = Vec::new();
    for raw in parsed.person {
        if !ids.register(&raw.id, file, problems) {
            continue;
        }
        let id = raw.id.get_ref().trim().to_string();
        let name = required(
            &raw.name,
            "name",
            "give the person's name as the sources write it",
            file,
            raw.id.span(),
            problems,
        );
        if let Some(role) = &raw.role {
            problems.at(
                file,
                role.span(),
                "`role` is retired: a post someone held goes in data/posts.toml as a tenure (with its start, end and the dates sources show them in post); what a source calls someone that is not a post goes in `[[person.description]]`",
            );
        }
        let descriptions = raw
            .description
            .iter()
            .map(|d| Description {
                text: d.text.get_ref().trim().to_string(),
                source: known
                    .check(RefKind::Source, &d.source, file, problems)
                    .unwrap_or_default(),
            })
            .collect();
        let disagreements = resolve_disagreements(&raw.disagreement, file, known, problems);
        known.people.insert(id.clone());
        people.push(Person {
            id,
            name,
            honours: optional(&raw.honours),
            descriptions,
            disagreements,
        });
    }
    people
}

fn document_kind(slug: &str) -> Option<DocumentKind> {
    Some(match slug {
        "review" => DocumentKind::Review,
        "letter" => DocumentKind::Letter,
        "report" => DocumentKind::Report,
        "plan" => DocumentKind::Plan,
        "briefing" => DocumentKind::Briefing,
        "press-release" => DocumentKind::PressRelease,
        "audit-report" => DocumentKind::AuditReport,
        _ => return None,
    })
}

fn resolve_documents(
    parsed: DocumentsFile,
    file: &DataFile,
    known: &mut Known,
    problems: &mut Problems,
) -> Vec<Document> {
    let mut ids = IdRegistry::new("document");
    let mut documents = Vec::new();
    for raw in parsed.document {
        if !ids.register(&raw.id, file, problems) {
            continue;
        }
        let id = raw.id.get_ref().trim().to_string();
        let title = required(
            &raw.title,
            "title",
            "copy the document's title",
            file,
            raw.id.span(),
            problems,
        );
        let kind = document_kind(raw.kind.get_ref().trim()).unwrap_or_else(|| {
            problems.at(
                file,
                raw.kind.span(),
                format!(
                    "unknown document kind `{}`: use review, letter, report, plan, briefing, press-release or audit-report",
                    raw.kind.get_ref()
                ),
            );
            DocumentKind::Report
        });
        if raw.sources.is_empty() {
            problems.at(
                file,
                raw.id.span(),
                "document has no `sources`: cite the file(s) that name it",
            );
        }
        documents.push(Document {
            id: id.clone(),
            title,
            kind,
            date: raw
                .date
                .as_ref()
                .and_then(|d| parse_date(d, "date", file, problems)),
            publisher: raw
                .publisher
                .as_ref()
                .and_then(|p| known.check(RefKind::Organisation, p, file, problems)),
            size_kb: raw.size_kb,
            format: optional(&raw.format),
            sources: known.check_all(RefKind::Source, &raw.sources, file, problems),
        });
        known.documents.insert(id);
    }
    documents
}

fn figure_unit(slug: &str) -> Option<FigureUnit> {
    Some(match slug {
        "gbp" => FigureUnit::Gbp,
        "gbp-per-year" => FigureUnit::GbpPerYear,
        "years" => FigureUnit::Years,
        "months" => FigureUnit::Months,
        "count" => FigureUnit::Count,
        _ => return None,
    })
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn resolve_event(
    raw: RawEvent,
    file: &DataFile,
    known: &Known,
    ids: &mut IdRegistry,
    problems: &mut Problems,
) -> Option<Event> {
    let errors_before = problems.errors.len();
    let Some(id_text) = &raw.id else {
        problems.at(
            file,
            0..0,
            format!(
                "`id` is missing: add `id = \"{}\"` (the file name without .toml)",
                file_stem(&file.path)
            ),
        );
        return None;
    };
    let id = id_text.get_ref().trim().to_string();
    if !ids.register(id_text, file, problems) {
        return None;
    }
    if id != file_stem(&file.path) {
        problems.at(
            file,
            id_text.span(),
            format!("`id` `{id}` differs from the file name: rename the file to {id}.toml (ids are public URLs; keep an old id in `aliases`)"),
        );
    }

    let top = 0..0;
    retired(&raw.approximate, RETIRED_APPROXIMATE, file, problems);
    let date = match &raw.date {
        Some(d) => parse_when(d, "date", file, problems),
        None => {
            problems.at(
                file,
                top.clone(),
                "`date` is missing: write it in EDTF, e.g. 2015-09-11, 2016-03~ or 2015-06/2015-09",
            );
            None
        }
    };
    if let (Some(when), Some(text)) = (&date, &raw.date) {
        if !when.is_exact() && optional(&raw.date_note).is_none() {
            problems.at(file, text.span(), format!("`date` {} is not a single date a source states, but `date_note` is missing: say how it was inferred from the sources", when.edtf()));
        }
    }
    let title = required(
        &raw.title,
        "title",
        "give the event a short title",
        file,
        top.clone(),
        problems,
    );
    let summary = required(
        &raw.summary,
        "summary",
        "give one or two sentences for the timeline",
        file,
        top.clone(),
        problems,
    );
    let kind = match &raw.kind {
        Some(k) => EventKind::from_slug(k.get_ref().trim()).or_else(|| {
            let valid: Vec<&str> = EventKind::ALL.iter().map(|k| k.slug()).collect();
            problems.at(
                file,
                k.span(),
                format!(
                    "unknown event kind `{}`: use one of {}",
                    k.get_ref(),
                    valid.join(", ")
                ),
            );
            None
        }),
        None => {
            problems.at(
                file,
                top.clone(),
                "`kind` is missing: say what sort of event this is",
            );
            None
        }
    };
    if raw.citation.is_empty() {
        problems.at(
            file,
            id_text.span(),
            "event has no source: add a [[citation]] with `source` = a file name from data/sources.toml and the supporting `excerpt`",
        );
    }
    let citations = raw
        .citation
        .iter()
        .filter_map(|c| {
            let source = known.check(RefKind::Source, &c.source, file, problems)?;
            Some(Citation {
                source,
                excerpt: optional(&c.excerpt),
            })
        })
        .collect();
    let quotes = raw
        .quote
        .iter()
        .filter_map(|q| {
            let named: Vec<&Text> = q
                .speaker
                .iter()
                .chain(&q.speakers)
                .filter(|s| !s.get_ref().trim().is_empty())
                .collect();
            if named.is_empty() && q.organisations.is_empty() {
                problems.at(
                    file,
                    q.text.span(),
                    "quote has no `speaker`: give the id of the person who said it, `speakers` for words several people put their names to, or `organisations` for a body's own words",
                );
                return None;
            }
            let speakers: Vec<String> = named
                .into_iter()
                .filter_map(|s| known.check(RefKind::Person, s, file, problems))
                .collect();
            let organisations =
                known.check_all(RefKind::Organisation, &q.organisations, file, problems);
            if q.text.get_ref().trim().is_empty() {
                problems.at(
                    file,
                    q.text.span(),
                    "quote `text` is empty: copy the words from the source",
                );
            }
            let source = match &q.source {
                Some(s) => known.check(RefKind::Source, s, file, problems)?,
                None => {
                    problems.at(
                        file,
                        q.text.span(),
                        "quote has no `source`: give the file it is quoted from",
                    );
                    return None;
                }
            };
            Some(Quote {
                speakers,
                organisations,
                text: q.text.get_ref().trim().to_string(),
                source,
            })
        })
        .collect();
    let figures = raw
        .figure
        .iter()
        .filter_map(|f| {
            let unit = figure_unit(f.unit.get_ref().trim()).or_else(|| {
                problems.at(
                    file,
                    f.unit.span(),
                    format!(
                        "unknown figure unit `{}`: use gbp, gbp-per-year, years, months or count",
                        f.unit.get_ref()
                    ),
                );
                None
            })?;
            if !f.amount.get_ref().is_finite() {
                problems.at(
                    file,
                    f.amount.span(),
                    "figure `amount` must be a finite number",
                );
            }
            Some(Figure {
                label: f.label.get_ref().trim().to_string(),
                amount: *f.amount.get_ref(),
                unit,
                approximate: f.approximate,
                source_words: f.source_words.get_ref().trim().to_string(),
                source: known.check(RefKind::Source, &f.source, file, problems)?,
            })
        })
        .collect();

    let tags = known.check_all(RefKind::Tag, &raw.tags, file, problems);
    let people = known.check_all(RefKind::Person, &raw.people, file, problems);
    let organisations = known.check_all(RefKind::Organisation, &raw.organisations, file, problems);
    let documents = known.check_all(RefKind::Document, &raw.documents, file, problems);
    let disagreements = resolve_disagreements(&raw.disagreement, file, known, problems);
    let added = match &raw.added {
        Some(text) => parse_day(text, "added", file, problems),
        None => {
            problems.at(
                file,
                top.clone(),
                "`added` is missing: give the day the event was first published, e.g. added = \"2026-11-28\"",
            );
            None
        }
    };
    let corrections = added
        .map(|added| resolve_corrections(&raw.correction, added, file, problems))
        .unwrap_or_default();
    if problems.errors.len() != errors_before {
        return None;
    }
    let (date, kind, added) = (date?, kind?, added?);
    Some(Event {
        id,
        aliases: raw
            .aliases
            .iter()
            .map(|a| a.get_ref().trim().to_string())
            .collect(),
        date: EventDate {
            when: date,
            source_words: optional(&raw.date_source_words),
            note: optional(&raw.date_note),
        },
        title,
        summary,
        body: raw
            .body
            .iter()
            .map(|p| p.get_ref().trim().to_string())
            .filter(|p| !p.is_empty())
            .collect(),
        kind,
        tags,
        people,
        organisations,
        documents,
        quotes,
        figures,
        citations,
        disagreements,
        added,
        corrections,
    })
}

/// A day, as `added` and corrections give it: `YYYY-MM-DD`.
fn parse_day(
    value: &Text,
    field: &str,
    file: &DataFile,
    problems: &mut Problems,
) -> Option<PartialDate> {
    let day = parse_date(value, field, file, problems)?;
    if day.day.is_none() {
        problems.at(
            file,
            value.span(),
            format!("`{field}` is a day of publishing: write YYYY-MM-DD"),
        );
        return None;
    }
    Some(day)
}

/// An event's corrections, each dated on or after the day the event was added, with what
/// changed and why, oldest first.
fn resolve_corrections(
    raws: &[RawCorrection],
    added: PartialDate,
    file: &DataFile,
    problems: &mut Problems,
) -> Vec<Correction> {
    let mut corrections: Vec<Correction> = raws
        .iter()
        .filter_map(|raw| {
            let date = parse_day(&raw.date, "date", file, problems)?;
            if date.start() < added.start() {
                problems.at(
                    file,
                    raw.date.span(),
                    format!(
                        "a correction dated {} comes before the event was added ({}): an event can only be corrected once published",
                        date.iso(),
                        added.iso()
                    ),
                );
            }
            let what = required(&raw.what, "what", "say what the event said before and what it says now", file, raw.date.span(), problems);
            let why = required(&raw.why, "why", "say why, citing the source that shows it", file, raw.date.span(), problems);
            Some(Correction { date, what, why })
        })
        .collect();
    corrections.sort_by_key(|c| c.date.start());
    corrections
}

/// An alias must be a slug and name nothing else: no event id, no other alias.
fn check_aliases(
    aliases: &[(Text, usize)],
    files: &DataFiles,
    dataset: &Dataset,
    problems: &mut Problems,
) {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (alias, event_index) in aliases {
        let Some(event) = dataset.events.get(*event_index) else {
            continue;
        };
        let Some(file) = files.events.iter().find(|f| file_stem(&f.path) == event.id) else {
            continue;
        };
        let value = alias.get_ref().trim();
        if !is_slug(value) {
            problems.at(file, alias.span(), slug_message("alias", value));
        } else if let Some(owner) = dataset.events.iter().find(|e| e.id == value) {
            problems.at(
                file,
                alias.span(),
                format!("alias `{value}` collides with the id of event `{}`: an alias must not be any event's current id", owner.id),
            );
        } else if let Some(other) = seen.insert(value, &event.id) {
            problems.at(
                file,
                alias.span(),
                format!("alias `{value}` is also an alias of event `{other}`: an old id can redirect to only one event"),
            );
        }
    }
}
