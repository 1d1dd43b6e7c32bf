//! The Content Security Policy every HTML page carries, as a `<meta>` the build writes so it
//! works on any static host. Inline scripts run only by the SHA-256 of their text, computed here
//! from the page as written, never kept by hand; no `'unsafe-inline'`, no `'unsafe-eval'`
//! (`'wasm-unsafe-eval'` lets the app's WebAssembly compile). What a `<meta>` cannot say
//! (`frame-ancestors`, the other security headers) is in `docs/deploy.md`.

use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The policy's directives apart from the scripts' hashes. Every fetch the app makes goes to
/// its own origin: its files, the service worker, the manifest and the article data.
const FIXED_DIRECTIVES: [&str; 9] = [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
];
// Not `require-trusted-types-for 'script'`: Leptos's renderer assigns `innerHTML` (its
// templates) from the wasm's JavaScript glue, which Trusted Types then blocks, so the app
// fails to start; only a `default` policy that lets every string through would satisfy it,
// and that protects nothing (tried; docs/deploy.md).

/// The `'sha256-…'` source of every script in `html` that runs inline (a `<script>` without
/// `src` whose type is JavaScript or a module; JSON-LD and other data blocks never run).
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let document = scraper::Html::parse_document(html);
    let scripts = scraper::Selector::parse("script:not([src])").expect("a valid selector");
    let mut hashes: Vec<String> = document
        .select(&scripts)
        .filter(|script| {
            let kind = script.value().attr("type").unwrap_or("").trim();
            kind.is_empty() || kind.eq_ignore_ascii_case("module") || kind.ends_with("javascript")
        })
        .map(|script| {
            let text: String = script.text().collect();
            let digest = Sha256::digest(text.as_bytes());
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    hashes.dedup();
    hashes
}

/// The whole policy for a page whose inline scripts have `hashes`.
pub fn policy(hashes: &[String]) -> String {
    let mut scripts = vec!["script-src 'self' 'wasm-unsafe-eval'".to_string()];
    scripts.extend(hashes.iter().cloned());
    let mut directives = vec![scripts.join(" ")];
    directives.extend(FIXED_DIRECTIVES.iter().map(|d| d.to_string()));
    directives.join("; ")
}

/// `html` with its policy as the first element of `<head>` (before any script it governs).
pub fn with_policy(html: &str) -> Result<String, String> {
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(&inline_script_hashes(html))
    );
    let head = html
        .find("<head>")
        .ok_or("the page has no <head> to put its security policy in")?
        + "<head>".len();
    Ok(format!("{}\n  {meta}{}", &html[..head], &html[head..]))
}

/// Gives every HTML page under `dist` its policy.
pub fn apply_to_pages(dist: &Path) -> Result<usize, String> {
    let mut files = Vec::new();
    super::service_worker::files_under(dist, &mut files)?;
    let pages: Vec<_> = files
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        .collect();
    for page in &pages {
        let html = std::fs::read_to_string(page)
            .map_err(|e| format!("cannot read {}: {e}", page.display()))?;
        let html = with_policy(&html).map_err(|e| format!("{}: {e}", page.display()))?;
        std::fs::write(page, html).map_err(|e| format!("cannot write {}: {e}", page.display()))?;
    }
    Ok(pages.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html><head><meta charset=\"utf-8\">\
        <script>document.documentElement.className = 'js';</script>\
        <script type=\"module\">import init from './app.js'; init();</script>\
        <script type=\"application/ld+json\">{\"@type\": \"Event\"}</script>\
        <script src=\"pwa.js\" defer></script></head><body></body></html>";

    #[test]
    fn each_inline_script_that_runs_is_allowed_by_its_hash_and_nothing_else() {
        let hashes = inline_script_hashes(PAGE);
        assert_eq!(hashes.len(), 2, "{hashes:?}");
        // `echo -n "document.documentElement.className = 'js';" | openssl sha256 -binary | base64`
        assert_eq!(
            hashes[0],
            "'sha256-VDVDNNRTREupwUTWnq6itaNdc1TFEVFbXV4xlAS7Gow='"
        );
        let policy = policy(&hashes);
        assert!(policy.starts_with("script-src 'self' 'wasm-unsafe-eval' 'sha256-"));
        for forbidden in ["unsafe-inline", "'unsafe-eval'", "*"] {
            assert!(!policy.contains(forbidden), "{forbidden} in {policy}");
        }
        assert!(policy.contains("default-src 'none'"));
    }

    #[test]
    fn the_policy_comes_first_in_the_head() {
        let page = with_policy(PAGE).unwrap();
        let meta = page.find("Content-Security-Policy").unwrap();
        assert!(meta < page.find("<meta charset").unwrap());
        assert!(meta < page.find("<script").unwrap());
        assert!(with_policy("<html><body></body></html>").is_err());
    }
}
