//! Over the pages the build writes: every passage an event cites is marked on its source's
//! page, the mark's note links back to the event, and the event's page links to the mark.

use biip_core::site::{event_path, source_path};
use biip_core::source_text::{lay_out_all, Cited};
use biip_timeline::render::{render_page, Route};
use std::collections::HashMap;
use std::path::PathBuf;

/// The markup of the note that names the events citing passage `anchor`.
fn note<'a>(page: &'a str, anchor: &str) -> Option<&'a str> {
    let start = page.find(&format!("id=\"note-{anchor}\""))?;
    let end = page[start..].find("</p>")? + start;
    Some(&page[start..end])
}

#[test]
fn every_cited_passage_is_marked_on_its_source_page_and_links_both_ways() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dataset = biip_core::loader::load_dir(&root.join("data")).unwrap_or_else(|e| panic!("{e}"));
    let texts =
        lay_out_all(&dataset, &root.join("../shared/sources")).unwrap_or_else(|e| panic!("{e}"));
    let mut pages: HashMap<&str, String> = HashMap::new();
    for source in &dataset.sources {
        let page = render_page(&Route::Source(&source.file), "/").unwrap_or_else(|e| panic!("{e}"));
        pages.insert(source.file.as_str(), page.body);
    }
    let mut checked = 0;
    for event in &dataset.events {
        let event_page = render_page(&Route::Event(&event.id), "/")
            .unwrap_or_else(|e| panic!("{e}"))
            .body;
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
                .expect("a laid-out source");
            let anchor = text
                .anchor_of(&event.id, how)
                .unwrap_or_else(|| panic!("{}: {how:?} is not marked in {file}", event.id));
            let page = &pages[file.as_str()];
            assert!(
                page.contains(&format!("<mark id=\"{anchor}\"")),
                "{file} marks {anchor}"
            );
            let note = note(page, anchor).unwrap_or_else(|| panic!("{file}: {anchor} has a note"));
            assert!(
                note.contains(&format!("href=\"{}\"", event_path(&event.id))),
                "{file}#{anchor} links back to {}",
                event.id
            );
            let link = format!("href=\"{}#{anchor}\"", source_path(file));
            assert!(
                event_page.contains(&link),
                "{} links to {file}#{anchor}",
                event.id
            );
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} cited passages");
}
