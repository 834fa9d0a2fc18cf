//! Links between views that leave no trail in the browser's history.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::{browser, state};

/// A link to another view. It works as a plain link without scripts; with the
/// app running it swaps the view in place, replacing the history entry, and
/// remembers where the person was for the in-app Back control.
#[component]
pub fn Go(
    /// The view's address in the page's language, such as `/signs` or
    /// `/signs#work` (in Spanish, the link goes to `/es/signs`).
    #[prop(into)]
    href: String,
    /// Extra classes for styling.
    #[prop(optional, into)]
    class: String,
    /// The link's content.
    children: Children,
) -> impl IntoView {
    let href = crate::content::use_content().address(&href);
    let target = href.clone();
    let trail = use_context::<state::Trail>();
    let follow = move |ev: MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        if let (Some(trail), Some(here)) = (trail, browser::history::current_path()) {
            if here != target {
                trail.0.update(|t| t.push(here));
            }
        }
        browser::history::go(&target);
    };
    view! {
        <a href=href class=class on:click=follow>
            {children()}
        </a>
    }
}
