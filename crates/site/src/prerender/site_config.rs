//! Where the site is deployed: the path it is served under and its absolute public address,
//! for canonical links, link previews, the sitemap and the open data.

use biip_core::site::event_path;

/// Where the site lives: the path it is served under and its absolute public address.
#[derive(Clone, Debug)]
pub struct SiteConfig {
    /// Path prefix, starting and ending with `/`, e.g. `/` or `/some/path/`.
    pub public_url: String,
    /// Absolute address of the site's root, ending with `/`, e.g. `https://example.org/biip/`.
    pub site_url: String,
}

impl SiteConfig {
    /// An event's address under the public path, e.g. `/some/path/events/<id>/`.
    pub fn event_path(&self, id: &str) -> String {
        self.path(&event_path(id))
    }

    /// App path `path` (which starts with `/`) under the public path.
    pub fn path(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }

    /// An event's absolute address, e.g. `https://example.org/some/path/events/<id>/`.
    pub fn event_url(&self, id: &str) -> String {
        self.url(&event_path(id))
    }

    /// The absolute address of app path `path` (which starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.site_url.trim_end_matches('/'))
    }
}
