//! Writes the static site around Trunk's build: every page of the app rendered from its own
//! views (`biip_timeline::render`) into Trunk's HTML shell with link previews (home, a page per
//! event, the sources and a page per source, 404.html), alias redirects, embed/ (on to embed mode), sitemap.xml, robots.txt and the
//! open-data files.

mod csp;
mod feed;
mod service_worker;
mod shell;
mod site_config;
#[cfg(test)]
mod source_pages_test;

use askama::Template;
use biip_core::site::{
    article_data_path, source_path, FEED_FILE, SITE_DESCRIPTION, SITE_NAME, SOURCES_PATH,
};
use biip_core::{Dataset, When};
use biip_timeline::render::{render_page, rendered_path_meta, RenderedPage, Route};
use shell::{PageParts, Shell};
pub use site_config::SiteConfig;
use std::path::Path;

const OG_IMAGE: &str = "og-image.png";

#[derive(Template)]
#[template(path = "head.html")]
struct HeadTags<'a> {
    site_name: &'a str,
    canonical: &'a str,
    title: &'a str,
    description: &'a str,
    og_type: &'a str,
    image: &'a str,
    json_ld: Option<String>,
}

/// `/embed/`: the timeline in embed mode lives at `/?embed=1`; this page sends a visitor there
/// with the filters they came with.
#[derive(Template)]
#[template(path = "embed_redirect.html")]
struct EmbedRedirectPage<'a> {
    canonical: &'a str,
    target: &'a str,
    home_js: String,
}

#[derive(Template)]
#[template(path = "redirect.html")]
struct RedirectPage<'a> {
    title: &'a str,
    canonical: &'a str,
    target: &'a str,
    target_js: String,
}

#[derive(Template)]
#[template(path = "sitemap.xml")]
struct Sitemap {
    urls: Vec<String>,
}

/// What the build wrote, for the log.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub event_pages: usize,
    pub source_pages: usize,
    /// The who's-who and the pages of people, organisations and documents.
    pub entity_pages: usize,
    /// HTML files given a Content Security Policy (every one).
    pub pages_with_policy: usize,
    pub redirects: usize,
    /// Files the service worker precaches, and their total size.
    pub precached_files: usize,
    pub precached_bytes: u64,
    pub version: String,
}

/// JSON for inside a `<script>` element: `<` is escaped so no text can close the element.
fn script_safe_json(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

fn json_ld(dataset: &Dataset, index: usize, site: &SiteConfig) -> String {
    let event = &dataset.events[index];
    // One entry per source document, however often the event cites it.
    let mut cited: Vec<&str> = Vec::new();
    for citation in &event.citations {
        if !cited.contains(&citation.source.as_str()) {
            cited.push(&citation.source);
        }
    }
    let sources: Vec<serde_json::Value> = cited
        .into_iter()
        .filter_map(|file| dataset.source(file))
        .map(|s| serde_json::json!({ "@type": "CreativeWork", "name": s.headline, "publisher": { "@type": "Organization", "name": s.publisher } }))
        .collect();
    let about: Vec<serde_json::Value> = event
        .people
        .iter()
        .filter_map(|id| dataset.person(id))
        .map(|p| serde_json::json!({ "@type": "Person", "name": p.name }))
        .collect();
    let when = &event.date.when;
    // schema.org dates are ISO 8601 without EDTF's qualifiers: the days a source gives.
    let (start, end) = match when {
        When::On(at) => (Some(at.date.iso()), None),
        When::Between(first, last) => (Some(first.date.iso()), Some(last.date.iso())),
        When::By(last) => (None, Some(last.date.iso())),
        When::From(first) => (Some(first.date.iso()), None),
    };
    let mut json = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": site.event_url(&event.id),
        "image": format!("{}{OG_IMAGE}", site.site_url),
        "eventStatus": "https://schema.org/EventScheduled",
        "location": { "@type": "Place", "name": "Birmingham", "address": "Birmingham, United Kingdom" },
        "organizer": { "@type": "Organization", "name": "Birmingham Independent Improvement Panel" },
        "about": about,
        "isBasedOn": sources,
    });
    if let Some(start) = start {
        json["startDate"] = start.into();
    }
    if let Some(end) = end {
        json["endDate"] = end.into();
    }
    script_safe_json(&json)
}

/// schema.org for a source's page: the document itself, who published it and when.
fn source_json_ld(source: &biip_core::Source, url: &str) -> String {
    let mut json = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": source.headline,
        "url": url,
        "publisher": { "@type": "Organization", "name": source.publisher },
    });
    // Only a date the source states outright: an inferred one would say more than it does.
    if let Some(When::On(at)) = source.published.as_ref().map(|d| &d.when) {
        if !at.approximate && !at.uncertain {
            json["datePublished"] = at.date.iso().into();
        }
    }
    script_safe_json(&json)
}

/// The `<link>` that lets a feed reader find the feed from a page.
fn feed_link(site: &SiteConfig) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Changes and corrections\" href=\"{}{FEED_FILE}\">",
        site.site_url
    )
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    write_bytes(path, contents.as_bytes())
}

fn write_bytes(path: &Path, contents: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn render<T: Template>(template: &T) -> Result<String, String> {
    template
        .render()
        .map_err(|e| format!("template error: {e}"))
}

/// Writes every static file into `dist` (Trunk's output folder, whose `index.html` is the
/// shell), then the service worker that precaches all of them. `worker_template` is the text
/// of `public/sw.template.js`.
pub fn build_site(
    dist: &Path,
    dataset: &Dataset,
    site: &SiteConfig,
    worker_template: &str,
) -> Result<BuildReport, String> {
    let index_path = dist.join("index.html");
    let shell_html = std::fs::read_to_string(&index_path).map_err(|e| {
        format!(
            "cannot read {} (run this after Trunk has built the app): {e}",
            index_path.display()
        )
    })?;
    // Building twice into the same folder must not nest pre-rendered content.
    if biip_timeline::render::is_rendered(&shell_html) {
        return Err(format!(
            "{} is already pre-rendered; build from Trunk's fresh output",
            index_path.display()
        ));
    }
    let shell = Shell::new(shell_html)?;
    let image = format!("{}{OG_IMAGE}", site.site_url);
    let mut report = BuildReport::default();
    // Renders a route with the app's views and writes it into the shell at `path`, with the
    // head tags `head` makes for the page.
    let write_page_with = |route: Route<'_>,
                           head: &dyn Fn(&RenderedPage) -> Result<String, String>,
                           path: &Path|
     -> Result<(), String> {
        let page = render_page(&route, &site.public_url)?;
        let head = head(&page)?;
        let html = shell.render(&PageParts {
            title: &page.title,
            description: &page.description,
            head: &format!("{}\n{head}", rendered_path_meta(&route)),
            body: &page.body,
        });
        write(path, &html)
    };
    let write_page = |route: Route<'_>, head: String, path: &Path| {
        write_page_with(route, &|_| Ok(head.clone()), path)
    };

    for (index, event) in dataset.events.iter().enumerate() {
        let canonical = site.event_url(&event.id);
        let head = render(&HeadTags {
            site_name: SITE_NAME,
            canonical: &canonical,
            title: &event.title,
            description: &event.summary,
            og_type: "article",
            image: &image,
            json_ld: Some(json_ld(dataset, index, site)),
        })?;
        write_page(
            Route::Event(&event.id),
            head,
            &dist.join("events").join(&event.id).join("index.html"),
        )?;
        report.event_pages += 1;

        for alias in &event.aliases {
            let target = site.event_path(&event.id);
            let page = render(&RedirectPage {
                title: &event.title,
                canonical: &canonical,
                target: &target,
                target_js: script_safe_json(&serde_json::Value::String(target.clone())),
            })?;
            write(&dist.join("events").join(alias).join("index.html"), &page)?;
            report.redirects += 1;
        }
    }

    let home_head = render(&HeadTags {
        site_name: SITE_NAME,
        canonical: &site.site_url,
        title: SITE_NAME,
        description: SITE_DESCRIPTION,
        og_type: "website",
        image: &image,
        json_ld: None,
    })?;
    write_page(
        Route::Home,
        format!("{home_head}\n{}", feed_link(site)),
        &index_path,
    )?;
    let changes_head = render(&HeadTags {
        site_name: SITE_NAME,
        canonical: &format!("{}changes/", site.site_url),
        title: "Changes and corrections",
        description: "Every event added to the timeline and every correction made to one.",
        og_type: "website",
        image: &image,
        json_ld: None,
    })?;
    write_page(
        Route::Changes,
        format!("{changes_head}\n{}", feed_link(site)),
        &dist.join("changes").join("index.html"),
    )?;
    write(&dist.join(FEED_FILE), &feed::atom_feed(dataset, site)?)?;

    // The sources: link previews say what the page says, as the app's own page meta has it.
    let sources_url = site.url(SOURCES_PATH);
    write_page_with(
        Route::Sources,
        &|page| {
            render(&HeadTags {
                site_name: SITE_NAME,
                canonical: &sources_url,
                title: "Sources",
                description: &page.description,
                og_type: "website",
                image: &image,
                json_ld: None,
            })
        },
        &dist.join("sources").join("index.html"),
    )?;
    for source in &dataset.sources {
        let path = source_path(&source.file);
        let canonical = site.url(&path);
        // The article's data, which the app fetches to take the page over: asked for at once,
        // beside the wasm, rather than once the wasm has started.
        let article = biip_timeline::render::article_bytes(&source.file);
        let data_path = article_data_path(&source.file);
        let preload = article.as_ref().map_or_else(String::new, |_| {
            format!(
                "\n<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>",
                site.path(&data_path)
            )
        });
        write_page_with(
            Route::Source(&source.file),
            &|page| {
                let head = render(&HeadTags {
                    site_name: SITE_NAME,
                    canonical: &canonical,
                    title: &source.headline,
                    description: &page.description,
                    og_type: "article",
                    image: &image,
                    json_ld: Some(source_json_ld(source, &canonical)),
                })?;
                Ok(format!("{head}{preload}"))
            },
            &dist.join(path.trim_matches('/')).join("index.html"),
        )?;
        if let Some(bytes) = article {
            write_bytes(&dist.join(data_path.trim_start_matches('/')), &bytes)?;
        }
        report.source_pages += 1;
    }
    write_page(
        Route::NotFound,
        "<meta name=\"robots\" content=\"noindex\">".to_string(),
        &dist.join("404.html"),
    )?;

    let home = site.public_url.as_str();
    let embed_target = format!("{home}?embed=1");
    let embed_redirect = render(&EmbedRedirectPage {
        canonical: &site.site_url,
        target: &embed_target,
        home_js: script_safe_json(&serde_json::Value::String(home.to_string())),
    })?;
    write(&dist.join("embed").join("index.html"), &embed_redirect)?;

    // People, organisations and documents: each page's head says what the page says, and its
    // JSON-LD what it is about.
    let entity_pages = std::iter::once((Route::People, "Who’s who".to_string(), "website", None))
        .chain(dataset.people.iter().map(|p| {
            let json = serde_json::json!({ "@type": "Person", "name": p.full_name() });
            (Route::Person(&p.id), p.full_name(), "profile", Some(json))
        }))
        .chain(dataset.organisations.iter().map(|o| {
            let mut json = serde_json::json!({ "@type": "Organization", "name": o.name });
            if let Some(short) = &o.short_name {
                json["alternateName"] = short.as_str().into();
            }
            (
                Route::Organisation(&o.id),
                o.name.clone(),
                "website",
                Some(json),
            )
        }))
        .chain(dataset.documents.iter().map(|d| {
            let mut json = serde_json::json!({ "@type": "CreativeWork", "name": d.title });
            if let Some(format) = &d.format {
                json["encodingFormat"] = format.as_str().into();
            }
            (
                Route::Document(&d.id),
                d.title.clone(),
                "article",
                Some(json),
            )
        }));
    let mut entity_urls = Vec::new();
    for (route, title, og_type, about) in entity_pages {
        let path = route.app_path();
        let canonical = site.url(&path);
        let json_ld = about.map(|mut json| {
            json["@context"] = "https://schema.org".into();
            json["url"] = canonical.as_str().into();
            script_safe_json(&json)
        });
        write_page_with(
            route,
            &|page| {
                render(&HeadTags {
                    site_name: SITE_NAME,
                    canonical: &canonical,
                    title: &title,
                    description: &page.description,
                    og_type,
                    image: &image,
                    json_ld: json_ld.clone(),
                })
            },
            &dist.join(path.trim_matches('/')).join("index.html"),
        )?;
        entity_urls.push(canonical);
        report.entity_pages += 1;
    }

    let mut urls = vec![site.site_url.clone(), format!("{}changes/", site.site_url)];
    urls.extend(dataset.events.iter().map(|e| site.event_url(&e.id)));
    urls.push(sources_url.clone());
    urls.extend(
        dataset
            .sources
            .iter()
            .map(|s| site.url(&source_path(&s.file))),
    );
    urls.extend(entity_urls);
    write(&dist.join("sitemap.xml"), &render(&Sitemap { urls })?)?;
    write(
        &dist.join("robots.txt"),
        &format!(
            "User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n",
            site.site_url
        ),
    )?;

    let exports = biip_core::export::all(dataset, &site.site_url);
    for (name, text) in exports.files() {
        write(&dist.join("data").join(name), text)?;
    }

    // Every page gets its security policy once it is written in full, before the service
    // worker hashes it.
    report.pages_with_policy = csp::apply_to_pages(dist)?;

    // Last, so the list covers every file written above.
    let entries = service_worker::precache_entries(dist)?;
    write(
        &dist.join(service_worker::WORKER_FILE),
        &service_worker::render_worker(worker_template, &entries)?,
    )?;
    report.precached_files = entries.len();
    report.precached_bytes = entries.iter().map(|e| e.bytes).sum();
    report.version = service_worker::build_version(&entries);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embed_page_sends_its_filters_to_the_home_page_in_embed_mode() {
        let page = render(&EmbedRedirectPage {
            canonical: "https://example.org/some/path/",
            target: "/some/path/?embed=1",
            home_js: script_safe_json(&serde_json::Value::String("/some/path/".into())),
        })
        .unwrap();
        assert!(
            page.contains("<meta http-equiv=\"refresh\" content=\"0; url=/some/path/?embed=1\">")
        );
        assert!(page.contains("query.set('embed', '1');"));
        assert!(page.contains(
            "location.replace(\"/some/path/\" + '?' + query.toString() + location.hash)"
        ));
        assert!(page.contains("<meta name=\"robots\" content=\"noindex\">"));
    }

    #[test]
    fn an_alias_page_redirects_to_the_current_address_under_the_base() {
        let site = SiteConfig {
            public_url: "/some/path/".to_string(),
            site_url: "https://example.org/some/path/".to_string(),
        };
        let target = site.event_path("2017-new-id");
        let canonical = site.event_url("2017-new-id");
        let page = render(&RedirectPage {
            title: "Panel \"steps\" <aside>",
            canonical: &canonical,
            target: &target,
            target_js: script_safe_json(&serde_json::Value::String(target.clone())),
        })
        .unwrap();
        assert!(page.contains(
            "<link rel=\"canonical\" href=\"https://example.org/some/path/events/2017-new-id/\">"
        ));
        assert!(page.contains(
            "<meta http-equiv=\"refresh\" content=\"0; url=/some/path/events/2017-new-id/\">"
        ));
        assert!(page.contains(
            "location.replace(\"/some/path/events/2017-new-id/\" + location.search + location.hash)"
        ));
        assert!(page.contains("<meta name=\"robots\" content=\"noindex\">"));
        // The title is text: escaped, never markup.
        assert!(page.contains("href=\"/some/path/events/2017-new-id/\">Panel "));
        assert!(page.contains("aside") && !page.contains("<aside>"));
    }

    #[test]
    fn script_json_cannot_close_its_element() {
        let json = script_safe_json(&serde_json::json!({ "name": "</script><b>" }));
        assert!(!json.contains('<'), "{json}");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["name"], "</script><b>");
    }
}
