//! The view for addresses the app does not know.

use leptos::prelude::*;

use crate::views::link::Go;

/// Shown for any unknown address; the call bar and exit stay above it.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"This page is not here"</h1>
        <p>"The address may be mistyped or out of date. Help is still one tap away, at the top of the screen."</p>
        <ul>
            <li><Go href="/">"Go to the start"</Go></li>
            <li><Go href="/contacts">"See all the ways to get help"</Go></li>
        </ul>
    }
}
