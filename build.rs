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
#[allow(dead_code)]
#[path = "src/content/translation.rs"]
mod translation;

fn main() {
    // Another content folder, for tests that build a second version of the site.
    println!("cargo::rerun-if-env-changed=HARBOR_CONTENT_DIR");
    let dir = std::env::var("HARBOR_CONTENT_DIR").unwrap_or_else(|_| "content".to_string());
    println!("cargo::rerun-if-changed={dir}");
    println!("cargo::rerun-if-changed=src/content/model.rs");
    println!("cargo::rerun-if-changed=src/content/source.rs");
    println!("cargo::rerun-if-changed=src/content/translation.rs");

    let languages = match source::load(Path::new(&dir)) {
        Ok(languages) => languages,
        Err(errors) => {
            eprintln!("Harbor's content has {} problem(s):", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };
    // One static per language, such as CONTENT_ES: each language's
    // WebAssembly names only its own, so the linker leaves the others out.
    let mut code = String::new();
    let mut names = Vec::new();
    for content in &languages {
        let name = format!("CONTENT_{}", content.lang.to_uppercase());
        let baked = content.bake(&databake::CrateEnv::default());
        code.push_str(&format!(
            "/// The content in `{lang}`, checked by `build.rs`.\n\
             pub static {name}: harbor::content::Content = {baked};\n",
            lang = content.lang
        ));
        names.push(format!("&{name}"));
    }
    code.push_str(&format!(
        "/// The content in every language, English first (build side).\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         pub static LANGUAGES: &[&harbor::content::Content] = &[{}];\n",
        names.join(", ")
    ));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
