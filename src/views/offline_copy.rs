//! What this phone holds of the offline copy, on the safety and install views.

use leptos::prelude::*;

use crate::content::use_content;

/// A heading and a status line. The line is empty in the HTML: the page's
/// offline script (`src/offline.js`), which asks the service worker, writes
/// in the words for what is true now, in every state of the app. They come
/// with the element, as data (`[offline]` in `content/site.toml`).
#[component]
pub fn OfflineCopyStatus() -> impl IntoView {
    let words = &use_content().site.offline;
    view! {
        <section id="copy" aria-labelledby="copy-heading">
            <h2 id="copy-heading">{words.heading.as_ref()}</h2>
            <p class="copy" role="status"
                data-copy-saved=words.saved.as_ref() data-copy-kept=words.kept.as_ref()
                data-copy-may-clear=words.may_clear.as_ref() data-copy-seven-days=words.seven_days.as_ref()
                data-copy-not-saved=words.not_saved.as_ref() data-copy-unsupported=words.unsupported.as_ref()
                data-copy-cleared=words.cleared.as_ref()></p>
        </section>
    }
}
