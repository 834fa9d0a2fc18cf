//! Offline support, build side: the service worker's precache list.
//!
//! After Trunk builds the site, `src/bin/postbuild.rs` lists every file with a
//! hash of its content as its revision and writes the list into `sw.js`.
//! Nothing is listed by hand. The browser side is in `crate::browser`.

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};

/// One file the service worker keeps.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    /// Its address from the site's root, such as `/index.html`.
    pub url: String,
    /// A hash of its content.
    pub revision: String,
}

/// The service worker's file name; it is never in its own list.
pub const WORKER: &str = "sw.js";
/// Files that are not pages or assets: the worker itself, and the headers
/// file that static hosts read but do not serve.
pub const NOT_LISTED: &[&str] = &["/sw.js", "/_headers"];
/// The line of `sw.js` that the list replaces.
pub const PLACEHOLDER: &str = "const PRECACHE = [];";

/// The first 16 hex digits of the SHA-256 of `bytes`.
pub fn revision(bytes: &[u8]) -> String {
    Sha256::digest(bytes)[..8]
        .iter()
        .fold(String::new(), |mut hex, byte| {
            let _ = write!(hex, "{byte:02x}");
            hex
        })
}

/// Every file under `dir` but those [`NOT_LISTED`], sorted by address.
pub fn entries(dir: &Path) -> std::io::Result<Vec<Entry>> {
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
            let url = format!("/{}", relative.to_string_lossy().replace('\\', "/"));
            if !NOT_LISTED.contains(&url.as_str()) {
                entries.push(Entry {
                    url,
                    revision: revision(&std::fs::read(&path)?),
                });
            }
        }
    }
    entries.sort_by(|a, b| a.url.cmp(&b.url));
    Ok(entries)
}

/// `template` (the source of `sw.js`) with its empty list replaced by `entries`.
pub fn inject(template: &str, entries: &[Entry]) -> Result<String, String> {
    if template.matches(PLACEHOLDER).count() != 1 {
        return Err(format!(
            "{WORKER} must contain the line `{PLACEHOLDER}` exactly once"
        ));
    }
    let list = serde_json::to_string_pretty(entries).map_err(|e| e.to_string())?;
    Ok(template.replace(PLACEHOLDER, &format!("const PRECACHE = {list};")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_revision_changes_with_the_content_only() {
        assert_eq!(revision(b"a"), revision(b"a"));
        assert_ne!(revision(b"a"), revision(b"b"));
        assert_eq!(revision(b"").len(), 16);
    }

    #[test]
    fn every_file_but_the_worker_is_listed_with_its_revision() {
        let dir = std::env::temp_dir().join(format!("harbor-offline-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("local/maine")).unwrap();
        std::fs::write(dir.join("index.html"), "app").unwrap();
        std::fs::write(dir.join("local/maine/index.html"), "maine").unwrap();
        std::fs::write(dir.join(WORKER), PLACEHOLDER).unwrap();
        std::fs::write(dir.join("_headers"), "/*").unwrap();
        let list = entries(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let urls: Vec<&str> = list.iter().map(|e| e.url.as_str()).collect();
        assert_eq!(urls, ["/index.html", "/local/maine/index.html"]);
        assert_eq!(list[0].revision, revision(b"app"));
    }

    #[test]
    fn the_list_replaces_the_placeholder_once() {
        let entries = [Entry {
            url: "/a.js".into(),
            revision: "01".into(),
        }];
        let worker = inject("x\nconst PRECACHE = [];\ny", &entries).unwrap();
        assert!(worker.contains(r#""url": "/a.js""#), "{worker}");
        assert!(!worker.contains(PLACEHOLDER));
        assert!(inject("no list here", &entries).is_err());
    }
}
