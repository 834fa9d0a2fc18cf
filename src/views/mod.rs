//! Views: pure components that read content and signals and render.
//! Anything that touches the browser goes through `crate::browser`, and only
//! from event handlers and effects.

pub mod chrome;
pub mod contacts;
pub mod find;
pub mod home;
pub mod link;
pub mod not_found;
pub mod topic;
