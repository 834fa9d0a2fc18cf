//! The view at `/install`: adding Harbor to the home screen, and whether
//! this phone holds the offline copy.

use leptos::prelude::*;

use crate::content::use_content;
use crate::views::offline_copy::OfflineCopyStatus;
use crate::views::topic::TopicPage;
use crate::{browser, state};

/// The "add to home screen" topic, with the browser's own button when it offers one.
#[component]
pub fn Install() -> impl IntoView {
    let status = use_context::<state::Status>();
    let offered = move || status.is_some_and(|s| s.can_install.get());
    view! {
        {use_content().topic("install").map(|topic| view! { <TopicPage topic=topic/> })}
        <OfflineCopyStatus/>
        {move || offered().then(|| view! {
            <p>
                <button type="button" class="install" on:click=move |_| {
                    browser::accept_install_offer();
                    if let Some(status) = status {
                        status.can_install.set(false);
                    }
                }>"Add Harbor to this phone"</button>
            </p>
        })}
    }
}
