//! Runs after Trunk builds the site (the `post_build` hook in `Trunk.toml`),
//! on the staging folder Trunk names in `TRUNK_STAGING_DIR`:
//!
//! 1. `index.html`: the call bar and the exit, rendered from the components, so
//!    they work before the app runs, and without it; and a Content-Security-
//!    Policy that allows only this site's files and the page's own script;
//! 2. `404.html`: the same page, for addresses the site does not have;
//! 3. `_headers`: the same policy and the other headers, for static hosts;
//! 4. `sw.js`: the service worker, with the list of every file to keep offline.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;

    let dir = std::env::var_os("TRUNK_STAGING_DIR")
        .or_else(|| std::env::args_os().nth(1))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            fail("give the site folder as TRUNK_STAGING_DIR or as the first argument")
        });
    let step = |what: &str, result: Result<(), String>| {
        if let Err(e) = result {
            fail(&format!("{what}: {e}"));
        }
    };
    let index = dir.join("index.html");
    step(
        "index.html",
        (|| {
            let page = std::fs::read_to_string(&index).map_err(|e| e.to_string())?;
            let frame = harbor::prerender::frame(&harbor::content::CONTENT);
            let page = harbor::prerender::insert_frame(&page, &frame)?;
            let page = harbor::prerender::insert_csp(&page)?;
            let policy = harbor::prerender::content_security_policy(
                &harbor::prerender::inline_scripts(&page),
            );
            std::fs::write(
                dir.join("_headers"),
                harbor::prerender::headers_file(&policy),
            )
            .map_err(|e| e.to_string())?;
            std::fs::write(&index, page).map_err(|e| e.to_string())
        })(),
    );
    step(
        "404.html",
        std::fs::copy(dir.join("index.html"), dir.join("404.html"))
            .map(drop)
            .map_err(|e| e.to_string()),
    );
    let worker = dir.join(harbor::offline::WORKER);
    step(
        "sw.js",
        (|| {
            let template = std::fs::read_to_string(&worker).map_err(|e| e.to_string())?;
            let entries = harbor::offline::entries(&dir).map_err(|e| e.to_string())?;
            let source = harbor::offline::inject(&template, &entries)?;
            std::fs::write(&worker, source).map_err(|e| e.to_string())?;
            println!("postbuild: {} files listed for offline use", entries.len());
            Ok(())
        })(),
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(message: &str) -> ! {
    eprintln!("postbuild: {message}");
    std::process::exit(1);
}

/// This step runs on the build machine only.
#[cfg(target_arch = "wasm32")]
fn main() {}
