//! `posts.toml`: the posts people held (the council's leader and chief executive, the Secretary
//! of State, the panel's chair and members) and each person's tenure in them, as far as the
//! sources say: a start and an end where a source gives them (EDTF, so "by March 2016" and
//! "between September 2017 and 2018" are kept as such), and the dates at which a source shows
//! someone in post. A post one person holds at a time must not have two tenures that certainly
//! overlap, unless a disagreement on the post records why.

use super::raw::{PostsFile, RawTenure};
use super::resolve::{
    optional, parse_when, required, resolve_disagreements, IdRegistry, Known, Problems, RefKind,
};
use super::DataFile;
use crate::model::{Attestation, Post, Tenure};
use std::ops::Range;

pub(super) fn resolve_posts(
    parsed: PostsFile,
    file: &DataFile,
    known: &Known,
    problems: &mut Problems,
) -> Vec<Post> {
    let mut ids = IdRegistry::new("post");
    let mut posts = Vec::new();
    for raw in parsed.post {
        if !ids.register(&raw.id, file, problems) {
            continue;
        }
        let id = raw.id.get_ref().trim().to_string();
        let title = required(
            &raw.title,
            "title",
            "give the post's title",
            file,
            raw.id.span(),
            problems,
        );
        let single_holder = match raw.holders.get_ref().trim() {
            "one" => true,
            "many" => false,
            other => {
                problems.at(
                    file,
                    raw.holders.span(),
                    format!("`holders` is `{other}`: write `one` (one person at a time) or `many`"),
                );
                false
            }
        };
        let tenures: Vec<Tenure> = raw
            .tenure
            .iter()
            .filter_map(|t| resolve_tenure(t, file, known, problems))
            .collect();
        let disagreements = resolve_disagreements(&raw.disagreement, file, known, problems);
        if single_holder && disagreements.is_empty() {
            check_one_holder(&tenures, &raw.tenure, &title, file, problems);
        }
        posts.push(Post {
            id,
            title,
            organisation: raw
                .organisation
                .as_ref()
                .and_then(|o| known.check(RefKind::Organisation, o, file, problems)),
            single_holder,
            note: optional(&raw.note),
            tenures,
            disagreements,
        });
    }
    posts
}

fn resolve_tenure(
    raw: &RawTenure,
    file: &DataFile,
    known: &Known,
    problems: &mut Problems,
) -> Option<Tenure> {
    let at = raw.person.span();
    let person = known.check(RefKind::Person, &raw.person, file, problems)?;
    let start = raw
        .start
        .as_ref()
        .and_then(|d| parse_when(d, "start", file, problems));
    let end = raw
        .end
        .as_ref()
        .and_then(|d| parse_when(d, "end", file, problems));
    let mut source_of = |date: &Option<_>, source: &Option<_>, field: &str| match (date, source) {
        (Some(_), Some(source)) => known.check(RefKind::Source, source, file, problems),
        (Some(_), None) => {
            problems.at(
                file,
                at.clone(),
                format!(
                    "a tenure with a `{field}` needs `{field}_source`: cite the file that gives it"
                ),
            );
            None
        }
        (None, Some(source)) => known.check(RefKind::Source, source, file, problems),
        (None, None) => None,
    };
    let start_source = source_of(&raw.start, &raw.start_source, "start");
    let end_source = source_of(&raw.end, &raw.end_source, "end");
    if let (Some(start), Some(end)) = (start, end) {
        if let (Some(first), Some(last)) = (start.earliest(), end.latest()) {
            if first > last {
                problems.at(
                    file,
                    at.clone(),
                    format!(
                        "the tenure ends ({}) before it starts ({})",
                        end.edtf(),
                        start.edtf()
                    ),
                );
            }
        }
    }
    let inexact = [start, end].iter().flatten().any(|w| !w.is_exact());
    if inexact && optional(&raw.note).is_none() {
        problems.at(file, at.clone(), "a tenure whose start or end no source states needs a `note` saying how it was inferred");
    }
    let seen: Vec<Attestation> = raw
        .seen
        .iter()
        .filter_map(|s| {
            Some(Attestation {
                when: parse_when(&s.date, "seen date", file, problems)?,
                source: known.check(RefKind::Source, &s.source, file, problems)?,
                words: optional(&s.words),
            })
        })
        .collect();
    if start.is_none() && end.is_none() && raw.seen.is_empty() {
        problems.at(
            file,
            at,
            "a tenure needs a `start`, an `end` or a `[[post.tenure.seen]]` date from a source",
        );
        return None;
    }
    Some(Tenure {
        person,
        start,
        start_source,
        end,
        end_source,
        note: optional(&raw.note),
        seen,
    })
}

/// For a post one person holds at a time: no two tenures may certainly overlap.
fn check_one_holder(
    tenures: &[Tenure],
    raws: &[RawTenure],
    title: &str,
    file: &DataFile,
    problems: &mut Problems,
) {
    let spans: Vec<(usize, (_, _))> = tenures
        .iter()
        .enumerate()
        .filter_map(|(i, t)| Some((i, t.certain_span()?)))
        .collect();
    for (n, (i, (a_from, a_to))) in spans.iter().enumerate() {
        for (j, (b_from, b_to)) in spans.iter().skip(n + 1) {
            if a_from <= b_to && b_from <= a_to {
                let at: Range<usize> = raws.get(*j).map_or(0..0, |r| r.person.span());
                problems.at(
                    file,
                    at,
                    format!(
                        "`{title}` is held by one person at a time, but the tenures of {} and {} certainly overlap: fix the dates, or record the sources' disagreement on the post",
                        tenures[*i].person, tenures[*j].person
                    ),
                );
            }
        }
    }
}
