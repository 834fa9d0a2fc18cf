//! The shape of Harbor's content, after the Open Referral HSDS vocabulary.
//!
//! The same types serve the build and the app. On the host, the build reads
//! `content/` into them (TOML, unknown fields refused; `read.rs`), checks
//! them (`checks.rs`), and writes each language in the compact text form
//! of `codec.rs`; the app reads its language's file into the same types when
//! it starts. `content_type!` declares each type once with both.
//!
//! By subject: `site.rs` (settings and words), `topics.rs` (the views of
//! shared information), `lines.rs` (regions, services, phones, hours),
//! `languages.rs` (the list of languages, counts, folding, the blocks of
//! help in other languages); here, what one content file holds.

use std::borrow::Cow;

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

/// Declares a content type: on the host it is also read from TOML (unknown
/// fields refused); on both, it is written and read in the compact form
/// (`codec::Codec`), field by field in the order declared here.
macro_rules! content_type {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $type:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        #[cfg_attr(
            not(target_arch = "wasm32"),
            derive(Deserialize),
            serde(deny_unknown_fields)
        )]
        pub struct $name { $( $(#[$field_meta])* pub $field: $type ),* }

        impl $crate::content::codec::Codec for $name {
            #[cfg(not(target_arch = "wasm32"))]
            fn encode(&self, out: &mut Vec<u8>) {
                $( $crate::content::codec::Codec::encode(&self.$field, out); )*
            }
            fn decode(reader: &mut $crate::content::codec::Reader) -> Self {
                $name {
                    $( $field: <$type as $crate::content::codec::Codec>::decode(reader) ),*
                }
            }
        }
    };
}

/// Text that is either baked into the binary or read from a data file.
pub type Text = Cow<'static, str>;
/// A list that is either baked into the binary or read from a data file.
pub type List<T> = Cow<'static, [T]>;

mod languages;
mod lines;
mod site;
mod topics;

pub use languages::*;
pub use lines::*;
pub use site::*;
pub use topics::*;

content_type! {
    /// Everything under `content/` in one language, read and checked: what
    /// one content file holds.
    pub struct Content {
        /// The language of its words.
        pub language: Language,
        /// The start of its addresses: empty for the first language, `/es` for Spanish.
        pub base: Text,
        /// Every language Harbor speaks, this one included, in the list's order.
        pub languages: List<Language>,
        /// Shared settings.
        pub site: Site,
        /// Shared topics, in order.
        pub topics: List<Topic>,
        /// Regions, national first, then by name.
        pub regions: List<Region>,
        /// How to call with an interpreter, in each language the view of
        /// help in other languages offers (the same in every language).
        pub interpreted: List<Interpreted>,
        /// How search folds the characters of this content, other than
        /// ASCII (`folding.rs` on the host works it out).
        pub folding: Folding,
        /// The plural category of each count from 0 to `PLURAL_COUNTS - 1`
        /// in this language, from the Unicode CLDR rules (the build works
        /// them out from the language's code; the app only looks them up).
        pub plurals: List<Plural>,
    }
}

/// `template` with each `{name}` replaced by its value, such as
/// `fill("Call {number}", &[("number", "911")])`. A placeholder with no value
/// stays as written (the build checks that every template has its own).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value = after
            .find('}')
            .and_then(|end| Some((values.iter().find(|(k, _)| *k == &after[..end])?.1, end)));
        match value {
            Some((value, end)) => {
                out.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Content {
    /// `counted` for the count `n`, in the form its plural category takes
    /// in this language, with `{n}` and each of `values` filled in. A
    /// count past the table (none Harbor shows) takes `other`.
    pub fn count(&self, counted: &Counted, n: usize, values: &[(&str, &str)]) -> String {
        let category = self.plurals.get(n).copied().unwrap_or(Plural::Other);
        let n = n.to_string();
        let mut all = vec![("n", n.as_str())];
        all.extend_from_slice(values);
        fill(counted.form(category), &all)
    }

    /// The address of `path` (such as `/signs`) in this language: `/es/signs`.
    pub fn address(&self, path: &str) -> String {
        if path.starts_with('/') {
            format!("{}{path}", self.base)
        } else {
            path.to_string()
        }
    }

    /// The language's code, such as `es`.
    pub fn lang(&self) -> &str {
        &self.language.code
    }

    /// The start of `language`'s addresses: empty for the first language,
    /// `/<code>` for any other.
    pub fn base_of(&self, language: &Language) -> String {
        let first = self.languages.first().map(|l| l.code.as_ref());
        if first == Some(language.code.as_ref()) {
            String::new()
        } else {
            format!("/{}", language.code)
        }
    }

    /// The other languages, in the list's order.
    pub fn others(&self) -> impl Iterator<Item = &Language> {
        self.languages
            .iter()
            .filter(move |l| l.code != self.language.code)
    }

    /// `language`'s home view: `/es/` for Spanish, `/` for the first language.
    pub fn home_of(&self, language: &Language) -> String {
        format!("{}/", self.base_of(language))
    }

    /// The same view in `language`: `/signs` in English is `/es/signs` in Spanish.
    pub fn counterpart(&self, address: &str, language: &Language) -> String {
        let path = self.path_of(address).unwrap_or("/");
        format!("{}{path}", self.base_of(language))
    }

    /// The path within this language of an address, such as `/signs` for
    /// `/es/signs`; `None` if the address is not in this language.
    pub fn path_of<'a>(&self, address: &'a str) -> Option<&'a str> {
        let rest = address.strip_prefix(self.base.as_ref())?;
        if rest.is_empty() {
            Some("/")
        } else if rest.starts_with(['/', '?', '#']) {
            Some(rest)
        } else {
            None
        }
    }
}
