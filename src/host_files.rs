//! Build side: what a static host needs besides the files, written into the
//! site folder by `src/bin/postbuild.rs` with the build's own policy and file
//! names, so that no one copies hashes by hand ([`host_files`]):
//! - `_headers` (Netlify, Cloudflare Pages);
//! - `_nginx.conf`, a snippet to include in nginx's `server` block;
//! - `_redirects` (Netlify): the Spanish not-found page.
//!
//! Each file a host serves gets one `Cache-Control`, never two rules that a
//! host could join: pages and the service worker are checked at each visit
//! (`no-cache`), so a new version is found; the app's files, whose names
//! carry their content's hash ([`name_app_files`]), are kept a year.

use std::path::Path;

use crate::content::source::FIRST_LANGUAGE;

/// The start of every host file's name. Netlify and Cloudflare Pages read
/// `_headers` and `_redirects` and answer 404 for them, so no host file may
/// be in the service worker's list (its install would fail there); the test
/// server answers 404 for every name with this start, as those hosts do.
pub const HOST_FILE_START: char = '_';

/// Every file for hosts, by name, with its text: the one list that the
/// build writes and that the service worker's list leaves out.
pub fn host_files(
    policy: &str,
    addresses: &[String],
    hashed: &[String],
) -> [(&'static str, String); 3] {
    [
        ("_headers", headers_file(policy, addresses, hashed)),
        ("_redirects", redirects_file()),
        ("_nginx.conf", nginx_file(policy)),
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

/// Whether `name` (a file at the site's root) carries its content's hash, as
/// Trunk names the app's files: `app-<16 hex>.js`, `app-<16 hex>_bg.wasm`
/// (and `app-es-<16 hex>…` for the Spanish app).
pub fn is_hashed(name: &str) -> bool {
    app_language(name).is_some()
}

/// The language of one of the app's hashed files: the first language for
/// `app-<16 hex>.js` and `app-<16 hex>_bg.wasm`, `es` for `app-es-<16 hex>…`;
/// `None` for any other file.
pub fn app_language(name: &str) -> Option<&str> {
    let rest = name.strip_prefix("app-")?;
    // Each language's app after the first is `app-<lang>-<hash>`.
    let (lang, rest) = match rest.split_once('-') {
        Some((lang, hashed)) if lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase()) => {
            (lang, hashed)
        }
        _ => (FIRST_LANGUAGE, rest),
    };
    let hash = rest.get(..16)?;
    (hash.chars().all(|c| c.is_ascii_hexdigit()) && matches!(&rest[16..], ".js" | "_bg.wasm"))
        .then_some(lang)
}

/// The name of an app file of language `lang` whose bytes are `bytes`:
/// `app-<hash>` (or `app-<lang>-<hash>` for a language after the first),
/// then `ending` (`.js` or `_bg.wasm`). The hash is the first 16 hex digits
/// of the SHA-256 of the bytes as served, so the name changes exactly when
/// they do and hosts may keep the file a year.
pub fn content_name(lang: &str, ending: &str, bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let hex: String = Sha256::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    if lang == FIRST_LANGUAGE {
        format!("app-{hex}{ending}")
    } else {
        format!("app-{lang}-{hex}{ending}")
    }
}

/// Names each app's glue and wasm in `dir` by their final bytes
/// ([`content_name`]), once nothing will change them (after the glue is
/// minified): the wasm first, then the glue, which names the wasm, so the
/// glue's name covers both. Trunk's own names hash the files before that
/// (`app-<hash>.js`, and the other languages' `app-<lang>.js` carry none).
/// Every name in the glue and in `index.html` follows. Returns the folder's
/// file names afterwards.
pub fn name_app_files(dir: &Path) -> Result<Vec<String>, String> {
    let read_names = || -> Result<Vec<String>, String> {
        Ok(std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|item| item.ok()?.file_name().into_string().ok())
            .collect())
    };
    let page = dir.join("index.html");
    let mut template = std::fs::read_to_string(&page).map_err(|e| format!("index.html: {e}"))?;
    let glues: Vec<String> = read_names()?
        .into_iter()
        .filter(|n| n.starts_with("app") && n.ends_with(".js"))
        .collect();
    for glue in glues {
        let stem = glue.trim_end_matches(".js");
        let lang = trunk_language(stem).ok_or_else(|| format!("{glue}: not an app's glue"))?;
        let wasm = format!("{stem}_bg.wasm");
        let wasm_bytes = std::fs::read(dir.join(&wasm)).map_err(|e| format!("{wasm}: {e}"))?;
        let new_wasm = content_name(lang, "_bg.wasm", &wasm_bytes);
        let code = std::fs::read_to_string(dir.join(&glue))
            .map_err(|e| format!("{glue}: {e}"))?
            .replace(&wasm, &new_wasm);
        let new_glue = content_name(lang, ".js", code.as_bytes());
        std::fs::rename(dir.join(&wasm), dir.join(&new_wasm))
            .map_err(|e| format!("{wasm}: {e}"))?;
        std::fs::write(dir.join(&new_glue), &code).map_err(|e| format!("{new_glue}: {e}"))?;
        if new_glue != glue {
            std::fs::remove_file(dir.join(&glue)).map_err(|e| format!("{glue}: {e}"))?;
        }
        template = template.replace(&glue, &new_glue).replace(&wasm, &new_wasm);
    }
    std::fs::write(&page, template).map_err(|e| format!("index.html: {e}"))?;
    read_names()
}

/// The language of an app file as Trunk names it, from its name without the
/// ending: `app` or `app-<hash>` for the first language, `app-<lang>` or
/// `app-<lang>-<hash>` for another.
fn trunk_language(stem: &str) -> Option<&str> {
    let rest = stem.strip_prefix("app")?;
    if rest.is_empty() {
        return Some(FIRST_LANGUAGE);
    }
    let first = rest.strip_prefix('-')?.split('-').next()?;
    let is_lang = first.len() == 2 && first.bytes().all(|b| b.is_ascii_lowercase());
    Some(if is_lang { first } else { FIRST_LANGUAGE })
}

/// `_headers` for `policy`: the safety headers on everything; `no-cache` on
/// the service worker and on each page at `addresses` (with and without the
/// trailing slash a host may add); a year on the `hashed` files.
pub fn headers_file(policy: &str, addresses: &[String], hashed: &[String]) -> String {
    let mut file = String::from(
        "# Written by the build (src/bin/postbuild.rs). See README.md, \"Deploy\".\n/*\n",
    );
    for (name, value) in security_headers(policy) {
        file += &format!("  {name}: {value}\n");
    }
    let mut fresh = vec![
        "/sw.js".to_string(),
        "/404.html".to_string(),
        "/es/404.html".to_string(),
    ];
    for address in addresses {
        fresh.push(address.clone());
        if !address.ends_with('/') {
            fresh.push(format!("{address}/"));
        }
    }
    for path in fresh {
        file += &format!("{path}\n  Cache-Control: {FRESH}\n");
    }
    for name in hashed {
        file += &format!("/{name}\n  Cache-Control: {KEPT}\n");
    }
    file
}

/// `_nginx.conf`: a snippet for nginx's `server` block, with `policy`.
/// nginx drops the `server` block's `add_header` lines in a `location` that
/// has its own, so each `location` repeats them.
pub fn nginx_file(policy: &str) -> String {
    let headers: String = security_headers(policy)
        .iter()
        .map(|(name, value)| format!("    add_header {name} \"{value}\" always;\n"))
        .collect();
    let location = |pattern: &str, cache: &str, more: &str| {
        format!("location {pattern} {{\n{more}{headers}    add_header Cache-Control \"{cache}\" always;\n}}\n")
    };
    format!(
        "# Written by the build (src/bin/postbuild.rs). See README.md, \"Deploy\".\n\
         # Include it in the server block whose root is this folder.\n\
         error_page 404 /404.html;\n\
         # Send the .gz twins the build wrote; with the ngx_brotli module, also:\n\
         # brotli_static on;\n\
         gzip_static on;\n\
         {}{}{}{}",
        location("= /sw.js", FRESH, ""),
        location(
            "~ \"^/app-([a-z]{2}-)?[0-9a-f]{16}(\\.js|_bg\\.wasm)$\"",
            KEPT,
            ""
        ),
        // Unknown Spanish addresses get the Spanish not-found page.
        location("/es/", FRESH, "    error_page 404 /es/404.html;\n"),
        location("/", FRESH, ""),
    )
}

/// `_redirects`, which Netlify reads: unknown Spanish addresses get the
/// Spanish not-found page, with its 404 status (other unknown addresses get
/// `/404.html` by themselves).
pub fn redirects_file() -> String {
    "# Written by the build (src/bin/postbuild.rs). See README.md, \"Deploy\".\n\
     /es/*  /es/404.html  404\n"
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunks_hashed_names_are_recognised_and_nothing_else() {
        assert!(is_hashed("app-792b120833e07cea.js"));
        assert!(is_hashed("app-792b120833e07cea_bg.wasm"));
        assert!(is_hashed("app-es-792b120833e07cea_bg.wasm"));
        assert!(is_hashed("app-es-792b120833e07cea.js"));
        assert_eq!(app_language("app-792b120833e07cea.js"), Some("en"));
        assert_eq!(app_language("app-es-792b120833e07cea_bg.wasm"), Some("es"));
        assert_eq!(app_language("app-es-xyz.js"), None);
        for name in [
            "sw.js",
            "app-xyz.js",
            "app-792b120833e07cea.css",
            "index.html",
        ] {
            assert!(!is_hashed(name), "{name}");
        }
    }

    #[test]
    fn every_host_file_starts_with_the_mark_the_test_server_refuses() {
        let files = host_files("default-src 'self'", &[], &[]);
        let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, ["_headers", "_redirects", "_nginx.conf"]);
        assert!(names.iter().all(|name| name.starts_with(HOST_FILE_START)));
    }

    #[test]
    fn an_app_file_is_named_by_the_hash_of_its_bytes() {
        // `printf 'x' | sha256sum`: 2d711642b726b044…
        assert_eq!(content_name("en", ".js", b"x"), "app-2d711642b726b044.js");
        assert_eq!(
            content_name("es", "_bg.wasm", b"x"),
            "app-es-2d711642b726b044_bg.wasm"
        );
        assert!(is_hashed(&content_name("es", ".js", b"y")));
        assert_eq!(trunk_language("app-792b120833e07cea"), Some("en"));
        assert_eq!(trunk_language("app"), Some("en"));
        assert_eq!(trunk_language("app-es"), Some("es"));
        assert_eq!(trunk_language("app-es-792b120833e07cea"), Some("es"));
        assert_eq!(trunk_language("apple"), None);
    }

    #[test]
    fn the_headers_file_gives_each_path_one_cache_rule() {
        let addresses = ["/".to_string(), "/signs".to_string()];
        let hashed = ["app-792b120833e07cea_bg.wasm".to_string()];
        let file = headers_file("default-src 'self'", &addresses, &hashed);
        assert!(file.contains(
            "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  \
             Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n/"
        ));
        for path in [
            "/sw.js",
            "/404.html",
            "/es/404.html",
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
        assert_eq!(file.matches("Cache-Control").count(), 7);
        assert!(!file.contains("/*.js") && !file.contains("/*.wasm"));
    }

    #[test]
    fn the_nginx_snippet_repeats_the_policy_in_each_location() {
        let file = nginx_file("default-src 'self'");
        assert_eq!(
            file.matches("add_header Content-Security-Policy \"default-src 'self'; frame-ancestors 'none'\" always;")
                .count(),
            4
        );
        assert!(file.contains("location = /sw.js {"));
        assert!(file.contains("location /es/ {\n    error_page 404 /es/404.html;\n    add_header Content-Security-Policy"));
        assert!(file.contains("^/app-([a-z]{2}-)?[0-9a-f]{16}"));
        assert!(file.contains("gzip_static on;"));
        assert!(file.contains("error_page 404 /404.html;"));
    }
}
