//! The view for addresses the app does not know.

use leptos::prelude::*;

/// Shown for any unknown address; the call bar and exit stay above it.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <h1>"This page is not here"</h1>
        <p><a href="/">"Go to the start"</a></p>
    }
}
