//! Suggestions for a reader who asked for an event, source or page that does not exist: the
//! events or sources whose ids and titles look most like what was typed. Pure scoring, no ranking of content.

use crate::model::Dataset;
use crate::text;
use std::collections::HashSet;

/// Longer requests are cut here: a mistyped id is short, and scoring stays cheap for junk.
const MAX_WANTED_CHARS: usize = 200;

/// Up to `limit` event indexes whose id, former ids or title best resemble `wanted`, best first.
///
/// A whole shared word ("meeting", "2015") weighs more than shared three-letter runs, which
/// catch typos ("pubilc-meeting"). Events with nothing in common are never suggested.
pub fn suggest_events(dataset: &Dataset, wanted: &str, limit: usize) -> Vec<usize> {
    let described = dataset.events.iter().map(|event| {
        let mut text = event.id.clone();
        for alias in &event.aliases {
            text.push(' ');
            text.push_str(alias);
        }
        text.push(' ');
        text.push_str(&event.title);
        text
    });
    suggest_among(described, wanted, limit)
}

/// Up to `limit` source indexes whose file name or headline best resemble `wanted`, best
/// first; when none does, every source in order (there are few, and a reader who mistyped one
/// wants the list).
pub fn suggest_sources(dataset: &Dataset, wanted: &str, limit: usize) -> Vec<usize> {
    let described = dataset
        .sources
        .iter()
        .map(|source| format!("{} {}", source.file, source.headline));
    let found = suggest_among(described, wanted, limit);
    if found.is_empty() {
        (0..dataset.sources.len().min(limit)).collect()
    } else {
        found
    }
}

/// Up to `limit` person indexes whose id or name best resemble `wanted`, best first.
pub fn suggest_people(dataset: &Dataset, wanted: &str, limit: usize) -> Vec<usize> {
    let described = dataset
        .people
        .iter()
        .map(|p| format!("{} {}", p.id, p.name));
    suggest_among(described, wanted, limit)
}

/// Up to `limit` organisation indexes whose id or names best resemble `wanted`, best first.
pub fn suggest_organisations(dataset: &Dataset, wanted: &str, limit: usize) -> Vec<usize> {
    let described = dataset.organisations.iter().map(|o| {
        let short = o.short_name.as_deref().unwrap_or_default();
        format!("{} {} {short}", o.id, o.name)
    });
    suggest_among(described, wanted, limit)
}

/// Up to `limit` document indexes whose id or title best resemble `wanted`, best first.
pub fn suggest_documents(dataset: &Dataset, wanted: &str, limit: usize) -> Vec<usize> {
    let described = dataset
        .documents
        .iter()
        .map(|d| format!("{} {}", d.id, d.title));
    suggest_among(described, wanted, limit)
}

/// The indexes of the `candidates` (each described by its text) that best resemble `wanted`.
fn suggest_among(
    candidates: impl Iterator<Item = String>,
    wanted: &str,
    limit: usize,
) -> Vec<usize> {
    let wanted: String = wanted.chars().take(MAX_WANTED_CHARS).collect();
    let wanted_words = words(&wanted);
    let wanted_trigrams = trigrams(&wanted_words);
    if wanted_words.is_empty() || limit == 0 {
        return Vec::new();
    }
    let mut scored: Vec<(usize, usize)> = candidates
        .enumerate()
        .filter_map(|(index, text)| {
            let score = resemblance(&text, &wanted_words, &wanted_trigrams);
            (score > 0).then_some((score, index))
        })
        .collect();
    // Best score first; among equals, the candidates' order.
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, index)| index)
        .collect()
}

fn resemblance(text: &str, wanted_words: &[String], wanted_trigrams: &HashSet<String>) -> usize {
    let candidate_words = words(text);
    let known: HashSet<&str> = candidate_words.iter().map(String::as_str).collect();
    let shared_words = wanted_words
        .iter()
        .filter(|w| w.chars().count() > 1 && known.contains(w.as_str()))
        .count();
    let shared_trigrams = trigrams(&candidate_words)
        .intersection(wanted_trigrams)
        .count();
    shared_words * 4 + shared_trigrams
}

/// The words of `text` as the search compares them (see [`crate::text`]).
fn words(text: &str) -> Vec<String> {
    text::words(&text::fold(text)).map(String::from).collect()
}

fn trigrams(words: &[String]) -> HashSet<String> {
    let mut set = HashSet::new();
    for word in words {
        let chars: Vec<char> = word.chars().collect();
        for window in chars.windows(3) {
            set.insert(window.iter().collect());
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{EventDate, PartialDate};
    use crate::model::{Citation, Event, EventKind, Source};

    fn event(id: &str, aliases: &[&str], title: &str) -> Event {
        Event {
            id: id.to_string(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            date: EventDate::exact(PartialDate::year(2015)),
            title: title.to_string(),
            summary: String::new(),
            body: Vec::new(),
            kind: EventKind::Meeting,
            tags: Vec::new(),
            people: Vec::new(),
            organisations: Vec::new(),
            documents: Vec::new(),
            quotes: Vec::new(),
            figures: Vec::new(),
            citations: vec![Citation {
                source: "000.txt".to_string(),
                excerpt: None,
            }],
            disagreements: Vec::new(),
            added: PartialDate::day(2026, 11, 28),
            corrections: Vec::new(),
        }
    }

    fn dataset() -> Dataset {
        Dataset {
            events: vec![
                event(
                    "2014-12-kerslake-review",
                    &[],
                    "The Kerslake Review is published",
                ),
                event(
                    "2015-09-11-public-meeting",
                    &[],
                    "The panel holds a public meeting",
                ),
                event(
                    "2016-03-panel-letter",
                    &["2016-03-letter"],
                    "The panel writes to the Secretary of State",
                ),
                event("2019-panel-stands-down", &[], "The panel stands down"),
            ],
            ..Dataset::default()
        }
    }

    fn ids(dataset: &Dataset, found: &[usize]) -> Vec<String> {
        found
            .iter()
            .map(|&i| dataset.events[i].id.clone())
            .collect()
    }

    #[test]
    fn a_mistyped_id_suggests_the_event_first() {
        let data = dataset();
        let found = suggest_events(&data, "2015-09-11-pubilc-meetign", 3);
        assert_eq!(ids(&data, &found)[0], "2015-09-11-public-meeting");
    }

    #[test]
    fn title_words_and_former_ids_count() {
        let data = dataset();
        let found = suggest_events(&data, "kerslake", 3);
        assert_eq!(ids(&data, &found), vec!["2014-12-kerslake-review"]);
        let found = suggest_events(&data, "2016-03-letter-to-minister", 1);
        assert_eq!(ids(&data, &found), vec!["2016-03-panel-letter"]);
    }

    #[test]
    fn unrelated_text_suggests_nothing() {
        let data = dataset();
        assert!(suggest_events(&data, "zzzz qqqq", 5).is_empty());
        assert!(suggest_events(&data, "", 5).is_empty());
        assert!(suggest_events(&data, "%%//<>", 5).is_empty());
    }

    #[test]
    fn the_limit_is_respected_and_order_is_stable() {
        let data = dataset();
        let found = suggest_events(&data, "panel", 2);
        assert_eq!(found.len(), 2);
        assert_eq!(found, suggest_events(&data, "panel", 2));
        assert!(suggest_events(&data, "panel", 0).is_empty());
    }

    #[test]
    fn a_mistyped_source_suggests_it_first_and_nothing_alike_lists_them_all() {
        let source = |file: &str, headline: &str| Source {
            file: file.into(),
            headline: headline.into(),
            publisher: String::new(),
            published: None,
            layout: Default::default(),
        };
        let data = Dataset {
            sources: vec![
                source("000_b40a.txt", "Response to the panel letter"),
                source("001_d61e.txt", "Panel recommends stepping back"),
            ],
            ..Dataset::default()
        };
        assert_eq!(suggest_sources(&data, "001_d61", 5)[0], 1);
        assert_eq!(suggest_sources(&data, "stepping-back", 5), [1]);
        assert_eq!(suggest_sources(&data, "zzzz", 5), [0, 1]);
        assert_eq!(suggest_sources(&data, "zzzz", 1), [0]);
    }

    #[test]
    fn long_or_unusual_input_is_handled() {
        let data = dataset();
        let long = "public-meeting ".repeat(2_000);
        assert_eq!(
            ids(&data, &suggest_events(&data, &long, 1)),
            vec!["2015-09-11-public-meeting"]
        );
        assert!(suggest_events(&data, "ÿ\u{0}💥 <script>", 3).len() <= 3);
    }
}
