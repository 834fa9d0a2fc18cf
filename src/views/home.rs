//! The home view: a triage in one screen.

use leptos::prelude::*;

use crate::content::use_content;
use crate::views::link::Go;

/// Four doors, in the words a person might use, each to the view that helps.
#[component]
pub fn Home() -> impl IntoView {
    let content = use_content();
    view! {
        <h1 tabindex="-1">{content.site.welcome.as_ref()}</h1>
        <p class="lead">{content.site.welcome_text.as_ref()}</p>
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
