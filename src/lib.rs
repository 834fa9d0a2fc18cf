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
pub mod safety;
pub mod schedule;
pub mod search;
pub mod state;
pub mod views;

pub use app::App;

/// Mounts the app into the page's `<body>`, starting with the region a
/// person picked on an earlier visit, if storage still holds a valid one.
pub fn mount() {
    let region = state::starting_region(&content::CONTENT, browser::stored_region());
    leptos::mount::mount_to_body(move || leptos::view! { <App region=region.clone()/> });
}
