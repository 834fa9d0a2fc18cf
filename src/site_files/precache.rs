//! The service worker's list, build side: every file of the site, by the
//! address a host serves it at (a page by its address: `/signs`, `/es/`),
//! with the SHA-256 of its content, which the worker checks each file against before
//! it keeps it, and, for a file of one language, that language, so that a
//! copy holds only the languages the person opened (`public/sw.js`).
//!
//! After Trunk builds the site, `src/site_files/postbuild.rs` lists the files and
//! writes the list into `sw.js`, with the names the programs share. Nothing
//! is listed by hand.

use std::path::Path;

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// One file the service worker keeps.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    /// Its address from the site's root: `/app-….js`, and a page's by
    /// [`address_of`], such as `/`, `/signs` or `/es/`.
    pub url: String,
    /// Its content's SHA-256, as subresource integrity writes it: `sha256-…`.
    pub integrity: String,
    /// The language it belongs to (a page, a manifest, a content file), if
    /// it belongs to one; the app and the icons belong to all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// The service worker's file name; it is never in its own list.
pub const WORKER: &str = "sw.js";
/// Compressed twins of listed files: a host sends them in their place, and
/// the browser hands the worker the bytes of the file itself.
pub const TWINS: &[&str] = &[".br", ".gz"];
/// The line of `sw.js` that the list and the languages replace.
pub const PLACEHOLDER: &str = "const BUILD = { files: [], languages: [] };";

/// The subresource integrity of `bytes`: `sha256-` and its SHA-256 in base64.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes))
    )
}

/// The address a host serves the file at `path` at (from the site's root):
/// a page's without `.html`, a folder's home page's with its `/`, so
/// no host answers it with a redirect (`/signs.html` is `/signs`,
/// `/es/index.html` is `/es/`); any other file's, its path.
pub fn address_of(path: &str) -> String {
    if let Some(folder) = path.strip_suffix("index.html") {
        if folder.ends_with('/') {
            return folder.to_string();
        }
    }
    path.strip_suffix(".html").unwrap_or(path).to_string()
}

/// Every file under `dir` but the worker, the files for hosts at its root
/// (`host_files`, by name: hosts read them and need not serve them, and
/// Netlify and Cloudflare Pages answer 404 for them) and the [`TWINS`],
/// by [`address_of`] and sorted so; each with its language if `own` gives
/// it one (`(path, language)` pairs, by the file's path).
pub fn entries(
    dir: &Path,
    host_files: &[&str],
    own: &[(String, String)],
) -> std::io::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for item in std::fs::read_dir(&folder)? {
            let path = item?.path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let relative = path.strip_prefix(dir).unwrap_or(&path);
            let file = format!("/{}", relative.to_string_lossy().replace('\\', "/"));
            let twin = TWINS.iter().any(|t| file.ends_with(t));
            let for_host = host_files.iter().any(|name| file == format!("/{name}"));
            if file != format!("/{WORKER}") && !for_host && !twin {
                let lang = own.iter().find(|(f, _)| *f == file).map(|(_, l)| l.clone());
                entries.push(Entry {
                    url: address_of(&file),
                    integrity: integrity(&std::fs::read(&path)?),
                    lang,
                });
            }
        }
    }
    entries.sort_by(|a, b| a.url.cmp(&b.url));
    Ok(entries)
}

/// One language as the worker knows it: its code and the start of its addresses.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WorkerLanguage {
    /// Its code, such as `es`.
    pub code: String,
    /// The start of its addresses: empty for the first language, `/es`.
    pub base: String,
}

/// `template` (the source of `sw.js`) with its empty build line replaced by
/// `entries` and `languages`, and its names filled (`crate::names`).
pub fn inject(
    template: &str,
    entries: &[Entry],
    languages: &[WorkerLanguage],
) -> Result<String, String> {
    if template.matches(PLACEHOLDER).count() != 1 {
        return Err(format!(
            "{WORKER} must contain the line `{PLACEHOLDER}` exactly once"
        ));
    }
    let files = serde_json::to_string_pretty(entries).map_err(|e| e.to_string())?;
    let languages = serde_json::to_string(languages).map_err(|e| e.to_string())?;
    let worker = template.replace(
        PLACEHOLDER,
        &format!("const BUILD = {{ files: {files}, languages: {languages} }};"),
    );
    crate::names::fill(WORKER, &worker)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_integrity_is_the_sha256_in_base64() {
        // `printf '' | openssl dgst -sha256 -binary | base64`
        assert_eq!(
            integrity(b""),
            "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
        assert_ne!(integrity(b"a"), integrity(b"b"));
    }

    #[test]
    fn every_file_but_the_worker_the_host_files_and_twins_is_listed_with_its_integrity() {
        let dir = std::env::temp_dir().join(format!("harbor-offline-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("local/maine")).unwrap();
        std::fs::create_dir_all(dir.join("es")).unwrap();
        std::fs::write(dir.join("index.html"), "app").unwrap();
        std::fs::write(dir.join("local/maine.html"), "maine").unwrap();
        std::fs::write(dir.join("es/index.html"), "inicio").unwrap();
        std::fs::write(dir.join("app.js"), "code").unwrap();
        std::fs::write(dir.join(WORKER), PLACEHOLDER).unwrap();
        std::fs::write(dir.join("_headers"), "/*").unwrap();
        std::fs::write(dir.join("_redirects"), "/es/*").unwrap();
        std::fs::write(dir.join("index.html.br"), "twin").unwrap();
        std::fs::write(dir.join("local/maine.html.gz"), "twin").unwrap();
        let own = [
            ("/local/maine.html".to_string(), "en".to_string()),
            ("/es/index.html".to_string(), "es".to_string()),
        ];
        let list = entries(&dir, &["_headers", "_redirects"], &own).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let urls: Vec<&str> = list.iter().map(|e| e.url.as_str()).collect();
        // Pages by the address a host serves them at, without a redirect.
        assert_eq!(urls, ["/", "/app.js", "/es/", "/local/maine"]);
        assert_eq!(list[0].integrity, integrity(b"app"));
        let langs: Vec<Option<&str>> = list.iter().map(|e| e.lang.as_deref()).collect();
        assert_eq!(langs, [None, None, Some("es"), Some("en")]);
    }

    #[test]
    fn a_page_is_listed_by_its_address() {
        for (path, address) in [
            ("/index.html", "/"),
            ("/es/index.html", "/es/"),
            ("/signs.html", "/signs"),
            ("/es/local/maine.html", "/es/local/maine"),
            ("/404.html", "/404"),
            ("/reindex.html", "/reindex"),
            ("/app-1.js", "/app-1.js"),
        ] {
            assert_eq!(address_of(path), address, "{path}");
        }
    }

    #[test]
    fn the_list_replaces_the_placeholder_once() {
        let entries = [Entry {
            url: "/a.js".into(),
            integrity: "sha256-AA==".into(),
            lang: None,
        }];
        let languages = [WorkerLanguage {
            code: "en".into(),
            base: String::new(),
        }];
        let source = format!("const NAMES = {{}};\n{PLACEHOLDER}\ny(NAMES.skipWaiting)");
        let worker = inject(&source, &entries, &languages).unwrap();
        assert!(worker.contains(r#""url": "/a.js""#), "{worker}");
        assert!(
            worker.contains(r#"languages: [{"code":"en","base":""}]"#),
            "{worker}"
        );
        assert!(!worker.contains(PLACEHOLDER));
        assert!(inject("no list here", &entries, &languages).is_err());
    }
}
