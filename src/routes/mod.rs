//! One module per page: the timeline, an event, and the page for addresses that lead nowhere.

pub mod event;
pub mod not_found;
pub mod timeline;
