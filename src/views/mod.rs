//! Views: pure components that read content and signals and render.
//! Anything that touches the browser goes through `crate::browser`, and only
//! from event handlers and effects.

pub mod chrome;
pub mod contacts;
pub mod find;
pub mod home;
pub mod install;
pub mod languages;
pub mod link;
pub mod not_found;
pub mod offline_copy;
pub mod privacy;
pub mod topic;
