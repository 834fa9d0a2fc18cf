//! The view for addresses the app does not know.

use leptos::prelude::*;

use crate::content::use_content;
use crate::views::link::Go;

/// Shown for any unknown address; the call bar and exit stay above it.
#[component]
pub fn NotFound() -> impl IntoView {
    let words = &use_content().site.words;
    view! {
        <h1 tabindex="-1">{words.not_found.as_ref()}</h1>
        <p>{words.not_found_text.as_ref()}</p>
        <ul>
            <li><Go href="/">{words.not_found_start.as_ref()}</Go></li>
            <li><Go href="/contacts">{words.not_found_help.as_ref()}</Go></li>
        </ul>
    }
}
