//! An event's date as a reader says it ("c. March 2016"), marked up as a machine-readable
//! `<time>` at the date's own precision.

use crate::dom::{el, El};
use biip_core::EventDate;

/// `<time datetime="…">…</time>` as plain DOM.
pub fn date_label(date: &EventDate) -> El {
    el("time")
        .attr("datetime", &date.date.iso())
        .text(&date.human())
}
