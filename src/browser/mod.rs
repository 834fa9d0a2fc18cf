//! The one thin layer that touches the browser, one file per capability:
//! the page (taking over the prerendered view, the content file, the
//! browser's language), history, storage, the clock, the offline copy, and
//! installing. Views never call it while rendering, only from event handlers
//! and effects. Every function here fails quietly: a browser that refuses
//! (private mode, full storage, rate limits) leaves the app working. Timers
//! and window events use Leptos's own helpers (`set_timeout`,
//! `set_interval`, `window_event_listener`), which live as long as the page.

pub mod clock;
pub mod history;
pub mod install;
pub mod offline;
pub mod page;
pub mod storage;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The value of `attribute` on `<html>`, where the page's offline script
/// (`src/offline.js`) marks what it knows for an app that starts later.
fn root_mark(attribute: &str) -> Option<String> {
    window()?
        .document()?
        .document_element()?
        .get_attribute(attribute)
}
