//! A visually hidden live region that tells screen-reader users what changed. It waits for a
//! pause before speaking, so typing a search announces one count, not one per key.

use leptos::prelude::*;
use std::time::Duration;

/// How long a message must stay unchanged before it is announced.
const SETTLE: Duration = Duration::from_millis(700);

#[component]
pub fn SettledStatus(#[prop(into)] message: Signal<String>) -> impl IntoView {
    // The first message is in place before the region is read, so it is not announced.
    let spoken = RwSignal::new(message.get_untracked());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let latest = message.get();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || spoken.set(latest), SETTLE).ok();
        pending.set_value(handle);
    });
    view! {
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {spoken}
        </p>
    }
}
