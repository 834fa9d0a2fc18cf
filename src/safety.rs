//! What keeps a person safe whatever the app does: the quick exit, and a
//! plain refusal of addresses the app never makes.
//!
//! The quick exit (the link, and Shift pressed three times) lives in
//! `src/exit.js`, a small script the build puts inline in every page. It works
//! from the first paint, without WebAssembly, and after any failure of the app,
//! which never handles the exit itself.

/// The exit script, for the build to put in each page (see `prerender`).
#[cfg(not(target_arch = "wasm32"))]
pub const EXIT_SCRIPT: &str = include_str!("exit.js");

/// The longest fragment (the part after `#`) the app accepts. Its own are
/// section ids of a few words.
pub const MAX_FRAGMENT: usize = 256;

/// The longest query string (the part after `?`) the app accepts. It makes none.
pub const MAX_QUERY: usize = 1024;

/// Whether an address's query string and fragment are ones the app could
/// have made: not too long, with well-formed `%` escapes of UTF-8 text.
/// Anything else shows the not-found view rather than a guess.
pub fn sound_address(query: &str, fragment: &str) -> bool {
    let query = query.strip_prefix('?').unwrap_or(query);
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    query.len() <= MAX_QUERY
        && fragment.len() <= MAX_FRAGMENT
        && well_escaped(query)
        && well_escaped(fragment)
}

/// Whether every `%` starts an escape of two hex digits, and the escapes
/// decode to UTF-8.
fn well_escaped(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let Some(hex) = text.get(i + 1..i + 3) else {
                return false;
            };
            let Ok(byte) = u8::from_str_radix(hex, 16) else {
                return false;
            };
            decoded.push(byte);
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    std::str::from_utf8(&decoded).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apps_own_addresses_are_sound() {
        assert!(sound_address("", ""));
        assert!(sound_address("", "#work"));
        assert!(sound_address("?", "#"));
        assert!(sound_address("?a=b&c=%C3%A9", "#caf%C3%A9"));
    }

    #[test]
    fn broken_escapes_are_not() {
        for query in ["?%", "?%E", "?%ZZ", "?a=%G1", "?%FF", "?%C3"] {
            assert!(!sound_address(query, ""), "{query}");
        }
        assert!(!sound_address("", "#%E0%A4%A"));
        // A multi-byte character after `%` is not a hex escape, and no panic.
        assert!(!sound_address("?%é", ""));
    }

    #[test]
    fn huge_ones_are_not() {
        assert!(sound_address("", &"a".repeat(MAX_FRAGMENT)));
        assert!(!sound_address("", &"a".repeat(MAX_FRAGMENT + 1)));
        assert!(!sound_address(&"q".repeat(MAX_QUERY + 1), ""));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_exit_script_can_go_inline() {
        // Inside <script>…</script>, this text would end the script early.
        assert!(!EXIT_SCRIPT.to_ascii_lowercase().contains("</script"));
    }
}
