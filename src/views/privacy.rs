//! The view at `/privacy`: staying safe on this phone, whether it holds the
//! offline copy, and clearing what the app keeps here.

use leptos::prelude::*;

use crate::content::use_content;
use crate::views::offline_copy::OfflineCopyStatus;
use crate::views::topic::TopicPage;
use crate::{browser, state};

/// The safety page, with a control that clears what the app keeps here and
/// then says plainly what it cannot clear.
#[component]
pub fn Privacy() -> impl IntoView {
    let cleared = RwSignal::new(false);
    let running = use_context::<state::Status>().map(|s| s.running);
    let content = use_content();
    let words = &content.site.clear;
    view! {
        {content.topic("privacy").map(|topic| view! { <TopicPage topic=topic/> })}
        <OfflineCopyStatus/>
        <section id="clear" aria-labelledby="clear-heading">
            <h2 id="clear-heading">{words.heading.as_ref()}</h2>
            <p>{words.explain.as_ref()}</p>
            <button type="button" class="install"
                disabled=move || !running.is_some_and(|r| r.get())
                on:click=move |_| {
                browser::clear_app_data(move || cleared.set(true));
            }>{words.button.as_ref()}</button>
            <p role="status" aria-live="polite">
                {move || cleared.get().then_some(words.done.as_ref())}
            </p>
        </section>
    }
}
