//! `periods.toml`: named spans of time the sources mark out (the panel's years in Birmingham, the
//! months a report looks back on), each end dated in EDTF only where a source gives it, with that
//! source's own words for it. Whether those words are in the source is checked with the other
//! quoted words, by [`super::check_source_files`]; the events a period names must exist and be
//! dated so that they may fall on its start or end.

use super::raw::{PeriodsFile, RawPeriod, Text};
use super::resolve::{optional, parse_when, required, IdRegistry, Known, Problems, RefKind};
use super::DataFile;
use crate::date::When;
use crate::model::{Event, Period};

/// The ids the events files define, and the former ids they keep, to check a period's `events`.
pub(super) struct KnownEvents<'a> {
    pub(super) ids: &'a IdRegistry,
    pub(super) events: &'a [Event],
}

pub(super) fn resolve_periods(
    parsed: PeriodsFile,
    file: &DataFile,
    known: &Known,
    events: &KnownEvents,
    problems: &mut Problems,
) -> Vec<Period> {
    let mut ids = IdRegistry::new("period");
    let mut periods = Vec::new();
    for raw in &parsed.period {
        if ids.register(&raw.id, file, problems) {
            periods.extend(resolve_period(raw, file, known, events, problems));
        }
    }
    periods.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
    periods
}

fn resolve_period(
    raw: &RawPeriod,
    file: &DataFile,
    known: &Known,
    events: &KnownEvents,
    problems: &mut Problems,
) -> Option<Period> {
    let label = required(
        &raw.label,
        "label",
        "give the period a short name, in the sources' terms",
        file,
        raw.id.span(),
        problems,
    );
    let start = resolve_end(
        "start",
        (&raw.start, &raw.start_source, &raw.start_words),
        file,
        known,
        problems,
    );
    let end = resolve_end(
        "end",
        (&raw.end, &raw.end_source, &raw.end_words),
        file,
        known,
        problems,
    );
    if raw.start.is_none() && raw.end.is_none() {
        problems.at(
            file,
            raw.id.span(),
            "a period needs a `start` or an `end`, each with the source that gives it",
        );
        return None;
    }
    if let (Some(first), Some(last), Some(end_text)) = (
        start.when.and_then(|s| s.earliest()),
        end.when.and_then(|e| e.latest()),
        &raw.end,
    ) {
        if first > last {
            problems.at(
                file,
                end_text.span(),
                format!(
                    "the period ends ({}) before it starts ({}): fix the dates",
                    end_text.get_ref().trim(),
                    raw.start.as_ref().map_or("", |s| s.get_ref().trim()),
                ),
            );
        }
    }
    let note = optional(&raw.note);
    if let Some((when, text)) = [(start.when, &raw.start), (end.when, &raw.end)]
        .into_iter()
        .filter_map(|(when, text)| Some((when?, text.as_ref()?)))
        .find(|(when, _)| !when.is_exact())
        .filter(|_| note.is_none())
    {
        problems.at(
            file,
            text.span(),
            format!(
                "{} is not a single date a source states, but the period has no `note`: say how it was inferred from the sources",
                when.edtf()
            ),
        );
    }
    let ends: Vec<When> = [start.when, end.when].into_iter().flatten().collect();
    let linked = raw
        .events
        .iter()
        .filter_map(|id| check_event(id, &ends, events, file, problems))
        .collect();
    Some(Period {
        id: raw.id.get_ref().trim().to_string(),
        label,
        start: start.when,
        start_source: start.source,
        start_words: start.words,
        end: end.when,
        end_source: end.source,
        end_words: end.words,
        note,
        events: linked,
    })
}

/// One end of a period as the data gives it: the date, the source and that source's words.
struct End {
    when: Option<When>,
    source: Option<String>,
    words: Option<String>,
}

/// Reads `field` (`start` or `end`) with its `_source` and `_words`: a date needs both, and
/// they need a date.
fn resolve_end(
    field: &str,
    (date, source, words): (&Option<Text>, &Option<Text>, &Option<Text>),
    file: &DataFile,
    known: &Known,
    problems: &mut Problems,
) -> End {
    let Some(date) = date else {
        if let Some(stray) = source.as_ref().or(words.as_ref()) {
            problems.at(
                file,
                stray.span(),
                format!("`{field}_source` and `{field}_words` go with a `{field}`: give the date they support, or remove them"),
            );
        }
        return End {
            when: None,
            source: None,
            words: None,
        };
    };
    let when = parse_when(date, field, file, problems);
    let source = match source {
        Some(source) => known.check(RefKind::Source, source, file, problems),
        None => {
            problems.at(
                file,
                date.span(),
                format!("a period's `{field}` needs `{field}_source`: cite the file that gives it"),
            );
            None
        }
    };
    let words = optional(words);
    if words.is_none() {
        problems.at(
            file,
            date.span(),
            format!("a period's `{field}` needs `{field}_words`: copy the words that give it from the source, word for word"),
        );
    }
    End {
        when,
        source,
        words,
    }
}

/// The event id, if an events file defines it and its date may fall on one of the period's
/// `ends` (the events a period names mark its ends); otherwise says what to fix.
fn check_event(
    value: &Text,
    ends: &[When],
    events: &KnownEvents,
    file: &DataFile,
    problems: &mut Problems,
) -> Option<String> {
    let id = value.get_ref().trim();
    if events.ids.contains(id) {
        // An event that failed its own checks is not in `events`; its file reports why.
        if let Some(event) = events.events.iter().find(|e| e.id == id) {
            let when = event.date.when;
            if !ends.is_empty() && !ends.iter().any(|end| may_coincide(end, &when)) {
                let ends: Vec<String> = ends.iter().map(When::edtf).collect();
                problems.at(
                    file,
                    value.span(),
                    format!(
                        "event `{id}` is dated {}, which cannot fall on the period's start or end ({}): name only the events that mark its ends, or fix the dates",
                        when.edtf(),
                        ends.join(", ")
                    ),
                );
                return None;
            }
        }
        return Some(id.to_string());
    }
    let message = match events
        .events
        .iter()
        .find(|e| e.aliases.iter().any(|a| a == id))
    {
        Some(event) => format!(
            "`{id}` is a former id of event `{}`: name the event by its current id",
            event.id
        ),
        None => format!(
            "unknown event `{id}`: give the id of an event in data/events/ (its file name without .toml)"
        ),
    };
    problems.at(file, value.span(), message);
    None
}

/// Whether some day may be both `a` and `b`.
fn may_coincide(a: &When, b: &When) -> bool {
    let no_later = |x: Option<_>, y: Option<_>| match (x, y) {
        (Some(x), Some(y)) => x <= y,
        _ => true,
    };
    no_later(a.earliest(), b.latest()) && no_later(b.earliest(), a.latest())
}
