//! Build side: HTML rendered from the same components, for the moments
//! before the WebAssembly runs, or when it never does.
//!
//! For now this is the frame every page needs first: the call bar and the
//! quick exit, as plain links. `src/bin/postbuild.rs` puts it in the pages,
//! and [`crate::mount`] takes it away when the app starts.

use base64::Engine as _;
use leptos::prelude::*;
use sha2::{Digest, Sha256};

use crate::content::Content;
use crate::views::chrome::{CallBar, QuickExit};
use crate::{state, FRAME_ID};

/// The call bar and the exit, as HTML.
pub fn frame(content: &'static Content) -> String {
    Owner::new().with(|| {
        provide_context(content);
        state::provide(content.site.default_region.to_string());
        view! {
            <header class="bar" id=FRAME_ID>
                <CallBar/>
                <QuickExit/>
            </header>
        }
        .to_html()
    })
}

/// `page` with the frame at the start of its body.
pub fn insert_frame(page: &str, frame: &str) -> Result<String, String> {
    let body = page.find("<body").ok_or("the page has no <body>")?;
    let open_end = body
        + page[body..]
            .find('>')
            .ok_or("the <body> tag is not closed")?
        + 1;
    Ok(format!(
        "{}{}{}",
        &page[..open_end],
        frame,
        &page[open_end..]
    ))
}

/// The Content-Security-Policy for a page whose inline scripts are
/// `inline_scripts`: only this site's own files, WebAssembly, and those
/// exact scripts, by hash.
pub fn content_security_policy(inline_scripts: &[&str]) -> String {
    let hashes: String = inline_scripts
        .iter()
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
         img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )
}

/// The contents of each `<script>` in `page` that has no `src`.
pub fn inline_scripts(page: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(open_end) = rest.find('>') else {
            break;
        };
        let Some(close) = rest.find("</script>") else {
            break;
        };
        if !rest[..open_end].contains(" src=") {
            scripts.push(&rest[open_end + 1..close]);
        }
        rest = &rest[close + "</script>".len()..];
    }
    scripts
}

/// `page` with its Content-Security-Policy as the first thing in `<head>`,
/// before any script.
pub fn insert_csp(page: &str) -> Result<String, String> {
    let policy = content_security_policy(&inline_scripts(page));
    let head = page.find("<head>").ok_or("the page has no <head>")? + "<head>".len();
    let meta = format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    Ok(format!("{}{}{}", &page[..head], meta, &page[head..]))
}

/// A `_headers` file (Netlify, Cloudflare Pages) that sends `policy` and
/// the other headers a static host should send for Harbor.
pub fn headers_file(policy: &str) -> String {
    format!(
        "# Written by the build (src/bin/postbuild.rs). See README.md, \"Deploy\".\n\
         /*\n  Content-Security-Policy: {policy}; frame-ancestors 'none'\n  \
         Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n  \
         Cache-Control: no-cache\n\
         /*.wasm\n  Cache-Control: public, max-age=31536000, immutable\n\
         /*.js\n  Cache-Control: public, max-age=31536000, immutable\n\
         /*.css\n  Cache-Control: public, max-age=31536000, immutable\n\
         /sw.js\n  Cache-Control: no-cache\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CONTENT;

    #[test]
    fn the_frame_holds_working_call_links_and_the_exit_link() {
        let html = frame(&CONTENT);
        assert!(html.contains(r#"href="tel:+18883737888""#), "{html}");
        assert!(html.contains(r#"href="sms:233733?&amp;body=HELP""#));
        assert!(html.contains(r#"href="tel:911""#));
        assert!(
            html.contains(
                r#"<a href="https://weather.com/" rel="noreferrer" class="exit">Quick exit</a>"#
            ),
            "{html}"
        );
    }

    #[test]
    fn the_policy_allows_exactly_the_inline_scripts_of_the_page() {
        let page = "<html><head><title>t</title><script type=\"module\">go()</script>\
                    <script src=\"/a.js\"></script></head><body></body></html>";
        assert_eq!(inline_scripts(page), ["go()"]);
        let with_policy = insert_csp(page).unwrap();
        // sha256("go()"), base64.
        let expected = format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"go()"))
        );
        let policy = content_security_policy(&["go()"]);
        assert!(policy.contains(&expected));
        assert!(
            policy.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-")
        );
        for directive in ["object-src 'none'", "base-uri 'none'", "form-action 'none'"] {
            assert!(policy.contains(directive), "{directive}");
        }
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
        assert!(with_policy
            .starts_with("<html><head>\n    <meta http-equiv=\"Content-Security-Policy\""));
    }

    #[test]
    fn the_headers_file_sends_the_policy_and_keeps_the_worker_fresh() {
        let file = headers_file("default-src 'self'");
        assert!(
            file.contains("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'")
        );
        assert!(file.contains("Referrer-Policy: no-referrer"));
        assert!(file.contains("X-Content-Type-Options: nosniff"));
        assert!(file.contains("/sw.js\n  Cache-Control: no-cache"));
    }

    #[test]
    fn the_frame_goes_first_in_the_body() {
        let page = insert_frame(
            "<html><body class=\"x\"><p>app</p></body></html>",
            "<header></header>",
        )
        .unwrap();
        assert_eq!(
            page,
            "<html><body class=\"x\"><header></header><p>app</p></body></html>"
        );
        assert!(insert_frame("<html></html>", "<header></header>").is_err());
    }
}
