//! The site's files, made by the build's own steps on the host: after Trunk
//! compiles the app, `postbuild` (the binary in this folder) writes
//! everything else of the site into Trunk's staging folder, and the nginx
//! snippet beside the folder Trunk publishes. None of this is in the
//! WebAssembly.
//!
//! - `pages`: each address rendered to a complete page in each language;
//! - `comments`: the page's scripts and styles as sent, without comments;
//! - `manifests`: each look's web app manifest in each language;
//! - `host_files`: the files for hosts, and the app's files named by the
//!   hash of their bytes;
//! - `precache`: the service worker's list of files, by language.

pub mod comments;
pub mod host_files;
pub mod manifests;
pub mod pages;
pub mod precache;
