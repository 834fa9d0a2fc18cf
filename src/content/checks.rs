//! Every check on the content once it is read: ids unique and neutral,
//! numbers that dial, hours in range, templates that keep their
//! placeholders, the languages' list, names that give nothing away. Each
//! problem names the file, the entry and the field (`error::ContentError`).
//! Host only: the build (`build.rs`, `src/build/postbuild.rs`) and the tests
//! run it.

use std::collections::{HashMap, HashSet};

use super::error::{error, ContentError};
use super::model::{
    Exit, Language, Phone, PhoneKind, Plural, Region, Schedule, Service, Site, Text, Topic, Words,
    PLURAL_COUNTS,
};
use super::plurals;
use super::translation::placeholders;

/// The views with fixed addresses; topics may not take these ids.
pub const FIXED_VIEWS: &[&str] = &["contacts", "local", "find", "languages"];

/// The checks that need more than one entry, or more than a field's type.
pub struct Checker<'a> {
    ids: HashMap<String, String>,
    /// The stems that must never show in an address or a name on the home
    /// screen, in every language (`sensitive` in `languages.toml`).
    sensitive: &'a [String],
}

impl<'a> Checker<'a> {
    /// A checker that refuses the `sensitive` stems in addresses and names.
    pub fn new(sensitive: &'a [String]) -> Self {
        Checker {
            ids: HashMap::new(),
            sensitive,
        }
    }

    /// Checks one language's site, topics and regions (each region with
    /// its file name), adding every problem to `errors`.
    pub fn run(
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
            if let Some(problem) = self.address_problem(&region.id) {
                push(file, entry.clone(), "id", problem);
            }
            if !region_ids.insert(region.id.to_string()) {
                push(file, entry, "id", "another region has the same id".into());
            }
        }
        for topic in topics {
            let entry = format!("topic \"{}\"", topic.id);
            if let Some(problem) = self.address_problem(&topic.id) {
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
                if let Some(problem) = self.address_problem(&section.id) {
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
                if let Some(problem) = source_problem(&section.source) {
                    push(
                        "topics.toml",
                        entry.clone(),
                        &format!("{field}.source"),
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
                    push(file, entry.clone(), "last_verified", problem);
                }
                if let Some(problem) = source_problem(&org.source) {
                    push(file, entry, "source", problem);
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
                if let Some(problem) = source_problem(&service.source) {
                    push(file, entry.clone(), "source", problem);
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

        // Lines a section shows are services; every line that takes
        // reports is shown by one (the professionals' view), so none is
        // only on its region's view.
        let mut shown = HashSet::new();
        for topic in topics {
            for (i, section) in topic.sections.iter().enumerate() {
                for line in section.lines.iter() {
                    shown.insert(&**line);
                    if !services.contains_key(&**line) {
                        push(
                            "topics.toml",
                            format!("topic \"{}\"", topic.id),
                            &format!("section[{i}].lines"),
                            format!("points to \"{line}\", which is not a service"),
                        );
                    }
                }
            }
        }
        for (file, region) in regions {
            for service in region.report_lines() {
                if !shown.contains(&*service.id) {
                    push(
                        file,
                        format!("service \"{}\"", service.id),
                        "takes_reports",
                        "no topic section lists it in `lines`: a line that takes reports belongs on the professionals' view".into(),
                    );
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
        for (field, id) in [("hotline", &site.hotline), ("emergency", &site.emergency)] {
            if services.get(&**id).is_some_and(|s| s.takes_reports) {
                push(
                    "site.toml",
                    "site".into(),
                    field,
                    format!(
                        "points to \"{id}\", a line that takes reports: the call bar is for help"
                    ),
                );
            }
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
        if let Some(problem) = self.name_problem(&site.name) {
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
            if let Some(problem) = self.address_problem(&cover.id) {
                push("site.toml", entry.clone(), "id", problem);
            }
            if let Some(problem) = self.name_problem(&cover.name) {
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

impl Checker<'_> {
    /// Why `name` cannot be a name on the home screen, if it cannot: empty,
    /// or with a word that gives the topic away, in any language. Unlike an
    /// address, it may have capitals, spaces and accents ("Jardín").
    fn name_problem(&self, name: &str) -> Option<String> {
        if name.trim().is_empty() {
            return Some("must not be empty".into());
        }
        let lower = name.to_lowercase();
        self.sensitive
            .iter()
            .find(|word| lower.contains(word.as_str()))
            .map(|word| format!("\"{name}\" contains \"{word}\": names must use neutral words"))
    }

    /// Why `id` cannot be part of an address, if it cannot.
    fn address_problem(&self, id: &str) -> Option<String> {
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Some(format!(
                "\"{id}\" must be lowercase letters, digits and dashes"
            ));
        }
        self.sensitive
            .iter()
            .find(|word| id.contains(word.as_str()))
            .map(|word| format!("\"{id}\" contains \"{word}\": addresses must use neutral words"))
    }
}

/// What is wrong with the quick exit's settings: an address that is not
/// `https://`, or a missing word (its count-down: [`counted_problems`]).
fn exit_problems(exit: &Exit) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    if !exit.url.starts_with("https://") {
        problems.push(("url", "must be an https:// address".to_string()));
    }
    for (field, words) in [
        ("label", &exit.label),
        ("title", &exit.title),
        ("leaving", &exit.leaving),
        ("expired", &exit.expired),
    ] {
        if words.trim().is_empty() {
            problems.push((field, "must not be empty".to_string()));
        }
    }
    problems
}

/// Each template of `[words]` with the placeholders it must keep, once
/// each: without them a number or a name would not show.
fn templates(words: &Words) -> [(&'static str, &Text, &'static [&'static str]); 13] {
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
    ]
}

/// What is wrong with the counted sentences of the site (in `file`, in the
/// language `code`, whose counts have the plural `categories`): a form its
/// rules need for a count from 1 to 99 is missing, a form is given that no
/// such count takes, or a form does not say `{n}` (and the sentence's other
/// placeholders) once each; a form that one count alone takes (English
/// `one`: 1; Arabic `two`: 2) may say its count in words instead.
pub fn counted_problems(
    file: &str,
    code: &str,
    site: &Site,
    categories: &[Plural],
) -> Vec<ContentError> {
    let mut problems = Vec::new();
    for (entry, field, counted, wanted) in [
        ("exit", "count", &site.exit.count, &["{n}"][..]),
        ("words", "results", &site.words.results, &["{n}"][..]),
        (
            "words",
            "ticked",
            &site.words.ticked,
            &["{n}", "{total}"][..],
        ),
    ] {
        for (form, message) in plurals::problems(counted, 1..=PLURAL_COUNTS - 1, categories, code) {
            problems.push(error(file, entry, &format!("{field}.{form}"), message));
        }
        for (form, category, text) in plurals::forms(counted) {
            let Some(text) = text else { continue };
            // A form for one count alone may say it in words ("نتيجتان": two results).
            let alone = (1..PLURAL_COUNTS)
                .filter(|n| categories.get(*n) == Some(&category))
                .count()
                == 1;
            let mut wanted: Vec<String> = wanted
                .iter()
                .filter(|w| !(alone && **w == "{n}" && !text.contains("{n}")))
                .map(|w| w.to_string())
                .collect();
            wanted.sort();
            let found = placeholders(text);
            if found != wanted {
                problems.push(error(
                    file,
                    entry,
                    &format!("{field}.{form}"),
                    format!(
                        "must say each of {wanted:?} once, and no other {{…}}; it says {found:?}"
                    ),
                ));
            }
        }
    }
    problems
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
    for (field, template) in [("am", &words.am), ("pm", &words.pm)] {
        let found = placeholders(template);
        if found != ["{time}"] && found != ["{time24}"] {
            problems.push((
                field.to_string(),
                format!(
                    "must say {{time}} (12-hour: 2, 9:30) or {{time24}} (24-hour: 14:00, 09:30), once, and no other {{…}}; it says {found:?}"
                ),
            ));
        }
    }
    if words.days.len() != 7 {
        problems.push(("days".into(), "must name seven days, Monday first".into()));
    }
    // A line of hours starts with a capital; the app does not change case.
    let lowercase = std::iter::once(&words.every_day)
        .chain(words.days.iter())
        .find(|day| day.chars().next().is_some_and(char::is_lowercase));
    for (field, template) in [
        ("hours", &words.hours),
        ("open_all_day", &words.open_all_day),
    ] {
        if let (true, Some(day)) = (template.starts_with("{days}"), lowercase) {
            problems.push((
                field.to_string(),
                format!("starts with {{days}}, so its line would start with \"{day}\" in lowercase: put the days later"),
            ));
        }
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

/// Why a `source` cannot name where the facts come from, if it cannot.
fn source_problem(source: &str) -> Option<String> {
    source
        .trim()
        .is_empty()
        .then(|| "must name where the facts come from".to_string())
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
