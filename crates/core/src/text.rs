//! How the timeline reads words: case- and accent-folding, splitting text into searchable
//! words, and marking where a search's words occur in a piece of text for highlighting.
//!
//! The query engine and the highlighter both go through [`fold_char`] and [`words`], so a
//! word is highlighted exactly when it made an event match. Nothing here renders markup.

#[path = "fold_table.rs"]
mod fold_table;

/// A search longer than this many words keeps only its first ones: real searches are short,
/// and each word costs a pass over the index.
pub const MAX_TERMS: usize = 12;

/// A single search word longer than this is cut: no word in the dataset is anywhere near it.
pub const MAX_TERM_CHARS: usize = 48;

/// Appends `c` as it compares in search: lower case, accents and compatibility forms removed
/// ("É" → "e", "ﬁ" → "fi"). Returns nothing for characters that are only accents.
///
/// Latin letters with accents, combining accents, typographic spaces and ligatures fold by
/// [`fold_table::FOLDS`], which a test derives from Unicode's compatibility decompositions
/// (NFKD); carrying that table instead of the whole of Unicode's keeps the app small.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match fold_table::FOLDS.binary_search_by_key(&c, |(from, _)| *from) {
        Ok(found) => out.push_str(fold_table::FOLDS[found].1),
        Err(_) => out.extend(c.to_lowercase()),
    }
}

/// The whole of `text` folded as [`fold_char`] folds each character.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// The folded words of `text`: runs of letters and digits; everything else separates words.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The distinct folded words of a search, in the order typed, at most [`MAX_TERMS`] of them,
/// each cut to [`MAX_TERM_CHARS`]. An event matches when every one of them begins a word of it.
pub fn terms(search: &str) -> Vec<String> {
    let folded = fold(search);
    let mut terms: Vec<String> = Vec::new();
    for word in words(&folded) {
        let word: String = word.chars().take(MAX_TERM_CHARS).collect();
        if !terms.contains(&word) {
            terms.push(word);
        }
        if terms.len() == MAX_TERMS {
            break;
        }
    }
    terms
}

/// A piece of text that either matched a search word or did not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub is_match: bool,
}

/// Splits `text` into segments, marking each run where a word of `text` begins with one of
/// `terms` (already folded, as [`terms`] returns them). Joined, the segments give `text` back.
pub fn highlight(text: &str, terms: &[String]) -> Vec<Segment> {
    let ranges = match_ranges(text, terms);
    let mut segments = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for (start, end) in ranges {
        if start > at {
            segments.push(Segment {
                text: text[at..start].to_string(),
                is_match: false,
            });
        }
        segments.push(Segment {
            text: text[start..end].to_string(),
            is_match: true,
        });
        at = end;
    }
    if at < text.len() || segments.is_empty() {
        segments.push(Segment {
            text: text[at..].to_string(),
            is_match: false,
        });
    }
    segments
}

/// Byte ranges of `text` to mark, sorted and never overlapping: what [`highlight`] marks.
pub fn match_ranges(text: &str, terms: &[String]) -> Vec<(usize, usize)> {
    let terms: Vec<&String> = terms.iter().filter(|t| !t.is_empty()).collect();
    if terms.is_empty() {
        return Vec::new();
    }
    // Each folded character remembers the byte range of the original character it came from,
    // so a match found in folded text maps back onto the text as written.
    let mut folded = String::new();
    let mut origin: Vec<(usize, usize)> = Vec::new();
    for (start, c) in text.char_indices() {
        let before = folded.len();
        fold_char(c, &mut folded);
        let end = start + c.len_utf8();
        origin.extend(folded[before..].chars().map(|_| (start, end)));
    }
    let folded: Vec<char> = folded.chars().collect();

    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < folded.len() {
        if !folded[i].is_alphanumeric() {
            i += 1;
            continue;
        }
        let word_end = (i..folded.len())
            .find(|&j| !folded[j].is_alphanumeric())
            .unwrap_or(folded.len());
        let longest = terms
            .iter()
            .filter_map(|term| {
                let len = term.chars().count();
                let fits =
                    len <= word_end - i && term.chars().eq(folded[i..i + len].iter().copied());
                fits.then_some(len)
            })
            .max();
        if let Some(len) = longest {
            let (start, _) = origin[i];
            let (_, end) = origin[i + len - 1];
            match ranges.last_mut() {
                Some(last) if last.1 >= start => last.1 = last.1.max(end),
                _ => ranges.push((start, end)),
            }
        }
        i = word_end;
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn marked(text: &str, search: &str) -> Vec<String> {
        highlight(text, &terms(search))
            .into_iter()
            .filter(|s| s.is_match)
            .map(|s| s.text)
            .collect()
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Café ÉCOLE"), "cafe ecole");
        assert_eq!(fold("Ångström"), "angstrom");
        assert_eq!(fold("ﬁnance"), "finance");
    }

    #[test]
    fn terms_are_distinct_folded_words() {
        assert_eq!(
            terms("  Audit, AUDIT  commission's "),
            ["audit", "commission", "s"]
        );
        assert!(terms(" ,.; ").is_empty());
        let many = (0..40)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(terms(&many).len(), MAX_TERMS);
        assert_eq!(terms(&"x".repeat(500))[0].len(), MAX_TERM_CHARS);
    }

    #[test]
    fn highlight_marks_word_starts_in_the_original_text() {
        assert_eq!(
            marked("The Audit Commission audited", "audit"),
            ["Audit", "audit"]
        );
        assert_eq!(marked("Café opening", "cafe"), ["Café"]);
        assert_eq!(marked("Bristol and Birmingham", "bir"), ["Bir"]);
        // Inside a word is not the start of one.
        assert!(marked("rebirth", "bir").is_empty());
    }

    #[test]
    fn overlapping_terms_mark_the_longest_prefix() {
        assert_eq!(marked("panellists", "pan panel"), ["panel"]);
    }

    #[test]
    fn no_terms_gives_the_text_unmarked() {
        let segments = highlight("Some text", &[]);
        assert_eq!(
            segments,
            [Segment {
                text: "Some text".into(),
                is_match: false
            }]
        );
        assert_eq!(highlight("", &terms("x")).len(), 1);
    }

    proptest! {
        #[test]
        fn segments_always_join_back_to_the_text(text in "\\PC{0,80}", search in "\\PC{0,20}") {
            let segments = highlight(&text, &terms(&search));
            let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
            prop_assert_eq!(joined, text);
        }

        #[test]
        fn a_marked_segment_folds_to_a_searched_prefix(text in "[a-zA-Zé ]{0,60}", search in "[a-zé]{1,4}") {
            let wanted = terms(&search);
            for segment in highlight(&text, &wanted).into_iter().filter(|s| s.is_match) {
                let folded = fold(&segment.text);
                prop_assert!(wanted.iter().any(|t| folded.starts_with(t.as_str())));
            }
        }
    }
}
