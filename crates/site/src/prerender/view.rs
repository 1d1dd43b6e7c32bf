//! Plain view models of the dataset for the static pages: every string already resolved
//! (names, roles at the time, headlines, URLs) so the templates only lay them out.

use biip_core::{Dataset, Event};

/// Where the site lives: the path it is served under and its absolute public address.
#[derive(Clone, Debug)]
pub struct SiteConfig {
    /// Path prefix, starting and ending with `/`, e.g. `/` or `/some/path/`.
    pub public_url: String,
    /// Absolute address of the site's root, ending with `/`, e.g. `https://example.org/biip/`.
    pub site_url: String,
}

impl SiteConfig {
    pub fn event_path(&self, id: &str) -> String {
        format!("{}events/{id}/", self.public_url)
    }
    pub fn event_url(&self, id: &str) -> String {
        format!("{}events/{id}/", self.site_url)
    }
}

pub struct EventLink {
    pub href: String,
    pub title: String,
    pub date: String,
    pub iso: String,
}

impl EventLink {
    pub fn new(event: &Event, site: &SiteConfig) -> Self {
        EventLink {
            href: site.event_path(&event.id),
            title: event.title.clone(),
            date: event.date.human(),
            iso: event.date.date.iso(),
        }
    }
}

pub struct PersonLine {
    pub name: String,
    pub roles: Vec<String>,
}

pub struct QuoteView {
    pub text: String,
    pub speaker: String,
    pub source: String,
}

pub struct SourceView {
    pub headline: String,
    pub publisher: String,
    pub file: String,
    pub excerpt: Option<String>,
}

pub struct DocumentView {
    pub title: String,
    pub details: String,
}

pub struct DisagreementView {
    pub about: String,
    pub readings: Vec<(String, String)>,
    pub note: Option<String>,
}

/// Everything the event page shows, resolved from ids to words.
pub struct EventView {
    pub title: String,
    pub summary: String,
    pub body: Vec<String>,
    pub kind: String,
    pub date: String,
    pub iso: String,
    pub precision: String,
    pub date_note: Option<String>,
    pub date_source_words: Option<String>,
    pub tags: Vec<String>,
    pub organisations: Vec<String>,
    pub people: Vec<PersonLine>,
    pub quotes: Vec<QuoteView>,
    pub figures: Vec<String>,
    pub documents: Vec<DocumentView>,
    pub sources: Vec<SourceView>,
    pub disagreements: Vec<DisagreementView>,
    pub previous: Option<EventLink>,
    pub next: Option<EventLink>,
}

fn source_headline(dataset: &Dataset, file: &str) -> String {
    dataset
        .source(file)
        .map(|s| s.headline.clone())
        .unwrap_or_else(|| file.to_string())
}

pub fn person_name(dataset: &Dataset, id: &str) -> String {
    dataset
        .person(id)
        .map(|p| p.full_name())
        .unwrap_or_else(|| id.to_string())
}

fn describe_figure(figure: &biip_core::Figure) -> String {
    let about = if figure.approximate { "about " } else { "" };
    format!("{}: {about}{}", figure.label, figure.source_words)
}

impl EventView {
    pub fn new(dataset: &Dataset, index: usize, site: &SiteConfig) -> Self {
        let event = &dataset.events[index];
        let on = &event.date.date;
        let people = event
            .people
            .iter()
            .filter_map(|id| dataset.person(id))
            .map(|p| PersonLine {
                name: p.full_name(),
                roles: p.roles_at(on).map(|r| r.title.clone()).collect(),
            })
            .collect();
        let documents = event
            .documents
            .iter()
            .filter_map(|id| dataset.document(id))
            .map(|d| {
                let mut details = vec![d.kind.label().to_string()];
                details.extend(d.date.map(|date| date.human()));
                details.extend(d.format.clone());
                details.extend(d.size_kb.map(|kb| format!("{kb} KB")));
                DocumentView {
                    title: d.title.clone(),
                    details: details.join(", "),
                }
            })
            .collect();
        let sources = event
            .citations
            .iter()
            .map(|c| {
                let source = dataset.source(&c.source);
                SourceView {
                    headline: source.map(|s| s.headline.clone()).unwrap_or_default(),
                    publisher: source.map(|s| s.publisher.clone()).unwrap_or_default(),
                    file: c.source.clone(),
                    excerpt: c.excerpt.clone(),
                }
            })
            .collect();
        let disagreements = event
            .disagreements
            .iter()
            .map(|d| DisagreementView {
                about: d.about.clone(),
                readings: d
                    .readings
                    .iter()
                    .map(|r| (source_headline(dataset, &r.source), r.says.clone()))
                    .collect(),
                note: d.note.clone(),
            })
            .collect();
        EventView {
            title: event.title.clone(),
            summary: event.summary.clone(),
            body: event.body.clone(),
            kind: event.kind.label().to_string(),
            date: event.date.human(),
            iso: event.date.date.iso(),
            precision: event.date.precision.as_str().to_string(),
            date_note: event.date.note.clone(),
            date_source_words: event.date.source_words.clone(),
            tags: event
                .tags
                .iter()
                .map(|t| {
                    dataset
                        .tag(t)
                        .map(|t| t.label.clone())
                        .unwrap_or_else(|| t.clone())
                })
                .collect(),
            organisations: event
                .organisations
                .iter()
                .map(|o| {
                    dataset
                        .organisation(o)
                        .map(|o| o.name.clone())
                        .unwrap_or_else(|| o.clone())
                })
                .collect(),
            people,
            quotes: event
                .quotes
                .iter()
                .map(|q| QuoteView {
                    text: q.text.clone(),
                    speaker: person_name(dataset, &q.speaker),
                    source: source_headline(dataset, &q.source),
                })
                .collect(),
            figures: event.figures.iter().map(describe_figure).collect(),
            documents,
            sources,
            disagreements,
            previous: index
                .checked_sub(1)
                .map(|i| EventLink::new(&dataset.events[i], site)),
            next: dataset
                .events
                .get(index + 1)
                .map(|e| EventLink::new(e, site)),
        }
    }
}

/// One year's events for the home page list.
pub struct YearGroup {
    pub year: u16,
    pub events: Vec<(EventLink, String)>,
}

pub fn year_groups(dataset: &Dataset, site: &SiteConfig) -> Vec<YearGroup> {
    let mut groups: Vec<YearGroup> = Vec::new();
    for event in &dataset.events {
        let year = event.date.date.year;
        if groups.last().is_none_or(|g| g.year != year) {
            groups.push(YearGroup {
                year,
                events: Vec::new(),
            });
        }
        if let Some(group) = groups.last_mut() {
            group
                .events
                .push((EventLink::new(event, site), event.summary.clone()));
        }
    }
    groups
}
