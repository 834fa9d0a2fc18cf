//! Checks of one line's fields: numbers that dial, keypad letters that dial
//! the digits, hours in range, dates, sources and email addresses.

use crate::content::model::{minutes, weekday_index, Phone, PhoneKind, Schedule};

pub(super) fn date_problem(date: &str) -> Option<String> {
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
pub(super) fn source_problem(source: &str) -> Option<String> {
    source
        .trim()
        .is_empty()
        .then(|| "must name where the facts come from".to_string())
}

pub(super) fn valid_email(email: &str) -> bool {
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
pub(super) fn phone_problems(phone: &Phone) -> Vec<(&'static str, String)> {
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
pub(super) fn schedule_problems(schedule: &Schedule) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    let opens = minutes(&schedule.opens_at);
    let closes = minutes(&schedule.closes_at);
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
        if weekday_index(day).is_none() {
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
