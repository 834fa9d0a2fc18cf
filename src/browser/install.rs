//! Installing: the browser's own offer to add the app to the home screen.

use leptos::prelude::window_event_listener_untyped;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The browser's offer to add the app to the home screen, kept until used.
    static INSTALL_OFFER: std::cell::RefCell<Option<JsValue>> = const { std::cell::RefCell::new(None) };
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
