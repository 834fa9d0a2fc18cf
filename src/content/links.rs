//! Links and labels derived from the data: no number is ever typed twice.

use super::model::{fill, Phone, PhoneKind, Service, Words};

/// The number as people read it: `1-888-373-7888`, `233733`, `911`; a
/// number people know by its letters shows its digits too, for a reader who
/// does not know the keypad's letters or calls from another phone:
/// `800-570-PATH (1-800-570-7284)`.
pub fn shown(phone: &Phone) -> String {
    let digits = match phone.number.strip_prefix("+1") {
        Some(d) if d.len() == 10 => format!("1-{}-{}-{}", &d[..3], &d[3..6], &d[6..]),
        _ => phone.number.to_string(),
    };
    match &phone.display {
        Some(display) if display.chars().any(|c| c.is_ascii_alphabetic()) => {
            format!("{display} ({digits})")
        }
        Some(display) => display.to_string(),
        None => digits,
    }
}

/// The link that starts the call, text or TTY call.
pub fn href(phone: &Phone) -> String {
    match (phone.kind, &phone.keyword) {
        (PhoneKind::Text, Some(word)) => format!("sms:{}?&body={word}", phone.number),
        (PhoneKind::Text, None) => format!("sms:{}", phone.number),
        (PhoneKind::Voice | PhoneKind::Textphone, _) => format!("tel:{}", phone.number),
    }
}

/// A `mailto:` link.
pub fn mailto(email: &str) -> String {
    format!("mailto:{email}")
}

/// The short words on the link, in the page's language: "Call
/// 1-888-373-7888", "Text HELP to 233733".
pub fn action(words: &Words, phone: &Phone) -> String {
    let number = shown(phone);
    let template = match (phone.kind, &phone.keyword) {
        (PhoneKind::Voice, _) => &words.call,
        (PhoneKind::Text, Some(_)) => &words.text_keyword,
        (PhoneKind::Text, None) => &words.text,
        (PhoneKind::Textphone, _) => &words.tty,
    };
    let keyword = phone.keyword.as_deref().unwrap_or_default();
    fill(template, &[("number", &number), ("keyword", keyword)])
}

/// What the link does, for screen readers: the visible words first (so voice
/// control users can say what they see), then the line's name.
pub fn label(words: &Words, service: &Service, phone: &Phone) -> String {
    let action = action(words, phone);
    let name = &service.name;
    if name.as_ref() == shown(phone) {
        return action;
    }
    let template = if phone.is_relay() {
        &words.relay_label
    } else {
        &words.line_label
    };
    fill(template, &[("action", &action), ("name", name)])
}
