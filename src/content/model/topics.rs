//! The views of shared information (`content/topics.toml`).

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

use super::{List, Text};

content_type! {
    /// A view of shared information (`content/topics.toml`).
    pub struct Topic {
        /// Unique id; also the view's address, so it must be a neutral word.
        pub id: Text,
        /// The view's heading.
        pub title: Text,
        /// One sentence for menus and search.
        pub summary: Text,
        /// The parts of the view, in order.
        #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "section"))]
        pub sections: List<Section>,
    }
}

content_type! {
    /// A headed part of a topic.
    pub struct Section {
        /// Unique within its topic; the fragment that search results link to.
        pub id: Text,
        /// The section's heading.
        pub heading: Text,
        /// Paragraphs before the list.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub paragraphs: List<Text>,
        /// How the items show.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub style: ListStyle,
        /// The list's items.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default, rename = "item"))]
        pub items: List<Item>,
        /// Lines shown after the text, by service id (such as the state
        /// lines that take reports, on the professionals' view).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub lines: List<Text>,
        /// Where the facts come from.
        pub source: Text,
        /// When they were last checked, as `YYYY-MM-DD`.
        pub last_verified: Text,
    }
}

/// How a section's items show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum ListStyle {
    /// A plain list.
    #[default]
    Bullets,
    /// A numbered list.
    Numbered,
    /// Items a person may tick; ticks live in memory only.
    Checklist,
    /// A short item with a fuller explanation.
    Pairs,
}
crate::content::codec::codec_kind!(ListStyle {
    Bullets,
    Numbered,
    Checklist,
    Pairs
});

content_type! {
    /// One list item.
    pub struct Item {
        /// The item.
        pub text: Text,
        /// An explanation under it (for `pairs`).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub detail: Option<Text>,
    }
}
