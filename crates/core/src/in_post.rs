//! Who held each of the axis's posts at an event's date, and how sure the sources let us be.
//! A tenure is one unbroken time in post, so a source showing the person in post (a start, a
//! "seen" date) on or before the date and another on or after it shows them in post on it. A
//! tenure that may have covered the date without such evidence is only possible: the page says
//! so rather than choosing.

use crate::axis::LANE_POSTS;
use crate::date::{days_in_month, DayKey, When};
use crate::model::{Dataset, Post, Tenure};

/// How far the sources settle that someone held a post at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// Sources show them in post on or before the date's first day and on or after its last.
    Shown,
    /// Their tenure may have covered the date, but no source settles it.
    Possible,
}

/// One post at a date: who the sources show in it, or, when they show no one, who may have
/// held it.
#[derive(Clone, Debug, PartialEq)]
pub struct PostAtDate<'a> {
    pub post: &'a Post,
    pub certainty: Certainty,
    /// Empty when no tenure in the data may have covered the date.
    pub holders: Vec<&'a Tenure>,
}

/// The posts of the axis's lanes at `when`, in the lanes' order.
pub fn posts_at<'a>(dataset: &'a Dataset, when: &When) -> Vec<PostAtDate<'a>> {
    let (first, last) = (when.earliest(), when.latest());
    LANE_POSTS
        .iter()
        .filter_map(|id| dataset.posts.iter().find(|post| post.id == *id))
        .map(|post| {
            let shown: Vec<&Tenure> = post
                .tenures
                .iter()
                .filter(|tenure| match (sure_window(tenure), first, last) {
                    (Some((from, to)), Some(first), Some(last)) => from <= first && last <= to,
                    _ => false,
                })
                .collect();
            if shown.is_empty() {
                let holders = post
                    .tenures
                    .iter()
                    .filter(|t| t.may_cover(when))
                    .filter(|t| !(post.single_holder && displaced(t, post, first, last)))
                    .collect();
                PostAtDate {
                    post,
                    certainty: Certainty::Possible,
                    holders,
                }
            } else {
                PostAtDate {
                    post,
                    certainty: Certainty::Shown,
                    holders: shown,
                }
            }
        })
        .collect()
}

/// Evidence that a person was in post: some day on or before `.0`, and some day on or after
/// `.1`. A start shows them in post from its latest day; a "seen" date shows them in post on
/// some day it may stand for; an end shows them in post the day before its earliest.
fn evidence(tenure: &Tenure) -> (Option<DayKey>, Option<DayKey>) {
    let seen_by = tenure.seen.iter().filter_map(|s| s.when.latest()).min();
    let start_by = tenure.start.as_ref().and_then(When::latest);
    let seen_after = tenure.seen.iter().filter_map(|s| s.when.earliest()).max();
    let end_after = tenure.end.as_ref().and_then(When::earliest).map(day_before);
    (
        [seen_by, start_by].into_iter().flatten().min(),
        [seen_after, end_after].into_iter().flatten().max(),
    )
}

/// The days the sources show the person in post throughout: a tenure is one unbroken time, so
/// from the latest day evidence places them in post on or before, to the earliest day evidence
/// places them in post on or after.
fn sure_window(tenure: &Tenure) -> Option<(DayKey, DayKey)> {
    match evidence(tenure) {
        (Some(from), Some(to)) if from <= to => Some((from, to)),
        _ => None,
    }
}

/// In a post one person holds at a time, whether another holder's time in post shows this
/// tenure cannot have covered the date: it was in post before someone who was already in post
/// by the date's first day, or after someone who was still in post on its last.
fn displaced(tenure: &Tenure, post: &Post, first: Option<DayKey>, last: Option<DayKey>) -> bool {
    let (before, after) = evidence(tenure);
    post.tenures
        .iter()
        .filter(|other| !std::ptr::eq(*other, tenure))
        .filter_map(sure_window)
        .any(|(from, to)| {
            let ended_earlier =
                before.is_some_and(|b| b < from) && first.is_some_and(|first| from <= first);
            let started_later =
                after.is_some_and(|a| a > to) && last.is_some_and(|last| last <= to);
            ended_earlier || started_later
        })
}

fn day_before(day: DayKey) -> DayKey {
    if day.day() > 1 {
        DayKey::new(day.year(), day.month(), day.day() - 1)
    } else if day.month() > 1 {
        let month = day.month() - 1;
        DayKey::new(day.year(), month, days_in_month(day.year(), month))
    } else {
        DayKey::new(day.year() - 1, 12, 31)
    }
}
