//! Where the app is served from: the sub-path in the page's `<base href>`, which Trunk fills
//! from `--public-url`, so every internal link and the router work under a sub-path. At build
//! time the build step names it (`crate::render`); in the browser it is read from the page.

#[cfg(not(feature = "ssr"))]
static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// The sub-path the app lives under, without a trailing slash: `""` at the site root,
/// `"/timeline"` under `/timeline/`.
#[cfg(not(feature = "ssr"))]
pub fn base() -> &'static str {
    BASE.get_or_init(read_base).as_str()
}

#[cfg(feature = "ssr")]
thread_local! {
    static RENDER_BASE: std::cell::Cell<&'static str> = const { std::cell::Cell::new("") };
}

#[cfg(feature = "ssr")]
pub fn base() -> &'static str {
    RENDER_BASE.with(std::cell::Cell::get)
}

/// Sets the base for the pages rendered next on this thread (`public_url` as Trunk takes it,
/// `/` or `/some/path/`).
#[cfg(feature = "ssr")]
pub fn set_render_base(public_url: &str) {
    let base = public_url.trim_end_matches('/').to_string();
    RENDER_BASE.with(|cell| cell.set(Box::leak(base.into_boxed_str())));
}

#[cfg(not(feature = "ssr"))]
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

/// The link to an event's page, carrying the reader's filters (`suffix`: `?…` or empty).
pub fn event_href(id: &str, suffix: &str) -> String {
    href(&format!("{}{suffix}", biip_core::site::event_path(id)))
}

/// The full address of an app path such as `/?q=audit` or `/embed.js`, under the base: for
/// links that leave the page, like the snippet another site pastes. Only the browser knows
/// the origin; rendered at build time, it is the path alone.
pub fn absolute(path: &str) -> String {
    #[cfg(not(feature = "ssr"))]
    let origin = leptos::prelude::window()
        .location()
        .origin()
        .unwrap_or_default();
    #[cfg(feature = "ssr")]
    let origin = "";
    format!("{origin}{}", href(path))
}

/// The app path for a browser path, i.e. without the base; `None` when outside the app or when
/// the path could leave the site (`//host`, `/\host`): such a path never becomes a link.
pub fn app_path(browser_path: &str) -> Option<&str> {
    let rest = browser_path.strip_prefix(base())?;
    let rest = if rest.is_empty() { "/" } else { rest };
    let stays_on_site =
        rest.starts_with('/') && !rest.starts_with("//") && !rest.starts_with("/\\");
    stays_on_site.then_some(rest)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn a_path_that_could_leave_the_site_is_not_an_app_path() {
        set_render_base("/");
        assert_eq!(app_path("/events/x/"), Some("/events/x/"));
        assert_eq!(app_path("//evil.example/"), None);
        assert_eq!(app_path("/\\evil.example/"), None);
        set_render_base("/some/path/");
        assert_eq!(app_path("/some/path"), Some("/"));
        assert_eq!(app_path("/some/path//evil.example/"), None);
        assert_eq!(app_path("/some/pathology"), None);
    }
}
