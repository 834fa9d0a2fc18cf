//! Reads the files under `content/`: the list of languages
//! (`languages.toml`), the first language's files at the top (`site.toml`,
//! `topics.toml`, `regions/*.toml`), and each other language's words in its
//! folder (`es/site.toml`, …), merged onto the first language's facts
//! (`translation.rs`). Then every check runs (`checks.rs`). Wrong content
//! fails with a message naming the file, the entry and the field.
//!
//! Host only: `build.rs` and the build's `postbuild` run it on the real
//! content; the tests run it on broken copies.

use std::path::Path;

use serde::de::DeserializeOwned;

use super::checks::{counted_problems, language_problems, Checker};
use super::error::{error, ContentError};
use super::model::{Content, Interpreted, Language, Region, Site, Text, Topic};
use super::translation::{join, merge};

/// The file that lists the languages.
pub const LANGUAGES_FILE: &str = "languages.toml";

/// Reads every file under `dir`: `languages.toml`, the first language's
/// files, and the same files again under each other language's folder.
/// Returns the content in each language, in the list's order.
pub fn load(dir: &Path) -> Result<Vec<Content>, Vec<ContentError>> {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .map_err(|e| vec![error(name, "file", "", format!("cannot be read: {e}"))])
    };
    let list = |folder: &str| -> Result<Vec<String>, Vec<ContentError>> {
        let mut names: Vec<String> = std::fs::read_dir(dir.join(folder))
            .map_err(|e| vec![error(folder, "folder", "", format!("cannot be read: {e}"))])?
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".toml"))
            .map(|name| format!("{folder}/{name}"))
            .collect();
        names.sort();
        Ok(names)
    };
    let list_text = read(LANGUAGES_FILE)?;
    let languages = languages(&list_text)?;
    let mut names = vec!["site.toml".to_string(), "topics.toml".to_string()];
    names.extend(list("regions")?);
    let mut files = vec![(LANGUAGES_FILE.to_string(), list_text)];
    for name in &names {
        files.push((name.clone(), read(name)?));
    }
    // How to call with an interpreter: the same in every language.
    if dir.join(INTERPRETER).is_dir() {
        for name in list(INTERPRETER)? {
            let text = read(&name)?;
            files.push((name, text));
        }
    }
    for language in languages.iter().skip(1) {
        let lang = language.code.as_ref();
        for name in &names {
            let translated = format!("{lang}/{name}");
            files.push((translated.clone(), read(&translated)?));
        }
        let first: Vec<String> = names.iter().map(|n| format!("{lang}/{n}")).collect();
        let top = std::fs::read_dir(dir.join(lang))
            .map_err(|e| vec![error(lang, "folder", "", format!("cannot be read: {e}"))])?
            .filter_map(|entry| entry.ok())
            .map(|entry| format!("{lang}/{}", entry.file_name().to_string_lossy()))
            .filter(|name| name.ends_with(".toml"));
        for extra in top.chain(list(&format!("{lang}/regions"))?) {
            if !first.contains(&extra) {
                return Err(vec![error(
                    &extra,
                    "file",
                    "",
                    "has no file in the first language: a file is added there first".into(),
                )]);
            }
        }
    }
    check(&files)
}

/// The languages of `languages.toml`, checked: at least one, the first
/// being the language of the files at the top of `content/`.
pub fn languages(text: &str) -> Result<Vec<Language>, Vec<ContentError>> {
    Ok(listed(text)?.0)
}

/// The stems that must never show in an address or a name on the home
/// screen: every language's `sensitive` in `languages.toml`, together (a
/// cover name in one language must not give the topic away in another).
pub fn sensitive(text: &str) -> Result<Vec<String>, Vec<ContentError>> {
    Ok(listed(text)?.1)
}

/// The languages of `languages.toml` and their stems together (see
/// [`languages`] and [`sensitive`]). The stems stay on the host: they are
/// no part of a content file.
fn listed(text: &str) -> Result<(Vec<Language>, Vec<String>), Vec<ContentError>> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct List {
        language: Vec<Language>,
    }
    let mut errors = Vec::new();
    let mut table: toml::Table = toml::from_str(text).map_err(|e| {
        vec![error(
            LANGUAGES_FILE,
            "file",
            "",
            e.to_string().trim().replace('\n', " "),
        )]
    })?;
    let mut stems = Vec::new();
    if let Some(entries) = table
        .get_mut("language")
        .and_then(toml::Value::as_array_mut)
    {
        for (i, entry) in entries.iter_mut().enumerate() {
            let Some(entry) = entry.as_table_mut() else {
                continue;
            };
            let code = entry
                .get("code")
                .and_then(toml::Value::as_str)
                .map_or_else(|| format!("#{}", i + 1), |c| format!("\"{c}\""));
            let words: Option<Vec<String>> = entry.remove("sensitive").and_then(|v| {
                v.as_array()?
                    .iter()
                    .map(|w| w.as_str().map(str::to_string))
                    .collect()
            });
            match words {
                Some(words)
                    if !words.is_empty()
                        && words
                            .iter()
                            .all(|w| !w.trim().is_empty() && w.to_lowercase() == *w) =>
                {
                    stems.extend(words)
                }
                _ => errors.push(error(
                    LANGUAGES_FILE,
                    &format!("language {code}"),
                    "sensitive",
                    "must list, in lowercase, the stems of the words that would give the topic away in this language".into(),
                )),
            }
        }
    }
    let rest = toml::to_string(&table).unwrap_or_default();
    let list = parse::<List>(LANGUAGES_FILE, &rest, &mut errors);
    let list = match list {
        Some(list) if errors.is_empty() => list,
        _ => return Err(errors),
    };
    let problems = language_problems(LANGUAGES_FILE, &list.language);
    if problems.is_empty() {
        Ok((list.language, stems))
    } else {
        Err(problems)
    }
}

/// Parses and checks content given as `(file name, text)` pairs:
/// `languages.toml`, the first language's files (`site.toml`,
/// `topics.toml`, `regions/*`), and each other language's under its code
/// (`es/site.toml`, ...). Returns the content in each language, in the
/// list's order, or every problem found, not just the first.
pub fn check(files: &[(String, String)]) -> Result<Vec<Content>, Vec<ContentError>> {
    let Some((_, list)) = files.iter().find(|(name, _)| name == LANGUAGES_FILE) else {
        return Err(vec![error(LANGUAGES_FILE, "file", "", "is missing".into())]);
    };
    let (languages, sensitive) = listed(list)?;
    let in_folder = |name: &str| {
        languages
            .iter()
            .skip(1)
            .any(|l| name.starts_with(&format!("{}/", l.code)))
    };
    let interpreter = |name: &str| name.starts_with(&format!("{INTERPRETER}/"));
    let first: Vec<(String, String)> = files
        .iter()
        .filter(|(name, _)| name != LANGUAGES_FILE && !in_folder(name) && !interpreter(name))
        .cloned()
        .collect();
    let mut errors = Vec::new();
    let interpreted = match interpreted(files) {
        Ok(blocks) => blocks,
        Err(mut found) => {
            errors.append(&mut found);
            Vec::new()
        }
    };
    // Each language's parts, with the texts its search folds.
    let mut all = Vec::new();
    match check_language("", &first, &sensitive) {
        Ok(parts) => all.push((parts, first.clone())),
        Err(mut found) => errors.append(&mut found),
    }
    for language in languages.iter().skip(1) {
        let lang = language.code.as_ref();
        let prefix = format!("{lang}/");
        let mut merged = Vec::new();
        for (name, text) in &first {
            let translated = format!("{prefix}{name}");
            let Some((_, words)) = files.iter().find(|(n, _)| *n == translated) else {
                errors.push(error(
                    &translated,
                    "file",
                    "",
                    format!("is missing: every file of the first language needs its words in \"{lang}\""),
                ));
                continue;
            };
            if let Some(text) = translate(&translated, name, text, words, &mut errors) {
                merged.push((name.clone(), text));
            }
        }
        // Right to left, each phone number is kept apart, left to right (bidi.rs).
        if language.dir == "rtl" {
            for (name, text) in merged.iter_mut() {
                match super::bidi::isolate_numbers_in_file(text) {
                    Ok(isolated) => *text = isolated,
                    Err(message) => {
                        errors.push(error(&format!("{prefix}{name}"), "file", "", message))
                    }
                }
            }
        }
        for (name, _) in files.iter().filter(|(n, _)| n.starts_with(&prefix)) {
            let own = &name[prefix.len()..];
            if !first.iter().any(|(n, _)| n == own) {
                errors.push(error(
                    name,
                    "file",
                    "",
                    "has no file in the first language".into(),
                ));
            }
        }
        if errors.is_empty() {
            match check_language(&prefix, &merged, &sensitive) {
                Ok(parts) => all.push((parts, merged)),
                Err(mut found) => errors.append(&mut found),
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // Every language's search reads the interpreter's blocks and the list's names too.
    let shared: Vec<&(String, String)> = files
        .iter()
        .filter(|(name, _)| name == LANGUAGES_FILE || interpreter(name))
        .collect();
    let list: Vec<Language> = languages.clone();
    let mut contents = Vec::new();
    for (i, (((site, topics, regions), own), language)) in
        all.into_iter().zip(languages).enumerate()
    {
        let prefix = if i == 0 {
            String::new()
        } else {
            format!("{}/", language.code)
        };
        let plurals = match super::plurals::categories(&language.code) {
            Ok(plurals) => plurals,
            Err(message) => {
                let entry = format!("language \"{}\"", language.code);
                errors.push(error(LANGUAGES_FILE, &entry, "code", message));
                continue;
            }
        };
        errors.extend(counted_problems(
            &format!("{prefix}site.toml"),
            &language.code,
            &site,
            &plurals,
        ));
        let mut strings = Vec::new();
        for (_, text) in own.iter().chain(shared.iter().copied()) {
            if let Ok(value) = toml::from_str::<toml::Table>(text) {
                texts(&toml::Value::Table(value), String::new(), &mut strings);
            }
        }
        contents.push(Content {
            base: if i == 0 {
                Text::Borrowed("")
            } else {
                format!("/{}", language.code).into()
            },
            language,
            languages: list.clone().into(),
            site,
            topics: topics.into(),
            regions: regions.into(),
            interpreted: interpreted.clone().into(),
            folding: super::folding::folding(strings.iter().map(|(_, text)| text.as_str())),
            plurals: plurals.into(),
        });
    }
    if errors.is_empty() {
        Ok(contents)
    } else {
        Err(errors)
    }
}

/// The folder of the blocks on calling with an interpreter.
pub const INTERPRETER: &str = "interpreter";

/// The blocks on calling with an interpreter, from `interpreter/template.toml`
/// (the English of each block, and the list of languages with their facts)
/// and `interpreter/<code>.toml` (each language's words), in the list's
/// order; none if there is no template. Each block keeps the numbers and
/// placeholders of the template, field by field, as a translation does.
fn interpreted(files: &[(String, String)]) -> Result<Vec<Interpreted>, Vec<ContentError>> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Template {
        source: Text,
        last_verified: Text,
        template: Words,
        language: Vec<Listed>,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Words {
        about: Text,
        call: Text,
        texts: Text,
        danger: Text,
        exit: Text,
        show: Text,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Listed {
        code: Text,
        say: Text,
        dir: Text,
        browser: Vec<Text>,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Block {
        /// Who has checked the words: the project's own translation says
        /// it is not yet reviewed by a native speaker.
        review: Text,
        code: Text,
        name: Text,
        search: Text,
        heading: Text,
        about: Text,
        call: Text,
        texts: Text,
        danger: Text,
        exit: Text,
        offer: Text,
        show_intro: Text,
    }
    let template_file = format!("{INTERPRETER}/template.toml");
    let Some((_, text)) = files.iter().find(|(name, _)| *name == template_file) else {
        return Ok(Vec::new());
    };
    let mut errors = Vec::new();
    let template =
        parse::<Template>(&template_file, text, &mut errors).ok_or_else(|| errors.clone())?;
    errors.extend(super::checks::interpreted_list_problems(
        &template_file,
        template
            .language
            .iter()
            .map(|l| (l.code.as_ref(), l.dir.as_ref(), l.say.as_ref())),
        (&template.source, &template.last_verified),
    ));
    let mut blocks = Vec::new();
    for listed in &template.language {
        let file = format!("{INTERPRETER}/{}.toml", listed.code);
        let Some((_, text)) = files.iter().find(|(name, _)| *name == file) else {
            errors.push(error(
                &file,
                "file",
                "",
                "is missing: every language listed in the template needs its words".into(),
            ));
            continue;
        };
        let Some(block) = parse::<Block>(&file, text, &mut errors) else {
            continue;
        };
        let entry = format!("language \"{}\"", listed.code);
        if block.code != listed.code {
            errors.push(error(
                &file,
                &entry,
                "code",
                format!(
                    "is \"{}\", but the file is for \"{}\"",
                    block.code, listed.code
                ),
            ));
        }
        let t = &template.template;
        for (field, english, words) in [
            ("about", &t.about, &block.about),
            ("call", &t.call, &block.call),
            ("texts", &t.texts, &block.texts),
            ("danger", &t.danger, &block.danger),
            ("exit", &t.exit, &block.exit),
        ] {
            for problem in super::translation::differences(english, words) {
                errors.push(error(&file, &entry, field, problem));
            }
        }
        for (field, words) in [
            ("review", &block.review),
            ("name", &block.name),
            ("heading", &block.heading),
            ("offer", &block.offer),
            ("show_intro", &block.show_intro),
            ("search", &block.search),
        ] {
            if words.trim().is_empty() || words.contains(['{', '}']) {
                errors.push(error(
                    &file,
                    &entry,
                    field,
                    "must be words, with no placeholder".into(),
                ));
            }
        }
        blocks.push(Interpreted {
            code: listed.code.clone(),
            say: listed.say.clone(),
            dir: listed.dir.clone(),
            browser: listed.browser.clone().into(),
            name: block.name,
            search: block.search,
            heading: block.heading,
            about: block.about,
            call: block.call,
            texts: block.texts,
            danger: block.danger,
            exit: block.exit,
            offer: block.offer,
            show_intro: block.show_intro,
            show: super::model::fill(&t.show, &[("say", &listed.say)]).into(),
        });
    }
    for (name, _) in files
        .iter()
        .filter(|(n, _)| n.starts_with(&format!("{INTERPRETER}/")) && **n != template_file)
    {
        let listed = template
            .language
            .iter()
            .any(|l| *name == format!("{INTERPRETER}/{}.toml", l.code));
        if !listed {
            errors.push(error(
                name,
                "file",
                "",
                "is not a language the template lists".into(),
            ));
        }
    }
    if errors.is_empty() {
        Ok(blocks)
    } else {
        Err(errors)
    }
}

/// One language's site, topics and regions (national first, then by name).
type Parts = (Site, Vec<Topic>, Vec<Region>);

/// Checks one language's files, named without the language's folder
/// (`prefix`, which errors name).
fn check_language(
    prefix: &str,
    files: &[(String, String)],
    sensitive: &[String],
) -> Result<Parts, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut site = None;
    let mut topics = Vec::new();
    let mut regions = Vec::new();
    for (file, text) in files {
        match file.as_str() {
            "site.toml" => site = parse::<Site>(file, text, &mut errors),
            "topics.toml" => {
                #[derive(serde::Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Topics {
                    topic: Vec<Topic>,
                }
                if let Some(t) = parse::<Topics>(file, text, &mut errors) {
                    topics = t.topic;
                }
            }
            _ => {
                if let Some(region) = parse::<Region>(file, text, &mut errors) {
                    regions.push((file.clone(), region));
                }
            }
        }
    }
    let named = |mut errors: Vec<ContentError>| {
        for e in &mut errors {
            e.file = format!("{prefix}{}", e.file);
        }
        errors
    };
    let Some(site) = site else {
        if !errors.iter().any(|e| e.file == "site.toml") {
            errors.push(error("site.toml", "file", "", "is missing".into()));
        }
        return Err(named(errors));
    };
    if errors.is_empty() {
        Checker::new(sensitive).run(&site, &topics, &regions, &mut errors);
    }
    if !errors.is_empty() {
        return Err(named(errors));
    }
    regions.sort_by(|(_, a), (_, b)| (!a.national, &a.name).cmp(&(!b.national, &b.name)));
    Ok((site, topics, regions.into_iter().map(|(_, r)| r).collect()))
}

/// The English file `name` (`english`) with its words replaced by those of
/// its translation `words` (the file `file`): the facts stay the English
/// file's. Reports, naming file, entry and key, any entry or key that is in
/// one and not the other, a fact written in the translation, and words whose
/// `{placeholders}` or numbers differ from the English (a translation keeps
/// every number; only an entry that names its own `source` may add one).
fn translate(
    file: &str,
    name: &str,
    english: &str,
    words: &str,
    errors: &mut Vec<ContentError>,
) -> Option<String> {
    let parsed = |text: &str, file: &str, errors: &mut Vec<ContentError>| {
        toml::from_str::<toml::Table>(text)
            .map_err(|e| {
                errors.push(error(
                    file,
                    "file",
                    "",
                    e.to_string().trim().replace('\n', " "),
                ))
            })
            .ok()
    };
    let english = parsed(english, name, errors)?;
    let words = parsed(words, file, errors)?;
    let (merged, problems) = merge(name == "site.toml", &english, &words);
    for (entry, field, message) in problems {
        errors.push(error(file, &entry, &field, message));
    }
    toml::to_string(&merged)
        .map_err(|e| errors.push(error(file, "file", "", format!("cannot be merged: {e}"))))
        .ok()
}

/// Parses one file, naming the entry and field of any error.
fn parse<T: DeserializeOwned>(file: &str, text: &str, errors: &mut Vec<ContentError>) -> Option<T> {
    let value: toml::Table = match toml::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            errors.push(error(
                file,
                "file",
                "",
                e.to_string().trim().replace('\n', " "),
            ));
            return None;
        }
    };
    let mut strings = Vec::new();
    texts(
        &toml::Value::Table(value.clone()),
        String::new(),
        &mut strings,
    );
    for (path, text) in strings {
        // Combining accents (U+0300 to U+036F): search folds only composed letters.
        if text.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)) {
            let (entry, field) = locate(&value, &path);
            errors.push(error(
                file,
                &entry,
                &field,
                "is not in composed form (NFC): write each accented letter as one character".into(),
            ));
        }
    }
    match serde_path_to_error::deserialize(toml::Value::Table(value.clone())) {
        Ok(parsed) => Some(parsed),
        Err(e) => {
            let (entry, field) = locate(&value, &e.path().to_string());
            let message = e.into_inner().to_string();
            errors.push(error(file, &entry, &field, message.trim().to_string()));
            None
        }
    }
}

/// Every text in `value`, with its path such as `service[3].phone[0].description`.
fn texts(value: &toml::Value, path: String, found: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(text) => found.push((path, text.clone())),
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                texts(item, format!("{path}[{i}]"), found);
            }
        }
        toml::Value::Table(table) => {
            for (key, item) in table {
                texts(item, join(&path, key), found);
            }
        }
        _ => {}
    }
}

/// Splits a path such as `service[3].phone[0].number` into the entry it is in
/// (`service "teen-text"`, by the entry's id) and the field within it.
fn locate(table: &toml::Table, path: &str) -> (String, String) {
    let (head, rest) = path.split_once('.').unwrap_or((path, ""));
    let Some((key, index)) = head.strip_suffix(']').and_then(|h| h.split_once('[')) else {
        return (
            "top level".to_string(),
            path.trim_start_matches('.').to_string(),
        );
    };
    let id = index.parse::<usize>().ok().and_then(|i| {
        table
            .get(key)?
            .as_array()?
            .get(i)?
            .get("id")?
            .as_str()
            .map(str::to_string)
    });
    let entry = match id {
        Some(id) => format!("{key} \"{id}\""),
        None => format!("{key} #{}", index.parse::<usize>().map_or(0, |i| i + 1)),
    };
    (entry, rest.to_string())
}
