//! The pure core of the Birmingham Improvement Panel timeline.
//!
//! It owns the model, the loading and validation of `data/`, the query engine, the URL state
//! codec and the open-data exports. It has no web code: the build step and the wasm app both
//! use it, so there is one parser and one model.

pub mod axis;
pub mod axis_range;
pub mod changes;
pub mod date;
pub mod entities;
#[cfg(feature = "export")]
pub mod export;
pub mod filter;
pub mod in_post;
#[cfg(feature = "loader")]
pub mod loader;
pub mod model;
#[cfg(feature = "export")]
pub mod people_json;
pub mod query;
pub mod site;
pub mod source_text;
pub mod suggest;
pub mod synthetic;
pub mod text;
pub mod url_state;

pub use date::{DatePoint, EventDate, PartialDate, When};
pub use model::*;
