//! The names Harbor's four programs share, written once: the app (Rust),
//! the service worker (`public/sw.js`) and the page's own scripts
//! (`src/safety.js`, `src/offline.js`). The build writes them into the
//! scripts in place of their `const NAMES = {};` line ([`for_scripts`]), so
//! a name changed here changes everywhere, and a script can never use a name
//! that is not here (its key would be undefined, and the build checks it).

/// `<html data-app>` once the app has taken the view over.
pub const APP_RUNNING: &str = "running";

/// The id of the page's `<link rel="preload">` of its language's content
/// file: the build writes it in each page's head, and the app reads the
/// file's address from it when it starts. (The view's `<main>` is
/// `#content`, which "Skip to content" points to.)
pub const CONTENT_FILE_ID: &str = "content-file";

/// The states of `<html data-stand-in>`, which the safety script sets while
/// it puts the not-found page of the address's language in place of the page
/// a host answered with (see `site_files::pages::Place`); the app is not started.
pub mod stand_in {
    /// The page is being fetched; the view is hidden, the call bar is not.
    pub const WAITING: &str = "waiting";
    /// The page is in place.
    pub const DONE: &str = "done";
    /// The event the safety script sends on `window` when it cannot put the
    /// page in place and shows the page as it came: the app may then start.
    pub const GAVE_UP: &str = "stand-in-gave-up";
}

/// The states of the offline copy that `offline.js` marks on
/// `<html data-copy>` and the app reads (see [`crate::state::OfflineCopy`]).
pub mod copy {
    /// This browser cannot keep a copy here.
    pub const UNSUPPORTED: &str = "unsupported";
    /// Not every file of the copy is saved yet.
    pub const NOT_SAVED: &str = "not-saved";
    /// Every file is saved.
    pub const SAVED: &str = "saved";
    /// Every file is saved, and the browser keeps it when space runs short.
    pub const KEPT: &str = "kept";
    /// The person cleared the app's data in this tab; nothing is saved again.
    pub const CLEARED: &str = "cleared";
}

/// The event `offline.js` sends once it knows the copy's state.
pub const COPY_KNOWN: &str = "copy-known";
/// The page's question to the worker: is the copy complete?
pub const COPY_QUESTION: &str = "copy?";
/// The page's request to a waiting worker: take over now.
pub const SKIP_WAITING: &str = "skip-waiting";
/// The tab's window name after "Clear this app's data".
pub const CLEARED_TAB: &str = "cleared";
/// The session-storage key of the note that this tab left by the quick exit.
pub const AWAY_NOTE: &str = "away";
/// Each language's not-found page, under the language's addresses.
pub const NOT_FOUND_PAGE: &str = "404.html";
/// Each language's page that says, offline, that a language is not saved
/// on this phone yet, under the language's addresses.
pub const NOT_SAVED_PAGE: &str = "not-saved.html";

/// The names as one JavaScript object, for the scripts' `const NAMES = {};`
/// line (host only).
#[cfg(not(target_arch = "wasm32"))]
pub fn for_scripts() -> String {
    serde_json::json!({
        "appRunning": APP_RUNNING,
        "standIn": {
            "waiting": stand_in::WAITING,
            "done": stand_in::DONE,
            "gaveUp": stand_in::GAVE_UP,
        },
        "copy": {
            "unsupported": copy::UNSUPPORTED,
            "notSaved": copy::NOT_SAVED,
            "saved": copy::SAVED,
            "kept": copy::KEPT,
            "cleared": copy::CLEARED,
        },
        "copyKnown": COPY_KNOWN,
        "copyQuestion": COPY_QUESTION,
        "skipWaiting": SKIP_WAITING,
        "clearedTab": CLEARED_TAB,
        "awayNote": AWAY_NOTE,
        "notFoundPage": NOT_FOUND_PAGE,
        "notSavedPage": NOT_SAVED_PAGE,
    })
    .to_string()
}

/// The line each script that uses the names has, once, for the build to fill.
pub const PLACEHOLDER: &str = "const NAMES = {};";

/// `script` with its [`PLACEHOLDER`] line filled with the names, and every
/// `NAMES.x` (or `NAMES.x.y`) it uses checked against them (host only).
#[cfg(not(target_arch = "wasm32"))]
pub fn fill(file: &str, script: &str) -> Result<String, String> {
    if script.matches(PLACEHOLDER).count() != 1 {
        return Err(format!("{file} must contain `{PLACEHOLDER}` exactly once"));
    }
    let names: serde_json::Value =
        serde_json::from_str(&for_scripts()).map_err(|e| e.to_string())?;
    let mut rest = script;
    while let Some(at) = rest.find("NAMES.") {
        let used: String = rest[at + 6..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
            .collect();
        let found = used
            .trim_end_matches('.')
            .split('.')
            .try_fold(&names, |value, key| value.get(key));
        if !found.is_some_and(|v| v.is_string()) {
            return Err(format!(
                "{file} uses NAMES.{used}, which src/names.rs does not name"
            ));
        }
        rest = &rest[at + 6..];
    }
    Ok(script.replace(PLACEHOLDER, &format!("const NAMES = {};", for_scripts())))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_script_gets_the_names_and_may_use_only_those() {
        let script = "const NAMES = {};\nif (x === NAMES.copy.saved) post(NAMES.copyQuestion);";
        let filled = fill("t.js", script).unwrap();
        assert!(filled.contains("\"copyQuestion\":\"copy?\""), "{filled}");
        assert!(!filled.contains(PLACEHOLDER));
        assert!(fill("t.js", "const NAMES = {};\nNAMES.copy.unknown").is_err());
        assert!(
            fill("t.js", "const NAMES = {};\nNAMES.copy").is_err(),
            "a group, not a name"
        );
        assert!(fill("t.js", "no placeholder").is_err());
    }
}
