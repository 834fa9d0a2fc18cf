//! Build side: every view rendered to HTML with the same components, so each
//! address is a complete page before the WebAssembly runs, and when it never
//! does. `src/bin/postbuild.rs` writes the pages.
//!
//! Each page holds, in its `<body>`:
//! - the skip link and the frame: the call bar and the quick exit, plain HTML
//!   that the app never replaces;
//! - `<div id="app">`: the view, its links and the menu, which the app takes
//!   over when it starts (see [`crate::browser::take_over`]).
//!
//! and in its `<head>`, before any stylesheet or other script, the page's
//! safety script ([`SAFETY_SCRIPT`]), inline, allowed by its hash.

use std::path::PathBuf;

use base64::Engine as _;
use leptos::prelude::*;
use sha2::{Digest, Sha256};

use crate::content::Content;
use crate::views::chrome::{CallBar, EarlyExit, QuickExit};
use crate::{App, APP_ID, FRAME_ID};

/// The script every page carries inline (`src/safety.js`): the quick exit,
/// the guard that leaves again if the browser shows a page after it, and the
/// skip link. It works from the first bytes, without WebAssembly, and after
/// any failure of the app, which never handles the exit itself.
pub const SAFETY_SCRIPT: &str = include_str!("safety.js");

/// The skip link, the early exit link, the call bar and the exit, as HTML.
pub fn frame(content: &'static Content) -> String {
    Owner::new().with(|| {
        provide_context(content);
        view! {
            <a class="skip" href="#content">"Skip to content"</a>
            <EarlyExit/>
            <header class="bar" id=FRAME_ID>
                <CallBar/>
                <QuickExit/>
            </header>
        }
        .to_html()
    })
}

/// The app at `address`, as the HTML it renders there with nothing stored.
pub fn app_at(content: &'static Content, address: &str) -> String {
    Owner::new().with(|| {
        provide_context(content);
        let region = content.site.default_region.to_string();
        view! { <App region=region address=address.to_string()/> }.to_html()
    })
}

/// Where the page for `address` goes in the site folder: `/` is `index.html`,
/// `/local/maine` is `local/maine/index.html`.
pub fn file_for(address: &str) -> PathBuf {
    PathBuf::from(address.trim_matches('/')).join("index.html")
}

/// The page for one address: `template` (Trunk's `index.html`) with the
/// site's name as its title and [`SAFETY_SCRIPT`] right after it, before any
/// stylesheet or other script, so it runs before anything is painted; and in
/// its body the frame, then the view in `<div id="app">`.
pub fn page(template: &str, frame: &str, view: &str, name: &str) -> Result<String, String> {
    let title_start = template.find("<title>").ok_or("the page has no <title>")? + "<title>".len();
    let title_end = title_start
        + template[title_start..]
            .find("</title>")
            .ok_or("the <title> is not closed")?;
    let head_end = title_end + "</title>".len();
    let body = template.find("<body").ok_or("the page has no <body>")?;
    let open_end = body
        + template[body..]
            .find('>')
            .ok_or("the <body> tag is not closed")?
        + 1;
    let close = template
        .rfind("</body>")
        .ok_or("the <body> is not closed")?;
    if body < head_end || close < open_end {
        return Err("the <body> is not closed, or comes before the <title>".into());
    }
    let script = SAFETY_SCRIPT;
    Ok(format!(
        "{}{name}</title><script>{script}</script>{}{frame}<div id=\"{APP_ID}\">{view}</div>{}",
        &template[..title_start],
        &template[head_end..open_end],
        &template[close..]
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
        // Two exit links: the first stop after "Skip to content", and the bar's.
        let exits: Vec<&str> = html
            .split("<a ")
            .filter(|a| a.contains("class=\"exit"))
            .collect();
        assert_eq!(exits.len(), 2, "{html}");
        let words = [
            r#"href="https://weather.com/""#,
            r#"rel="nofollow noreferrer""#,
            r#"data-title="Weather""#,
            r#"data-leaving="Loading.""#,
            r#"data-count-one="Shift, press 1 more time to exit""#,
            r#"data-count-other="Shift, press {n} more times to exit""#,
            r#"data-expired="Shift presses cleared.""#,
            ">Quick exit",
        ];
        for exit in &exits {
            for word in words {
                assert!(exit.contains(word), "{word} in {exit}");
            }
        }
        assert!(html.find("class=\"skip\"") < html.find("class=\"exit early\""));
        assert!(html.find("class=\"exit early\"") < html.find("<header"));
        assert!(exits[1].contains(r#"<span aria-hidden="true" class="presses">"#));
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
    fn the_safety_script_can_go_inline() {
        // Inside <script>…</script>, this text would end the script early.
        assert!(!SAFETY_SCRIPT.to_ascii_lowercase().contains("</script"));
    }

    #[test]
    fn each_address_has_a_file_of_its_own() {
        assert_eq!(file_for("/"), PathBuf::from("index.html"));
        assert_eq!(
            file_for("/local/maine"),
            PathBuf::from("local/maine/index.html")
        );
    }

    #[test]
    fn each_address_renders_its_own_view_and_others_the_not_found_view() {
        let maine = app_at(&CONTENT, "/local/maine");
        assert!(
            maine.contains("<h1 tabindex=\"-1\">Help near you</h1>"),
            "{maine}"
        );
        assert!(maine.contains("Maine"));
        let signs = app_at(&CONTENT, "/signs");
        let title = CONTENT.topic("signs").unwrap().title.as_ref();
        assert!(signs.contains(title), "{signs}");
        let lost = app_at(&CONTENT, "/not/found");
        assert!(lost.contains("This page is not here"), "{lost}");
        // Every view links every other, as plain links.
        for other in crate::route::addresses(&CONTENT)
            .iter()
            .filter(|a| !a.starts_with("/local/"))
        {
            assert!(signs.contains(&format!("href=\"{other}\"")), "{other}");
        }
    }

    #[test]
    fn a_page_holds_the_exit_script_in_its_head_then_the_frame_then_the_view() {
        let template = "<html><head><meta charset=\"utf-8\"><title>x</title>\
                        <link rel=\"stylesheet\" href=\"/a.css\"></head><body class=\"b\">\n</body></html>";
        let html = page(template, "<header>F</header>", "<main>V</main>", "Harbor").unwrap();
        let expected = format!(
            "<html><head><meta charset=\"utf-8\"><title>Harbor</title><script>{}</script>\
             <link rel=\"stylesheet\" href=\"/a.css\"></head><body class=\"b\"><header>F</header>\
             <div id=\"app\"><main>V</main></div></body></html>",
            SAFETY_SCRIPT
        );
        assert_eq!(html, expected);
        assert!(page("<html><body></body></html>", "", "", "H").is_err());
        assert!(page("<html><body></body><title>x</title></html>", "", "", "H").is_err());
        let frame = frame(&CONTENT);
        assert!(
            frame.starts_with("<a href=\"#content\" class=\"skip\">Skip to content</a>"),
            "{frame}"
        );
    }
}
