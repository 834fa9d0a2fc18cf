//! Every check on the content once it is read: ids unique and neutral,
//! numbers that dial, hours in range, templates that keep their
//! placeholders, the languages' list, names that give nothing away. Each
//! problem names the file, the entry and the field (`error::ContentError`).
//! Host only: the build (`build.rs`, `src/site_files/postbuild.rs`) and the tests
//! run it.

use std::collections::{HashMap, HashSet};

mod languages;
mod lines;
mod words;

pub use languages::{interpreted_list_problems, is_language_code, language_problems};
pub use lines::{is_nanp_e164, keypad_digit};
pub use words::counted_problems;

use lines::{date_problem, phone_problems, schedule_problems, source_problem, valid_email};
use words::{exit_problems, words_problems};

use super::error::{error, ContentError};
use super::model::{PhoneKind, Region, Service, Site, Topic};

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
        // Kept with the installed app, and in every page's head.
        if let Some(problem) = self.name_problem(&site.description) {
            push("site.toml", "site".into(), "description", problem);
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
