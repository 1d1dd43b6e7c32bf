//! The Leptos app of the Birmingham Improvement Panel timeline: routes, pages and components
//! over the dataset compiled into the wasm. State lives in the URL; `main.rs` only mounts this.

mod app;
mod catalog;
mod components;
mod dom;
mod page_meta;
mod routes;
mod site_base;
mod url_filter;

/// Replaces the page body with the app.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
