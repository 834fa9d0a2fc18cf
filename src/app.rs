//! The root component: router, routes and the frame shared by every view.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::content::use_content;
use crate::safety::{self, Outcome, ShiftCounter};
use crate::views::chrome::{CallBar, Menu, Notices, QuickExit, Wayfinding};
use crate::views::contacts::{Contacts, Local};
use crate::views::find::Find;
use crate::views::home::Home;
use crate::views::not_found::NotFound;
use crate::views::topic::{Install, Privacy, TopicRoute};
use crate::{browser, schedule, state};
use std::cell::RefCell;
use std::rc::Rc;

/// The whole app: the call bar and exit on top, then the view for the address.
#[component]
pub fn App(
    /// The region to start with (see [`state::starting_region`]).
    #[prop(into)]
    region: String,
) -> impl IntoView {
    provide_meta_context();
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

    // The exit shortcut, and the guard that keeps a left page blank.
    let hint = state::exit_hint();
    let exit_url = content.site.exit_url.as_ref();
    Effect::new(move || {
        let counter = Rc::new(RefCell::new(ShiftCounter::default()));
        browser::keep_left(exit_url);
        browser::on_keys(move |key| {
            let outcome = counter.borrow_mut().key(key, browser::now_ms());
            if outcome == Outcome::Exit {
                browser::leave(exit_url);
                return;
            }
            if let Some(text) = safety::hint(outcome) {
                hint.0.set(text);
            }
            if let Outcome::Remaining(_) = outcome {
                let counter = counter.clone();
                browser::after(safety::WINDOW_MS as i32 + 50, move || {
                    if counter.borrow().expired(browser::now_ms()) {
                        hint.0.set(String::new());
                    }
                });
            }
        });
    });

    // Offline support: the service worker, and the connection shown quietly.
    let status = state::status();
    Effect::new(move || {
        browser::register_worker(move || status.update_ready.set(true));
        browser::on_connection(move |online| status.online.set(online));
        browser::on_install_offer(move || status.can_install.set(true));
    });

    view! {
        <Title text=content.site.name.as_ref()/>
        <Router>
            <a class="skip" href="#content" on:click=|ev| {
                ev.prevent_default();
                browser::focus_view();
            }>"Skip to content"</a>
            <header class="bar">
                <CallBar/>
                <QuickExit/>
            </header>
            <main id="content">
                <Notices/>
                <Wayfinding/>
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
            </main>
            <footer>
                <Menu/>
            </footer>
        </Router>
    }
}
