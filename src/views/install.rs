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
                    browser::accept_install_offer();
                    if let Some(status) = status {
                        status.can_install.set(false);
                    }
                }>{words.add.as_ref()}</button>
            </p>
        })}
    }
}

/// The looks the app can have on the home screen, to pick before adding it:
/// picking one gives the page that look's manifest, icon and name. Nothing
/// is stored: leaving the view gives the page the usual look again, so the
/// choice shown always matches the page.
#[component]
fn Looks() -> impl IntoView {
    let content = use_content();
    let words = &content.site.install;
    let running = use_context::<state::Status>().map(|s| s.running);
    let usual = Look::usual(&content.site);
    // In the browser only (effects never run in the build's prerender).
    Effect::new(move |_| {
        let usual = usual.clone();
        on_cleanup(move || browser::show_look(&usual.manifest, &usual.touch_icon(), &usual.name));
    });
    let choices = Look::all(&content.site)
        .into_iter()
        .map(|look| {
            let usual = look.id.is_empty();
            let icon = look.small_icon();
            let name = look.name.clone();
            let value = look.id.clone();
            let pick = move |_| browser::show_look(&look.manifest, &look.touch_icon(), &look.name);
            view! {
                <label>
                    <input type="radio" name="look" value=value checked=usual autocomplete="off" on:change=pick/>
                    <img src=icon alt="" width="40" height="40"/>
                    {name}
                </label>
            }
        })
        .collect_view();
    view! {
        // Picking a look needs the app: until it runs, the usual look stays.
        <fieldset class="looks" disabled=move || !running.is_some_and(|r| r.get())>
            <legend>{words.look.as_ref()}</legend>
            <p>{words.cannot_hide.as_ref()}</p>
            {choices}
        </fieldset>
    }
}
