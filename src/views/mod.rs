//! Views: pure components that read content and signals and render.

pub mod chrome;
pub mod home;
pub mod not_found;
