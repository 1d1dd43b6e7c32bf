//! The five real sources laid out as articles: every passage an event cites is marked in its
//! source, and leads back to the event.

use biip_core::source_text::{lay_out_all, Cited};
use std::path::PathBuf;

#[test]
fn every_cited_passage_of_the_real_dataset_is_marked_in_its_source() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dataset = biip_core::loader::load_dir(&root.join("data")).unwrap_or_else(|e| panic!("{e}"));
    let texts =
        lay_out_all(&dataset, &root.join("../shared/sources")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(texts.len(), dataset.sources.len());
    let mut checked = 0;
    for event in &dataset.events {
        let cited = event
            .citations
            .iter()
            .enumerate()
            .filter(|(_, c)| c.excerpt.is_some())
            .map(|(i, c)| (Cited::Citation(i), &c.source));
        let quoted = event
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| (Cited::Quote(i), &q.source));
        for (how, file) in cited.chain(quoted) {
            let text = texts
                .iter()
                .find(|t| t.file == *file)
                .expect("every cited source is laid out");
            let anchor = text
                .anchor_of(&event.id, how)
                .unwrap_or_else(|| panic!("{}: {how:?} has no passage in {file}", event.id));
            let passage = text
                .passages
                .iter()
                .find(|p| p.anchor == anchor)
                .expect("the anchor names a passage");
            assert!(
                passage.events.contains(&event.id),
                "{anchor} in {file} leads back to {}",
                event.id
            );
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} cited passages");
    for text in &texts {
        // Anchors are unique within a page.
        let mut anchors: Vec<&str> = text.passages.iter().map(|p| p.anchor.as_str()).collect();
        anchors.sort_unstable();
        anchors.dedup();
        assert_eq!(anchors.len(), text.passages.len(), "{}", text.file);
        println!(
            "{}: {} passages, {} of {} words cited ({}%)",
            text.file,
            text.passages.len(),
            text.cited_words,
            text.words,
            text.coverage().cited_percent()
        );
    }
}
