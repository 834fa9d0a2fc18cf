//! Reads the files under `content/` and checks every entry, so that wrong content
//! fails the build with a message naming the file, the entry and the field.
//!
//! `build.rs` runs this on the real content; the tests run it on broken copies.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::model::{
    Content, Exit, Phone, PhoneKind, Region, Schedule, Service, Site, Text, Topic, Words,
};
use super::translation::{join, merge, placeholders};

/// One problem in the content: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, relative to `content/`.
    pub file: String,
    /// The entry, such as `service "hotline"`.
    pub entry: String,
    /// The field within the entry, such as `phone[0].number`.
    pub field: String,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content/{}: {}", self.file, self.entry)?;
        if !self.field.is_empty() {
            write!(f, ", field `{}`", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The views with fixed addresses; topics may not take these ids.
pub const FIXED_VIEWS: &[&str] = &["contacts", "local", "find"];

/// Words that must never show in an address, a title or a storage key.
pub const SENSITIVE_WORDS: &[&str] = &[
    "traffick",
    "sex",
    "abuse",
    "victim",
    "exploit",
    "assault",
    "violence",
    "rape",
    "prostitut",
    "escort",
    "pimp",
    "slave",
    // Spanish stems.
    "trata",
    "víctima",
    "victima",
    "abuso",
    "explot",
    "prostitu",
    "proxeneta",
    "esclav",
    "violac",
];

/// The translations of the content: each is a folder under `content/`
/// named by its language code, with a file for each English file that holds
/// only its words (see [`super::translation`]). English, at the top, is the first
/// language and has the site's plain addresses; each other language's
/// addresses start with `/<code>`.
pub const TRANSLATIONS: &[&str] = &["es"];

/// The first language: its files are at the top of `content/`.
pub const FIRST_LANGUAGE: &str = "en";

/// Reads every file under `dir` (`site.toml`, `topics.toml`, `regions/*.toml`,
/// and the same again under each translation's folder), and returns the
/// content in each language, English first.
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
    let mut names = vec!["site.toml".to_string(), "topics.toml".to_string()];
    names.extend(list("regions")?);
    let mut files = Vec::new();
    for name in &names {
        files.push((name.clone(), read(name)?));
    }
    for lang in TRANSLATIONS {
        for name in &names {
            let translated = format!("{lang}/{name}");
            files.push((translated.clone(), read(&translated)?));
        }
        let english: Vec<String> = names.iter().map(|n| format!("{lang}/{n}")).collect();
        let top = std::fs::read_dir(dir.join(lang))
            .map_err(|e| vec![error(lang, "folder", "", format!("cannot be read: {e}"))])?
            .filter_map(|entry| entry.ok())
            .map(|entry| format!("{lang}/{}", entry.file_name().to_string_lossy()))
            .filter(|name| name.ends_with(".toml"));
        for extra in top.chain(list(&format!("{lang}/regions"))?) {
            if !english.contains(&extra) {
                return Err(vec![error(
                    &extra,
                    "file",
                    "",
                    "has no English file: a file is added in English first".into(),
                )]);
            }
        }
    }
    check(&files)
}

/// Parses and checks content given as `(file name, text)` pairs: English's
/// files (`site.toml`, `topics.toml`, `regions/*`), and any translation's
/// under its code (`es/site.toml`, ...). Returns the content in each
/// language, English first, or every problem found, not just the first.
pub fn check(files: &[(String, String)]) -> Result<Vec<Content>, Vec<ContentError>> {
    let english: Vec<(String, String)> = files
        .iter()
        .filter(|(name, _)| {
            !TRANSLATIONS
                .iter()
                .any(|l| name.starts_with(&format!("{l}/")))
        })
        .cloned()
        .collect();
    let mut errors = Vec::new();
    let first = check_language("", &english);
    let langs: Vec<&str> = TRANSLATIONS
        .iter()
        .copied()
        .filter(|l| {
            files
                .iter()
                .any(|(name, _)| name.starts_with(&format!("{l}/")))
        })
        .collect();
    let mut all = Vec::new();
    match first {
        Ok(content) => all.push(content),
        Err(mut found) => errors.append(&mut found),
    }
    for lang in &langs {
        let prefix = format!("{lang}/");
        let mut merged = Vec::new();
        for (name, text) in &english {
            let translated = format!("{prefix}{name}");
            let Some((_, words)) = files.iter().find(|(n, _)| *n == translated) else {
                errors.push(error(
                    &translated,
                    "file",
                    "",
                    format!("is missing: every English file needs its words in \"{lang}\""),
                ));
                continue;
            };
            if let Some(text) = translate(&translated, name, text, words, &mut errors) {
                merged.push((name.clone(), text));
            }
        }
        for (name, _) in files.iter().filter(|(n, _)| n.starts_with(&prefix)) {
            let own = &name[prefix.len()..];
            if !english.iter().any(|(n, _)| n == own) {
                errors.push(error(name, "file", "", "has no English file".into()));
            }
        }
        if errors.is_empty() {
            match check_language(&prefix, &merged) {
                Ok(content) => all.push(content),
                Err(mut found) => errors.append(&mut found),
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let codes: Vec<&str> = std::iter::once(FIRST_LANGUAGE).chain(langs).collect();
    let base = |lang: &str| {
        if lang == FIRST_LANGUAGE {
            String::new()
        } else {
            format!("/{lang}")
        }
    };
    for (i, content) in all.iter_mut().enumerate() {
        let other = codes.get(if i == 0 { 1 } else { 0 }).copied().unwrap_or("");
        content.lang = codes[i].to_string().into();
        content.base = base(codes[i]).into();
        content.other_lang = other.to_string().into();
        content.other_base = if other.is_empty() {
            String::new()
        } else {
            base(other)
        }
        .into();
    }
    Ok(all)
}

/// Checks one language's files, named without the language's folder
/// (`prefix`, which errors name).
fn check_language(prefix: &str, files: &[(String, String)]) -> Result<Content, Vec<ContentError>> {
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
        Checker::default().run(&site, &topics, &regions, &mut errors);
    }
    if !errors.is_empty() {
        return Err(named(errors));
    }
    regions.sort_by(|(_, a), (_, b)| (!a.national, &a.name).cmp(&(!b.national, &b.name)));
    Ok(Content {
        lang: Text::Borrowed(""),
        base: Text::Borrowed(""),
        other_lang: Text::Borrowed(""),
        other_base: Text::Borrowed(""),
        site,
        topics: topics.into(),
        regions: regions
            .into_iter()
            .map(|(_, r)| r)
            .collect::<Vec<_>>()
            .into(),
    })
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

fn error(file: &str, entry: &str, field: &str, message: String) -> ContentError {
    ContentError {
        file: file.to_string(),
        entry: entry.to_string(),
        field: field.to_string(),
        message,
    }
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

/// The checks that need more than one entry, or more than a field's type.
#[derive(Default)]
struct Checker {
    ids: HashMap<String, String>,
}

impl Checker {
    fn run(
        &mut self,
        site: &Site,
        topics: &[Topic],
        regions: &[(String, Region)],
        errors: &mut Vec<ContentError>,
    ) {
        let mut push = |file: &str, entry: String, field: &str, message: String| {
            errors.push(error(file, &entry, field, message));
        };

        // Ids must be unique across all content, and address ids neutral.
        let mut region_ids = HashSet::new();
        for (file, region) in regions {
            let entry = format!("region \"{}\"", region.id);
            if let Some(problem) = address_problem(&region.id) {
                push(file, entry.clone(), "id", problem);
            }
            if !region_ids.insert(region.id.to_string()) {
                push(file, entry, "id", "another region has the same id".into());
            }
        }
        for topic in topics {
            let entry = format!("topic \"{}\"", topic.id);
            if let Some(problem) = address_problem(&topic.id) {
                push("topics.toml", entry.clone(), "id", problem);
            }
            if FIXED_VIEWS.contains(&&*topic.id) || region_ids.contains(&*topic.id) {
                push(
                    "topics.toml",
                    entry.clone(),
                    "id",
                    "is already the address of another view".into(),
                );
            }
            self.unique("topics.toml", &entry, "topic", &topic.id, &mut push);
            let mut sections = HashSet::new();
            for (i, section) in topic.sections.iter().enumerate() {
                let field = format!("section[{i}]");
                if let Some(problem) = address_problem(&section.id) {
                    push(
                        "topics.toml",
                        entry.clone(),
                        &format!("{field}.id"),
                        problem,
                    );
                }
                if !sections.insert(&*section.id) {
                    push(
                        "topics.toml",
                        entry.clone(),
                        &format!("{field}.id"),
                        format!("duplicate section id \"{}\"", section.id),
                    );
                }
                if let Some(problem) = date_problem(&section.last_verified) {
                    push(
                        "topics.toml",
                        entry.clone(),
                        &format!("{field}.last_verified"),
                        problem,
                    );
                }
            }
        }
        let mut services: HashMap<&str, &Service> = HashMap::new();
        let mut organizations = HashSet::new();
        for (file, region) in regions {
            for org in region.organizations.iter() {
                let entry = format!("organization \"{}\"", org.id);
                self.unique(file, &entry, "organization", &org.id, &mut push);
                organizations.insert(&*org.id);
                if let Some(problem) = date_problem(&org.last_verified) {
                    push(file, entry, "last_verified", problem);
                }
            }
            for service in region.services.iter() {
                let entry = format!("service \"{}\"", service.id);
                self.unique(file, &entry, "service", &service.id, &mut push);
                services.insert(&service.id, service);
            }
        }

        // Every service: reachable, with valid numbers and hours.
        for (file, region) in regions {
            for service in region.services.iter() {
                let entry = format!("service \"{}\"", service.id);
                if !organizations.contains(&*service.organization) {
                    push(
                        file,
                        entry.clone(),
                        "organization",
                        format!(
                            "points to \"{}\", which is not an organization",
                            service.organization
                        ),
                    );
                }
                if let Some(target) = &service.refer_to {
                    if !services.contains_key(&**target) {
                        push(
                            file,
                            entry.clone(),
                            "refer_to",
                            format!("points to \"{target}\", which is not a service"),
                        );
                    }
                }
                if service.phones.is_empty()
                    && service.email.is_none()
                    && service.refer_to.is_none()
                {
                    push(
                        file,
                        entry.clone(),
                        "phone",
                        "has no phone, email or refer_to: a person could not reach it".into(),
                    );
                }
                if let Some(email) = &service.email {
                    if !valid_email(email) {
                        push(
                            file,
                            entry.clone(),
                            "email",
                            format!("\"{email}\" is not an email address"),
                        );
                    }
                }
                if let Some(problem) = date_problem(&service.last_verified) {
                    push(file, entry.clone(), "last_verified", problem);
                }
                for (i, phone) in service.phones.iter().enumerate() {
                    for problem in phone_problems(phone) {
                        push(
                            file,
                            entry.clone(),
                            &format!("phone[{i}].{}", problem.0),
                            problem.1,
                        );
                    }
                }
                for (i, schedule) in service.schedules.iter().enumerate() {
                    for problem in schedule_problems(schedule) {
                        push(
                            file,
                            entry.clone(),
                            &format!("schedule[{i}].{}", problem.0),
                            problem.1,
                        );
                    }
                }
            }
        }

        // Site settings point at real things.
        let hotline = services.get(&*site.hotline);
        if !hotline.is_some_and(|s| {
            s.phone(PhoneKind::Voice).is_some() && s.phone(PhoneKind::Text).is_some()
        }) {
            push(
                "site.toml",
                "site".into(),
                "hotline",
                format!(
                    "points to \"{}\", which is not a service with a voice and a text number",
                    site.hotline
                ),
            );
        }
        let emergency_ok = services
            .get(&*site.emergency)
            .is_some_and(|s| s.phone(PhoneKind::Voice).is_some());
        if !emergency_ok {
            push(
                "site.toml",
                "site".into(),
                "emergency",
                format!(
                    "points to \"{}\", which is not a service with a voice number",
                    site.emergency
                ),
            );
        }
        if !region_ids.contains(&*site.default_region) {
            push(
                "site.toml",
                "site".into(),
                "default_region",
                format!(
                    "points to \"{}\", which is not a region",
                    site.default_region
                ),
            );
        }
        if let Some(problem) = name_problem(&site.name) {
            push("site.toml", "site".into(), "name", problem);
        }
        for (field, problem) in exit_problems(&site.exit) {
            push("site.toml", "exit".into(), field, problem);
        }
        for (field, problem) in words_problems(&site.words, regions) {
            push("site.toml", "words".into(), &field, problem);
        }
        let mut looks = vec![];
        for cover in site.covers.iter() {
            let entry = format!("cover \"{}\"", cover.id);
            if let Some(problem) = address_problem(&cover.id) {
                push("site.toml", entry.clone(), "id", problem);
            }
            if let Some(problem) = name_problem(&cover.name) {
                push("site.toml", entry.clone(), "name", problem);
            }
            if looks.contains(&cover.id) {
                push(
                    "site.toml",
                    entry,
                    "id",
                    "is used by another cover".to_string(),
                );
            }
            looks.push(cover.id.clone());
        }
        for door in site.doors.iter() {
            let known = FIXED_VIEWS.contains(&&*door.to) || topics.iter().any(|t| t.id == door.to);
            if !known {
                push(
                    "site.toml",
                    format!("door \"{}\"", door.id),
                    "to",
                    format!("points to \"{}\", which is not a view", door.to),
                );
            }
        }
    }

    /// Records `id`, reporting it if another entry already has it.
    fn unique(
        &mut self,
        file: &str,
        entry: &str,
        kind: &str,
        id: &str,
        push: &mut impl FnMut(&str, String, &str, String),
    ) {
        if let Some(first) = self.ids.insert(id.to_string(), format!("{kind} in {file}")) {
            push(
                file,
                entry.to_string(),
                "id",
                format!("duplicate id: \"{id}\" is also a {first}"),
            );
        }
    }
}

/// Why `name` cannot be a name on the home screen, if it cannot: empty, or
/// with a word that gives the topic away. Unlike an address, it may have
/// capitals, spaces and accents ("Jardín").
fn name_problem(name: &str) -> Option<String> {
    if name.trim().is_empty() {
        return Some("must not be empty".into());
    }
    let lower = name.to_lowercase();
    SENSITIVE_WORDS
        .iter()
        .find(|word| lower.contains(*word))
        .map(|word| format!("\"{name}\" contains \"{word}\": names must use neutral words"))
}

/// Why `id` cannot be part of an address, if it cannot.
fn address_problem(id: &str) -> Option<String> {
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Some(format!(
            "\"{id}\" must be lowercase letters, digits and dashes"
        ));
    }
    SENSITIVE_WORDS
        .iter()
        .find(|word| id.contains(*word))
        .map(|word| format!("\"{id}\" contains \"{word}\": addresses must use neutral words"))
}

/// What is wrong with the quick exit's settings: an address that is not
/// `https://`, a missing word, or a count-down without its `{n}`.
fn exit_problems(exit: &Exit) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    if !exit.url.starts_with("https://") {
        problems.push(("url", "must be an https:// address".to_string()));
    }
    for (field, words) in [
        ("label", &exit.label),
        ("title", &exit.title),
        ("leaving", &exit.leaving),
        ("count_one", &exit.count_one),
        ("count_other", &exit.count_other),
        ("expired", &exit.expired),
    ] {
        if words.trim().is_empty() {
            problems.push((field, "must not be empty".to_string()));
        }
    }
    if exit.count_other.matches("{n}").count() != 1 {
        problems.push((
            "count_other",
            "must say {n}, once, where the number of presses left goes".to_string(),
        ));
    }
    if exit.count_one.contains('{') {
        problems.push((
            "count_one",
            "takes no placeholder: it is said when one press is left".to_string(),
        ));
    }
    problems
}

/// Each template of `[words]` with the placeholders it must keep, once
/// each: without them a number or a name would not show.
fn templates(words: &Words) -> [(&'static str, &Text, &'static [&'static str]); 17] {
    [
        ("bar_text", &words.bar_text, &["keyword"]),
        ("bar_label", &words.bar_label, &["short", "number", "name"]),
        ("call", &words.call, &["number"]),
        ("text", &words.text, &["number"]),
        ("text_keyword", &words.text_keyword, &["keyword", "number"]),
        ("tty", &words.tty, &["number"]),
        ("line_label", &words.line_label, &["action", "name"]),
        ("relay_label", &words.relay_label, &["action", "name"]),
        ("email_link", &words.email_link, &["email"]),
        ("in_region", &words.in_region, &["region"]),
        ("serves", &words.serves, &["area", "languages"]),
        ("open_all_day", &words.open_all_day, &["days"]),
        ("hours", &words.hours, &["days", "opens", "closes", "zone"]),
        ("am", &words.am, &["time"]),
        ("pm", &words.pm, &["time"]),
        ("results", &words.results, &["n"]),
        ("ticked", &words.ticked, &["n", "total"]),
    ]
}

/// What is wrong with `[words]`: a template without its placeholders (or
/// with others), seven days that are not seven, and a time zone or language
/// of the lines that has no name.
fn words_problems(words: &Words, regions: &[(String, Region)]) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    for (field, template, wanted) in templates(words) {
        let mut wanted: Vec<String> = wanted.iter().map(|p| format!("{{{p}}}")).collect();
        wanted.sort();
        let found = placeholders(template);
        if found != wanted {
            problems.push((
                field.to_string(),
                format!("must say each of {wanted:?} once, and no other {{…}}; it says {found:?}"),
            ));
        }
    }
    if words.days.len() != 7 {
        problems.push(("days".into(), "must name seven days, Monday first".into()));
    }
    let services = regions.iter().flat_map(|(_, r)| r.services.iter());
    for service in services {
        let zones = service.schedules.iter().map(|s| &s.timezone);
        for zone in zones {
            if !words.zones.iter().any(|z| z.id == *zone) {
                problems.push((
                    "zone".into(),
                    format!(
                        "has no name for \"{zone}\", which service \"{}\" uses",
                        service.id
                    ),
                ));
            }
        }
        let codes = service
            .languages
            .iter()
            .chain(service.phones.iter().flat_map(|p| p.languages.iter()));
        for code in codes {
            if !words.languages.iter().any(|l| l.id == *code) {
                problems.push((
                    "language".into(),
                    format!(
                        "has no name for \"{code}\", which service \"{}\" uses",
                        service.id
                    ),
                ));
            }
        }
    }
    problems.dedup();
    problems
}

fn date_problem(date: &str) -> Option<String> {
    let parts: Vec<&str> = date.split('-').collect();
    let ok = parts.len() == 3
        && parts
            .iter()
            .zip([4, 2, 2])
            .all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_digit()))
        && (1..=12).contains(&parts[1].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&parts[2].parse::<u8>().unwrap_or(0));
    (!ok).then(|| format!("\"{date}\" is not a date as YYYY-MM-DD"))
}

fn valid_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((user, host)) => {
            !user.is_empty() && host.contains('.') && !email.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Whether `number` is a North American number in E.164 form: `+1`, then an
/// area code and an exchange that do not start with 0 or 1, then four digits.
pub fn is_nanp_e164(number: &str) -> bool {
    let Some(digits) = number.strip_prefix("+1") else {
        return false;
    };
    let bytes = digits.as_bytes();
    bytes.len() == 10
        && bytes.iter().all(u8::is_ascii_digit)
        && bytes[0] >= b'2'
        && bytes[3] >= b'2'
}

/// Problems with one phone entry, as `(field, message)`.
fn phone_problems(phone: &Phone) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    let number = &*phone.number;
    let short_code = (5..=6).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
    let valid = is_nanp_e164(number)
        || matches!(number, "911" | "988" | "711")
        || (phone.kind == PhoneKind::Text && short_code);
    if !valid {
        problems.push(("number", format!(
            "\"{number}\" is not a North American number in E.164 form (+1 and ten digits), 911, 988, 711 or, for text lines, a short code"
        )));
    }
    if phone.keyword.is_some() && phone.kind != PhoneKind::Text {
        problems.push((
            "keyword",
            "a text keyword needs a number of type \"text\"".into(),
        ));
    }
    if let Some(display) = &phone.display {
        let dialled: String = display.chars().filter_map(keypad_digit).collect();
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        if dialled.is_empty() || !digits.ends_with(&dialled) {
            problems.push(("display", format!("\"{display}\" does not dial {number}")));
        }
    }
    problems
}

/// The digit a phone keypad gives for `c`, or `None` for separators.
pub fn keypad_digit(c: char) -> Option<char> {
    let digit = match c.to_ascii_uppercase() {
        d @ '0'..='9' => d,
        'A'..='C' => '2',
        'D'..='F' => '3',
        'G'..='I' => '4',
        'J'..='L' => '5',
        'M'..='O' => '6',
        'P'..='S' => '7',
        'T'..='V' => '8',
        'W'..='Z' => '9',
        _ => return None,
    };
    Some(digit)
}

/// Problems with one schedule, as `(field, message)`.
fn schedule_problems(schedule: &Schedule) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    let opens = super::model::minutes(&schedule.opens_at);
    let closes = super::model::minutes(&schedule.closes_at);
    for (field, value, parsed) in [
        ("opens_at", &schedule.opens_at, opens),
        ("closes_at", &schedule.closes_at, closes),
    ] {
        if parsed.is_none() {
            problems.push((
                field,
                format!("\"{value}\" is not a time from 00:00 to 23:59"),
            ));
        }
    }
    if let (Some(o), Some(c)) = (opens, closes) {
        if o >= c {
            problems.push(("closes_at", "must be later than opens_at".into()));
        }
    }
    if schedule.byday.is_empty() {
        problems.push(("byday", "lists no days".into()));
    }
    for day in schedule.byday.iter() {
        if super::model::weekday_index(day).is_none() {
            problems.push((
                "byday",
                format!("\"{day}\" is not a day code (MO, TU, WE, TH, FR, SA, SU)"),
            ));
        }
    }
    let zone_ok = schedule
        .timezone
        .split_once('/')
        .is_some_and(|(area, place)| {
            !area.is_empty()
                && !place.is_empty()
                && schedule
                    .timezone
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/_-+".contains(c))
        });
    if !zone_ok {
        problems.push((
            "timezone",
            format!(
                "\"{}\" is not a named time zone such as America/New_York",
                schedule.timezone
            ),
        ));
    }
    problems
}
