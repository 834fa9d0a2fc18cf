//! Build side: what a static host needs besides the files, written into the
//! site folder by `src/bin/postbuild.rs` with the build's own policy and file
//! names, so that no one copies hashes by hand:
//! - `_headers` (Netlify, Cloudflare Pages);
//! - `_nginx.conf`, a snippet to include in nginx's `server` block;
//! - `_redirects` (Netlify): the Spanish not-found page.
//!
//! Each file a host serves gets one `Cache-Control`, never two rules that a
//! host could join: pages and the service worker are checked at each visit
//! (`no-cache`), so a new version is found; files whose names carry their
//! content's hash are kept a year.

use crate::content::source::FIRST_LANGUAGE;

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
