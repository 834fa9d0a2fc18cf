//! The settings and words shared by every view (`content/site.toml`).

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

use super::{Counted, List, Text};

content_type! {
    /// Settings shared by every view (`content/site.toml`).
    pub struct Site {
        /// The neutral name in the title bar and on the home screen.
        pub name: Text,
        /// The quick exit: where it goes, and its words.
        pub exit: Exit,
        /// What is said of the copy kept for use without signal.
        pub offline: Offline,
        /// The service the call bar calls and texts.
        pub hotline: Text,
        /// The emergency service the call bar calls.
        pub emergency: Text,
        /// How to report a tip, shown with the contacts.
        pub report: List<Text>,
        /// The region shown until a person picks one.
        pub default_region: Text,
        /// The home view's heading.
        pub welcome: Text,
        /// The sentence under it.
        pub welcome_text: Text,
        /// The choices of the home view.
        #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "door"))]
        pub doors: List<Door>,
        /// The app's one-line description, kept by the browser with the app
        /// and in every page's `<meta name="description">`; neutral words.
        pub description: Text,
        /// What a call or text leaves on the phone, beside the contacts' buttons.
        pub traces: Text,
        /// The search view's words.
        pub find: FindWords,
        /// The words of "Clear this app's data".
        pub clear: ClearWords,
        /// The install view's own words.
        pub install: InstallWords,
        /// Every other word of the frame and the views (`[words]`).
        pub words: Words,
        /// The other looks the person can give the app before adding it.
        #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "cover"))]
        pub covers: List<Cover>,
    }
}

content_type! {
    /// The words of the frame and the views that are not content of their
    /// own (`[words]` in `content/site.toml`). A `{name}` in braces is filled
    /// in by the app; the build checks that each template keeps its own.
    pub struct Words {
        /// The skip link, first on every page.
        pub skip: Text,
        /// The call bar's name for screen readers.
        pub callbar: Text,
        /// The call bar's short words for calling the hotline.
        pub bar_call: Text,
        /// The call bar's short words for texting it; `{keyword}` is the word to send.
        pub bar_text: Text,
        /// A call bar link's full name: `{short}` words, `{number}`, line `{name}`.
        pub bar_label: Text,
        /// A call link: `{number}`.
        pub call: Text,
        /// A text link with no word to send: `{number}`.
        pub text: Text,
        /// A text link with a word to send: `{keyword}` and `{number}`.
        pub text_keyword: Text,
        /// A TTY link: `{number}`.
        pub tty: Text,
        /// A call or text link's full name: its `{action}` words and line `{name}`.
        pub line_label: Text,
        /// A relay service's TTY link's full name (711): its `{action}`
        /// words and line `{name}`. A line's own TTY number takes `line_label`.
        pub relay_label: Text,
        /// An email link: `{email}`.
        pub email_link: Text,
        /// The link to the safety page, under the bar.
        pub safety: Text,
        /// The in-app Back button.
        pub back: Text,
        /// The menu's name for screen readers.
        pub menu: Text,
        /// The menu's link to the home view.
        pub start: Text,
        /// The contacts view's heading and menu link.
        pub get_help: Text,
        /// The local view's heading and menu link.
        pub near: Text,
        /// The search view's heading and menu link.
        pub search: Text,
        /// The notice that a new version is ready.
        pub update: Text,
        /// Its button that loads the new version.
        pub reload: Text,
        /// Its button that hides the notice.
        pub not_now: Text,
        /// The contacts view's first line.
        pub lead: Text,
        /// The contacts view's link to the local view.
        pub choose_area_link: Text,
        /// The heading over how to report a tip.
        pub report: Text,
        /// The heading over a region's lines that take reports.
        pub report_lines: Text,
        /// The heading over the national lines.
        pub national_heading: Text,
        /// The heading over one region's lines: `{region}`.
        pub in_region: Text,
        /// The region picker's name for screen readers.
        pub choose_area: Text,
        /// The line above the region picker.
        pub choose_area_prompt: Text,
        /// Said of a line open now.
        pub open_now: Text,
        /// Said of a line closed now.
        pub closed_now: Text,
        /// Said of a line whose hours the sources do not give.
        pub no_hours: Text,
        /// Where a line serves and its languages: `{area}`, `{languages}`.
        pub serves: Text,
        /// Hours of a line open all day, every day.
        pub open_always: Text,
        /// Hours of a line open all day on some days: `{days}`.
        pub open_all_day: Text,
        /// Hours of a line: `{days}`, `{opens}`, `{closes}`, time `{zone}`.
        pub hours: Text,
        /// Days, for a line open every day.
        pub every_day: Text,
        /// Short names of the days, Monday first.
        pub days: List<Text>,
        /// Between the items of a list, such as days or languages: ", ".
        pub list_separator: Text,
        /// Between groups of hours on different days: "; ".
        pub group_separator: Text,
        /// A morning time: `{time}`, such as 9:30.
        pub am: Text,
        /// An afternoon or evening time: `{time}`, such as 2.
        pub pm: Text,
        /// Names of the time zones the lines use.
        #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "zone"))]
        pub zones: List<Named>,
        /// Names of the languages the lines use.
        #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "language"))]
        pub languages: List<Named>,
        /// Said when a search finds nothing.
        pub nothing_found: Text,
        /// Said when a search finds `{n}` results (one or more).
        pub results: Counted,
        /// The heading over every topic on the search view.
        pub every_topic: Text,
        /// Said as signs are ticked: `{n}` of `{total}`, in the plural form of `{n}`.
        pub ticked: Counted,
        /// The not-found view's heading.
        pub not_found: Text,
        /// What it says.
        pub not_found_text: Text,
        /// Its link to the home view.
        pub not_found_start: Text,
        /// Its link to the contacts view.
        pub not_found_help: Text,
        /// The link to the view of help in other languages, in the row under
        /// the bar: the same words in every language.
        pub languages_link: Text,
        /// That view's heading.
        pub languages_heading: Text,
        /// What it says first: the hotline's interpreters, and how to find a language.
        pub languages_intro: Text,
    }
}

content_type! {
    /// A name for an id, such as a time zone's or a language's.
    pub struct Named {
        /// What it names: an IANA time zone or a language code.
        pub id: Text,
        /// The name people use.
        pub name: Text,
    }
}

content_type! {
    /// The search view's words (`[find]` in `content/site.toml`).
    pub struct FindWords {
        /// The search box's label.
        pub label: Text,
    }
}

content_type! {
    /// The words of "Clear this app's data" (`[clear]` in `content/site.toml`).
    pub struct ClearWords {
        /// The section's heading.
        pub heading: Text,
        /// What clearing removes.
        pub explain: Text,
        /// The button.
        pub button: Text,
        /// Said once it is done, with what it cannot clear.
        pub done: Text,
    }
}

content_type! {
    /// The install view's own words (`[install]` in `content/site.toml`).
    pub struct InstallWords {
        /// The button shown when the browser offers to add the app.
        pub add: Text,
        /// The heading of the choice of looks.
        pub look: Text,
        /// What a different look cannot hide.
        pub cannot_hide: Text,
    }
}

content_type! {
    /// Another look for the app on the home screen (`[[cover]]` in
    /// `content/site.toml`): an ordinary name, and the icon `make icons` draws
    /// from `assets/covers/<id>.svg`.
    pub struct Cover {
        /// Unique id: names its icons and its manifest, so a neutral word.
        pub id: Text,
        /// The name on the home screen.
        pub name: Text,
    }
}

content_type! {
    /// The quick exit (`[exit]` in `content/site.toml`). The build writes the
    /// words into each exit link for the page's own script (`src/safety.js`).
    pub struct Exit {
        /// The neutral site it opens: an `https://` address.
        pub url: Text,
        /// The exit link's words.
        pub label: Text,
        /// The page's title while it leaves, such as the neutral site's own.
        pub title: Text,
        /// Said, and shown on the emptied page, as it starts to leave.
        pub leaving: Text,
        /// Said after each Shift press but the last: `{n}` more presses
        /// leave (2, then 1), in the plural form of the count.
        pub count: Counted,
        /// Said when the Shift presses expire without leaving.
        pub expired: Text,
    }
}

content_type! {
    /// The words about the offline copy (`[offline]` in `content/site.toml`):
    /// its status on the safety and install views, which the page's offline
    /// script (`src/offline.js`) writes in, and the notice shown offline.
    pub struct Offline {
        /// The status's heading.
        pub heading: Text,
        /// Every file is saved on this device.
        pub saved: Text,
        /// After `saved`: the browser keeps it when space runs short.
        pub kept: Text,
        /// After `saved`: the browser may clear it when space runs short.
        pub may_clear: Text,
        /// After `saved`, in Safari on iPhone or iPad outside the Home
        /// Screen: Safari clears it after 7 days without a visit, and the
        /// Home Screen keeps it.
        pub seven_days: Text,
        /// Not every file is saved yet.
        pub not_saved: Text,
        /// After "Clear this app's data": nothing is saved on this phone now.
        pub cleared: Text,
        /// The heading of the page shown offline for a language not saved
        /// on this phone yet.
        pub language_not_saved: Text,
        /// What it says: when the language is saved, and that help is at the top.
        pub language_not_saved_text: Text,
        /// This browser cannot save a copy.
        pub unsupported: Text,
        /// The notice offline, with a complete copy.
        pub notice_saved: Text,
        /// The notice offline, without a complete copy.
        pub notice_not_saved: Text,
    }
}

content_type! {
    /// One choice of the home view's triage.
    pub struct Door {
        /// Unique id.
        pub id: Text,
        /// What the person says, in their words.
        pub title: Text,
        /// What they find behind it.
        pub text: Text,
        /// The view it opens: a topic id, `contacts` or `local`.
        pub to: Text,
    }
}
