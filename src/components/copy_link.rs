//! The "Copy link" button: puts the page's address on the clipboard and says so politely.
//! Where the clipboard API is missing or refused, it selects the address for a manual copy.
//! The two ways of copying are shared with the embed code's copy buttons.

use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[component]
pub fn CopyLink() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let show_fallback = RwSignal::new(false);
    let fallback_input = NodeRef::<Input>::new();

    let copy = move |_| {
        let url = window().location().href().unwrap_or_default();
        status.set(String::new());
        leptos::task::spawn_local(async move {
            let message = if write_to_clipboard(&url).await {
                "Link copied"
            } else {
                show_fallback.set(true);
                if select_and_copy(fallback_input, &url) {
                    "Link copied"
                } else {
                    "The link is selected: press Ctrl+C (or ⌘C) to copy it"
                }
            };
            status.set(message.to_string());
        });
    };

    view! {
        <div class="copy-link">
            <button type="button" class="button" on:click=copy>
                "Copy link"
            </button>
            <span class="copy-status" role="status" aria-live="polite" data-testid="copy-status">
                {move || status.get()}
            </span>
            <label class="copy-fallback" hidden=move || !show_fallback.get()>
                <span class="visually-hidden">"Link to this page"</span>
                <input type="text" readonly node_ref=fallback_input />
            </label>
        </div>
    }
}

/// True when the asynchronous clipboard API took the text.
pub(crate) async fn write_to_clipboard(text: &str) -> bool {
    let navigator = window().navigator();
    // `navigator.clipboard` is missing outside secure contexts; calling it would throw.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|value| !value.is_undefined() && !value.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Shows the address in the fallback field, selects it and tries the old copy command;
/// true if that copied it.
fn select_and_copy(field: NodeRef<Input>, url: &str) -> bool {
    let Some(input) = field.get_untracked() else {
        return false;
    };
    input.set_value(url);
    if let Some(label) = input.parent_element() {
        let _ = label.remove_attribute("hidden");
    }
    let _ = input.focus();
    input.select();
    copy_selection()
}

/// Copies the current selection with the old copy command; true if that worked.
pub(crate) fn copy_selection() -> bool {
    document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|doc| doc.exec_command("copy").ok())
        .unwrap_or(false)
}
