//! The home view: a triage in one screen.

use leptos::prelude::*;

use crate::browser;
use crate::content::use_content;
use crate::views::link::Go;

/// Four doors, in the words a person might use, each to the view that helps;
/// and, when the browser is set to the other language, one quiet line in it
/// that offers this view there (the app shows it; the address alone keeps
/// the language, so nothing is stored).
#[component]
pub fn Home() -> impl IntoView {
    let content = use_content();
    let offered = RwSignal::new(false);
    Effect::new(move || offered.set(browser::prefers_language(&content.other_lang)));
    let lang = content.other_lang.as_ref();
    view! {
        <h1 tabindex="-1">{content.site.welcome.as_ref()}</h1>
        <p class="lead">{content.site.welcome_text.as_ref()}</p>
        {move || offered.get().then(|| view! {
            <p class="offer" lang=lang>
                <a href=content.other_home() hreflang=lang>{content.site.words.offer.as_ref()}</a>
            </p>
        })}
        <ul class="doors">
            {content
                .site
                .doors
                .iter()
                .map(|door| {
                    view! {
                        <li id=door.id.as_ref()>
                            <Go href=format!("/{}", door.to) class="door">
                                <strong>{door.title.as_ref()}</strong>
                                <span>{door.text.as_ref()}</span>
                            </Go>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
