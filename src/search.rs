//! Search over every word of the content, on the device.
//!
//! The index is a flat list of entries, one per topic section, service and home
//! choice, each with its text lowercased once. A query matches an entry when
//! every word of the query appears in it; entries whose title matches come first.

use crate::content::{links, Content};

/// One place a person can be sent to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What the result shows as its link.
    pub title: String,
    /// The view and section it opens, such as `/signs#work`.
    pub href: String,
    /// All of its words, as shown.
    pub text: String,
    /// `title` lowercased, for matching.
    title_key: String,
    /// `title` and `text` lowercased, for matching.
    key: String,
}

impl Entry {
    /// An entry from its title, address and text.
    pub fn new(title: String, href: String, text: String) -> Self {
        let title_key = fold(&title);
        let key = format!("{title_key} {}", fold(&text));
        Entry {
            title,
            href,
            text,
            title_key,
            key,
        }
    }

    /// The entry, found by `words` too, as by its title, though they do
    /// not show (other names or spellings of it).
    pub fn also_found_by(mut self, words: &str) -> Self {
        let words = fold(words);
        self.title_key = format!("{} {words}", self.title_key);
        self.key = format!("{words} {}", self.key);
        self
    }
}

/// A search result: an entry and the part of its text that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'a> {
    /// The entry found.
    pub entry: &'a Entry,
    /// A short piece of its text around the first matching word.
    pub excerpt: String,
}

/// Everything a person can search.
#[derive(Debug, Clone, Default)]
pub struct Index {
    entries: Vec<Entry>,
}

/// The most results a query returns.
pub const MAX_HITS: usize = 30;
/// The longest query considered; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 200;

impl Index {
    /// Indexes all of `content`.
    pub fn new(content: &Content) -> Self {
        let mut entries = Vec::new();
        for door in content.site.doors.iter() {
            entries.push(Entry::new(
                door.title.to_string(),
                format!("/{}", door.to),
                door.text.to_string(),
            ));
        }
        for topic in content.topics.iter() {
            for section in topic.sections.iter() {
                let mut text: Vec<&str> = section.paragraphs.iter().map(|p| &**p).collect();
                for item in section.items.iter() {
                    text.push(&item.text);
                    if let Some(detail) = &item.detail {
                        text.push(detail);
                    }
                }
                entries.push(Entry::new(
                    format!("{}: {}", topic.title, section.heading),
                    format!("/{}#{}", topic.id, section.id),
                    text.join(" "),
                ));
            }
        }
        for region in content.regions.iter() {
            for service in region.services.iter() {
                let organization = content
                    .organization(&service.organization)
                    .map(|o| &*o.name);
                let mut text = vec![
                    service.description.to_string(),
                    service.service_area.to_string(),
                ];
                text.extend(organization.map(str::to_string));
                text.extend(service.phones.iter().map(|p| {
                    format!(
                        "{} {}",
                        links::action(&content.site.words, p),
                        p.description
                    )
                }));
                text.extend(service.email.iter().map(|e| e.to_string()));
                let href = if region.national {
                    format!("/contacts#{}", service.id)
                } else {
                    format!("/local/{}#{}", region.id, service.id)
                };
                entries.push(Entry::new(service.name.to_string(), href, text.join(" ")));
            }
        }
        // Each language of the view of help in other languages, by its own
        // name and by its name in English.
        for block in content.interpreted.iter() {
            entries.push(
                Entry::new(
                    format!("{} · {}", block.name, block.say),
                    format!("/languages#{}", block.code),
                    format!("{} {}", block.heading, block.about),
                )
                .also_found_by(&block.search),
            );
        }
        Index { entries }
    }

    /// Adds an entry; the benchmark uses this to grow the index.
    pub fn push(&mut self, entry: Entry) {
        self.entries.push(entry);
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries matching every word of `query`, best first. Any input is
    /// safe: it is cut to [`MAX_QUERY_CHARS`] and matched as plain text.
    pub fn query(&self, query: &str) -> Vec<Hit<'_>> {
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let folded = fold(&query);
        let words: Vec<&str> = folded.split_whitespace().collect();
        if words.is_empty() {
            return Vec::new();
        }
        let found = self
            .entries
            .iter()
            .filter(|e| words.iter().all(|w| e.key.contains(w)));
        // Title matches first; otherwise keep the content's order.
        let (mut hits, others): (Vec<&Entry>, Vec<&Entry>) =
            found.partition(|e| words.iter().all(|w| e.title_key.contains(w)));
        hits.extend(others);
        hits.into_iter()
            .take(MAX_HITS)
            .map(|entry| Hit {
                entry,
                excerpt: excerpt(&entry.text, words[0]),
            })
            .collect()
    }
}

/// Folds a text for matching, the same for the index and the query: ASCII
/// letters to lowercase, the accented letters of Spanish (either case) to
/// their base letter, ñ to n, ¿, ¡, ? and ! to spaces, control characters dropped.
/// So "linea", "LÍNEA" and "línea" match, and "nino" finds "niño". One small
/// table instead of Unicode's case and normalization tables, which would add
/// tens of KB to the download (the build refuses content that is not in
/// composed form, so every accented letter is one character here).
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .map(fold_char)
        .collect()
}

/// One character of [`fold`]; always one character, so positions line up.
fn fold_char(c: char) -> char {
    match c {
        'á' | 'Á' | 'à' | 'À' | 'â' | 'Â' | 'ä' | 'Ä' => 'a',
        'é' | 'É' | 'è' | 'È' | 'ê' | 'Ê' | 'ë' | 'Ë' => 'e',
        'í' | 'Í' | 'ì' | 'Ì' | 'î' | 'Î' | 'ï' | 'Ï' => 'i',
        'ó' | 'Ó' | 'ò' | 'Ò' | 'ô' | 'Ô' | 'ö' | 'Ö' => 'o',
        'ú' | 'Ú' | 'ù' | 'Ù' | 'û' | 'Û' | 'ü' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        '¿' | '¡' | '?' | '!' => ' ',
        c => c.to_ascii_lowercase(),
    }
}

/// About 160 characters of `text` around the first place `word` appears.
fn excerpt(text: &str, word: &str) -> String {
    const WIDTH: usize = 160;
    let chars: Vec<char> = text.chars().collect();
    // One folded char per char, so positions line up with `chars`.
    let lower: Vec<char> = chars.iter().map(|c| fold_char(*c)).collect();
    let word: Vec<char> = word.chars().collect();
    let at = lower
        .windows(word.len().max(1))
        .position(|w| w == word.as_slice())
        .unwrap_or(0);
    let start = at.saturating_sub(WIDTH / 3);
    let end = (start + WIDTH).min(chars.len());
    let mut piece: String = chars[start..end].iter().collect();
    if start > 0 {
        piece.insert(0, '…');
    }
    if end < chars.len() {
        piece.push('…');
    }
    piece
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn spanish_folds_to_plain_letters_the_same_for_index_and_query() {
        assert_eq!(fold("LÍNEA"), "linea");
        assert_eq!(fold("línea"), "linea");
        assert_eq!(fold("Niño"), "nino");
        assert_eq!(fold("¿Qué? ¡Ayuda!"), " que   ayuda ");
        let index = Index::new(crate::content::language("es").unwrap());
        let hrefs = |q: &str| -> Vec<String> {
            index
                .query(q)
                .iter()
                .map(|h| h.entry.href.clone())
                .collect()
        };
        assert!(!hrefs("linea").is_empty());
        assert_eq!(hrefs("linea"), hrefs("LÍNEA"));
        assert_eq!(hrefs("linea"), hrefs("línea"));
        assert!(!hrefs("nino").is_empty());
        assert_eq!(hrefs("nino"), hrefs("niño"));
    }

    #[test]
    fn finds_a_warning_sign_by_any_of_its_words() {
        let index = Index::new(crate::content::language("en").unwrap());
        let hits = index.query("EYE contact");
        assert!(
            hits.iter().any(|h| h.entry.href == "/signs#health"),
            "{hits:?}"
        );
        assert!(hits[0].excerpt.to_lowercase().contains("eye contact"));
    }

    #[test]
    fn finds_a_service_by_its_number_and_links_to_its_region() {
        let index = Index::new(crate::content::language("en").unwrap());
        let hits = index.query("800-570-PATH");
        assert_eq!(hits[0].entry.href, "/local/illinois#path-hotline");
    }

    #[test]
    fn finds_the_state_lines_for_reports_by_the_words_a_person_would_type() {
        for (lang, queries) in [
            (
                "en",
                [
                    ("report", "il-child-report"),
                    ("DCFS", "il-child-report"),
                    ("child abuse", "il-child-report"),
                    ("child abuse", "me-child-report"),
                    ("adult protective", "il-adult-report"),
                    ("adult protective", "me-adult-report"),
                    ("mandated", "me-adult-report"),
                ],
            ),
            (
                "es",
                [
                    ("denunciar", "il-child-report"),
                    ("DCFS", "il-child-report"),
                    ("abuso infantil", "il-child-report"),
                    ("abuso infantil", "me-child-report"),
                    ("proteccion de adultos", "il-adult-report"),
                    ("Protección de Adultos", "me-adult-report"),
                    ("obligadas a denunciar", "me-adult-report"),
                ],
            ),
        ] {
            let index = Index::new(crate::content::language(lang).unwrap());
            for (query, line) in queries {
                let hits = index.query(query);
                assert!(
                    hits.iter()
                        .any(|h| h.entry.href.ends_with(&format!("#{line}"))),
                    "{lang}: \"{query}\" should find {line}: {hits:?}"
                );
            }
        }
    }

    #[test]
    fn finds_help_in_another_language_by_its_own_name_and_its_english_name() {
        for lang in ["en", "es"] {
            let index = Index::new(crate::content::language(lang).unwrap());
            for (query, block) in [
                ("Polski", "pl"),
                ("polski", "pl"),
                ("Tiếng Việt", "vi"),
                ("tieng viet", "vi"),
                ("العربية", "ar"),
                ("Soomaali", "so"),
                ("中文", "zh-Hans"),
                ("中文", "zh-Hant"),
                ("한국어", "ko"),
                ("Kreyòl", "ht"),
                ("Polish", "pl"),
                ("Haitian Creole", "ht"),
                ("Cantonese", "zh-Hant"),
            ] {
                let href = format!("/languages#{block}");
                let hits = index.query(query);
                assert!(
                    hits.iter().any(|h| h.entry.href == href),
                    "{lang}: \"{query}\" should find {href}: {hits:?}"
                );
            }
        }
    }

    /// Property tests; proptest is a host-only dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod any_input {
        use super::*;

        proptest::proptest! {
            /// Any input at all: long, emoji, right-to-left, control characters,
            /// regex metacharacters. No panic, and at most `MAX_HITS` results.
            #[test]
            fn any_query_is_answered_safely(query in "\\PC{0,300}|[.*+?()\\[\\]{}|^$\\\\]{1,50}|[\\u{0}-\\u{1f}\\u{202e}\\u{200f}]{1,20}") {
                let index = Index::new(crate::content::language("en").unwrap());
                let hits = index.query(&query);
                proptest::prop_assert!(hits.len() <= MAX_HITS);
                for hit in hits {
                    proptest::prop_assert!(hit.excerpt.chars().count() <= 162);
                }
            }

            /// A query far past the limit is cut, not refused.
            #[test]
            fn a_huge_query_is_cut_to_the_limit(word in "[a-z]{1,8}", times in 1_000usize..5_000) {
                let index = Index::new(crate::content::language("en").unwrap());
                let _ = index.query(&word.repeat(times));
            }
        }
    }

    #[test]
    fn every_word_must_match() {
        let index = Index::new(crate::content::language("en").unwrap());
        assert!(!index.query("vacatur").is_empty());
        assert!(index.query("vacatur zebra").is_empty());
        assert!(index.query("   ").is_empty());
    }
}
