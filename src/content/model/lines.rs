//! The regions and their lines, after the Open Referral HSDS vocabulary
//! (`content/regions/*.toml`): organizations, services, phones, hours.

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

use super::{List, Text};

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
crate::content::codec::codec_kind!(PhoneKind {
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
