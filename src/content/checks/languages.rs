//! Checks of the lists of languages: the languages Harbor speaks
//! (`languages.toml`) and those of the blocks on calling with an
//! interpreter (`interpreter/template.toml`).

use std::collections::HashSet;

use super::lines::{date_problem, source_problem};
use crate::content::error::{error, ContentError};
use crate::content::model::Language;

/// What is wrong with the list of languages (`languages.toml`, in `file`): none at
/// all, a code that cannot be a folder, the start of an address and a
/// `lang` (two or three lowercase letters, then at most one `-` and two to
/// eight more letters or digits, as BCP 47 writes `pt-br`), a code given
/// twice, a direction other than `ltr` or `rtl`, an empty name or offer.
pub fn language_problems(file: &str, languages: &[Language]) -> Vec<ContentError> {
    let mut problems = Vec::new();
    if languages.is_empty() {
        problems.push(error(
            file,
            "top level",
            "language",
            "lists no language".into(),
        ));
    }
    let mut seen = HashSet::new();
    for (i, language) in languages.iter().enumerate() {
        let entry = format!("language \"{}\"", language.code);
        let code = language.code.as_ref();
        if !is_language_code(code) {
            problems.push(error(
                file,
                &entry,
                "code",
                format!(
                    "\"{code}\" must be two or three lowercase letters, then at most one - and a \
                     subtag in lowercase or a script such as Hans (language #{})",
                    i + 1
                ),
            ));
        }
        if !seen.insert(code) {
            problems.push(error(file, &entry, "code", "is listed twice".into()));
        }
        if !matches!(language.dir.as_ref(), "ltr" | "rtl") {
            problems.push(error(
                file,
                &entry,
                "dir",
                "must be \"ltr\" or \"rtl\"".into(),
            ));
        }
        for (field, words) in [("name", &language.name), ("offer", &language.offer)] {
            if words.trim().is_empty() {
                problems.push(error(file, &entry, field, "must not be empty".into()));
            }
        }
    }
    problems
}

/// Whether `code` can name a language: two or three lowercase letters, then
/// at most one `-` and either two to eight lowercase letters or digits
/// (`es`, `pt-br`, `en-xa`) or a script, four letters written as BCP 47
/// writes them, the first a capital (`zh-Hans`), so that the code is the
/// page's exact `lang`.
pub fn is_language_code(code: &str) -> bool {
    let (language, rest) = code
        .split_once('-')
        .map_or((code, None), |(l, r)| (l, Some(r)));
    let letters = |s: &str| s.bytes().all(|b| b.is_ascii_lowercase());
    let script = |s: &str| {
        let mut bytes = s.bytes();
        s.len() == 4
            && bytes.next().is_some_and(|b| b.is_ascii_uppercase())
            && bytes.all(|b| b.is_ascii_lowercase())
    };
    (2..=3).contains(&language.len())
        && letters(language)
        && rest.is_none_or(|r| {
            script(r)
                || ((2..=8).contains(&r.len())
                    && r.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
        })
}

/// What is wrong with the list of languages of the blocks on calling with an
/// interpreter (`interpreter/template.toml`, in `file`): each `(code, dir,
/// say)` must have a language tag for a code (`pl`, `zh-Hant`), `ltr` or
/// `rtl`, a name to say in English letters, and no code twice; and the
/// template must name its `(source, last_verified)`.
pub fn interpreted_list_problems<'a>(
    file: &str,
    listed: impl Iterator<Item = (&'a str, &'a str, &'a str)>,
    (source, last_verified): (&str, &str),
) -> Vec<ContentError> {
    let mut problems = Vec::new();
    if let Some(problem) = source_problem(source) {
        problems.push(error(file, "top level", "source", problem));
    }
    if let Some(problem) = date_problem(last_verified) {
        problems.push(error(file, "top level", "last_verified", problem));
    }
    let mut seen = HashSet::new();
    for (code, dir, say) in listed {
        let entry = format!("language \"{code}\"");
        let mut parts = code.split('-');
        let primary = parts.next().unwrap_or_default();
        let tag = (2..=3).contains(&primary.len())
            && primary.bytes().all(|b| b.is_ascii_lowercase())
            && parts.all(|p| {
                (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if !tag {
            problems.push(error(
                file,
                &entry,
                "code",
                format!("\"{code}\" is not a language tag such as pl or zh-Hant"),
            ));
        }
        if !seen.insert(code) {
            problems.push(error(file, &entry, "code", "is listed twice".into()));
        }
        if !matches!(dir, "ltr" | "rtl") {
            problems.push(error(
                file,
                &entry,
                "dir",
                "must be \"ltr\" or \"rtl\"".into(),
            ));
        }
        if say.trim().is_empty() || !say.chars().all(|c| c.is_ascii_alphabetic() || c == ' ') {
            problems.push(error(
                file,
                &entry,
                "say",
                "must be the language's name in English letters".into(),
            ));
        }
    }
    problems
}
