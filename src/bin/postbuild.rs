//! Runs after Trunk builds the site (the `post_build` hook in `Trunk.toml`),
//! on the staging folder Trunk names in `TRUNK_STAGING_DIR`:
//!
//! 0. the app's files named by the hash of their final bytes
//!    (`host_files::name_app_files`);
//! 1. the web app manifest of each look the app can have on the home screen
//!    (`src/looks.rs`);
//! 2. one page for each address of the app in each language (`index.html`,
//!    `signs/index.html`, `es/local/maine/index.html`, …), rendered from the
//!    same components as the app, from Trunk's `index.html` made each
//!    language's template; and `404.html` and `es/404.html`, the not-found
//!    view, for addresses the site does not have. Each page has a
//!    Content-Security-Policy that allows only this site's files and the
//!    page's own scripts;
//! 3. the files for hosts (`host_files::host_files`): `_headers` and
//!    `_nginx.conf`, the same policy and the other headers; `_redirects`,
//!    Netlify's, for the Spanish not-found page;
//! 4. `sw.js`: the service worker, with the list of every file to keep
//!    offline and its SHA-256, pages included, the files for hosts left out.
//!    This comes last, so that it lists them.
//!
//! `scripts/postbuild.sh` then writes the compressed twins of the files.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use harbor::content::source::FIRST_LANGUAGE;
    use harbor::content::LANGUAGES;
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

    // The app's files named by their final bytes, before anything names them.
    let names = harbor::host_files::name_app_files(&dir).unwrap_or_else(|e| fail(&e));
    let template = std::fs::read_to_string(dir.join("index.html"))
        .unwrap_or_else(|e| fail(&format!("index.html: {e}")));
    let mut addresses = Vec::new();
    let mut templates = Vec::new();
    for content in LANGUAGES.iter().copied() {
        // Each look's manifest in this language: the usual one, which every
        // page links, and the covers the install view offers.
        for look in Look::all(content) {
            let file = look.manifest.trim_start_matches('/');
            step(file, write(&dir.join(file), &look.manifest_file(content)));
        }
        // This language's app files in place of the first language's.
        let files = app_files(&names, FIRST_LANGUAGE)
            .into_iter()
            .zip(app_files(&names, &content.lang))
            .collect::<Vec<_>>();
        if files.len() != 2 {
            fail(&format!(
                "the app files of \"{}\" are missing",
                content.lang
            ));
        }
        let template = prerender::template_in(&template, content, &files);
        let frame = prerender::frame(content);
        let usual = Look::usual(content);
        let render = |address: &str| -> Result<String, String> {
            let view = prerender::app_at(content, address);
            // The not-found page has no counterpart to point to.
            let alternates = match harbor::route::Route::in_language(content, address) {
                harbor::route::Route::NotFound => String::new(),
                _ => prerender::alternates(content, address),
            };
            prerender::insert_csp(&prerender::page(
                &template,
                &frame,
                &view,
                &usual,
                &alternates,
            )?)
        };
        let in_language = harbor::route::addresses(content);
        for address in &in_language {
            let file = prerender::file_for(address);
            step(
                &file.display().to_string(),
                render(address).and_then(|page| write(&dir.join(&file), &page)),
            );
        }
        println!(
            "postbuild: {} pages rendered in \"{}\"",
            in_language.len(),
            content.lang
        );
        // No route matches an address with two parts outside `/local/`.
        let not_found = prerender::file_for(&content.address("/")).with_file_name("404.html");
        step(
            "404.html",
            render(&content.address("/not/found"))
                .and_then(|page| write(&dir.join(not_found), &page)),
        );
        addresses.extend(in_language);
        templates.push(template);
    }
    // Every page of a language carries the same inline scripts and style;
    // the languages differ only in the script that starts their app, so one
    // policy with the hashes of all of them serves every page.
    let mut scripts = Vec::new();
    let mut styles = Vec::new();
    for template in &templates {
        let page = prerender::page(template, "", "", &Look::usual(LANGUAGES[0]), "")
            .unwrap_or_else(|e| fail(&format!("index.html: {e}")));
        for script in prerender::inline_scripts(&page) {
            if !scripts.contains(&script.to_string()) {
                scripts.push(script.to_string());
            }
        }
        for style in prerender::inline_styles(&page) {
            if !styles.contains(&style.to_string()) {
                styles.push(style.to_string());
            }
        }
    }
    let scripts: Vec<&str> = scripts.iter().map(String::as_str).collect();
    let styles: Vec<&str> = styles.iter().map(String::as_str).collect();
    let policy = prerender::content_security_policy(&scripts, &styles);
    // The app's files, from the folder as Trunk left it (the pages written
    // since are not hashed).
    let hashed: Vec<String> = names
        .iter()
        .filter(|name| harbor::host_files::is_hashed(name))
        .cloned()
        .collect();
    let host_files = harbor::host_files::host_files(&policy, &addresses, &hashed);
    for (name, text) in &host_files {
        step(name, write(&dir.join(name), text));
    }
    let host_names: Vec<&str> = host_files.iter().map(|(name, _)| *name).collect();
    let worker = dir.join(harbor::precache::WORKER);
    step(
        "sw.js",
        (|| {
            let template = std::fs::read_to_string(&worker).map_err(|e| e.to_string())?;
            let entries =
                harbor::precache::entries(&dir, &host_names).map_err(|e| e.to_string())?;
            let source = harbor::precache::inject(&template, &entries)?;
            std::fs::write(&worker, source).map_err(|e| e.to_string())?;
            println!("postbuild: {} files listed for offline use", entries.len());
            Ok(())
        })(),
    );
}

/// The language's app files among `names`, the glue then the wasm: `app-<hash>.js`
/// for the first language, `app-es-<hash>.js` for Spanish.
#[cfg(not(target_arch = "wasm32"))]
fn app_files(names: &[String], lang: &str) -> Vec<String> {
    let own: Vec<&String> = names
        .iter()
        .filter(|n| harbor::host_files::app_language(n) == Some(lang))
        .collect();
    let pick = |end: &str| own.iter().find(|n| n.ends_with(end)).map(|n| n.to_string());
    pick(".js").into_iter().chain(pick("_bg.wasm")).collect()
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(message: &str) -> ! {
    eprintln!("postbuild: {message}");
    std::process::exit(1);
}

/// This step runs on the build machine only.
#[cfg(target_arch = "wasm32")]
fn main() {}
