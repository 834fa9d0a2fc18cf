//! Two pseudo-languages, made from the English at test time and never
//! shipped: a copy of `content/` with two more languages, for the layout
//! and accessibility tests (`tests/e2e/pseudo.mjs` runs this, then the
//! build's `postbuild` on a copy of `dist/` with that content).
//!
//! - `en-xa`, accented: every letter with an accent and every text about
//!   40 % longer, so an untranslated word (no accents) or a button that
//!   clips its words shows at once;
//! - `ar-xb`, mirrored: every text shown right to left (a right-to-left
//!   override around it) in a language whose `dir` is `rtl`, so the page is
//!   laid out as for Arabic, Persian or Hebrew.
//!
//! Their codes are Android's pseudo-locales' (en-XA, ar-XB): valid
//! language tags, so the pages' `lang` is what an accessibility check expects.
//!
//! Each is written as a translation is (`content/<code>/`, words only), so
//! the build's own checks read it: placeholders and numbers stay as they are.
//!
//! Usage: `pseudo <content folder> <new content folder>`.

// The build runs on the host; built for the browser, this is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut args = std::env::args_os().skip(1);
    let (Some(from), Some(to)) = (args.next(), args.next()) else {
        eprintln!("pseudo: give the content folder and the new folder");
        std::process::exit(2);
    };
    if let Err(e) = host::write(from.as_ref(), to.as_ref()) {
        eprintln!("pseudo: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::path::Path;

    use harbor::content::plurals;
    use harbor::content::translation::{is_counted, words_of};
    use harbor::content::Plural;

    /// A letter with an accent, for each ASCII letter (composed forms, NFC).
    fn accented(c: char) -> char {
        const FROM: &str = "aceinosuyAEIOUNCY";
        const TO: &str = "áçéíñóšúýÁÉÍÓÚÑÇÝ";
        FROM.chars()
            .position(|f| f == c)
            .and_then(|i| TO.chars().nth(i))
            .unwrap_or(c)
    }

    /// `text` with accents on its letters and about 40 % longer; what is
    /// inside `{placeholders}` stays as it is.
    pub fn accent(text: &str) -> String {
        let mut out = String::with_capacity(text.len() * 2);
        let mut inside = false;
        for c in text.chars() {
            match c {
                '{' => inside = true,
                '}' => inside = false,
                _ => {}
            }
            out.push(if inside { c } else { accented(c) });
        }
        if text.trim().is_empty() {
            return out;
        }
        let longer = text.chars().count() * 2 / 5;
        out.push(' ');
        out.extend(std::iter::repeat_n('·', longer.max(1)));
        out
    }

    /// `text` shown right to left: a right-to-left override around it.
    pub fn mirror(text: &str) -> String {
        if text.trim().is_empty() {
            return text.to_string();
        }
        format!("\u{202E}{text}\u{202C}")
    }

    /// A pseudo-language: its code, what it does to a text, its direction.
    type Pseudo = (&'static str, fn(&str) -> String, &'static str);

    /// Copies `from` to `to`, then adds `en-xa` and `ar-xb` (folders and entries).
    pub fn write(from: &Path, to: &Path) -> Result<(), String> {
        let fail = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
        copy(from, to)?;
        let mut files = vec!["site.toml".to_string(), "topics.toml".to_string()];
        let regions = from.join("regions");
        for item in std::fs::read_dir(&regions).map_err(|e| fail(&regions, e))? {
            let name = item.map_err(|e| fail(&regions, e))?.file_name();
            files.push(format!("regions/{}", name.to_string_lossy()));
        }
        let languages: [Pseudo; 2] = [("en-xa", accent, "ltr"), ("ar-xb", mirror, "rtl")];
        let mut list = std::fs::read_to_string(from.join("languages.toml"))
            .map_err(|e| fail(&from.join("languages.toml"), e))?;
        for (code, words, dir) in languages {
            for file in &files {
                let text = std::fs::read_to_string(from.join(file))
                    .map_err(|e| fail(&from.join(file), e))?;
                let table: toml::Table =
                    toml::from_str(&text).map_err(|e| format!("{file}: {e}"))?;
                let mut own = words_of(file == "site.toml", &table, &words);
                with_forms_of(&mut own, code)?;
                let path = to.join(code).join(file);
                std::fs::create_dir_all(path.parent().unwrap_or(to)).map_err(|e| fail(&path, e))?;
                let text = toml::to_string(&own).map_err(|e| format!("{file}: {e}"))?;
                std::fs::write(&path, text).map_err(|e| fail(&path, e))?;
            }
            // Its own sensitive stem says nothing: it has no words of its own.
            list += &format!(
                "\n[[language]]\ncode = \"{code}\"\nname = \"{}\"\ndir = \"{dir}\"\noffer = \"{}\"\nsensitive = [\"{}\"]\n",
                words("Pseudo"),
                words("See the pseudo-language"),
                words("pseudo")
            );
        }
        std::fs::write(to.join("languages.toml"), list)
            .map_err(|e| fail(&to.join("languages.toml"), e))
    }

    /// Gives every counted sentence in `table` the forms the plural rules
    /// of `code` need (each the English `other`, made over) and no other:
    /// `ar-xb` counts as Arabic does, with six forms.
    fn with_forms_of(table: &mut toml::Table, code: &str) -> Result<(), String> {
        let needed = plurals::categories(code)?;
        for (_, value) in table.iter_mut() {
            match value {
                toml::Value::Table(inner) if is_counted(inner) => {
                    let other = inner.get("other").cloned().unwrap_or_else(|| "".into());
                    inner.clear();
                    for (name, category) in plurals::CATEGORIES {
                        if category == Plural::Other || needed[1..].contains(&category) {
                            inner.insert(name.to_string(), other.clone());
                        }
                    }
                }
                toml::Value::Table(inner) => with_forms_of(inner, code)?,
                toml::Value::Array(items) => {
                    for item in items.iter_mut() {
                        if let toml::Value::Table(inner) = item {
                            with_forms_of(inner, code)?;
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Copies the folder `from` to `to`, whole.
    fn copy(from: &Path, to: &Path) -> Result<(), String> {
        let fail = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
        std::fs::create_dir_all(to).map_err(|e| fail(to, e))?;
        for item in std::fs::read_dir(from).map_err(|e| fail(from, e))? {
            let item = item.map_err(|e| fail(from, e))?;
            let target = to.join(item.file_name());
            if item.path().is_dir() {
                copy(&item.path(), &target)?;
            } else {
                std::fs::copy(item.path(), &target).map_err(|e| fail(&target, e))?;
            }
        }
        Ok(())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_accented_text_keeps_numbers_and_placeholders_and_is_longer() {
            let text = accent("Call {number} at 1-888-373-7888");
            assert!(
                text.starts_with("Çáll {number} át 1-888-373-7888 "),
                "{text}"
            );
            assert!(text.chars().count() >= 40, "{text}");
        }

        #[test]
        fn the_mirrored_text_is_wrapped_in_an_override() {
            assert_eq!(mirror("Back"), "\u{202E}Back\u{202C}");
            assert_eq!(mirror(""), "");
        }
    }
}
