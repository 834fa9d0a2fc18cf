//! The view for addresses the app does not know, and the page for a
//! language not saved on this phone yet.

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

/// Shown, offline, for a page in a language this phone has not saved yet:
/// the service worker answers with it, in a language the copy holds. The
/// build renders it once per language; the app never takes it over.
#[component]
pub fn NotSaved() -> impl IntoView {
    let words = &use_content().site.offline;
    view! {
        <h1 tabindex="-1">{words.language_not_saved.as_ref()}</h1>
        <p>{words.language_not_saved_text.as_ref()}</p>
        <ul>
            <li><Go href="/">{use_content().site.words.not_found_start.as_ref()}</Go></li>
        </ul>
    }
}
