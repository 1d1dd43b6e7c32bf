//! `feed.xml`: the record of changes (`biip_core::changes`) as an Atom feed, one entry per
//! event added and per correction, each linking to its place on the event's page.

use super::SiteConfig;
use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use biip_core::changes::{change_log, ChangeKind};
use biip_core::site::{FEED_FILE, SITE_NAME};
use biip_core::{Dataset, PartialDate};

/// The feed, newest entry first. Its dates come from the data, so the same data always gives
/// the same file.
pub fn atom_feed(dataset: &Dataset, site: &SiteConfig) -> Result<String, String> {
    let log = change_log(dataset);
    let entries = log
        .iter()
        .map(|change| {
            let event = &dataset.events[change.event];
            let url = format!("{}#{}", site.event_url(&event.id), change.anchor());
            let (title, content) = match change.what {
                ChangeKind::Added => (
                    format!("Added: {}", event.title),
                    format!("{} ({})", event.summary, event.date.human()),
                ),
                ChangeKind::Corrected { correction, .. } => (
                    format!("Corrected: {}", event.title),
                    format!("{} Why: {}", correction.what, correction.why),
                ),
            };
            Ok(Entry {
                id: url.clone(),
                title: Text::plain(title),
                updated: day(change.date)?,
                links: vec![link(&url, "alternate")],
                content: Some(Content {
                    value: Some(content),
                    content_type: Some("text".to_string()),
                    ..Content::default()
                }),
                ..Entry::default()
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let feed_url = format!("{}{FEED_FILE}", site.site_url);
    let feed = Feed {
        id: feed_url.clone(),
        title: Text::plain(format!("{SITE_NAME}: changes and corrections")),
        updated: match log.first() {
            Some(newest) => day(newest.date)?,
            None => day(PartialDate::day(2014, 12, 1))?,
        },
        authors: vec![Person {
            name: SITE_NAME.to_string(),
            uri: Some(site.site_url.clone()),
            ..Person::default()
        }],
        links: vec![
            link(&feed_url, "self"),
            link(&format!("{}changes/", site.site_url), "alternate"),
        ],
        entries,
        ..Feed::default()
    };
    Ok(feed.to_string())
}

fn link(href: &str, rel: &str) -> Link {
    Link {
        href: href.to_string(),
        rel: rel.to_string(),
        ..Link::default()
    }
}

/// Midnight UTC on `date`, a day.
fn day(date: PartialDate) -> Result<FixedDateTime, String> {
    FixedDateTime::parse_from_rfc3339(&format!("{}T00:00:00Z", date.iso()))
        .map_err(|e| format!("{} is not a day for the feed: {e}", date.iso()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::path::Path;

    fn site() -> SiteConfig {
        SiteConfig {
            public_url: "/biip/".to_string(),
            site_url: "https://example.org/biip/".to_string(),
        }
    }

    #[test]
    fn the_real_record_reads_back_in_a_feed_reader() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let dataset = biip_core::loader::load_dir(&data).expect("data/ loads");
        let xml = atom_feed(&dataset, &site()).expect("a feed");
        let feed = feed_rs::parser::parse(xml.as_bytes()).expect("feed-rs parses the feed");

        assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
        let corrections: usize = dataset.events.iter().map(|e| e.corrections.len()).sum();
        assert_eq!(feed.entries.len(), dataset.events.len() + corrections);
        let ids: HashSet<&str> = feed.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), feed.entries.len(), "every entry has its own id");
        for entry in &feed.entries {
            let link = &entry.links[0].href;
            assert!(
                link.starts_with("https://example.org/biip/events/"),
                "{link}"
            );
            assert!(
                link.contains("#added") || link.contains("#correction-"),
                "{link}"
            );
            let title = entry
                .title
                .as_ref()
                .map(|t| t.content.as_str())
                .unwrap_or("");
            assert!(
                title.starts_with("Added: ") || title.starts_with("Corrected: "),
                "{title}"
            );
            assert!(entry.updated.is_some(), "{title} has a date");
        }
        let dates: Vec<_> = feed.entries.iter().filter_map(|e| e.updated).collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
        assert_eq!(
            feed.updated,
            dates.first().copied(),
            "the feed is as new as its newest entry"
        );
    }

    #[test]
    fn a_correction_entry_says_what_changed_and_why() {
        let mut dataset = biip_core::synthetic::dataset(2, 2, 3);
        dataset.events[1].corrections = vec![biip_core::Correction {
            date: PartialDate::day(2026, 12, 2),
            what: "It said June; it says between June and September.".into(),
            why: "004 gives no month <and> says \"in June\" for the bid only.".into(),
        }];
        let xml = atom_feed(&dataset, &site()).expect("a feed");
        let feed = feed_rs::parser::parse(xml.as_bytes()).expect("feed-rs parses the feed");
        let entry = &feed.entries[0];
        let title = entry.title.as_ref().map(|t| t.content.as_str());
        assert_eq!(
            title,
            Some(format!("Corrected: {}", dataset.events[1].title).as_str())
        );
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .unwrap_or("");
        assert!(body.contains("between June and September"), "{body}");
        assert!(
            body.contains("Why: 004 gives no month <and> says \"in June\""),
            "markup in the data stays text: {body}"
        );
        assert!(entry.id.ends_with("#correction-1"), "{}", entry.id);
    }
}
