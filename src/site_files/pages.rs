//! Build side: every view rendered to HTML with the same components, so each
//! address is a complete page before the WebAssembly runs, and when it never
//! does; and the page's Content-Security-Policy. `src/site_files/postbuild.rs`
//! writes the pages.
//!
//! Each page holds, in its `<head>`, first the page's safety script
//! ([`Scripts::safety`]), inline, allowed by its hash, then the styles,
//! inline too, the looks, the links to the page in each language, the app's
//! files (its glue, its WebAssembly and the language's content file,
//! preloaded, and the small script that starts it), and the page's looks
//! and offline scripts, files of their own that every page shares (so the
//! copy keeps them once); in its `<body>`:
//! - the skip link and the frame: the call bar, the quick exit and the
//!   notice of a new version, plain HTML that the app never replaces;
//! - `<div id="app">`: the view, its links and the menu, which the app takes
//!   over when it starts (see [`crate::browser::page::take_over`]).

use std::ffi::OsStr;
use std::path::PathBuf;

use leptos::prelude::*;

use super::comments::{script_as_sent, style_as_sent};
use super::manifests::{attribute, head_links};
use super::precache::integrity;
use crate::content::Content;
use crate::looks::Look;
use crate::names::CONTENT_FILE_ID;
use crate::views::chrome::{CallBar, EarlyExit, Menu, QuickExit, UpdateNotice};
use crate::views::not_found::NotSaved;
use crate::{names, App, APP_ID, FRAME_ID};

/// The page's own scripts, with the names they share filled in
/// (`crate::names::fill`), and its styles, each as sent (without comments:
/// `super::comments`).
pub struct Scripts {
    /// `src/safety.js`, inline, first in the `<head>`: the quick exit, the
    /// guard that leaves again if the browser shows a page after it, no
    /// trail before the app, the skip link, and the stand-in for a page a
    /// host answered in another's place ([`Place`]). It works from the
    /// first bytes, without WebAssembly, and after any failure of the app,
    /// which never handles the exit itself.
    pub safety: String,
    /// `src/looks.js`, a file (`looks-<hash>.js`): on the install view, the
    /// head carries the look the person picks.
    pub looks: ScriptFile,
    /// `src/offline.js`, a file (`offline-<hash>.js`): the service worker,
    /// the notice of a new version, the copy's status and "Clear".
    pub offline: ScriptFile,
    /// `style/main.css`, inline in every page's `<head>`: no request stands
    /// between the page and its first paint.
    pub style: String,
}

/// A page script kept in a file of its own, named by its hash.
pub struct ScriptFile {
    /// Its name at the site's root, such as `offline-<hash>.js`.
    pub name: String,
    /// Its text.
    pub text: String,
}

impl ScriptFile {
    fn new(stem: &str, text: String) -> Self {
        ScriptFile {
            name: super::host_files::script_name(stem, text.as_bytes()),
            text,
        }
    }

    /// The `<script>` that loads it once the page is read, in order.
    fn tag(&self) -> String {
        format!("<script src=\"/{}\" defer></script>", self.name)
    }
}

impl Scripts {
    /// The three scripts, named, and the styles; an error names a script
    /// that uses a name `src/names.rs` does not have, or a line that
    /// `super::comments` cannot be sure of.
    pub fn new() -> Result<Self, String> {
        let script = |file: &str, text: &str| -> Result<String, String> {
            script_as_sent(file, &names::fill(file, text)?)
        };
        Ok(Scripts {
            safety: script("src/safety.js", include_str!("../safety.js"))?,
            looks: ScriptFile::new(
                "looks",
                script_as_sent("src/looks.js", include_str!("../looks.js"))?,
            ),
            offline: ScriptFile::new(
                "offline",
                script("src/offline.js", include_str!("../offline.js"))?,
            ),
            style: style_as_sent("style/main.css", include_str!("../../style/main.css"))?,
        })
    }
}

/// The app's two files, by name: its JS glue and its WebAssembly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppFiles {
    /// `app-<hash>.js`.
    pub glue: String,
    /// `app-<hash>_bg.wasm`.
    pub wasm: String,
}

impl AppFiles {
    /// What starts the app in a page: the glue, the WebAssembly and the
    /// language's content file (`content`), preloaded so they download while
    /// the page is read, and the small module that starts the glue. The
    /// WebAssembly and the content file are fetched with CORS, as the glue
    /// and the app fetch them, so the preloads are used, not fetched twice.
    pub fn head(&self, content: &str) -> String {
        format!(
            "<link rel=\"modulepreload\" href=\"/{glue}\">\
             <link rel=\"preload\" href=\"/{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin>\
             <link rel=\"preload\" id=\"{CONTENT_FILE_ID}\" href=\"/{content}\" as=\"fetch\" crossorigin>\
             <script type=\"module\">{}</script>",
            self.loader(),
            glue = self.glue,
            wasm = self.wasm,
        )
    }

    /// The module that starts the app: the glue's `init` with the
    /// WebAssembly's address (the app then reads the content file itself).
    /// While the safety script puts another page in this one's place
    /// (`<html data-stand-in>`, see [`Place`]), it waits: the app would
    /// speak this page's language; it starts if the script gives up.
    pub fn loader(&self) -> String {
        format!(
            "import init from \"/{}\";\
             const start=()=>init({{module_or_path:\"/{}\"}});\
             if(\"standIn\"in document.documentElement.dataset)addEventListener(\"{}\",start,{{once:true}});else start();",
            self.glue,
            self.wasm,
            names::stand_in::GAVE_UP
        )
    }
}

/// The skip link, the early exit link, the call bar and the exit, and the
/// notice of a new version, as HTML.
pub fn frame(content: &'static Content) -> String {
    render(content, || {
        view! {
            <a class="skip" href="#content">{content.site.words.skip.as_ref()}</a>
            <EarlyExit/>
            <header class="bar" id=FRAME_ID>
                <CallBar/>
                <QuickExit/>
            </header>
            <UpdateNotice/>
        }
    })
}

/// The `<link rel="alternate">` of the page at `address` (an address of
/// `content`'s language, such as `/es/signs`): the page in each language,
/// each marked with its language. Each address starts with `site` (see
/// [`site_address`]): absolute with the site's address, else from the root.
pub fn alternates(content: &Content, address: &str, site: &str) -> String {
    content
        .languages
        .iter()
        .map(|language| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{site}{}\">",
                language.code,
                content.counterpart(address, language)
            )
        })
        .collect()
}

/// The build setting that gives the site's own address, such as
/// `https://example.org`: with it, each page's links to itself in each
/// language are absolute addresses, as search engines prefer them.
pub const SITE_ADDRESS: &str = "HARBOR_SITE_ADDRESS";

/// The site's address from the value of [`SITE_ADDRESS`], to put in front of
/// an address (`https://example.org`, a `/` at its end dropped): empty when
/// the setting is not given or empty. Anything but `http://` or `https://`
/// and a host name, with a port or not, is an error that names the setting.
pub fn site_address(setting: Option<&OsStr>) -> Result<String, String> {
    let Some(setting) = setting.filter(|s| !s.is_empty()) else {
        return Ok(String::new());
    };
    let wrong = |why: &str| {
        format!(
            "{SITE_ADDRESS}={setting:?} {why}: give the site's own address, \
             such as https://example.org, or leave the setting out"
        )
    };
    let value = setting.to_str().ok_or_else(|| wrong("is not plain text"))?;
    let (scheme, rest) = ["https://", "http://"]
        .into_iter()
        .find_map(|scheme| Some((scheme, value.strip_prefix(scheme)?)))
        .ok_or_else(|| wrong("must start with https:// or http://"))?;
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    if authority.contains(['/', '?', '#']) {
        return Err(wrong("must have no path, query or fragment"));
    }
    let (host, port) = match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let label = |l: &str| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if !host.split('.').all(label) {
        return Err(wrong(
            "has no valid host name (letters, digits and dashes, between dots)",
        ));
    }
    let number =
        |p: &str| p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u16>().is_ok_and(|p| p > 0);
    if !port.is_none_or(number) {
        return Err(wrong("has a port that is not a number from 1 to 65535"));
    }
    Ok(format!("{scheme}{}", authority.to_ascii_lowercase()))
}

/// The app at `address`, as the HTML it renders there with nothing stored.
pub fn app_at(content: &'static Content, address: &str) -> String {
    let region = content.site.default_region.to_string();
    render(
        content,
        || view! { <App region=region address=address.to_string()/> },
    )
}

/// The view of the page shown offline for a language this phone has not
/// saved yet, in `content`'s language, with the menu of its views.
pub fn not_saved(content: &'static Content) -> String {
    render(content, || {
        view! {
            <main id="content"><NotSaved/></main>
            <footer><Menu/></footer>
        }
    })
}

/// The empty comment Leptos's server renderer leaves where a view may
/// change, for an app that hydrates the page. Harbor's app never does: it
/// takes the view over and renders it anew. `<!>` is not a valid comment
/// either (HTML parsers report it), so the pages leave it out.
const MARKER: &str = "<!>";

/// `view`, rendered to HTML with `content` in context, without the
/// renderer's [`MARKER`]s. Nothing else in it can read `<!>`: the renderer
/// escapes every `<` of text and attribute values.
fn render<V: RenderHtml>(content: &'static Content, view: impl FnOnce() -> V) -> String {
    Owner::new().with(|| {
        provide_context(content);
        view().to_html().replace(MARKER, "")
    })
}

/// Where the page for `address` goes in the site folder, named so that
/// every host serves it at that address without a redirect: `/local/maine`
/// is `local/maine.html`, and a language's home page (`/`, `/es/`) is its
/// folder's `index.html` (`precache::address_of` goes back).
pub fn file_for(address: &str) -> PathBuf {
    match address.strip_suffix('/') {
        Some(folder) => PathBuf::from(folder.trim_start_matches('/')).join("index.html"),
        None => PathBuf::from(format!("{}.html", address.trim_start_matches('/'))),
    }
}

/// What a page stands for, written on its `<html>` for the safety script
/// (`src/safety.js`). A host may answer an address it does not have with
/// another page (the first language's home or not-found page, say); the
/// script then sees that the page is not the one asked for and puts the
/// not-found page of the address's language in its place, so a person who
/// followed a broken Spanish link reads Spanish.
pub enum Place<'a> {
    /// The page of this one address (`data-address`), in its language.
    Address(&'a str),
    /// A page for any address of its language: the not-found page.
    Language,
    /// A page for any address at all: the page that says, offline, that a
    /// language is not saved yet, which the service worker shows in a
    /// language the copy holds.
    Any,
}

impl Place<'_> {
    /// The attributes of `<html>` for this place in `content`'s language:
    /// the address, the language's base (`data-base`, empty for the first)
    /// and the bases of every language but the first (`data-bases`).
    fn attributes(&self, content: &Content) -> String {
        let language = format!(
            " data-base=\"{}\" data-bases=\"{}\"",
            content.base,
            content
                .languages
                .iter()
                .map(|l| content.base_of(l))
                .filter(|base| !base.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        );
        match self {
            Place::Address(address) => format!(" data-address=\"{address}\"{language}"),
            Place::Language => language,
            Place::Any => String::new(),
        }
    }
}

/// One page of `content`'s language, with the title and description of its
/// content: `view` (the HTML of `#app`) in the frame, with `head` (the
/// alternates and the app's files, or nothing for a page the app does not
/// take over) in its `<head>`, what it stands for (`place`), and the policy
/// that allows exactly its inline scripts and styles.
pub fn page(
    content: &'static Content,
    scripts: &Scripts,
    view: &str,
    head: &str,
    place: &Place,
) -> String {
    let look = Look::usual(content);
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"{place}><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"referrer\" content=\"no-referrer\"><title>{title}</title>\
         <meta name=\"description\" content=\"{description}\">\
         <script>{safety}</script><style>{style}</style>\
         <meta name=\"theme-color\" content=\"#0b5866\"><link rel=\"icon\" href=\"/icons/icon-192.png\" type=\"image/png\">\
         <meta name=\"apple-mobile-web-app-capable\" content=\"yes\"><meta name=\"mobile-web-app-capable\" content=\"yes\">\
         <meta name=\"apple-mobile-web-app-status-bar-style\" content=\"default\">\
         {links}{head}{looks}{offline}</head>\
         <body>{frame}<div id=\"{APP_ID}\">{view}</div></body></html>\n",
        lang = content.lang(),
        dir = content.language.dir,
        place = place.attributes(content),
        title = attribute(&look.name),
        description = attribute(&content.site.description),
        safety = scripts.safety,
        style = scripts.style,
        links = head_links(&look),
        looks = scripts.looks.tag(),
        offline = scripts.offline.tag(),
        frame = frame(content),
    );
    with_policy(&page)
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

/// `page` with its Content-Security-Policy, for exactly its inline scripts
/// and styles, right after its `<meta charset>` (which must stay within the
/// first 1024 bytes), before any script.
pub fn with_policy(page: &str) -> String {
    let policy = content_security_policy(&inline_scripts(page), &inline_styles(page));
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    page.replacen(
        "<meta charset=\"utf-8\">",
        &format!("<meta charset=\"utf-8\">{meta}"),
        1,
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use base64::Engine as _;
    use sha2::{Digest, Sha256};

    fn english() -> &'static Content {
        crate::content::language("en").expect("English")
    }

    #[test]
    fn the_frame_holds_working_call_links_and_the_exit_link() {
        let html = frame(english());
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
            r#"data-one-left="Shift, press 1 more time to exit""#,
            r#"data-two-left="Shift, press 2 more times to exit""#,
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
        let with_charset =
            with_policy("<html><head><meta charset=\"utf-8\"><title>t</title></head></html>");
        assert!(with_charset.starts_with(
            "<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\""
        ));
    }

    #[test]
    fn the_inline_scripts_and_style_can_go_inline() {
        // Inside <script>…</script>, this text would end the script early.
        let scripts = Scripts::new().unwrap();
        for (text, end) in [
            (scripts.safety.as_str(), "</script"),
            (scripts.offline.text.as_str(), "</script"),
            (scripts.looks.text.as_str(), "</script"),
            (scripts.style.as_str(), "</style"),
        ] {
            assert!(!text.to_ascii_lowercase().contains(end));
        }
    }

    #[test]
    fn each_address_has_a_file_of_its_own() {
        for address in ["/", "/es/", "/signs", "/es/local/maine"] {
            let file = format!("/{}", file_for(address).display());
            assert_eq!(crate::site_files::precache::address_of(&file), address);
        }
        assert_eq!(file_for("/"), PathBuf::from("index.html"));
        assert_eq!(file_for("/es/"), PathBuf::from("es/index.html"));
        assert_eq!(file_for("/local/maine"), PathBuf::from("local/maine.html"));
    }

    #[test]
    fn each_address_renders_its_own_view_and_others_the_not_found_view() {
        let maine = app_at(english(), "/local/maine");
        assert!(
            maine.contains("<h1 tabindex=\"-1\">Help near you</h1>"),
            "{maine}"
        );
        assert!(maine.contains("Maine"));
        let signs = app_at(english(), "/signs");
        let title = english().topic("signs").unwrap().title.as_ref();
        assert!(signs.contains(title), "{signs}");
        let lost = app_at(english(), "/not/found");
        assert!(lost.contains("This page is not here"), "{lost}");
        // Every view links every other, as plain links.
        for other in crate::route::addresses(english())
            .iter()
            .filter(|a| !a.starts_with("/local/"))
        {
            assert!(signs.contains(&format!("href=\"{other}\"")), "{other}");
        }
    }

    #[test]
    fn a_page_says_what_it_stands_for_so_the_safety_script_can_stand_in_another() {
        let spanish = crate::content::language("es").unwrap();
        let bases = Place::Language.attributes(spanish);
        assert!(
            bases.starts_with(" data-base=\"/es\" data-bases=\"/es "),
            "{bases}"
        );
        assert!(!bases.contains("data-address"));
        assert!(Place::Address("/es/signs")
            .attributes(spanish)
            .starts_with(" data-address=\"/es/signs\" data-base=\"/es\""));
        assert_eq!(Place::Any.attributes(spanish), "");
        // The first language's base is empty, and is no other's.
        assert!(!Place::Language
            .attributes(english())
            .contains("data-bases=\" "));
    }

    #[test]
    fn the_pages_leave_out_the_renderers_empty_comments() {
        // Leptos's renderer leaves them where a view may change.
        let raw = Owner::new().with(|| {
            provide_context(english());
            view! { <App region="us".to_string() address="/contacts".to_string()/> }.to_html()
        });
        assert!(raw.contains(MARKER), "{raw}");
        for content in crate::content::all() {
            assert!(!frame(content).contains(MARKER));
            assert!(!not_saved(content).contains(MARKER));
            for address in crate::route::addresses(content) {
                let html = app_at(content, &address);
                assert!(!html.contains(MARKER), "{address}: {html}");
            }
        }
        // Text and attributes never hold one: the renderer escapes their `<`.
        let text = render(english(), || view! { <p title="<!>">"a<!>b"</p> });
        assert_eq!(text, "<p title=\"&lt;!&gt;\">a&lt;!&gt;b</p>");
    }

    #[test]
    fn no_page_has_two_elements_with_one_id() {
        let scripts = Scripts::new().unwrap();
        let app = AppFiles {
            glue: "app-0123456789abcdef.js".into(),
            wasm: "app-fedcba9876543210_bg.wasm".into(),
        };
        for content in crate::content::all() {
            let mut pages: Vec<(String, String)> = crate::route::addresses(content)
                .into_iter()
                .map(|address| {
                    let head = app.head("content-en-1.txt") + &alternates(content, &address, "");
                    let page = page(
                        content,
                        &scripts,
                        &app_at(content, &address),
                        &head,
                        &Place::Address(&address),
                    );
                    (address, page)
                })
                .collect();
            pages.push((
                "not saved".into(),
                page(content, &scripts, &not_saved(content), "", &Place::Any),
            ));
            for (address, page) in pages {
                let mut ids: Vec<&str> = page
                    .split(" id=\"")
                    .skip(1)
                    .map(|rest| &rest[..rest.find('"').unwrap()])
                    .collect();
                ids.sort_unstable();
                let twice: Vec<&&str> = ids
                    .windows(2)
                    .filter(|w| w[0] == w[1])
                    .map(|w| &w[0])
                    .collect();
                assert!(twice.is_empty(), "{} {address}: {twice:?}", content.lang());
                assert!(
                    ids.contains(&"content"),
                    "{address}: the skip link's target"
                );
            }
        }
    }

    #[test]
    fn each_page_has_its_languages_neutral_description_from_the_content() {
        let scripts = Scripts::new().unwrap();
        for content in crate::content::all() {
            let html = page(content, &scripts, "<main>V</main>", "", &Place::Language);
            let description = attribute(&content.site.description);
            assert!(!description.is_empty());
            let meta = format!("<meta name=\"description\" content=\"{description}\">");
            assert!(html.contains(&meta), "{meta} in {html}");
        }
    }

    #[test]
    fn the_links_to_each_language_are_absolute_with_the_sites_address_else_from_the_root() {
        let spanish = crate::content::language("es").expect("Spanish");
        let relative = alternates(spanish, "/es/signs", "");
        assert!(relative.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"/signs\">"));
        assert!(relative.contains("hreflang=\"es\" href=\"/es/signs\">"));
        let site = site_address(Some(OsStr::new("https://example.org"))).unwrap();
        let absolute = alternates(spanish, "/es/signs", &site);
        assert!(absolute.contains("hreflang=\"en\" href=\"https://example.org/signs\">"));
        assert!(absolute.contains("hreflang=\"es\" href=\"https://example.org/es/signs\">"));
        assert_eq!(
            absolute.matches("href=\"https://example.org/").count(),
            spanish.languages.len()
        );
        let home = alternates(english(), "/", &site);
        assert!(
            home.contains("hreflang=\"en\" href=\"https://example.org/\">"),
            "{home}"
        );
    }

    #[test]
    fn the_sites_address_is_a_scheme_and_a_host_or_nothing() {
        let read = |value: &str| site_address(Some(OsStr::new(value)));
        assert_eq!(site_address(None).unwrap(), "");
        assert_eq!(read("").unwrap(), "");
        for (value, site) in [
            ("https://example.org", "https://example.org"),
            ("https://example.org/", "https://example.org"),
            ("http://localhost:8080", "http://localhost:8080"),
            ("https://Help.Example.ORG", "https://help.example.org"),
            (
                "https://my-site.example.co.uk:443/",
                "https://my-site.example.co.uk:443",
            ),
        ] {
            assert_eq!(read(value).as_deref(), Ok(site), "{value}");
        }
        for bad in [
            "example.org",
            "ftp://example.org",
            "HTTPS://example.org",
            "//example.org",
            "https://",
            "https://example.org/es",
            "https://example.org//",
            "https://example.org?a=1",
            "https://example.org#top",
            "https://example.org/ ",
            " https://example.org",
            "https://example.org.",
            "https://exa mple.org",
            "https://user@example.org",
            "https://-example.org",
            "https://example.org:",
            "https://example.org:0",
            "https://example.org:65536",
            "https://example.org:+80",
            "https://example.org:80:80",
            "https://[::1]",
        ] {
            let error = read(bad).expect_err(bad);
            assert!(
                error.starts_with(&format!("{SITE_ADDRESS}={bad:?} ")),
                "{error}"
            );
            assert!(error.contains("such as https://example.org"), "{error}");
        }
    }

    #[test]
    fn a_page_holds_its_scripts_and_style_in_its_head_then_the_frame_then_the_view() {
        let scripts = Scripts::new().unwrap();
        let app = AppFiles {
            glue: "app-0123456789abcdef.js".into(),
            wasm: "app-fedcba9876543210_bg.wasm".into(),
        };
        let html = page(
            english(),
            &scripts,
            "<main>V</main>",
            &app.head("content-en-1.txt"),
            &Place::Address("/signs"),
        );
        let order = [
            "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\" data-address=\"/signs\" data-base=\"\" data-bases=\"/es ",
            "\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\"",
            "<title>Notebook</title>",
            &format!("<script>{}</script>", scripts.safety),
            "<style>",
            "<link rel=\"manifest\" href=\"/manifest.webmanifest\">",
            "<link rel=\"modulepreload\" href=\"/app-0123456789abcdef.js\">",
            "<link rel=\"preload\" id=\"content-file\" href=\"/content-en-1.txt\" as=\"fetch\" crossorigin>",
            "<script type=\"module\">import init from \"/app-0123456789abcdef.js\";",
            &format!("<script src=\"/{}\" defer></script>", scripts.looks.name),
            &format!("<script src=\"/{}\" defer></script></head>", scripts.offline.name),
            "<body><a href=\"#content\" class=\"skip\">Skip to content</a>",
            "</header>",
            "<div id=\"app\"><main>V</main></div></body></html>",
        ];
        let mut at = 0;
        for part in order {
            let found = html[at..]
                .find(part)
                .unwrap_or_else(|| panic!("{part} after {at} in {html}"));
            at += found + part.len();
        }
        // The policy allows each inline script, the app's loader included.
        let policy = html
            .split("Content-Security-Policy\" content=\"")
            .nth(1)
            .unwrap();
        assert!(
            policy.contains(&integrity(app.loader().as_bytes())),
            "{policy}"
        );
    }
}
