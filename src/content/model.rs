//! The shape of Harbor's content, after the Open Referral HSDS vocabulary.
//!
//! The same types serve twice: `build.rs` reads `content/` into them and checks
//! them, then bakes them into Rust statics that the app reads with no parsing.
//! On the host each type is also read from TOML (unknown fields refused) and
//! baked by databake: `content_type!` says so once for every type read from
//! a file, and the browser build, which only reads the baked statics, has
//! neither.

use std::borrow::Cow;

/// Declares a content type. On the host it is also read from TOML (unknown
/// fields refused) and baked into Rust by databake; the browser build, which
/// only reads the baked statics, has neither.
macro_rules! content_type {
    ($(#[$meta:meta])* pub struct $name:ident { $($fields:tt)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        #[cfg_attr(
            not(target_arch = "wasm32"),
            derive(serde::Deserialize, databake::Bake),
            serde(deny_unknown_fields),
            databake(path = harbor::content)
        )]
        pub struct $name { $($fields)* }
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
        /// The other looks the person can give the app before adding it.
        #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "cover"))]
        pub covers: List<Cover>,
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
        /// Said after the second Shift press: one more leaves.
        pub count_one: Text,
        /// Said after the first Shift press; `{n}` is how many more leave.
        pub count_other: Text,
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
        /// Not every file is saved yet.
        pub not_saved: Text,
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
    derive(serde::Deserialize, databake::Bake),
    serde(rename_all = "lowercase"),
    databake(path = harbor::content)
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
    derive(serde::Deserialize, databake::Bake),
    serde(rename_all = "lowercase"),
    databake(path = harbor::content)
)]
pub enum PhoneKind {
    /// Calls.
    Voice,
    /// Text messages.
    Text,
    /// TTY calls.
    Textphone,
}

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

/// Everything under `content/`, read and checked.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(databake::Bake),
    databake(path = harbor::content)
)]
pub struct Content {
    /// Shared settings.
    pub site: Site,
    /// Shared topics, in order.
    pub topics: List<Topic>,
    /// Regions, national first, then by name.
    pub regions: List<Region>,
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

impl Service {
    /// Its first number of this kind.
    pub fn phone(&self, kind: PhoneKind) -> Option<&Phone> {
        self.phones.iter().find(|p| p.kind == kind)
    }
}
