//! Each look's web app manifest in each language, and the `<head>` links
//! that name a look (see `crate::looks`): written by the build, read by
//! Chromium when it installs the app and by Safari when it adds it to the
//! home screen.

use crate::content::Content;
use crate::looks::Look;

/// The `<head>` links Safari and Chromium read when the app is added: the
/// manifest, the iOS icon and the iOS name. Names are checked by the build
/// (neutral words; see `content::checks`) and escaped here.
pub fn head_links(look: &Look) -> String {
    format!(
        "<link rel=\"manifest\" href=\"{}\"><link rel=\"apple-touch-icon\" href=\"{}\">\
         <meta name=\"apple-mobile-web-app-title\" content=\"{}\">",
        look.manifest,
        look.touch_icon(),
        attribute(&look.name)
    )
}

/// `text` made safe inside a double-quoted HTML attribute.
pub fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The look's web app manifest in `content`'s language, as JSON: it starts
/// the app at the language's home (`/` or `/es/`), with the language's
/// direction, and its `id` is its own in each language.
pub fn manifest_file(look: &Look, content: &Content) -> String {
    let icon = |file: &str, size: u32, purpose: &str| {
        serde_json::json!({
            "src": format!("{}/{file}", look.icons),
            "sizes": format!("{size}x{size}"),
            "type": "image/png",
            "purpose": purpose,
        })
    };
    let manifest = serde_json::json!({
        "lang": content.lang(),
        "dir": content.language.dir,
        "name": look.name,
        "short_name": look.name,
        "description": content.site.description,
        "id": content.address(&format!("/{}", look.id)),
        "start_url": content.address("/"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#fdfcf8",
        "theme_color": "#0b5866",
        "icons": [
            icon("icon-192.png", 192, "any"),
            icon("icon-512.png", 512, "any"),
            icon("maskable-192.png", 192, "maskable"),
            icon("maskable-512.png", 512, "maskable"),
        ],
    });
    serde_json::to_string_pretty(&manifest).expect("a manifest is plain JSON") + "\n"
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_look_has_its_own_manifest_id_and_starts_at_its_languages_home() {
        let mut ids = vec![];
        for content in crate::content::all() {
            let looks = Look::all(content);
            assert!(looks.len() >= 4, "the usual look and three covers");
            for look in &looks {
                let manifest: serde_json::Value =
                    serde_json::from_str(&manifest_file(look, content)).unwrap();
                let id = manifest["id"].as_str().expect("an id").to_string();
                assert!(!ids.contains(&id), "{id} is used twice");
                ids.push(id);
                assert_eq!(manifest["start_url"], format!("{}/", content.base));
                assert_eq!(manifest["name"], look.name);
                assert_eq!(manifest["dir"], content.language.dir.as_ref());
                assert_eq!(
                    manifest["icons"][1]["src"],
                    format!("{}/icon-512.png", look.icons)
                );
            }
        }
        assert_eq!(ids[0], "/", "the usual look keeps the id it always had");
    }

    #[test]
    fn a_name_is_escaped_in_its_head_link() {
        let content = crate::content::all()[0];
        let mut look = Look::usual(content);
        look.name = "A \"B\" <C> & D".into();
        assert!(head_links(&look).contains("content=\"A &quot;B&quot; &lt;C> &amp; D\""));
    }
}
