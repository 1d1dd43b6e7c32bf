//! The Leptos app of the Birmingham Improvement Panel timeline: routes, pages and components
//! over the dataset compiled into the wasm. State lives in the URL.
//!
//! One set of views serves both sides: the build step renders them to HTML for every route
//! (`render`, feature `ssr`), and the wasm takes over that HTML (`start`, feature `hydrate`).

#![recursion_limit = "256"]

mod app;
mod articles;
mod broadcast;
mod catalog;
mod components;
mod page_meta;
mod routes;
mod site_base;
mod start;
mod url_filter;

#[cfg(feature = "ssr")]
pub mod render;

#[cfg(feature = "hydrate")]
pub use start::start;
