//! Host tests: views rendered to HTML, as the browser and the build-time
//! renderer see them.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use harbor::content::{read, Content};
use harbor::state;
use harbor::views::chrome::{CallBar, QuickExit};
use harbor::views::contacts::{Contacts, LocalPage};
use harbor::views::home::Home;
use harbor::views::install::Install;
use harbor::views::languages::Languages;
use harbor::views::topic::TopicPage;
use leptos::prelude::*;

/// Renders `view` with the app's state in context, for the given content.
fn render<V: IntoView + 'static>(
    content: &'static Content,
    region: &str,
    view: impl FnOnce() -> V,
) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(content);
        state::provide(region.to_string());
        view().into_view().to_html()
    })
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn the_call_bar_calls_and_texts_the_hotline_and_calls_911() {
    let html = render(
        harbor::content::language("en").unwrap(),
        "us",
        || view! { <CallBar/> },
    );
    assert!(html.contains(r#"href="tel:+18883737888""#), "{html}");
    assert!(
        html.contains(r#"href="sms:233733?&amp;body=HELP""#),
        "{html}"
    );
    assert!(html.contains(r#"href="tel:911""#), "{html}");
    assert!(
        html.contains("Call hotline, 1-888-373-7888, the National Human Trafficking Hotline"),
        "{html}"
    );
    assert!(
        html.contains("Text HELP to 233733, the National Human Trafficking Hotline"),
        "{html}"
    );
}

#[test]
fn the_exit_is_a_plain_link_to_the_neutral_site_with_no_referrer() {
    let html = render(
        harbor::content::language("en").unwrap(),
        "us",
        || view! { <QuickExit/> },
    );
    assert!(html.contains(r#"href="https://weather.com/""#), "{html}");
    assert!(html.contains(r#"rel="nofollow noreferrer""#), "{html}");
    assert!(html.contains(">Quick exit<"), "{html}");
    // Three marks for the Shift presses, hidden from screen readers.
    let marks = &html[html
        .find(r#"aria-hidden="true" class="presses""#)
        .expect(&html)..];
    assert_eq!(
        count(&marks[..marks.find("</a>").unwrap()], "<span></span>"),
        3
    );
    assert_eq!(count(&html, r#"role="status" aria-live="polite""#), 1);
}

#[test]
fn home_offers_the_four_doors() {
    let html = render(
        harbor::content::language("en").unwrap(),
        "us",
        || view! { <Home/> },
    );
    for (title, href) in [
        ("I need help now", "/contacts"),
        ("I'm worried about someone", "/signs"),
        ("I work with young people or patients", "/work"),
        ("Find help near me", "/local"),
    ] {
        assert!(html.contains(title), "{title} missing from {html}");
        assert!(
            html.contains(&format!(r#"href="{href}""#)),
            "{href} missing from {html}"
        );
    }
}

#[test]
fn the_warning_signs_are_21_tickable_items_in_five_groups() {
    let signs = harbor::content::language("en")
        .unwrap()
        .topic("signs")
        .unwrap();
    let html = render(
        harbor::content::language("en").unwrap(),
        "us",
        || view! { <TopicPage topic=signs/> },
    );
    assert_eq!(count(&html, r#"type="checkbox""#), 21);
    for group in [
        "Work and pay",
        "Control and documents",
        "Health and behaviour",
        "Living situation",
        "Their story",
    ] {
        assert!(html.contains(group), "{group} missing");
    }
}

#[test]
fn the_services_view_lists_all_20_services_in_three_groups() {
    let support = harbor::content::language("en")
        .unwrap()
        .topic("support")
        .unwrap();
    let groups: Vec<usize> = ["emergency", "social", "legal"]
        .iter()
        .map(|id| {
            support
                .sections
                .iter()
                .find(|s| s.id == *id)
                .unwrap()
                .items
                .len()
        })
        .collect();
    assert_eq!(groups, [5, 8, 7]);
    let html = render(
        harbor::content::language("en").unwrap(),
        "us",
        || view! { <TopicPage topic=support/> },
    );
    assert!(html.contains("Vacatur of convictions"));
    assert!(html.contains("cancel a criminal record"));
}

#[test]
fn contacts_show_every_national_way_to_reach_help() {
    let html = render(
        harbor::content::language("en").unwrap(),
        "us",
        || view! { <Contacts/> },
    );
    for link in [
        "tel:+18883737888",
        "sms:233733?&amp;body=HELP",
        "tel:711",
        "mailto:help@humantraffickinghotline.org",
        "tel:911",
        "tel:988",
        "sms:988",
    ] {
        assert!(
            html.contains(&format!(r#"href="{link}""#)),
            "{link} missing"
        );
    }
    assert!(html.contains("Office on Trafficking in Persons"));
    assert!(html.contains("Report a tip"));
}

#[test]
fn the_looks_are_choices_no_browser_restores_in_valid_html() {
    let content = harbor::content::language("en").unwrap();
    let html = render(content, "us", || view! { <Install/> });
    // Valid on the form only, where it keeps the browser from checking a
    // pick again when the page comes back.
    let form = html.find(r#"<form autocomplete="off"><fieldset class="looks">"#);
    let end = html.find("</fieldset></form>");
    assert!(form.is_some() && end.is_some(), "{html}");
    let choices = &html[form.unwrap()..end.unwrap()];
    let looks = harbor::looks::Look::all(content).len();
    assert_eq!(
        count(choices, r#"<input type="radio" name="look""#),
        looks,
        "{html}"
    );
    assert_eq!(count(&html, "autocomplete"), 1, "{html}");
}

#[test]
fn contacts_add_the_chosen_regions_lines() {
    let html = render(
        harbor::content::language("en").unwrap(),
        "maine",
        || view! { <Contacts/> },
    );
    assert!(html.contains("In Maine"));
    assert!(html.contains(r#"href="sms:+12075158398""#));
    assert!(html.contains("Every day, 2 pm to 10 pm Eastern time"));
}

#[test]
fn a_vanity_number_shows_as_known_with_its_digits_in_every_language_and_dials_digits() {
    for (lang, call) in [("en", "Call"), ("es", "Llamar al")] {
        let content = harbor::content::language(lang).unwrap();
        let illinois = content.region("illinois").unwrap();
        let html = render(
            content,
            "illinois",
            || view! { <LocalPage region=illinois/> },
        );
        // Many readers do not know the keypad's letters: the digits show too.
        assert!(
            html.contains(&format!("{call} 800-570-PATH (1-800-570-7284)")),
            "{lang}: {html}"
        );
        assert!(html.contains(r#"href="tel:+18005707284""#), "{html}");
        // National lines always show.
        assert!(html.contains(r#"href="tel:+18883737888""#));
        let maine = content.region("maine").unwrap();
        let html = render(content, "maine", || view! { <LocalPage region=maine/> });
        assert!(
            html.contains("1-866-834-HELP (1-866-834-4357)"),
            "{lang}: {html}"
        );
    }
}

#[test]
fn the_988_line_says_it_speaks_spanish_in_both_languages() {
    for (lang, spanish) in [("en", "Spanish"), ("es", "español")] {
        let content = harbor::content::language(lang).unwrap();
        let html = render(content, "us", || view! { <Contacts/> });
        let card = &html[html.find("988 Suicide").unwrap()..];
        let card = &card[..card.find("</article>").unwrap_or(card.len())];
        let serves = card
            .find(
                &content
                    .site
                    .words
                    .serves
                    .split('{')
                    .next()
                    .unwrap()
                    .to_string(),
            )
            .unwrap();
        assert!(card[serves..].contains(spanish), "{lang}: {card}");
    }
    let line = harbor::content::language("en")
        .unwrap()
        .service("line988")
        .unwrap();
    assert!(line.languages.iter().any(|l| l == "es"));
    assert!(line
        .phones
        .iter()
        .all(|p| p.languages.iter().any(|l| l == "es")));
}

#[test]
fn a_service_without_a_number_sends_people_to_the_one_it_names() {
    let maine = harbor::content::language("en")
        .unwrap()
        .region("maine")
        .unwrap();
    let html = render(
        harbor::content::language("en").unwrap(),
        "maine",
        || view! { <LocalPage region=maine/> },
    );
    let caring = &html[html.find("Caring Unlimited").unwrap()..];
    assert!(caring.contains(r#"href="tel:+18668344357""#), "{caring}");
    assert!(caring.contains(
        "Call 1-866-834-HELP (1-866-834-4357): Maine Statewide Domestic Violence Helpline"
    ));
}

#[test]
fn a_fourth_region_needs_only_its_data_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    // English alone: the list of languages cut to its first.
    let list = std::fs::read_to_string(dir.join("content/languages.toml")).unwrap();
    let second = list
        .match_indices("\n[[language]]")
        .nth(1)
        .map_or(list.len(), |(at, _)| at);
    let mut files = vec![("languages.toml".to_string(), list[..second].to_string())];
    for name in [
        "site.toml",
        "topics.toml",
        "regions/us.toml",
        "regions/illinois.toml",
        "regions/maine.toml",
    ] {
        files.push((
            name.to_string(),
            std::fs::read_to_string(dir.join("content").join(name)).unwrap(),
        ));
    }
    let fixture = std::fs::read_to_string(dir.join("tests/fixtures/lakeshore.toml")).unwrap();
    files.push(("regions/lakeshore.toml".to_string(), fixture));
    let content: &'static Content = Box::leak(Box::new(read::check(&files).unwrap().remove(0)));

    let region = content
        .region("lakeshore")
        .expect("the new region is loaded");
    let html = render(
        content,
        "lakeshore",
        || view! { <LocalPage region=region/> },
    );
    assert!(
        html.contains(r#"href="/local/lakeshore""#),
        "the picker offers it"
    );
    assert!(html.contains(r#"href="tel:+12025550142""#));
    assert!(html.contains("Mon, Tue, Wed, Thu, Fri, 5 pm to 9 pm Central time"));
    assert!(
        html.contains(r#"href="tel:+18883737888""#),
        "national lines still show"
    );

    // The build gives it a page of its own, with its lines in it.
    let addresses = harbor::route::addresses(content);
    assert!(
        addresses.contains(&"/local/lakeshore".to_string()),
        "{addresses:?}"
    );
    let page = harbor::site_files::pages::app_at(content, "/local/lakeshore");
    assert!(page.contains(r#"href="tel:+12025550142""#), "{page}");
}

#[test]
fn the_languages_view_holds_a_block_in_each_language_with_its_lang_and_direction() {
    for (lang, exit) in [("en", "Quick exit"), ("es", "Salida rápida")] {
        let content = harbor::content::language(lang).unwrap();
        let html = render(content, "us", || view! { <Languages/> });
        assert_eq!(count(&html, r#"class="interpreted""#), 14, "{html}");
        // Each block has its lang and direction; Arabic alone is right to left.
        assert!(html.contains(r#"id="pl" lang="pl" dir="ltr""#), "{html}");
        assert!(
            html.contains(r#"id="zh-Hant" lang="zh-Hant" dir="ltr""#),
            "{html}"
        );
        assert!(html.contains(r#"id="ar" lang="ar" dir="rtl""#), "{html}");
        assert_eq!(
            count(&html, r#"dir="rtl""#),
            2,
            "the block and its index link"
        );
        // The name to say, in English, set apart from the words around it.
        assert!(
            html.contains(r#"<bdi lang="en" dir="ltr">Polish</bdi>"#),
            "{html}"
        );
        // The exit named as the page shows it.
        assert_eq!(
            count(&html, &format!(r#"dir="ltr">{exit}</bdi>"#)),
            14,
            "{lang}: {html}"
        );
        // Numbers are links to call, left to right even in Arabic.
        let arabic = &html[html.find(r#"id="ar""#).unwrap()..];
        let arabic = &arabic[..arabic.find("</section>").unwrap()];
        assert!(
            arabic.contains(r#"<a href="tel:+18883737888" dir="ltr">1-888-373-7888</a>"#),
            "{arabic}"
        );
        assert!(
            arabic.contains(r#"<a href="tel:911" dir="ltr">911</a>"#),
            "{arabic}"
        );
        // The line to show, in English.
        assert!(html.contains(
            r#"<p lang="en" dir="ltr" class="show">I speak Polish. Please help me call 1-888-373-7888 and ask for an interpreter who speaks Polish.</p>"#
        ), "{html}");
        // Each language by its own name.
        for name in ["Polski", "Tiếng Việt", "العربية", "Soomaali", "中文"] {
            assert!(html.contains(name), "{name}");
        }
    }
}

/// The part of `html` from the element with `id` to the end of its `</section>`.
fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no {id} in {html}"));
    let rest = &html[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

/// The call and TTY links of each state's lines that take reports, from
/// `../shared/content-sources.md`, "Reporting lines for professionals".
const REPORT_LINES: [(&str, &[&str]); 2] = [
    (
        "illinois",
        &[
            "tel:+18002522873",
            "tel:+18003585117",
            "tel:+12175242606",
            "tel:+18668001409",
            "tel:+18882061327",
        ],
    ),
    (
        "maine",
        &["tel:+18004521999", "tel:+18006248404", "tel:711"],
    ),
];

#[test]
fn the_state_lines_for_reports_show_under_their_state_on_the_professionals_view_and_on_each_state_page(
) {
    for lang in ["en", "es"] {
        let content = harbor::content::language(lang).unwrap();
        let work = content.topic("work").unwrap();
        let html = render(content, "us", || view! { <TopicPage topic=work/> });
        for (state, links) in REPORT_LINES {
            let own = section(&html, &format!("{state}-lines"));
            for link in links {
                assert!(
                    own.contains(&format!(r#"href="{link}""#)),
                    "{lang} /work, {state}: {link} in {own}"
                );
            }
            // Each under its own state only.
            for (other, links) in REPORT_LINES.iter().filter(|(s, _)| *s != state) {
                assert!(
                    !own.contains(&format!(r#"href="{}""#, links[0])),
                    "{lang} /work: {other}'s line under {state}"
                );
            }
            let region = content.region(state).unwrap();
            let page = render(content, state, || view! { <LocalPage region=region/> });
            let group = section(&page, "report-lines");
            assert!(
                group.contains(content.site.words.report_lines.as_ref()),
                "{lang}: {group}"
            );
            for link in links {
                assert!(
                    group.contains(&format!(r#"href="{link}""#)),
                    "{lang} /local/{state}: {link} in {group}"
                );
            }
            // Apart from the lines for help, and not on "Get help".
            assert!(
                !section(&page, "region-heading").contains(links[0]),
                "{lang}: {page}"
            );
            let help = render(content, state, || view! { <Contacts/> });
            assert!(
                !help.contains(links[0]),
                "{lang}: Get help shows a line for reports"
            );
        }
        // The keypad letters show with the digits they dial, which the link carries.
        assert!(
            html.contains("1-800-25-ABUSE (1-800-252-2873)"),
            "{lang}: {html}"
        );
        // A line's own TTY number is not a relay service; 711 is.
        let tty = &html[html.find(r#"href="tel:+18003585117""#).unwrap()..];
        let label = &tty[..tty.find('>').unwrap()];
        assert!(
            !label.contains("relay") && !label.contains("retransmisión"),
            "{lang}: {label}"
        );
    }
}

#[test]
fn the_call_bar_stays_the_hotline_and_911_with_the_lines_for_reports() {
    for content in harbor::content::all() {
        let html = render(content, "maine", || view! { <CallBar/> });
        for (_, links) in REPORT_LINES {
            for link in links.iter().filter(|l| **l != "tel:711") {
                assert!(
                    !html.contains(link),
                    "{}: {link} in the call bar",
                    content.lang()
                );
            }
        }
        assert_eq!(count(&html, "href=\"tel:"), 2, "{}: {html}", content.lang());
    }
}
