//! One module per page: the timeline, an event, the sources, people, organisations,
//! documents, the record of changes, and the page for addresses that lead nowhere.

pub mod by_id;
pub mod changes;
pub mod documents;
pub mod event;
pub mod not_found;
pub mod organisations;
pub mod people;
pub mod sources;
pub mod timeline;
