//! The view at `/install`: adding the app to the home screen, the look it
//! gets there, and whether this phone holds the offline copy.

use leptos::prelude::*;

use crate::content::use_content;
use crate::looks::Look;
use crate::views::offline_copy::OfflineCopyStatus;
use crate::views::topic::TopicPage;
use crate::{browser, state};

/// The "add to home screen" topic, the choice of looks, and the browser's
/// own button when it offers one.
#[component]
pub fn Install() -> impl IntoView {
    let content = use_content();
    let words = &content.site.install;
    let status = use_context::<state::Status>();
    let offered = move || status.is_some_and(|s| s.can_install.get());
    view! {
        {content.topic("install").map(|topic| view! { <TopicPage topic=topic/> })}
        <Looks/>
        <OfflineCopyStatus/>
        {move || offered().then(|| view! {
            <p>
                <button type="button" class="install" on:click=move |_| {
                    browser::install::accept_install_offer();
                    if let Some(status) = status {
                        status.can_install.set(false);
                    }
                }>{words.add.as_ref()}</button>
            </p>
        })}
    }
}

/// The looks the app can have on the home screen, to pick before adding it.
/// Each choice carries its look's manifest, icon and name; the page's looks
/// script (`src/looks.js`) gives the page the picked one, with or without
/// the app, and nothing is stored.
#[component]
fn Looks() -> impl IntoView {
    let content = use_content();
    let words = &content.site.install;
    let choices = Look::all(content)
        .into_iter()
        .map(|look| {
            let touch_icon = look.touch_icon();
            let small_icon = look.small_icon();
            view! {
                <label>
                    <input type="radio" name="look" value=look.id.clone()
                        checked=look.id.is_empty() data-manifest=look.manifest
                        data-icon=touch_icon data-name=look.name.clone()/>
                    <img src=small_icon alt="" width="40" height="40"/>
                    {look.name}
                </label>
            }
        })
        .collect_view();
    // A browser may check a page's choices again as they were when the page
    // comes back (Firefox does on reload); `autocomplete="off"` stops it (on
    // the form: the radios cannot carry it in valid HTML), so a pick never
    // outlives the page. The form is never sent: it has no button, and the
    // policy allows no form to be sent.
    view! {
        <form autocomplete="off">
            <fieldset class="looks">
                <legend>{words.look.as_ref()}</legend>
                <p>{words.cannot_hide.as_ref()}</p>
                {choices}
            </fieldset>
        </form>
    }
}
