//! Reads and checks `content/` before anything is compiled, so wrong content
//! stops `cargo build` (and so `trunk build` and `cargo test`) with the
//! file, entry and field named. It also writes each language's content file
//! into `OUT_DIR` (`content-<lang>.txt`), for the DOM tests, which run in a
//! browser and cannot read `content/`. The app itself compiles in no
//! content: it reads its page's language from the file the build puts next
//! to it (see `src/site_files/postbuild.rs`).

use std::path::Path;

/// The content modules, as the library has them (`crate::content::…`).
#[allow(dead_code, unused_imports)]
mod content {
    #[path = "../src/content/bidi.rs"]
    pub mod bidi;
    #[path = "../src/content/checks/mod.rs"]
    pub mod checks;
    #[path = "../src/content/codec.rs"]
    pub mod codec;
    #[path = "../src/content/error.rs"]
    pub mod error;
    #[path = "../src/content/folding.rs"]
    pub mod folding;
    #[path = "../src/content/model/mod.rs"]
    pub mod model;
    #[path = "../src/content/plurals.rs"]
    pub mod plurals;
    #[path = "../src/content/read.rs"]
    pub mod read;
    #[path = "../src/content/translation.rs"]
    pub mod translation;
}

fn main() {
    println!("cargo::rerun-if-changed=content");
    // The content modules, every file of src/content/ (build.rs compiles them).
    println!("cargo::rerun-if-changed=src/content");
    let languages = match content::read::load(Path::new("content")) {
        Ok(languages) => languages,
        Err(errors) => {
            eprintln!("Harbor's content has {} problem(s):", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for language in &languages {
        let file = Path::new(&out).join(format!("content-{}.txt", language.language.code));
        std::fs::write(file, content::codec::to_bytes(language)).expect("OUT_DIR is writable");
    }
}
