//! Who held each post at a date, over the real dataset: shown where sources bracket the date,
//! only possible where they do not, and never a person whose tenure cannot have covered it.

use biip_core::in_post::{posts_at, Certainty, PostAtDate};
use biip_core::loader::parse_when;
use biip_core::Dataset;

fn dataset() -> Dataset {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    biip_core::loader::load_dir(&data).expect("data/ validates")
}

fn leader<'a>(dataset: &'a Dataset, date: &str) -> PostAtDate<'a> {
    let when = parse_when(date).expect("a date");
    posts_at(dataset, &when)
        .into_iter()
        .find(|p| p.post.id == "bcc-leader")
        .expect("the leader's lane")
}

fn people(post: &PostAtDate) -> Vec<String> {
    post.holders.iter().map(|t| t.person.clone()).collect()
}

#[test]
fn a_leader_the_sources_bracket_is_shown() {
    let dataset = dataset();
    // Started December 2015, still leader on 4 August 2017 (000).
    let on = leader(&dataset, "2017-08-04");
    assert_eq!(on.certainty, Certainty::Shown);
    assert_eq!(people(&on), ["john-clancy"]);
    // Between the start and an end that surely came later.
    let mid = leader(&dataset, "2016-06");
    assert_eq!(mid.certainty, Certainty::Shown);
    assert_eq!(people(&mid), ["john-clancy"]);
    // Started at the latest in 2018, seen in post in April 2019.
    let later = leader(&dataset, "2019-01-15");
    assert_eq!(later.certainty, Certainty::Shown);
    assert_eq!(people(&later), ["ian-ward"]);
}

#[test]
fn a_gap_the_sources_leave_is_only_possible() {
    let dataset = dataset();
    // Sir Albert was last seen in post by 10 September 2015; no source gives his end, and
    // Cllr Clancy's tenure starts in December.
    let gap = leader(&dataset, "2015-10-15");
    assert_eq!(gap.certainty, Certainty::Possible);
    assert_eq!(people(&gap), ["albert-bore"]);
    // In the month of Cllr Clancy's resignation, he or Cllr Ward may have been leader; Sir
    // Albert, whose time came before Cllr Clancy's, may not.
    let change = leader(&dataset, "2017-09");
    assert_eq!(change.certainty, Certainty::Possible);
    assert_eq!(people(&change), ["john-clancy", "ian-ward"]);
}

#[test]
fn a_date_with_an_open_end_is_never_shown() {
    let dataset = dataset();
    let open = leader(&dataset, "../2016-06");
    assert_eq!(open.certainty, Certainty::Possible);
    assert!(people(&open).contains(&"albert-bore".to_string()));
    // A month after it, the data leave only Cllr Ward.
    assert_eq!(people(&leader(&dataset, "2017-10")), ["ian-ward"]);
}

#[test]
fn every_lane_post_is_answered_in_order() {
    let dataset = dataset();
    let when = parse_when("2017-08-04").unwrap();
    let posts: Vec<&str> = posts_at(&dataset, &when)
        .iter()
        .map(|p| p.post.id.as_str())
        .collect();
    assert_eq!(posts, biip_core::axis::LANE_POSTS);
}
