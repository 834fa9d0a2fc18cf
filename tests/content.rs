//! Content checks: the shipped content passes, and each kind of mistake fails
//! with a message that names the file, the entry and the field.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use harbor::content::codec;
use harbor::content::read::{check, load};
use harbor::content::Content;

/// The real list of languages, cut to its first (English) if `first_only`.
fn languages_file(first_only: bool) -> (String, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let text = std::fs::read_to_string(dir.join("languages.toml")).unwrap();
    let text = if first_only {
        let second = text
            .match_indices("\n[[language]]")
            .nth(1)
            .map_or(text.len(), |(at, _)| at);
        text[..second].to_string()
    } else {
        text
    };
    ("languages.toml".to_string(), text)
}

/// The real files under `content/` in English alone, as (name, text) pairs.
fn real_files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut files = vec![
        languages_file(true),
        (
            "site.toml".to_string(),
            std::fs::read_to_string(dir.join("site.toml")).unwrap(),
        ),
        (
            "topics.toml".to_string(),
            std::fs::read_to_string(dir.join("topics.toml")).unwrap(),
        ),
    ];
    for region in ["us", "illinois", "maine"] {
        let name = format!("regions/{region}.toml");
        files.push((
            name.clone(),
            std::fs::read_to_string(dir.join(&name)).unwrap(),
        ));
    }
    files.extend(interpreter_files());
    files
}

/// The files of the blocks on calling with an interpreter
/// (`interpreter/template.toml` and one file per language).
fn interpreter_files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/interpreter");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = format!(
                "interpreter/{}",
                path.file_name().unwrap().to_str().unwrap()
            );
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    assert!(files.len() > 14, "the template and 14 languages");
    files
}

/// The real files in every language the list names: the first's, then
/// each other's words in its folder (`es/...`, `pt/...`).
fn all_languages() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut files = real_files();
    files[0] = languages_file(false);
    let codes: Vec<String> = harbor::content::read::languages(&files[0].1)
        .unwrap()
        .iter()
        .skip(1)
        .map(|l| l.code.to_string())
        .collect();
    let first: Vec<String> = files
        .iter()
        .skip(1)
        .filter(|(name, _)| !name.starts_with("interpreter/"))
        .map(|(name, _)| name.clone())
        .collect();
    for code in codes {
        for name in &first {
            let name = format!("{code}/{name}");
            let text = std::fs::read_to_string(dir.join(&name)).unwrap();
            files.push((name, text));
        }
    }
    files
}

/// Every language with one replacement made in `file`; panics if `from` is
/// absent, so a test can never pass by editing nothing.
fn translated_with_change(file: &str, from: &str, to: &str) -> Vec<(String, String)> {
    let mut files = all_languages();
    let (_, text) = files.iter_mut().find(|(name, _)| name == file).unwrap();
    assert!(text.contains(from), "{file} does not contain {from:?}");
    *text = text.replacen(from, to, 1);
    files
}

/// The real files with one replacement made in `file`; panics if `from` is absent,
/// so a test can never pass by editing nothing.
fn with_change(file: &str, from: &str, to: &str) -> Vec<(String, String)> {
    let mut files = real_files();
    let (_, text) = files.iter_mut().find(|(name, _)| name == file).unwrap();
    assert!(text.contains(from), "{file} does not contain {from:?}");
    *text = text.replacen(from, to, 1);
    files
}

/// Checks the files and returns the error messages, as the build prints them.
fn refused(files: Vec<(String, String)>) -> Vec<String> {
    let errors = check(&files).expect_err("the content should be refused");
    errors.iter().map(ToString::to_string).collect()
}

/// Checks the files, expecting exactly one error, and returns its message.
fn only_error(files: Vec<(String, String)>) -> String {
    let errors = refused(files);
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    errors[0].clone()
}

fn assert_names(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "{message:?} should name {part:?}");
    }
}

/// Asserts that one of `errors` names all of `parts`.
fn assert_one_names(errors: &[String], parts: &[&str]) {
    let found = errors.iter().any(|e| parts.iter().all(|p| e.contains(p)));
    assert!(found, "no error names all of {parts:?}: {errors:#?}");
}

#[test]
fn the_shipped_content_passes_and_each_language_comes_back_from_its_file_whole() {
    let loaded = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap();
    let codes: Vec<&str> = loaded.iter().map(|c| c.lang()).collect();
    assert_eq!(&codes[..2], ["en", "es"], "English first, then Spanish");
    let ids: Vec<&str> = loaded[0].regions.iter().map(|r| r.id.as_ref()).collect();
    assert_eq!(ids, ["us", "illinois", "maine"]);
    for content in &loaded {
        let bytes: &'static [u8] = Box::leak(codec::to_bytes(content).into_boxed_slice());
        let back: Content = codec::from_bytes(bytes).expect("the file reads back");
        assert_eq!(&back, content, "{}", content.lang());
        // Text, which every host sends compressed (README, "Deploy").
        assert!(std::str::from_utf8(bytes).is_ok(), "{}", content.lang());
    }
}

#[test]
fn a_content_file_cut_short_or_changed_is_refused() {
    let english = harbor::content::language("en").unwrap();
    let bytes = codec::to_bytes(english);
    for cut in [0, 4, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            harbor::content::from_file(bytes[..cut].to_vec()).is_none(),
            "cut at {cut}"
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(
        harbor::content::from_file(longer).is_none(),
        "a byte too many"
    );
    assert!(harbor::content::from_file(bytes).is_some());
}

#[test]
fn an_unknown_field_is_refused() {
    let message = only_error(with_change(
        "regions/maine.toml",
        "opens_at = \"14:00\"",
        "opens_at = \"14:00\"\nopen_late = true",
    ));
    assert_names(
        &message,
        &[
            "content/regions/maine.toml",
            "service \"teen-text\"",
            "schedule[0]",
            "unknown field `open_late`",
        ],
    );
}

#[test]
fn a_missing_required_field_is_refused() {
    let message = only_error(with_change(
        "regions/illinois.toml",
        "name = \"PATH 24-Hour Hotline\"\n",
        "",
    ));
    assert_names(
        &message,
        &[
            "content/regions/illinois.toml",
            "service \"path-hotline\"",
            "missing field `name`",
        ],
    );
}

#[test]
fn a_duplicate_id_is_refused() {
    let message = only_error(with_change(
        "regions/maine.toml",
        "id = \"warmline\"",
        "id = \"teen-text\"",
    ));
    assert_names(
        &message,
        &[
            "content/regions/maine.toml",
            "service \"teen-text\"",
            "`id`",
            "duplicate id",
        ],
    );
}

#[test]
fn a_cross_reference_to_nothing_is_refused() {
    let message = only_error(with_change(
        "regions/maine.toml",
        "refer_to = \"dv-helpline\"",
        "refer_to = \"dv-help\"",
    ));
    assert_names(
        &message,
        &[
            "content/regions/maine.toml",
            "service \"caring-unlimited-help\"",
            "`refer_to`",
            "\"dv-help\"",
        ],
    );

    let message = only_error(with_change(
        "regions/us.toml",
        "organization = \"otip\"",
        "organization = \"hhs\"",
    ));
    assert_names(
        &message,
        &["service \"victim-assistance\"", "`organization`", "\"hhs\""],
    );
}

#[test]
fn a_number_that_is_not_north_american_e164_is_refused() {
    for bad in [
        "8883737888",
        "+1888373788",
        "+10883737888",
        "+18881737888",
        "+44 20 7946 0958",
        "1-888-373-7888",
        "912",
    ] {
        let message = only_error(with_change(
            "regions/us.toml",
            "number = \"+18883737888\"",
            &format!("number = \"{bad}\""),
        ));
        assert_names(
            &message,
            &[
                "content/regions/us.toml",
                "service \"hotline\"",
                "`phone[0].number`",
                bad,
            ],
        );
    }
}

#[test]
fn a_short_code_is_only_accepted_for_texts() {
    // The hotline then also lacks a text number, which the site check reports too.
    let errors = refused(with_change(
        "regions/us.toml",
        "type = \"text\"\nkeyword = \"HELP\"",
        "type = \"voice\"",
    ));
    assert_one_names(
        &errors,
        &[
            "content/regions/us.toml",
            "service \"hotline\"",
            "`phone[1].number`",
            "233733",
        ],
    );
}

#[test]
fn a_text_keyword_without_a_text_number_is_refused() {
    let message = only_error(with_change(
        "regions/us.toml",
        "number = \"711\"\ntype = \"textphone\"",
        "number = \"711\"\ntype = \"textphone\"\nkeyword = \"HELP\"",
    ));
    assert_names(
        &message,
        &["service \"hotline\"", "`phone[2].keyword`", "text"],
    );
}

#[test]
fn an_hour_outside_the_day_is_refused() {
    for bad in ["24:00", "14:60", "2pm", "7:00", "-1:00"] {
        let message = only_error(with_change(
            "regions/maine.toml",
            "opens_at = \"14:00\"",
            &format!("opens_at = \"{bad}\""),
        ));
        assert_names(
            &message,
            &[
                "content/regions/maine.toml",
                "service \"teen-text\"",
                "`schedule[0].opens_at`",
                bad,
            ],
        );
    }
}

#[test]
fn a_vanity_number_must_dial_its_digits() {
    let message = only_error(with_change(
        "regions/illinois.toml",
        "display = \"800-570-PATH\"",
        "display = \"800-570-PATS\"",
    ));
    assert_names(
        &message,
        &[
            "service \"path-hotline\"",
            "`phone[1].display`",
            "800-570-PATS",
        ],
    );
}

#[test]
fn an_address_word_must_be_neutral() {
    // The home view's door to it then points nowhere, which is reported too.
    let errors = refused(with_change(
        "topics.toml",
        "id = \"signs\"",
        "id = \"victim-signs\"",
    ));
    assert_one_names(
        &errors,
        &[
            "content/topics.toml",
            "topic \"victim-signs\"",
            "`id`",
            "neutral",
        ],
    );
}

#[test]
fn the_description_must_be_neutral() {
    let message = only_error(with_change(
        "site.toml",
        "description = \"Notes and numbers.\"",
        "description = \"Notes on trafficking.\"",
    ));
    assert_names(
        &message,
        &["content/site.toml", "site", "`description`", "neutral"],
    );
}

#[test]
fn the_exits_words_must_be_there_and_its_count_down_must_say_how_many() {
    for (from, to, field) in [
        (
            "url = \"https://weather.com/\"",
            "url = \"http://weather.com/\"",
            "`url`",
        ),
        ("title = \"Weather\"", "title = \" \"", "`title`"),
        ("leaving = \"Loading.\"", "leaving = \"\"", "`leaving`"),
        (
            "other = \"Shift, press {n} more times to exit\"",
            "other = \"Shift, press more times to exit\"",
            "`count.other`",
        ),
        (
            "one = \"Shift, press {n} more time to exit\"",
            "one = \"Shift, press {n} more time to exit {total}\"",
            "`count.one`",
        ),
    ] {
        let message = only_error(with_change("site.toml", from, to));
        assert_names(&message, &["content/site.toml", "exit", field]);
    }
    let message = only_error(with_change("site.toml", "expired = ", "gone = "));
    assert_names(&message, &["content/site.toml", "exit", "gone"]);
}

#[test]
fn a_toml_syntax_error_names_the_file_and_line() {
    let message = only_error(with_change(
        "regions/maine.toml",
        "name = \"Maine\"",
        "name = \"Maine",
    ));
    assert_names(&message, &["content/regions/maine.toml", "line"]);
}

#[test]
fn every_language_shares_every_fact() {
    let all = harbor::content::all();
    let en = all[0];
    assert_eq!((en.lang(), en.base.as_ref()), ("en", ""));
    assert!(all.len() >= 2, "English and at least one more");
    for other in &all[1..] {
        let lang = other.lang();
        assert_eq!(other.base, format!("/{lang}"));
        assert_eq!(
            other.site.name, en.site.name,
            "{lang}: the home-screen name stays the same"
        );
        assert_ne!(other.site.words.skip, en.site.words.skip, "{lang}");
        // Same lengths first: zip stops at the shorter list.
        assert_eq!(en.regions.len(), other.regions.len(), "{lang}: regions");
        assert_eq!(en.topics.len(), other.topics.len(), "{lang}: topics");
        for (a, b) in en.topics.iter().zip(other.topics.iter()) {
            assert_eq!(a.id, b.id);
            assert_eq!(a.sections.len(), b.sections.len(), "{lang}: topic {}", a.id);
            for (x, y) in a.sections.iter().zip(b.sections.iter()) {
                assert_eq!(x.lines, y.lines, "{lang}: section {}", x.id);
            }
        }
        for (a, b) in en.regions.iter().zip(other.regions.iter()) {
            assert_eq!(a.id, b.id);
            assert_eq!(
                a.services.len(),
                b.services.len(),
                "{lang}: region {}",
                a.id
            );
            assert_eq!(
                a.organizations.len(),
                b.organizations.len(),
                "{lang}: region {}",
                a.id
            );
            for (s, t) in a.services.iter().zip(b.services.iter()) {
                assert_eq!(s.id, t.id);
                assert_eq!(s.schedules, t.schedules);
                assert_eq!(s.takes_reports, t.takes_reports);
                let facts = |p: &harbor::content::Phone| {
                    (
                        p.number.clone(),
                        p.display.clone(),
                        p.keyword.clone(),
                        p.kind,
                    )
                };
                let (x, y): (Vec<_>, Vec<_>) = (
                    s.phones.iter().map(facts).collect(),
                    t.phones.iter().map(facts).collect(),
                );
                assert_eq!(x, y, "{lang}: service {}", s.id);
            }
        }
    }
}

#[test]
fn a_missing_spanish_key_is_refused() {
    let message = only_error(translated_with_change(
        "es/site.toml",
        "not_now = \"Ahora no\"\n",
        "",
    ));
    assert_names(
        &message,
        &["content/es/site.toml", "words", "`not_now`", "missing"],
    );
    let errors = refused(translated_with_change(
        "es/topics.toml",
        "heading = ",
        "header = ",
    ));
    assert_one_names(
        &errors,
        &[
            "content/es/topics.toml",
            "topic \"learn\"",
            "section[meaning].heading`",
            "missing",
        ],
    );
    assert_one_names(
        &errors,
        &[
            "content/es/topics.toml",
            "section[meaning].header`",
            "not in the English",
        ],
    );
}

#[test]
fn a_missing_spanish_file_or_entry_is_refused() {
    let mut files = all_languages();
    files.retain(|(name, _)| name != "es/regions/maine.toml");
    assert_names(
        &only_error(files),
        &["content/es/regions/maine.toml", "is missing"],
    );

    let errors = refused(translated_with_change(
        "es/site.toml",
        "[[door]]\nid = \"now\"",
        "[[door]]\nid = \"later\"",
    ));
    assert_one_names(
        &errors,
        &["content/es/site.toml", "door", "`id`", "English order"],
    );
}

#[test]
fn a_number_changed_in_translation_is_refused() {
    // The text of a door: 911 becomes 991.
    let message = only_error(translated_with_change(
        "es/site.toml",
        "Si está en peligro ahora mismo, llame al 911.",
        "Si está en peligro ahora mismo, llame al 991.",
    ));
    assert_names(
        &message,
        &[
            "content/es/site.toml",
            "door \"now\"",
            "`text`",
            "991",
            "911",
        ],
    );
    // A number added where the entry names no source of its own.
    let message = only_error(translated_with_change(
        "es/site.toml",
        "Puede llamar y contar",
        "Puede llamar al 411 y contar",
    ));
    assert_names(&message, &["`lead`", "411", "own source"]);
}

#[test]
fn a_fact_written_in_a_translation_is_refused() {
    let message = only_error(translated_with_change(
        "es/site.toml",
        "[[door]]\nid = \"now\"",
        "[[door]]\nid = \"now\"\nto = \"find\"",
    ));
    assert_names(
        &message,
        &["content/es/site.toml", "door \"now\"", "`to`", "is a fact"],
    );
}

#[test]
fn a_placeholder_changed_in_translation_is_refused() {
    let errors = refused(translated_with_change(
        "es/site.toml",
        "Llamar al {number}",
        "Llamar al {numero}",
    ));
    assert_one_names(
        &errors,
        &["content/es/site.toml", "words", "`call`", "placeholders"],
    );
}

#[test]
fn a_template_without_its_placeholder_is_refused() {
    let message = only_error(with_change(
        "site.toml",
        "call = \"Call {number}\"",
        "call = \"Call\"",
    ));
    assert_names(
        &message,
        &["content/site.toml", "words", "`call`", "{number}"],
    );
}

#[test]
fn text_not_in_composed_form_is_refused() {
    // "línea" with i and a combining acute accent instead of one letter.
    let message = only_error(translated_with_change(
        "es/site.toml",
        "Llamar al {number}",
        "Llamar al {number} (li\u{301}nea)",
    ));
    assert_names(
        &message,
        &["content/es/site.toml", "words.call`", "composed form"],
    );
}

#[test]
fn a_number_whose_parts_are_swapped_in_translation_is_refused() {
    let message = only_error(translated_with_change(
        "es/topics.toml",
        "Si prefiere dar un aviso anónimo, llame a la Línea Nacional Contra la Trata de Personas al 1-888-373-7888.",
        "Si prefiere dar un aviso anónimo, llame a la Línea Nacional Contra la Trata de Personas al 1-373-888-7888.",
    ));
    assert_names(
        &message,
        &["content/es/topics.toml", "1-373-888-7888", "1-888-373-7888"],
    );
}

#[test]
fn a_translated_entry_without_its_id_is_refused() {
    let errors = refused(translated_with_change(
        "es/site.toml",
        "[[door]]\nid = \"now\"\n",
        "[[door]]\n",
    ));
    assert_one_names(
        &errors,
        &["content/es/site.toml", "door \"now\"", "`id`", "missing"],
    );
}

#[test]
fn a_source_that_adds_nothing_does_not_allow_a_new_number() {
    let files = all_languages();
    let us = &files
        .iter()
        .find(|(n, _)| n == "es/regions/us.toml")
        .unwrap()
        .1;
    let own = us
        .lines()
        .find(|l| l.starts_with("source = ") && l.contains("swfl-humantrafficking"))
        .unwrap();
    let english_only = own
        .split(" ; https://swfl-humantrafficking")
        .next()
        .unwrap()
        .to_string()
        + "\"";
    let errors = refused(translated_with_change(
        "es/regions/us.toml",
        own,
        &english_only,
    ));
    assert_one_names(
        &errors,
        &[
            "content/es/regions/us.toml",
            "service \"hotline\"",
            "`source`",
        ],
    );
}

#[test]
fn a_translated_file_with_no_english_file_is_refused() {
    let mut files = all_languages();
    files.push(("es/topcs.toml".into(), "x = 1".into()));
    assert_names(
        &only_error(files),
        &["content/es/topcs.toml", "no file in the first language"],
    );
}

#[test]
fn the_list_of_languages_is_checked() {
    let with_list = |list: &str| {
        let mut files = real_files();
        files[0] = ("languages.toml".to_string(), list.to_string());
        files
    };
    let entry = |code: &str, dir: &str| {
        format!("[[language]]\ncode = \"{code}\"\nname = \"N\"\ndir = \"{dir}\"\noffer = \"O\"\nsensitive = [\"zzz\"]\n")
    };
    assert_names(
        &only_error(with_list(&entry("EN", "ltr"))),
        &[
            "content/languages.toml",
            "language \"EN\"",
            "`code`",
            "lowercase",
        ],
    );
    assert_names(
        &only_error(with_list(&entry("en", "sideways"))),
        &["content/languages.toml", "`dir`", "rtl"],
    );
    assert_names(
        &only_error(with_list(&format!(
            "{}{}",
            entry("en", "ltr"),
            entry("en", "ltr")
        ))),
        &["content/languages.toml", "`code`", "twice"],
    );
    assert_names(
        &only_error(with_list("language = []\n")),
        &["content/languages.toml", "no language"],
    );
    // A language must say which of its words would give the topic away.
    assert_names(
        &only_error(with_list(
            &entry("en", "ltr").replace("sensitive = [\"zzz\"]\n", ""),
        )),
        &["content/languages.toml", "language \"en\"", "`sensitive`"],
    );
    assert_names(
        &only_error(with_list(
            &entry("en", "ltr").replace("[\"zzz\"]", "[\"Trata\"]"),
        )),
        &["content/languages.toml", "`sensitive`", "lowercase"],
    );
    // Every language's stems are refused in every language's names.
    let mut files = all_languages();
    let (_, site) = files
        .iter_mut()
        .find(|(name, _)| name == "site.toml")
        .unwrap();
    assert!(site.contains("name = \"Garden\""));
    *site = site.replacen("name = \"Garden\"", "name = \"Jardim de vítimas\"", 1);
    assert_one_names(
        &refused(files),
        &["content/site.toml", "cover \"garden\"", "`name`", "vítima"],
    );
    // A language listed without its folder's files is refused, naming the file.
    let message = &refused(with_list(&format!(
        "{}{}",
        entry("en", "ltr"),
        entry("pt", "ltr")
    )))[0];
    assert_names(message, &["content/pt/site.toml", "missing"]);
}

#[test]
fn a_language_code_is_a_folder_an_address_and_a_lang() {
    use harbor::content::checks::is_language_code;
    for good in ["es", "yue", "pt-br", "en-xa", "zh-hans"] {
        assert!(is_language_code(good), "{good}");
    }
    for bad in [
        "", "e", "espa", "ES", "pt_br", "pt-", "pt-b", "pt-br-x", "../x", "es/",
    ] {
        assert!(!is_language_code(bad), "{bad}");
    }
}

#[test]
fn the_blocks_on_calling_with_an_interpreter_are_all_there_in_order() {
    let content = harbor::content::language("en").unwrap();
    let codes: Vec<&str> = content
        .interpreted
        .iter()
        .map(|b| b.code.as_ref())
        .collect();
    assert_eq!(
        codes,
        [
            "zh-Hans", "zh-Hant", "vi", "ko", "tl", "ar", "ru", "uk", "ht", "pt", "fr", "pl", "so",
            "sw"
        ]
    );
    for block in content.interpreted.iter() {
        let rtl = block.code == "ar";
        assert_eq!(block.dir, if rtl { "rtl" } else { "ltr" }, "{}", block.code);
        assert!(block.call.contains("1-888-373-7888"), "{}", block.code);
        assert!(block.danger.contains("911"), "{}", block.code);
        assert!(
            block.show.contains(&format!("I speak {}.", block.say)),
            "{}",
            block.code
        );
    }
    // Both languages' content carries the same blocks.
    let spanish = harbor::content::language("es").unwrap();
    assert_eq!(spanish.interpreted.len(), content.interpreted.len());
    // Each file says who has checked its words.
    for (name, text) in interpreter_files() {
        if !name.ends_with("template.toml") {
            assert!(
                text.contains("not yet reviewed by a native speaker"),
                "{name}"
            );
        }
    }
}

#[test]
fn a_block_whose_number_differs_from_the_template_is_refused() {
    let message = only_error(with_change(
        "interpreter/pl.toml",
        "1-888-373-7888",
        "1-888-373-7889",
    ));
    assert_names(
        &message,
        &[
            "content/interpreter/pl.toml",
            "language \"pl\"",
            "`call`",
            "numbers",
        ],
    );
    let message = only_error(with_change("interpreter/ar.toml", "911", "112"));
    assert_names(
        &message,
        &["content/interpreter/ar.toml", "language \"ar\"", "`danger`"],
    );
}

#[test]
fn a_block_that_writes_its_own_name_to_say_is_refused() {
    // The name to say comes from the template, the same in every block.
    let message = only_error(with_change(
        "interpreter/pl.toml",
        "powiedz po angielsku „{say}”",
        "powiedz po angielsku „Polski”",
    ));
    assert_names(
        &message,
        &["content/interpreter/pl.toml", "`call`", "placeholders"],
    );
    let message = only_error(with_change(
        "interpreter/template.toml",
        "say = \"Polish\"",
        "say = \"Polski 2\"",
    ));
    assert_names(
        &message,
        &[
            "content/interpreter/template.toml",
            "language \"pl\"",
            "`say`",
        ],
    );
}

#[test]
fn a_block_missing_its_review_line_file_or_listing_is_refused() {
    let mut files = real_files();
    let (_, so) = files
        .iter_mut()
        .find(|(name, _)| name == "interpreter/so.toml")
        .unwrap();
    let review = so.lines().find(|l| l.starts_with("review = ")).unwrap();
    *so = so.replacen(&format!("{review}\n"), "", 1);
    assert_names(
        &only_error(files),
        &["content/interpreter/so.toml", "`review`", "missing"],
    );
    let mut files = real_files();
    files.retain(|(name, _)| name != "interpreter/sw.toml");
    assert_names(
        &only_error(files),
        &["content/interpreter/sw.toml", "missing"],
    );
    let mut files = real_files();
    files.push(("interpreter/de.toml".into(), "code = \"de\"\n".into()));
    assert_names(
        &only_error(files),
        &[
            "content/interpreter/de.toml",
            "not a language the template lists",
        ],
    );
    assert_names(
        &only_error(with_change(
            "interpreter/template.toml",
            "code = \"ar\"\nsay = \"Arabic\"\ndir = \"rtl\"",
            "code = \"ar\"\nsay = \"Arabic\"\ndir = \"right\"",
        )),
        &[
            "content/interpreter/template.toml",
            "language \"ar\"",
            "`dir`",
        ],
    );
}

#[test]
fn a_line_of_hours_that_would_start_in_lowercase_is_refused() {
    let errors = refused(translated_with_change(
        "es/site.toml",
        "hours = \"De {opens} a {closes} ({zone}), {days}\"",
        "hours = \"{days}, de {opens} a {closes} ({zone})\"",
    ));
    assert_one_names(
        &errors,
        &[
            "content/es/site.toml",
            "`hours`",
            "lowercase",
            "todos los días",
        ],
    );
}

/// One state line that takes reports: its id, its calls (number, shown
/// as), its TTY number, and its hours' time zone.
struct ReportLine {
    id: &'static str,
    calls: &'static [(&'static str, &'static str)],
    tty: &'static str,
    zone: &'static str,
}

/// The state lines that take reports, from `../shared/content-sources.md`,
/// "Reporting lines for professionals" (checked 2026-12-07).
const REPORT_LINES: [ReportLine; 4] = [
    ReportLine {
        id: "il-child-report",
        calls: &[
            ("+18002522873", "1-800-25-ABUSE (1-800-252-2873)"),
            ("+12175242606", "1-217-524-2606"),
        ],
        tty: "+18003585117",
        zone: "America/Chicago",
    },
    ReportLine {
        id: "il-adult-report",
        calls: &[("+18668001409", "1-866-800-1409")],
        tty: "+18882061327",
        zone: "America/Chicago",
    },
    ReportLine {
        id: "me-child-report",
        calls: &[("+18004521999", "1-800-452-1999")],
        tty: "711",
        zone: "America/New_York",
    },
    ReportLine {
        id: "me-adult-report",
        calls: &[("+18006248404", "1-800-624-8404")],
        tty: "711",
        zone: "America/New_York",
    },
];

#[test]
fn each_state_line_for_reports_dials_its_sources_digits_with_its_tty_any_time_in_every_language() {
    use harbor::content::{links, PhoneKind};
    for content in harbor::content::all() {
        let lang = content.lang();
        for ReportLine {
            id,
            calls,
            tty,
            zone,
        } in REPORT_LINES
        {
            let line = content
                .service(id)
                .unwrap_or_else(|| panic!("{lang}: {id}"));
            assert!(line.takes_reports, "{lang} {id}");
            let voice: Vec<(&str, String)> = line
                .phones
                .iter()
                .filter(|p| p.kind == PhoneKind::Voice)
                .map(|p| (p.number.as_ref(), links::shown(p)))
                .collect();
            let wanted: Vec<(&str, String)> =
                calls.iter().map(|(n, s)| (*n, s.to_string())).collect();
            assert_eq!(voice, wanted, "{lang} {id}: calls");
            for phone in line.phones.iter() {
                assert_eq!(
                    links::href(phone),
                    format!("tel:{}", phone.number),
                    "{lang} {id}"
                );
            }
            let ttys: Vec<&str> = line
                .phones
                .iter()
                .filter(|p| p.kind == PhoneKind::Textphone)
                .map(|p| p.number.as_ref())
                .collect();
            assert_eq!(ttys, [tty], "{lang} {id}: TTY");
            assert_eq!(line.schedules.len(), 1, "{lang} {id}");
            let hours = &line.schedules[0];
            assert_eq!(
                (
                    hours.byday.len(),
                    hours.opens_at.as_ref(),
                    hours.closes_at.as_ref(),
                    hours.timezone.as_ref()
                ),
                (7, "00:00", "23:59", zone),
                "{lang} {id}: any time"
            );
            assert!(line.source.contains("https://"), "{lang} {id}: source");
            assert_eq!(line.last_verified, "2026-12-07", "{lang} {id}");
        }
    }
    // The keypad letters dial the digits the link carries.
    let dcfs = harbor::content::language("en")
        .unwrap()
        .service("il-child-report")
        .unwrap();
    let display = dcfs.phones[0].display.as_deref().unwrap();
    let dialled: String = display
        .chars()
        .filter_map(harbor::content::checks::keypad_digit)
        .collect();
    assert_eq!(dialled, "18002522873");
}

#[test]
fn a_keypad_number_for_reports_whose_letters_dial_other_digits_is_refused() {
    // One county page prints 1-800-242-2873 for 1-800-25-ABUSE.
    let message = only_error(with_change(
        "regions/illinois.toml",
        "number = \"+18002522873\"",
        "number = \"+18002422873\"",
    ));
    assert_names(
        &message,
        &[
            "content/regions/illinois.toml",
            "service \"il-child-report\"",
            "`phone[0].display`",
            "1-800-25-ABUSE",
        ],
    );
}

#[test]
fn a_line_for_reports_without_a_source_or_date_is_refused() {
    let from = "takes_reports = true\nsource = \"https://www.maine.gov/dhhs/ocfs/cw/reporting_abuse.shtml ; https://www11.maine.gov/dhhs/ocfs/provider-resources/reporting-suspected-child-abuse-and-neglect\"\n";
    for (to, field, says) in [
        ("takes_reports = true\n", "source", "missing field `source`"),
        (
            "takes_reports = true\nsource = \" \"\n",
            "`source`",
            "where the facts come from",
        ),
    ] {
        let message = only_error(with_change("regions/maine.toml", from, to));
        assert_names(
            &message,
            &[
                "content/regions/maine.toml",
                "service \"me-child-report\"",
                field,
                says,
            ],
        );
    }
    let message = only_error(with_change(
        "regions/illinois.toml",
        "takes_reports = true\nsource = \"https://www.illinois.gov/aging/ProtectionAdvocacy/Pages/abuse_reporting.aspx ; https://www.wcpaherrin.net/programs/adult-protective-services/\"\nlast_verified = \"2026-12-07\"\n",
        "takes_reports = true\nsource = \"https://www.illinois.gov/aging/ProtectionAdvocacy/Pages/abuse_reporting.aspx\"\n",
    ));
    assert_names(
        &message,
        &[
            "content/regions/illinois.toml",
            "service \"il-adult-report\"",
            "missing field `last_verified`",
        ],
    );
}

#[test]
fn a_line_for_reports_whose_number_differs_in_a_translation_is_refused() {
    // A translation cannot write the number: it is a fact of the English file.
    let message = only_error(translated_with_change(
        "es/regions/maine.toml",
        "[[service.phone]]\ndescription = \"Llame a cualquier hora, también los días festivos.\"",
        "[[service.phone]]\nnumber = \"+18004521998\"\ndescription = \"Llame a cualquier hora, también los días festivos.\"",
    ));
    assert_names(
        &message,
        &[
            "content/es/regions/maine.toml",
            "service \"me-child-report\"",
            "number",
            "is a fact",
        ],
    );
    // Nor change an age the English states.
    let message = only_error(translated_with_change(
        "es/regions/illinois.toml",
        "de 18 a 59 años",
        "de 18 a 49 años",
    ));
    assert_names(
        &message,
        &[
            "content/es/regions/illinois.toml",
            "service \"il-adult-report\"",
            "`description`",
            "59",
        ],
    );
}

#[test]
fn a_line_for_reports_is_on_the_professionals_view_and_never_in_the_call_bar() {
    // Listed by no section: only its region's view would show it.
    let message = only_error(with_change(
        "topics.toml",
        "lines = [\"me-child-report\", \"me-adult-report\"]",
        "lines = [\"me-child-report\"]",
    ));
    assert_names(
        &message,
        &[
            "content/regions/maine.toml",
            "service \"me-adult-report\"",
            "`takes_reports`",
            "professionals",
        ],
    );
    // A section's line that is not a service.
    let message = only_error(with_change(
        "topics.toml",
        "lines = [\"me-child-report\", \"me-adult-report\"]",
        "lines = [\"me-child-report\", \"me-adult-report\", \"me-elder-report\"]",
    ));
    assert_names(
        &message,
        &[
            "content/topics.toml",
            "topic \"work\"",
            "lines`",
            "\"me-elder-report\"",
            "not a service",
        ],
    );
    // The call bar's line taking reports.
    let errors = refused(with_change(
        "site.toml",
        "emergency = \"call911\"",
        "emergency = \"me-child-report\"",
    ));
    assert_one_names(
        &errors,
        &["content/site.toml", "`emergency`", "takes reports"],
    );
}

#[test]
fn a_counted_sentence_without_a_form_its_languages_rules_need_is_refused() {
    let message = only_error(translated_with_change(
        "es/site.toml",
        "results = { one = \"{n} resultado\", other = \"{n} resultados\" }",
        "results = { other = \"{n} resultados\" }",
    ));
    assert_names(
        &message,
        &[
            "content/es/site.toml",
            "words",
            "`results.one`",
            "the count 1 takes the form `one`",
        ],
    );
    // A form the rules never use for the counts shown.
    let message = only_error(with_change(
        "site.toml",
        "results = { one = \"{n} result\", other = \"{n} results\" }",
        "results = { one = \"{n} result\", few = \"{n} results\", other = \"{n} results\" }",
    ));
    assert_names(
        &message,
        &["content/site.toml", "`results.few`", "remove it"],
    );
    // Every form says its count, but one that a single count takes may say it in words.
    let message = only_error(with_change(
        "site.toml",
        "results = { one = \"{n} result\", other = \"{n} results\" }",
        "results = { one = \"{n} result\", other = \"Some results\" }",
    ));
    assert_names(
        &message,
        &["content/site.toml", "words", "`results.other`", "{n}"],
    );
    check(&with_change(
        "site.toml",
        "one = \"Shift, press {n} more time to exit\"",
        "one = \"Shift, press once more to exit\"",
    ))
    .expect("English `one` is the count 1 alone");
}

#[test]
fn a_count_takes_the_form_of_its_plural_category_in_its_language() {
    use harbor::content::{plurals, Counted};
    let forms = Counted {
        zero: Some("zero {n}".into()),
        one: Some("one {n}".into()),
        two: Some("two {n}".into()),
        few: Some("few {n}".into()),
        many: Some("many {n}".into()),
        other: "other {n}".into(),
    };
    let mut arabic = harbor::content::language("en").unwrap().clone();
    arabic.plurals = plurals::categories("ar").unwrap().into();
    let said: Vec<String> = [1, 2, 3, 10, 11, 99, 100, 1000]
        .iter()
        .map(|n| arabic.count(&forms, *n, &[]))
        .collect();
    assert_eq!(
        said,
        [
            "one 1",
            "two 2",
            "few 3",
            "few 10",
            "many 11",
            "many 99",
            "other 100",
            "other 1000"
        ]
    );
    let mut polish = arabic.clone();
    polish.plurals = plurals::categories("pl").unwrap().into();
    assert_eq!(polish.count(&forms, 22, &[]), "few 22");
    assert_eq!(polish.count(&forms, 25, &[]), "many 25");
    // English and Spanish, as shipped.
    for (lang, one, five) in [
        ("en", "1 result", "5 results"),
        ("es", "1 resultado", "5 resultados"),
    ] {
        let content = harbor::content::language(lang).unwrap();
        assert_eq!(content.count(&content.site.words.results, 1, &[]), one);
        assert_eq!(content.count(&content.site.words.results, 5, &[]), five);
    }
}
