//! Runs after Trunk builds the site (the `post_build` hook in `Trunk.toml`),
//! on the staging folder Trunk names in `TRUNK_STAGING_DIR`:
//!
//! 1. the web app manifest of each look the app can have on the home screen
//!    (`src/looks.rs`);
//! 2. one page for each address of the app (`index.html`, `signs/index.html`,
//!    `local/maine/index.html`, …), rendered from the same components as the
//!    app, from Trunk's `index.html` as the template; and `404.html`, the
//!    not-found view, for addresses the site does not have. Each page has a
//!    Content-Security-Policy that allows only this site's files and the
//!    page's own scripts;
//! 3. `_headers` and `_nginx.conf`: the same policy and the other headers,
//!    for static hosts;
//! 4. `sw.js`: the service worker, with the list of every file to keep
//!    offline and its SHA-256, pages included. This comes last, so that it
//!    lists them.
//!
//! `scripts/postbuild.sh` then writes the compressed twins of the files.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use harbor::content::CONTENT_EN;
    use harbor::looks::Look;
    use harbor::prerender;
    use std::path::{Path, PathBuf};

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
    let write = |file: &Path, text: &str| -> Result<(), String> {
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::write(file, text).map_err(|e| e.to_string())
    };

    // Each look's manifest: the usual one, which every page links, and the
    // covers the install view offers.
    for look in Look::all(&CONTENT_EN.site) {
        let file = look.manifest.trim_start_matches('/');
        step(
            file,
            write(&dir.join(file), &look.manifest_file(&CONTENT_EN.site)),
        );
    }
    let template = std::fs::read_to_string(dir.join("index.html"))
        .unwrap_or_else(|e| fail(&format!("index.html: {e}")));
    let frame = prerender::frame(&CONTENT_EN);
    let usual = Look::usual(&CONTENT_EN.site);
    let render = |address: &str| -> Result<String, String> {
        let view = prerender::app_at(&CONTENT_EN, address);
        prerender::insert_csp(&prerender::page(&template, &frame, &view, &usual)?)
    };
    let addresses = harbor::route::addresses(&CONTENT_EN);
    for address in &addresses {
        let file = prerender::file_for(address);
        step(
            &file.display().to_string(),
            render(address).and_then(|page| write(&dir.join(&file), &page)),
        );
    }
    println!("postbuild: {} pages rendered", addresses.len());
    // No route matches an address with two parts outside `/local/`.
    step(
        "404.html",
        render("/not/found").and_then(|page| write(&dir.join("404.html"), &page)),
    );
    // Every page carries the same inline scripts and style, so one policy serves all.
    let policy = std::fs::read_to_string(dir.join("index.html"))
        .map(|page| {
            prerender::content_security_policy(
                &prerender::inline_scripts(&page),
                &prerender::inline_styles(&page),
            )
        })
        .unwrap_or_else(|e| fail(&format!("index.html: {e}")));
    let hashed: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())))
        .filter_map(|item| item.ok()?.file_name().into_string().ok())
        .filter(|name| harbor::host_files::is_hashed(name))
        .collect();
    step(
        "_headers",
        write(
            &dir.join("_headers"),
            &harbor::host_files::headers_file(&policy, &addresses, &hashed),
        ),
    );
    step(
        "_nginx.conf",
        write(
            &dir.join("_nginx.conf"),
            &harbor::host_files::nginx_file(&policy),
        ),
    );
    let worker = dir.join(harbor::precache::WORKER);
    step(
        "sw.js",
        (|| {
            let template = std::fs::read_to_string(&worker).map_err(|e| e.to_string())?;
            let entries = harbor::precache::entries(&dir).map_err(|e| e.to_string())?;
            let source = harbor::precache::inject(&template, &entries)?;
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
