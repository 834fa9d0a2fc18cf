//! What a language brings: its entry in the list (`content/languages.toml`),
//! its counted sentences and plural categories, its search folding, and the
//! blocks of help in other languages (`content/interpreter/`).

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

use super::{List, Text};

content_type! {
    /// A sentence with a count, `{n}`, in each plural form its language's
    /// rules give the counts Harbor shows (the Unicode CLDR categories):
    /// English has `one` ("{n} result") and `other` ("{n} results"),
    /// Arabic six, Chinese `other` alone. The build knows from a language's
    /// code which forms it needs, and refuses a sentence that lacks one.
    pub struct Counted {
        /// For a count in the category `zero` (Arabic: 0).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub zero: Option<Text>,
        /// For a count in the category `one` (English: 1).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub one: Option<Text>,
        /// For a count in the category `two` (Arabic: 2).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub two: Option<Text>,
        /// For a count in the category `few` (Polish: 2 to 4, 22 to 24, …).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub few: Option<Text>,
        /// For a count in the category `many` (Arabic: 11 to 99).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub many: Option<Text>,
        /// For every other count.
        pub other: Text,
    }
}

/// A plural category of the Unicode CLDR rules: which form of a [`Counted`]
/// a count takes in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum Plural {
    /// `zero`.
    Zero,
    /// `one`.
    One,
    /// `two`.
    Two,
    /// `few`.
    Few,
    /// `many`.
    Many,
    /// `other`.
    Other,
}
crate::content::codec::codec_kind!(Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other
});

/// How many counts, from 0, a content file gives the plural category of
/// (`Content::plurals`): every count Harbor shows is below it (search shows
/// at most 30 results, the signs are 21, the Shift count-down 2 and 1).
pub const PLURAL_COUNTS: usize = 100;

impl Counted {
    /// The form for a count in `category`: its own, or `other` (the build
    /// has checked that every form the language's rules need is there).
    pub fn form(&self, category: Plural) -> &str {
        let own = match category {
            Plural::Zero => &self.zero,
            Plural::One => &self.one,
            Plural::Two => &self.two,
            Plural::Few => &self.few,
            Plural::Many => &self.many,
            Plural::Other => &None,
        };
        own.as_deref().unwrap_or(&self.other)
    }
}

content_type! {
    /// How search folds the characters of one language's content, other
    /// than ASCII (which the app folds itself: letters to lowercase, `?`
    /// and `!` to spaces): the character at each place in `from` (in
    /// order, each once) becomes the text at the same place in `to`,
    /// empty for a character search drops. A character not listed stays as
    /// it is. The build works it out from Unicode's data for the characters
    /// of the content and those a reader may type for them (`folding.rs`).
    pub struct Folding {
        /// The characters that fold, in order.
        pub from: Text,
        /// What each folds to.
        pub to: List<Text>,
    }
}

content_type! {
    /// A language Harbor speaks (`[[language]]` in `content/languages.toml`,
    /// the first being the one the files at the top of `content/` are in).
    pub struct Language {
        /// Its code, such as `es`: its folder under `content/` and the start
        /// of its addresses (`/es/`); the first language's addresses have none.
        pub code: Text,
        /// Its name, in itself: "Español".
        pub name: Text,
        /// Its direction: `ltr` or `rtl`.
        pub dir: Text,
        /// The line on the home view, in itself, for a browser whose first
        /// language it is: "Ver en español".
        pub offer: Text,
    }
}

content_type! {
    /// How to call the hotline with an interpreter, in one language it
    /// answers by interpreter (`content/interpreter/<code>.toml`, with the
    /// facts of `content/interpreter/template.toml`). Its texts are written
    /// in that language; `{say}` is filled with `say`, and `{exit}` with the
    /// exit's label as the page shows it.
    pub struct Interpreted {
        /// Its language tag, such as `pl` or `zh-Hant`: the block's `lang`
        /// and its place in the view (`/languages#pl`).
        pub code: Text,
        /// The language's name in English, as the person says it on the
        /// phone: "Polish".
        pub say: Text,
        /// `ltr`, or `rtl` for a language written right to left.
        pub dir: Text,
        /// The browser languages the home view offers this block to, such
        /// as `zh-hk`: a browser language matches a tag, or starts with it
        /// and a `-`; the longest match wins.
        pub browser: List<Text>,
        /// The language's own name, in its script: "Polski".
        pub name: Text,
        /// Other names a person may type to find the block, that folding
        /// cannot reach: other words for the language, spellings in Latin
        /// letters ("3arabi"), the other Chinese script.
        pub search: Text,
        /// The block's heading.
        pub heading: Text,
        /// What the help is: free and confidential, day and night.
        pub about: Text,
        /// How to call, and say the language's name in English.
        pub call: Text,
        /// That texts and chat are in English and Spanish only.
        pub texts: Text,
        /// In danger now: 911, and the language's name in English.
        pub danger: Text,
        /// The exit, by its label as shown.
        pub exit: Text,
        /// The home view's line, for a browser set to this language.
        pub offer: Text,
        /// What comes before the line in English, in the block's language:
        /// "Show this sentence to someone who speaks English:".
        pub show_intro: Text,
        /// The line in English the person can show: "I speak Polish. …".
        pub show: Text,
    }
}
