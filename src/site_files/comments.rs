//! Build side: the page's own scripts and styles as sent, without their
//! comments, blank lines and indentation. The inline script and styles are
//! in every page, so what explains them in the source would otherwise
//! travel in every page of the offline copy (about 45 KiB of each
//! language's copy, gzip). The sources keep every word.
//!
//! Only what cannot change what the code does is taken out: whole lines of
//! comments and the spaces that start a line. A line inside a string is
//! never taken for a comment: JavaScript strings cannot span lines, except
//! template literals, so a script line with an odd number of backticks (one
//! that would open or close a literal across lines) is refused, naming the
//! file and the line; so is a line that a comment or a string runs on
//! from, unless the comment starts the line.

/// `script` (the JavaScript source `file`) as sent: without its lines that
/// are only a `//` comment or a `/* … */` comment, blank lines, or the
/// spaces that start each line.
pub fn script_as_sent(file: &str, script: &str) -> Result<String, String> {
    let mut sent = String::with_capacity(script.len());
    let mut in_comment = false;
    for (number, line) in script.lines().enumerate() {
        let line = line.trim();
        if line.matches('`').count() % 2 == 1 {
            return Err(format!(
                "{file}, line {}: a template literal across lines; write it on one line",
                number + 1
            ));
        }
        if in_comment || line.starts_with("/*") {
            // A comment ends at the end of a line, never before code.
            match line.find("*/") {
                Some(end) if end + 2 < line.len() => {
                    return Err(format!(
                        "{file}, line {}: code after a comment; put it on a line of its own",
                        number + 1
                    ))
                }
                found => in_comment = found.is_none(),
            }
            continue;
        }
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        // Lines are kept whole, so nothing may run on into the next one: a
        // comment opened after code, or a string continued with `\`.
        let open = line.rfind("/*");
        if open.is_some_and(|at| !line[at..].contains("*/")) || line.ends_with('\\') {
            return Err(format!(
                "{file}, line {}: goes on past its line; end the comment or the string on it",
                number + 1
            ));
        }
        sent.push_str(line);
        sent.push('\n');
    }
    if in_comment {
        return Err(format!("{file}: a comment that never ends"));
    }
    Ok(sent)
}

/// `style` (the CSS source `file`) as sent: without its `/* … */` comments,
/// blank lines, or the spaces that start each line. The styles hold no
/// string with `/*` in it.
pub fn style_as_sent(file: &str, style: &str) -> Result<String, String> {
    let mut rest = style;
    let mut kept = String::with_capacity(style.len());
    while let Some(start) = rest.find("/*") {
        kept.push_str(&rest[..start]);
        // A space where the comment was, which may have parted two words.
        kept.push(' ');
        let end = rest[start..]
            .find("*/")
            .ok_or_else(|| format!("{file}: a comment that never ends"))?;
        rest = &rest[start + end + 2..];
    }
    kept.push_str(rest);
    Ok(kept
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| format!("{line}\n"))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_is_sent_without_its_comment_lines_and_indentation() {
        let script = "// What it does.\n(() => {\n  /**\n   * A note.\n   */\n  const a = 'http://x'; // kept: code comes first\n\n  /* one line */\n  go(a);\n})();\n";
        assert_eq!(
            script_as_sent("x.js", script).unwrap(),
            "(() => {\nconst a = 'http://x'; // kept: code comes first\ngo(a);\n})();\n"
        );
    }

    #[test]
    fn a_template_literal_across_lines_or_a_comment_without_end_is_refused() {
        let across = "const a = `one\n// not a comment\ntwo`;\n";
        assert_eq!(
            script_as_sent("x.js", across).unwrap_err(),
            "x.js, line 1: a template literal across lines; write it on one line"
        );
        assert!(script_as_sent("x.js", "const a = `${b}/c`;\n").is_ok());
        assert!(script_as_sent("x.js", "/* open\nno end\n").is_err());
        assert!(script_as_sent("x.js", "/* a */ go();\n").is_err());
        assert!(script_as_sent("x.js", "/* a\n b */ go();\n").is_err());
        assert!(script_as_sent("x.js", "go(); /* a\n// b\n*/\n").is_err());
        assert!(script_as_sent("x.js", "const a = 'one \\\n// two';\n").is_err());
        assert!(script_as_sent("x.js", "go(); /* a */\n").is_ok());
        assert!(style_as_sent("x.css", "a { color: red; } /* open").is_err());
    }

    #[test]
    fn a_style_is_sent_without_its_comments_and_indentation() {
        let style = "/* Calm. */\n:root {\n  --bg: #fff; /* paper */\n}\n\n/* Two\n   lines. */\na {\n  color: var(--bg);\n}\n";
        assert_eq!(
            style_as_sent("x.css", style).unwrap(),
            ":root {\n--bg: #fff;\n}\na {\ncolor: var(--bg);\n}\n"
        );
        assert_eq!(style_as_sent("x.css", "a/**/b {}\n").unwrap(), "a b {}\n");
    }

    #[test]
    fn the_page_scripts_and_styles_are_all_sent_this_way() {
        for (file, script) in [
            ("src/safety.js", include_str!("../safety.js")),
            ("src/offline.js", include_str!("../offline.js")),
            ("src/looks.js", include_str!("../looks.js")),
        ] {
            let sent = script_as_sent(file, script).unwrap();
            assert!(sent.len() < script.len(), "{file}");
            assert!(!sent.lines().any(|l| l.starts_with("//")), "{file}");
        }
        let style = style_as_sent("style/main.css", include_str!("../../style/main.css")).unwrap();
        assert!(!style.contains("/*"));
    }
}
