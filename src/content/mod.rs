//! Harbor's content: the data under `content/`, one language at a time.
//!
//! The app reads its page's language from a content file when it starts
//! (`codec.rs`; see [`crate::start`]); the build and the tests read every
//! language from `content/` (`read.rs`, checked by `checks.rs`). Views read
//! it through [`use_content`], so tests can hand them other data.

#[cfg(not(target_arch = "wasm32"))]
pub mod bidi;
#[cfg(not(target_arch = "wasm32"))]
pub mod checks;
pub mod codec;
#[cfg(not(target_arch = "wasm32"))]
pub mod error;
#[cfg(not(target_arch = "wasm32"))]
pub mod folding;
pub mod links;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod plurals;
#[cfg(not(target_arch = "wasm32"))]
pub mod read;
#[cfg(not(target_arch = "wasm32"))]
pub mod translation;

pub use model::*;

/// The language the app was started in (see [`crate::mount`]).
static CHOSEN: std::sync::OnceLock<&'static Content> = std::sync::OnceLock::new();

/// Sets the content of the running app, once: the language of its page.
pub fn choose(content: &'static Content) {
    let _ = CHOSEN.set(content);
}

/// The content views render: from context if a test or the build provided
/// some, else the running app's language (on the host, the first language).
pub fn use_content() -> &'static Content {
    if let Some(content) = leptos::prelude::use_context::<&'static Content>() {
        return content;
    }
    #[cfg(not(target_arch = "wasm32"))]
    return CHOSEN.get().copied().unwrap_or_else(|| all()[0]);
    #[cfg(target_arch = "wasm32")]
    CHOSEN
        .get()
        .copied()
        .expect("harbor::mount chooses the language before any view renders")
}

/// Reads a content file (the bytes the build wrote for one language) into
/// content that lives as long as the app; `None` if the bytes are not such
/// a file. The words are borrowed from the bytes, which are kept.
pub fn from_file(bytes: Vec<u8>) -> Option<&'static Content> {
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let content = codec::from_bytes::<Content>(bytes).ok()?;
    Some(Box::leak(Box::new(content)))
}

#[cfg(not(target_arch = "wasm32"))]
static ALL: std::sync::OnceLock<Vec<&'static Content>> = std::sync::OnceLock::new();

/// Every language's content, read from `content/` (or the folder
/// `HARBOR_CONTENT_DIR` names) once and kept: for the build's tools and the
/// tests, on the host. Panics, listing every problem, if the content is
/// wrong: `build.rs` has refused it already.
#[cfg(not(target_arch = "wasm32"))]
pub fn all() -> &'static [&'static Content] {
    ALL.get_or_init(|| {
        let dir = std::env::var_os("HARBOR_CONTENT_DIR").map_or_else(
            || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
            std::path::PathBuf::from,
        );
        match read::load(&dir) {
            Ok(all) => all.into_iter().map(|c| &*Box::leak(Box::new(c))).collect(),
            Err(errors) => panic!(
                "the content in {} has problems:\n{}",
                dir.display(),
                errors
                    .iter()
                    .map(|e| format!("  {e}\n"))
                    .collect::<String>()
            ),
        }
    })
}

/// The content in the language `code`, on the host (see [`all`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn language(code: &str) -> Option<&'static Content> {
    all().iter().copied().find(|c| c.lang() == code)
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
