//! The one codec between a [`FilterState`] (plus view options) and a URL query string.
//!
//! `encode` writes nothing for defaults and always writes keys in the same order, so a view
//! has one URL. `decode` never fails: whatever it cannot use it skips or clamps, and lists in
//! [`Decoded::ignored`] so the app can tell the reader.

use crate::date::PartialDate;
use crate::filter::{Facet, FilterState, SortOrder};
use crate::model::{Dataset, EventKind};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::fmt;

/// Longest search text kept, in characters.
pub const MAX_TEXT_CHARS: usize = 200;
/// Longest facet value accepted, in characters; ids and file names are far shorter.
pub const MAX_VALUE_CHARS: usize = 80;
/// Most values kept per facet.
pub const MAX_VALUES_PER_FACET: usize = 20;
/// Most parameters read from one query string; the rest are ignored.
pub const MAX_PARAMETERS: usize = 100;
/// How much of a bad value a notice repeats back.
const NOTICE_CHARS: usize = 40;

const KEY_TEXT: &str = "q";
const KEY_FROM: &str = "from";
const KEY_TO: &str = "to";
const KEY_SORT: &str = "sort";
const KEY_EMBED: &str = crate::site::EMBED_KEY;
const SORT_NEWEST: &str = "newest";
const SORT_OLDEST: &str = "oldest";

/// Characters written as they are; everything else is percent-encoded (space as `+`).
const KEEP: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b' ');

/// How the page is presented, as opposed to what it shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewOptions {
    /// Shown inside another site's frame: no site chrome, a compact layout.
    pub embed: bool,
}

/// A part of a query string that was not used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ignored {
    UnknownKey(String),
    /// A value that is not valid for its key: a bad date, an unknown kind.
    BadValue {
        key: String,
        value: String,
    },
    /// A value not in the dataset, e.g. a person id that does not exist.
    UnknownValue {
        key: String,
        value: String,
    },
    /// A key that may appear once came again; the first one counts.
    Repeated(String),
    /// Percent-escapes that do not decode to UTF-8 text.
    BadEncoding(String),
    /// The search text was longer than [`MAX_TEXT_CHARS`] and was cut.
    TextShortened,
    /// More values than [`MAX_VALUES_PER_FACET`] for one key.
    TooManyValues(String),
    /// More than [`MAX_PARAMETERS`] parameters.
    TooManyParameters,
}

fn shortened(value: &str) -> String {
    let mut chars = value.chars();
    let head: String = chars.by_ref().take(NOTICE_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ignored::UnknownKey(key) => write!(
                f,
                "“{}” is not a filter this timeline knows",
                shortened(key)
            ),
            Ignored::BadValue { key, value } => {
                write!(f, "“{}” is not a valid value for “{key}”", shortened(value))
            }
            Ignored::UnknownValue { key, value } => {
                write!(
                    f,
                    "no “{key}” called “{}” is in the timeline",
                    shortened(value)
                )
            }
            Ignored::Repeated(key) => {
                write!(f, "“{key}” was given more than once; the first was used")
            }
            Ignored::BadEncoding(key) => {
                write!(f, "the value of “{}” is not readable text", shortened(key))
            }
            Ignored::TextShortened => write!(
                f,
                "the search text was cut to its first {MAX_TEXT_CHARS} characters"
            ),
            Ignored::TooManyValues(key) => write!(
                f,
                "only the first {MAX_VALUES_PER_FACET} values of “{key}” were used"
            ),
            Ignored::TooManyParameters => write!(
                f,
                "only the first {MAX_PARAMETERS} parts of the link were read"
            ),
        }
    }
}

/// What a query string asks for, and what of it was not used.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    pub state: FilterState,
    pub view: ViewOptions,
    pub ignored: Vec<Ignored>,
}

impl Decoded {
    /// Drops facet values the dataset does not have, noting each, so a stale or mistyped link
    /// shows what it can instead of an empty page.
    pub fn retain_known(&mut self, dataset: &Dataset) {
        for facet in [
            Facet::Tag,
            Facet::Person,
            Facet::Organisation,
            Facet::Source,
        ] {
            let known = |value: &str| match facet {
                Facet::Tag => dataset.tag(value).is_some(),
                Facet::Person => dataset.person(value).is_some(),
                Facet::Organisation => dataset.organisation(value).is_some(),
                Facet::Source => dataset.source(value).is_some(),
                Facet::Kind => true,
            };
            let unknown: Vec<String> = self
                .state
                .values(facet)
                .iter()
                .filter(|v| !known(v))
                .cloned()
                .collect();
            for value in unknown {
                self.state.values_mut(facet).remove(&value);
                self.ignored.push(Ignored::UnknownValue {
                    key: facet.key().to_string(),
                    value,
                });
            }
        }
    }
}

/// The canonical form of a search text: whitespace runs as one space, no leading or trailing
/// space, at most [`MAX_TEXT_CHARS`] characters, no control characters.
pub fn tidy_text(text: &str) -> String {
    clamp_text(collapse_spaces(text))
}

fn collapse_spaces(text: &str) -> String {
    let words = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty());
    words.collect::<Vec<_>>().join(" ")
}

fn clamp_text(text: String) -> String {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((cut, _)) => text[..cut].trim_end().to_string(),
        None => text,
    }
}

/// The query string (without `?`) for `state`; empty for the default state.
pub fn encode(state: &FilterState) -> String {
    encode_with_view(state, &ViewOptions::default())
}

/// The query string (without `?`) for `state` shown with `view`.
pub fn encode_with_view(state: &FilterState, view: &ViewOptions) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let text = tidy_text(&state.text);
    if !text.is_empty() {
        pairs.push((KEY_TEXT, text));
    }
    for facet in Facet::ALL {
        for value in state.values(facet) {
            pairs.push((facet.key(), value.clone()));
        }
    }
    if let Some(from) = state.from {
        pairs.push((KEY_FROM, from.iso()));
    }
    if let Some(to) = state.to {
        pairs.push((KEY_TO, to.iso()));
    }
    if state.sort == SortOrder::NewestFirst {
        pairs.push((KEY_SORT, SORT_NEWEST.to_string()));
    }
    if view.embed {
        pairs.push((KEY_EMBED, "1".to_string()));
    }
    pairs
        .into_iter()
        .map(|(key, value)| {
            let value = utf8_percent_encode(&value, KEEP)
                .to_string()
                .replace(' ', "+");
            format!("{key}={value}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Whether `value` could be a facet value at all: an id or a source file name.
fn plausible_value(value: &str) -> bool {
    !value.is_empty()
        && value.chars().count() <= MAX_VALUE_CHARS
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn decode_component(raw: &str) -> Option<String> {
    let spaced = raw.replace('+', " ");
    percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(|s| s.into_owned())
}

/// Reads a query string (with or without the leading `?`). Never fails.
pub fn decode(query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut decoded = Decoded::default();
    let mut seen_single: Vec<&str> = Vec::new();
    let mut too_many: Vec<Facet> = Vec::new();
    let ignored = &mut decoded.ignored;
    let state = &mut decoded.state;

    for (n, pair) in query.split('&').filter(|p| !p.is_empty()).enumerate() {
        if n == MAX_PARAMETERS {
            ignored.push(Ignored::TooManyParameters);
            break;
        }
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = decode_component(raw_key) else {
            ignored.push(Ignored::BadEncoding(raw_key.to_string()));
            continue;
        };
        let Some(value) = decode_component(raw_value) else {
            ignored.push(Ignored::BadEncoding(key));
            continue;
        };

        if let Some(facet) = Facet::from_key(&key) {
            let value = value.trim();
            let valid = plausible_value(value)
                && (facet != Facet::Kind || EventKind::from_slug(value).is_some());
            if !valid {
                ignored.push(Ignored::BadValue {
                    key,
                    value: value.to_string(),
                });
            } else if state.values(facet).len() >= MAX_VALUES_PER_FACET {
                if !too_many.contains(&facet) {
                    too_many.push(facet);
                    ignored.push(Ignored::TooManyValues(key));
                }
            } else {
                state.values_mut(facet).insert(value.to_string());
            }
            continue;
        }

        let single = [KEY_TEXT, KEY_FROM, KEY_TO, KEY_SORT, KEY_EMBED]
            .into_iter()
            .find(|k| *k == key);
        let Some(single) = single else {
            ignored.push(Ignored::UnknownKey(key));
            continue;
        };
        if seen_single.contains(&single) {
            ignored.push(Ignored::Repeated(key));
            continue;
        }
        seen_single.push(single);
        match single {
            KEY_TEXT => {
                let collapsed = collapse_spaces(&value);
                if collapsed.chars().count() > MAX_TEXT_CHARS {
                    ignored.push(Ignored::TextShortened);
                }
                state.text = clamp_text(collapsed);
            }
            KEY_FROM | KEY_TO => match PartialDate::parse(value.trim()) {
                Ok(date) if single == KEY_FROM => state.from = Some(date),
                Ok(date) => state.to = Some(date),
                Err(_) => ignored.push(Ignored::BadValue { key, value }),
            },
            KEY_SORT => match value.as_str() {
                SORT_NEWEST => state.sort = SortOrder::NewestFirst,
                SORT_OLDEST => state.sort = SortOrder::OldestFirst,
                _ => ignored.push(Ignored::BadValue { key, value }),
            },
            _ if crate::site::EMBED_ON_VALUES.contains(&value.as_str()) => {
                decoded.view.embed = true
            }
            _ => match value.as_str() {
                "0" | "false" => decoded.view.embed = false,
                _ => ignored.push(Ignored::BadValue { key, value }),
            },
        }
    }
    decoded
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::collection::btree_set;
    use proptest::prelude::*;

    fn decode_state(query: &str) -> FilterState {
        decode(query).state
    }

    #[test]
    fn the_default_state_writes_nothing() {
        assert_eq!(encode(&FilterState::default()), "");
        assert_eq!(decode(""), Decoded::default());
        assert_eq!(decode("?"), Decoded::default());
    }

    #[test]
    fn a_full_state_has_one_readable_form() {
        let mut state = FilterState {
            text: "audit  “commission” & co".into(),
            from: Some(PartialDate::year(2015)),
            to: Some(PartialDate::month(2017, 8)),
            sort: SortOrder::NewestFirst,
            ..Default::default()
        };
        state.tags.insert("finance".into());
        state.tags.insert("children".into());
        state.kinds.insert("letter".into());
        state.sources.insert("001_d61eb1f380b3864e.txt".into());
        let query = encode(&state);
        assert_eq!(
            query,
            "q=audit+%E2%80%9Ccommission%E2%80%9D+%26+co&tag=children&tag=finance&kind=letter\
             &source=001_d61eb1f380b3864e.txt&from=2015&to=2017-08&sort=newest"
        );
        state.text = "audit “commission” & co".into();
        assert_eq!(decode_state(&query), state);
    }

    #[test]
    fn embed_is_a_view_option() {
        let view = ViewOptions { embed: true };
        let query = encode_with_view(&FilterState::default(), &view);
        assert_eq!(query, "embed=1");
        assert_eq!(decode(&query).view, view);
        assert!(decode("embed").view.embed);
    }

    #[test]
    fn hostile_input_is_ignored_and_reported() {
        let decoded = decode("?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&x=1&from=2015-02-30&q=again&tag=%ff&kind=party&sort=up&tag=a%20b");
        assert_eq!(decoded.state.text, "<script>alert(1)</script>");
        assert!(decoded.state.tags.is_empty());
        assert_eq!(decoded.state.from, None);
        assert_eq!(
            decoded.ignored,
            vec![
                Ignored::UnknownKey("x".into()),
                Ignored::BadValue {
                    key: "from".into(),
                    value: "2015-02-30".into()
                },
                Ignored::Repeated("q".into()),
                Ignored::BadEncoding("tag".into()),
                Ignored::BadValue {
                    key: "kind".into(),
                    value: "party".into()
                },
                Ignored::BadValue {
                    key: "sort".into(),
                    value: "up".into()
                },
                Ignored::BadValue {
                    key: "tag".into(),
                    value: "a b".into()
                },
            ]
        );
        for notice in &decoded.ignored {
            assert!(!notice.to_string().is_empty());
        }
    }

    #[test]
    fn huge_values_are_clamped() {
        let long = "a".repeat(10_000);
        let decoded = decode(&format!("q={long}&tag={long}&{long}=1"));
        assert_eq!(decoded.state.text.chars().count(), MAX_TEXT_CHARS);
        assert!(decoded.state.tags.is_empty());
        assert!(decoded.ignored.contains(&Ignored::TextShortened));
        for notice in &decoded.ignored {
            assert!(notice.to_string().chars().count() < 120, "{notice}");
        }
        let many: String = (0..500).map(|i| format!("tag=t{i}&")).collect();
        let decoded = decode(&many);
        assert_eq!(decoded.state.tags.len(), MAX_VALUES_PER_FACET);
        assert!(decoded.ignored.contains(&Ignored::TooManyParameters));
        assert!(decoded
            .ignored
            .contains(&Ignored::TooManyValues("tag".into())));
    }

    #[test]
    fn text_is_tidied_not_rejected() {
        assert_eq!(decode_state("q=++audit+%0A+report++").text, "audit report");
        assert_eq!(decode_state("q=%20%20").text, "");
        assert!(decode("q=%20%20").ignored.is_empty());
    }

    #[test]
    fn unknown_dataset_values_are_dropped_with_a_notice() {
        let mut dataset = Dataset::default();
        dataset.tags.push(crate::model::Tag {
            id: "finance".into(),
            label: "Finance".into(),
        });
        let mut decoded = decode("tag=finance&tag=bins&person=nobody&kind=letter");
        decoded.retain_known(&dataset);
        assert_eq!(decoded.state.tags.iter().collect::<Vec<_>>(), ["finance"]);
        assert!(decoded.state.people.is_empty());
        assert_eq!(decoded.state.kinds.len(), 1);
        assert_eq!(decoded.ignored.len(), 2);
    }

    fn slug() -> impl Strategy<Value = String> {
        "[a-z0-9][a-z0-9._-]{0,20}"
    }

    fn partial_date() -> impl Strategy<Value = Option<PartialDate>> {
        prop_oneof![
            Just(None),
            (1990u16..2030).prop_map(|y| Some(PartialDate::year(y))),
            (1990u16..2030, 1u8..=12).prop_map(|(y, m)| Some(PartialDate::month(y, m))),
            (1990u16..2030, 1u8..=12, 1u8..=28)
                .prop_map(|(y, m, d)| Some(PartialDate::day(y, m, d))),
        ]
    }

    prop_compose! {
        fn any_state()(
            text in "\\PC{0,60}",
            tags in btree_set(slug(), 0..4),
            people in btree_set(slug(), 0..4),
            organisations in btree_set(slug(), 0..3),
            kinds in btree_set(prop::sample::select(EventKind::ALL.map(|k| k.slug().to_string()).to_vec()), 0..3),
            sources in btree_set(slug(), 0..3),
            from in partial_date(),
            to in partial_date(),
            newest in any::<bool>(),
        ) -> FilterState {
            FilterState {
                text, tags, people, organisations, kinds, sources, from, to,
                sort: if newest { SortOrder::NewestFirst } else { SortOrder::OldestFirst },
            }
        }
    }

    proptest! {
        #[test]
        fn every_state_round_trips_to_its_tidy_form(state in any_state(), embed in any::<bool>()) {
            let view = ViewOptions { embed };
            let decoded = decode(&encode_with_view(&state, &view));
            let tidy = FilterState { text: tidy_text(&state.text), ..state };
            prop_assert_eq!(&decoded.state, &tidy);
            prop_assert_eq!(decoded.view, view);
            prop_assert!(decoded.ignored.is_empty(), "{:?}", decoded.ignored);
            // A tidy state comes back exactly.
            prop_assert_eq!(decode(&encode(&tidy)).state, tidy);
        }

        #[test]
        fn decoding_never_panics_and_re_encodes_stably(query in "\\PC{0,200}") {
            let decoded = decode(&query);
            let again = encode_with_view(&decoded.state, &decoded.view);
            let twice = decode(&again);
            prop_assert_eq!(&twice.state, &decoded.state);
            prop_assert!(twice.ignored.is_empty());
        }

        #[test]
        fn percent_soup_never_panics(query in "([a-z]{1,4}=)?(%[0-9a-fA-F]{2}|%|[&=+a-z]){0,60}") {
            let _ = decode(&query);
        }
    }
}
