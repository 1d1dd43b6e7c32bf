//! Validates `data/` and compiles it, with its search index, into the app, so the browser never
//! parses, checks or indexes anything. It also lays out the source documents as articles
//! (`articles.bin`), which only the build step compiles in: it writes each beside its page.
//! Bad data fails the build here with the file, the line and what to fix.

use std::path::PathBuf;

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let data = root.join("data");
    println!("cargo:rerun-if-changed={}", data.display());
    println!(
        "cargo:rerun-if-env-changed={}",
        biip_core::synthetic::SWITCH
    );
    println!("cargo:rerun-if-env-changed={SOURCES_SWITCH}");
    let synthetic = std::env::var(biip_core::synthetic::SWITCH).ok();
    let synthetic = match biip_core::synthetic::from_switch(synthetic.as_deref()) {
        Ok(synthetic) => synthetic,
        Err(problem) => panic!("{problem}"),
    };
    let is_synthetic = synthetic.is_some();
    let dataset = match synthetic {
        Some(dataset) => Ok(dataset),
        None => biip_core::loader::load_dir(std::path::Path::new("data")),
    };
    let dataset = match dataset {
        Ok(dataset) => dataset,
        Err(errors) => {
            for error in &errors.0 {
                println!("cargo:warning={error}");
            }
            panic!("the dataset in data/ is invalid:\n{errors}");
        }
    };
    // The search index is built here too, so the browser only decodes it.
    let index = biip_core::query::SearchIndex::new(&dataset);
    // A synthetic dataset has no source files: its source pages say so.
    let texts = if is_synthetic {
        Vec::new()
    } else {
        let sources = sources_dir(&root);
        println!("cargo:rerun-if-changed={}", sources.display());
        biip_core::source_text::lay_out_all(&dataset, &sources)
            .unwrap_or_else(|problem| panic!("the source documents cannot be laid out: {problem}"))
    };
    // The app carries only where each cited passage stands; the articles go to the build step,
    // which writes each one beside its page for the app to fetch there.
    let anchors = biip_core::source_text::PassageAnchors::new(&dataset, &texts);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bytes =
        postcard::to_allocvec(&(&dataset, &index, &anchors)).expect("the model always serialises");
    std::fs::write(out.join("dataset.bin"), bytes).expect("OUT_DIR is writable");
    let articles = postcard::to_allocvec(&texts).expect("the articles always serialise");
    std::fs::write(out.join("articles.bin"), articles).expect("OUT_DIR is writable");
}

/// Where the five source documents are: `$BIIP_SOURCES`, else `../shared/sources` beside the
/// repository (as on every machine that builds this, CI included).
const SOURCES_SWITCH: &str = "BIIP_SOURCES";

fn sources_dir(root: &std::path::Path) -> PathBuf {
    match std::env::var(SOURCES_SWITCH) {
        Ok(dir) if !dir.trim().is_empty() => PathBuf::from(dir),
        _ => root.join("../shared/sources"),
    }
}
