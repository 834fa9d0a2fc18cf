//! Build side: HTML rendered from the same components, for the moments
//! before the WebAssembly runs, or when it never does.
//!
//! For now this is the frame every page needs first: the call bar and the
//! quick exit, as plain links. `src/bin/postbuild.rs` puts it in the pages,
//! and [`crate::mount`] takes it away when the app starts.

use leptos::prelude::*;

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
