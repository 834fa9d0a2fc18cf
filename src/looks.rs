//! How the app can look on the home screen: the usual look (the site's name
//! and `assets/icon.svg`) and each cover of `content/site.toml`, with where
//! their manifest and icons are. The build writes each look's manifest
//! (`src/bin/postbuild.rs`), `make icons` draws their icons
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

    /// The `<head>` links Safari and Chromium read when the app is added:
    /// the manifest, the iOS icon and the iOS name. Names are checked by the
    /// build (letters, digits, spaces and dashes), so they need no escaping.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn head_links(&self) -> String {
        format!(
            "<link rel=\"manifest\" href=\"{}\"><link rel=\"apple-touch-icon\" href=\"{}\">\
             <meta name=\"apple-mobile-web-app-title\" content=\"{}\">",
            self.manifest,
            self.touch_icon(),
            self.name
        )
    }

    /// The look's web app manifest, as JSON: it starts the app at the
    /// content's home (`/` or `/es/`), and its `id` is its own in each language.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn manifest_file(&self, content: &Content) -> String {
        let id = content.address(&format!("/{}", self.id));
        let start = content.address("/");
        let icon = |file: &str, size: u32, purpose: &str| {
            format!(
                "    {{ \"src\": \"{}/{file}\", \"sizes\": \"{size}x{size}\", \"type\": \"image/png\", \"purpose\": \"{purpose}\" }}",
                self.icons
            )
        };
        let icons = [
            icon("icon-192.png", 192, "any"),
            icon("icon-512.png", 512, "any"),
            icon("maskable-192.png", 192, "maskable"),
            icon("maskable-512.png", 512, "maskable"),
        ]
        .join(",\n");
        format!(
            "{{\n  \"lang\": \"{lang}\",\n  \"name\": \"{name}\",\n  \"short_name\": \"{name}\",\n  \"description\": \"{description}\",\n  \
             \"id\": \"{id}\",\n  \"start_url\": \"{start}\",\n  \"scope\": \"/\",\n  \"display\": \"standalone\",\n  \
             \"background_color\": \"#fdfcf8\",\n  \"theme_color\": \"#0b5866\",\n  \"icons\": [\n{icons}\n  ]\n}}\n",
            name = self.name,
            description = json_text(&content.site.description),
            lang = content.lang,
        )
    }
}

/// `text` as the inside of a JSON string.
#[cfg(not(target_arch = "wasm32"))]
fn json_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::CONTENT_EN;

    #[test]
    fn every_look_has_its_own_manifest_id_and_starts_at_its_languages_home() {
        let mut ids = vec![];
        for content in crate::content::LANGUAGES {
            let looks = Look::all(content);
            assert!(looks.len() >= 4, "the usual look and three covers");
            for look in &looks {
                let manifest = look.manifest_file(content);
                let id = manifest
                    .lines()
                    .find_map(|l| l.trim().strip_prefix("\"id\": "))
                    .expect("an id");
                assert!(!ids.contains(&id.to_string()), "{id} is used twice");
                ids.push(id.to_string());
                let start = format!("\"start_url\": \"{}/\"", content.base);
                assert!(manifest.contains(&start), "{manifest}");
                assert!(manifest.contains(&format!("\"name\": \"{}\"", look.name)));
                assert!(manifest.contains(&format!("\"src\": \"{}/icon-512.png\"", look.icons)));
            }
        }
        assert_eq!(
            ids[0], "\"/\",",
            "the usual look keeps the id it always had"
        );
        assert!(ids.contains(&"\"/es/\",".to_string()), "{ids:?}");
    }

    #[test]
    fn every_look_has_its_five_icons_in_public() {
        for look in Look::all(&CONTENT_EN) {
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

    #[test]
    fn json_text_escapes_quotes_and_control_characters() {
        assert_eq!(json_text("a \"b\" \\ c\n"), "a \\\"b\\\" \\\\ c\\u000a");
    }
}
