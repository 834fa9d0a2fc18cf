//! Checks of the words: the quick exit's, the templates that must keep
//! their placeholders, the counted sentences and their plural forms, the
//! days, and the names of the time zones and languages the lines use.

use crate::content::error::{error, ContentError};
use crate::content::model::{Exit, Plural, Region, Site, Text, Words, PLURAL_COUNTS};
use crate::content::plurals;
use crate::content::translation::placeholders;

/// What is wrong with the quick exit's settings: an address that is not
/// `https://`, or a missing word (its count-down: [`counted_problems`]).
pub(super) fn exit_problems(exit: &Exit) -> Vec<(&'static str, String)> {
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
pub(super) fn words_problems(words: &Words, regions: &[(String, Region)]) -> Vec<(String, String)> {
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
