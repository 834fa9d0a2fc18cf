//! The view at `/languages`: how to call the hotline with an interpreter,
//! one block for each language the view offers, each written in that
//! language and its own script, with its `lang` and `dir` (the frame stays
//! as it is). Numbers stay left to right inside right-to-left text.

use leptos::prelude::*;

use crate::content::{links, use_content, Interpreted, PhoneKind};

/// The heading, a line on the hotline's interpreters, a list of the
/// languages by their own names, then each language's block.
#[component]
pub fn Languages() -> impl IntoView {
    let content = use_content();
    let words = &content.site.words;
    let index = content
        .interpreted
        .iter()
        .map(|block| {
            view! {
                <li>
                    <a href=format!("#{}", block.code) lang=block.code.as_ref() dir=block.dir.as_ref()>
                        {block.name.as_ref()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let blocks = content
        .interpreted
        .iter()
        .map(|block| view! { <Block block=block/> })
        .collect_view();
    view! {
        <h1 tabindex="-1">{words.languages_heading.as_ref()}</h1>
        <p>{words.languages_intro.as_ref()}</p>
        <ul class="language-index">{index}</ul>
        {blocks}
    }
}

/// One language's block.
#[component]
fn Block(
    /// The block to show.
    block: &'static Interpreted,
) -> impl IntoView {
    let heading = format!("{}-heading", block.code);
    let labelled = heading.clone();
    let content = use_content();
    // A language Harbor speaks in full: the block links to it.
    let full = content
        .languages
        .iter()
        .find(|l| l.code == block.code && l.code != content.language.code)
        .map(|language| {
            view! {
                <p class="full">
                    <a href=content.home_of(language) hreflang=language.code.as_ref()>{language.offer.as_ref()}</a>
                </p>
            }
        });
    let lines = [
        &block.about,
        &block.call,
        &block.texts,
        &block.danger,
        &block.exit,
    ]
    .into_iter()
    .map(|text| view! { <p>{said(text, block)}</p> })
    .collect_view();
    view! {
        <section class="interpreted" id=block.code.as_ref() lang=block.code.as_ref()
            dir=block.dir.as_ref() aria-labelledby=labelled>
            <h2 id=heading>{block.heading.as_ref()}</h2>
            {full}
            {lines}
            <p>{block.show_intro.as_ref()}</p>
            <p class="show" lang="en" dir="ltr">{block.show.as_ref()}</p>
        </section>
    }
}

/// One part of a block's text, as [`parts`] cuts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part<'a> {
    /// Words of the block's language.
    Words(&'a str),
    /// The language's name in English (`{say}`).
    Say,
    /// The exit's label as the page shows it (`{exit}`).
    Exit,
    /// A number to call, as written in the text, and its `tel:` link.
    Number(&'a str, String),
}

/// `text` cut into its words, its placeholders and the numbers it names
/// that `numbers` gives links to (`(as written, link)` pairs).
pub fn parts<'a>(text: &'a str, numbers: &[(String, String)]) -> Vec<Part<'a>> {
    let mut found = Vec::new();
    let mut rest = text;
    loop {
        let next = [("{say}", None), ("{exit}", None)]
            .into_iter()
            .map(|(mark, link)| (mark.to_string(), link))
            .chain(
                numbers
                    .iter()
                    .map(|(shown, link)| (shown.clone(), Some(link.clone()))),
            )
            .filter_map(|(mark, link)| Some((rest.find(&mark)?, mark, link)))
            .min_by_key(|(at, mark, _)| (*at, std::cmp::Reverse(mark.len())));
        let Some((at, mark, link)) = next else {
            if !rest.is_empty() {
                found.push(Part::Words(rest));
            }
            return found;
        };
        if at > 0 {
            found.push(Part::Words(&rest[..at]));
        }
        found.push(match (mark.as_str(), link) {
            ("{say}", _) => Part::Say,
            ("{exit}", _) => Part::Exit,
            (_, link) => Part::Number(&rest[at..at + mark.len()], link.unwrap_or_default()),
        });
        rest = &rest[at + mark.len()..];
    }
}

/// A block's text as the page shows it: the language's name in English and
/// the exit's label set apart (each with its own language and direction),
/// and each number a link to call it, left to right.
fn said(text: &str, block: &'static Interpreted) -> impl IntoView {
    let content = use_content();
    let numbers: Vec<(String, String)> = [content.hotline(), content.emergency()]
        .into_iter()
        .flatten()
        .filter_map(|service| service.phone(PhoneKind::Voice))
        .map(|phone| (links::shown(phone), links::href(phone)))
        .collect();
    let exit = content.site.exit.label.as_ref();
    parts(text, &numbers)
        .into_iter()
        .map(|part| match part {
            Part::Words(words) => words.to_string().into_any(),
            Part::Say => view! { <bdi lang="en" dir="ltr">{block.say.as_ref()}</bdi> }.into_any(),
            Part::Exit => {
                view! { <bdi lang=content.lang() dir=content.language.dir.as_ref()>{exit}</bdi> }
                    .into_any()
            }
            Part::Number(shown, link) => {
                view! { <a href=link dir="ltr">{shown.to_string()}</a> }.into_any()
            }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_cut_at_its_placeholders_and_numbers() {
        let numbers = [
            ("1-888-373-7888".to_string(), "tel:+18883737888".to_string()),
            ("911".to_string(), "tel:911".to_string()),
        ];
        assert_eq!(
            parts(
                "Zadzwoń 1-888-373-7888, powiedz „{say}”; 911 i „{exit}”.",
                &numbers
            ),
            [
                Part::Words("Zadzwoń "),
                Part::Number("1-888-373-7888", "tel:+18883737888".into()),
                Part::Words(", powiedz „"),
                Part::Say,
                Part::Words("”; "),
                Part::Number("911", "tel:911".into()),
                Part::Words(" i „"),
                Part::Exit,
                Part::Words("”."),
            ]
        );
        assert_eq!(parts("", &numbers), []);
        assert_eq!(parts("no numbers", &[]), [Part::Words("no numbers")]);
    }
}
