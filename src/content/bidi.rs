//! Phone numbers in text written right to left, on the host only.
//!
//! A number written with dashes reads left to right in every script only
//! when it is kept apart from the words around it. After Arabic letters the
//! Unicode bidirectional algorithm takes digits as Arabic numbers, and a
//! dash between those does not join them: "اتصل بالرقم 1-888-373-7888" is
//! drawn with the groups reversed, "7888-373-888-1". So, in a language
//! written right to left, the build puts each phone number of its words,
//! and each `{number}` a template fills in, between the invisible marks
//! LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE. The app carries no
//! code for it, and search drops the marks (they are format characters).

use super::translation::is_fact;

/// Starts a run of text kept left to right, apart from the text around it.
pub const LEFT_TO_RIGHT_ISOLATE: char = '\u{2066}';
/// Ends it.
pub const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// A content file (TOML `text`) with its words, not its facts, passed
/// through [`isolate_numbers`].
pub fn isolate_numbers_in_file(text: &str) -> Result<String, String> {
    let mut table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
    fn walk(value: &mut toml::Value) {
        match value {
            toml::Value::String(text) => *text = isolate_numbers(text),
            toml::Value::Array(items) => items.iter_mut().for_each(walk),
            toml::Value::Table(table) => {
                for (key, item) in table.iter_mut() {
                    if !is_fact(key, item) {
                        walk(item);
                    }
                }
            }
            _ => {}
        }
    }
    for (key, item) in table.iter_mut() {
        if !is_fact(key, item) {
            walk(item);
        }
    }
    toml::to_string(&table).map_err(|e| e.to_string())
}

/// `text` with each phone number in it (a digit, then digits and the
/// letters of a keypad word joined by dashes, at least one:
/// `1-888-373-7888`, `1-866-834-HELP`) and each `{number}` placeholder
/// kept left to right between isolates.
pub fn isolate_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some((start, end)) = next_number(rest) {
        out.push_str(&rest[..start]);
        out.push(LEFT_TO_RIGHT_ISOLATE);
        out.push_str(&rest[start..end]);
        out.push(POP_DIRECTIONAL_ISOLATE);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Where the first phone number or `{number}` of `text` starts and ends,
/// as byte offsets.
fn next_number(text: &str) -> Option<(usize, usize)> {
    const PLACEHOLDER: &str = "{number}";
    let bytes = text.as_bytes();
    let part = |b: u8| b.is_ascii_digit() || b.is_ascii_uppercase();
    let placeholder = text.find(PLACEHOLDER);
    let mut from = 0;
    let number = loop {
        let Some(start) = bytes[from..]
            .iter()
            .position(u8::is_ascii_digit)
            .map(|i| from + i)
        else {
            break None;
        };
        // A number does not start inside a word or another number.
        if start > 0 && (part(bytes[start - 1]) || bytes[start - 1] == b'-') {
            from = start + 1;
            continue;
        }
        let (mut end, mut dashes) = (start, 0);
        while end < bytes.len() {
            if part(bytes[end]) {
                end += 1;
            } else if bytes[end] == b'-' && bytes.get(end + 1).copied().is_some_and(part) {
                dashes += 1;
                end += 1;
            } else {
                break;
            }
        }
        if dashes > 0 {
            break Some((start, end));
        }
        from = end.max(start + 1);
    };
    match (number, placeholder) {
        (Some(n), Some(p)) if p < n.0 => Some((p, p + PLACEHOLDER.len())),
        (Some(n), _) => Some(n),
        (None, Some(p)) => Some((p, p + PLACEHOLDER.len())),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn isolated(text: &str) -> Vec<String> {
        isolate_numbers(text)
            .split(LEFT_TO_RIGHT_ISOLATE)
            .skip(1)
            .map(|rest| {
                rest.split(POP_DIRECTIONAL_ISOLATE)
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn phone_numbers_and_the_number_placeholder_are_kept_apart_and_nothing_else() {
        assert_eq!(isolated("اتصل بالرقم 1-888-373-7888."), ["1-888-373-7888"]);
        assert_eq!(isolated("اتصل بالرقم {number}"), ["{number}"]);
        assert_eq!(
            isolated("Call 1-800-25-ABUSE (1-800-252-2873)"),
            ["1-800-25-ABUSE", "1-800-252-2873"]
        );
        assert_eq!(
            isolated("{number} then 1-866-834-HELP"),
            ["{number}", "1-866-834-HELP"]
        );
        assert!(isolated("Call 911, or 988; 24/7; 18 to 59; 9:30; COVID-19").is_empty());
        let text = "Llame al 1-888-373-7888 o al 911.";
        let plain: String = isolate_numbers(text)
            .chars()
            .filter(|c| ![LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE].contains(c))
            .collect();
        assert_eq!(plain, text);
    }

    #[test]
    fn only_the_words_of_a_file_change_never_its_facts() {
        let file = "[[phone]]\nnumber = \"+18883737888\"\ndisplay = \"1-888-373-7888\"\ndescription = \"اتصل 1-888-373-7888\"\n";
        let out = isolate_numbers_in_file(file).unwrap();
        assert!(out.contains("display = \"1-888-373-7888\""), "{out}");
        assert!(out.contains("\u{2066}1-888-373-7888\u{2069}"), "{out}");
    }
}
