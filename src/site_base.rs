//! Where the app is served from: the path in the page's `<base href>`, which Trunk fills from
//! `--public-url`, so every internal link and the router work under a sub-path.

use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// The sub-path the app lives under, without a trailing slash: `""` at the site root,
/// `"/timeline"` under `/timeline/`.
pub fn base() -> &'static str {
    BASE.get_or_init(read_base).as_str()
}

fn read_base() -> String {
    let document = leptos::prelude::document();
    // Without a <base> element `baseURI` is the page itself, not the app's root.
    let has_base = document
        .query_selector("base[href]")
        .ok()
        .flatten()
        .is_some();
    if !has_base {
        return String::new();
    }
    let Ok(Some(base_uri)) = document.base_uri() else {
        return String::new();
    };
    let origin = leptos::prelude::window()
        .location()
        .origin()
        .unwrap_or_default();
    let path = base_uri.strip_prefix(&origin).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    path.trim_end_matches('/').to_string()
}

/// The address of an app path (starting with `/`) as a link's `href`, under the base.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}

/// The full address of an app path such as `/?q=audit` or `/embed.js`, under the base: for
/// links that leave the page, like the snippet another site pastes.
pub fn absolute(path: &str) -> String {
    let origin = leptos::prelude::window()
        .location()
        .origin()
        .unwrap_or_default();
    format!("{origin}{}", href(path))
}

/// The app path for a browser path, i.e. without the base; `None` when outside the app.
pub fn app_path(browser_path: &str) -> Option<&str> {
    let rest = browser_path.strip_prefix(base())?;
    if rest.is_empty() {
        Some("/")
    } else if rest.starts_with('/') {
        Some(rest)
    } else {
        None
    }
}
