//! Opening hours: whether a line is open now, and its hours in words.
//!
//! Pure code. The browser layer reads the clock in each line's time zone
//! (daylight saving included) and hands the readings in as [`Readings`].

use crate::content::{fill, minutes, weekday_index, Schedule, Words, DAY_CODES};

/// A wall-clock reading in one time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    /// 0 for Monday to 6 for Sunday.
    pub weekday: u8,
    /// Minutes since midnight.
    pub minute: u16,
}

/// The clock read in each time zone the content uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Readings(pub Vec<(String, LocalTime)>);

impl Readings {
    /// The reading for `zone`, if the clock was read there.
    pub fn at(&self, zone: &str) -> Option<LocalTime> {
        self.0.iter().find(|(z, _)| z == zone).map(|(_, t)| *t)
    }
}

/// Every time zone named by the schedules, once each.
pub fn zones<'a>(schedules: impl Iterator<Item = &'a Schedule>) -> Vec<String> {
    let mut zones: Vec<String> = Vec::new();
    for schedule in schedules {
        if !zones.iter().any(|z| *z == schedule.timezone) {
            zones.push(schedule.timezone.to_string());
        }
    }
    zones
}

/// `Some(true)` if one of the schedules is open at the reading for its zone,
/// `Some(false)` if none is, `None` if there are no hours or no reading.
pub fn is_open(schedules: &[Schedule], readings: &Readings) -> Option<bool> {
    if schedules.is_empty() {
        return None;
    }
    let mut open = false;
    for schedule in schedules {
        let now = readings.at(&schedule.timezone)?;
        open |= open_at(schedule, now);
    }
    Some(open)
}

/// Whether `schedule` is open at `now`. A closing time of 23:59 means midnight.
pub fn open_at(schedule: &Schedule, now: LocalTime) -> bool {
    let (Some(opens), Some(closes)) = (minutes(&schedule.opens_at), minutes(&schedule.closes_at))
    else {
        return false;
    };
    let closes = if closes == 23 * 60 + 59 {
        24 * 60
    } else {
        closes
    };
    let today = schedule
        .byday
        .iter()
        .any(|d| weekday_index(d) == Some(now.weekday));
    today && opens <= now.minute && now.minute < closes
}

/// The hours in words, in the page's language, such as "Open 24 hours,
/// every day" or "Every day, 2 pm to 10 pm Eastern time".
pub fn describe(words: &Words, schedules: &[Schedule]) -> Option<String> {
    if schedules.is_empty() {
        return None;
    }
    let parts: Vec<String> = schedules
        .iter()
        .map(|s| {
            let all_day = s.opens_at == "00:00" && s.closes_at == "23:59";
            match (all_day, s.byday.len() == 7) {
                (true, true) => words.open_always.to_string(),
                (true, false) => fill(&words.open_all_day, &[("days", &days(words, &s.byday))]),
                (false, _) => fill(
                    &words.hours,
                    &[
                        ("days", &days(words, &s.byday)),
                        ("opens", &clock(words, &s.opens_at)),
                        ("closes", &clock(words, &s.closes_at)),
                        ("zone", zone_name(words, &s.timezone)),
                    ],
                ),
            }
        })
        .collect();
    Some(parts.join(words.group_separator.as_ref()))
}

fn days(words: &Words, byday: &[crate::content::Text]) -> String {
    if byday.len() == 7 {
        return words.every_day.to_string();
    }
    DAY_CODES
        .iter()
        .zip(words.days.iter())
        .filter(|(code, _)| byday.iter().any(|d| d == *code))
        .map(|(_, name)| name.as_ref())
        .collect::<Vec<_>>()
        .join(words.list_separator.as_ref())
}

/// `14:00` as "2 pm", `09:30` as "9:30 am" (in Spanish "2 p. m."); in a
/// language whose words say `{time24}`, "14:00" and "09:30".
fn clock(words: &Words, time: &str) -> String {
    let Some(total) = minutes(time) else {
        return time.to_string();
    };
    let (h, m) = (total / 60, total % 60);
    let half = if h < 12 { &words.am } else { &words.pm };
    let h12 = match h % 12 {
        0 => 12,
        h => h,
    };
    let time = if m == 0 {
        h12.to_string()
    } else {
        format!("{h12}:{m:02}")
    };
    // A language whose US services write a 24-hour clock says {time24}.
    let time24 = format!("{h:02}:{m:02}");
    fill(half, &[("time", &time), ("time24", &time24)])
}

/// A time zone as people say it in the United States, in the page's
/// language; its IANA name if the words have none (the build checks they do).
pub fn zone_name<'a>(words: &'a Words, zone: &'a str) -> &'a str {
    words
        .zones
        .iter()
        .find(|z| z.id == zone)
        .map_or(zone, |z| z.name.as_ref())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn schedule(
        days: &'static [Cow<'static, str>],
        opens: &'static str,
        closes: &'static str,
    ) -> Schedule {
        Schedule {
            byday: Cow::Borrowed(days),
            opens_at: opens.into(),
            closes_at: closes.into(),
            timezone: "America/New_York".into(),
        }
    }

    const EVERY_DAY: &[Cow<'static, str>] = &[
        Cow::Borrowed("MO"),
        Cow::Borrowed("TU"),
        Cow::Borrowed("WE"),
        Cow::Borrowed("TH"),
        Cow::Borrowed("FR"),
        Cow::Borrowed("SA"),
        Cow::Borrowed("SU"),
    ];

    fn at(weekday: u8, h: u16, m: u16) -> Readings {
        Readings(vec![(
            "America/New_York".into(),
            LocalTime {
                weekday,
                minute: h * 60 + m,
            },
        )])
    }

    #[test]
    fn a_24_7_line_is_open_at_every_minute_of_the_week() {
        let s = [schedule(EVERY_DAY, "00:00", "23:59")];
        for weekday in 0..7 {
            for minute in [0, 1, 719, 1438, 1439] {
                let now = Readings(vec![(
                    "America/New_York".into(),
                    LocalTime { weekday, minute },
                )]);
                assert_eq!(
                    is_open(&s, &now),
                    Some(true),
                    "day {weekday} minute {minute}"
                );
            }
        }
        assert_eq!(
            describe(&crate::content::language("en").unwrap().site.words, &s).unwrap(),
            "Open 24 hours, every day"
        );
    }

    #[test]
    fn the_teen_text_line_is_open_from_2_pm_to_10_pm() {
        let s = [schedule(EVERY_DAY, "14:00", "22:00")];
        assert_eq!(is_open(&s, &at(2, 13, 59)), Some(false));
        assert_eq!(is_open(&s, &at(2, 14, 0)), Some(true));
        assert_eq!(is_open(&s, &at(6, 21, 59)), Some(true));
        assert_eq!(is_open(&s, &at(6, 22, 0)), Some(false));
        assert_eq!(
            describe(&crate::content::language("en").unwrap().site.words, &s).unwrap(),
            "Every day, 2 pm to 10 pm Eastern time"
        );
    }

    #[test]
    fn some_days_only() {
        const WEEKDAYS: &[Cow<'static, str>] = &[Cow::Borrowed("MO"), Cow::Borrowed("FR")];
        let s = [schedule(WEEKDAYS, "09:30", "17:00")];
        assert_eq!(is_open(&s, &at(0, 10, 0)), Some(true));
        assert_eq!(is_open(&s, &at(1, 10, 0)), Some(false));
        assert_eq!(
            describe(&crate::content::language("en").unwrap().site.words, &s).unwrap(),
            "Mon, Fri, 9:30 am to 5 pm Eastern time"
        );
    }

    #[test]
    fn no_hours_or_no_clock_reading_means_unknown() {
        assert_eq!(is_open(&[], &at(0, 10, 0)), None);
        let s = [schedule(EVERY_DAY, "14:00", "22:00")];
        assert_eq!(is_open(&s, &Readings::default()), None);
        assert_eq!(
            describe(&crate::content::language("en").unwrap().site.words, &[]),
            None
        );
    }

    #[test]
    fn hours_read_naturally_in_spanish() {
        let words = &crate::content::language("es").unwrap().site.words;
        let always = [schedule(EVERY_DAY, "00:00", "23:59")];
        assert_eq!(
            describe(words, &always).unwrap(),
            "Abierto las 24 horas, todos los días"
        );
        let teen = [schedule(EVERY_DAY, "14:00", "22:00")];
        assert_eq!(
            describe(words, &teen).unwrap(),
            "De 2\u{a0}p.\u{a0}m. a 10\u{a0}p.\u{a0}m. (hora del Este), todos los días"
        );
        const WEEKDAYS: &[Cow<'static, str>] = &[Cow::Borrowed("MO"), Cow::Borrowed("SA")];
        let some = [schedule(WEEKDAYS, "09:30", "17:00")];
        assert_eq!(
            describe(words, &some).unwrap(),
            "De 9:30\u{a0}a.\u{a0}m. a 5\u{a0}p.\u{a0}m. (hora del Este), lun., sáb."
        );
    }
}
