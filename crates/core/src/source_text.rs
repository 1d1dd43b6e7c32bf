//! A source document laid out for reading: its article cut from the page around it, in
//! headings, paragraphs and lists, with every passage an event cites (a citation's excerpt or
//! a quote) marked where it stands, and how much of the article the timeline cites.
//!
//! The build step lays out each source once ([`lay_out`]); the app only shows the result.
//! Passages are found as the loader checks them: word for word, with runs of whitespace read
//! as one space. Passages that overlap are one marked passage.

use crate::model::{Dataset, Event, Source};
use serde::{Deserialize, Serialize};

/// One source's article, ready to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceText {
    /// The source's file name, its key.
    pub file: String,
    pub blocks: Vec<Block>,
    /// The marked passages, in the order they appear.
    pub passages: Vec<Passage>,
    /// Where each cited passage is: which event cites it, how, and which passage holds it.
    pub places: Vec<Place>,
    /// Words in the article.
    pub words: u32,
    /// Words of the article inside a marked passage.
    pub cited_words: u32,
}

/// A heading, a paragraph or a list, each line cut into pieces at the passages' edges.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// One line for a heading or a paragraph; one per item for a list.
    pub lines: Vec<Vec<Piece>>,
    /// The passages whose last words are in this block: their notes follow it.
    pub passages_ending: Vec<u16>,
    /// Where sources disagree about words in this block, one of the readings being this
    /// source's: (event id, index into its `disagreements`). A note in the margin says so.
    pub disagreements: Vec<(String, u16)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    Heading,
    Paragraph,
    List,
}

/// A run of text, inside one passage or outside all of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    pub text: String,
    pub passage: Option<u16>,
    /// Whether the passage begins here (the piece carries its anchor).
    pub starts_passage: bool,
}

/// A marked passage: its anchor and the events that cite it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    /// The fragment id, from the word the passage starts at: `passage-214`.
    pub anchor: String,
    /// Ids of the events that cite it, in the dataset's order, each once.
    pub events: Vec<String>,
}

/// One cited passage of one event, and the marked passage that holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub event: String,
    pub cited: Cited,
    pub passage: u16,
}

/// How an event cites a passage: by its `citations` or its `quotes` (index into either).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cited {
    Citation(usize),
    Quote(usize),
}

/// What the event pages need of the articles, without the articles: which sources have one,
/// and the anchor of each passage an event cites. The articles themselves are fetched one at
/// a time by the page that shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassageAnchors {
    /// How much of each source laid out as an article the timeline cites (all of them, or none
    /// for a synthetic dataset).
    coverage: Vec<Coverage>,
    /// (event index, how it cites, anchor), sorted by event index.
    anchors: Vec<(u32, Cited, String)>,
}

impl PassageAnchors {
    pub fn new(dataset: &Dataset, texts: &[SourceText]) -> PassageAnchors {
        let mut anchors: Vec<(u32, Cited, String)> = texts
            .iter()
            .flat_map(|text| {
                text.places.iter().filter_map(move |place| {
                    let event = dataset.events.iter().position(|e| e.id == place.event)?;
                    let anchor = &text.passages.get(usize::from(place.passage))?.anchor;
                    Some((u32::try_from(event).ok()?, place.cited, anchor.clone()))
                })
            })
            .collect();
        anchors.sort_by_key(|(event, ..)| *event);
        PassageAnchors {
            coverage: texts.iter().map(SourceText::coverage).collect(),
            anchors,
        }
    }

    /// How much of source `file` the timeline cites, when it has an article with its text.
    pub fn coverage(&self, file: &str) -> Option<&Coverage> {
        self.coverage.iter().find(|c| c.file == file)
    }

    /// The anchor of the passage that event `event` (its index) cites as `cited`.
    pub fn anchor(&self, event: usize, cited: Cited) -> Option<&str> {
        let event = u32::try_from(event).ok()?;
        let first = self.anchors.partition_point(|(e, ..)| *e < event);
        self.anchors[first..]
            .iter()
            .take_while(|(e, ..)| *e == event)
            .find(|(_, how, _)| *how == cited)
            .map(|(.., anchor)| anchor.as_str())
    }
}

/// How much of an article the timeline cites.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    pub file: String,
    /// Words in the article.
    pub words: u32,
    /// Words of the article inside a marked passage.
    pub cited_words: u32,
    /// Marked passages.
    pub passages: u32,
}

impl Coverage {
    /// The share of the article's words inside a marked passage, in whole percent.
    pub fn cited_percent(&self) -> u32 {
        if self.words == 0 {
            return 0;
        }
        (self.cited_words * 100 + self.words / 2) / self.words
    }
}

impl SourceText {
    /// How much of it the timeline cites.
    pub fn coverage(&self) -> Coverage {
        Coverage {
            file: self.file.clone(),
            words: self.words,
            cited_words: self.cited_words,
            passages: u32::try_from(self.passages.len()).unwrap_or(u32::MAX),
        }
    }

    /// The anchor of the passage holding what `event` cites as `cited`, if it is here.
    pub fn anchor_of(&self, event: &str, cited: Cited) -> Option<&str> {
        self.places
            .iter()
            .find(|place| place.event == event && place.cited == cited)
            .and_then(|place| self.passages.get(usize::from(place.passage)))
            .map(|passage| passage.anchor.as_str())
    }
}

/// Every passage `event` cites word for word: each citation's excerpt and each quote, with how
/// it cites it and the source file it is from.
pub fn cited_passages(event: &Event) -> impl Iterator<Item = (Cited, &str, &str)> {
    let excerpts = event.citations.iter().enumerate().filter_map(|(i, c)| {
        let excerpt = c.excerpt.as_deref()?;
        Some((Cited::Citation(i), c.source.as_str(), excerpt))
    });
    let quotes = event
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| (Cited::Quote(i), q.source.as_str(), q.text.as_str()));
    excerpts.chain(quotes)
}

/// Lays out `source`'s file `text` as its article, with the passages `dataset`'s events cite
/// from it marked. Fails, saying what to fix in `sources.toml` or the event, when the layout's
/// words are not in the file or a cited passage is not in the article.
pub fn lay_out(source: &Source, text: &str, dataset: &Dataset) -> Result<SourceText, String> {
    let file = &source.file;
    let lines = article_lines(source, text)?;
    let flat = Flat::new(&lines);

    // Every passage cited from this source, where it is.
    let mut cited: Vec<(Span, Place)> = Vec::new();
    for event in &dataset.events {
        let excerpts = event.citations.iter().enumerate().filter_map(|(i, c)| {
            let excerpt = c.excerpt.as_deref()?;
            (c.source == *file).then_some((Cited::Citation(i), excerpt))
        });
        let quotes =
            event.quotes.iter().enumerate().filter_map(|(i, q)| {
                (q.source == *file).then_some((Cited::Quote(i), q.text.as_str()))
            });
        for (how, words) in excerpts.chain(quotes) {
            let span = flat.find(words).ok_or_else(|| {
                format!(
                    "event `{}`: the passage “{}” is not in the article of {file} (it may be in the \
                     page furniture that sources.toml leaves out)",
                    event.id,
                    shorten(words)
                )
            })?;
            let place = Place {
                event: event.id.clone(),
                cited: how,
                passage: 0,
            };
            cited.push((span, place));
        }
    }

    // Overlapping passages become one.
    cited.sort_by_key(|(span, _)| span.start);
    let mut spans: Vec<Span> = Vec::new();
    let mut places = Vec::with_capacity(cited.len());
    for (span, mut place) in cited {
        match spans.last_mut() {
            Some(last) if span.start < last.end => last.end = last.end.max(span.end),
            _ => spans.push(span),
        }
        place.passage = index(spans.len() - 1);
        places.push(place);
    }

    let passages = spans
        .iter()
        .enumerate()
        .map(|(i, span)| {
            let mut events: Vec<String> = Vec::new();
            for place in places.iter().filter(|p| usize::from(p.passage) == i) {
                if !events.contains(&place.event) {
                    events.push(place.event.clone());
                }
            }
            // The dataset's order, which is the timeline's.
            events.sort_by_key(|id| dataset.events.iter().position(|e| e.id == *id));
            Passage {
                anchor: format!("passage-{}", words_before(&lines, span.start)),
                events,
            }
        })
        .collect::<Vec<_>>();

    // Each disagreement with a reading from this source, at the line of that reading's words:
    // where a passage the event cites holds them, else where they first occur.
    let mut disagreements: Vec<(usize, String, u16)> = Vec::new();
    for event in &dataset.events {
        for (d, disagreement) in event.disagreements.iter().enumerate() {
            let found = disagreement
                .readings
                .iter()
                .filter(|r| r.source == *file)
                .flat_map(|r| flat.occurrences(&r.says))
                .min_by_key(|at| {
                    let cited_here = spans.iter().zip(&passages).any(|(span, passage)| {
                        span.start <= at.start
                            && at.end <= span.end
                            && passage.events.contains(&event.id)
                    });
                    (!cited_here, at.start)
                });
            if let Some(at) = found {
                disagreements.push((at.start.0, event.id.clone(), index(d)));
            }
        }
    }

    let mut blocks: Vec<Block> = Vec::new();
    let (mut words, mut cited_words) = (0, 0);
    for (number, line) in lines.iter().enumerate() {
        let pieces = pieces(number, line.text, &spans);
        for word in word_ranges(line.text) {
            words += 1;
            let inside = spans
                .iter()
                .any(|s| s.start < Point(number, word.1) && Point(number, word.0) < s.end);
            cited_words += u32::from(inside);
        }
        let ending = spans
            .iter()
            .enumerate()
            .filter(|(_, s)| s.end.0 == number)
            .map(|(i, _)| index(i));
        let disputed = disagreements
            .iter()
            .filter(|(line, ..)| *line == number)
            .map(|(_, event, d)| (event.clone(), *d));
        match (line.kind, blocks.last_mut()) {
            (BlockKind::List, Some(list)) if list.kind == BlockKind::List => {
                list.lines.push(pieces);
                list.passages_ending.extend(ending);
                list.disagreements.extend(disputed);
            }
            (kind, _) => blocks.push(Block {
                kind,
                lines: vec![pieces],
                passages_ending: ending.collect(),
                disagreements: disputed.collect(),
            }),
        }
    }

    Ok(SourceText {
        file: file.clone(),
        blocks,
        passages,
        places,
        words,
        cited_words,
    })
}

/// The sources with their files read from `dir` and laid out, in the dataset's order.
#[cfg(feature = "loader")]
pub fn lay_out_all(dataset: &Dataset, dir: &std::path::Path) -> Result<Vec<SourceText>, String> {
    dataset
        .sources
        .iter()
        .map(|source| {
            let path = dir.join(&source.file);
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read the source {}: {e}", path.display()))?;
            lay_out(source, &text, dataset)
        })
        .collect()
}

fn index(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

fn shorten(words: &str) -> String {
    let mut short: String = words.chars().take(60).collect();
    if short.len() < words.len() {
        short.push('…');
    }
    short
}

/// A line of the article as shown: what kind of block it belongs to and its text.
struct Line<'a> {
    kind: BlockKind,
    text: &'a str,
}

/// The article's lines: cut at `starts` and `ends`, blank lines and furniture left out, the
/// first line and the named headings as headings, "- " and "• " lines as list items.
fn article_lines<'a>(source: &Source, text: &'a str) -> Result<Vec<Line<'a>>, String> {
    let layout = &source.layout;
    let file = &source.file;
    let start = match &layout.starts {
        Some(words) => text.find(words.as_str()).ok_or_else(|| {
            format!(
                "sources.toml: {file}: `starts` “{}” is not in the file",
                shorten(words)
            )
        })?,
        None => 0,
    };
    let end = match &layout.ends {
        Some(words) => {
            text[start..].find(words.as_str()).ok_or_else(|| {
                format!(
                    "sources.toml: {file}: `ends` “{}” is not in the file after `starts`",
                    shorten(words)
                )
            })? + start
                + words.len()
        }
        None => text.len(),
    };
    let article = &text[start..end];
    let mut lines: Vec<Line<'a>> = Vec::new();
    let mut used_leave_out = vec![false; layout.leave_out.len()];
    let mut used_headings = vec![false; layout.headings.len()];
    for raw in article.lines() {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let same_line = |words: &String| same_words(words, trimmed);
        if let Some(at) = layout.leave_out.iter().position(same_line) {
            used_leave_out[at] = true;
            continue;
        }
        let heading = layout.headings.iter().position(same_line);
        if let Some(at) = heading {
            used_headings[at] = true;
        }
        let list_item = ["- ", "• "]
            .iter()
            .find_map(|marker| trimmed.strip_prefix(marker));
        let (kind, shown) = match (lines.is_empty() || heading.is_some(), list_item) {
            (true, _) => (BlockKind::Heading, trimmed),
            (false, Some(item)) => (BlockKind::List, item.trim_start()),
            (false, None) => (BlockKind::Paragraph, trimmed),
        };
        lines.push(Line { kind, text: shown });
    }
    let unused = |list: &[String], used: &[bool], what: &str| {
        list.iter()
            .zip(used)
            .find(|(_, used)| !**used)
            .map(|(words, _)| {
                format!(
                    "sources.toml: {file}: the {what} line “{}” is not a whole line of the article",
                    shorten(words)
                )
            })
    };
    if let Some(problem) = unused(&layout.leave_out, &used_leave_out, "`leave_out`")
        .or_else(|| unused(&layout.headings, &used_headings, "`headings`"))
    {
        return Err(problem);
    }
    if lines.is_empty() {
        return Err(format!("sources.toml: {file}: the article has no text"));
    }
    Ok(lines)
}

/// Whether `a` and `b` are the same words, whitespace compared as the loader compares it
/// (a no-break space is a space).
fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// A place in the article: a line and a byte offset in its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Point(usize, usize);

/// A stretch of the article, possibly over several lines.
#[derive(Clone, Copy, Debug)]
struct Span {
    start: Point,
    end: Point,
}

/// The article's lines joined with single spaces and every run of whitespace read as one
/// space, as the loader compares passages, remembering where each byte came from.
struct Flat {
    text: String,
    /// For each byte of `text`: the point it starts at and the point after it, or `None` for
    /// the space that joins two lines.
    origin: Vec<Option<(Point, Point)>>,
}

impl Flat {
    fn new(lines: &[Line<'_>]) -> Flat {
        let mut flat = Flat {
            text: String::new(),
            origin: Vec::new(),
        };
        for (number, line) in lines.iter().enumerate() {
            if number > 0 {
                flat.text.push(' ');
                flat.origin.push(None);
            }
            let mut in_space = false;
            for (at, c) in line.text.char_indices() {
                let from = Point(number, at);
                let to = Point(number, at + c.len_utf8());
                if c.is_whitespace() {
                    if in_space {
                        continue;
                    }
                    in_space = true;
                    flat.text.push(' ');
                    flat.origin.push(Some((from, to)));
                } else {
                    in_space = false;
                    flat.text.push(c);
                    flat.origin
                        .extend(std::iter::repeat_n(Some((from, to)), c.len_utf8()));
                }
            }
        }
        flat
    }

    /// Where `words` first occur, whitespace compared as the loader compares it.
    fn find(&self, words: &str) -> Option<Span> {
        self.occurrences(words).next()
    }

    /// Everywhere `words` occur, in order.
    fn occurrences<'a>(&'a self, words: &str) -> impl Iterator<Item = Span> + 'a {
        let wanted = words.split_whitespace().collect::<Vec<_>>().join(" ");
        let len = wanted.len();
        let found: Vec<usize> = if wanted.is_empty() {
            Vec::new()
        } else {
            self.text.match_indices(&wanted).map(|(at, _)| at).collect()
        };
        found.into_iter().filter_map(move |at| {
            let inside = &self.origin[at..at + len];
            let start = inside.iter().flatten().next()?.0;
            let end = inside.iter().rev().flatten().next()?.1;
            Some(Span { start, end })
        })
    }
}

/// Line `number`'s text cut into pieces at the edges of `spans` (sorted, never overlapping).
fn pieces(number: usize, text: &str, spans: &[Span]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut at = 0;
    let line_end = Point(number, text.len());
    for (i, span) in spans.iter().enumerate() {
        if span.end <= Point(number, 0) || span.start >= line_end {
            continue;
        }
        let from = if span.start.0 == number {
            span.start.1
        } else {
            0
        };
        let to = if span.end.0 == number {
            span.end.1
        } else {
            text.len()
        };
        if from > at {
            pieces.push(Piece {
                text: text[at..from].to_string(),
                passage: None,
                starts_passage: false,
            });
        }
        pieces.push(Piece {
            text: text[from..to].to_string(),
            passage: Some(index(i)),
            starts_passage: span.start.0 == number,
        });
        at = to;
    }
    if at < text.len() {
        pieces.push(Piece {
            text: text[at..].to_string(),
            passage: None,
            starts_passage: false,
        });
    }
    pieces
}

/// Byte ranges of the words (runs without whitespace) of `text`.
fn word_ranges(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = None;
    text.char_indices()
        .map(Some)
        .chain(std::iter::once(None))
        .filter_map(move |next| match next {
            Some((at, c)) if !c.is_whitespace() => {
                start.get_or_insert(at);
                None
            }
            Some((at, _)) => start.take().map(|s| (s, at)),
            None => start.take().map(|s| (s, text.len())),
        })
}

/// How many words of the article come before `point`.
fn words_before(lines: &[Line<'_>], point: Point) -> usize {
    lines
        .iter()
        .enumerate()
        .take(point.0 + 1)
        .map(|(number, line)| {
            word_ranges(line.text)
                .filter(|(start, _)| number < point.0 || *start < point.1)
                .count()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Citation, Event, EventKind, Quote, SourceLayout};
    use crate::{EventDate, PartialDate};

    fn source(layout: SourceLayout) -> Source {
        Source {
            file: "a.txt".into(),
            headline: "Headline".into(),
            publisher: "P".into(),
            published: None,
            layout,
        }
    }

    fn event(id: &str, excerpts: &[&str], quotes: &[&str]) -> Event {
        Event {
            id: id.into(),
            aliases: vec![],
            date: EventDate::exact(PartialDate::year(2015)),
            title: id.into(),
            summary: String::new(),
            body: vec![],
            kind: EventKind::Report,
            tags: vec![],
            people: vec![],
            organisations: vec![],
            documents: vec![],
            quotes: quotes
                .iter()
                .map(|q| Quote {
                    text: (*q).into(),
                    speakers: vec![],
                    organisations: vec![],
                    source: "a.txt".into(),
                })
                .collect(),
            figures: vec![],
            citations: excerpts
                .iter()
                .map(|e| Citation {
                    source: "a.txt".into(),
                    excerpt: Some((*e).into()),
                })
                .collect(),
            disagreements: vec![],
            added: PartialDate::year(2020),
            corrections: vec![],
        }
    }

    const TEXT: &str = "Cookie notice\n\nThe Headline\n\nFirst  paragraph says one thing.\nSecond paragraph, on\u{a0}two words.\n- item one\n- item two\n\n  Add\u{a0}a comment\nLast line.\nFooter";

    fn layout() -> SourceLayout {
        SourceLayout {
            starts: Some("The Headline".into()),
            ends: Some("Last line.".into()),
            leave_out: vec!["Add a comment".into()],
            headings: vec![],
        }
    }

    fn shown(text: &SourceText) -> Vec<(BlockKind, Vec<String>)> {
        text.blocks
            .iter()
            .map(|b| {
                let lines = b
                    .lines
                    .iter()
                    .map(|l| l.iter().map(|p| p.text.as_str()).collect())
                    .collect();
                (b.kind, lines)
            })
            .collect()
    }

    #[test]
    fn the_article_is_cut_from_its_page_and_read_as_headings_paragraphs_and_lists() {
        let data = Dataset::default();
        let text = lay_out(&source(layout()), TEXT, &data).unwrap();
        assert_eq!(
            shown(&text),
            [
                (BlockKind::Heading, vec!["The Headline".to_string()]),
                (
                    BlockKind::Paragraph,
                    vec!["First  paragraph says one thing.".to_string()]
                ),
                (
                    BlockKind::Paragraph,
                    vec!["Second paragraph, on\u{a0}two words.".to_string()]
                ),
                (
                    BlockKind::List,
                    vec!["item one".to_string(), "item two".to_string()]
                ),
                (BlockKind::Paragraph, vec!["Last line.".to_string()]),
            ]
        );
        assert_eq!(text.words, 2 + 5 + 5 + 4 + 2);
        assert_eq!(text.cited_words, 0);
    }

    #[test]
    fn a_passage_is_found_across_whitespace_and_lines_and_marked_where_it_stands() {
        let data = Dataset {
            events: vec![event("e1", &["one thing. Second paragraph, on two"], &[])],
            ..Dataset::default()
        };
        let text = lay_out(&source(layout()), TEXT, &data).unwrap();
        assert_eq!(text.passages.len(), 1);
        assert_eq!(text.passages[0].events, ["e1"]);
        // "The Headline" (2) and "First paragraph says" (3) come before it.
        assert_eq!(text.passages[0].anchor, "passage-5");
        let first = &text.blocks[1].lines[0];
        assert_eq!(first[1].text, "one thing.");
        assert_eq!((first[1].passage, first[1].starts_passage), (Some(0), true));
        let second = &text.blocks[2].lines[0];
        assert_eq!(second[0].text, "Second paragraph, on\u{a0}two");
        assert_eq!(
            (second[0].passage, second[0].starts_passage),
            (Some(0), false)
        );
        assert_eq!(second[1].passage, None);
        // The notes follow the block where the passage ends.
        assert_eq!(text.blocks[2].passages_ending, [0]);
        assert!(text.blocks[1].passages_ending.is_empty());
        assert_eq!(text.cited_words, 2 + 4);
        assert_eq!(text.anchor_of("e1", Cited::Citation(0)), Some("passage-5"));
    }

    #[test]
    fn overlapping_passages_are_one_and_name_every_event() {
        let data = Dataset {
            events: vec![
                event("e1", &["paragraph says one"], &[]),
                event("e2", &[], &["says one thing."]),
                event("e3", &["item two"], &[]),
            ],
            ..Dataset::default()
        };
        let text = lay_out(&source(layout()), TEXT, &data).unwrap();
        assert_eq!(text.passages.len(), 2);
        assert_eq!(text.passages[0].events, ["e1", "e2"]);
        assert_eq!(text.passages[1].events, ["e3"]);
        assert_eq!(
            text.anchor_of("e2", Cited::Quote(0)),
            text.anchor_of("e1", Cited::Citation(0))
        );
        let joined: String = text.blocks[1].lines[0]
            .iter()
            .filter(|p| p.passage == Some(0))
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(joined, "paragraph says one thing.");
        assert_eq!(text.blocks[3].passages_ending, [1]);
    }

    #[test]
    fn a_disagreement_is_noted_where_this_sources_reading_stands() {
        let mut disputed = event("e1", &["Second paragraph"], &[]);
        disputed.disagreements = vec![crate::model::Disagreement {
            about: "how many words".into(),
            readings: vec![
                crate::model::Reading {
                    says: "two words".into(),
                    source: "a.txt".into(),
                },
                crate::model::Reading {
                    says: "three words".into(),
                    source: "b.txt".into(),
                },
            ],
            note: None,
        }];
        let data = Dataset {
            events: vec![disputed],
            ..Dataset::default()
        };
        let text = lay_out(&source(layout()), TEXT, &data).unwrap();
        let noted: Vec<usize> = (0..text.blocks.len())
            .filter(|&b| !text.blocks[b].disagreements.is_empty())
            .collect();
        assert_eq!(noted, [2]);
        assert_eq!(text.blocks[2].disagreements, [("e1".to_string(), 0)]);
    }

    #[test]
    fn a_passage_in_the_left_out_furniture_is_an_error_naming_the_event() {
        let data = Dataset {
            events: vec![event("e1", &["Cookie notice"], &[])],
            ..Dataset::default()
        };
        let error = lay_out(&source(layout()), TEXT, &data).unwrap_err();
        assert!(
            error.contains("event `e1`") && error.contains("Cookie notice"),
            "{error}"
        );
    }

    #[test]
    fn layout_words_that_are_not_in_the_file_are_errors() {
        let data = Dataset::default();
        for (layout, what) in [
            (
                SourceLayout {
                    starts: Some("Nope".into()),
                    ..layout()
                },
                "`starts`",
            ),
            (
                SourceLayout {
                    ends: Some("Nope".into()),
                    ..layout()
                },
                "`ends`",
            ),
            (
                SourceLayout {
                    leave_out: vec!["item".into()],
                    ..layout()
                },
                "`leave_out`",
            ),
            (
                SourceLayout {
                    headings: vec!["Nope".into()],
                    ..layout()
                },
                "`headings`",
            ),
        ] {
            let error = lay_out(&source(layout), TEXT, &data).unwrap_err();
            assert!(error.contains(what), "{what}: {error}");
        }
    }

    #[test]
    fn the_anchors_alone_say_where_each_cited_passage_stands() {
        let data = Dataset {
            events: vec![
                event("e1", &["paragraph says one"], &[]),
                event("e2", &["item two"], &["says one thing."]),
            ],
            ..Dataset::default()
        };
        let text = lay_out(&source(layout()), TEXT, &data).unwrap();
        let anchors = PassageAnchors::new(&data, std::slice::from_ref(&text));
        assert_eq!(anchors.coverage("a.txt"), Some(&text.coverage()));
        assert_eq!(anchors.coverage("b.txt"), None);
        for (event, cited) in [
            (0, Cited::Citation(0)),
            (1, Cited::Citation(0)),
            (1, Cited::Quote(0)),
        ] {
            assert_eq!(
                anchors.anchor(event, cited),
                text.anchor_of(&data.events[event].id, cited),
                "{event} {cited:?}"
            );
        }
        assert_eq!(anchors.anchor(0, Cited::Quote(0)), None);
        assert_eq!(anchors.anchor(7, Cited::Citation(0)), None);
    }

    #[test]
    fn the_cited_share_is_rounded_to_whole_percent() {
        let coverage = Coverage {
            file: String::new(),
            words: 3,
            cited_words: 2,
            passages: 1,
        };
        assert_eq!(coverage.cited_percent(), 67);
        assert_eq!(Coverage::default().cited_percent(), 0);
    }
}
