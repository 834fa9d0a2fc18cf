//! The clock: the wall-clock time in each time zone the lines use.

use std::time::Duration;

use leptos::prelude::set_interval;
use wasm_bindgen::prelude::*;

use crate::schedule::{LocalTime, Readings};

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat`, bound so that an unknown zone is an error, not a crash.
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type ZoneFormat;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
    fn new(locale: &str, options: &JsValue) -> Result<ZoneFormat, JsValue>;

    #[wasm_bindgen(method)]
    fn format(this: &ZoneFormat, date: &js_sys::Date) -> String;
}

/// The wall-clock time in `zone` at `epoch_ms`, with daylight saving applied
/// by the browser's own time zone data. `None` for an unknown zone.
pub fn local_time(zone: &str, epoch_ms: f64) -> Option<LocalTime> {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("timeZone", zone),
        ("weekday", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
    ] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    let format = ZoneFormat::new("en-US", &options).ok()?;
    // For example "Mon 14:05".
    let text = format.format(&js_sys::Date::new(&JsValue::from_f64(epoch_ms)));
    let (day, time) = text.split_once(' ')?;
    let weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        .iter()
        .position(|d| *d == day)? as u8;
    let minute = crate::content::minutes(time.trim())?;
    Some(LocalTime { weekday, minute })
}

/// Reads the clock now in each of `zones`.
pub fn read_clock(zones: &[String]) -> Readings {
    let now = js_sys::Date::now();
    Readings(
        zones
            .iter()
            .filter_map(|zone| Some((zone.clone(), local_time(zone, now)?)))
            .collect(),
    )
}

/// Calls `tick` every `ms` milliseconds for as long as the page is open.
pub fn every(ms: u64, tick: impl Fn() + 'static) {
    set_interval(tick, Duration::from_millis(ms));
}
