//! Reads and checks `content/`, then bakes it into Rust statics for the app.
//! Wrong content stops the build here, with the file, entry and field named.

use std::path::Path;

use databake::Bake;

#[allow(dead_code)]
#[path = "src/content/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/content/source.rs"]
mod source;

fn main() {
    // Another content folder, for tests that build a second version of the site.
    println!("cargo::rerun-if-env-changed=HARBOR_CONTENT_DIR");
    let dir = std::env::var("HARBOR_CONTENT_DIR").unwrap_or_else(|_| "content".to_string());
    println!("cargo::rerun-if-changed={dir}");
    println!("cargo::rerun-if-changed=src/content/model.rs");
    println!("cargo::rerun-if-changed=src/content/source.rs");

    let content = match source::load(Path::new(&dir)) {
        Ok(content) => content,
        Err(errors) => {
            eprintln!("Harbor's content has {} problem(s):", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };
    let baked = content.bake(&databake::CrateEnv::default());
    let code = format!(
        "/// Everything under `content/`, checked by `build.rs`.\n\
         pub static CONTENT: harbor::content::Content = {baked};\n"
    );
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
