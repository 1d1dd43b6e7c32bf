//! Validates `data/` and compiles it, with its search index, into the app, so the browser
//! never parses, checks or indexes it.
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
    let synthetic = std::env::var(biip_core::synthetic::SWITCH).ok();
    let dataset = match biip_core::synthetic::from_switch(synthetic.as_deref()) {
        Ok(Some(dataset)) => Ok(dataset),
        Ok(None) => biip_core::loader::load_dir(std::path::Path::new("data")),
        Err(problem) => panic!("{problem}"),
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
    let bytes = postcard::to_allocvec(&(&dataset, &index)).expect("the model always serialises");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.bin");
    std::fs::write(&out, bytes).expect("OUT_DIR is writable");
}
