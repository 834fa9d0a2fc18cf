//! The home view: a triage in one screen.

use leptos::prelude::*;

use crate::browser;
use crate::content::{use_content, Content, Interpreted, Language};
use crate::views::link::Go;

/// What the home view offers a browser whose first language is not the
/// page's: the same view in another language Harbor speaks, or the block on
/// calling with an interpreter in that language.
#[derive(Debug, Clone, Copy)]
enum Offer {
    Language(&'static Language),
    Block(&'static Interpreted),
}

/// Whether the browser language `tag` (lowercase, such as `es-mx`) is the
/// language `code`, or a variant of it.
fn speaks(tag: &str, code: &str) -> bool {
    let code = code.to_ascii_lowercase();
    tag == code
        || tag
            .strip_prefix(&code)
            .is_some_and(|rest| rest.starts_with('-'))
}

/// The offer for a browser whose first language is `tag`: another language
/// Harbor speaks, if one matches, else the block whose browser languages
/// match it best (the longest match), or the language Harbor speaks in
/// full with that block's code (`zh-cn` is offered Chinese in full, by
/// its block's browser languages); nothing for the page's own language.
fn offer_for(content: &'static Content, tag: &str) -> Option<Offer> {
    if speaks(tag, content.lang()) {
        return None;
    }
    if let Some(language) = content
        .others()
        .filter(|l| speaks(tag, &l.code))
        .max_by_key(|l| l.code.len())
    {
        return Some(Offer::Language(language));
    }
    let block = content
        .interpreted
        .iter()
        .flat_map(|block| {
            block
                .browser
                .iter()
                .filter(|t| speaks(tag, t))
                .map(move |t| (t.len(), block))
        })
        .max_by_key(|(length, _)| *length)
        .map(|(_, block)| block)?;
    match content.languages.iter().find(|l| l.code == block.code) {
        Some(language) if language.code == content.language.code => None,
        Some(language) => Some(Offer::Language(language)),
        None => Some(Offer::Block(block)),
    }
}

/// Four doors, in the words a person might use, each to the view that helps;
/// and, when the browser's first language is another language Harbor
/// speaks, or one of the view of help in other languages, one quiet line in
/// it that offers this view there, or that language's block (the app shows
/// it; the address alone keeps the language, so nothing is stored).
#[component]
pub fn Home() -> impl IntoView {
    let content = use_content();
    let offered = RwSignal::new(None);
    Effect::new(move || {
        let tag = browser::page::first_language();
        offered.set(tag.and_then(|tag| offer_for(content, &tag)));
    });
    view! {
        <h1 tabindex="-1">{content.site.welcome.as_ref()}</h1>
        <p class="lead">{content.site.welcome_text.as_ref()}</p>
        {move || offered.get().map(|offer| match offer {
            Offer::Language(language) => view! {
                <p class="offer" lang=language.code.as_ref() dir=language.dir.as_ref()>
                    <a href=content.home_of(language) hreflang=language.code.as_ref()>{language.offer.as_ref()}</a>
                </p>
            }.into_any(),
            Offer::Block(block) => view! {
                <p class="offer" lang=block.code.as_ref() dir=block.dir.as_ref()>
                    <Go href=format!("/languages#{}", block.code)>{block.offer.as_ref()}</Go>
                </p>
            }.into_any(),
        })}
        <ul class="doors">
            {content
                .site
                .doors
                .iter()
                .map(|door| {
                    view! {
                        <li id=door.id.as_ref()>
                            <Go href=format!("/{}", door.to) class="door">
                                <strong>{door.title.as_ref()}</strong>
                                <span>{door.text.as_ref()}</span>
                            </Go>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn code_of(offer: Option<Offer>) -> Option<String> {
        offer.map(|o| match o {
            Offer::Language(l) => l.code.to_string(),
            Offer::Block(b) => b.code.to_string(),
        })
    }

    #[test]
    fn each_browser_language_is_offered_its_own_help() {
        let english = crate::content::language("en").unwrap();
        for (tag, offered) in [
            ("en-us", None),
            ("en", None),
            ("es-mx", Some("es")),
            ("pl-pl", Some("pl")),
            ("zh-cn", Some("zh-Hans")),
            ("zh-tw", Some("zh-Hans")),
            ("zh-hk", Some("zh-Hant")),
            ("yue", Some("zh-Hant")),
            ("ar-eg", Some("ar")),
            ("fil", Some("tl")),
            ("de-de", None),
            ("e", None),
        ] {
            assert_eq!(
                code_of(offer_for(english, tag)).as_deref(),
                offered,
                "{tag}"
            );
        }
        let spanish = crate::content::language("es").unwrap();
        assert_eq!(code_of(offer_for(spanish, "en-gb")).as_deref(), Some("en"));
        assert_eq!(code_of(offer_for(spanish, "es-es")), None);
    }
}
