//! Storage: the one value Harbor keeps, the chosen area.

use super::window;

/// The storage key for the chosen region. It names neither the topic nor
/// the project.
pub const REGION_KEY: &str = "area";

/// The key earlier versions used, which named the project: moved to
/// [`REGION_KEY`] when read.
const OLD_REGION_KEY: &str = "harbor.area";

/// Local storage, if it can be used at all: reading it throws in some private modes.
fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// The region a person picked before, if storage holds one (under the key
/// of an earlier version too, which is then moved to today's).
pub fn stored_region() -> Option<String> {
    let storage = local_storage()?;
    if let Ok(Some(old)) = storage.get_item(OLD_REGION_KEY) {
        let kept = storage.get_item(REGION_KEY).ok().flatten().is_some()
            || storage.set_item(REGION_KEY, &old).is_ok();
        // Only once the area is safe under today's key.
        if kept {
            let _ = storage.remove_item(OLD_REGION_KEY);
        }
    }
    storage.get_item(REGION_KEY).ok().flatten()
}

/// Keeps the picked region for the next visit, if storage allows, and
/// unless the person cleared the app's data in this tab: then nothing is
/// stored again.
pub fn store_region(id: &str) {
    if cleared_in_this_tab() {
        return;
    }
    if let Some(storage) = local_storage() {
        // Full storage throws; the region then lasts for this visit only.
        let _ = storage.set_item(REGION_KEY, id);
    }
}

/// Whether the person cleared the app's data in this tab: the page's offline
/// script names the tab so ([`crate::names::CLEARED_TAB`]) at the click, and
/// the name lasts through every later page of the tab. Its mark on `<html>`
/// comes only once that script has run on the page, which may be after the
/// app has started.
fn cleared_in_this_tab() -> bool {
    window().and_then(|w| w.name().ok()).as_deref() == Some(crate::names::CLEARED_TAB)
}
