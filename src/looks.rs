//! How the app can look on the home screen: the usual look (the site's name
//! and `assets/icon.svg`) and each cover of `content/site.toml`, with where
//! their manifest and icons are. The build writes each look's manifest
//! (`src/site_files/manifests.rs`), `make icons` draws their icons
//! (`scripts/icons.mjs`), every page links the usual look, and the install
//! view lets the person pick another before adding the app (`src/looks.js`
//! gives the page the picked one).
//!
//! Each language has its own manifests (the Spanish ones under `/es/`, which
//! start the app at `/es/`), with the same name and icons.
//!
//! Each look's manifest has its own `id`, and every look starts at its
//! language's home.
//! Chromium knows an installed app by its manifest's `id`, and offers an
//! update only when a page links a manifest with that same `id`. The pages
//! always link the usual look, so an app installed with another keeps its
//! name and icon, and opening it never asks the person about a change.

use crate::content::Content;

/// One look: the name under the icon, and where its files are.
#[derive(Debug, Clone, PartialEq)]
pub struct Look {
    /// The cover's id; empty for the usual look.
    pub id: String,
    /// The name on the home screen.
    pub name: String,
    /// The address of its web app manifest.
    pub manifest: String,
    /// The folder of its icons (`icon-192.png`, `icon-512.png`,
    /// `maskable-192.png`, `maskable-512.png`, `apple-touch-icon.png`).
    pub icons: String,
}

impl Look {
    /// The usual look: the site's name and icon.
    pub fn usual(content: &Content) -> Self {
        Look {
            id: String::new(),
            name: content.site.name.to_string(),
            manifest: content.address("/manifest.webmanifest"),
            icons: "/icons".into(),
        }
    }

    /// Every look: the usual one first, then each cover, with its name in
    /// the content's language.
    pub fn all(content: &Content) -> Vec<Self> {
        let covers = content.site.covers.iter().map(|cover| Look {
            id: cover.id.to_string(),
            name: cover.name.to_string(),
            manifest: content.address(&format!("/manifest-{}.webmanifest", cover.id)),
            icons: format!("/icons/{}", cover.id),
        });
        std::iter::once(Look::usual(content))
            .chain(covers)
            .collect()
    }

    /// The icon iOS puts on the home screen.
    pub fn touch_icon(&self) -> String {
        format!("{}/apple-touch-icon.png", self.icons)
    }

    /// A small icon to show beside the look's name.
    pub fn small_icon(&self) -> String {
        format!("{}/icon-192.png", self.icons)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_look_has_its_five_icons_in_public() {
        for look in Look::all(crate::content::all()[0]) {
            for file in [
                "icon-192.png",
                "icon-512.png",
                "maskable-192.png",
                "maskable-512.png",
                "apple-touch-icon.png",
            ] {
                let path = format!("public{}/{file}", look.icons);
                assert!(
                    std::path::Path::new(&path).is_file(),
                    "{path} is missing: add assets/covers/{}.svg and run `make icons`",
                    look.id
                );
            }
        }
    }
}
