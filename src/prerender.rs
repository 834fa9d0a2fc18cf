//! Build side: every view rendered to HTML with the same components, so each
//! address is a complete page before the WebAssembly runs, and when it never
//! does; and the page's Content-Security-Policy. `src/bin/postbuild.rs`
//! writes the pages.
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

use leptos::prelude::*;

use crate::content::Content;
use crate::looks::Look;
use crate::precache::integrity;
use crate::views::chrome::{CallBar, EarlyExit, QuickExit, UpdateNotice};
use crate::{App, APP_ID, FRAME_ID};

/// The script every page carries inline, first in its `<head>`
/// (`src/safety.js`): the quick exit, the guard that leaves again if the
/// browser shows a page after it, no trail before the app, and the skip
/// link. It works from the first bytes, without WebAssembly, and after any
/// failure of the app, which never handles the exit itself.
pub const SAFETY_SCRIPT: &str = include_str!("safety.js");

/// The script every page carries inline, last in its `<head>`
/// (`src/offline.js`): it registers the service worker once the page has
/// loaded, whether or not the app runs, and says when a new version waits.
pub const OFFLINE_SCRIPT: &str = include_str!("offline.js");

/// The script every page carries inline right after its home-screen links
/// (`src/looks.js`): on the install view, it gives the page the look the
/// person picks, with or without the app.
pub const LOOKS_SCRIPT: &str = include_str!("looks.js");

/// The styles, inline in every page's `<head>`: no request stands between
/// the page and its first paint.
pub const STYLE: &str = include_str!("../style/main.css");

/// The skip link, the early exit link, the call bar and the exit, and the
/// notice of a new version, as HTML.
pub fn frame(content: &'static Content) -> String {
    Owner::new().with(|| {
        provide_context(content);
        view! {
            <a class="skip" href="#content">{content.site.words.skip.as_ref()}</a>
            <EarlyExit/>
            <header class="bar" id=FRAME_ID>
                <CallBar/>
                <QuickExit/>
            </header>
            <UpdateNotice/>
        }
        .to_html()
    })
}

/// The `<link rel="alternate">` of the page at `address` (an address of
/// `content`'s language, such as `/es/signs`): the page in each language,
/// each marked with its language.
pub fn alternates(content: &Content, address: &str) -> String {
    let mut links = format!(
        "<link rel=\"alternate\" hreflang=\"{}\" href=\"{address}\">",
        content.lang
    );
    if !content.other_lang.is_empty() {
        links.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            content.other_lang,
            content.counterpart(address)
        ));
    }
    links
}

/// Trunk's `index.html` made the template of `content`'s language: its
/// `<html lang>`, and its app files (`app-<hash>.js` and `_bg.wasm`)
/// replaced by that language's (`app-es-<hash>…`), given as `(from, to)`
/// pairs of file names.
pub fn template_in(template: &str, content: &Content, files: &[(String, String)]) -> String {
    let mut page = template.replacen(
        "<html lang=\"en\">",
        &format!("<html lang=\"{}\">", content.lang),
        1,
    );
    for (from, to) in files {
        page = page.replace(from.as_str(), to);
    }
    page
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
/// site's name as its title, [`SAFETY_SCRIPT`] and [`STYLE`] right after it
/// (before any other script, so the safety script runs before anything is
/// painted), and [`OFFLINE_SCRIPT`] last in the `<head>`; in its body the
/// frame, then the view in `<div id="app">`.
pub fn page(
    template: &str,
    frame: &str,
    view: &str,
    look: &Look,
    alternates: &str,
) -> Result<String, String> {
    let title_start = template.find("<title>").ok_or("the page has no <title>")? + "<title>".len();
    let title_end = title_start
        + template[title_start..]
            .find("</title>")
            .ok_or("the <title> is not closed")?;
    let after_title = title_end + "</title>".len();
    let head_end = template.find("</head>").ok_or("the <head> is not closed")?;
    let body = template.find("<body").ok_or("the page has no <body>")?;
    let open_end = body
        + template[body..]
            .find('>')
            .ok_or("the <body> tag is not closed")?
        + 1;
    let close = template
        .rfind("</body>")
        .ok_or("the <body> is not closed")?;
    if head_end < after_title || body < head_end || close < open_end {
        return Err("the <title>, </head>, <body> and </body> are out of order".into());
    }
    Ok(format!(
        "{}{name}</title><script>{SAFETY_SCRIPT}</script><style>{STYLE}</style>{links}<script>{LOOKS_SCRIPT}</script>{alternates}{}\
         <script>{OFFLINE_SCRIPT}</script>{}{frame}<div id=\"{APP_ID}\">{view}</div>{}",
        &template[..title_start],
        &template[after_title..head_end],
        &template[head_end..open_end],
        &template[close..],
        name = look.name,
        links = look.head_links(),
    ))
}

/// The Content-Security-Policy for a page whose inline scripts are
/// `inline_scripts` and inline styles `inline_styles`: only this site's own
/// files, WebAssembly, and those exact scripts and styles, by hash.
pub fn content_security_policy(inline_scripts: &[&str], inline_styles: &[&str]) -> String {
    // The same `sha256-…` form as subresource integrity.
    let hashes = |texts: &[&str]| -> String {
        texts
            .iter()
            .map(|text| format!(" '{}'", integrity(text.as_bytes())))
            .collect()
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; \
         img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
        hashes(inline_scripts),
        hashes(inline_styles)
    )
}

/// The contents of each `<script>` in `page` that has no `src`.
pub fn inline_scripts(page: &str) -> Vec<&str> {
    inline(page, "script")
        .filter(|(attributes, _)| !attributes.contains(" src="))
        .map(|(_, text)| text)
        .collect()
}

/// The contents of each `<style>` in `page`.
pub fn inline_styles(page: &str) -> Vec<&str> {
    inline(page, "style").map(|(_, text)| text).collect()
}

/// Each `<tag …>text</tag>` in `page`, as its attributes and its text.
fn inline<'a>(page: &'a str, tag: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut rest = page;
    std::iter::from_fn(move || {
        let start = rest.find(&open)?;
        rest = &rest[start..];
        let open_end = rest.find('>')?;
        let end = rest.find(&close)?;
        let found = (&rest[..open_end], &rest[open_end + 1..end]);
        rest = &rest[end + close.len()..];
        Some(found)
    })
}

/// `page` with its Content-Security-Policy in `<head>`, before any script:
/// right after the `<meta charset>` (which must stay within the first 1024
/// bytes), or first if there is none.
pub fn insert_csp(page: &str) -> Result<String, String> {
    let policy = content_security_policy(&inline_scripts(page), &inline_styles(page));
    let head = page.find("<head>").ok_or("the page has no <head>")? + "<head>".len();
    let at = page[head..]
        .find("<meta charset=")
        .and_then(|charset| Some(head + charset + page[head + charset..].find('>')? + 1))
        .unwrap_or(head);
    let meta = format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    Ok(format!("{}{}{}", &page[..at], meta, &page[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CONTENT_EN;
    use base64::Engine as _;
    use sha2::{Digest, Sha256};

    #[test]
    fn the_frame_holds_working_call_links_and_the_exit_link() {
        let html = frame(&CONTENT_EN);
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
    fn the_policy_allows_exactly_the_inline_scripts_and_styles_of_the_page() {
        let page = "<html><head><title>t</title><script type=\"module\">go()</script>\
                    <script src=\"/a.js\"></script><style>p{}</style></head><body></body></html>";
        assert_eq!(inline_scripts(page), ["go()"]);
        assert_eq!(inline_styles(page), ["p{}"]);
        let with_policy = insert_csp(page).unwrap();
        let hash = |text: &[u8]| {
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text))
            )
        };
        let policy = content_security_policy(&["go()"], &["p{}"]);
        assert!(policy.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {};",
            hash(b"go()"),
            hash(b"p{}")
        )));
        assert!(policy.starts_with("default-src 'self'; "));
        for directive in ["object-src 'none'", "base-uri 'none'", "form-action 'none'"] {
            assert!(policy.contains(directive), "{directive}");
        }
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
        assert!(with_policy
            .starts_with("<html><head>\n    <meta http-equiv=\"Content-Security-Policy\""));
        let with_charset =
            insert_csp("<html><head><meta charset=\"utf-8\"><title>t</title></head></html>")
                .unwrap();
        assert!(with_charset.starts_with(
            "<html><head><meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\""
        ));
    }

    #[test]
    fn the_inline_scripts_and_style_can_go_inline() {
        // Inside <script>…</script>, this text would end the script early.
        for (text, end) in [
            (SAFETY_SCRIPT, "</script"),
            (OFFLINE_SCRIPT, "</script"),
            (LOOKS_SCRIPT, "</script"),
            (STYLE, "</style"),
        ] {
            assert!(!text.to_ascii_lowercase().contains(end));
        }
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
        let maine = app_at(&CONTENT_EN, "/local/maine");
        assert!(
            maine.contains("<h1 tabindex=\"-1\">Help near you</h1>"),
            "{maine}"
        );
        assert!(maine.contains("Maine"));
        let signs = app_at(&CONTENT_EN, "/signs");
        let title = CONTENT_EN.topic("signs").unwrap().title.as_ref();
        assert!(signs.contains(title), "{signs}");
        let lost = app_at(&CONTENT_EN, "/not/found");
        assert!(lost.contains("This page is not here"), "{lost}");
        // Every view links every other, as plain links.
        for other in crate::route::addresses(&CONTENT_EN)
            .iter()
            .filter(|a| !a.starts_with("/local/"))
        {
            assert!(signs.contains(&format!("href=\"{other}\"")), "{other}");
        }
    }

    #[test]
    fn a_page_holds_its_scripts_and_style_in_its_head_then_the_frame_then_the_view() {
        let template = "<html><head><meta charset=\"utf-8\"><title>x</title>\
                        <script type=\"module\">go()</script></head><body class=\"b\">\n</body></html>";
        let look = Look::usual(&CONTENT_EN);
        let html = page(template, "<header>F</header>", "<main>V</main>", &look, "").unwrap();
        let expected = format!(
            "<html><head><meta charset=\"utf-8\"><title>{}</title><script>{SAFETY_SCRIPT}</script>\
             <style>{STYLE}</style>{}<script>{LOOKS_SCRIPT}</script><script type=\"module\">go()</script><script>{OFFLINE_SCRIPT}</script>\
             </head><body class=\"b\"><header>F</header><div id=\"app\"><main>V</main></div></body></html>",
            look.name,
            look.head_links()
        );
        assert_eq!(html, expected);
        assert!(page("<html><body></body></html>", "", "", &look, "").is_err());
        assert!(page(
            "<html><head></head><body></body><title>x</title></html>",
            "",
            "",
            &look,
            ""
        )
        .is_err());
        let frame = frame(&CONTENT_EN);
        assert!(
            frame.starts_with("<a href=\"#content\" class=\"skip\">Skip to content</a>"),
            "{frame}"
        );
    }
}
