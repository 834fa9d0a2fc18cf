//! The one thin layer that touches the browser. Views never call it while rendering,
//! only from event handlers and effects.

/// Clears the screen at once, then replaces this page in history with `url`.
pub fn leave(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(document) = window.document() {
        document.set_title("Weather");
        if let Some(body) = document.body() {
            body.set_inner_html("");
        }
    }
    let _ = window.location().replace(url);
}
