//! The view at `/privacy`: staying safe on this phone, whether it holds the
//! offline copy, and clearing what Harbor keeps here.

use leptos::prelude::*;

use crate::content::use_content;
use crate::views::offline_copy::OfflineCopyStatus;
use crate::views::topic::TopicPage;
use crate::{browser, state};

/// The safety page, with a control that clears what Harbor keeps here and
/// then says plainly what it cannot clear.
#[component]
pub fn Privacy() -> impl IntoView {
    let cleared = RwSignal::new(false);
    let running = use_context::<state::Status>().map(|s| s.running);
    view! {
        {use_content().topic("privacy").map(|topic| view! { <TopicPage topic=topic/> })}
        <OfflineCopyStatus/>
        <section id="clear" aria-labelledby="clear-heading">
            <h2 id="clear-heading">"Clear this app's data"</h2>
            <p>"This removes the area you chose and the offline copy of Harbor from this browser."</p>
            <button type="button" class="install"
                disabled=move || !running.is_some_and(|r| r.get())
                on:click=move |_| {
                browser::clear_app_data(move || cleared.set(true));
            }>"Clear this app's data"</button>
            <p role="status" aria-live="polite">
                {move || cleared.get().then_some(
                    "Done: Harbor's data is gone from this browser. Still on this phone: \
                     your browser history, the icon on your home screen if you added one, \
                     and the calls and texts in your phone's logs."
                )}
            </p>
        </section>
    }
}
