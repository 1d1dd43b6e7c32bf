//! `biip-site`: the build step. It validates `data/`, writes the open-data exports and (later)
//! the static pages, using the same core crate as the app.

use biip_core::loader;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
biip-site: validate the timeline's dataset and write the open-data files.

USAGE:
  biip-site check  [--data DIR] [--sources DIR]
  biip-site export --out DIR [--data DIR] [--site-url URL]

  --data DIR       the dataset folder (default: data)
  --sources DIR    the source documents, to check cited file names exist
                   (default: ../shared/sources when it exists)
  --out DIR        where to write events.json, events.csv and events.ics
  --site-url URL   the site's public address, for links in the exports
                   (default: https://example.org/biip/)
";

struct Options {
    command: String,
    data: PathBuf,
    sources: Option<PathBuf>,
    out: Option<PathBuf>,
    site_url: String,
}

fn parse_args(args: Vec<String>) -> Result<Options, String> {
    let mut iter = args.into_iter();
    let command = iter.next().ok_or("no command given")?;
    let mut options = Options {
        command,
        data: PathBuf::from("data"),
        sources: None,
        out: None,
        site_url: "https://example.org/biip/".to_string(),
    };
    while let Some(flag) = iter.next() {
        let mut value = || iter.next().ok_or(format!("`{flag}` needs a value"));
        match flag.as_str() {
            "--data" => options.data = PathBuf::from(value()?),
            "--sources" => options.sources = Some(PathBuf::from(value()?)),
            "--out" => options.out = Some(PathBuf::from(value()?)),
            "--site-url" => {
                let mut url = value()?;
                if !url.ends_with('/') {
                    url.push('/');
                }
                options.site_url = url;
            }
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    if options.sources.is_none() {
        let shared = PathBuf::from("../shared/sources");
        options.sources = shared.is_dir().then_some(shared);
    }
    Ok(options)
}

fn load(options: &Options) -> Result<biip_core::Dataset, String> {
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
            std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
            let files = biip_core::export::all(&dataset, &options.site_url);
            for (name, text) in [("events.json", &files.json), ("events.csv", &files.csv), ("events.ics", &files.ics)] {
                let path = out.join(name);
                std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                println!("wrote {} ({} bytes)", path.display(), text.len());
            }
            Ok(())
        }
        other => Err(format!("unknown command `{other}`")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
        print!("{USAGE}");
        return if args.is_empty() { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    }
    match parse_args(args).and_then(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
