//! `data/people.json`: the people the sources name, the posts they held and each tenure, with
//! the sources for every date, dates in EDTF as in `events.json`.

use crate::model::{Dataset, Disagreement, Post, Tenure};
use serde::Serialize;

#[derive(Serialize)]
struct PeopleFile<'a> {
    people: Vec<JsonPerson<'a>>,
    posts: Vec<JsonPost<'a>>,
}

#[derive(Serialize)]
struct JsonPerson<'a> {
    id: &'a str,
    name: &'a str,
    honours: Option<&'a str>,
    /// What a source calls them that is not a post, with the source.
    descriptions: Vec<JsonSourced<'a>>,
    /// The ids of the posts they held.
    posts: Vec<&'a str>,
    disagreements: &'a [Disagreement],
}

#[derive(Serialize)]
struct JsonSourced<'a> {
    text: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct JsonPost<'a> {
    id: &'a str,
    title: &'a str,
    organisation: Option<&'a str>,
    /// `one` person at a time, or `many`.
    holders: &'static str,
    note: Option<&'a str>,
    tenures: Vec<JsonTenure<'a>>,
    disagreements: &'a [Disagreement],
}

#[derive(Serialize)]
struct JsonTenure<'a> {
    person: &'a str,
    /// EDTF, or `null` where no source gives it.
    start: Option<String>,
    start_source: Option<&'a str>,
    end: Option<String>,
    end_source: Option<&'a str>,
    /// As a person reads it: "from December 2015 to September 2017?".
    display: String,
    note: Option<&'a str>,
    /// Dates at which a source shows the person in post.
    seen: Vec<JsonSeen<'a>>,
}

#[derive(Serialize)]
struct JsonSeen<'a> {
    date: String,
    source: &'a str,
    words: Option<&'a str>,
}

/// The file's text, pretty-printed.
pub fn people_json(dataset: &Dataset) -> String {
    let file = PeopleFile {
        people: dataset
            .people
            .iter()
            .map(|p| JsonPerson {
                id: &p.id,
                name: &p.name,
                honours: p.honours.as_deref(),
                descriptions: p
                    .descriptions
                    .iter()
                    .map(|d| JsonSourced {
                        text: &d.text,
                        source: &d.source,
                    })
                    .collect(),
                posts: {
                    let mut posts: Vec<&str> = dataset
                        .tenures_of(&p.id)
                        .map(|(post, _)| post.id.as_str())
                        .collect();
                    posts.dedup();
                    posts
                },
                disagreements: &p.disagreements,
            })
            .collect(),
        posts: dataset.posts.iter().map(json_post).collect(),
    };
    let mut text = serde_json::to_string_pretty(&file)
        .expect("people.json serialises: it has no maps with non-string keys");
    text.push('\n');
    text
}

fn json_post(post: &Post) -> JsonPost<'_> {
    JsonPost {
        id: &post.id,
        title: &post.title,
        organisation: post.organisation.as_deref(),
        holders: if post.single_holder { "one" } else { "many" },
        note: post.note.as_deref(),
        tenures: post.tenures.iter().map(json_tenure).collect(),
        disagreements: &post.disagreements,
    }
}

fn json_tenure(tenure: &Tenure) -> JsonTenure<'_> {
    JsonTenure {
        person: &tenure.person,
        start: tenure.start.map(|w| w.edtf()),
        start_source: tenure.start_source.as_deref(),
        end: tenure.end.map(|w| w.edtf()),
        end_source: tenure.end_source.as_deref(),
        display: tenure.human(),
        note: tenure.note.as_deref(),
        seen: tenure
            .seen
            .iter()
            .map(|s| JsonSeen {
                date: s.when.edtf(),
                source: &s.source,
                words: s.words.as_deref(),
            })
            .collect(),
    }
}
