//! The root component: router, routes and the frame shared by every view.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::views::{chrome::CallBar, chrome::QuickExit, home::Home, not_found::NotFound};

/// The neutral title every view shares.
pub const TITLE: &str = "Harbor";

/// The whole app: the call bar and exit on top, then the view for the address.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title text=TITLE/>
        <Router>
            <header class="bar">
                <CallBar/>
                <QuickExit/>
            </header>
            <main id="content">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home/>
                </Routes>
            </main>
        </Router>
    }
}
