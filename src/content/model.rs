//! The shape of Harbor's content, after the Open Referral HSDS vocabulary.
//!
//! The same types serve the build and the app. On the host, the build reads
//! `content/` into them (TOML, unknown fields refused; `read.rs`), checks
//! them (`checks.rs`), and writes each language in the compact binary form
//! of `codec.rs`; the app reads its language's file into the same types when
//! it starts. `content_type!` declares each type once with both.

use std::borrow::Cow;

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

/// Declares a content type: on the host it is also read from TOML (unknown
/// fields refused); on both, it is written and read in the binary form
/// (`codec::Codec`), field by field in the order declared here.
macro_rules! content_type {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $type:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        #[cfg_attr(
            not(target_arch = "wasm32"),
            derive(Deserialize),
            serde(deny_unknown_fields)
        )]
        pub struct $name { $( $(#[$field_meta])* pub $field: $type ),* }

        impl $crate::content::codec::Codec for $name {
            #[cfg(not(target_arch = "wasm32"))]
            fn encode(&self, out: &mut Vec<u8>) {
                $( $crate::content::codec::Codec::encode(&self.$field, out); )*
            }
            fn decode(reader: &mut $crate::content::codec::Reader) -> Self {
                $name {
                    $( $field: <$type as $crate::content::codec::Codec>::decode(reader) ),*
                }
            }
        }
    };
}

/// Text that is either baked into the binary or read from a data file.
pub type Text = Cow<'static, str>;
/// A list that is either baked into the binary or read from a data file.
pub type List<T> = Cow<'static, [T]>;

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
        /// The app's one-line description, kept by the browser with the app.
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
    /// A sentence with a count, `{n}`, in each plural form its language's
    /// rules give the counts Harbor shows (the Unicode CLDR categories):
    /// English has `one` ("{n} result") and `other` ("{n} results"),
    /// Arabic six, Chinese `other` alone. The build knows from a language's
    /// code which forms it needs, and refuses a sentence that lacks one.
    pub struct Counted {
        /// For a count in the category `zero` (Arabic: 0).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub zero: Option<Text>,
        /// For a count in the category `one` (English: 1).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub one: Option<Text>,
        /// For a count in the category `two` (Arabic: 2).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub two: Option<Text>,
        /// For a count in the category `few` (Polish: 2 to 4, 22 to 24, …).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub few: Option<Text>,
        /// For a count in the category `many` (Arabic: 11 to 99).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub many: Option<Text>,
        /// For every other count.
        pub other: Text,
    }
}

/// A plural category of the Unicode CLDR rules: which form of a [`Counted`]
/// a count takes in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum Plural {
    /// `zero`.
    Zero,
    /// `one`.
    One,
    /// `two`.
    Two,
    /// `few`.
    Few,
    /// `many`.
    Many,
    /// `other`.
    Other,
}
super::codec::codec_kind!(Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other
});

/// How many counts, from 0, a content file gives the plural category of
/// (`Content::plurals`): every count Harbor shows is below it (search shows
/// at most 30 results, the signs are 21, the Shift count-down 2 and 1).
pub const PLURAL_COUNTS: usize = 100;

impl Counted {
    /// The form for a count in `category`: its own, or `other` (the build
    /// has checked that every form the language's rules need is there).
    pub fn form(&self, category: Plural) -> &str {
        let own = match category {
            Plural::Zero => &self.zero,
            Plural::One => &self.one,
            Plural::Two => &self.two,
            Plural::Few => &self.few,
            Plural::Many => &self.many,
            Plural::Other => &None,
        };
        own.as_deref().unwrap_or(&self.other)
    }
}

content_type! {
    /// How search folds the characters of one language's content, other
    /// than ASCII (which the app folds itself: letters to lowercase, `?`
    /// and `!` to spaces): the character at each place in `from` (in
    /// order, each once) becomes the text at the same place in `to`,
    /// empty for a character search drops. A character not listed stays as
    /// it is. The build works it out from Unicode's data for the characters
    /// of the content and those a reader may type for them (`folding.rs`).
    pub struct Folding {
        /// The characters that fold, in order.
        pub from: Text,
        /// What each folds to.
        pub to: List<Text>,
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

content_type! {
    /// A view of shared information (`content/topics.toml`).
    pub struct Topic {
        /// Unique id; also the view's address, so it must be a neutral word.
        pub id: Text,
        /// The view's heading.
        pub title: Text,
        /// One sentence for menus and search.
        pub summary: Text,
        /// The parts of the view, in order.
        #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "section"))]
        pub sections: List<Section>,
    }
}

content_type! {
    /// A headed part of a topic.
    pub struct Section {
        /// Unique within its topic; the fragment that search results link to.
        pub id: Text,
        /// The section's heading.
        pub heading: Text,
        /// Paragraphs before the list.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub paragraphs: List<Text>,
        /// How the items show.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub style: ListStyle,
        /// The list's items.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default, rename = "item"))]
        pub items: List<Item>,
        /// Lines shown after the text, by service id (such as the state
        /// lines that take reports, on the professionals' view).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub lines: List<Text>,
        /// Where the facts come from.
        pub source: Text,
        /// When they were last checked, as `YYYY-MM-DD`.
        pub last_verified: Text,
    }
}

/// How a section's items show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum ListStyle {
    /// A plain list.
    #[default]
    Bullets,
    /// A numbered list.
    Numbered,
    /// Items a person may tick; ticks live in memory only.
    Checklist,
    /// A short item with a fuller explanation.
    Pairs,
}
super::codec::codec_kind!(ListStyle {
    Bullets,
    Numbered,
    Checklist,
    Pairs
});

content_type! {
    /// One list item.
    pub struct Item {
        /// The item.
        pub text: Text,
        /// An explanation under it (for `pairs`).
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub detail: Option<Text>,
    }
}

content_type! {
    /// One region's data file (`content/regions/*.toml`).
    pub struct Region {
        /// Unique id; also the region's address, so a neutral word.
        pub id: Text,
        /// The name a person picks.
        pub name: Text,
        /// Whether its lines show in every region.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub national: bool,
        /// The organizations behind its services.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default, rename = "organization"))]
        pub organizations: List<Organization>,
        /// Its services, in the order they show.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default, rename = "service"))]
        pub services: List<Service>,
    }
}

content_type! {
    /// An organization that runs services (HSDS `organization`).
    pub struct Organization {
        /// Unique id across all content.
        pub id: Text,
        /// Its name.
        pub name: Text,
        /// What it is, in a sentence.
        pub description: Text,
        /// Where its details come from.
        pub source: Text,
        /// When they were last checked, as `YYYY-MM-DD`.
        pub last_verified: Text,
    }
}

content_type! {
    /// A service a person can reach (HSDS `service`).
    pub struct Service {
        /// Unique id across all content.
        pub id: Text,
        /// The organization that runs it.
        pub organization: Text,
        /// Its name.
        pub name: Text,
        /// What it offers, in plain words.
        pub description: Text,
        /// An email address, if it takes email.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub email: Option<Text>,
        /// Where it serves (HSDS `service_area`).
        pub service_area: Text,
        /// Languages it serves in, as language codes (HSDS `language`).
        pub languages: List<Text>,
        /// Another service to contact instead, when this one has no number.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub refer_to: Option<Text>,
        /// Whether it takes reports (of abuse, neglect or exploitation)
        /// rather than giving help: it shows under "To report abuse or neglect" on its
        /// region's view and in the topic sections that list it, never in
        /// the call bar.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub takes_reports: bool,
        /// Its phone numbers and text lines.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default, rename = "phone"))]
        pub phones: List<Phone>,
        /// When it is open; empty when the sources give no hours.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default, rename = "schedule"))]
        pub schedules: List<Schedule>,
        /// Where its details come from.
        pub source: Text,
        /// When they were last checked, as `YYYY-MM-DD`.
        pub last_verified: Text,
    }
}

content_type! {
    /// A number to call or text (HSDS `phone`).
    pub struct Phone {
        /// E.164 (`+1` and ten digits), 911, 988, 711, or a text short code.
        pub number: Text,
        /// How people know the number, such as `800-570-PATH`; dialled by `number`.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub display: Option<Text>,
        /// Voice, text or textphone.
        #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "type"))]
        pub kind: PhoneKind,
        /// A word to send, for text lines.
        #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
        pub keyword: Option<Text>,
        /// What happens on this number.
        pub description: Text,
        /// Languages spoken or written on it.
        pub languages: List<Text>,
    }
}

/// What a number takes (HSDS `phone.type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum PhoneKind {
    /// Calls.
    Voice,
    /// Text messages.
    Text,
    /// TTY calls.
    Textphone,
}
super::codec::codec_kind!(PhoneKind {
    Voice,
    Text,
    Textphone
});

content_type! {
    /// Opening hours on some days (HSDS `schedule`), in a named time zone.
    pub struct Schedule {
        /// Days, as iCalendar codes: `MO` to `SU`.
        pub byday: List<Text>,
        /// Opening time, `HH:MM`.
        pub opens_at: Text,
        /// Closing time, `HH:MM`; `23:59` means until midnight.
        pub closes_at: Text,
        /// An IANA time zone, such as `America/New_York`.
        pub timezone: Text,
    }
}

content_type! {
    /// A language Harbor speaks (`[[language]]` in `content/languages.toml`,
    /// the first being the one the files at the top of `content/` are in).
    pub struct Language {
        /// Its code, such as `es`: its folder under `content/` and the start
        /// of its addresses (`/es/`); the first language's addresses have none.
        pub code: Text,
        /// Its name, in itself: "Español".
        pub name: Text,
        /// Its direction: `ltr` or `rtl`.
        pub dir: Text,
        /// The line on the home view, in itself, for a browser whose first
        /// language it is: "Ver en español".
        pub offer: Text,
    }
}

content_type! {
    /// How to call the hotline with an interpreter, in one language it
    /// answers by interpreter (`content/interpreter/<code>.toml`, with the
    /// facts of `content/interpreter/template.toml`). Its texts are written
    /// in that language; `{say}` is filled with `say`, and `{exit}` with the
    /// exit's label as the page shows it.
    pub struct Interpreted {
        /// Its language tag, such as `pl` or `zh-Hant`: the block's `lang`
        /// and its place in the view (`/languages#pl`).
        pub code: Text,
        /// The language's name in English, as the person says it on the
        /// phone: "Polish".
        pub say: Text,
        /// `ltr`, or `rtl` for a language written right to left.
        pub dir: Text,
        /// The browser languages the home view offers this block to, such
        /// as `zh-hk`: a browser language matches a tag, or starts with it
        /// and a `-`; the longest match wins.
        pub browser: List<Text>,
        /// The language's own name, in its script: "Polski".
        pub name: Text,
        /// Other names a person may type to find the block, that folding
        /// cannot reach: other words for the language, spellings in Latin
        /// letters ("3arabi"), the other Chinese script.
        pub search: Text,
        /// The block's heading.
        pub heading: Text,
        /// What the help is: free and confidential, day and night.
        pub about: Text,
        /// How to call, and say the language's name in English.
        pub call: Text,
        /// That texts and chat are in English and Spanish only.
        pub texts: Text,
        /// In danger now: 911, and the language's name in English.
        pub danger: Text,
        /// The exit, by its label as shown.
        pub exit: Text,
        /// The home view's line, for a browser set to this language.
        pub offer: Text,
        /// What comes before the line in English, in the block's language:
        /// "Show this sentence to someone who speaks English:".
        pub show_intro: Text,
        /// The line in English the person can show: "I speak Polish. …".
        pub show: Text,
    }
}

content_type! {
    /// Everything under `content/` in one language, read and checked: what
    /// one content file holds.
    pub struct Content {
        /// The language of its words.
        pub language: Language,
        /// The start of its addresses: empty for the first language, `/es` for Spanish.
        pub base: Text,
        /// Every language Harbor speaks, this one included, in the list's order.
        pub languages: List<Language>,
        /// Shared settings.
        pub site: Site,
        /// Shared topics, in order.
        pub topics: List<Topic>,
        /// Regions, national first, then by name.
        pub regions: List<Region>,
        /// How to call with an interpreter, in each language the view of
        /// help in other languages offers (the same in every language).
        pub interpreted: List<Interpreted>,
        /// How search folds the characters of this content, other than
        /// ASCII (`folding.rs` on the host works it out).
        pub folding: Folding,
        /// The plural category of each count from 0 to `PLURAL_COUNTS - 1`
        /// in this language, from the Unicode CLDR rules (the build works
        /// them out from the language's code; the app only looks them up).
        pub plurals: List<Plural>,
    }
}

/// `template` with each `{name}` replaced by its value, such as
/// `fill("Call {number}", &[("number", "911")])`. A placeholder with no value
/// stays as written (the build checks that every template has its own).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value = after
            .find('}')
            .and_then(|end| Some((values.iter().find(|(k, _)| *k == &after[..end])?.1, end)));
        match value {
            Some((value, end)) => {
                out.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Content {
    /// `counted` for the count `n`, in the form its plural category takes
    /// in this language, with `{n}` and each of `values` filled in. A
    /// count past the table (none Harbor shows) takes `other`.
    pub fn count(&self, counted: &Counted, n: usize, values: &[(&str, &str)]) -> String {
        let category = self.plurals.get(n).copied().unwrap_or(Plural::Other);
        let n = n.to_string();
        let mut all = vec![("n", n.as_str())];
        all.extend_from_slice(values);
        fill(counted.form(category), &all)
    }

    /// The address of `path` (such as `/signs`) in this language: `/es/signs`.
    pub fn address(&self, path: &str) -> String {
        if path.starts_with('/') {
            format!("{}{path}", self.base)
        } else {
            path.to_string()
        }
    }

    /// The language's code, such as `es`.
    pub fn lang(&self) -> &str {
        &self.language.code
    }

    /// The start of `language`'s addresses: empty for the first language,
    /// `/<code>` for any other.
    pub fn base_of(&self, language: &Language) -> String {
        let first = self.languages.first().map(|l| l.code.as_ref());
        if first == Some(language.code.as_ref()) {
            String::new()
        } else {
            format!("/{}", language.code)
        }
    }

    /// The other languages, in the list's order.
    pub fn others(&self) -> impl Iterator<Item = &Language> {
        self.languages
            .iter()
            .filter(move |l| l.code != self.language.code)
    }

    /// `language`'s home view: `/es/` for Spanish, `/` for the first language.
    pub fn home_of(&self, language: &Language) -> String {
        format!("{}/", self.base_of(language))
    }

    /// The same view in `language`: `/signs` in English is `/es/signs` in Spanish.
    pub fn counterpart(&self, address: &str, language: &Language) -> String {
        let path = self.path_of(address).unwrap_or("/");
        format!("{}{path}", self.base_of(language))
    }

    /// The path within this language of an address, such as `/signs` for
    /// `/es/signs`; `None` if the address is not in this language.
    pub fn path_of<'a>(&self, address: &'a str) -> Option<&'a str> {
        let rest = address.strip_prefix(self.base.as_ref())?;
        if rest.is_empty() {
            Some("/")
        } else if rest.starts_with(['/', '?', '#']) {
            Some(rest)
        } else {
            None
        }
    }
}

/// Minutes since midnight for an `HH:MM` time from 00:00 to 23:59.
pub fn minutes(time: &str) -> Option<u16> {
    let (h, m) = time.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// The day codes of `byday`, Monday first.
pub const DAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// 0 for Monday to 6 for Sunday, from an iCalendar day code.
pub fn weekday_index(code: &str) -> Option<u8> {
    DAY_CODES.iter().position(|d| *d == code).map(|i| i as u8)
}

impl Phone {
    /// Whether it is a relay service, which connects a TTY caller to any
    /// line: a TTY number with no area code (711), rather than a line's own
    /// TTY number (`+1…`).
    pub fn is_relay(&self) -> bool {
        self.kind == PhoneKind::Textphone && !self.number.starts_with('+')
    }
}

impl Region {
    /// Its lines for help, in order: every service but those that take reports.
    pub fn help_lines(&self) -> impl Iterator<Item = &Service> {
        self.services.iter().filter(|s| !s.takes_reports)
    }

    /// Its lines that take reports (of abuse, neglect or exploitation), in order.
    pub fn report_lines(&self) -> impl Iterator<Item = &Service> {
        self.services.iter().filter(|s| s.takes_reports)
    }
}

impl Service {
    /// Its first number of this kind.
    pub fn phone(&self, kind: PhoneKind) -> Option<&Phone> {
        self.phones.iter().find(|p| p.kind == kind)
    }
}
