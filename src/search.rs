//! Search over every word of the content, on the device.
//!
//! The index is a flat list of entries, one per topic section, service and home
//! choice, each with its text folded once. A query matches an entry when
//! every word of the query appears in it; entries whose title matches come first.
//!
//! Folding is one rule for the index and the query, in every script: ASCII
//! letters to lowercase, and every other character as the content file's
//! table says (`Folding`, which the build works out from Unicode's data:
//! case, marks, Arabic letter forms, full-width forms, punctuation). The app
//! carries no Unicode table of its own.
//!
//! Scripts written without spaces between words (Chinese, Japanese, Thai, …)
//! cannot be cut into words: there a query's run of such characters matches
//! when its characters are found in the entry in the same order, so "粵語求助"
//! finds a text that says 粵語 and, later, 求助. Entries that hold the run
//! unbroken come first.

use crate::content::{links, Content, Text};

/// One place a person can be sent to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What the result shows as its link.
    pub title: String,
    /// The view and section it opens, such as `/signs#work`.
    pub href: String,
    /// All of its words, as shown.
    pub text: String,
    /// `title` folded, for matching.
    title_key: String,
    /// `title` and `text` folded, for matching.
    key: String,
}

/// A search result: an entry and the part of its text that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'a> {
    /// The entry found.
    pub entry: &'a Entry,
    /// A short piece of its text around the first matching word.
    pub excerpt: String,
}

/// How one content folds its characters: its table, ready to look up.
#[derive(Debug, Clone, Default)]
pub struct Fold {
    from: Vec<char>,
    to: Vec<&'static str>,
}

impl Fold {
    /// The folding the content file gives.
    pub fn new(content: &'static Content) -> Self {
        Fold {
            from: content.folding.from.chars().collect(),
            to: content.folding.to.iter().map(Text::as_ref).collect(),
        }
    }

    /// Appends what `c` folds to.
    fn push(&self, c: char, out: &mut String) {
        if c.is_ascii() {
            out.push(match c {
                '?' | '!' => ' ',
                c if c.is_ascii_control() => return,
                c => c.to_ascii_lowercase(),
            });
            return;
        }
        match self.from.binary_search(&c) {
            Ok(i) => out.push_str(self.to[i]),
            Err(_) if c.is_control() => {}
            Err(_) => out.push(c),
        }
    }

    /// `text` folded (see the module's notes).
    pub fn fold(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            self.push(c, &mut out);
        }
        out
    }

    /// `text` folded, with, for each character of the result, the index of
    /// the character of `text` it came from.
    fn fold_with_places(&self, text: &str) -> (Vec<char>, Vec<usize>) {
        let (mut folded, mut places) = (Vec::new(), Vec::new());
        let mut one = String::new();
        for (i, c) in text.chars().enumerate() {
            one.clear();
            self.push(c, &mut one);
            for f in one.chars() {
                folded.push(f);
                places.push(i);
            }
        }
        (folded, places)
    }
}

/// Whether `c` is of a script written without spaces between words, where
/// a query's characters are looked for in order (see the module's notes).
fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // Han, extension A
        | '\u{4E00}'..='\u{9FFF}' // Han
        | '\u{F900}'..='\u{FAFF}' // Han compatibility
        | '\u{20000}'..='\u{3134F}' // Han, extensions B to G
        | '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
    )
}

/// One part of a query: a word to find as it is, or a run of an unspaced
/// script whose characters are found in order.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Word(String),
    InOrder(String),
}

impl Part {
    /// The parts of a folded query: its words, each cut where an unspaced
    /// script starts or ends.
    fn all(folded: &str) -> Vec<Part> {
        let mut parts = Vec::new();
        for word in folded.split_whitespace() {
            let mut run = String::new();
            let mut in_order = None;
            for c in word.chars() {
                let this = unspaced(c);
                if in_order.is_some_and(|was| was != this) {
                    parts.push(Part::of(std::mem::take(&mut run), in_order == Some(true)));
                }
                in_order = Some(this);
                run.push(c);
            }
            if !run.is_empty() {
                parts.push(Part::of(run, in_order == Some(true)));
            }
        }
        parts
    }

    fn of(run: String, in_order: bool) -> Part {
        if in_order && run.chars().count() > 1 {
            Part::InOrder(run)
        } else {
            Part::Word(run)
        }
    }

    /// Whether `key` holds this part unbroken.
    fn whole_in(&self, key: &str) -> bool {
        match self {
            Part::Word(w) | Part::InOrder(w) => key.contains(w.as_str()),
        }
    }

    /// Whether `key` holds this part: a word unbroken, a run's characters in order.
    fn in_key(&self, key: &str) -> bool {
        match self {
            Part::Word(w) => key.contains(w.as_str()),
            Part::InOrder(run) => {
                let mut rest = key.chars();
                run.chars().all(|c| rest.any(|k| k == c))
            }
        }
    }

    /// The text to look for in an excerpt: the word, or the run's first character.
    fn first(&self) -> String {
        match self {
            Part::Word(w) => w.clone(),
            Part::InOrder(run) => run.chars().take(1).collect(),
        }
    }
}

/// Everything a person can search.
#[derive(Debug, Clone, Default)]
pub struct Index {
    entries: Vec<Entry>,
    fold: Fold,
}

/// The most results a query returns.
pub const MAX_HITS: usize = 30;
/// The longest query considered; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 200;

impl Index {
    /// Indexes all of `content`.
    pub fn new(content: &'static Content) -> Self {
        let mut index = Index {
            entries: Vec::new(),
            fold: Fold::new(content),
        };
        for door in content.site.doors.iter() {
            index.add(
                door.title.to_string(),
                format!("/{}", door.to),
                door.text.to_string(),
            );
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
                index.add(
                    format!("{}: {}", topic.title, section.heading),
                    format!("/{}#{}", topic.id, section.id),
                    text.join(" "),
                );
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
                index.add(service.name.to_string(), href, text.join(" "));
            }
        }
        // Each language of the view of help in other languages, by its own
        // name, by other names people type, and by its name in English.
        for block in content.interpreted.iter() {
            index.add(
                format!("{} · {}", block.name, block.say),
                format!("/languages#{}", block.code),
                format!("{} {}", block.heading, block.about),
            );
            index.also_found_by(&block.search);
        }
        index
    }

    /// Adds an entry: its title, the address it opens, and its text.
    pub fn add(&mut self, title: String, href: String, text: String) {
        let title_key = self.fold.fold(&title);
        let key = format!("{title_key} {}", self.fold.fold(&text));
        self.entries.push(Entry {
            title,
            href,
            text,
            title_key,
            key,
        });
    }

    /// The last entry added is found by `words` too, as by its title,
    /// though they do not show (other names or spellings of it).
    fn also_found_by(&mut self, words: &str) {
        let words = self.fold.fold(words);
        if let Some(entry) = self.entries.last_mut() {
            entry.title_key = format!("{} {words}", entry.title_key);
            entry.key = format!("{words} {}", entry.key);
        }
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries matching every word of `query`, best first: those whose
    /// title matches, then those that hold every part unbroken, then the
    /// rest, each in the content's order. Any input is safe: it is cut to
    /// [`MAX_QUERY_CHARS`] and matched as plain text.
    pub fn query(&self, query: &str) -> Vec<Hit<'_>> {
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let parts = Part::all(&self.fold.fold(&query));
        let Some(first) = parts.first() else {
            return Vec::new();
        };
        let found: Vec<(u8, &Entry)> = self
            .entries
            .iter()
            .filter(|e| parts.iter().all(|p| p.in_key(&e.key)))
            .map(|e| {
                let rank = if parts.iter().all(|p| p.in_key(&e.title_key)) {
                    0
                } else if parts.iter().all(|p| p.whole_in(&e.key)) {
                    1
                } else {
                    2
                };
                (rank, e)
            })
            .collect();
        let word = first.first();
        // Best rank first, each rank in the content's order (no sort: its
        // code would cost the download more than three passes cost here).
        (0..3)
            .flat_map(|best| found.iter().filter(move |(rank, _)| *rank == best))
            .take(MAX_HITS)
            .map(|(_, entry)| Hit {
                entry,
                excerpt: self.excerpt(&entry.text, &word),
            })
            .collect()
    }

    /// About 160 characters of `text` around the first place `word` (folded) appears.
    fn excerpt(&self, text: &str, word: &str) -> String {
        const WIDTH: usize = 160;
        let chars: Vec<char> = text.chars().collect();
        let (folded, places) = self.fold.fold_with_places(text);
        let word: Vec<char> = word.chars().collect();
        let at = folded
            .windows(word.len().max(1))
            .position(|w| w == word.as_slice())
            .map_or(0, |i| places[i]);
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
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// `text` folded as the content of `lang` folds it.
    fn fold_in(lang: &str, text: &str) -> String {
        Fold::new(crate::content::language(lang).unwrap()).fold(text)
    }

    /// The addresses `query` finds in `lang`.
    fn hrefs(lang: &str, query: &str) -> Vec<String> {
        Index::new(crate::content::language(lang).unwrap())
            .query(query)
            .iter()
            .map(|h| h.entry.href.clone())
            .collect()
    }

    #[test]
    fn spanish_folds_to_plain_letters_the_same_for_index_and_query() {
        assert_eq!(fold_in("es", "LÍNEA"), "linea");
        assert_eq!(fold_in("es", "línea"), "linea");
        assert_eq!(fold_in("es", "Niño"), "nino");
        assert_eq!(fold_in("es", "¿Qué? ¡Ayuda!"), " que   ayuda ");
        assert!(!hrefs("es", "linea").is_empty());
        assert_eq!(hrefs("es", "linea"), hrefs("es", "LÍNEA"));
        assert_eq!(hrefs("es", "linea"), hrefs("es", "línea"));
        assert!(!hrefs("es", "nino").is_empty());
        assert_eq!(hrefs("es", "nino"), hrefs("es", "niño"));
    }

    /// Words of the content in each script, as a person types them: in
    /// capitals, without marks, with another form of a letter.
    #[test]
    fn every_script_folds_the_same_for_index_and_query_with_the_contents_own_words() {
        for lang in ["en", "es"] {
            for (typed, written) in [
                ("РУССКИЙ", "Русский"),
                ("ПОМОЩЬ", "Помощь"),
                ("УКРАЇНСЬКА", "Українська"),
                ("TIENG VIET", "Tiếng Việt"),
                ("tro giup", "Trợ giúp"),
                ("POMOC PO POLSKU", "Pomoc po polsku"),
                ("bezplatna", "bezpłatna"),
                ("PORTUGUES", "Português"),
                ("KREYOL", "Kreyòl"),
                ("العربيه", "العربية"),
                ("مساعده", "مساعدة"),
                ("الانجليزيه", "الإنجليزية"),
                ("ＰＯＬＳＫＩ", "Polski"),
            ] {
                assert_eq!(
                    fold_in(lang, typed),
                    fold_in(lang, written),
                    "{lang}: {typed}"
                );
            }
        }
    }

    #[test]
    fn what_people_type_finds_the_block_of_their_language() {
        for lang in ["en", "es"] {
            for (query, block) in [
                ("русский", "ru"),
                ("РУССКИЙ", "ru"),
                ("ПЕРЕВОДЧИК", "ru"),
                ("العربيه", "ar"),
                ("عربى", "ar"),
                ("TIENG VIET", "vi"),
                ("粵語求助", "zh-Hant"),
                ("粵語 求助", "zh-Hant"),
                ("PORTUGUES", "pt"),
                ("FRANCAIS", "fr"),
                ("HANDEL LUDZMI", "pl"),
            ] {
                let href = format!("/languages#{block}");
                assert!(
                    hrefs(lang, query).contains(&href),
                    "{lang}: \"{query}\" should find {href}: {:?}",
                    hrefs(lang, query)
                );
            }
        }
    }

    #[test]
    fn a_run_of_an_unspaced_script_matches_its_characters_in_order() {
        let parts = Part::all("粵語求助 help 中文abc");
        assert_eq!(
            parts,
            [
                Part::InOrder("粵語求助".into()),
                Part::Word("help".into()),
                Part::InOrder("中文".into()),
                Part::Word("abc".into()),
            ]
        );
        let run = Part::InOrder("粵語求助".into());
        assert!(run.in_key("用粵語 … 求助"));
        assert!(!run.whole_in("用粵語 … 求助"));
        assert!(run.whole_in("粵語求助"));
        assert!(!run.in_key("求助 … 粵語"), "in order only");
        assert!(!run.in_key("粵語"), "every character");
        // One character alone is a word.
        assert_eq!(Part::all("中"), [Part::Word("中".into())]);
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
