//! Harbor's content: the data under `content/`, checked and baked in at build time.
//!
//! Views read it through [`use_content`], so tests can hand them other data.

pub mod links;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;
#[cfg(not(target_arch = "wasm32"))]
pub mod translation;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The language the app was started in (see [`crate::mount`]).
static CHOSEN: std::sync::OnceLock<&'static Content> = std::sync::OnceLock::new();

/// Sets the content of the running app, once: each language's WebAssembly
/// calls it with its own, so it holds no other language's words.
pub fn choose(content: &'static Content) {
    let _ = CHOSEN.set(content);
}

/// The content views render: from context if a test or the build provided
/// some, else the running app's language (on the host, English).
pub fn use_content() -> &'static Content {
    if let Some(content) = leptos::prelude::use_context::<&'static Content>() {
        return content;
    }
    #[cfg(not(target_arch = "wasm32"))]
    return CHOSEN.get().copied().unwrap_or(&CONTENT_EN);
    #[cfg(target_arch = "wasm32")]
    CHOSEN
        .get()
        .copied()
        .expect("harbor::mount chooses the language before any view renders")
}

impl Content {
    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The region with this id.
    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    /// The services of the national regions, which show everywhere.
    pub fn national_services(&self) -> impl Iterator<Item = &Service> {
        self.regions
            .iter()
            .filter(|r| r.national)
            .flat_map(|r| r.services.iter())
    }

    /// The service with this id, in any region.
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.regions
            .iter()
            .flat_map(|r| r.services.iter())
            .find(|s| s.id == id)
    }

    /// The organization with this id, in any region.
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.regions
            .iter()
            .flat_map(|r| r.organizations.iter())
            .find(|o| o.id == id)
    }

    /// The service the call bar calls and texts.
    pub fn hotline(&self) -> Option<&Service> {
        self.service(&self.site.hotline)
    }

    /// The emergency service the call bar calls.
    pub fn emergency(&self) -> Option<&Service> {
        self.service(&self.site.emergency)
    }
}
