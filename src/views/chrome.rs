//! The frame on every view: the call bar and the quick exit (which the build
//! renders into each page, outside the app), the in-app Back control, the
//! menu of views and the quiet notices.

use leptos::prelude::*;

use crate::content::{links, use_content, PhoneKind};
use crate::state::OfflineCopy;
use crate::views::link::Go;
use crate::{browser, state};

/// Call and text links to the hotline, and 911, from the content data.
#[component]
pub fn CallBar() -> impl IntoView {
    let content = use_content();
    let hotline = content.hotline();
    let emergency = content.emergency();
    // Short words to fit one row on a phone; the accessible name holds them
    // and goes on to the full number and the line's name.
    let phones = [
        (
            "Call hotline",
            hotline.and_then(|s| Some((s, s.phone(PhoneKind::Voice)?))),
        ),
        (
            "Text HELP",
            hotline.and_then(|s| Some((s, s.phone(PhoneKind::Text)?))),
        ),
        (
            "911",
            emergency.and_then(|s| Some((s, s.phone(PhoneKind::Voice)?))),
        ),
    ];
    view! {
        <nav class="callbar" aria-label="Get help now">
            {phones
                .into_iter()
                .filter_map(|(short, line)| Some((short, line?)))
                .map(|(short, (service, phone))| {
                    let label = links::label(service, phone);
                    let label = if label.contains(short) {
                        label
                    } else {
                        format!("{short}, {}, the {}", links::shown(phone), service.name)
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
    let exit = &use_content().site.exit;
    view! {
        <a class=class href=exit.url.as_ref() rel="nofollow noreferrer"
            data-title=exit.title.as_ref() data-leaving=exit.leaving.as_ref()
            data-count-one=exit.count_one.as_ref() data-count-other=exit.count_other.as_ref()
            data-expired=exit.expired.as_ref()>
            {exit.label.as_ref()}
            {children.map(|c| c())}
        </a>
    }
}

/// The row under the bar: the in-app Back control and the way to the safety page.
#[component]
pub fn Wayfinding() -> impl IntoView {
    view! {
        <div class="ways">
            <BackControl/>
            <Go href="/privacy" class="safety">"Staying safe on this phone"</Go>
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
            browser::go(&previous);
        }
    };
    view! {
        <button type="button" class="back" on:click=back
            hidden=move || trail.0.with(Vec::is_empty)>
            "Back"
        </button>
    }
}

/// Links to every view, at the foot of each page.
#[component]
pub fn Menu() -> impl IntoView {
    let content = use_content();
    let topics = content
        .topics
        .iter()
        .map(|t| (format!("/{}", t.id), t.title.as_ref()));
    let fixed = [
        ("/".to_string(), "Start"),
        ("/contacts".to_string(), "Get help"),
        ("/local".to_string(), "Help near you"),
        ("/find".to_string(), "Search"),
    ];
    view! {
        <nav class="menu" aria-label="All pages">
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

/// Quiet notices: that the device is offline (and what still works, no more
/// than the offline copy holds), and that a new version is ready.
/// A new version never loads by itself: the person chooses when.
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
            {move || status.update_ready.get().then(|| view! {
                <p class="notice">
                    "A new version is ready. "
                    <button type="button" on:click=|_| browser::reload_into_new_version()>"Reload"</button>
                    " "
                    <button type="button" on:click=move |_| status.update_ready.set(false)>"Not now"</button>
                </p>
            })}
        </div>
    }
}
