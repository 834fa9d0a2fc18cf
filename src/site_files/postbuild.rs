//! Runs after Trunk builds the app (the `post_build` hook in `Trunk.toml`),
//! on the folder given as its first argument, else the staging folder Trunk
//! names in `TRUNK_STAGING_DIR`. It can run again on a copy of `dist/`, with
//! other content in `HARBOR_CONTENT_DIR`, as the tests do (the app holds no
//! content, so it need not be built again):
//!
//! 1. the app's glue and wasm named by the hash of their final bytes
//!    (`host_files::name_app_files`);
//! 2. for each language of `content/languages.toml`: its content file
//!    (`content-<lang>-<hash>.txt`, the compact form the app reads), the
//!    manifest of each look, one page for each address, named for it
//!    (`index.html`, `signs.html`, `es/index.html`, `es/local/maine.html`, …;
//!    `pages::file_for`), rendered from the same components as the app (its
//!    links to each language absolute when `HARBOR_SITE_ADDRESS` gives the
//!    site's address), its `404.html`, the not-found view, and its
//!    `not-saved.html`, which the service worker shows offline for a
//!    language the copy does not hold yet;
//! 3. the files for hosts, with the pages' policy: `_headers` and
//!    `_redirects` in the folder (`host_files::host_files`), and the nginx
//!    snippet beside it (`dist.nginx.conf` for `dist/`: for Trunk's staging
//!    folder, beside the folder Trunk publishes, `TRUNK_DIST_DIR`);
//! 4. `sw.js`: the service worker, with the list of every file to keep
//!    offline by its address, its SHA-256 and its language, the files for
//!    hosts left out, and the names the programs share. This comes last, so
//!    that it lists them all.
//!
//! `scripts/postbuild.sh` then writes the compressed twins of the files.

// The build runs on the host; built for the browser, this is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    host::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::path::{Path, PathBuf};

    use harbor::content::{self, codec, Content};
    use harbor::looks::Look;
    use harbor::names::{NOT_FOUND_PAGE, NOT_SAVED_PAGE};
    use harbor::site_files::host_files::{
        self, content_name, name_app_files, nginx_snippet_of, Site,
    };
    use harbor::site_files::manifests::manifest_file;
    use harbor::site_files::pages::{self, alternates, app_at, file_for, AppFiles, Place, Scripts};
    use harbor::site_files::precache::{self, WorkerLanguage};

    pub fn main() {
        let dir = std::env::args_os()
            .nth(1)
            .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                fail("give the site folder as TRUNK_STAGING_DIR or as the first argument")
            });
        // The snippet goes beside the folder that is published: for Trunk's
        // staging folder, the folder Trunk moves it to.
        let published = std::env::var_os("TRUNK_DIST_DIR")
            .filter(|_| std::env::args_os().nth(1).is_none())
            .map(PathBuf::from)
            .unwrap_or_else(|| dir.clone());
        if let Err(e) = run(&dir, &published) {
            fail(&e);
        }
    }

    /// Writes `text` to `file` in `dir`, making its folder; errors name the file.
    fn write(dir: &Path, file: &str, text: impl AsRef<[u8]>) -> Result<(), String> {
        let path = dir.join(file.trim_start_matches('/'));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{file}: {e}"))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{file}: {e}"))
    }

    fn run(dir: &Path, published: &Path) -> Result<(), String> {
        let site = pages::site_address(std::env::var_os(pages::SITE_ADDRESS).as_deref())?;
        let languages: &[&'static Content] = content::all();
        let (glue, wasm) = name_app_files(dir)?;
        // A run before may have left content files and page scripts (and
        // their twins) that this run replaces; the app's files stay.
        for item in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
            let name = item.map_err(|e| e.to_string())?.file_name();
            let name = name.to_string_lossy();
            let file = name.trim_end_matches(".br").trim_end_matches(".gz");
            if host_files::is_hashed(file) && !file.starts_with("app-") {
                std::fs::remove_file(dir.join(name.as_ref()))
                    .map_err(|e| format!("{name}: {e}"))?;
            }
        }
        let app = AppFiles { glue, wasm };
        let scripts = Scripts::new()?;
        for script in [&scripts.looks, &scripts.offline] {
            write(dir, &script.name, &script.text)?;
        }
        // Each written file of one language, by its path; every page, for the policy.
        let mut own: Vec<(String, String)> = Vec::new();
        let mut pages_written: Vec<String> = Vec::new();
        for &content in languages {
            let lang = content.lang().to_string();
            // A file written twice would be one page in place of another:
            // a topic named `index` or `404`, say.
            let keep = |file: String, text: String, own: &mut Vec<(String, String)>| {
                let path = format!("/{}", file.trim_start_matches('/'));
                if own.iter().any(|(written, _)| *written == path) {
                    return Err(format!("{path}: two pages of \"{lang}\" would be this one file; rename one in content/"));
                }
                own.push((path, lang.clone()));
                write(dir, &file, &text).map(|()| text)
            };
            // The language's words, for the app.
            let bytes = codec::to_bytes(content);
            let file = content_name(&lang, &bytes);
            write(dir, &file, &bytes)?;
            own.push((format!("/{file}"), lang.clone()));
            // Each look's manifest in this language.
            for look in Look::all(content) {
                keep(
                    look.manifest.clone(),
                    manifest_file(&look, content),
                    &mut own,
                )?;
            }
            let head = app.head(&file);
            let routes = harbor::route::addresses(content);
            for address in &routes {
                if host_files::is_kept_a_year(address) {
                    return Err(format!("{address}: a page's address must not start as the files kept a year do; rename it in content/"));
                }
                let view = app_at(content, address);
                let page = pages::page(
                    content,
                    &scripts,
                    &view,
                    &format!("{}{head}", alternates(content, address, &site)),
                    &Place::Address(address),
                );
                let file = file_for(address).to_string_lossy().into_owned();
                pages_written.push(keep(file, page, &mut own)?);
            }
            // No route matches an address with two parts outside `/local/`; the
            // not-found page has no counterpart to point to.
            let not_found = app_at(content, &content.address("/not/found"));
            let page = pages::page(content, &scripts, &not_found, &head, &Place::Language);
            pages_written.push(keep(
                content.address(&format!("/{NOT_FOUND_PAGE}")),
                page,
                &mut own,
            )?);
            // Shown by the worker for a language the copy lacks: the app never takes it over.
            let page = pages::page(
                content,
                &scripts,
                &pages::not_saved(content),
                "",
                &Place::Any,
            );
            pages_written.push(keep(
                content.address(&format!("/{NOT_SAVED_PAGE}")),
                page,
                &mut own,
            )?);
            println!("postbuild: {} pages rendered in \"{lang}\"", routes.len());
        }
        // Every page carries the same inline scripts and style (the not-saved
        // pages fewer), so one policy with the hashes of all of them serves
        // every page.
        let mut scripts_seen: Vec<&str> = Vec::new();
        let mut styles_seen: Vec<&str> = Vec::new();
        for page in &pages_written {
            for script in pages::inline_scripts(page) {
                if !scripts_seen.contains(&script) {
                    scripts_seen.push(script);
                }
            }
            for style in pages::inline_styles(page) {
                if !styles_seen.contains(&style) {
                    styles_seen.push(style);
                }
            }
        }
        let policy = pages::content_security_policy(&scripts_seen, &styles_seen);
        let bases: Vec<String> = languages.iter().map(|c| c.base.to_string()).collect();
        let site = Site {
            policy: &policy,
            bases: &bases,
        };
        let host_files = host_files::host_files(&site);
        for (name, text) in &host_files {
            write(dir, name, text)?;
        }
        std::fs::create_dir_all(published).map_err(|e| format!("{}: {e}", published.display()))?;
        let snippet = nginx_snippet_of(published)?;
        std::fs::write(&snippet, host_files::nginx_snippet(&site))
            .map_err(|e| format!("{}: {e}", snippet.display()))?;
        let host_names: Vec<&str> = host_files.iter().map(|(name, _)| *name).collect();
        // The worker's source, not the copy in the folder, which a run before
        // may have filled in already.
        let worker = dir.join(precache::WORKER);
        let template = include_str!("../../public/sw.js");
        let entries = precache::entries(dir, &host_names, &own).map_err(|e| e.to_string())?;
        let worker_languages: Vec<WorkerLanguage> = languages
            .iter()
            .map(|c| WorkerLanguage {
                code: c.lang().to_string(),
                base: c.base.to_string(),
            })
            .collect();
        let source = precache::inject(template, &entries, &worker_languages)?;
        std::fs::write(&worker, source).map_err(|e| format!("sw.js: {e}"))?;
        println!("postbuild: {} files listed for offline use", entries.len());
        Ok(())
    }

    fn fail(message: &str) -> ! {
        eprintln!("postbuild: {message}");
        std::process::exit(1);
    }
}
