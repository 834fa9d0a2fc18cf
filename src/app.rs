//! The root component: router, routes and the frame shared by every view.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

use crate::content::use_content;
use crate::views::chrome::{Menu, Notices, Wayfinding};
use crate::views::contacts::{Contacts, Local};
use crate::views::find::Find;
use crate::views::home::Home;
use crate::views::not_found::NotFound;
use crate::views::topic::{Install, Privacy, TopicRoute};
use crate::{browser, safety, schedule, state};

/// The whole app below the call bar and exit (which are plain HTML in every
/// page, see `prerender`): the view for the address, then the menu.
#[component]
pub fn App(
    /// The region to start with (see [`state::starting_region`]).
    #[prop(into)]
    region: String,
) -> impl IntoView {
    state::provide(region);
    let content = use_content();

    // Read the clock in each line's time zone now and every half minute.
    let clock = state::clock();
    let zones = schedule::zones(
        content
            .regions
            .iter()
            .flat_map(|r| r.services.iter())
            .flat_map(|s| s.schedules.iter()),
    );
    Effect::new(move || {
        let zones = zones.clone();
        clock.0.set(browser::read_clock(&zones));
        browser::every(30_000, move || clock.0.set(browser::read_clock(&zones)));
    });

    // Offline support: the service worker, and the connection shown quietly.
    let status = state::status();
    Effect::new(move || {
        status.running.set(true);
        browser::register_worker(move || status.update_ready.set(true));
        browser::on_connection(move |online| status.online.set(online));
        browser::on_install_offer(move || status.can_install.set(true));
    });

    view! {
        <Router>
            <main id="content">
                <Notices/>
                <Wayfinding/>
                <Sound>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=Home/>
                        <Route path=path!("/contacts") view=Contacts/>
                        <Route path=path!("/local") view=Local/>
                        <Route path=path!("/local/:region") view=Local/>
                        <Route path=path!("/find") view=Find/>
                        <Route path=path!("/install") view=Install/>
                        <Route path=path!("/privacy") view=Privacy/>
                        <Route path=path!("/:topic") view=TopicRoute/>
                    </Routes>
                </Sound>
            </main>
            <footer>
                <Menu/>
            </footer>
        </Router>
    }
}

/// Shows `children` only for an address the app could have made: a malformed
/// query string or a huge fragment gets the not-found view instead.
#[component]
fn Sound(children: ChildrenFn) -> impl IntoView {
    let location = use_location();
    // Read in the browser only: the build renders addresses without either part.
    let sound = RwSignal::new(true);
    Effect::new(move || {
        sound.set(safety::sound_address(
            &location.search.get(),
            &location.hash.get(),
        ))
    });
    move || {
        if sound.get() {
            children().into_any()
        } else {
            view! { <NotFound/> }.into_any()
        }
    }
}
