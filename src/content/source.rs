//! Reads the files under `content/` and checks every entry, so that wrong content
//! fails the build with a message naming the file, the entry and the field.
//!
//! `build.rs` runs this on the real content; the tests run it on broken copies.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::model::{Content, Exit, Phone, PhoneKind, Region, Schedule, Service, Site, Topic};

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

/// Reads every file under `dir` (`site.toml`, `topics.toml`, `regions/*.toml`).
pub fn load(dir: &Path) -> Result<Content, Vec<ContentError>> {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .map_err(|e| vec![error(name, "file", "", format!("cannot be read: {e}"))])
    };
    let mut files = vec![
        ("site.toml".to_string(), read("site.toml")?),
        ("topics.toml".to_string(), read("topics.toml")?),
    ];
    let mut names: Vec<String> = std::fs::read_dir(dir.join("regions"))
        .map_err(|e| {
            vec![error(
                "regions",
                "folder",
                "",
                format!("cannot be read: {e}"),
            )]
        })?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    names.sort();
    for name in names {
        let path = format!("regions/{name}");
        let text = read(&path)?;
        files.push((path, text));
    }
    check(&files)
}

/// Parses and checks content given as `(file name, text)` pairs; regions are the
/// files under `regions/`. Returns every problem found, not just the first.
pub fn check(files: &[(String, String)]) -> Result<Content, Vec<ContentError>> {
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
    let Some(site) = site else {
        if !errors.iter().any(|e| e.file == "site.toml") {
            errors.push(error("site.toml", "file", "", "is missing".into()));
        }
        return Err(errors);
    };
    if errors.is_empty() {
        Checker::default().run(&site, &topics, &regions, &mut errors);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    regions.sort_by(|(_, a), (_, b)| (!a.national, &a.name).cmp(&(!b.national, &b.name)));
    Ok(Content {
        site,
        topics: topics.into(),
        regions: regions
            .into_iter()
            .map(|(_, r)| r)
            .collect::<Vec<_>>()
            .into(),
    })
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
        if let Some(problem) = address_problem(&site.name.to_lowercase().replace(' ', "-")) {
            push("site.toml", "site".into(), "name", problem);
        }
        for (field, problem) in exit_problems(&site.exit) {
            push("site.toml", "exit".into(), field, problem);
        }
        let mut looks = vec![];
        for cover in site.covers.iter() {
            let entry = format!("cover \"{}\"", cover.id);
            if let Some(problem) = address_problem(&cover.id) {
                push("site.toml", entry.clone(), "id", problem);
            }
            if let Some(problem) = address_problem(&cover.name.to_lowercase().replace(' ', "-")) {
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
