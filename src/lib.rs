//! Harbor: discreet, offline-first help for people affected by sex trafficking.
//!
//! The app is split into small modules; `ARCHITECTURE.md` draws how they fit.

// The baked content names its types by the crate's path.
extern crate self as harbor;
// The baked content borrows through `alloc::borrow::Cow`.
extern crate alloc;

pub mod app;
pub mod browser;
pub mod content;
#[cfg(not(target_arch = "wasm32"))]
pub mod host_files;
pub mod looks;
#[cfg(not(target_arch = "wasm32"))]
pub mod precache;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod route;
pub mod schedule;
pub mod search;
pub mod state;
pub mod views;

pub use app::App;

/// The id of the call bar and exit that the build puts at the top of each
/// page. They are plain HTML with the safety script, never part of the app,
/// so they work before the app runs, without it, and if it fails.
pub const FRAME_ID: &str = "frame";

/// The id of the element that holds the view: the build puts each view's
/// HTML there, and the app takes it over when it starts.
pub const APP_ID: &str = "app";

/// Starts the app in the page's view element, in the language of `content`
/// (each language's WebAssembly passes its own), with the region a person
/// picked on an earlier visit if storage still holds a valid one.
pub fn mount(content: &'static content::Content) {
    content::choose(content);
    browser::drop_trailing_slash(&content.address("/"));
    let region = state::starting_region(content, browser::stored_region());
    let address = browser::current_address();
    browser::take_over(APP_ID, move |root| {
        leptos::mount::mount_to(
            root,
            move || leptos::view! { <App region=region address=address/> },
        )
        .forget();
    });
}
