//! Reads `data/` into a validated [`Dataset`], or explains every problem with file and line.
//! Only the build step uses it; the wasm app receives the dataset already validated.

mod edtf_date;
pub use edtf_date::parse_when;
mod periods;
mod posts;
mod raw;
mod resolve;

use crate::model::Dataset;
use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in the data, located so a person can fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub file: PathBuf,
    /// 1-based; 0 when the problem is the file as a whole.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

/// Every problem found, in file order. The build fails if there is any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadErrors(pub Vec<LoadError>);

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for error in &self.0 {
            writeln!(f, "{error}")?;
        }
        write!(f, "{} problem(s) in the dataset", self.0.len())
    }
}

impl std::error::Error for LoadErrors {}

/// A file's path (as it should be shown in messages) and its text.
#[derive(Clone, Debug)]
pub struct DataFile {
    pub path: PathBuf,
    pub text: String,
}

/// The text of every file that makes up the dataset, read but not yet parsed.
#[derive(Clone, Debug, Default)]
pub struct DataFiles {
    pub sources: Option<DataFile>,
    pub tags: Option<DataFile>,
    pub people: Option<DataFile>,
    pub posts: Option<DataFile>,
    pub organisations: Option<DataFile>,
    pub documents: Option<DataFile>,
    /// Optional: without it the timeline has no periods.
    pub periods: Option<DataFile>,
    pub events: Vec<DataFile>,
}

impl DataFiles {
    /// Reads `dir` (the `data/` folder). Paths in messages are shown as `dir` joined with the
    /// file name, so pass the path the way the user should see it.
    pub fn read_dir(dir: &Path) -> Result<DataFiles, LoadErrors> {
        let mut errors = Vec::new();
        let mut read = |name: &str| -> Option<DataFile> {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => Some(DataFile { path, text }),
                Err(e) => {
                    errors.push(LoadError {
                        file: path,
                        line: 0,
                        message: format!("cannot read the file ({e}); it is required"),
                    });
                    None
                }
            }
        };
        let mut files = DataFiles {
            sources: read("sources.toml"),
            tags: read("tags.toml"),
            people: read("people.toml"),
            posts: read("posts.toml"),
            organisations: read("organisations.toml"),
            documents: read("documents.toml"),
            periods: None,
            events: Vec::new(),
        };
        let periods = dir.join("periods.toml");
        match std::fs::read_to_string(&periods) {
            Ok(text) => {
                files.periods = Some(DataFile {
                    path: periods,
                    text,
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => errors.push(LoadError {
                file: periods,
                line: 0,
                message: format!("cannot read the file ({e})"),
            }),
        }
        let events_dir = dir.join("events");
        match std::fs::read_dir(&events_dir) {
            Ok(entries) => {
                let mut paths: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .collect();
                paths.sort();
                for path in paths {
                    match std::fs::read_to_string(&path) {
                        Ok(text) => files.events.push(DataFile { path, text }),
                        Err(e) => errors.push(LoadError {
                            file: path,
                            line: 0,
                            message: format!("cannot read the file ({e})"),
                        }),
                    }
                }
            }
            Err(e) => errors.push(LoadError {
                file: events_dir,
                line: 0,
                message: format!("cannot read the events folder ({e}); it is required"),
            }),
        }
        if errors.is_empty() {
            Ok(files)
        } else {
            Err(LoadErrors(errors))
        }
    }
}

/// Parses and validates the files into a dataset whose events are sorted oldest first.
pub fn load(files: &DataFiles) -> Result<Dataset, LoadErrors> {
    resolve::resolve(files)
}

/// Reads and validates the `data/` folder at `dir`.
pub fn load_dir(dir: &Path) -> Result<Dataset, LoadErrors> {
    load(&DataFiles::read_dir(dir)?)
}

/// Checks the dataset against the source documents in `sources_dir` (the shared `sources/`
/// folder): every cited file exists, and every excerpt, quote, figure's own words, the
/// words a source uses for someone's post and the words that date a period's ends occur in
/// the file it cites, word for word (line breaks and runs of spaces aside). This is what keeps
/// the timeline from saying more than its sources.
pub fn check_source_files(dataset: &Dataset, sources_dir: &Path) -> Result<(), LoadErrors> {
    let mut errors = Vec::new();
    let mut texts = std::collections::HashMap::new();
    for source in &dataset.sources {
        match std::fs::read_to_string(sources_dir.join(&source.file)) {
            Ok(text) => {
                texts.insert(source.file.as_str(), collapse_whitespace(&text));
            }
            Err(_) => errors.push(LoadError {
                file: PathBuf::from("sources.toml"),
                line: 0,
                message: format!(
                    "source `{}` is not a readable file in {}; fix the file name",
                    source.file,
                    sources_dir.display()
                ),
            }),
        }
    }
    for event in &dataset.events {
        let citations = event
            .citations
            .iter()
            .filter_map(|c| Some(("citation excerpt", c.excerpt.as_deref()?, &c.source)));
        let quotes = event
            .quotes
            .iter()
            .map(|q| ("quote", q.text.as_str(), &q.source));
        let figures = event
            .figures
            .iter()
            .map(|f| ("figure's source_words", f.source_words.as_str(), &f.source));
        for (what, words, source) in citations.chain(quotes).chain(figures) {
            let Some(text) = texts.get(source.as_str()) else {
                continue;
            };
            if !text.contains(&collapse_whitespace(words)) {
                errors.push(LoadError {
                    file: PathBuf::from("events").join(format!("{}.toml", event.id)),
                    line: 0,
                    message: format!(
                        "the {what} “{}” is not in {source} word for word; \
                         copy it exactly from the source",
                        words.chars().take(60).collect::<String>()
                    ),
                });
            }
        }
    }
    for post in &dataset.posts {
        for tenure in &post.tenures {
            for seen in &tenure.seen {
                let (Some(words), Some(text)) = (&seen.words, texts.get(seen.source.as_str()))
                else {
                    continue;
                };
                if !text.contains(&collapse_whitespace(words)) {
                    errors.push(LoadError {
                        file: PathBuf::from("posts.toml"),
                        line: 0,
                        message: format!(
                            "the words “{}” for {} as {} are not in {} word for word; copy them exactly from the source",
                            words.chars().take(60).collect::<String>(),
                            tenure.person,
                            post.id,
                            seen.source
                        ),
                    });
                }
            }
        }
    }
    for period in &dataset.periods {
        let ends = [
            ("start", &period.start_words, &period.start_source),
            ("end", &period.end_words, &period.end_source),
        ];
        for (field, words, source) in ends {
            let (Some(words), Some(source)) = (words, source) else {
                continue;
            };
            let Some(text) = texts.get(source.as_str()) else {
                continue;
            };
            if !text.contains(&collapse_whitespace(words)) {
                errors.push(LoadError {
                    file: PathBuf::from("periods.toml"),
                    line: 0,
                    message: format!(
                        "period `{}`: the `{field}_words` “{}” are not in {source} word for word; copy them exactly from the source",
                        period.id,
                        words.chars().take(60).collect::<String>(),
                    ),
                });
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(LoadErrors(errors))
    }
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
