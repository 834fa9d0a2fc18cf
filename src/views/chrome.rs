//! The frame on every view: the call bar and the quick-exit control.

use leptos::prelude::*;

use crate::browser;

/// Call and text links to the hotline, and 911.
#[component]
pub fn CallBar() -> impl IntoView {
    view! {
        <nav class="callbar" aria-label="Get help now">
            <a class="call" href="tel:+18883737888"
                aria-label="Call the National Human Trafficking Hotline, 1-888-373-7888">
                "Call hotline"
            </a>
            <a href="sms:233733?&body=HELP"
                aria-label="Text HELP to the National Human Trafficking Hotline at 233733">
                "Text HELP"
            </a>
            <a href="tel:911" aria-label="Call 911 for an emergency">"911"</a>
        </nav>
    }
}

/// The neutral site the quick exit goes to.
pub const EXIT_URL: &str = "https://weather.com/";

/// A plain link to a neutral site; with the app running it also clears the screen first.
#[component]
pub fn QuickExit() -> impl IntoView {
    view! {
        <a class="exit" href=EXIT_URL rel="noreferrer"
            on:click=|ev| {
                ev.prevent_default();
                browser::leave(EXIT_URL);
            }>
            "Quick exit"
        </a>
    }
}
