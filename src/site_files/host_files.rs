//! Build side: what a static host needs besides the files, written by
//! `src/site_files/postbuild.rs` with the build's own policy, file names and
//! languages, so that no one copies hashes by hand ([`host_files`]):
//! - `_headers` (Netlify, Cloudflare Pages), in the site folder;
//! - `_redirects` (Netlify): each language's not-found page, in the folder;
//! - a snippet to include in nginx's `server` block, written beside the
//!   folder, never in it ([`nginx_snippet_of`]): Cloudflare Pages would
//!   serve it, and nginx needs nothing of it from the folder.
//!
//! Pages are files named for their address (`signs.html` for `/signs`), so
//! each host serves the address Harbor links as it is, without a redirect.
//! Each file gets one `Cache-Control`, never two rules that a host could
//! join: the app's files and the content files, whose names carry their
//! content's hash ([`name_app_files`], [`content_name`]), are kept a year;
//! everything else, the pages and the service worker among them, is checked
//! at each visit, so a new version is found.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::names::NOT_FOUND_PAGE;

/// The start of every host file's name in the site folder. Netlify and
/// Cloudflare Pages read `_headers` and `_redirects` and answer 404 for
/// them, so no host file may be in the service worker's list (its install
/// would fail there); the nginx snippet answers 404 for every address with
/// this start, and so does the test server.
pub const HOST_FILE_START: char = '_';

/// The starts of the names that carry their content's hash ([`is_hashed`]),
/// each kept a year: `_headers` matches them with one rule each, as hosts
/// read only so many rules (Cloudflare Pages, 100).
const HASHED_STARTS: [&str; 4] = ["app-", "content-", "offline-", "looks-"];

/// Whether hosts keep the file at `address` a year (`_headers`): it starts
/// as a name that carries its content's hash does. No page may.
pub fn is_kept_a_year(address: &str) -> bool {
    let name = address.strip_prefix('/').unwrap_or(address);
    HASHED_STARTS.iter().any(|start| name.starts_with(start))
}

/// What the files for hosts need to know of the build.
pub struct Site<'a> {
    /// The pages' policy.
    pub policy: &'a str,
    /// The start of each language's addresses, the first (empty) first.
    pub bases: &'a [String],
}

/// Every file for hosts that goes in the site folder, by name, with its
/// text: the one list that the build writes there and that the service
/// worker's list leaves out.
pub fn host_files(site: &Site) -> [(&'static str, String); 2] {
    [
        ("_headers", headers_file(site.policy)),
        ("_redirects", redirects_file(site.bases)),
    ]
}

/// Where the nginx snippet for the site folder `dir` goes: beside it, named
/// for it (`dist.nginx.conf` for `dist`).
pub fn nginx_snippet_of(dir: &Path) -> Result<PathBuf, String> {
    let dir = std::fs::canonicalize(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let name = dir
        .file_name()
        .ok_or_else(|| format!("{}: the site folder needs a name", dir.display()))?;
    Ok(dir.with_file_name(format!("{}.nginx.conf", name.to_string_lossy())))
}

/// What every response carries: the page's policy (with `frame-ancestors`,
/// which only a header can give) and two plain safety headers.
fn security_headers(policy: &str) -> [(&'static str, String); 3] {
    [
        (
            "Content-Security-Policy",
            format!("{policy}; frame-ancestors 'none'"),
        ),
        ("Referrer-Policy", "no-referrer".to_string()),
        ("X-Content-Type-Options", "nosniff".to_string()),
    ]
}

/// Checked at each visit.
const FRESH: &str = "no-cache";
/// Kept a year: the name changes when the content does.
const KEPT: &str = "public, max-age=31536000, immutable";

/// The first 16 hex digits of the SHA-256 of `bytes`.
fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The name of an app file whose bytes are `bytes`: `app-<hash>`, then
/// `ending` (`.js` or `_bg.wasm`). The hash is the first 16 hex digits of
/// the SHA-256 of the bytes as served, so the name changes exactly when
/// they do, and hosts may keep the file a year.
pub fn app_name(ending: &str, bytes: &[u8]) -> String {
    format!("app-{}{ending}", short_hash(bytes))
}

/// The name of the content file of language `lang` whose bytes are
/// `bytes`: `content-<lang>-<hash>.txt`, the hash as for [`app_name`].
pub fn content_name(lang: &str, bytes: &[u8]) -> String {
    format!("content-{lang}-{}.txt", short_hash(bytes))
}

/// The name of the page script `stem` (`offline`, `looks`) whose bytes are
/// `bytes`: `<stem>-<hash>.js`, the hash as for [`app_name`].
pub fn script_name(stem: &str, bytes: &[u8]) -> String {
    format!("{stem}-{}.js", short_hash(bytes))
}

/// Whether `name` (a file at the site's root) carries its content's hash:
/// `app-<16 hex>.js`, `app-<16 hex>_bg.wasm`, `content-<lang>-<16 hex>.txt`,
/// `offline-<16 hex>.js`, `looks-<16 hex>.js`.
pub fn is_hashed(name: &str) -> bool {
    let hex16 = |s: &str| s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit());
    for stem in ["offline-", "looks-"] {
        if let Some(hash) = name
            .strip_prefix(stem)
            .and_then(|rest| rest.strip_suffix(".js"))
        {
            return hex16(hash);
        }
    }
    if let Some(rest) = name.strip_prefix("app-") {
        let hash = rest
            .strip_suffix(".js")
            .or_else(|| rest.strip_suffix("_bg.wasm"));
        return hash.is_some_and(hex16);
    }
    name.strip_prefix("content-")
        .and_then(|rest| rest.strip_suffix(".txt"))
        .and_then(|rest| rest.rsplit_once('-'))
        .is_some_and(|(lang, hash)| crate::content::checks::is_language_code(lang) && hex16(hash))
}

/// Names the app's glue and wasm in `dir` by their final bytes
/// ([`app_name`]), once nothing will change them (after the glue is
/// minified): the wasm first, then the glue, which names the wasm, so the
/// glue's name covers both. Trunk's own names hash the files before that.
/// Returns the glue's and the wasm's names. Run again on the same folder, it
/// finds the names already right.
pub fn name_app_files(dir: &Path) -> Result<(String, String), String> {
    let names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|item| item.ok()?.file_name().into_string().ok())
        .collect();
    let one = |what: &str, of: &dyn Fn(&str) -> bool| -> Result<String, String> {
        let found: Vec<&String> = names
            .iter()
            .filter(|n| n.starts_with("app") && of(n))
            .collect();
        match found.as_slice() {
            [name] => Ok(name.to_string()),
            _ => Err(format!(
                "expected one app {what} in {}, found {}",
                dir.display(),
                found.len()
            )),
        }
    };
    let glue = one("glue (app*.js)", &|n| n.ends_with(".js"))?;
    let wasm = one("wasm (app*_bg.wasm)", &|n| n.ends_with("_bg.wasm"))?;
    let wasm_bytes = std::fs::read(dir.join(&wasm)).map_err(|e| format!("{wasm}: {e}"))?;
    let new_wasm = app_name("_bg.wasm", &wasm_bytes);
    let code = std::fs::read_to_string(dir.join(&glue))
        .map_err(|e| format!("{glue}: {e}"))?
        .replace(&wasm, &new_wasm);
    let new_glue = app_name(".js", code.as_bytes());
    std::fs::rename(dir.join(&wasm), dir.join(&new_wasm)).map_err(|e| format!("{wasm}: {e}"))?;
    std::fs::write(dir.join(&new_glue), &code).map_err(|e| format!("{new_glue}: {e}"))?;
    if new_glue != glue {
        std::fs::remove_file(dir.join(&glue)).map_err(|e| format!("{glue}: {e}"))?;
    }
    Ok((new_glue, new_wasm))
}

/// `_headers`: the safety headers on everything, and a year on each start
/// of the names that carry their content's hash. Nothing else sets a
/// `Cache-Control`, so pages and the service worker have the host's own:
/// Netlify and Cloudflare Pages check them at each visit
/// (`public, max-age=0, must-revalidate`).
fn headers_file(policy: &str) -> String {
    let mut file = String::from(
        "# Written by the build (src/site_files/postbuild.rs). See README.md, \"Deploy\".\n/*\n",
    );
    for (name, value) in security_headers(policy) {
        file += &format!("  {name}: {value}\n");
    }
    for start in HASHED_STARTS {
        file += &format!("/{start}*\n  Cache-Control: {KEPT}\n");
    }
    file
}

/// The nginx snippet (see [`nginx_snippet_of`]), with the site's policy. nginx drops
/// the `server` block's `add_header` lines in a `location` that has its
/// own, so each `location` repeats them; each language after the first has
/// its own, for its not-found page. An address is served from its page file
/// (`/signs` from `signs.html`, `/signs/` too), never redirected; addresses
/// that start with [`HOST_FILE_START`] answer 404.
pub fn nginx_snippet(site: &Site) -> String {
    let headers: String = security_headers(site.policy)
        .iter()
        .map(|(name, value)| format!("    add_header {name} \"{value}\" always;\n"))
        .collect();
    let location = |pattern: &str, cache: &str, more: &str| {
        format!("location {pattern} {{\n{more}{headers}    add_header Cache-Control \"{cache}\" always;\n}}\n")
    };
    // A page by its address; an address that ends in `/` by the page of the
    // address without it, or by its folder's home page.
    let pages = "    try_files $uri $uri.html $uri/index.html =404;\n    \
                 location ~ \"^(?<page>/.+)/$\" {\n        try_files $page.html ${uri}index.html =404;\n    }\n";
    let languages: String = site
        .bases
        .iter()
        .filter(|base| !base.is_empty())
        .map(|base| {
            location(
                &format!("{base}/"),
                FRESH,
                &format!("    error_page 404 {base}/{NOT_FOUND_PAGE};\n{pages}"),
            )
        })
        .collect();
    let hashed = HASHED_STARTS
        .map(|start| start.trim_end_matches('-'))
        .join("|");
    format!(
        "# Written by the build (src/site_files/postbuild.rs). See README.md, \"Deploy\".\n\
         # Include it in the server block whose root is the site folder.\n\
         error_page 404 /{NOT_FOUND_PAGE};\n\
         # Redirects, if any, keep the scheme and host the browser used.\n\
         absolute_redirect off;\n\
         charset utf-8;\n\
         # Send the .gz twins the build wrote; with the ngx_brotli module, also:\n\
         # brotli_static on;\n\
         gzip_static on;\n\
         gzip_vary on;\n\
         {}{}{}{}{languages}{}",
        location(
            &format!("^~ /{HOST_FILE_START}"),
            FRESH,
            "    return 404;\n"
        ),
        location("= /sw.js", FRESH, ""),
        location(
            &format!("~ \"^/({hashed})-[A-Za-z0-9-]*[0-9a-f]{{16}}(\\.js|_bg\\.wasm|\\.txt)$\""),
            KEPT,
            ""
        ),
        location(
            "~ \"\\.webmanifest$\"",
            FRESH,
            "    types { }\n    default_type application/manifest+json;\n"
        ),
        location("/", FRESH, pages),
    )
}

/// `_redirects`, which Netlify reads: the unknown addresses of each
/// language after the first get that language's not-found page, with its
/// 404 status (the first language's get `/404.html` by themselves).
fn redirects_file(bases: &[String]) -> String {
    let mut file = String::from(
        "# Written by the build (src/site_files/postbuild.rs). See README.md, \"Deploy\".\n",
    );
    for base in bases.iter().filter(|base| !base.is_empty()) {
        file += &format!("{base}/*  {base}/{NOT_FOUND_PAGE}  404\n");
    }
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bases() -> Vec<String> {
        vec![String::new(), "/es".into()]
    }

    #[test]
    fn hashed_names_are_recognised_and_nothing_else() {
        for name in [
            "app-792b120833e07cea.js",
            "app-792b120833e07cea_bg.wasm",
            "content-es-792b120833e07cea.txt",
            "content-yue-792b120833e07cea.txt",
            "content-pt-br-792b120833e07cea.txt",
            "content-zh-Hans-792b120833e07cea.txt",
            "offline-792b120833e07cea.js",
            "looks-792b120833e07cea.js",
        ] {
            assert!(is_hashed(name), "{name}");
            assert!(is_kept_a_year(&format!("/{name}")), "{name}");
        }
        for name in [
            "sw.js",
            "app-xyz.js",
            "app-792b120833e07cea.css",
            "app-es-792b120833e07cea.js",
            "content-ES-792b120833e07cea.txt",
            "content-es-792b12.txt",
            "content-es-792b120833e07cea.bin",
            "index.html",
        ] {
            assert!(!is_hashed(name), "{name}");
        }
        for address in ["/", "/signs", "/es/app-1", "/apps", "/contacts"] {
            assert!(!is_kept_a_year(address), "{address}");
        }
    }

    #[test]
    fn every_host_file_in_the_folder_starts_with_the_mark_hosts_refuse() {
        let files = host_files(&Site {
            policy: "default-src 'self'",
            bases: &bases(),
        });
        let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, ["_headers", "_redirects"]);
        assert!(names.iter().all(|name| name.starts_with(HOST_FILE_START)));
    }

    #[test]
    fn the_nginx_snippet_goes_beside_the_site_folder_never_in_it() {
        let top = std::env::temp_dir().join(format!("harbor-snippet-{}", std::process::id()));
        let dir = top.join("dist");
        std::fs::create_dir_all(&dir).unwrap();
        let snippet = nginx_snippet_of(&dir.join(".")).unwrap();
        assert_eq!(
            snippet,
            std::fs::canonicalize(&top).unwrap().join("dist.nginx.conf")
        );
        assert!(nginx_snippet_of(&top.join("none")).is_err());
        std::fs::remove_dir_all(&top).unwrap();
    }

    #[test]
    fn a_file_is_named_by_the_hash_of_its_bytes() {
        // `printf 'x' | sha256sum`: 2d711642b726b044…
        assert_eq!(app_name(".js", b"x"), "app-2d711642b726b044.js");
        assert_eq!(app_name("_bg.wasm", b"x"), "app-2d711642b726b044_bg.wasm");
        assert_eq!(content_name("es", b"x"), "content-es-2d711642b726b044.txt");
        assert!(is_hashed(&content_name("pt", b"y")));
    }

    #[test]
    fn the_headers_file_keeps_hashed_files_a_year_and_sets_no_other_cache_rule() {
        let file = headers_file("default-src 'self'");
        assert!(file.contains(
            "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  \
             Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n/"
        ));
        for start in ["app-", "content-", "offline-", "looks-"] {
            assert!(
                file.contains(&format!(
                    "\n/{start}*\n  Cache-Control: public, max-age=31536000, immutable\n"
                )),
                "{start}"
            );
        }
        // One rule a path may match besides `/*`, which sets no Cache-Control:
        // hosts join the values of rules that match one path.
        assert_eq!(file.matches("Cache-Control").count(), 4);
        assert_eq!(file.lines().filter(|l| l.starts_with('/')).count(), 5);
    }

    #[test]
    fn the_nginx_snippet_serves_pages_by_address_and_repeats_the_policy_in_each_location() {
        let file = nginx_snippet(&Site {
            policy: "default-src 'self'",
            bases: &bases(),
        });
        let policy = "add_header Content-Security-Policy \"default-src 'self'; frame-ancestors 'none'\" always;";
        assert_eq!(file.matches(policy).count(), 6, "{file}");
        assert!(file.contains("location ^~ /_ {\n    return 404;\n"));
        assert!(file.contains("location = /sw.js {"));
        assert!(file.contains("location /es/ {\n    error_page 404 /es/404.html;\n    try_files $uri $uri.html $uri/index.html =404;"));
        assert_eq!(
            file.matches("try_files $page.html ${uri}index.html =404;")
                .count(),
            2
        );
        assert!(file.contains(
            "(app|content|offline|looks)-[A-Za-z0-9-]*[0-9a-f]{16}(\\.js|_bg\\.wasm|\\.txt)$"
        ));
        assert!(file.contains("default_type application/manifest+json;"));
        for line in [
            "gzip_static on;",
            "gzip_vary on;",
            "absolute_redirect off;",
            "error_page 404 /404.html;",
        ] {
            assert!(file.contains(line), "{line}");
        }
        let three = nginx_snippet(&Site {
            policy: "default-src 'self'",
            bases: &[String::new(), "/es".into(), "/pt".into()],
        });
        assert!(three.contains("location /pt/ {\n    error_page 404 /pt/404.html;"));
    }

    #[test]
    fn the_redirects_give_each_language_after_the_first_its_not_found_page() {
        let file = redirects_file(&[String::new(), "/es".into(), "/pt".into()]);
        assert!(
            file.ends_with("/es/*  /es/404.html  404\n/pt/*  /pt/404.html  404\n"),
            "{file}"
        );
    }
}
