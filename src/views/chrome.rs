//! The frame on every view: the call bar and the quick exit (which the build
//! renders into each page, outside the app), the in-app Back control, the
//! menu of views and the quiet notices.

use leptos::prelude::*;

use crate::content::{fill, links, use_content, PhoneKind};
use crate::route::Route;
use crate::state::OfflineCopy;
use crate::views::link::Go;
use crate::{browser, state};

/// Call and text links to the hotline, and 911, from the content data.
#[component]
pub fn CallBar() -> impl IntoView {
    let content = use_content();
    let words = &content.site.words;
    let hotline = content.hotline();
    let emergency = content.emergency();
    let text = hotline.and_then(|s| s.phone(PhoneKind::Text));
    let keyword = text.and_then(|p| p.keyword.as_deref()).unwrap_or_default();
    let emergency_phone = emergency.and_then(|s| s.phone(PhoneKind::Voice));
    // Short words to fit one row on a phone; the accessible name holds them
    // and goes on to the full number and the line's name.
    let phones = [
        (
            words.bar_call.to_string(),
            hotline.and_then(|s| Some((s, s.phone(PhoneKind::Voice)?))),
        ),
        (
            fill(&words.bar_text, &[("keyword", keyword)]),
            hotline.zip(text),
        ),
        (
            emergency_phone.map(links::shown).unwrap_or_default(),
            emergency.zip(emergency_phone),
        ),
    ];
    view! {
        <nav class="callbar" aria-label=words.callbar.as_ref()>
            {phones
                .into_iter()
                .filter_map(|(short, line)| Some((short, line?)))
                .map(|(short, (service, phone))| {
                    let label = links::label(words, service, phone);
                    let label = if label.contains(&short) {
                        label
                    } else {
                        fill(&words.bar_label, &[
                            ("short", &short),
                            ("number", &links::shown(phone)),
                            ("name", &service.name),
                        ])
                    };
                    view! { <a href=links::href(phone) aria-label=label>{short}</a> }
                })
                .collect_view()}
        </nav>
    }
}

/// The quick exit in the bar: a plain link to the neutral site, three marks
/// that show the Shift presses so far (hidden from screen readers, which
/// hear the count), and beside it a polite live region for that count. The
/// page's safety script (`src/safety.js`) makes the link clear the screen
/// before it leaves, counts the presses, and reads its words from the link.
#[component]
pub fn QuickExit() -> impl IntoView {
    view! {
        <ExitLink class="exit">
            <span class="presses" aria-hidden="true"><span></span><span></span><span></span></span>
        </ExitLink>
        <p class="visually-hidden" role="status" aria-live="polite"></p>
    }
}

/// The second way to the quick exit, for keyboard and screen-reader users:
/// the first stop after "Skip to content", shown when focused.
#[component]
pub fn EarlyExit() -> impl IntoView {
    view! { <ExitLink class="exit early"/> }
}

/// A link to the neutral site with the exit's words for the safety script:
/// the title while leaving, what is said as it leaves, the Shift count-down
/// and its expiry (`[exit]` in `content/site.toml`).
#[component]
fn ExitLink(
    /// Its classes; `exit` marks it for the safety script.
    class: &'static str,
    /// What follows its label.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let content = use_content();
    let exit = &content.site.exit;
    // What is said with one and with two presses left, each in its plural form.
    view! {
        <a class=class href=exit.url.as_ref() rel="nofollow noreferrer"
            data-title=exit.title.as_ref() data-leaving=exit.leaving.as_ref()
            data-one-left=content.count(&exit.count, 1, &[]) data-two-left=content.count(&exit.count, 2, &[])
            data-expired=exit.expired.as_ref()>
            {exit.label.as_ref()}
            {children.map(|c| c())}
        </a>
    }
}

/// The row under the bar: the in-app Back control, the way to the safety
/// page, and this view in each other language. Those are plain links to the
/// other language's pages, each in its own words and direction; like every
/// link, they replace the history entry (`safety.js`).
#[component]
pub fn Wayfinding(
    /// The address shown, such as `/es/signs#work`. The app renders the row
    /// again with each view, so a plain value is enough (and costs the
    /// WebAssembly less than a reactive link).
    address: String,
) -> impl IntoView {
    let content = use_content();
    // The same view, or the other language's start for an unknown address.
    let known = Route::in_language(content, &address) != Route::NotFound;
    let others = content
        .others()
        .map(|language| {
            let href = if known {
                content.counterpart(&address, language)
            } else {
                content.home_of(language)
            };
            let lang = language.code.as_ref();
            view! {
                <a class="switch" lang=lang hreflang=lang dir=language.dir.as_ref() href=href>
                    {language.name.as_ref()}
                </a>
            }
        })
        .collect_view();
    view! {
        <div class="ways">
            <BackControl/>
            <Go href="/privacy" class="safety">{content.site.words.safety.as_ref()}</Go>
            // Its globe is drawn by the style sheet, in the text's colour.
            <Go href="/languages" class="languages">{content.site.words.languages_link.as_ref()}</Go>
            {others}
        </div>
    }
}

/// Returns to the previous view from the in-memory trail.
#[component]
pub fn BackControl() -> impl IntoView {
    let trail = state::trail();
    let back = move |_| {
        let mut previous = None;
        trail.0.update(|t| previous = t.pop());
        if let Some(previous) = previous {
            browser::history::go(&previous);
        }
    };
    view! {
        <button type="button" class="back" on:click=back
            hidden=move || trail.0.with(Vec::is_empty)>
            {use_content().site.words.back.as_ref()}
        </button>
    }
}

/// Links to every view, at the foot of each page.
#[component]
pub fn Menu() -> impl IntoView {
    let content = use_content();
    let words = &content.site.words;
    let topics = content
        .topics
        .iter()
        .map(|t| (format!("/{}", t.id), t.title.as_ref()));
    let fixed = [
        ("/".to_string(), words.start.as_ref()),
        ("/contacts".to_string(), words.get_help.as_ref()),
        ("/local".to_string(), words.near.as_ref()),
        ("/find".to_string(), words.search.as_ref()),
    ];
    view! {
        <nav class="menu" aria-label=words.menu.as_ref()>
            <ul>
                {fixed
                    .into_iter()
                    .chain(topics)
                    .map(|(href, title)| view! { <li><Go href=href>{title}</Go></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// The quiet notice that the device is offline, and what still works: no
/// more than the offline copy holds.
#[component]
pub fn Notices() -> impl IntoView {
    let status = state::status();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || (!status.online.get()).then(|| {
                // Never more than the copy holds.
                let words = &use_content().site.offline;
                let saved = matches!(status.copy.get(), Some(OfflineCopy::Saved { .. }));
                let notice = if saved { &words.notice_saved } else { &words.notice_not_saved };
                view! { <p class="notice">{notice.as_ref()}</p> }
            })}
        </div>
    }
}

/// The notice that a new version is ready, in the frame the build renders
/// into each page, outside the app: hidden until the page's offline script
/// (`src/offline.js`) finds a new version waiting, with or without the app.
/// "Reload" activates it and reloads; a new version never loads by itself.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let words = &use_content().site.words;
    view! {
        <div class="notices" id="frame-notices" role="status" aria-live="polite">
            <p class="notice update" hidden>
                {words.update.as_ref()}
                " "
                <button type="button" class="reload">{words.reload.as_ref()}</button>
                " "
                <button type="button" class="later">{words.not_now.as_ref()}</button>
            </p>
        </div>
    }
}
