//! The home view: a triage in one screen.

use leptos::prelude::*;

use crate::browser;
use crate::content::use_content;
use crate::views::link::Go;

/// Four doors, in the words a person might use, each to the view that helps;
/// and, when the browser's first language is another language Harbor
/// speaks, one quiet line in it that offers this view there (the app shows
/// it; the address alone keeps the language, so nothing is stored).
#[component]
pub fn Home() -> impl IntoView {
    let content = use_content();
    let offered = RwSignal::new(None);
    Effect::new(move || {
        let first = browser::page::first_language();
        offered.set(
            content
                .others()
                .find(|l| Some(l.code.as_ref()) == first.as_deref()),
        );
    });
    view! {
        <h1 tabindex="-1">{content.site.welcome.as_ref()}</h1>
        <p class="lead">{content.site.welcome_text.as_ref()}</p>
        {move || offered.get().map(|language| view! {
            <p class="offer" lang=language.code.as_ref() dir=language.dir.as_ref()>
                <a href=content.home_of(language) hreflang=language.code.as_ref()>{language.offer.as_ref()}</a>
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
