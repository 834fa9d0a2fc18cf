//! Build side: what a static host needs besides the files, written into the
//! site folder by `src/build/postbuild.rs` with the build's own policy, file
//! names and languages, so that no one copies hashes by hand ([`host_files`]):
//! - `_headers` (Netlify, Cloudflare Pages);
//! - `_nginx.conf`, a snippet to include in nginx's `server` block;
//! - `_redirects` (Netlify): each language's not-found page.
//!
//! Each file a host serves gets one `Cache-Control`, never two rules that a
//! host could join: pages and the service worker are checked at each visit
//! (`no-cache`), so a new version is found; the app's files and the content
//! files, whose names carry their content's hash ([`name_app_files`],
//! [`content_name`]), are kept a year.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::names::{NOT_FOUND_PAGE, NOT_SAVED_PAGE};

/// The start of every host file's name. Netlify and Cloudflare Pages read
/// `_headers` and `_redirects` and answer 404 for them, so no host file may
/// be in the service worker's list (its install would fail there); the test
/// server answers 404 for every name with this start, as those hosts do.
pub const HOST_FILE_START: char = '_';

/// What the files for hosts need to know of the build.
pub struct Site<'a> {
    /// The pages' policy.
    pub policy: &'a str,
    /// Every address with a page, in every language.
    pub addresses: &'a [String],
    /// The files whose names carry their content's hash.
    pub hashed: &'a [String],
    /// The start of each language's addresses, the first (empty) first.
    pub bases: &'a [String],
}

/// Every file for hosts, by name, with its text: the one list that the
/// build writes and that the service worker's list leaves out.
pub fn host_files(site: &Site) -> [(&'static str, String); 3] {
    [
        ("_headers", headers_file(site)),
        ("_redirects", redirects_file(site.bases)),
        ("_nginx.conf", nginx_file(site.policy, site.bases)),
    ]
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
/// `bytes`: `content-<lang>-<hash>.bin`, the hash as for [`app_name`].
pub fn content_name(lang: &str, bytes: &[u8]) -> String {
    format!("content-{lang}-{}.bin", short_hash(bytes))
}

/// The name of the page script `stem` (`offline`, `looks`) whose bytes are
/// `bytes`: `<stem>-<hash>.js`, the hash as for [`app_name`].
pub fn script_name(stem: &str, bytes: &[u8]) -> String {
    format!("{stem}-{}.js", short_hash(bytes))
}

/// Whether `name` (a file at the site's root) carries its content's hash:
/// `app-<16 hex>.js`, `app-<16 hex>_bg.wasm`, `content-<lang>-<16 hex>.bin`,
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
        .and_then(|rest| rest.strip_suffix(".bin"))
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

/// `_headers`: the safety headers on everything; `no-cache` on the service
/// worker, each language's own pages, and each page at `addresses` (with
/// and without the trailing slash a host may add); a year on the `hashed`
/// files.
fn headers_file(site: &Site) -> String {
    let mut file = String::from(
        "# Written by the build (src/build/postbuild.rs). See README.md, \"Deploy\".\n/*\n",
    );
    for (name, value) in security_headers(site.policy) {
        file += &format!("  {name}: {value}\n");
    }
    let mut fresh = vec!["/sw.js".to_string()];
    for base in site.bases {
        fresh.push(format!("{base}/{NOT_FOUND_PAGE}"));
        fresh.push(format!("{base}/{NOT_SAVED_PAGE}"));
    }
    for address in site.addresses {
        fresh.push(address.clone());
        if !address.ends_with('/') {
            fresh.push(format!("{address}/"));
        }
    }
    for path in fresh {
        file += &format!("{path}\n  Cache-Control: {FRESH}\n");
    }
    for name in site.hashed {
        file += &format!("/{name}\n  Cache-Control: {KEPT}\n");
    }
    file
}

/// `_nginx.conf`: a snippet for nginx's `server` block, with `policy`.
/// nginx drops the `server` block's `add_header` lines in a `location` that
/// has its own, so each `location` repeats them; each language after the
/// first has its own, for its not-found page.
fn nginx_file(policy: &str, bases: &[String]) -> String {
    let headers: String = security_headers(policy)
        .iter()
        .map(|(name, value)| format!("    add_header {name} \"{value}\" always;\n"))
        .collect();
    let location = |pattern: &str, cache: &str, more: &str| {
        format!("location {pattern} {{\n{more}{headers}    add_header Cache-Control \"{cache}\" always;\n}}\n")
    };
    let languages: String = bases
        .iter()
        .filter(|base| !base.is_empty())
        .map(|base| {
            location(
                &format!("{base}/"),
                FRESH,
                &format!("    error_page 404 {base}/{NOT_FOUND_PAGE};\n"),
            )
        })
        .collect();
    format!(
        "# Written by the build (src/build/postbuild.rs). See README.md, \"Deploy\".\n\
         # Include it in the server block whose root is this folder.\n\
         error_page 404 /{NOT_FOUND_PAGE};\n\
         # Send the .gz twins the build wrote; with the ngx_brotli module, also:\n\
         # brotli_static on;\n\
         gzip_static on;\n\
         {}{}{languages}{}",
        location("= /sw.js", FRESH, ""),
        location(
            "~ \"^/(app-[0-9a-f]{16}(\\.js|_bg\\.wasm)|content-[A-Za-z0-9-]+-[0-9a-f]{16}\\.bin|(offline|looks)-[0-9a-f]{16}\\.js)$\"",
            KEPT,
            ""
        ),
        location("/", FRESH, ""),
    )
}

/// `_redirects`, which Netlify reads: the unknown addresses of each
/// language after the first get that language's not-found page, with its
/// 404 status (the first language's get `/404.html` by themselves).
fn redirects_file(bases: &[String]) -> String {
    let mut file = String::from(
        "# Written by the build (src/build/postbuild.rs). See README.md, \"Deploy\".\n",
    );
    for base in bases.iter().filter(|base| !base.is_empty()) {
        file += &format!("{base}/*  {base}/{NOT_FOUND_PAGE}  404\n");
    }
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASES: [&str; 2] = ["", "/es"];

    fn site<'a>(addresses: &'a [String], hashed: &'a [String], bases: &'a [String]) -> Site<'a> {
        Site {
            policy: "default-src 'self'",
            addresses,
            hashed,
            bases,
        }
    }

    fn bases() -> Vec<String> {
        BASES.iter().map(|b| b.to_string()).collect()
    }

    #[test]
    fn hashed_names_are_recognised_and_nothing_else() {
        for name in [
            "app-792b120833e07cea.js",
            "app-792b120833e07cea_bg.wasm",
            "content-es-792b120833e07cea.bin",
            "content-yue-792b120833e07cea.bin",
            "content-pt-br-792b120833e07cea.bin",
            "content-zh-Hans-792b120833e07cea.bin",
            "offline-792b120833e07cea.js",
            "looks-792b120833e07cea.js",
        ] {
            assert!(is_hashed(name), "{name}");
        }
        for name in [
            "sw.js",
            "app-xyz.js",
            "app-792b120833e07cea.css",
            "app-es-792b120833e07cea.js",
            "content-ES-792b120833e07cea.bin",
            "content-es-792b12.bin",
            "index.html",
        ] {
            assert!(!is_hashed(name), "{name}");
        }
    }

    #[test]
    fn every_host_file_starts_with_the_mark_the_test_server_refuses() {
        let files = host_files(&site(&[], &[], &bases()));
        let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, ["_headers", "_redirects", "_nginx.conf"]);
        assert!(names.iter().all(|name| name.starts_with(HOST_FILE_START)));
    }

    #[test]
    fn a_file_is_named_by_the_hash_of_its_bytes() {
        // `printf 'x' | sha256sum`: 2d711642b726b044…
        assert_eq!(app_name(".js", b"x"), "app-2d711642b726b044.js");
        assert_eq!(app_name("_bg.wasm", b"x"), "app-2d711642b726b044_bg.wasm");
        assert_eq!(content_name("es", b"x"), "content-es-2d711642b726b044.bin");
        assert!(is_hashed(&content_name("pt", b"y")));
    }

    #[test]
    fn the_headers_file_gives_each_path_one_cache_rule() {
        let addresses = ["/".to_string(), "/signs".to_string()];
        let hashed = ["app-792b120833e07cea_bg.wasm".to_string()];
        let file = headers_file(&site(&addresses, &hashed, &bases()));
        assert!(file.contains(
            "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  \
             Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n/"
        ));
        for path in [
            "/sw.js",
            "/404.html",
            "/es/404.html",
            "/not-saved.html",
            "/es/not-saved.html",
            "/",
            "/signs",
            "/signs/",
        ] {
            assert!(
                file.contains(&format!("\n{path}\n  Cache-Control: no-cache\n")),
                "{path}"
            );
        }
        assert!(file.contains(
            "\n/app-792b120833e07cea_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
        // The rule for everything sets no Cache-Control a host could join to another.
        assert_eq!(file.matches("Cache-Control").count(), 9);
        assert!(!file.contains("/*.js") && !file.contains("/*.wasm"));
    }

    #[test]
    fn the_nginx_snippet_repeats_the_policy_in_each_location_and_has_one_per_language() {
        let file = nginx_file("default-src 'self'", &bases());
        assert_eq!(
            file.matches("add_header Content-Security-Policy \"default-src 'self'; frame-ancestors 'none'\" always;")
                .count(),
            4
        );
        assert!(file.contains("location = /sw.js {"));
        assert!(file.contains("location /es/ {\n    error_page 404 /es/404.html;\n    add_header Content-Security-Policy"));
        assert!(file.contains("content-[A-Za-z0-9-]+-[0-9a-f]{16}"));
        assert!(file.contains("gzip_static on;"));
        assert!(file.contains("error_page 404 /404.html;"));
        let three = nginx_file(
            "default-src 'self'",
            &[String::new(), "/es".into(), "/pt".into()],
        );
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
