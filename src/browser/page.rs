//! The page: the app taking over the view the build rendered, the content
//! file the page names, and the browser's language.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::window;

/// The elements a person can move focus to.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

/// Hands `mount` the element with id `id`, emptied of the HTML the build put
/// there, so the app renders the same view in its place. All of it runs in
/// one task, so nothing is painted in between. Whatever had focus inside it
/// (the third link, say) gets it back in the app's copy, and the page keeps its
/// scroll position. Without such an element, the app mounts at the end of `<body>`.
pub fn take_over(id: &str, mount: impl FnOnce(web_sys::HtmlElement)) {
    let Some(window) = window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(root) = document
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        if let Some(body) = document.body() {
            mount(body);
        }
        return;
    };
    let (x, y) = (
        window.scroll_x().unwrap_or_default(),
        window.scroll_y().unwrap_or_default(),
    );
    let focusable = |root: &web_sys::HtmlElement| {
        let list = root.query_selector_all(FOCUSABLE).ok();
        (0..list.as_ref().map_or(0, |l| l.length())).filter_map(move |i| list.as_ref()?.item(i))
    };
    let active = document.active_element();
    let focused = focusable(&root).position(|e| Some(&e) == active.as_ref().map(|a| a.as_ref()));
    root.set_text_content(None);
    mount(root.clone());
    if let Some(element) = focused
        .and_then(|n| focusable(&root).nth(n))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        focus_in_place(&element);
    }
    window.scroll_to_with_x_and_y(x, y);
}

/// Moves focus to `element` without scrolling the page.
pub(super) fn focus_in_place(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// The browser's first language, as its tag in lowercase, such as `es-mx`.
/// Nothing is stored.
pub fn first_language() -> Option<String> {
    let first = window()?.navigator().language()?.to_ascii_lowercase();
    (!first.is_empty()).then_some(first)
}

/// The address of the page's content file: the build names it in a
/// `<link rel="preload">` with the id [`crate::names::CONTENT_FILE_ID`] (which also
/// starts its download while the page is read).
pub fn content_address() -> Option<String> {
    window()?
        .document()?
        .get_element_by_id(crate::names::CONTENT_FILE_ID)?
        .get_attribute("href")
}

/// The bytes at `address`, or `None` if they cannot be had (offline without
/// a copy, a server error).
pub async fn fetch_bytes(address: &str) -> Option<Vec<u8>> {
    let response = JsFuture::from(window()?.fetch_with_str(address))
        .await
        .ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Marks `<html data-app="running">` once the app has taken the view over,
/// for the page's own scripts and the tests to know.
pub fn mark_running() {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app", crate::names::APP_RUNNING);
    }
}
