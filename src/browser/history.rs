//! History: moving between views without a trail, and the address shown.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::{set_timeout, window_event_listener};
use wasm_bindgen::prelude::*;

use super::page::focus_in_place;
use super::window;

/// Removes a trailing `/` from the address, without a history entry. Static
/// hosts add one when they serve a prerendered page (`/signs` becomes
/// `/signs/`); the app's own addresses have none, but for `home`, the
/// address of a language's home view that has one (`/es/`).
pub fn drop_trailing_slash(home: &str) {
    let Some(window) = window() else {
        return;
    };
    let location = window.location();
    let Ok(path) = location.pathname() else {
        return;
    };
    if path.len() > 1 && path.ends_with('/') && path != home {
        let rest = location.search().unwrap_or_default() + &location.hash().unwrap_or_default();
        let address = format!("{}{rest}", path.trim_end_matches('/'));
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
        }
    }
}

/// Moves to `path` inside the app without adding a history entry: the current
/// entry is replaced, then the app is told to show the new address (a
/// `popstate` event, see [`on_address_change`]).
pub fn go(path: &str) {
    let Some(window) = window() else {
        return;
    };
    let replaced = window
        .history()
        .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(path)));
    if replaced.is_err() {
        // Browsers throw when history is changed too often. The view still
        // changes; only the address bar keeps the old address.
        web_sys::console::warn_1(&"history is busy; the address was not updated".into());
    }
    if let Ok(event) = web_sys::Event::new("popstate") {
        let _ = window.dispatch_event(&event);
    }
    let hash = path.split_once('#').map(|(_, h)| h.to_string());
    // Once the new view is on screen: show its start (or the named section)
    // and move focus to its heading, so screen readers announce it.
    set_timeout(move || reveal(hash.as_deref()), Duration::ZERO);
}

fn reveal(hash: Option<&str>) {
    let Some(window) = window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let target = hash.and_then(|id| document.get_element_by_id(id));
    let heading = match &target {
        Some(section) => section.query_selector("h2, h3").ok().flatten(),
        None => document.query_selector("main h1").ok().flatten(),
    };
    match &target {
        Some(section) => section.scroll_into_view(),
        None => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !heading.has_attribute("tabindex") {
            let _ = heading.set_attribute("tabindex", "-1");
        }
        focus_in_place(&heading);
    }
}

/// The whole address shown now, from the path on, such as `/signs?a=b#work`.
pub fn current_address() -> String {
    let Some(window) = window() else {
        return "/".to_string();
    };
    let location = window.location();
    location.pathname().unwrap_or_else(|_| "/".to_string())
        + &location.search().unwrap_or_default()
        + &location.hash().unwrap_or_default()
}

/// Calls `changed` with the new address whenever it changes inside the page:
/// the browser's Back and Forward, and [`go`].
pub fn on_address_change(changed: impl Fn(String) + 'static) {
    window_event_listener(ev::popstate, move |_| changed(current_address()));
}

/// The address shown now, path and fragment, such as `/signs#work`.
pub fn current_path() -> Option<String> {
    let location = window()?.location();
    Some(location.pathname().ok()? + &location.hash().ok()?)
}
