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
pub mod views;

pub use app::App;

/// Mounts the app into the page's `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
