//! Facts about the site that every part states the same way: its name, its description, the
//! credit line, the shape of a page's address and what turns on embed mode. The app, the build
//! step and (written out by the build step) the page's own scripts all ask this module.
//! It says nothing about where the site is deployed: that is the base path, known at build time.

/// The site's name, as in the tab title and link previews.
pub const SITE_NAME: &str = "Birmingham Improvement Panel timeline";

/// The site's description, for search results and link previews of the home page.
pub const SITE_DESCRIPTION: &str = "What happened when, who said what and which documents came \
    out while a government-appointed panel oversaw Birmingham City Council, 2014 to 2019.";

/// The line that says where the timeline comes from (footer and embed credit).
pub const CREDIT: &str = "Compiled from five public documents about the Birmingham \
    Independent Improvement Panel.";

/// What every page's footer adds to the credit line.
pub const CITATION_PROMISE: &str = "Every event cites the document it comes from.";

/// The query key that turns on embed mode, and the values that mean "on" (`?embed`,
/// `?embed=1`, `?embed=true`). The URL codec and the page's first inline script both use them.
pub const EMBED_KEY: &str = "embed";
pub const EMBED_ON_VALUES: [&str; 3] = ["", "1", "true"];

/// The app path of an event's page (without the base path), e.g. `/events/2015-09-11-x/`.
pub fn event_path(id: &str) -> String {
    format!("/events/{id}/")
}

/// The part of a source's address that names it: its file name without `.txt`.
pub fn source_slug(file: &str) -> &str {
    file.strip_suffix(".txt").unwrap_or(file)
}

/// The app path of a source's page, e.g. `/sources/001_d61eb1f380b3864e/`.
pub fn source_path(file: &str) -> String {
    format!("/sources/{}/", source_slug(file))
}

/// The app path of a source's article data (postcard), which the build step writes beside the
/// source's page and the app fetches to show it.
pub fn article_data_path(file: &str) -> String {
    format!("{}article.bin", source_path(file))
}

/// The app path of a person's page, e.g. `/people/john-crabtree/`.
pub fn person_path(id: &str) -> String {
    format!("{PEOPLE_PATH}{id}/")
}

/// The app path of the who's-who.
pub const PEOPLE_PATH: &str = "/people/";

/// The app path of an organisation's page, e.g. `/organisations/bcc/`.
pub fn organisation_path(id: &str) -> String {
    format!("/organisations/{id}/")
}

/// The app path of a document's page, e.g. `/documents/kerslake-review/`.
pub fn document_path(id: &str) -> String {
    format!("/documents/{id}/")
}

/// The app path of the list of sources.
pub const SOURCES_PATH: &str = "/sources/";

/// The tab title of a page: "<page> · <site>", or the site's name alone for the home page.
pub fn page_title(page: Option<&str>) -> String {
    match page {
        Some(page) => format!("{page} · {SITE_NAME}"),
        None => SITE_NAME.to_string(),
    }
}

/// The Atom feed of additions and corrections, at the site's root.
pub const FEED_FILE: &str = "feed.xml";

/// The open-data files the build step writes under `data/`, with the label each link shows.
pub const OPEN_DATA_FILES: [(&str, &str); 4] = [
    ("events.json", "All events as JSON"),
    ("events.csv", "All events as CSV"),
    ("events.ics", "Calendar file (iCalendar)"),
    ("people.json", "People, posts and who held them when (JSON)"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_path_is_a_folder_under_events() {
        assert_eq!(event_path("2015-x"), "/events/2015-x/");
    }

    #[test]
    fn people_organisations_and_documents_are_folders_of_their_own() {
        assert_eq!(person_path("ian-ward"), "/people/ian-ward/");
        assert_eq!(organisation_path("bcc"), "/organisations/bcc/");
        assert_eq!(document_path("d-1"), "/documents/d-1/");
    }

    #[test]
    fn a_source_path_names_the_file_without_its_extension() {
        assert_eq!(source_path("001_d61e.txt"), "/sources/001_d61e/");
        assert_eq!(source_slug("notes"), "notes");
    }

    #[test]
    fn a_page_title_ends_with_the_site_name() {
        assert_eq!(page_title(None), SITE_NAME);
        assert_eq!(
            page_title(Some("Not found")),
            format!("Not found · {SITE_NAME}")
        );
    }
}

#[cfg(all(test, feature = "export"))]
mod exported_files {
    use super::OPEN_DATA_FILES;

    #[test]
    fn the_links_name_exactly_the_files_the_exports_write() {
        let exports = crate::export::all(&crate::Dataset::default(), "https://example.org/");
        let written: Vec<&str> = exports.files().iter().map(|(name, _)| *name).collect();
        let linked: Vec<&str> = OPEN_DATA_FILES.iter().map(|(name, _)| *name).collect();
        assert_eq!(written, linked);
    }
}
