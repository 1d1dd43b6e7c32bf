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
    // Every change starts a timer, and only the timer of the latest change speaks. The timers
    // are left to fire rather than cleared: a cleared timer's callback never runs, and
    // wasm-bindgen frees a one-shot callback only when it runs, so clearing kept one per
    // keystroke (issue 15).
    let latest_change = StoredValue::new(0_u64);
    Effect::new(move |_| {
        let latest = message.get();
        let Some(change) = latest_change.try_update_value(|n| {
            *n += 1;
            *n
        }) else {
            return;
        };
        let speak = move || {
            if latest_change.try_get_value() == Some(change) {
                spoken.try_set(latest);
            }
        };
        set_timeout(speak, SETTLE);
    });
    view! {
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {spoken}
        </p>
    }
}
