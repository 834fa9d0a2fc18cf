//! Harbor: discreet, offline-first help for people affected by sex trafficking.
//!
//! Two programs share this crate: the app, compiled to WebAssembly (every
//! module here but `site_files`), and the build's own steps on the host
//! (`site_files`, which writes the site's files: the pages, the offline
//! list and the files for hosts). `ARCHITECTURE.md` draws how they fit.

pub mod app;
pub mod browser;
pub mod content;
pub mod looks;
pub mod names;
pub mod route;
pub mod schedule;
pub mod search;
#[cfg(not(target_arch = "wasm32"))]
pub mod site_files;
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

/// Starts the app: reads the content file the page names (in the page's
/// language), then takes the view over. If the file cannot be had or read,
/// the page keeps the view the build rendered, which works on its own.
pub fn start() {
    let Some(address) = browser::page::content_address() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Some(bytes) = browser::page::fetch_bytes(&address).await else {
            return;
        };
        if let Some(content) = content::from_file(bytes) {
            mount(content);
        }
    });
}

/// Takes the page's view over with the app in the language of `content`,
/// with the region a person picked on an earlier visit if storage still
/// holds a valid one.
pub fn mount(content: &'static content::Content) {
    content::choose(content);
    browser::history::drop_trailing_slash(&content.address("/"));
    let region = state::starting_region(content, browser::storage::stored_region());
    let address = browser::history::current_address();
    browser::page::take_over(APP_ID, move |root| {
        leptos::mount::mount_to(
            root,
            move || leptos::view! { <App region=region address=address/> },
        )
        .forget();
        browser::page::mark_running();
    });
}
