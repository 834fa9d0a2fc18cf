//! The offline copy and the connection, as the page's offline script
//! (`src/offline.js`) and the browser tell them.

use leptos::ev;
use leptos::prelude::{window_event_listener, window_event_listener_untyped};

use super::{root_mark, window};
use crate::state::OfflineCopy;

/// Calls `known` with what this device holds of the offline copy, now if the
/// page's offline script (`src/offline.js`) knows it, and on every change.
pub fn on_copy_known(known: impl Fn(OfflineCopy) + 'static) {
    let read = || root_mark("data-copy").and_then(|copy| OfflineCopy::from_mark(&copy));
    if let Some(copy) = read() {
        known(copy);
    }
    window_event_listener_untyped(crate::names::COPY_KNOWN, move |_| {
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
