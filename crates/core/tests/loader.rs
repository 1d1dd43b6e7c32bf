//! Each validation rule has a bad fixture here; the test checks the file, the line and the
//! words that tell the editor what to fix.

use biip_core::loader::{load, DataFile, DataFiles, LoadError};
use biip_core::{EventKind, PartialDate, When};
use std::path::PathBuf;

const SOURCES: &str = r#"
[[source]]
file = "a.txt"
headline = "Panel publishes report"
publisher = "Birmingham City Council"
published = "2015-09"
"#;

const TAGS: &str = r#"
[[tag]]
id = "finance"
label = "Finance"
"#;

const ORGANISATIONS: &str = r#"
[[organisation]]
id = "biip"
name = "Birmingham Independent Improvement Panel"
"#;

const PEOPLE: &str = r#"
[[person]]
id = "john-crabtree"
name = "John Crabtree"
honours = "OBE"

[[person]]
id = "frances-done"
name = "Frances Done"

[[person.description]]
text = "Vice chair"
source = "a.txt"
"#;

const POSTS: &str = r#"
[[post]]
id = "biip-chair"
title = "Chair of the panel"
organisation = "biip"
holders = "one"

[[post.tenure]]
person = "john-crabtree"
start = "2015-01"
start_source = "a.txt"
end = "2016-06"
end_source = "a.txt"

[[post.tenure.seen]]
date = "2015-09"
source = "a.txt"
words = "The panel will hold"

[[post.tenure]]
person = "frances-done"
start = "2016-07"
start_source = "a.txt"
"#;

const DOCUMENTS: &str = r#"
[[document]]
id = "plan"
title = "Future Council Programme Plan V0.4"
kind = "plan"
size_kb = 957
sources = ["a.txt"]
"#;

const PERIODS: &str = r#"
[[period]]
id = "panel-years"
label = "The panel's years"
start = "2015-01"
start_source = "a.txt"
start_words = "The panel will hold"
end = "2015-09~"
end_source = "a.txt"
end_words = "its next public meeting"
note = "The end is inferred."
events = ["2015-09-11-meeting"]
"#;

const EVENT: &str = r#"id = "2015-09-11-meeting"
date = "2015-09-11"
title = "Public meeting"
summary = "The panel meets in public."
kind = "meeting"
tags = ["finance"]
people = ["john-crabtree"]
organisations = ["biip"]
documents = ["plan"]
added = "2026-11-28"

[[citation]]
source = "a.txt"
excerpt = "The panel will hold its next public meeting on 11 September."

[[quote]]
speaker = "john-crabtree"
text = "We are pleased."
source = "a.txt"
"#;

fn file(path: &str, text: &str) -> DataFile {
    DataFile {
        path: PathBuf::from(path),
        text: text.to_string(),
    }
}

fn event_file(id: &str, text: &str) -> DataFile {
    file(&format!("data/events/{id}.toml"), text)
}

fn valid() -> DataFiles {
    DataFiles {
        sources: Some(file("data/sources.toml", SOURCES)),
        tags: Some(file("data/tags.toml", TAGS)),
        people: Some(file("data/people.toml", PEOPLE)),
        posts: Some(file("data/posts.toml", POSTS)),
        organisations: Some(file("data/organisations.toml", ORGANISATIONS)),
        documents: Some(file("data/documents.toml", DOCUMENTS)),
        // Optional, and left out so that each event fixture's problem is its only one.
        periods: None,
        events: vec![event_file("2015-09-11-meeting", EVENT)],
    }
}

fn with_event(text: &str) -> DataFiles {
    let mut files = valid();
    files.events[0].text = text.to_string();
    files
}

/// Loads, expects failure, and returns the single error (or panics showing all of them).
fn only_error(files: DataFiles) -> LoadError {
    let errors = load(&files)
        .expect_err("the bad fixture must be rejected")
        .0;
    assert_eq!(
        errors.len(),
        1,
        "expected exactly one error, got: {errors:#?}"
    );
    errors.into_iter().next().unwrap()
}

fn assert_error(error: &LoadError, path: &str, line: usize, words: &[&str]) {
    let shown = error.to_string();
    assert_eq!(error.file, PathBuf::from(path), "{shown}");
    assert_eq!(error.line, line, "{shown}");
    assert!(shown.starts_with(&format!("{path}:{line}: ")), "{shown}");
    for w in words {
        assert!(shown.contains(w), "`{shown}` should mention `{w}`");
    }
}

#[test]
fn valid_fixture_loads_with_every_link_resolved() {
    let dataset = load(&valid()).expect("valid fixture");
    assert_eq!(dataset.events.len(), 1);
    let event = &dataset.events[0];
    assert_eq!(event.kind, EventKind::Meeting);
    assert_eq!(event.date.when, When::exact(PartialDate::day(2015, 9, 11)));
    assert_eq!(event.quotes[0].speakers, ["john-crabtree"]);
    assert_eq!(
        dataset.person("john-crabtree").unwrap().full_name(),
        "John Crabtree OBE"
    );
    assert_eq!(dataset.document("plan").unwrap().size_kb, Some(957));
}

#[test]
fn duplicate_event_id_names_both_places() {
    let mut files = valid();
    files
        .events
        .push(event_file("2015-09-11-meeting-copy", EVENT));
    let errors = load(&files).unwrap_err().0;
    let dup = errors
        .iter()
        .find(|e| e.message.contains("duplicate event id"))
        .expect("duplicate reported");
    assert_error(
        dup,
        "data/events/2015-09-11-meeting-copy.toml",
        1,
        &[
            "`2015-09-11-meeting`",
            "data/events/2015-09-11-meeting.toml:1",
        ],
    );
}

#[test]
fn duplicate_person_id_is_rejected() {
    let mut files = valid();
    files.people = Some(file(
        "data/people.toml",
        &format!("{PEOPLE}\n[[person]]\nid = \"john-crabtree\"\nname = \"J. Crabtree\"\n"),
    ));
    let error = only_error(files);
    assert_error(
        &error,
        "data/people.toml",
        16,
        &["duplicate person id `john-crabtree`", "data/people.toml:3"],
    );
}

#[test]
fn impossible_date_is_rejected_at_its_line() {
    let error = only_error(with_event(
        &EVENT.replace("date = \"2015-09-11\"", "date = \"2015-02-30\""),
    ));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        2,
        &["`date`", "2015-02-30", "not a real calendar date"],
    );
}

#[test]
fn unparseable_date_says_which_forms_work() {
    let error = only_error(with_event(
        &EVENT.replace("date = \"2015-09-11\"", "date = \"11/09/2015\""),
    ));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        2,
        &["EDTF", "2015-09-11", "2015-06/2015-09", "../2019-03"],
    );
}

#[test]
fn intervals_and_bounds_load_as_the_dates_the_sources_give() {
    for (written, human) in [
        ("2015-06/2015-09", "between June and September 2015"),
        ("../2019-03", "by March 2019"),
        ("2014-12/..", "in or after December 2014"),
        ("2016-03~", "c. March 2016"),
    ] {
        let files = with_event(&EVENT.replace(
            "date = \"2015-09-11\"",
            &format!("date = \"{written}\"\ndate_note = \"How it was inferred.\""),
        ));
        let dataset = load(&files).unwrap_or_else(|e| panic!("{written}: {e}"));
        let event = &dataset.events[0];
        assert_eq!(event.date.when.edtf(), written);
        assert_eq!(event.date.human(), human);
    }
}

#[test]
fn an_interval_ending_before_it_starts_is_rejected_at_its_line() {
    let error = only_error(with_event(&EVENT.replace(
        "date = \"2015-09-11\"",
        "date = \"2015-09/2015-06\"\ndate_note = \"Reasoning.\"",
    )));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        2,
        &["ends before it starts"],
    );
}

#[test]
fn the_retired_approximate_flag_says_what_replaced_it() {
    let error = only_error(with_event(&EVENT.replace(
        "date = \"2015-09-11\"",
        "date = \"2015-09-11\"\napproximate = true",
    )));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        3,
        &["`approximate` is retired", "2016-03~"],
    );
}

#[test]
fn unknown_person_reference_says_where_to_add_it() {
    let error = only_error(with_event(&EVENT.replace(
        "people = [\"john-crabtree\"]",
        "people = [\"john-crabtre\"]",
    )));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        7,
        &["unknown person `john-crabtre`", "people.toml"],
    );
}

#[test]
fn unknown_organisation_reference_is_rejected() {
    let error = only_error(with_event(
        &EVENT.replace("organisations = [\"biip\"]", "organisations = [\"dclg\"]"),
    ));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        8,
        &["unknown organisation `dclg`", "organisations.toml"],
    );
}

#[test]
fn unknown_document_reference_is_rejected() {
    let error = only_error(with_event(
        &EVENT.replace("documents = [\"plan\"]", "documents = [\"letter\"]"),
    ));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        9,
        &["unknown document `letter`", "documents.toml"],
    );
}

#[test]
fn unknown_source_in_citation_is_rejected() {
    let error = only_error(with_event(&EVENT.replace(
        "[[citation]]\nsource = \"a.txt\"",
        "[[citation]]\nsource = \"b.txt\"",
    )));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        13,
        &["unknown source `b.txt`", "sources.toml"],
    );
}

#[test]
fn event_without_a_source_is_rejected() {
    let text = EVENT.replace(
        "[[citation]]\nsource = \"a.txt\"\nexcerpt = \"The panel will hold its next public meeting on 11 September.\"\n",
        "",
    );
    let error = only_error(with_event(&text));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        1,
        &["event has no source", "[[citation]]"],
    );
}

#[test]
fn empty_title_is_rejected() {
    let error = only_error(with_event(
        &EVENT.replace("title = \"Public meeting\"", "title = \"   \""),
    ));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        3,
        &["`title` is empty"],
    );
}

#[test]
fn missing_title_is_rejected() {
    let error = only_error(with_event(
        &EVENT.replace("title = \"Public meeting\"\n", ""),
    ));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        1,
        &["`title` is missing"],
    );
}

#[test]
fn quote_without_speaker_is_rejected() {
    let error = only_error(with_event(
        &EVENT.replace("speaker = \"john-crabtree\"\n", ""),
    ));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        17,
        &["quote has no `speaker`"],
    );
}

#[test]
fn alias_colliding_with_another_events_id_is_rejected() {
    let mut files = valid();
    let other = EVENT.replace(
        "id = \"2015-09-11-meeting\"",
        "id = \"2015-09-12-other\"\naliases = [\"2015-09-11-meeting\"]",
    );
    files.events.push(event_file("2015-09-12-other", &other));
    let error = only_error(files);
    assert_error(
        &error,
        "data/events/2015-09-12-other.toml",
        2,
        &["alias `2015-09-11-meeting` collides", "current id"],
    );
}

#[test]
fn alias_shared_by_two_events_is_rejected() {
    let mut files = valid();
    files.events[0].text = EVENT.replace(
        "id = \"2015-09-11-meeting\"",
        "id = \"2015-09-11-meeting\"\naliases = [\"old-meeting\"]",
    );
    let other = EVENT.replace(
        "id = \"2015-09-11-meeting\"",
        "id = \"2015-09-12-other\"\naliases = [\"old-meeting\"]",
    );
    files.events.push(event_file("2015-09-12-other", &other));
    let error = only_error(files);
    assert_error(
        &error,
        "data/events/2015-09-12-other.toml",
        2,
        &["alias `old-meeting` is also an alias of event `2015-09-11-meeting`"],
    );
}

#[test]
fn id_must_match_the_file_name() {
    let mut files = valid();
    files.events[0].path = PathBuf::from("data/events/meeting.toml");
    let error = only_error(files);
    assert_error(
        &error,
        "data/events/meeting.toml",
        1,
        &["differs from the file name", "2015-09-11-meeting.toml"],
    );
}

#[test]
fn id_must_be_a_slug() {
    let mut files = valid();
    files.events[0] = event_file(
        "Bad Id",
        &EVENT.replace("id = \"2015-09-11-meeting\"", "id = \"Bad Id\""),
    );
    let error = only_error(files);
    assert_error(&error, "data/events/Bad Id.toml", 1, &["not a slug"]);
}

#[test]
fn unknown_kind_lists_the_valid_ones() {
    let error = only_error(with_event(
        &EVENT.replace("kind = \"meeting\"", "kind = \"party\""),
    ));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        5,
        &["unknown event kind `party`", "meeting", "leadership"],
    );
}

#[test]
fn a_date_no_source_states_needs_its_reasoning() {
    for written in ["2015-09~", "2015-06/2015-09", "../2019-03"] {
        let error = only_error(with_event(
            &EVENT.replace("date = \"2015-09-11\"", &format!("date = \"{written}\"")),
        ));
        assert_error(
            &error,
            "data/events/2015-09-11-meeting.toml",
            2,
            &["date_note", written],
        );
    }
}

#[test]
fn misspelt_field_is_a_toml_error_with_a_line() {
    let error = only_error(with_event(&EVENT.replace("summary =", "sumary =")));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        4,
        &["sumary"],
    );
}

#[test]
fn broken_toml_syntax_names_the_line() {
    let error = only_error(with_event(
        &EVENT.replace("kind = \"meeting\"", "kind = \"meeting"),
    ));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        5,
        &["cannot read this TOML"],
    );
}

#[test]
fn several_problems_are_all_reported_at_once() {
    let text = EVENT
        .replace("title = \"Public meeting\"", "title = \"\"")
        .replace("people = [\"john-crabtree\"]", "people = [\"nobody\"]");
    let errors = load(&with_event(&text)).unwrap_err().0;
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn events_are_sorted_oldest_first_with_finer_dates_first() {
    let mut files = valid();
    let year = EVENT
        .replace("id = \"2015-09-11-meeting\"", "id = \"2015-a\"")
        .replace("date = \"2015-09-11\"", "date = \"2015\"");
    let month = EVENT
        .replace("id = \"2015-09-11-meeting\"", "id = \"2015-09-b\"")
        .replace("date = \"2015-09-11\"", "date = \"2015-09\"");
    files.events.push(event_file("2015-a", &year));
    files.events.push(event_file("2015-09-b", &month));
    let ids: Vec<String> = load(&files)
        .unwrap()
        .events
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, ["2015-a", "2015-09-b", "2015-09-11-meeting"]);
}

#[test]
fn the_real_dataset_is_valid() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let dataset =
        biip_core::loader::load_dir(&data).unwrap_or_else(|e| panic!("data/ must validate:\n{e}"));
    assert!(
        dataset.events.len() >= 30,
        "expected several dozen events, got {}",
        dataset.events.len()
    );
    for event in &dataset.events {
        assert!(!event.citations.is_empty(), "{} has no citation", event.id);
    }
    let sources = data.join("../../shared/sources");
    if sources.is_dir() {
        biip_core::loader::check_source_files(&dataset, &sources).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn words_not_in_the_cited_source_are_named() {
    let dir = std::env::temp_dir().join(format!("biip-sources-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // The excerpt is in the source, across a line break; the quote is not.
    std::fs::write(
        dir.join("a.txt"),
        "The panel will hold its next public\nmeeting on 11 September.\n",
    )
    .unwrap();
    let dataset = load(&valid()).expect("valid fixture");
    let errors = biip_core::loader::check_source_files(&dataset, &dir)
        .expect_err("the quote is not in a.txt")
        .0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let shown = errors[0].to_string();
    assert!(
        shown.starts_with("events/2015-09-11-meeting.toml: "),
        "{shown}"
    );
    assert!(shown.contains("quote “We are pleased.”"), "{shown}");
    assert!(shown.contains("word for word"), "{shown}");

    std::fs::remove_file(dir.join("a.txt")).unwrap();
    let missing = biip_core::loader::check_source_files(&dataset, &dir)
        .expect_err("a.txt is gone")
        .0;
    assert!(missing[0]
        .to_string()
        .contains("source `a.txt` is not a readable file"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_event_says_when_it_was_added() {
    let error = only_error(with_event(&EVENT.replace("added = \"2026-11-28\"\n", "")));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        1,
        &["`added` is missing", "2026-11-28"],
    );
    let error = only_error(with_event(
        &EVENT.replace("added = \"2026-11-28\"", "added = \"2026-11\""),
    ));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        10,
        &["`added`", "YYYY-MM-DD"],
    );
}

#[test]
fn corrections_load_oldest_first_with_what_and_why() {
    let files = with_event(&format!(
        "{EVENT}\n[[correction]]\ndate = \"2026-12-05\"\nwhat = \"Second.\"\nwhy = \"Because.\"\n\n[[correction]]\ndate = \"2026-12-02\"\nwhat = \"First.\"\nwhy = \"001 says so.\"\n"
    ));
    let dataset = load(&files).unwrap_or_else(|e| panic!("{e}"));
    let event = &dataset.events[0];
    assert_eq!(event.added, PartialDate::day(2026, 11, 28));
    let whats: Vec<&str> = event.corrections.iter().map(|c| c.what.as_str()).collect();
    assert_eq!(whats, ["First.", "Second."]);
    assert_eq!(event.corrections[0].why, "001 says so.");
}

#[test]
fn a_correction_needs_what_and_why_and_cannot_come_before_the_event() {
    let files = with_event(&format!(
        "{EVENT}\n[[correction]]\ndate = \"2026-11-01\"\nwhat = \"Changed.\"\n"
    ));
    let errors = load(&files).expect_err("two problems").0;
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 2, "{messages:?}");
    assert!(
        messages
            .iter()
            .any(|m| m.contains("comes before the event was added")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("`why` is missing")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .all(|m| m.contains("data/events/2015-09-11-meeting.toml:")),
        "{messages:?}"
    );
}

fn with_posts(text: &str) -> DataFiles {
    let mut files = valid();
    files.posts = Some(file("data/posts.toml", text));
    files
}

#[test]
fn posts_load_with_their_tenures() {
    let dataset = load(&valid()).expect("valid fixture");
    let post = &dataset.posts[0];
    assert!(post.single_holder);
    assert_eq!(post.tenures.len(), 2);
    assert_eq!(
        post.tenures[0].human(),
        "from January 2015, until June 2016"
    );
    assert_eq!(
        post.tenures[0].seen[0].words.as_deref(),
        Some("The panel will hold")
    );
    let held: Vec<&str> = dataset
        .tenures_of("john-crabtree")
        .map(|(p, _)| p.id.as_str())
        .collect();
    assert_eq!(held, ["biip-chair"]);
    let person = dataset.person("frances-done").expect("a person");
    assert_eq!(person.descriptions[0].text, "Vice chair");
}

#[test]
fn overlapping_tenures_of_a_one_holder_post_are_rejected_unless_a_disagreement_records_them() {
    let overlapping = POSTS.replace("start = \"2016-07\"", "start = \"2016-03\"");
    let error = only_error(with_posts(&overlapping));
    assert_error(
        &error,
        "data/posts.toml",
        21,
        &[
            "held by one person at a time",
            "john-crabtree",
            "frances-done",
            "certainly overlap",
        ],
    );
    let recorded = overlapping.replace(
        "holders = \"one\"\n",
        "holders = \"one\"\n\n[[post.disagreement]]\nabout = \"who chaired the panel in spring 2016\"\n\n[[post.disagreement.readings]]\nsays = \"Crabtree\"\nsource = \"a.txt\"\n\n[[post.disagreement.readings]]\nsays = \"Done\"\nsource = \"a.txt\"\n",
    );
    load(&with_posts(&recorded))
        .unwrap_or_else(|e| panic!("a recorded disagreement allows it: {e}"));
}

#[test]
fn a_tenure_needs_a_date_from_a_source() {
    let error = only_error(with_posts(
        &POSTS.replace("start = \"2016-07\"\nstart_source = \"a.txt\"\n", ""),
    ));
    assert_error(
        &error,
        "data/posts.toml",
        21,
        &["needs a `start`, an `end` or a `[[post.tenure.seen]]`"],
    );
    let error = only_error(with_posts(&POSTS.replace("end_source = \"a.txt\"\n", "")));
    assert_error(&error, "data/posts.toml", 9, &["needs `end_source`"]);
    let error = only_error(with_posts(
        &POSTS.replace("end = \"2016-06\"", "end = \"2016-06~\""),
    ));
    assert_error(&error, "data/posts.toml", 9, &["needs a `note`"]);
}

#[test]
fn the_retired_role_table_says_where_posts_went() {
    let mut files = valid();
    files.people = Some(file(
        "data/people.toml",
        &format!("{PEOPLE}\n[[person.role]]\ntitle = \"Chair\"\nsource = \"a.txt\"\n"),
    ));
    let errors = load(&files).expect_err("rejected").0;
    assert!(
        errors
            .iter()
            .any(|e| e.to_string().contains("`role` is retired")
                && e.to_string().contains("posts.toml")),
        "{errors:?}"
    );
}

#[test]
fn joint_words_have_several_speakers_or_a_body() {
    let joint = EVENT.replace(
        "speaker = \"john-crabtree\"",
        "speakers = [\"john-crabtree\", \"frances-done\"]\norganisations = [\"biip\"]",
    );
    let dataset = load(&with_event(&joint)).unwrap_or_else(|e| panic!("{e}"));
    let quote = &dataset.events[0].quotes[0];
    assert_eq!(quote.speakers, ["john-crabtree", "frances-done"]);
    assert_eq!(
        dataset.quote_authors(quote),
        "John Crabtree, Frances Done and Birmingham Independent Improvement Panel"
    );
    let unknown = EVENT.replace(
        "speaker = \"john-crabtree\"",
        "organisations = [\"no-such-body\"]",
    );
    let error = only_error(with_event(&unknown));
    assert_error(
        &error,
        "data/events/2015-09-11-meeting.toml",
        17,
        &["unknown organisation `no-such-body`"],
    );
}

fn with_periods(text: &str) -> DataFiles {
    let mut files = valid();
    files.periods = Some(file("data/periods.toml", text));
    files
}

#[test]
fn periods_load_oldest_start_first_with_the_words_that_date_them() {
    let files = with_periods(&format!(
        "{PERIODS}\n[[period]]\nid = \"later-but-undated-start\"\nlabel = \"Open start\"\nend = \"2014-12\"\nend_source = \"a.txt\"\nend_words = \"The panel\"\n\n[[period]]\nid = \"from-mid-2014\"\nlabel = \"Earlier\"\nstart = \"2014-06\"\nstart_source = \"a.txt\"\nstart_words = \"The panel\"\n"
    ));
    let dataset = load(&files).unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = dataset.periods.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        ["later-but-undated-start", "from-mid-2014", "panel-years"]
    );
    let panel = &dataset.periods[2];
    assert_eq!(panel.label, "The panel's years");
    assert_eq!(
        panel.start.map(|w| w.human()).as_deref(),
        Some("January 2015")
    );
    assert_eq!(
        panel.end.map(|w| w.human()).as_deref(),
        Some("c. September 2015")
    );
    assert_eq!(panel.start_words.as_deref(), Some("The panel will hold"));
    assert_eq!(panel.end_source.as_deref(), Some("a.txt"));
    assert_eq!(panel.events, ["2015-09-11-meeting"]);
    assert_eq!(
        dataset.periods[1].end, None,
        "an end no source gives is open"
    );
}

#[test]
fn without_a_periods_file_there_are_no_periods() {
    assert!(load(&valid())
        .expect("periods are optional")
        .periods
        .is_empty());

    let dir = std::env::temp_dir().join(format!("biip-no-periods-{}", std::process::id()));
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
    std::fs::create_dir_all(dir.join("events")).unwrap();
    for name in [
        "sources.toml",
        "tags.toml",
        "people.toml",
        "posts.toml",
        "organisations.toml",
        "documents.toml",
    ] {
        std::fs::copy(data.join(name), dir.join(name)).unwrap();
    }
    for entry in std::fs::read_dir(data.join("events")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join("events").join(path.file_name().unwrap())).unwrap();
    }
    let loaded = biip_core::loader::load_dir(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(loaded
        .unwrap_or_else(|e| panic!("a data folder without periods.toml loads: {e}"))
        .periods
        .is_empty());
}

#[test]
fn duplicate_period_id_names_both_places() {
    let error = only_error(with_periods(&format!("{PERIODS}{PERIODS}")));
    assert_error(
        &error,
        "data/periods.toml",
        15,
        &["duplicate period id `panel-years`", "data/periods.toml:3"],
    );
}

#[test]
fn a_period_citing_an_unknown_source_is_rejected() {
    let error = only_error(with_periods(
        &PERIODS.replace("end_source = \"a.txt\"", "end_source = \"b.txt\""),
    ));
    assert_error(
        &error,
        "data/periods.toml",
        9,
        &["unknown source `b.txt`", "sources.toml"],
    );
}

#[test]
fn each_end_of_a_period_needs_its_source_and_words() {
    let error = only_error(with_periods(
        &PERIODS.replace("start_source = \"a.txt\"\n", ""),
    ));
    assert_error(&error, "data/periods.toml", 5, &["needs `start_source`"]);
    let error = only_error(with_periods(
        &PERIODS.replace("end_words = \"its next public meeting\"\n", ""),
    ));
    assert_error(
        &error,
        "data/periods.toml",
        8,
        &["needs `end_words`", "word for word"],
    );
    let error = only_error(with_periods(&PERIODS.replace("start = \"2015-01\"\n", "")));
    assert_error(
        &error,
        "data/periods.toml",
        5,
        &["`start_source` and `start_words` go with a `start`"],
    );
}

#[test]
fn a_period_needs_a_start_or_an_end() {
    let error = only_error(with_periods(
        "[[period]]\nid = \"undated\"\nlabel = \"Some time\"\n",
    ));
    assert_error(
        &error,
        "data/periods.toml",
        2,
        &["needs a `start` or an `end`"],
    );
}

#[test]
fn a_period_ending_before_it_starts_is_rejected_at_its_end() {
    let error = only_error(with_periods(
        &PERIODS.replace("start = \"2015-01\"", "start = \"2015-10\""),
    ));
    assert_error(
        &error,
        "data/periods.toml",
        8,
        &["ends (2015-09~) before it starts (2015-10)"],
    );
}

#[test]
fn a_period_end_no_source_states_needs_a_note() {
    let error = only_error(with_periods(
        &PERIODS.replace("note = \"The end is inferred.\"\n", ""),
    ));
    assert_error(
        &error,
        "data/periods.toml",
        8,
        &["2015-09~", "no `note`", "how it was inferred"],
    );
}

#[test]
fn a_period_naming_an_unknown_event_is_rejected() {
    let error = only_error(with_periods(&PERIODS.replace(
        "events = [\"2015-09-11-meeting\"]",
        "events = [\"2015-09-12-meeting\"]",
    )));
    assert_error(
        &error,
        "data/periods.toml",
        12,
        &["unknown event `2015-09-12-meeting`", "data/events/"],
    );
    let mut files = with_periods(&PERIODS.replace(
        "events = [\"2015-09-11-meeting\"]",
        "events = [\"old-meeting\"]",
    ));
    files.events[0].text = EVENT.replace(
        "id = \"2015-09-11-meeting\"",
        "id = \"2015-09-11-meeting\"\naliases = [\"old-meeting\"]",
    );
    let error = only_error(files);
    assert_error(
        &error,
        "data/periods.toml",
        12,
        &["former id of event `2015-09-11-meeting`", "current id"],
    );
}

#[test]
fn a_period_names_only_events_that_may_mark_its_ends() {
    let error = only_error(with_periods(
        &PERIODS.replace("end = \"2015-09~\"", "end = \"2015-08~\""),
    ));
    assert_error(
        &error,
        "data/periods.toml",
        12,
        &[
            "event `2015-09-11-meeting` is dated 2015-09-11",
            "2015-01, 2015-08~",
            "mark its ends",
        ],
    );
}

#[test]
fn period_words_not_in_the_cited_source_are_named() {
    let dir = std::env::temp_dir().join(format!("biip-period-words-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "We are pleased.\nThe panel will hold its next public\nmeeting on 11 September.\n",
    )
    .unwrap();
    let dataset = load(&with_periods(&PERIODS.replace(
        "end_words = \"its next public meeting\"",
        "end_words = \"its next private meeting\"",
    )))
    .expect("the words are checked against the sources, not at load");
    let errors = biip_core::loader::check_source_files(&dataset, &dir);
    std::fs::remove_dir_all(&dir).unwrap();
    let errors = errors.expect_err("the end's words are not in a.txt").0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let shown = errors[0].to_string();
    assert!(shown.starts_with("periods.toml: "), "{shown}");
    for words in [
        "period `panel-years`",
        "`end_words` “its next private meeting”",
        "a.txt word for word",
        "copy them exactly",
    ] {
        assert!(shown.contains(words), "`{shown}` should mention `{words}`");
    }
}

#[test]
fn the_real_periods_agree_with_the_events_that_mark_them() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let dataset = biip_core::loader::load_dir(&data).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        dataset.periods.len() >= 2,
        "expected the panel's years and other periods, got {:?}",
        dataset.periods
    );
    let panel = dataset
        .periods
        .iter()
        .find(|p| p.id == "the-panels-four-years-in-birmingham")
        .expect("the panel's four years are a period");
    let set_up = dataset
        .event("2015-01-improvement-panel-set-up")
        .expect("the set-up is an event");
    assert_eq!(panel.start, Some(set_up.date.when));
    let stands_down = dataset
        .event("2019-04-02-leader-and-chief-executive-respond")
        .expect("the standing down is told in an event");
    assert_eq!(panel.end, Some(stands_down.date.when));
    assert_eq!(panel.end_words.as_deref(), Some("As the panel stands down"));
    let starts: Vec<_> = dataset.periods.iter().map(|p| p.start).collect();
    assert!(starts.is_sorted(), "oldest start first: {starts:?}");
}
