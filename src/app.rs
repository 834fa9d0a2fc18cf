//! The root component: the view for the address, and what every view shares
//! below the call bar and exit.

use leptos::prelude::*;

use crate::content::use_content;
use crate::route::Route;
use crate::views::chrome::{Menu, Notices, Wayfinding};
use crate::views::contacts::{Contacts, Local};
use crate::views::find::Find;
use crate::views::home::Home;
use crate::views::install::Install;
use crate::views::languages::Languages;
use crate::views::not_found::NotFound;
use crate::views::privacy::Privacy;
use crate::views::topic::TopicRoute;
use crate::{browser, schedule, state};

/// The whole app below the call bar and exit (which are plain HTML in every
/// page, see `site_files::pages`): the view for the address, then the menu.
#[component]
pub fn App(
    /// The region to start with (see [`state::starting_region`]).
    #[prop(into)]
    region: String,
    /// The address to show, from the path on, such as `/signs#work`.
    #[prop(into)]
    address: String,
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
        clock.0.set(browser::clock::read_clock(&zones));
        browser::clock::every(30_000, move || {
            clock.0.set(browser::clock::read_clock(&zones))
        });
    });

    // Offline support (the page's own script registers the service worker
    // and offers a new version): the offline copy and the connection, shown
    // quietly.
    let status = state::status();
    Effect::new(move || {
        status.running.set(true);
        browser::offline::on_copy_known(move |copy| status.copy.set(Some(copy)));
        browser::offline::on_connection(move |online| status.online.set(online));
        browser::install::on_install_offer(move || status.can_install.set(true));
    });

    // The address is the state of which view shows. `browser::history::go`, Back and
    // Forward change it; the view changes only when the route does.
    let address = RwSignal::new(address);
    Effect::new(move || browser::history::on_address_change(move |a| address.set(a)));
    let shown = Memo::new(move |_| address.with(|a| Route::in_language(content, a)));
    // The row under the bar comes with each view: its link to the other
    // language names the view's address.
    let view = move || {
        let view = match shown.get() {
            Route::Home => view! { <Home/> }.into_any(),
            Route::Contacts => view! { <Contacts/> }.into_any(),
            Route::Local(region) => view! { <Local region=region/> }.into_any(),
            Route::Find => view! { <Find/> }.into_any(),
            Route::Install => view! { <Install/> }.into_any(),
            Route::Privacy => view! { <Privacy/> }.into_any(),
            Route::Languages => view! { <Languages/> }.into_any(),
            Route::Topic(id) => view! { <TopicRoute id=id/> }.into_any(),
            Route::NotFound => view! { <NotFound/> }.into_any(),
        };
        view! { <Wayfinding address=address.get_untracked()/> {view} }
    };

    view! {
        <main id="content">
            <Notices/>
            {view}
        </main>
        <footer>
            <Menu/>
        </footer>
    }
}
