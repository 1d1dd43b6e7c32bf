//! Writes `sw.js`: the service worker template with the list of every file in the built site,
//! each with its SHA-256, and a build version derived from them. Nobody keeps the list by hand.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const VERSION_MARKER: &str = "/*BIIP_VERSION*/'dev'";
const PRECACHE_MARKER: &str = "/*BIIP_PRECACHE*/[]";
pub const WORKER_FILE: &str = "sw.js";

/// One file the worker must cache, by its URL relative to the site root.
#[derive(Debug, PartialEq, Eq)]
pub struct PrecacheEntry {
    pub url: String,
    pub sha256: String,
    pub bytes: u64,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Every file under `dir`, in its folders too.
pub(super) fn files_under(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
            .path();
        if path.is_dir() {
            files_under(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// The URL a file is requested by: a folder's `index.html` is asked for as the folder.
fn url_for(relative: &str) -> String {
    match relative.strip_suffix("index.html") {
        Some("") => "./".to_string(),
        Some(folder) if folder.ends_with('/') => folder.to_string(),
        _ => relative.to_string(),
    }
}

/// Every file in `dist` except the worker itself, sorted by URL.
pub fn precache_entries(dist: &Path) -> Result<Vec<PrecacheEntry>, String> {
    let mut paths = Vec::new();
    files_under(dist, &mut paths)?;
    let mut entries = Vec::new();
    for path in paths {
        let relative = path
            .strip_prefix(dist)
            .map_err(|_| format!("{} is outside {}", path.display(), dist.display()))?
            .to_string_lossy()
            .replace('\\', "/");
        if relative == WORKER_FILE {
            continue;
        }
        let contents =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        entries.push(PrecacheEntry {
            url: url_for(&relative),
            sha256: hex(&Sha256::digest(&contents)),
            bytes: contents.len() as u64,
        });
    }
    entries.sort_by(|a, b| a.url.cmp(&b.url));
    Ok(entries)
}

/// A short id of the whole build: changes whenever any file's content or name changes.
pub fn build_version(entries: &[PrecacheEntry]) -> String {
    let mut hasher = Sha256::new();
    for entry in entries {
        hasher.update(entry.url.as_bytes());
        hasher.update([0]);
        hasher.update(entry.sha256.as_bytes());
        hasher.update([0]);
    }
    hex(&hasher.finalize())[..16].to_string()
}

/// Fills the template's markers; fails if the template lost one.
pub fn render_worker(template: &str, entries: &[PrecacheEntry]) -> Result<String, String> {
    for marker in [VERSION_MARKER, PRECACHE_MARKER] {
        if !template.contains(marker) {
            return Err(format!(
                "the service worker template has no `{marker}` marker"
            ));
        }
    }
    let list: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| serde_json::json!({ "url": e.url, "sha256": e.sha256 }))
        .collect();
    let precache = serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?;
    let version = serde_json::Value::String(build_version(entries)).to_string();
    Ok(template
        .replace(VERSION_MARKER, &version)
        .replace(PRECACHE_MARKER, &precache))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_pages_are_cached_under_the_folder_url() {
        assert_eq!(url_for("index.html"), "./");
        assert_eq!(url_for("events/a/index.html"), "events/a/");
        assert_eq!(url_for("404.html"), "404.html");
        assert_eq!(url_for("app-1a2b.wasm"), "app-1a2b.wasm");
    }

    #[test]
    fn version_changes_with_any_content() {
        let entry = |sha: &str| PrecacheEntry {
            url: "./".into(),
            sha256: sha.into(),
            bytes: 1,
        };
        assert_ne!(build_version(&[entry("aa")]), build_version(&[entry("ab")]));
        assert_eq!(build_version(&[entry("aa")]), build_version(&[entry("aa")]));
    }

    #[test]
    fn every_file_but_the_worker_is_listed_with_its_hash_and_size() {
        let dist = std::env::temp_dir().join(format!("biip-sw-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        for (file, text) in [
            ("index.html", "home"),
            ("app-1a2b_bg.wasm", "wasm"),
            ("events/a/index.html", "event"),
            ("icons/icon-192.png", "png"),
            ("data/events.json", "[]"),
            (WORKER_FILE, "old worker"),
        ] {
            let path = dist.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let entries = precache_entries(&dist).unwrap();
        std::fs::remove_dir_all(&dist).unwrap();
        let urls: Vec<&str> = entries.iter().map(|e| e.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "./",
                "app-1a2b_bg.wasm",
                "data/events.json",
                "events/a/",
                "icons/icon-192.png"
            ]
        );
        let home = &entries[0];
        assert_eq!(home.sha256, hex(&Sha256::digest(b"home")));
        assert_eq!(home.bytes, 4);
    }

    #[test]
    fn rendering_fills_both_markers() {
        let template = "const V = /*BIIP_VERSION*/'dev'; const P = /*BIIP_PRECACHE*/[];";
        let entries = [PrecacheEntry {
            url: "./".into(),
            sha256: "ff".into(),
            bytes: 3,
        }];
        let js = render_worker(template, &entries).unwrap();
        assert!(js.contains("\"sha256\": \"ff\""), "{js}");
        assert!(!js.contains("'dev'"), "{js}");
        assert!(render_worker("no markers", &entries).is_err());
    }
}
