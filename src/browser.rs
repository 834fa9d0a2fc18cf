//! The one thin layer that touches the browser: taking over the page,
//! history, storage, the clock and the offline copy. Views never call it
//! while rendering, only from event handlers and effects. Every function here
//! fails quietly: a browser that refuses (private mode, full storage, rate
//! limits) leaves the app working. Timers and window events use Leptos's own
//! helpers (`set_timeout`, `set_interval`, `window_event_listener`), which
//! live as long as the page.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::{
    set_interval, set_timeout, window_event_listener, window_event_listener_untyped,
};
use wasm_bindgen::prelude::*;

use crate::schedule::{LocalTime, Readings};
use crate::state::OfflineCopy;

/// The storage key for the chosen region. It names neither the topic nor
/// the project.
pub const REGION_KEY: &str = "area";

/// The key earlier versions used, which named the project: moved to
/// [`REGION_KEY`] when read.
const OLD_REGION_KEY: &str = "harbor.area";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

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
fn focus_in_place(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Local storage, if it can be used at all: reading it throws in some private modes.
fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// The region a person picked before, if storage holds one (under the key
/// of an earlier version too, which is then moved to today's).
pub fn stored_region() -> Option<String> {
    let storage = local_storage()?;
    if let Ok(Some(old)) = storage.get_item(OLD_REGION_KEY) {
        let kept = storage.get_item(REGION_KEY).ok().flatten().is_some()
            || storage.set_item(REGION_KEY, &old).is_ok();
        // Only once the area is safe under today's key.
        if kept {
            let _ = storage.remove_item(OLD_REGION_KEY);
        }
    }
    storage.get_item(REGION_KEY).ok().flatten()
}

/// Keeps the picked region for the next visit, if storage allows, and
/// unless the person cleared the app's data in this tab (the page's offline
/// script marks `<html data-copy="cleared">`): then nothing is stored again.
pub fn store_region(id: &str) {
    if root_mark("data-copy").as_deref() == Some("cleared") {
        return;
    }
    if let Some(storage) = local_storage() {
        // Full storage throws; the region then lasts for this visit only.
        let _ = storage.set_item(REGION_KEY, id);
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

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat`, bound so that an unknown zone is an error, not a crash.
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type ZoneFormat;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
    fn new(locale: &str, options: &JsValue) -> Result<ZoneFormat, JsValue>;

    #[wasm_bindgen(method)]
    fn format(this: &ZoneFormat, date: &js_sys::Date) -> String;
}

/// The wall-clock time in `zone` at `epoch_ms`, with daylight saving applied
/// by the browser's own time zone data. `None` for an unknown zone.
pub fn local_time(zone: &str, epoch_ms: f64) -> Option<LocalTime> {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("timeZone", zone),
        ("weekday", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
    ] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    let format = ZoneFormat::new("en-US", &options).ok()?;
    // For example "Mon 14:05".
    let text = format.format(&js_sys::Date::new(&JsValue::from_f64(epoch_ms)));
    let (day, time) = text.split_once(' ')?;
    let weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        .iter()
        .position(|d| *d == day)? as u8;
    let minute = crate::content::minutes(time.trim())?;
    Some(LocalTime { weekday, minute })
}

/// Reads the clock now in each of `zones`.
pub fn read_clock(zones: &[String]) -> Readings {
    let now = js_sys::Date::now();
    Readings(
        zones
            .iter()
            .filter_map(|zone| Some((zone.clone(), local_time(zone, now)?)))
            .collect(),
    )
}

/// Calls `tick` every `ms` milliseconds for as long as the page is open.
pub fn every(ms: u64, tick: impl Fn() + 'static) {
    set_interval(tick, Duration::from_millis(ms));
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

/// Whether the browser's first language is `lang` (a code such as `es`):
/// `es-MX` and `es` are; nothing is stored.
pub fn prefers_language(lang: &str) -> bool {
    let Some(first) = window().and_then(|w| w.navigator().language()) else {
        return false;
    };
    !lang.is_empty()
        && first
            .split('-')
            .next()
            .is_some_and(|l| l.eq_ignore_ascii_case(lang))
}

/// The address shown now, path and fragment, such as `/signs#work`.
pub fn current_path() -> Option<String> {
    let location = window()?.location();
    Some(location.pathname().ok()? + &location.hash().ok()?)
}

thread_local! {
    /// The browser's offer to add the app to the home screen, kept until used.
    static INSTALL_OFFER: std::cell::RefCell<Option<JsValue>> = const { std::cell::RefCell::new(None) };
}

/// The value of `attribute` on `<html>`, where the page's offline script
/// (`src/offline.js`) marks what it knows for an app that starts later.
fn root_mark(attribute: &str) -> Option<String> {
    window()?
        .document()?
        .document_element()?
        .get_attribute(attribute)
}

/// The event the page's offline script sends when it knows what this device
/// holds of the offline copy, after it marks `<html>` with `data-copy`.
const COPY_KNOWN: &str = "copy-known";

/// Calls `known` with what this device holds of the offline copy, now if the
/// page's offline script (`src/offline.js`) knows it, and on every change.
pub fn on_copy_known(known: impl Fn(OfflineCopy) + 'static) {
    let read = || root_mark("data-copy").and_then(|copy| OfflineCopy::from_mark(&copy));
    if let Some(copy) = read() {
        known(copy);
    }
    window_event_listener_untyped(COPY_KNOWN, move |_| {
        if let Some(copy) = read() {
            known(copy);
        }
    });
}

/// Calls `changed` with whether the device is online, now and on every change.
pub fn on_connection(changed: impl Fn(bool) + 'static) {
    let Some(window) = window() else {
        return;
    };
    let changed = std::rc::Rc::new(changed);
    changed(window.navigator().on_line());
    let back = changed.clone();
    window_event_listener(ev::online, move |_| back(true));
    window_event_listener(ev::offline, move |_| changed(false));
}

/// Calls `offered` when the browser offers to add the app to the home screen
/// (`beforeinstallprompt`, Chromium browsers). The offer is kept for
/// [`accept_install_offer`], and the browser's own banner is held back.
pub fn on_install_offer(offered: impl Fn() + 'static) {
    window_event_listener_untyped("beforeinstallprompt", move |ev| {
        ev.prevent_default();
        INSTALL_OFFER.with(|offer| *offer.borrow_mut() = Some(ev.into()));
        offered();
    });
}

/// Shows the browser's "add to home screen" prompt, if it made an offer.
pub fn accept_install_offer() {
    let Some(offer) = INSTALL_OFFER.with(|offer| offer.borrow_mut().take()) else {
        return;
    };
    let prompt = js_sys::Reflect::get(&offer, &"prompt".into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Function>().ok());
    if let Some(prompt) = prompt {
        let _ = prompt.call0(&offer);
    }
}
