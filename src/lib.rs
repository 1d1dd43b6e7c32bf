//! The Leptos app (placeholder while the core lands).
use leptos::prelude::*;

pub fn mount() {
    leptos::mount::mount_to_body(|| view! { <p>"BIIP timeline"</p> });
}
