//! What the pages of people, organisations and documents show, read off the dataset: the
//! posts someone held in the order they held them, the events each appears in, the sources
//! that name someone, and the who's-who by organisation and post.

use crate::date::DayKey;
use crate::model::{Dataset, Organisation, Post, Source, Tenure};

/// The posts `person` held, in the order they held them: by the earliest day each tenure is
/// known to touch (its start, else the first date a source shows them in post, else its end),
/// a tenure no source dates last, ties in the order of `posts.toml`.
pub fn posts_held<'a>(dataset: &'a Dataset, person: &'a str) -> Vec<(&'a Post, &'a Tenure)> {
    let mut held: Vec<(&Post, &Tenure)> = dataset.tenures_of(person).collect();
    held.sort_by_key(|(_, tenure)| first_known_day(tenure).unwrap_or(DayKey(u32::MAX)));
    held
}

/// The earliest day a tenure's dates touch.
fn first_known_day(tenure: &Tenure) -> Option<DayKey> {
    let start = tenure.start.and_then(|s| s.earliest());
    let seen = tenure.seen.iter().filter_map(|a| a.when.earliest()).min();
    let end = tenure.end.and_then(|e| e.earliest());
    start.or(seen).or(end)
}

/// The indexes of the events that name person `id`, in timeline order.
pub fn events_with_person(dataset: &Dataset, id: &str) -> Vec<usize> {
    indexes(dataset, |event| event.people.iter().any(|p| p == id))
}

/// The indexes of the events that name organisation `id`, in timeline order.
pub fn events_with_organisation(dataset: &Dataset, id: &str) -> Vec<usize> {
    indexes(dataset, |event| event.organisations.iter().any(|o| o == id))
}

/// The indexes of the events that mention document `id`, in timeline order.
pub fn events_with_document(dataset: &Dataset, id: &str) -> Vec<usize> {
    indexes(dataset, |event| event.documents.iter().any(|d| d == id))
}

fn indexes(dataset: &Dataset, keep: impl Fn(&crate::model::Event) -> bool) -> Vec<usize> {
    (0..dataset.events.len())
        .filter(|&i| keep(&dataset.events[i]))
        .collect()
}

/// The sources that name person `id`: those cited by the events they appear in, those their
/// words are quoted from, and those that date their posts or describe them, in the order of
/// `sources.toml`.
pub fn sources_naming<'a>(dataset: &'a Dataset, id: &str) -> Vec<&'a Source> {
    let mut files: Vec<&str> = Vec::new();
    for event in dataset
        .events
        .iter()
        .filter(|e| e.people.iter().any(|p| p == id))
    {
        files.extend(event.citations.iter().map(|c| c.source.as_str()));
    }
    for event in &dataset.events {
        let quoted = event
            .quotes
            .iter()
            .filter(|q| q.speakers.iter().any(|s| s == id));
        files.extend(quoted.map(|q| q.source.as_str()));
    }
    for (_, tenure) in dataset.tenures_of(id) {
        files.extend(tenure.start_source.as_deref());
        files.extend(tenure.end_source.as_deref());
        files.extend(tenure.seen.iter().map(|a| a.source.as_str()));
    }
    if let Some(person) = dataset.person(id) {
        files.extend(person.descriptions.iter().map(|d| d.source.as_str()));
        let readings = person.disagreements.iter().flat_map(|d| &d.readings);
        files.extend(readings.map(|r| r.source.as_str()));
    }
    dataset
        .sources
        .iter()
        .filter(|s| files.contains(&s.file.as_str()))
        .collect()
}

/// One organisation's part of the who's-who: its posts, each with its tenures in order.
pub struct OrganisationPosts<'a> {
    /// `None` for posts no organisation is given for.
    pub organisation: Option<&'a Organisation>,
    pub posts: Vec<&'a Post>,
}

/// The who's-who: every organisation that has posts, in the order of `organisations.toml`,
/// then posts without one; and the people who hold no post, in the order of `people.toml`.
pub fn whos_who(dataset: &Dataset) -> (Vec<OrganisationPosts<'_>>, Vec<usize>) {
    let posts_of = |organisation: Option<&str>| -> Vec<&Post> {
        dataset
            .posts
            .iter()
            .filter(|p| p.organisation.as_deref() == organisation)
            .collect()
    };
    let mut groups: Vec<OrganisationPosts<'_>> = dataset
        .organisations
        .iter()
        .map(|o| OrganisationPosts {
            organisation: Some(o),
            posts: posts_of(Some(&o.id)),
        })
        .filter(|group| !group.posts.is_empty())
        .collect();
    let unattached = posts_of(None);
    if !unattached.is_empty() {
        groups.push(OrganisationPosts {
            organisation: None,
            posts: unattached,
        });
    }
    let without_post = (0..dataset.people.len())
        .filter(|&i| dataset.tenures_of(&dataset.people[i].id).next().is_none())
        .collect();
    (groups, without_post)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{DatePoint, PartialDate, When};
    use crate::model::Attestation;

    fn tenure(person: &str, start: Option<When>, seen: &[When]) -> Tenure {
        Tenure {
            person: person.into(),
            start,
            start_source: None,
            end: None,
            end_source: None,
            note: None,
            seen: seen
                .iter()
                .map(|when| Attestation {
                    when: *when,
                    source: "a.txt".into(),
                    words: None,
                })
                .collect(),
        }
    }

    fn post(id: &str, organisation: Option<&str>, tenures: Vec<Tenure>) -> Post {
        Post {
            id: id.into(),
            title: id.into(),
            organisation: organisation.map(Into::into),
            single_holder: true,
            note: None,
            tenures,
            disagreements: vec![],
        }
    }

    fn year(y: u16) -> When {
        When::On(DatePoint::exact(PartialDate::year(y)))
    }

    #[test]
    fn posts_held_are_in_the_order_they_were_held_whatever_the_file_order() {
        let data = Dataset {
            posts: vec![
                post("later", None, vec![tenure("p", Some(year(2018)), &[])]),
                post("undated", None, vec![tenure("p", None, &[])]),
                post(
                    "seen-first",
                    None,
                    vec![tenure("p", None, &[year(2016), year(2015)])],
                ),
                post("other", None, vec![tenure("q", Some(year(2014)), &[])]),
            ],
            ..Dataset::default()
        };
        let order: Vec<&str> = posts_held(&data, "p")
            .iter()
            .map(|(p, _)| p.id.as_str())
            .collect();
        assert_eq!(order, ["seen-first", "later", "undated"]);
    }

    #[test]
    fn the_whos_who_groups_posts_by_organisation_and_lists_people_without_one() {
        let organisation = |id: &str| Organisation {
            id: id.into(),
            name: id.into(),
            short_name: None,
        };
        let person = |id: &str| crate::model::Person {
            id: id.into(),
            name: id.into(),
            honours: None,
            descriptions: vec![],
            disagreements: vec![],
        };
        let data = Dataset {
            organisations: vec![organisation("empty"), organisation("council")],
            posts: vec![
                post("leader", Some("council"), vec![tenure("a", None, &[])]),
                post("minister", None, vec![tenure("b", None, &[])]),
            ],
            people: vec![person("a"), person("b"), person("c")],
            ..Dataset::default()
        };
        let (groups, without) = whos_who(&data);
        let shown: Vec<(Option<&str>, Vec<&str>)> = groups
            .iter()
            .map(|g| {
                let posts = g.posts.iter().map(|p| p.id.as_str()).collect();
                (g.organisation.map(|o| o.id.as_str()), posts)
            })
            .collect();
        assert_eq!(
            shown,
            [(Some("council"), vec!["leader"]), (None, vec!["minister"])]
        );
        assert_eq!(without, [2]);
    }
}
