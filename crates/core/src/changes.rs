//! The timeline's public record of changes: every event added and every correction made,
//! newest first. The `/changes/` page and the Atom feed both list it from here.

use crate::date::PartialDate;
use crate::model::{Correction, Dataset, Event};

/// One entry of the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change<'a> {
    pub date: PartialDate,
    /// The index of the event in the dataset.
    pub event: usize,
    pub what: ChangeKind<'a>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind<'a> {
    /// The event was published.
    Added,
    /// The event's `number`th correction (from 1, oldest first).
    Corrected {
        number: usize,
        correction: &'a Correction,
    },
}

impl Change<'_> {
    /// A name for this entry that never changes: the fragment of its place on the event page,
    /// `added` or `correction-2`. With the event's URL it identifies the entry in the feed.
    pub fn anchor(&self) -> String {
        match self.what {
            ChangeKind::Added => "added".to_string(),
            ChangeKind::Corrected { number, .. } => correction_anchor(number),
        }
    }
}

/// The fragment of an event's `number`th correction on its page.
pub fn correction_anchor(number: usize) -> String {
    format!("correction-{number}")
}

/// Every addition and correction, newest first; on one day, corrections before additions, and
/// events in timeline order.
pub fn change_log(dataset: &Dataset) -> Vec<Change<'_>> {
    let mut log: Vec<Change<'_>> = Vec::new();
    for (index, event) in dataset.events.iter().enumerate() {
        log.push(Change {
            date: event.added,
            event: index,
            what: ChangeKind::Added,
        });
        log.extend(corrections(index, event));
    }
    log.sort_by(|a, b| {
        b.date
            .start()
            .cmp(&a.date.start())
            .then_with(|| is_addition(a).cmp(&is_addition(b)))
            .then_with(|| a.event.cmp(&b.event))
    });
    log
}

fn corrections(index: usize, event: &Event) -> impl Iterator<Item = Change<'_>> {
    event
        .corrections
        .iter()
        .enumerate()
        .map(move |(i, correction)| Change {
            date: correction.date,
            event: index,
            what: ChangeKind::Corrected {
                number: i + 1,
                correction,
            },
        })
}

fn is_addition(change: &Change<'_>) -> bool {
    matches!(change.what, ChangeKind::Added)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic;

    #[test]
    fn newest_first_with_corrections_before_additions_on_a_day() {
        let mut dataset = synthetic::dataset(3, 3, 7);
        dataset.events[0].added = PartialDate::day(2026, 11, 28);
        dataset.events[1].added = PartialDate::day(2026, 12, 2);
        dataset.events[2].added = PartialDate::day(2026, 11, 28);
        dataset.events[0].corrections = vec![Correction {
            date: PartialDate::day(2026, 12, 2),
            what: "Was X; is Y.".into(),
            why: "001 says Y.".into(),
        }];
        let log = change_log(&dataset);
        let shown: Vec<(usize, String)> = log.iter().map(|c| (c.event, c.anchor())).collect();
        assert_eq!(
            shown,
            [
                (0, "correction-1".to_string()),
                (1, "added".to_string()),
                (0, "added".to_string()),
                (2, "added".to_string()),
            ]
        );
    }
}
