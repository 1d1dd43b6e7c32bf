//! The open-data exports: the whole timeline as JSON (a stable, documented schema), CSV
//! (RFC 4180) and iCalendar (RFC 5545), all deterministic so builds are reproducible.

use crate::date::{days_in_month, DayKey, EventDate, When};
use crate::model::{Dataset, Event};
use serde::Serialize;

/// The version of the JSON schema in `docs/open-data.md`. Bump it when a field is removed,
/// renamed or changes meaning; adding a field does not bump it.
pub const SCHEMA_VERSION: u32 = 2;

/// The name of the dataset, used as the JSON `title` and the calendar name.
pub const TITLE: &str = "Birmingham Independent Improvement Panel timeline";

/// The iCalendar product identifier.
pub const PRODID: &str = "-//BIIP timeline//Open data export//EN";

/// `DTSTAMP` when the dataset has no events at all.
const EMPTY_DTSTAMP: &str = "19700101T000000Z";

/// The three export files, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exports {
    pub json: String,
    pub csv: String,
    pub ics: String,
    /// `people.json`: people, posts and tenures (see [`crate::people_json`]).
    pub people: String,
}

impl Exports {
    /// Each file by the name it is published under (as `crate::site::OPEN_DATA_FILES` lists).
    pub fn files(&self) -> [(&'static str, &str); 4] {
        [
            ("events.json", &self.json),
            ("events.csv", &self.csv),
            ("events.ics", &self.ics),
            ("people.json", &self.people),
        ]
    }
}

/// Every export. `site_url` is absolute and ends with `/`, e.g. `https://example.org/biip/`.
pub fn all(dataset: &Dataset, site_url: &str) -> Exports {
    Exports {
        json: json(dataset, site_url),
        csv: csv(dataset, site_url),
        ics: ics(dataset, site_url),
        people: crate::people_json::people_json(dataset),
    }
}

/// A part of the timeline to export on its own: the events at `indexes` (in that order, as a
/// filtered list shows them) with everything else the exports describe. The same writers then
/// make its files, so a download of a filtered view reads exactly like the full files.
pub fn view_of(dataset: &Dataset, indexes: &[usize]) -> Dataset {
    Dataset {
        events: indexes
            .iter()
            .filter_map(|&i| dataset.events.get(i).cloned())
            .collect(),
        ..dataset.clone()
    }
}

/// The file name of a download of the view the query string `query` (without `?`) shows:
/// `biip-timeline` and the query's keys and values as a slug, e.g.
/// `biip-timeline-q-council-tag-finance.csv`; `biip-timeline-all.csv` unfiltered. Only
/// `a`-`z`, `0`-`9` and `-`, at most 100 characters before the extension.
pub fn download_name(query: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in crate::text::fold(query).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug: String = slug.trim_end_matches('-').chars().take(86).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("all");
    }
    format!("biip-timeline-{slug}.{extension}")
}

/// The public page of an event: `site_url` + `events/<id>/`.
pub fn event_url(site_url: &str, id: &str) -> String {
    format!("{site_url}events/{id}/")
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

/// The top-level JSON object. These structs are the export's own, so the internal model can
/// change without changing the published field names.
#[derive(Serialize)]
struct JsonExport<'a> {
    schema_version: u32,
    title: &'static str,
    site_url: &'a str,
    event_count: usize,
    source_documents: Vec<JsonSource<'a>>,
    tags: Vec<JsonTag<'a>>,
    events: Vec<JsonEvent<'a>>,
}

#[derive(Serialize)]
struct JsonSource<'a> {
    file: &'a str,
    headline: &'a str,
    publisher: &'a str,
    /// EDTF level 1.
    published: Option<String>,
    published_note: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonTag<'a> {
    id: &'a str,
    label: &'a str,
}

#[derive(Serialize)]
struct JsonEvent<'a> {
    id: &'a str,
    url: String,
    aliases: &'a [String],
    /// EDTF level 1: `2015-09-11`, `2016-03~`, `2015-06/2015-09`, `../2019-03`.
    date: String,
    /// The first and last days the date may stand for; `null` where a bound leaves it open.
    date_earliest: Option<String>,
    date_latest: Option<String>,
    date_display: String,
    date_note: Option<&'a str>,
    date_source_words: Option<&'a str>,
    title: &'a str,
    summary: &'a str,
    body: &'a [String],
    kind: &'static str,
    kind_label: &'static str,
    tags: Vec<JsonTag<'a>>,
    people: Vec<JsonPerson<'a>>,
    organisations: Vec<JsonOrganisation<'a>>,
    documents: Vec<JsonDocument<'a>>,
    quotes: Vec<JsonQuote<'a>>,
    figures: Vec<JsonFigure<'a>>,
    sources: Vec<&'a str>,
    citations: Vec<JsonCitation<'a>>,
    disagreements: Vec<JsonDisagreement<'a>>,
    /// The day the event was first published in the timeline.
    added: String,
    /// Changes made since, oldest first.
    corrections: Vec<JsonCorrection<'a>>,
}

#[derive(Serialize)]
struct JsonPerson<'a> {
    id: &'a str,
    name: &'a str,
    honours: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonOrganisation<'a> {
    id: &'a str,
    name: &'a str,
    short_name: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    id: &'a str,
    title: &'a str,
    kind: Option<&'static str>,
    date: Option<String>,
}

#[derive(Serialize)]
struct JsonQuote<'a> {
    /// Who said it, as a reader reads it: "John Crabtree and Ian Ward".
    speaker: String,
    speaker_ids: &'a [String],
    organisation_ids: &'a [String],
    text: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct JsonFigure<'a> {
    label: &'a str,
    amount: f64,
    unit: &'static str,
    approximate: bool,
    source_words: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct JsonCitation<'a> {
    source: &'a str,
    excerpt: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonCorrection<'a> {
    date: String,
    what: &'a str,
    why: &'a str,
}

#[derive(Serialize)]
struct JsonDisagreement<'a> {
    about: &'a str,
    note: Option<&'a str>,
    readings: Vec<JsonReading<'a>>,
}

#[derive(Serialize)]
struct JsonReading<'a> {
    says: &'a str,
    source: &'a str,
}

fn day_iso(day: DayKey) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

fn tag_label<'a>(dataset: &'a Dataset, id: &'a str) -> &'a str {
    dataset.tag(id).map_or(id, |t| t.label.as_str())
}

fn person_name<'a>(dataset: &'a Dataset, id: &'a str) -> &'a str {
    dataset.person(id).map_or(id, |p| p.name.as_str())
}

fn organisation_name<'a>(dataset: &'a Dataset, id: &'a str) -> &'a str {
    dataset.organisation(id).map_or(id, |o| o.name.as_str())
}

fn document_title<'a>(dataset: &'a Dataset, id: &'a str) -> &'a str {
    dataset.document(id).map_or(id, |d| d.title.as_str())
}

fn json_event<'a>(dataset: &'a Dataset, event: &'a Event, site_url: &str) -> JsonEvent<'a> {
    let date = &event.date;
    JsonEvent {
        id: &event.id,
        url: event_url(site_url, &event.id),
        aliases: &event.aliases,
        date: date.when.edtf(),
        date_earliest: date.when.earliest().map(day_iso),
        date_latest: date.when.latest().map(day_iso),
        date_display: date.human(),
        date_note: date.note.as_deref(),
        date_source_words: date.source_words.as_deref(),
        title: &event.title,
        summary: &event.summary,
        body: &event.body,
        kind: event.kind.slug(),
        kind_label: event.kind.label(),
        tags: event
            .tags
            .iter()
            .map(|id| JsonTag {
                id,
                label: tag_label(dataset, id),
            })
            .collect(),
        people: event
            .people
            .iter()
            .map(|id| {
                let person = dataset.person(id);
                JsonPerson {
                    id,
                    name: person.map_or(id.as_str(), |p| p.name.as_str()),
                    honours: person.and_then(|p| p.honours.as_deref()),
                }
            })
            .collect(),
        organisations: event
            .organisations
            .iter()
            .map(|id| {
                let organisation = dataset.organisation(id);
                JsonOrganisation {
                    id,
                    name: organisation.map_or(id.as_str(), |o| o.name.as_str()),
                    short_name: organisation.and_then(|o| o.short_name.as_deref()),
                }
            })
            .collect(),
        documents: event
            .documents
            .iter()
            .map(|id| {
                let document = dataset.document(id);
                JsonDocument {
                    id,
                    title: document.map_or(id.as_str(), |d| d.title.as_str()),
                    kind: document.map(|d| document_kind_slug(d.kind)),
                    date: document.and_then(|d| d.date).map(|d| d.iso()),
                }
            })
            .collect(),
        quotes: event
            .quotes
            .iter()
            .map(|q| JsonQuote {
                speaker: dataset.quote_authors(q),
                speaker_ids: &q.speakers,
                organisation_ids: &q.organisations,
                text: &q.text,
                source: &q.source,
            })
            .collect(),
        figures: event
            .figures
            .iter()
            .map(|f| JsonFigure {
                label: &f.label,
                amount: f.amount,
                unit: f.unit.slug(),
                approximate: f.approximate,
                source_words: &f.source_words,
                source: &f.source,
            })
            .collect(),
        sources: event.source_files(),
        citations: event
            .citations
            .iter()
            .map(|c| JsonCitation {
                source: &c.source,
                excerpt: c.excerpt.as_deref(),
            })
            .collect(),
        disagreements: event
            .disagreements
            .iter()
            .map(|d| JsonDisagreement {
                about: &d.about,
                note: d.note.as_deref(),
                readings: d
                    .readings
                    .iter()
                    .map(|r| JsonReading {
                        says: &r.says,
                        source: &r.source,
                    })
                    .collect(),
            })
            .collect(),
        added: event.added.iso(),
        corrections: event
            .corrections
            .iter()
            .map(|c| JsonCorrection {
                date: c.date.iso(),
                what: &c.what,
                why: &c.why,
            })
            .collect(),
    }
}

fn document_kind_slug(kind: crate::model::DocumentKind) -> &'static str {
    use crate::model::DocumentKind;
    match kind {
        DocumentKind::Review => "review",
        DocumentKind::Letter => "letter",
        DocumentKind::Report => "report",
        DocumentKind::Plan => "plan",
        DocumentKind::Briefing => "briefing",
        DocumentKind::PressRelease => "press-release",
        DocumentKind::AuditReport => "audit-report",
    }
}

/// The dataset as pretty-printed JSON (schema in `docs/open-data.md`), ending with a newline.
/// Events keep the dataset's order: oldest first, ties broken by id.
pub fn json(dataset: &Dataset, site_url: &str) -> String {
    let export = JsonExport {
        schema_version: SCHEMA_VERSION,
        title: TITLE,
        site_url,
        event_count: dataset.events.len(),
        source_documents: dataset
            .sources
            .iter()
            .map(|s| JsonSource {
                file: &s.file,
                headline: &s.headline,
                publisher: &s.publisher,
                published: s.published.as_ref().map(|d| d.when.edtf()),
                published_note: s.published.as_ref().and_then(|d| d.note.as_deref()),
            })
            .collect(),
        tags: dataset
            .tags
            .iter()
            .map(|t| JsonTag {
                id: &t.id,
                label: &t.label,
            })
            .collect(),
        events: dataset
            .events
            .iter()
            .map(|e| json_event(dataset, e, site_url))
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&export)
        .expect("the export structs hold only strings, numbers, bools and string-keyed maps");
    text.push('\n');
    text
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

/// The CSV header, in column order.
pub const CSV_COLUMNS: [&str; 14] = [
    "id",
    "url",
    "date",
    "date_earliest",
    "date_latest",
    "date_display",
    "title",
    "summary",
    "kind",
    "tags",
    "people",
    "organisations",
    "documents",
    "sources",
];

/// How multi-valued CSV cells are joined.
pub const CSV_SEPARATOR: &str = "; ";

fn joined<'a>(values: impl Iterator<Item = &'a str>) -> String {
    values.collect::<Vec<_>>().join(CSV_SEPARATOR)
}

/// One row per event with a header row, RFC 4180: CRLF line endings, fields quoted when they
/// hold a comma, a quote or a line break, quotes doubled. Multi-valued cells are joined by `; `.
pub fn csv(dataset: &Dataset, site_url: &str) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    const IN_MEMORY: &str = "writing CSV into memory cannot fail";
    writer.write_record(CSV_COLUMNS).expect(IN_MEMORY);
    for event in &dataset.events {
        let when = &event.date.when;
        let row: [String; 14] = [
            event.id.clone(),
            event_url(site_url, &event.id),
            when.edtf(),
            when.earliest().map(day_iso).unwrap_or_default(),
            when.latest().map(day_iso).unwrap_or_default(),
            when.human(),
            event.title.clone(),
            event.summary.clone(),
            event.kind.slug().to_string(),
            joined(event.tags.iter().map(|t| tag_label(dataset, t))),
            joined(event.people.iter().map(|p| person_name(dataset, p))),
            joined(
                event
                    .organisations
                    .iter()
                    .map(|o| organisation_name(dataset, o)),
            ),
            joined(event.documents.iter().map(|d| document_title(dataset, d))),
            joined(event.source_files().into_iter()),
        ];
        writer.write_record(&row).expect(IN_MEMORY);
    }
    let bytes = writer.into_inner().expect(IN_MEMORY);
    // Every cell came from a `String`, so the bytes are UTF-8.
    String::from_utf8(bytes).expect("the CSV is built from UTF-8 strings")
}

// ---------------------------------------------------------------------------------------------
// iCalendar
// ---------------------------------------------------------------------------------------------

/// The day after `day`, across month and year ends and leap days.
pub fn next_day(day: DayKey) -> DayKey {
    let (year, month, d) = (day.year(), day.month(), day.day());
    if d < days_in_month(year, month) {
        DayKey::new(year, month, d + 1)
    } else if month < 12 {
        DayKey::new(year, month + 1, 1)
    } else {
        DayKey::new(year + 1, 1, 1)
    }
}

/// The days an event's `VEVENT` spans, as iCalendar wants them (`DTSTART`, and an exclusive
/// `DTEND`): all the days its date may stand for (a whole month for a month, the whole of an
/// interval). A bound spans the one date it names; the description says it is a bound.
pub fn ical_span(when: &When) -> (DayKey, DayKey) {
    let anchor = when.anchor().date;
    let first = when.earliest().unwrap_or(anchor.start());
    let last = when.latest().unwrap_or(anchor.end());
    (first, next_day(last))
}

/// An iCalendar `DATE` value: `YYYYMMDD`.
pub fn ical_date(day: DayKey) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// Escapes a `TEXT` value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
/// Other control characters, which `TEXT` may not hold, are dropped.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // CRLF and a lone CR are both one line break.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() && (c as u32) < 0x80 => {}
            c => out.push(c),
        }
    }
    out
}

/// The most octets a content line may have, not counting its CRLF.
pub const MAX_LINE_OCTETS: usize = 75;

/// Folds one content line (RFC 5545 §3.1): no physical line is longer than 75 octets, each
/// continuation starts with a space, and no UTF-8 character is split. The result ends with CRLF.
///
/// A fold is never placed straight after a space or tab where it can be avoided, because some
/// readers trim trailing white space from each physical line and would lose it.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut rest = line;
    let mut first = true;
    loop {
        let budget = if first {
            MAX_LINE_OCTETS
        } else {
            MAX_LINE_OCTETS - 1
        };
        if !first {
            out.push(' ');
        }
        if rest.len() <= budget {
            out.push_str(rest);
            out.push_str("\r\n");
            return out;
        }
        let mut cut = budget;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        // Prefer a cut that does not leave white space at the end of the physical line.
        let mut nicer = cut;
        while nicer > 0 && rest[..nicer].ends_with([' ', '\t']) {
            nicer -= 1;
            while !rest.is_char_boundary(nicer) {
                nicer -= 1;
            }
        }
        if nicer > 0 {
            cut = nicer;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n");
        rest = &rest[cut..];
        first = false;
    }
}

/// The host of an absolute URL, without user info or port: `example.org` for
/// `https://user@example.org:8080/biip/`. Falls back to `localhost` when there is none.
pub fn url_host(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = after_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or(after_scheme);
    let host_port = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    let host = if host_port.starts_with('[') {
        // An IPv6 literal keeps its brackets; drop any port after them.
        host_port
            .find(']')
            .map_or(host_port, |end| &host_port[..=end])
    } else {
        host_port.split(':').next().unwrap_or(host_port)
    };
    if host.is_empty() {
        "localhost"
    } else {
        host
    }
}

/// `DTSTAMP` for every event: the latest day any event starts on, at midnight UTC. It comes
/// from the data, not the clock, so the same data always gives the same file.
pub fn dtstamp(dataset: &Dataset) -> String {
    dataset
        .events
        .iter()
        .map(|e| e.date.when.anchor().date.start())
        .max()
        .map_or_else(
            || EMPTY_DTSTAMP.to_string(),
            |day| format!("{}T000000Z", ical_date(day)),
        )
}

fn event_description(dataset: &Dataset, event: &Event) -> String {
    let mut text = event.summary.clone();
    let EventDate {
        when,
        note,
        source_words,
    } = &event.date;
    if !when.is_exact() {
        text.push_str(&format!("\n\nDate: {}", event.date.human()));
        if let Some(words) = source_words {
            text.push_str(&format!(" (the source says \u{201c}{words}\u{201d})"));
        }
        if let Some(note) = note {
            text.push_str(&format!(". {note}"));
        }
    }
    if !event.citations.is_empty() {
        text.push_str("\n\nSources:");
        for file in event.source_files() {
            match dataset.source(file) {
                Some(s) => {
                    text.push_str(&format!("\n- {} ({}), {}", s.headline, s.publisher, s.file))
                }
                None => text.push_str(&format!("\n- {file}")),
            }
        }
    }
    text
}

/// The timeline as an iCalendar file: one all-day `VEVENT` per event, spanning the whole day,
/// month or year its date stands for. CRLF line endings, lines folded at 75 octets.
pub fn ics(dataset: &Dataset, site_url: &str) -> String {
    let host = url_host(site_url);
    let stamp = dtstamp(dataset);
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape_text(TITLE)),
    ];
    for event in &dataset.events {
        let (start, end) = ical_span(&event.date.when);
        let mut categories = vec![escape_text(event.kind.label())];
        categories.extend(
            event
                .tags
                .iter()
                .map(|t| escape_text(tag_label(dataset, t))),
        );
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!("UID:{}@{host}", event.id),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", ical_date(start)),
            format!("DTEND;VALUE=DATE:{}", ical_date(end)),
            format!("SUMMARY:{}", escape_text(&event.title)),
            format!(
                "DESCRIPTION:{}",
                escape_text(&event_description(dataset, event))
            ),
            format!("URL:{}", event_url(site_url, &event.id)),
            format!("CATEGORIES:{}", categories.join(",")),
            "TRANSP:TRANSPARENT".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold_line(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_day_rolls_over_months_years_and_leap_days() {
        assert_eq!(next_day(DayKey::new(2015, 9, 11)), DayKey::new(2015, 9, 12));
        assert_eq!(next_day(DayKey::new(2015, 9, 30)), DayKey::new(2015, 10, 1));
        assert_eq!(next_day(DayKey::new(2015, 12, 31)), DayKey::new(2016, 1, 1));
        assert_eq!(next_day(DayKey::new(2016, 2, 28)), DayKey::new(2016, 2, 29));
        assert_eq!(next_day(DayKey::new(2016, 2, 29)), DayKey::new(2016, 3, 1));
        assert_eq!(next_day(DayKey::new(2015, 2, 28)), DayKey::new(2015, 3, 1));
        assert_eq!(next_day(DayKey::new(1900, 2, 28)), DayKey::new(1900, 3, 1));
        assert_eq!(next_day(DayKey::new(2000, 2, 28)), DayKey::new(2000, 2, 29));
    }

    #[test]
    fn fold_prefers_not_to_end_a_line_on_white_space() {
        let line = format!("{} {}", "a".repeat(74), "b".repeat(10));
        let folded = fold_line(&line);
        assert_eq!(
            folded,
            format!("{}\r\n  {}\r\n", "a".repeat(74), "b".repeat(10))
        );
    }
}
