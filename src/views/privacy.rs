//! The view at `/privacy`: staying safe on this phone, whether it holds the
//! offline copy, and clearing what the app keeps here.

use leptos::prelude::*;

use crate::content::use_content;
use crate::views::offline_copy::OfflineCopyStatus;
use crate::views::topic::TopicPage;

/// The safety page, with a control that clears what the app keeps here and
/// then says plainly what it cannot clear. The page's offline script
/// (`src/offline.js`) does the clearing, with or without the app, and writes
/// the button's `data-done` words into the status line below it.
#[component]
pub fn Privacy() -> impl IntoView {
    let content = use_content();
    let words = &content.site.clear;
    view! {
        {content.topic("privacy").map(|topic| view! { <TopicPage topic=topic/> })}
        <OfflineCopyStatus/>
        <section id="clear" aria-labelledby="clear-heading">
            <h2 id="clear-heading">{words.heading.as_ref()}</h2>
            <p>{words.explain.as_ref()}</p>
            <button type="button" class="clear" data-done=words.done.as_ref()>{words.button.as_ref()}</button>
            <p role="status" aria-live="polite"></p>
        </section>
    }
}
