//! The open-data exports over a small hand-built dataset: the JSON schema and its date strings,
//! CSV that parses back with the `csv` crate, and iCalendar that the `ical` crate reads.

#![cfg(feature = "export")]

use biip_core::date::DayKey;
use biip_core::export::{self, Exports};
use biip_core::{
    Citation, Dataset, DatePoint, Disagreement, Document, DocumentKind, Event, EventDate,
    EventKind, Figure, FigureUnit, Organisation, PartialDate, Person, Quote, Reading, Source, Tag,
    When,
};
use proptest::prelude::*;
use serde_json::Value;

const SITE: &str = "https://example.org:8443/biip/";

/// A title with every character CSV and iCalendar must escape: comma, quote, semicolon,
/// backslash and a line break.
const AWKWARD_TITLE: &str = "Panel says \"not yet\"; council, again\\ slow\nsecond line";

/// Long enough to need folding, with multibyte characters around every fold point.
fn long_title() -> String {
    // No trailing space: the `ical` crate trims the end of every line it reads.
    "Ünïcödé — £4.37million “quoted” "
        .repeat(5)
        .trim_end()
        .to_string()
}

fn event(id: &str, date: EventDate, title: &str) -> Event {
    Event {
        id: id.to_string(),
        aliases: vec![],
        date,
        title: title.to_string(),
        summary: format!("Summary of {id}."),
        body: vec![],
        kind: EventKind::Report,
        tags: vec![],
        people: vec![],
        organisations: vec![],
        documents: vec![],
        quotes: vec![],
        figures: vec![],
        citations: vec![Citation {
            source: "a.txt".into(),
            excerpt: None,
        }],
        disagreements: vec![],
        added: PartialDate::day(2026, 11, 28),
        corrections: vec![],
    }
}

fn dataset() -> Dataset {
    let mut meeting = event(
        "2015-09-11-public-meeting",
        EventDate {
            when: When::exact(PartialDate::day(2015, 9, 11)),
            source_words: Some("11 September".into()),
            note: None,
        },
        AWKWARD_TITLE,
    );
    meeting.aliases = vec!["2015-09-public-meeting".into()];
    meeting.corrections = vec![biip_core::Correction {
        date: PartialDate::day(2026, 12, 2),
        what: "Was X; is Y.".into(),
        why: "a.txt says Y.".into(),
    }];
    meeting.summary = "The panel met, in public; people asked \"why?\"".into();
    meeting.body = vec!["Paragraph one.".into(), "Paragraph two.".into()];
    meeting.kind = EventKind::Meeting;
    meeting.tags = vec!["governance".into(), "finance".into()];
    meeting.people = vec!["john-crabtree".into(), "albert-bore".into()];
    meeting.organisations = vec!["biip".into(), "bcc".into()];
    meeting.documents = vec!["plan".into()];
    meeting.quotes = vec![Quote {
        speakers: vec!["albert-bore".into()],
        organisations: vec![],
        text: "We have been working hard.".into(),
        source: "b.txt".into(),
    }];
    meeting.figures = vec![Figure {
        label: "DCLG grant".into(),
        amount: 4_370_000.0,
        unit: FigureUnit::Gbp,
        approximate: false,
        source_words: "£4.37million".into(),
        source: "b.txt".into(),
    }];
    meeting.citations = vec![
        Citation {
            source: "a.txt".into(),
            excerpt: Some("will hold its next public meeting on 11 September".into()),
        },
        Citation {
            source: "b.txt".into(),
            excerpt: None,
        },
        // A second passage from the first source: the source is still listed once.
        Citation {
            source: "a.txt".into(),
            excerpt: Some("the panel".into()),
        },
    ];
    meeting.disagreements = vec![Disagreement {
        about: "when the panel was set up".into(),
        readings: vec![
            Reading {
                says: "January 2015".into(),
                source: "a.txt".into(),
            },
            Reading {
                says: "2014".into(),
                source: "b.txt".into(),
            },
        ],
        note: Some("Both kept.".into()),
    }];

    let december = event(
        "2015-12-letter",
        EventDate::exact(PartialDate::month(2015, 12)),
        "A letter in December",
    );
    let mut approximate = event(
        "2016-02-approximate",
        EventDate {
            when: When::On(DatePoint {
                approximate: true,
                ..DatePoint::exact(PartialDate::month(2016, 2))
            }),
            source_words: Some("next month".into()),
            note: Some("The January letter says \"next month\".".into()),
        },
        "An approximate month in a leap year",
    );
    approximate.kind = EventKind::ServiceChange;
    let leap_day = event(
        "2016-02-29-leap-day",
        EventDate::exact(PartialDate::day(2016, 2, 29)),
        "On the leap day",
    );
    let mut year = event(
        "2016-long",
        EventDate::exact(PartialDate::year(2016)),
        &long_title(),
    );
    year.tags = vec!["finance".into()];
    let month = |y, m| DatePoint::exact(PartialDate::month(y, m));
    let interval = event(
        "2015-grant",
        EventDate {
            when: When::Between(month(2015, 6), month(2015, 9)),
            source_words: None,
            note: Some("After the June bid, before the September update.".into()),
        },
        "A grant agreed between June and September",
    );
    let bound = event(
        "2019-before",
        EventDate {
            when: When::By(month(2019, 3)),
            source_words: None,
            note: Some("Listed as done in March 2019.".into()),
        },
        "Done by March 2019",
    );

    Dataset {
        periods: Vec::new(),
        posts: vec![biip_core::Post {
            id: "biip-chair".into(),
            title: "Chair of the panel".into(),
            organisation: Some("biip".into()),
            single_holder: true,
            note: None,
            tenures: vec![biip_core::Tenure {
                person: "john-crabtree".into(),
                start: None,
                start_source: None,
                end: Some(When::By(DatePoint::exact(PartialDate::month(2019, 4)))),
                end_source: Some("a.txt".into()),
                note: Some("Stood down by April 2019.".into()),
                seen: vec![biip_core::Attestation {
                    when: When::exact(PartialDate::month(2016, 3)),
                    source: "a.txt".into(),
                    words: Some("John Crabtree OBE (chair)".into()),
                }],
            }],
            disagreements: vec![],
        }],
        events: vec![
            meeting,
            december,
            year,
            approximate,
            leap_day,
            interval,
            bound,
        ],
        people: vec![
            Person {
                id: "john-crabtree".into(),
                name: "John Crabtree".into(),
                honours: Some("OBE".into()),
                descriptions: vec![],
                disagreements: vec![],
            },
            Person {
                id: "albert-bore".into(),
                name: "Albert Bore".into(),
                honours: None,
                descriptions: vec![],
                disagreements: vec![],
            },
        ],
        organisations: vec![
            Organisation {
                id: "biip".into(),
                name: "Birmingham Independent Improvement Panel".into(),
                short_name: Some("BIIP".into()),
            },
            Organisation {
                id: "bcc".into(),
                name: "Birmingham City Council".into(),
                short_name: None,
            },
        ],
        documents: vec![Document {
            id: "plan".into(),
            title: "Future Council Programme Plan V0.4".into(),
            kind: DocumentKind::Plan,
            date: Some(PartialDate::year(2015)),
            publisher: Some("bcc".into()),
            size_kb: Some(957),
            format: Some("PDF".into()),
            sources: vec!["b.txt".into()],
        }],
        sources: vec![
            Source {
                file: "a.txt".into(),
                headline: "Panel publishes report, at last".into(),
                publisher: "Birmingham City Council".into(),
                published: Some(EventDate::exact(PartialDate::day(2017, 8, 4))),
                layout: Default::default(),
            },
            Source {
                file: "b.txt".into(),
                headline: "Council responds".into(),
                publisher: "Birmingham Post".into(),
                published: None,
                layout: Default::default(),
            },
        ],
        tags: vec![
            Tag {
                id: "governance".into(),
                label: "Governance, oversight".into(),
            },
            Tag {
                id: "finance".into(),
                label: "Finance".into(),
            },
        ],
    }
}

fn exports() -> Exports {
    export::all(&dataset(), SITE)
}

// ----------------------------------------------------------------------------------- JSON ---

fn json_value() -> Value {
    serde_json::from_str(&exports().json).expect("the JSON export parses")
}

#[test]
fn json_has_the_top_level_fields() {
    let v = json_value();
    assert_eq!(v["schema_version"], 2);
    assert_eq!(v["title"], export::TITLE);
    assert_eq!(v["site_url"], SITE);
    assert_eq!(v["event_count"], 7);
    let sources = v["source_documents"].as_array().expect("an array");
    assert_eq!(sources.len(), 2);
    assert_eq!(sources[0]["file"], "a.txt");
    assert_eq!(sources[0]["headline"], "Panel publishes report, at last");
    assert_eq!(sources[0]["publisher"], "Birmingham City Council");
    assert_eq!(sources[0]["published"], "2017-08-04");
    assert_eq!(sources[1]["published"], Value::Null);
    assert_eq!(v["tags"][0]["id"], "governance");
    assert_eq!(v["events"].as_array().map(Vec::len), Some(7));
}

#[test]
fn json_event_carries_every_field() {
    let v = json_value();
    let e = &v["events"][0];
    assert_eq!(e["id"], "2015-09-11-public-meeting");
    assert_eq!(
        e["url"],
        "https://example.org:8443/biip/events/2015-09-11-public-meeting/"
    );
    assert_eq!(e["aliases"], serde_json::json!(["2015-09-public-meeting"]));
    assert_eq!(e["date"], "2015-09-11");
    assert_eq!(e["date_earliest"], "2015-09-11");
    assert_eq!(e["date_latest"], "2015-09-11");
    assert_eq!(e["date_display"], "11 September 2015");
    assert_eq!(e["date_note"], Value::Null);
    assert_eq!(e["date_source_words"], "11 September");
    assert_eq!(e["title"], AWKWARD_TITLE);
    assert_eq!(e["added"], "2026-11-28");
    assert_eq!(
        e["corrections"],
        serde_json::json!([{ "date": "2026-12-02", "what": "Was X; is Y.", "why": "a.txt says Y." }])
    );
    assert_eq!(
        e["summary"],
        "The panel met, in public; people asked \"why?\""
    );
    assert_eq!(
        e["body"],
        serde_json::json!(["Paragraph one.", "Paragraph two."])
    );
    assert_eq!(e["kind"], "meeting");
    assert_eq!(e["kind_label"], "Public meeting");
    assert_eq!(
        e["tags"],
        serde_json::json!([
            {"id": "governance", "label": "Governance, oversight"},
            {"id": "finance", "label": "Finance"}
        ])
    );
    assert_eq!(e["people"][0]["id"], "john-crabtree");
    assert_eq!(e["people"][0]["name"], "John Crabtree");
    assert_eq!(e["people"][0]["honours"], "OBE");
    assert_eq!(e["people"][1]["name"], "Albert Bore");
    assert_eq!(
        e["organisations"][0]["name"],
        "Birmingham Independent Improvement Panel"
    );
    assert_eq!(e["organisations"][0]["short_name"], "BIIP");
    assert_eq!(e["organisations"][1]["name"], "Birmingham City Council");
    assert_eq!(
        e["documents"],
        serde_json::json!([{
            "id": "plan", "title": "Future Council Programme Plan V0.4",
            "kind": "plan", "date": "2015"
        }])
    );
    assert_eq!(
        e["quotes"],
        serde_json::json!([{
            "speaker": "Albert Bore", "speaker_ids": ["albert-bore"], "organisation_ids": [],
            "text": "We have been working hard.", "source": "b.txt"
        }])
    );
    assert_eq!(e["figures"][0]["amount"].as_f64(), Some(4_370_000.0));
    assert_eq!(e["figures"][0]["unit"], "gbp");
    assert_eq!(e["figures"][0]["source_words"], "£4.37million");
    assert_eq!(e["sources"], serde_json::json!(["a.txt", "b.txt"]));
    assert_eq!(
        e["citations"][0]["excerpt"],
        "will hold its next public meeting on 11 September"
    );
    assert_eq!(e["citations"][1]["excerpt"], Value::Null);
    assert_eq!(e["disagreements"][0]["about"], "when the panel was set up");
    assert_eq!(e["disagreements"][0]["readings"][1]["says"], "2014");
    assert_eq!(e["disagreements"][0]["note"], "Both kept.");
}

#[test]
fn json_dates_are_edtf_with_the_days_they_may_stand_for() {
    let v = json_value();
    let by_id = |id: &str| -> Value {
        v["events"]
            .as_array()
            .and_then(|events| events.iter().find(|e| e["id"] == id))
            .cloned()
            .unwrap_or_else(|| panic!("no event {id}"))
    };
    let month = by_id("2015-12-letter");
    assert_eq!(month["date"], "2015-12");
    assert_eq!(month["date_earliest"], "2015-12-01");
    assert_eq!(month["date_latest"], "2015-12-31");
    let year = by_id("2016-long");
    assert_eq!(year["date"], "2016");
    assert_eq!(year["date_earliest"], "2016-01-01");
    assert_eq!(year["date_latest"], "2016-12-31");
    let approx = by_id("2016-02-approximate");
    assert_eq!(approx["date"], "2016-02~");
    assert_eq!(approx["date_latest"], "2016-02-29");
    assert_eq!(approx["date_display"], "c. February 2016");
    assert_eq!(approx["date_source_words"], "next month");
    assert_eq!(
        approx["date_note"],
        "The January letter says \"next month\"."
    );
    let interval = by_id("2015-grant");
    assert_eq!(interval["date"], "2015-06/2015-09");
    assert_eq!(interval["date_earliest"], "2015-06-01");
    assert_eq!(interval["date_latest"], "2015-09-30");
    assert_eq!(interval["date_display"], "between June and September 2015");
    let bound = by_id("2019-before");
    assert_eq!(bound["date"], "../2019-03");
    assert_eq!(
        bound["date_earliest"],
        Value::Null,
        "a bound is open at one end"
    );
    assert_eq!(bound["date_latest"], "2019-03-31");
    assert_eq!(bound["date_display"], "by March 2019");
    assert_eq!(approx["kind"], "service-change");
}

#[test]
fn exports_are_deterministic_and_pretty() {
    let a = exports();
    let b = exports();
    assert_eq!(a, b);
    assert!(a.json.starts_with("{\n  \"schema_version\": 2,\n"));
    assert!(a.json.ends_with("}\n"));
}

#[test]
fn json_falls_back_to_ids_for_unknown_references() {
    let mut data = dataset();
    data.people.clear();
    data.tags.clear();
    let v: Value = serde_json::from_str(&export::json(&data, SITE)).expect("parses");
    assert_eq!(v["events"][0]["people"][0]["name"], "john-crabtree");
    assert_eq!(v["events"][0]["tags"][0]["label"], "governance");
    assert_eq!(v["events"][0]["quotes"][0]["speaker"], "albert-bore");
}

// ------------------------------------------------------------------------------------ CSV ---

#[test]
fn csv_parses_back_one_record_per_event() {
    let text = exports().csv;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().expect("a header row").clone();
    assert_eq!(headers.iter().collect::<Vec<_>>(), export::CSV_COLUMNS);
    let records: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("every record parses");
    assert_eq!(records.len(), 7);
    let ids: Vec<&str> = records.iter().map(|r| &r[0]).collect();
    assert_eq!(
        ids,
        [
            "2015-09-11-public-meeting",
            "2015-12-letter",
            "2016-long",
            "2016-02-approximate",
            "2016-02-29-leap-day",
            "2015-grant",
            "2019-before"
        ]
    );

    let first = &records[0];
    assert_eq!(first.len(), 14);
    assert_eq!(
        &first[1],
        "https://example.org:8443/biip/events/2015-09-11-public-meeting/"
    );
    assert_eq!(&first[2], "2015-09-11");
    assert_eq!(&first[3], "2015-09-11");
    assert_eq!(&first[4], "2015-09-11");
    assert_eq!(&first[5], "11 September 2015");
    assert_eq!(&first[6], AWKWARD_TITLE, "comma, quote and newline survive");
    assert_eq!(&first[7], "The panel met, in public; people asked \"why?\"");
    assert_eq!(&first[8], "meeting");
    assert_eq!(&first[9], "Governance, oversight; Finance");
    assert_eq!(&first[10], "John Crabtree; Albert Bore");
    assert_eq!(
        &first[11],
        "Birmingham Independent Improvement Panel; Birmingham City Council"
    );
    assert_eq!(&first[12], "Future Council Programme Plan V0.4");
    assert_eq!(&first[13], "a.txt; b.txt");

    assert_eq!(&records[1][2], "2015-12");
    assert_eq!(&records[1][4], "2015-12-31");
    assert_eq!(&records[2][2], "2016");
    assert_eq!(&records[2][3], "2016-01-01");
    assert_eq!(&records[2][6], long_title());
    assert_eq!(&records[3][2], "2016-02~");
    assert_eq!(&records[3][5], "c. February 2016");
    assert_eq!(&records[5][2], "2015-06/2015-09");
    assert_eq!(
        (&records[6][2], &records[6][3], &records[6][4]),
        ("../2019-03", "", "2019-03-31"),
        "a bound leaves its open end empty"
    );
    assert_eq!(&records[1][9], "", "no tags is an empty cell");
}

#[test]
fn csv_is_rfc_4180() {
    let text = exports().csv;
    assert!(text.starts_with(&format!("{}\r\n", export::CSV_COLUMNS.join(","))));
    assert!(text.ends_with("\r\n"));
    // The awkward title is quoted with its quotes doubled.
    assert!(
        text.contains("\"Panel says \"\"not yet\"\"; council, again\\ slow\nsecond line\""),
        "{text}"
    );
    // Unquoted fields stay unquoted.
    assert!(text.contains("\r\n2015-12-letter,https://"));
    // Outside the one quoted line break, every line ends with CRLF.
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count() + 1);
    assert_eq!(text.matches("\r\n").count(), 8);
}

// ------------------------------------------------------------------------------ iCalendar ---

fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn calendar() -> ical::parser::ical::component::IcalCalendar {
    let text = exports().ics;
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser
        .next()
        .expect("one calendar")
        .expect("the calendar parses");
    assert!(parser.next().is_none(), "only one calendar");
    calendar
}

fn prop<'a>(props: &'a [ical::property::Property], name: &str) -> &'a ical::property::Property {
    props
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

fn value<'a>(props: &'a [ical::property::Property], name: &str) -> &'a str {
    prop(props, name).value.as_deref().unwrap_or("")
}

#[test]
fn ics_has_calendar_properties_and_one_vevent_per_event() {
    let cal = calendar();
    assert_eq!(value(&cal.properties, "VERSION"), "2.0");
    assert_eq!(value(&cal.properties, "PRODID"), export::PRODID);
    assert_eq!(value(&cal.properties, "CALSCALE"), "GREGORIAN");
    assert_eq!(value(&cal.properties, "X-WR-CALNAME"), export::TITLE);
    assert_eq!(cal.events.len(), 7);
    let uids: Vec<&str> = cal
        .events
        .iter()
        .map(|e| value(&e.properties, "UID"))
        .collect();
    assert_eq!(
        uids,
        [
            "2015-09-11-public-meeting@example.org",
            "2015-12-letter@example.org",
            "2016-long@example.org",
            "2016-02-approximate@example.org",
            "2016-02-29-leap-day@example.org",
            "2015-grant@example.org",
            "2019-before@example.org"
        ]
    );
    for event in &cal.events {
        // The latest date an event is listed at is the bound's March 2019.
        assert_eq!(value(&event.properties, "DTSTAMP"), "20190301T000000Z");
    }
}

#[test]
fn ics_dates_span_each_precision() {
    let cal = calendar();
    let span = |i: usize| {
        let props = &cal.events[i].properties;
        for name in ["DTSTART", "DTEND"] {
            let params = prop(props, name).params.clone().unwrap_or_default();
            assert_eq!(
                params,
                vec![("VALUE".to_string(), vec!["DATE".to_string()])],
                "{name} is a DATE"
            );
        }
        (value(props, "DTSTART"), value(props, "DTEND"))
    };
    assert_eq!(span(0), ("20150911", "20150912"), "day");
    assert_eq!(
        span(1),
        ("20151201", "20160101"),
        "December rolls into the next year"
    );
    assert_eq!(span(2), ("20160101", "20170101"), "year");
    assert_eq!(
        span(3),
        ("20160201", "20160301"),
        "approximate leap February"
    );
    assert_eq!(span(4), ("20160229", "20160301"), "leap day");
    assert_eq!(
        span(5),
        ("20150601", "20151001"),
        "an interval spans all of it"
    );
    assert_eq!(
        span(6),
        ("20190301", "20190401"),
        "a bound spans the date it names"
    );
}

#[test]
fn ics_event_text_is_escaped_and_round_trips() {
    let cal = calendar();
    let props = &cal.events[0].properties;
    let summary = value(props, "SUMMARY");
    assert_eq!(
        summary,
        "Panel says \"not yet\"\\; council\\, again\\\\ slow\\nsecond line"
    );
    assert_eq!(unescape(summary), AWKWARD_TITLE);
    assert_eq!(
        value(props, "URL"),
        "https://example.org:8443/biip/events/2015-09-11-public-meeting/"
    );
    assert_eq!(
        value(props, "CATEGORIES"),
        "Public meeting,Governance\\, oversight,Finance"
    );
    let description = unescape(value(props, "DESCRIPTION"));
    assert_eq!(
        description,
        "The panel met, in public; people asked \"why?\"\n\nSources:\n\
         - Panel publishes report, at last (Birmingham City Council), a.txt\n\
         - Council responds (Birmingham Post), b.txt"
    );
    let approx = unescape(value(&cal.events[3].properties, "DESCRIPTION"));
    assert!(
        approx.contains("Date: c. February 2016 (the source says “next month”)"),
        "{approx}"
    );
}

#[test]
fn ics_lines_end_with_crlf_and_fold_at_75_octets() {
    let text = exports().ics;
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    assert_eq!(text.matches('\r').count(), text.matches("\r\n").count());
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    // The long multibyte title is folded, and unfolds back to the original.
    let summary_line = format!("SUMMARY:{}", long_title());
    assert!(summary_line.len() > 75);
    assert!(!text.contains(&summary_line), "it must be folded");
    assert!(text.contains(&format!("SUMMARY:{}", &long_title()[..9])));
    assert!(unfold(&text).split("\r\n").any(|line| line == summary_line));
    let cal = calendar();
    assert_eq!(value(&cal.events[2].properties, "SUMMARY"), long_title());
}

#[test]
fn fold_line_splits_on_character_boundaries() {
    // 74 ASCII octets then a 3-octet character: it does not fit in the first 75 octets.
    let line = format!("{}€€", "x".repeat(74));
    let folded = export::fold_line(&line);
    assert_eq!(folded, format!("{}\r\n €€\r\n", "x".repeat(74)));
    assert_eq!(export::fold_line("SHORT:line"), "SHORT:line\r\n");
    let exactly = "y".repeat(75);
    assert_eq!(export::fold_line(&exactly), format!("{exactly}\r\n"));
    let longer = "z".repeat(75 + 74 + 1);
    assert_eq!(
        export::fold_line(&longer),
        format!("{}\r\n {}\r\n {}\r\n", "z".repeat(75), "z".repeat(74), "z")
    );
}

#[test]
fn escape_text_covers_the_rfc_5545_specials() {
    assert_eq!(export::escape_text("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
    assert_eq!(
        export::escape_text("crlf\r\nand cr\rend"),
        "crlf\\nand cr\\nend"
    );
    assert_eq!(export::escape_text("bell\u{7}gone"), "bellgone");
    assert_eq!(export::escape_text("colon: fine"), "colon: fine");
}

#[test]
fn ical_span_covers_every_day_a_date_may_stand_for() {
    let span = |when: When| export::ical_span(&when);
    let point = |date| When::exact(date);
    assert_eq!(
        span(point(PartialDate::day(2015, 12, 31))),
        (DayKey::new(2015, 12, 31), DayKey::new(2016, 1, 1))
    );
    assert_eq!(
        span(point(PartialDate::month(2015, 12))),
        (DayKey::new(2015, 12, 1), DayKey::new(2016, 1, 1))
    );
    assert_eq!(
        span(point(PartialDate::month(2016, 2))),
        (DayKey::new(2016, 2, 1), DayKey::new(2016, 3, 1))
    );
    assert_eq!(
        span(point(PartialDate::day(2015, 2, 28))),
        (DayKey::new(2015, 2, 28), DayKey::new(2015, 3, 1))
    );
    assert_eq!(
        span(point(PartialDate::year(2019))),
        (DayKey::new(2019, 1, 1), DayKey::new(2020, 1, 1))
    );
    let month = |y, m| DatePoint::exact(PartialDate::month(y, m));
    assert_eq!(
        span(When::Between(month(2014, 12), month(2015, 2))),
        (DayKey::new(2014, 12, 1), DayKey::new(2015, 3, 1))
    );
    assert_eq!(
        span(When::From(month(2014, 12))),
        (DayKey::new(2014, 12, 1), DayKey::new(2015, 1, 1))
    );
}

#[test]
fn url_host_strips_scheme_user_and_port() {
    assert_eq!(export::url_host("https://example.org/biip/"), "example.org");
    assert_eq!(
        export::url_host("https://u@example.org:8443/"),
        "example.org"
    );
    assert_eq!(export::url_host("http://[::1]:8080/"), "[::1]");
    assert_eq!(export::url_host("https://example.org"), "example.org");
}

#[test]
fn empty_dataset_still_makes_valid_files() {
    let files = export::all(&Dataset::default(), SITE);
    let v: Value = serde_json::from_str(&files.json).expect("parses");
    assert_eq!(v["events"], serde_json::json!([]));
    assert_eq!(files.csv, format!("{}\r\n", export::CSV_COLUMNS.join(",")));
    let cal = ical::IcalParser::new(files.ics.as_bytes())
        .next()
        .expect("one calendar")
        .expect("parses");
    assert!(cal.events.is_empty());
}

proptest! {
    #[test]
    fn folding_round_trips_and_respects_the_limit(s in "\\PC{0,300}") {
        let line = format!("DESCRIPTION:{}", export::escape_text(&s));
        let folded = export::fold_line(&line);
        prop_assert!(folded.ends_with("\r\n"));
        for physical in folded.trim_end_matches("\r\n").split("\r\n") {
            prop_assert!(physical.len() <= 75);
        }
        prop_assert_eq!(unfold(&folded), format!("{line}\r\n"));
    }

    #[test]
    fn escaping_round_trips(s in "[a-z;,\\\\\n :é€]{0,60}") {
        let escaped = export::escape_text(&s);
        prop_assert!(!escaped.contains('\n'));
        prop_assert_eq!(unescape(&escaped), s);
    }
}

#[test]
fn exported_dates_read_back_as_the_dates_they_were() {
    let source = dataset();
    let v = json_value();
    let events = v["events"].as_array().expect("events");
    let text = exports().csv;
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
    for ((json, row), event) in events.iter().zip(&rows).zip(&source.events) {
        let written = json["date"].as_str().expect("a date string");
        assert_eq!(
            biip_core::loader::parse_when(written),
            Ok(event.date.when),
            "{written}"
        );
        assert_eq!(&row[2], written, "CSV and JSON give the same EDTF");
    }
}

#[test]
fn people_json_carries_posts_and_tenures_in_edtf() {
    let v: Value = serde_json::from_str(&exports().people).expect("people.json parses");
    assert_eq!(v["people"][0]["id"], "john-crabtree");
    assert_eq!(v["people"][0]["posts"], serde_json::json!(["biip-chair"]));
    let post = &v["posts"][0];
    assert_eq!(post["holders"], "one");
    let tenure = &post["tenures"][0];
    assert_eq!(tenure["start"], Value::Null, "no source gives a start");
    assert_eq!(tenure["end"], "../2019-04");
    assert_eq!(tenure["display"], "out of post by April 2019");
    assert_eq!(tenure["seen"][0]["date"], "2016-03");
    assert_eq!(tenure["seen"][0]["words"], "John Crabtree OBE (chair)");
    let end = tenure["end"].as_str().expect("EDTF");
    assert!(biip_core::loader::parse_when(end).is_ok());
}

#[test]
fn a_download_is_named_for_its_filter_in_safe_characters() {
    use biip_core::export::download_name;
    assert_eq!(download_name("", "csv"), "biip-timeline-all.csv");
    assert_eq!(
        download_name("q=council&tag=finance", "csv"),
        "biip-timeline-q-council-tag-finance.csv"
    );
    assert_eq!(
        download_name("q=Café+%2F..%2F&from=2015-06", "ics"),
        "biip-timeline-q-cafe-2f-2f-from-2015-06.ics"
    );
    let long = download_name(&"q=word&".repeat(100), "json");
    assert!(
        long.len() <= "biip-timeline-".len() + 86 + ".json".len(),
        "{long}"
    );
    assert!(!long.contains("--") && !long.contains("-."), "{long}");
}

#[test]
fn a_view_exports_only_its_events_in_its_order_with_the_same_writers() {
    let data = dataset();
    assert!(data.events.len() >= 2);
    let view = biip_core::export::view_of(&data, &[1, 0, 99]);
    assert_eq!(view.events.len(), 2);
    assert_eq!(view.events[0].id, data.events[1].id);
    assert_eq!(view.sources, data.sources);
    let csv = biip_core::export::csv(&view, "https://example.org/");
    let rows = ::csv::Reader::from_reader(csv.as_bytes()).records().count();
    assert_eq!(rows, 2);
}
