//! `biip-site`: the build step. It validates `data/`, writes the open-data exports and the
//! static pages, using the same core crate as the app.

mod prerender;

use biip_core::loader;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
biip-site: validate the timeline's dataset and write the open-data files.

USAGE:
  biip-site check  [--data DIR] [--sources DIR]
  biip-site export --out DIR [--data DIR] [--site-url URL]
  biip-site build  [--dist DIR] [--public-url PATH] [--site-url URL] [--data DIR]

  `build` runs as Trunk's post_build hook (see Trunk.toml): it reads Trunk's
  TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL, and BIIP_SITE_URL, when the flags are absent.

  --data DIR       the dataset folder (default: data)
  --sources DIR    the source documents, to check cited file names exist
                   (default: ../shared/sources when it exists)
  --out DIR        where to write events.json, events.csv, events.ics and people.json
  --dist DIR       the built site to add pages to (default: $TRUNK_STAGING_DIR or dist)
  --public-url P   the path the site is served under (default: $TRUNK_PUBLIC_URL or /)
  --site-url URL   the site's absolute public address, for canonical links and the
                   exports (default: $BIIP_SITE_URL, else https://example.org + public URL)
";

struct Options {
    command: String,
    data: PathBuf,
    sources: Option<PathBuf>,
    out: Option<PathBuf>,
    dist: Option<PathBuf>,
    public_url: Option<String>,
    site_url: Option<String>,
}

fn parse_args(args: Vec<String>) -> Result<Options, String> {
    let mut iter = args.into_iter();
    let command = iter.next().ok_or("no command given")?;
    let mut options = Options {
        command,
        data: PathBuf::from("data"),
        sources: None,
        out: None,
        dist: None,
        public_url: None,
        site_url: None,
    };
    while let Some(flag) = iter.next() {
        let mut value = || iter.next().ok_or(format!("`{flag}` needs a value"));
        match flag.as_str() {
            "--data" => options.data = PathBuf::from(value()?),
            "--sources" => options.sources = Some(PathBuf::from(value()?)),
            "--out" => options.out = Some(PathBuf::from(value()?)),
            "--site-url" => options.site_url = Some(value()?),
            "--dist" => options.dist = Some(PathBuf::from(value()?)),
            "--public-url" => options.public_url = Some(value()?),
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    if options.sources.is_none() {
        let shared = PathBuf::from("../shared/sources");
        options.sources = shared.is_dir().then_some(shared);
    }
    Ok(options)
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn with_slashes(path: &str) -> String {
    let trimmed = path.trim().trim_matches('/');
    if trimmed.is_empty() {
        "/".to_string()
    } else {
        format!("/{trimmed}/")
    }
}

/// The site's absolute address, ending with `/`. A bare origin (`https://example.github.io`)
/// under a sub-path gets the sub-path, so canonical links match where the pages are served;
/// an address with a path is taken as given.
fn absolute_site_url(url: &str, public_url: &str) -> String {
    let url = url.trim().trim_end_matches('/');
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    if after_scheme.contains('/') {
        format!("{url}/")
    } else {
        format!("{url}{public_url}")
    }
}

/// The public path and absolute address, from flags, then Trunk's and our environment.
fn site_config(options: &Options) -> Result<prerender::SiteConfig, String> {
    let public_url = with_slashes(
        &options
            .public_url
            .clone()
            .or_else(|| env("TRUNK_PUBLIC_URL"))
            .unwrap_or_default(),
    );
    let site_url = match options.site_url.clone().or_else(|| env("BIIP_SITE_URL")) {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
            absolute_site_url(&url, &public_url)
        }
        Some(url) => {
            return Err(format!(
                "the site URL `{url}` must be absolute, starting with https://"
            ))
        }
        None => format!("https://example.org{public_url}"),
    };
    Ok(prerender::SiteConfig {
        public_url,
        site_url,
    })
}

fn load(options: &Options) -> Result<biip_core::Dataset, String> {
    // The same switch as build.rs, so the pages and the app's data agree.
    let synthetic = env(biip_core::synthetic::SWITCH);
    if let Some(dataset) = biip_core::synthetic::from_switch(synthetic.as_deref())? {
        eprintln!(
            "biip-site: {} is set: a synthetic dataset of {} events, not data/",
            biip_core::synthetic::SWITCH,
            dataset.events.len()
        );
        return Ok(dataset);
    }
    let dataset = loader::load_dir(&options.data).map_err(|e| e.to_string())?;
    if let Some(sources) = &options.sources {
        loader::check_source_files(&dataset, sources).map_err(|e| e.to_string())?;
    }
    Ok(dataset)
}

fn run(options: Options) -> Result<(), String> {
    match options.command.as_str() {
        "check" => {
            let dataset = load(&options)?;
            println!(
                "data OK: {} events, {} people, {} organisations, {} documents, {} sources",
                dataset.events.len(),
                dataset.people.len(),
                dataset.organisations.len(),
                dataset.documents.len(),
                dataset.sources.len()
            );
            Ok(())
        }
        "export" => {
            let dataset = load(&options)?;
            let out = options.out.as_ref().ok_or("`export` needs --out DIR")?;
            std::fs::create_dir_all(out)
                .map_err(|e| format!("cannot create {}: {e}", out.display()))?;
            let site = site_config(&options)?;
            let files = biip_core::export::all(&dataset, &site.site_url);
            for (name, text) in files.files() {
                let path = out.join(name);
                std::fs::write(&path, text)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                println!("wrote {} ({} bytes)", path.display(), text.len());
            }
            Ok(())
        }
        "build" => {
            let dataset = load(&options)?;
            let site = site_config(&options)?;
            let dist = options
                .dist
                .clone()
                .or_else(|| env("TRUNK_STAGING_DIR").map(PathBuf::from))
                .unwrap_or_else(|| PathBuf::from("dist"));
            let template_path = PathBuf::from("public/sw.template.js");
            let template = std::fs::read_to_string(&template_path)
                .map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
            let report = prerender::build_site(&dist, &dataset, &site, &template)?;
            println!(
                "pre-rendered {} event pages, {} source pages, {} pages of people, \
                 organisations and documents, and {} alias redirects into {} for {}; \
                 {} pages carry a security policy; service worker {} precaches {} files ({} KB)",
                report.event_pages,
                report.source_pages,
                report.entity_pages,
                report.redirects,
                dist.display(),
                site.site_url,
                report.pages_with_policy,
                report.version,
                report.precached_files,
                report.precached_bytes / 1024
            );
            Ok(())
        }
        other => Err(format!("unknown command `{other}`")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
        print!("{USAGE}");
        return if args.is_empty() {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    match parse_args(args).and_then(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(flags: &[&str]) -> Options {
        let mut args = vec!["build".to_string()];
        args.extend(flags.iter().map(|s| s.to_string()));
        parse_args(args).unwrap()
    }

    #[test]
    fn a_bare_origin_gets_the_public_path() {
        let site = site_config(&options(&[
            "--public-url",
            "/some/path/",
            "--site-url",
            "https://example.github.io",
        ]))
        .unwrap();
        assert_eq!(site.public_url, "/some/path/");
        assert_eq!(site.site_url, "https://example.github.io/some/path/");
        assert_eq!(
            site.event_url("x"),
            "https://example.github.io/some/path/events/x/"
        );
    }

    #[test]
    fn a_site_url_with_a_path_is_kept() {
        let site = site_config(&options(&[
            "--public-url",
            "some/path",
            "--site-url",
            "https://example.org/some/path",
        ]))
        .unwrap();
        assert_eq!(site.public_url, "/some/path/");
        assert_eq!(site.site_url, "https://example.org/some/path/");
        let root = site_config(&options(&["--site-url", "https://example.org/"])).unwrap();
        assert_eq!(root.site_url, "https://example.org/");
        assert_eq!(root.public_url, "/");
    }

    #[test]
    fn a_relative_site_url_is_refused() {
        assert!(site_config(&options(&["--site-url", "example.org"])).is_err());
    }
}
