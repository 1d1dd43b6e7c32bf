//! One module per page: the timeline, an event, the sources, the record of changes, and the
//! page for addresses that lead nowhere.

pub mod changes;
pub mod event;
pub mod not_found;
pub mod sources;
pub mod timeline;
