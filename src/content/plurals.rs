//! The plural rules of each language, from the Unicode CLDR data that
//! ICU4X carries, on the host only: the build works out the category of
//! every count Harbor shows (`Content::plurals`), so the app only looks it
//! up, and checks that each counted sentence has every form its language
//! needs.

use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

use super::model::{Counted, Plural, PLURAL_COUNTS};

/// The category of each count from 0 to `PLURAL_COUNTS - 1` in the language
/// `code` (a language tag, such as `pl` or `zh-Hans`; a tag CLDR does not
/// know falls back to its language, then to the root rules, where every
/// count is `other`). An error if `code` is not a language tag.
pub fn categories(code: &str) -> Result<Vec<Plural>, String> {
    let locale: Locale = code
        .parse()
        .map_err(|e| format!("\"{code}\" is not a language tag: {e}"))?;
    let rules = PluralRules::try_new_cardinal((&locale).into())
        .map_err(|e| format!("no plural rules for \"{code}\": {e}"))?;
    Ok((0..PLURAL_COUNTS)
        .map(|n| match rules.category_for(n) {
            PluralCategory::Zero => Plural::Zero,
            PluralCategory::One => Plural::One,
            PluralCategory::Two => Plural::Two,
            PluralCategory::Few => Plural::Few,
            PluralCategory::Many => Plural::Many,
            PluralCategory::Other => Plural::Other,
        })
        .collect())
}

/// The plural categories, by the name a counted sentence's form has.
pub const CATEGORIES: [(&str, Plural); 6] = [
    ("zero", Plural::Zero),
    ("one", Plural::One),
    ("two", Plural::Two),
    ("few", Plural::Few),
    ("many", Plural::Many),
    ("other", Plural::Other),
];

/// The forms a counted sentence has, by name, with their text.
pub fn forms(counted: &Counted) -> [(&'static str, Plural, Option<&str>); 6] {
    [
        ("zero", Plural::Zero, counted.zero.as_deref()),
        ("one", Plural::One, counted.one.as_deref()),
        ("two", Plural::Two, counted.two.as_deref()),
        ("few", Plural::Few, counted.few.as_deref()),
        ("many", Plural::Many, counted.many.as_deref()),
        ("other", Plural::Other, Some(&counted.other)),
    ]
}

/// What is wrong with `counted`, shown with the counts `shown` in a
/// language whose counts have the `categories` (from [`categories`]): a
/// form its rules need for one of those counts is missing, or a form is
/// given that no such count takes. Each as `(form, message)`.
pub fn problems(
    counted: &Counted,
    shown: std::ops::RangeInclusive<usize>,
    categories: &[Plural],
    code: &str,
) -> Vec<(&'static str, String)> {
    let needed: Vec<(Plural, usize)> = shown
        .filter_map(|n| categories.get(n).map(|c| (*c, n)))
        .collect();
    let mut found = Vec::new();
    for (name, category, text) in forms(counted) {
        let example = needed.iter().find(|(c, _)| *c == category).map(|(_, n)| n);
        match (text, example) {
            (None, Some(n)) => found.push((
                name,
                format!("is missing: in \"{code}\", the count {n} takes the form `{name}`"),
            )),
            (Some(_), None) if category != Plural::Other => found.push((
                name,
                format!("is not a form \"{code}\" uses for the counts shown here: remove it"),
            )),
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use Plural::*;

    /// The category of each count in `code`, from its rules.
    fn of(code: &str, counts: &[usize]) -> Vec<Plural> {
        let all = categories(code).unwrap();
        counts.iter().map(|n| all[*n]).collect()
    }

    /// CLDR's own examples (plurals.xml, "@integer" samples of each rule).
    #[test]
    fn each_language_has_the_categories_of_cldrs_own_examples() {
        assert_eq!(of("en", &[0, 1, 2, 21]), [Other, One, Other, Other]);
        assert_eq!(of("es", &[0, 1, 2, 21]), [Other, One, Other, Other]);
        // Portuguese and French: 0 and 1 take `one`.
        assert_eq!(of("pt", &[0, 1, 2, 17]), [One, One, Other, Other]);
        assert_eq!(of("fr", &[0, 1, 2, 17]), [One, One, Other, Other]);
        // Polish: one 1; few 2~4, 22~24, 32~34; many 0, 5~19, 100 and 25.
        assert_eq!(
            of("pl", &[1, 2, 4, 22, 24, 32, 0, 5, 19, 21, 25, 12]),
            [One, Few, Few, Few, Few, Few, Many, Many, Many, Many, Many, Many]
        );
        // Russian: one 1, 21, 31; few 2~4, 22~24; many 0, 5~19, 25, 11.
        assert_eq!(
            of("ru", &[1, 21, 31, 2, 4, 22, 0, 5, 11, 19, 25]),
            [One, One, One, Few, Few, Few, Many, Many, Many, Many, Many]
        );
        // Arabic: zero 0; one 1; two 2; few 3~10, 103~110; many 11~26, 111.
        assert_eq!(
            of("ar", &[0, 1, 2, 3, 10, 11, 26, 99]),
            [Zero, One, Two, Few, Few, Many, Many, Many]
        );
        // Chinese: one form for every count.
        assert!(categories("zh-Hans").unwrap().iter().all(|c| *c == Other));
        // The pseudo-languages follow their language.
        assert_eq!(categories("ar-xb").unwrap(), categories("ar").unwrap());
        assert_eq!(categories("en-xa").unwrap(), categories("en").unwrap());
    }

    #[test]
    fn a_counted_sentence_needs_every_form_its_counts_take_and_no_other() {
        let ar = categories("ar").unwrap();
        let two_forms = Counted {
            zero: None,
            one: Some("{n} one".into()),
            two: None,
            few: None,
            many: None,
            other: "{n} other".into(),
        };
        let missing: Vec<&str> = problems(&two_forms, 1..=30, &ar, "ar")
            .into_iter()
            .map(|(form, _)| form)
            .collect();
        assert_eq!(missing, ["two", "few", "many"]);
        assert!(problems(&two_forms, 1..=30, &categories("en").unwrap(), "en").is_empty());
        let unused = problems(
            &two_forms,
            1..=30,
            &categories("zh-Hans").unwrap(),
            "zh-Hans",
        );
        assert_eq!(unused.len(), 1, "{unused:?}");
        assert_eq!(unused[0].0, "one");
        assert!(categories("not a tag").is_err());
    }
}
