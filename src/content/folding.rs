//! How search folds the characters of one language's content, worked out
//! on the host from Unicode's data (ICU4X), so the app carries no Unicode
//! table: the build writes the result into the content file
//! ([`Folding`]), and `search.rs` only looks characters up in it.
//!
//! One rule for the index and the query. A character folds to:
//!
//! - a space, if it is punctuation or a space of any script (`¿`, `،`, `。`);
//! - nothing, if it is an invisible format mark, a mark of no script of
//!   its own (an accent typed apart, Arabic harakat) or the Arabic tatweel;
//! - its full-width or other compatibility form's plain letters (`Ａ` → `a`);
//! - its case folding (`Ж` → `ж`, `ß` → `ss`, final `ς` → `σ`);
//! - in the scripts whose readers often type without marks (Latin, Greek,
//!   Armenian, Arabic; in Cyrillic only `ё` → `е`), its letter without them (`ã` → `a`,
//!   `ệ` → `e`, `أ` → `ا`, harakat dropped), and the letters that carry a
//!   mark that is not a separate character: `ł` → `l`, `đ` → `d`, `ø` → `o`,
//!   `œ` → `oe`, `æ` → `ae`, and Arabic's `ة` → `ه`, `ى` → `ي`;
//! - Eastern Arabic digits to ASCII digits, as the numbers are written.
//!
//! The table lists, for the characters of the content, the characters a
//! reader may type for them: each character of the content, its other
//! cases, and every Arabic letter form, full-width form or digit that folds
//! to something in the content. ASCII is left to the app (it lowercases
//! letters and turns `?` and `!` into spaces), and so is every character
//! the table does not list, which stays as it is (Han, Hangul, kana: they
//! have no case).

use std::collections::{BTreeMap, BTreeSet};

use icu_casemap::CaseMapper;
use icu_normalizer::DecomposingNormalizerBorrowed;
use icu_properties::props::{GeneralCategory, GeneralCategoryGroup, Script};
use icu_properties::CodePointMapData;

use super::model::Folding;

/// Letters whose mark is part of the letter (no decomposition takes it
/// off), with the letters a reader types without it.
const LETTERS_WITHOUT_MARKS: &[(char, &str)] = &[
    ('ł', "l"),
    ('đ', "d"),
    ('ð', "d"),
    ('ø', "o"),
    ('œ', "oe"),
    ('æ', "ae"),
    ('ħ', "h"),
    ('ŧ', "t"),
    ('ı', "i"),
    ('ё', "е"),
    ('ة', "ه"),
    ('ى', "ي"),
    ('ٱ', "ا"),
];

/// Characters a reader may type that the content need not hold, each
/// range with whether it counts only when the content has Arabic letters:
/// the Arabic letters, harakat and Eastern Arabic digits (not the
/// presentation forms, which no keyboard types: they were 600 entries);
/// the full-width forms; and the punctuation of Latin-1, of general use and
/// of CJK (`¿`, `«`, `—`, `、`).
const TYPED: &[(char, char, bool)] = &[
    ('\u{0600}', '\u{06FF}', true),
    ('\u{FF01}', '\u{FF5E}', false),
    ('\u{00A1}', '\u{00BF}', false),
    ('\u{2010}', '\u{2027}', false),
    ('\u{3000}', '\u{3011}', false),
];

/// The folding of every character `texts` hold, and of those a reader may
/// type for them.
pub fn folding<'a>(texts: impl IntoIterator<Item = &'a str>) -> Folding {
    let present: BTreeSet<char> = texts.into_iter().flat_map(str::chars).collect();
    let case = CaseMapper::new();
    let mut candidates: BTreeSet<char> = BTreeSet::new();
    let mut folded_present: BTreeSet<char> = BTreeSet::new();
    for &c in &present {
        candidates.insert(c);
        for other in [
            case.simple_lowercase(c),
            case.simple_uppercase(c),
            case.simple_titlecase(c),
        ] {
            candidates.insert(other);
        }
        folded_present.extend(fold(c).chars());
    }
    let arabic = present
        .iter()
        .any(|c| ('\u{0620}'..='\u{064A}').contains(c));
    for &(first, last, _) in TYPED.iter().filter(|t| arabic || !t.2) {
        let new: Vec<char> = (first..=last).filter(|c| !candidates.contains(c)).collect();
        for c in new {
            let f = fold(c);
            let reaches = f
                .chars()
                .all(|x| x == ' ' || x.is_ascii_alphanumeric() || folded_present.contains(&x));
            if f != c.to_string() && reaches {
                candidates.insert(c);
            }
        }
    }
    let table: BTreeMap<char, String> = candidates
        .into_iter()
        .filter(|c| !c.is_ascii())
        .map(|c| (c, fold(c)))
        .filter(|(c, f)| *f != c.to_string())
        .collect();
    Folding {
        from: table.keys().collect::<String>().into(),
        to: table
            .into_values()
            .map(Into::into)
            .collect::<Vec<_>>()
            .into(),
    }
}

/// What one character folds to (see the module's notes).
pub fn fold(c: char) -> String {
    let category = CodePointMapData::<GeneralCategory>::new();
    let group = |c: char, g: GeneralCategoryGroup| g.contains(category.get(c));
    if c.is_ascii() {
        return match c {
            '?' | '!' => " ".into(),
            c => c.to_ascii_lowercase().to_string(),
        };
    }
    if group(c, GeneralCategoryGroup::Punctuation) || group(c, GeneralCategoryGroup::Separator) {
        return " ".into();
    }
    if group(c, GeneralCategoryGroup::Format) || c == '\u{0640}' {
        return String::new();
    }
    if let Some(digit) = eastern_arabic_digit(c) {
        return digit.to_string();
    }
    let script = CodePointMapData::<Script>::new().get(c);
    // A mark of no script of its own (an accent typed apart, a haraka).
    if script == Script::Inherited && group(c, GeneralCategoryGroup::Mark) {
        return String::new();
    }
    // Cyrillic keeps its marks (й is not и), but for ё (below).
    let unmarked = [
        Script::Latin,
        Script::Greek,
        Script::Armenian,
        Script::Arabic,
    ]
    .contains(&script);
    let compatible = ('\u{FB50}'..='\u{FFEE}').contains(&c);
    let decomposed = if compatible {
        DecomposingNormalizerBorrowed::new_nfkd()
            .normalize(&c.to_string())
            .into_owned()
    } else if unmarked {
        DecomposingNormalizerBorrowed::new_nfd()
            .normalize(&c.to_string())
            .into_owned()
    } else {
        c.to_string()
    };
    let lowered = CaseMapper::new().fold_string(&decomposed).into_owned();
    let mut out = String::new();
    for x in lowered.chars() {
        if (unmarked || compatible) && group(x, GeneralCategoryGroup::Mark) {
            continue;
        }
        if x == '\u{0640}' || group(x, GeneralCategoryGroup::Format) {
            continue;
        }
        match LETTERS_WITHOUT_MARKS.iter().find(|(from, _)| *from == x) {
            Some((_, to)) => out.push_str(to),
            None => out.push(x),
        }
    }
    if out.chars().all(|x| x == ' ') && !out.is_empty() {
        return " ".into();
    }
    out
}

/// `c` as an ASCII digit, if it is an Eastern Arabic (or Persian) digit.
fn eastern_arabic_digit(c: char) -> Option<char> {
    let zero = match c {
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        _ => return None,
    };
    char::from_digit(c as u32 - zero, 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text folded with the table of `content`, as the app folds it.
    fn folded(content: &str, text: &str) -> String {
        let table = folding([content]);
        let from: Vec<char> = table.from.chars().collect();
        text.chars()
            .map(|c| match from.binary_search(&c) {
                Ok(i) => table.to[i].to_string(),
                Err(_) if c.is_ascii() => fold(c),
                Err(_) => c.to_string(),
            })
            .collect()
    }

    #[test]
    fn each_script_folds_as_its_readers_type() {
        // Cyrillic: case ("РУССКИЙ" finds "русский").
        assert_eq!(folded("русский", "РУССКИЙ"), "русский");
        assert_eq!(
            folded("Українська", "УКРАЇНСЬКА"),
            folded("Українська", "українська")
        );
        // Greek: case and final sigma.
        assert_eq!(folded("Ελληνικά", "ΕΛΛΗΝΙΚΆ"), "ελληνικα");
        // Armenian: case.
        assert_eq!(folded("Հայերեն", "ՀԱՅԵՐԵՆ"), "հայերեն");
        // Latin: marks, and the letters whose mark is their own.
        assert_eq!(folded("Português", "PORTUGUÊS"), "portugues");
        assert_eq!(folded("informações", "informacoes"), "informacoes");
        assert_eq!(folded("Tiếng Việt", "Tiếng Việt"), "tieng viet");
        assert_eq!(folded("Tiếng Việt", "TIẾNG VIỆT"), "tieng viet");
        assert_eq!(folded("Đà Nẵng", "Đà Nẵng"), "da nang");
        assert_eq!(folded("Polski: pomoc, telefon, główny", "GŁÓWNY"), "glowny");
        assert_eq!(folded("cœur", "cœur"), "coeur");
        assert_eq!(folded("Straße", "STRASSE"), "strasse");
        // Arabic: أ إ آ → ا, ة → ه, ى → ي; harakat and tatweel dropped.
        let arabic = "العربية";
        assert_eq!(folded(arabic, "العربيه"), folded(arabic, arabic));
        assert_eq!(folded("عربي", "عربى"), folded("عربي", "عربي"));
        assert_eq!(
            folded("إنجليزية", "انجليزيه"),
            folded("إنجليزية", "إنجليزية")
        );
        assert_eq!(folded("مساعدة", "مُسَاعَدَة"), folded("مساعدة", "مساعدة"));
        assert_eq!(folded("مساعدة", "مســاعدة"), folded("مساعدة", "مساعدة"));
        // Full-width forms, and Eastern Arabic digits.
        assert_eq!(folded("help 911", "ＨＥＬＰ　９１１"), "help 911");
        assert_eq!(folded("اتصل 911", "٩١١"), "911");
        // Punctuation of every script is a space.
        assert_eq!(folded("¿Qué?", "¿Qué?"), " que ");
        assert_eq!(folded("你好，世界。", "你好，世界。"), "你好 世界 ");
        // Scripts with no case stay as they are.
        assert_eq!(folded("粵語 求助", "粵語求助"), "粵語求助");
        assert_eq!(folded("한국어", "한국어"), "한국어");
    }

    #[test]
    fn the_table_covers_the_content_and_what_is_typed_for_it_and_nothing_else() {
        let table = folding(["русский"]);
        let from: Vec<char> = table.from.chars().collect();
        assert!(from.windows(2).all(|w| w[0] < w[1]), "sorted, once each");
        assert_eq!(from.len(), table.to.len());
        assert!(from.contains(&'Р') && from.contains(&'Й'));
        // No Arabic form, since the content has no Arabic letter.
        assert!(!from.iter().any(|c| ('\u{0600}'..='\u{06FF}').contains(c)));
        // Full-width Latin letters reach ASCII, which every content has.
        assert!(from.contains(&'Ａ'));
        let arabic = folding(["عربي"]);
        assert!(arabic.from.contains('ى'), "{}", arabic.from);
    }
}
