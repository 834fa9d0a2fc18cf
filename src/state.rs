//! The app's state, as signals in context. The URL holds which view is shown;
//! everything else a view needs lives here, in memory only.

use leptos::prelude::*;

use crate::content::Content;
use crate::schedule::Readings;

/// The region a person picked: its lines show on the contacts and local views.
#[derive(Debug, Clone, Copy)]
pub struct Place(pub RwSignal<String>);

/// Addresses of the views a person came through, for the in-app Back control.
/// The browser's history never holds them.
#[derive(Debug, Clone, Copy)]
pub struct Trail(pub RwSignal<Vec<String>>);

/// The clock, read in each time zone the content uses.
#[derive(Debug, Clone, Copy)]
pub struct Clock(pub RwSignal<Readings>);

/// The app's connection and offline copy, shown as quiet notices.
#[derive(Debug, Clone, Copy)]
pub struct Status {
    /// Whether the app runs in the browser. False in the HTML the build
    /// renders, where controls that need the app are shown disabled.
    pub running: RwSignal<bool>,
    /// Whether the device is online.
    pub online: RwSignal<bool>,
    /// Whether the browser offers to add the app to the home screen.
    pub can_install: RwSignal<bool>,
    /// What this device holds of the offline copy, once asked.
    pub copy: RwSignal<Option<OfflineCopy>>,
}

/// What this device holds of the offline copy, as the page's offline script
/// (`src/offline.js`) learns it from the service worker and the browser, and
/// marks it on `<html data-copy>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineCopy {
    /// This browser cannot keep one here (no service workers).
    Unsupported,
    /// Not every file is saved yet: one visit with signal saves them.
    NotSaved,
    /// Every file of this version is saved. `kept`: the browser also keeps
    /// it when space runs short.
    Saved {
        /// Whether the browser has promised to keep it.
        kept: bool,
    },
    /// The person cleared the app's data: nothing is saved while they stay
    /// in this tab.
    Cleared,
}

impl OfflineCopy {
    /// The state the offline script marks (one of [`crate::names::copy`]);
    /// `None` for anything else.
    pub fn from_mark(mark: &str) -> Option<OfflineCopy> {
        use crate::names::copy;
        Some(match mark {
            copy::UNSUPPORTED => OfflineCopy::Unsupported,
            copy::NOT_SAVED => OfflineCopy::NotSaved,
            copy::SAVED => OfflineCopy::Saved { kept: false },
            copy::KEPT => OfflineCopy::Saved { kept: true },
            copy::CLEARED => OfflineCopy::Cleared,
            _ => return None,
        })
    }
}

/// The region to start with: the stored one if it is still a region, else the default.
pub fn starting_region(content: &Content, stored: Option<String>) -> String {
    stored
        .filter(|id| content.region(id).is_some())
        .unwrap_or_else(|| content.site.default_region.to_string())
}

/// Puts the state in context for every view below.
pub fn provide(region: String) {
    provide_context(Place(RwSignal::new(region)));
    provide_context(Trail(RwSignal::new(Vec::new())));
    provide_context(Clock(RwSignal::new(Readings::default())));
    provide_context(Status {
        running: RwSignal::new(false),
        online: RwSignal::new(true),
        can_install: RwSignal::new(false),
        copy: RwSignal::new(None),
    });
}

/// The chosen region's signal.
pub fn place() -> Place {
    expect_context()
}

/// The trail of views.
pub fn trail() -> Trail {
    expect_context()
}

/// The clock readings.
pub fn clock() -> Clock {
    expect_context()
}

/// The connection and update status.
pub fn status() -> Status {
    expect_context()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_offline_scripts_marks_name_a_state_and_nothing_else_does() {
        assert_eq!(
            OfflineCopy::from_mark("kept"),
            Some(OfflineCopy::Saved { kept: true })
        );
        assert_eq!(
            OfflineCopy::from_mark("saved"),
            Some(OfflineCopy::Saved { kept: false })
        );
        assert_eq!(
            OfflineCopy::from_mark("not-saved"),
            Some(OfflineCopy::NotSaved)
        );
        assert_eq!(
            OfflineCopy::from_mark("unsupported"),
            Some(OfflineCopy::Unsupported)
        );
        assert_eq!(
            OfflineCopy::from_mark("cleared"),
            Some(OfflineCopy::Cleared)
        );
        assert_eq!(OfflineCopy::from_mark("Saved"), None);
        assert_eq!(OfflineCopy::from_mark(""), None);
    }

    #[test]
    fn a_stored_region_is_used_only_if_it_still_exists() {
        assert_eq!(
            starting_region(
                crate::content::language("en").unwrap(),
                Some("maine".into())
            ),
            "maine"
        );
        assert_eq!(
            starting_region(
                crate::content::language("en").unwrap(),
                Some("atlantis".into())
            ),
            "us"
        );
        assert_eq!(
            starting_region(
                crate::content::language("en").unwrap(),
                Some("<script>".into())
            ),
            "us"
        );
        assert_eq!(
            starting_region(crate::content::language("en").unwrap(), None),
            "us"
        );
    }
}
