//! The home view.

use leptos::prelude::*;

/// The first screen a person sees.
#[component]
pub fn Home() -> impl IntoView {
    view! {
        <h1>"You are not alone"</h1>
        <p>"If you are in danger right now, call 911."</p>
    }
}
