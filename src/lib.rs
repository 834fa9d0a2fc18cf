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
pub mod offline;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod safety;
pub mod schedule;
pub mod search;
pub mod state;
pub mod views;

pub use app::App;

/// The id of the call bar and exit that the build puts in each page, for the
/// moments before the app runs (see `prerender`).
pub const FRAME_ID: &str = "frame";

/// Mounts the app into the page's `<body>`, starting with the region a
/// person picked on an earlier visit, if storage still holds a valid one.
/// The app's own call bar and exit replace the ones the build put there.
pub fn mount() {
    browser::remove_element(FRAME_ID);
    let region = state::starting_region(&content::CONTENT, browser::stored_region());
    leptos::mount::mount_to_body(move || leptos::view! { <App region=region.clone()/> });
}
