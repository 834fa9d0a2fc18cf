//! A translation of the content: each file under `content/<lang>/` holds
//! only the words of the English file at the same path, entry by entry, and
//! [`merge`] puts them over the English file's facts, reporting every way
//! the two differ. `read.rs` reads the files and names them in errors.

/// Keys that hold facts, not words: written once, in the English file, and
/// shared by every language. A translation repeats only `id`, unchanged, so
/// that its entries line up with the English ones, and may give `source`
/// where its words add a fact of their own (see [`translate`]).
pub const FACT_KEYS: &[&str] = &[
    "id",
    "to",
    "url",
    "hotline",
    "emergency",
    "default_region",
    "number",
    "display",
    "type",
    "keyword",
    "languages",
    "byday",
    "opens_at",
    "closes_at",
    "timezone",
    "source",
    "last_verified",
    "national",
    "style",
    "email",
    "organization",
    "refer_to",
    "takes_reports",
    "lines",
];

/// The English file `english` with its words replaced by those of its
/// translation `words`: the facts stay the English file's (`site`: the file
/// is `site.toml`, whose `name` is a fact too). Returns it, with every
/// problem as `(entry, key, message)`: an entry or key in one and not the
/// other, an entry without its English id, a fact written in the
/// translation, and words whose `{placeholders}` or numbers differ from the
/// English (a translation keeps every number; only an entry that names its
/// own `source`, the English one and more, may add one).
pub fn merge(
    site: bool,
    english: &toml::Table,
    words: &toml::Table,
) -> (toml::Table, Vec<(String, String, String)>) {
    let mut walk = Translation {
        site,
        problems: Vec::new(),
    };
    let merged = walk.table("top level", "", english, words, false, true);
    (merged, walk.problems)
}

/// One walk of [`merge`] over a file and its translation.
struct Translation {
    site: bool,
    problems: Vec<(String, String, String)>,
}

impl Translation {
    fn push(&mut self, entry: &str, field: &str, message: String) {
        self.problems
            .push((entry.to_string(), field.to_string(), message));
    }

    fn table(
        &mut self,
        entry: &str,
        field: &str,
        english: &toml::Table,
        words: &toml::Table,
        own_source: bool,
        root: bool,
    ) -> toml::Table {
        let own_source = own_source || words.contains_key("source");
        let mut merged = english.clone();
        for (key, value) in english {
            // A table at the top is an entry of its own, such as `[exit]`.
            let (entry, path) = if root && value.is_table() {
                (key.clone(), String::new())
            } else {
                (entry.to_string(), join(field, key))
            };
            let fact = is_fact(key, value) || (root && self.site && key == "name");
            match words.get(key) {
                // Entries line up by their ids, so each repeats its own.
                None if key == "id" => self.push(
                    &entry,
                    &path,
                    format!("is missing: write the English entry's id, {value}"),
                ),
                None if fact || !has_words(value) => {}
                None => self.push(
                    &entry,
                    &path,
                    "is missing: the English has it, so every language must".into(),
                ),
                Some(given) if key == "id" => {
                    if given != value {
                        self.push(
                            &entry,
                            &path,
                            format!(
                                "is {given}, but the English entry here is {value}: keep the English order"
                            ),
                        );
                    }
                }
                Some(given) if key == "source" => {
                    let english_source = value.as_str().unwrap_or_default();
                    let adds = given.as_str().and_then(|g| g.strip_prefix(english_source));
                    if adds.is_none_or(|more| more.trim_start_matches([' ', ';', ',']).len() <= 8) {
                        self.push(
                            &entry,
                            &path,
                            "must start with the English source, then add this language's own"
                                .into(),
                        );
                    }
                }
                Some(_) if fact => self.push(
                    &entry,
                    &path,
                    "is a fact, written once in the English file: remove it here".into(),
                ),
                Some(given) => {
                    let translated = self.value(&entry, &path, key, value, given, own_source);
                    merged.insert(key.clone(), translated);
                }
            }
        }
        for key in words.keys().filter(|k| !english.contains_key(*k)) {
            let path = join(field, key);
            self.push(entry, &path, "is not in the English file".into());
        }
        merged
    }

    fn value(
        &mut self,
        entry: &str,
        path: &str,
        key: &str,
        english: &toml::Value,
        words: &toml::Value,
        own_source: bool,
    ) -> toml::Value {
        use toml::Value;
        match (english, words) {
            (Value::String(e), Value::String(w)) => {
                self.words(entry, path, e, w, own_source);
                words.clone()
            }
            // A counted sentence has the forms of its own language's rules.
            (Value::Table(e), Value::Table(w)) if is_counted(e) => {
                self.counted(entry, path, e, w, own_source);
                words.clone()
            }
            (Value::Table(e), Value::Table(w)) => {
                Value::Table(self.table(entry, path, e, w, own_source, false))
            }
            (Value::Array(e), Value::Array(w)) if e.len() != w.len() => {
                self.push(
                    entry,
                    path,
                    format!(
                        "has {} entries, the English {}: keep every one",
                        w.len(),
                        e.len()
                    ),
                );
                english.clone()
            }
            (Value::Array(e), Value::Array(w)) => Value::Array(
                e.iter()
                    .zip(w)
                    .enumerate()
                    .map(|(i, (e, w))| match (e, w) {
                        (Value::Table(et), Value::Table(wt)) => {
                            let id = et.get("id").and_then(Value::as_str);
                            if entry == "top level" {
                                let name = match id {
                                    Some(id) => format!("{key} \"{id}\""),
                                    None => format!("{key} #{}", i + 1),
                                };
                                Value::Table(self.table(&name, "", et, wt, own_source, false))
                            } else {
                                let at =
                                    format!("{path}[{}]", id.map_or(i.to_string(), str::to_string));
                                Value::Table(self.table(entry, &at, et, wt, own_source, false))
                            }
                        }
                        _ => self.value(entry, &format!("{path}[{i}]"), key, e, w, own_source),
                    })
                    .collect(),
            ),
            _ => {
                self.push(
                    entry,
                    path,
                    format!("must be a {} as in the English file", english.type_str()),
                );
                english.clone()
            }
        }
    }

    /// Checks the forms of a counted sentence against the English's
    /// `other`: each a text, with its placeholders and numbers; `other`
    /// given. Which forms the language needs, its plural rules say
    /// (`checks::counted_problems`).
    fn counted(
        &mut self,
        entry: &str,
        path: &str,
        english: &toml::Table,
        words: &toml::Table,
        own_source: bool,
    ) {
        let english_other = english
            .get("other")
            .and_then(toml::Value::as_str)
            .unwrap_or_default();
        if !words.contains_key("other") {
            self.push(
                entry,
                &join(path, "other"),
                "is missing: every counted sentence has its `other` form".into(),
            );
        }
        for (form, text) in words {
            let at = join(path, form);
            match text.as_str() {
                Some(_) if !PLURAL_FORMS.contains(&form.as_str()) => self.push(
                    entry,
                    &at,
                    format!("is not a plural form: the forms are {PLURAL_FORMS:?}"),
                ),
                // Whether a form says `{n}` is for its language's rules to tell
                // (`checks::counted_problems`): a form for one count may say it in words.
                Some(text) => self.words(
                    entry,
                    &at,
                    &english_other.replace("{n}", ""),
                    &text.replace("{n}", ""),
                    own_source,
                ),
                None => self.push(entry, &at, "must be a text".into()),
            }
        }
    }

    /// Checks one translated text against its English.
    fn words(&mut self, entry: &str, path: &str, english: &str, words: &str, own_source: bool) {
        for problem in differences_with(english, words, own_source) {
            self.push(entry, path, problem);
        }
    }
}

/// How a translated text differs from its English where it must not: it is
/// empty, its `{placeholders}` differ, or it does not keep every number of
/// the English (and, without `own_source`, adds one).
fn differences_with(english: &str, words: &str, own_source: bool) -> Vec<String> {
    let mut problems = Vec::new();
    if words.trim().is_empty() && !english.trim().is_empty() {
        problems.push("is empty".into());
    }
    // A time may be said on either clock: `{time24}` stands for `{time}`.
    let (e, w) = (
        placeholders(english),
        placeholders(&words.replace("{time24}", "{time}")),
    );
    if e != w {
        problems.push(format!(
            "has the placeholders {w:?}, the English {e:?}: keep the same ones"
        ));
    }
    let (e, w) = (numbers(english), numbers(words));
    let kept = e
        .iter()
        .all(|n| e.iter().filter(|m| *m == n).count() <= w.iter().filter(|m| *m == n).count());
    if !kept || (!own_source && e.len() != w.len()) {
        problems.push(format!(
            "has the numbers {w:?}, the English {e:?}: a translation keeps every number{}",
            if own_source {
                ""
            } else {
                ", and adds one only in an entry that names its own source"
            }
        ));
    }
    problems
}

/// How a translated text differs from its English where it must not (see
/// [`differences_with`]), for a text that may add no number.
pub fn differences(english: &str, words: &str) -> Vec<String> {
    differences_with(english, words, false)
}

/// `field.key`, or `key` at the top.
pub fn join(field: &str, key: &str) -> String {
    if field.is_empty() {
        key.to_string()
    } else {
        format!("{field}.{key}")
    }
}

/// Whether `value` holds words a translation must give: a text under a key
/// that is not a fact.
fn has_words(value: &toml::Value) -> bool {
    match value {
        toml::Value::String(_) => true,
        toml::Value::Array(items) => items.iter().any(has_words),
        toml::Value::Table(table) => table.iter().any(|(k, v)| !is_fact(k, v) && has_words(v)),
        _ => false,
    }
}

/// The names of the plural forms a counted sentence may have (the Unicode
/// CLDR categories).
pub const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Whether `table` is a counted sentence: its keys plural forms, `other`
/// among them.
pub fn is_counted(table: &toml::Table) -> bool {
    table.contains_key("other") && table.keys().all(|k| PLURAL_FORMS.contains(&k.as_str()))
}

/// Whether `key` holds a fact: one of [`FACT_KEYS`], and not a list of
/// entries (`[[organization]]` is a list of entries; a service's
/// `organization` is a fact).
pub fn is_fact(key: &str, value: &toml::Value) -> bool {
    let entries = value
        .as_array()
        .is_some_and(|items| items.first().is_some_and(toml::Value::is_table));
    FACT_KEYS.contains(&key) && !entries
}

/// The `{placeholders}` of a text, sorted.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| format!("{{{name}}}")))
        .collect();
    found.sort();
    found
}

/// The numbers written with digits in a text, sorted. Digits joined by
/// `-`, `.`, `:` or `/` are one number, so `1-888-373-7888`, `9:30` and
/// `24/7` each stay whole, and a translation cannot swap their parts.
/// Digits in a `{placeholder}`'s name (`{time24}`) are not a number.
pub fn numbers(text: &str) -> Vec<String> {
    let mut inside = false;
    let chars: Vec<char> = text
        .chars()
        .map(|c| {
            match c {
                '{' => inside = true,
                '}' => inside = false,
                _ => {}
            }
            if inside && c.is_ascii_digit() {
                'x'
            } else {
                c
            }
        })
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || ("-.:/".contains(chars[i])
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
        {
            i += 1;
        }
        found.push(chars[start..i].iter().collect::<String>());
    }
    found.sort();
    found
}

/// The words of the English file `english`, as a translation file holds
/// them, each text passed through `words`: the inverse of [`merge`], for a
/// language made from the English (the test's pseudo-languages). Every
/// entry keeps its `id`; the facts stay out (`site`: the file is
/// `site.toml`, whose `name` is a fact too).
pub fn words_of(site: bool, english: &toml::Table, words: &dyn Fn(&str) -> String) -> toml::Table {
    fn value(value: &toml::Value, words: &dyn Fn(&str) -> String) -> toml::Value {
        match value {
            toml::Value::String(text) => toml::Value::String(words(text)),
            toml::Value::Array(items) => {
                toml::Value::Array(items.iter().map(|item| value_of(item, words)).collect())
            }
            toml::Value::Table(table) => toml::Value::Table(table_of(table, words, false, false)),
            other => other.clone(),
        }
    }
    fn value_of(item: &toml::Value, words: &dyn Fn(&str) -> String) -> toml::Value {
        value(item, words)
    }
    fn table_of(
        table: &toml::Table,
        words: &dyn Fn(&str) -> String,
        root: bool,
        site: bool,
    ) -> toml::Table {
        let mut out = toml::Table::new();
        for (key, item) in table {
            if key == "id" {
                out.insert(key.clone(), item.clone());
            } else if !(is_fact(key, item) || (root && site && key == "name")) && has_words(item) {
                out.insert(key.clone(), value(item, words));
            }
        }
        out
    }
    table_of(english, words, true, site)
}
