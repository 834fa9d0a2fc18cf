//! The app's addresses: which view each address shows (an address the app
//! never makes shows the not-found view), and the list of every address,
//! which the build renders to a page each. Pure, so both the browser and the
//! build use the same table.

use crate::content::Content;

/// A view of the app, as its address names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`: the start.
    Home,
    /// `/contacts`: every national line.
    Contacts,
    /// `/local` (the chosen region) or `/local/<region>`.
    Local(Option<String>),
    /// `/find`: search.
    Find,
    /// `/install`: adding Harbor to the home screen.
    Install,
    /// `/privacy`: the safety page.
    Privacy,
    /// `/languages`: how to call with an interpreter, in other languages.
    Languages,
    /// `/<topic>`: any other single word names a topic.
    Topic(String),
    /// Anything else.
    NotFound,
}

impl Route {
    /// The route for a whole address of `content`'s language, such as
    /// `/es/signs#work` in Spanish. An address of another language, or one
    /// that names a topic or region the content does not have (`/es/nada`,
    /// `/local/atlantis`), is not found: no other view, and no link to its
    /// twin in another language, can be made of it.
    pub fn in_language(content: &Content, address: &str) -> Route {
        let route = content
            .path_of(address)
            .map_or(Route::NotFound, Route::for_address);
        match &route {
            Route::Topic(id) if content.topic(id).is_none() => Route::NotFound,
            Route::Local(Some(id)) if content.region(id).is_none() => Route::NotFound,
            _ => route,
        }
    }

    /// The route for a whole address, such as `/signs?a=b#work`. A query
    /// string or fragment the app could not have made (see [`sound_address`])
    /// shows the not-found view rather than a guess.
    pub fn for_address(address: &str) -> Route {
        let (path, query, fragment) = split(address);
        if sound_address(query, fragment) {
            Route::parse(path)
        } else {
            Route::NotFound
        }
    }

    /// The route for a path (the part of an address before `?` and `#`).
    /// A trailing `/` makes no difference.
    pub fn parse(path: &str) -> Route {
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["contacts"] => Route::Contacts,
            ["local"] => Route::Local(None),
            ["local", region] => Route::Local(Some(region.to_string())),
            ["find"] => Route::Find,
            ["install"] => Route::Install,
            ["privacy"] => Route::Privacy,
            ["languages"] => Route::Languages,
            [topic] => Route::Topic(topic.to_string()),
            _ => Route::NotFound,
        }
    }

    /// The route's address; `None` for [`Route::NotFound`], which has none.
    pub fn address(&self) -> Option<String> {
        Some(match self {
            Route::Home => "/".to_string(),
            Route::Contacts => "/contacts".to_string(),
            Route::Local(None) => "/local".to_string(),
            Route::Local(Some(region)) => format!("/local/{region}"),
            Route::Find => "/find".to_string(),
            Route::Install => "/install".to_string(),
            Route::Privacy => "/privacy".to_string(),
            Route::Languages => "/languages".to_string(),
            Route::Topic(id) => format!("/{id}"),
            Route::NotFound => return None,
        })
    }
}

/// Every address of the app in `content`'s language, once each: the fixed
/// views, then each region and each topic in the content (in Spanish, each
/// under `/es`).
pub fn addresses(content: &Content) -> Vec<String> {
    let fixed = [
        Route::Home,
        Route::Contacts,
        Route::Local(None),
        Route::Find,
        Route::Install,
        Route::Privacy,
        Route::Languages,
    ];
    let regions = content
        .regions
        .iter()
        .map(|r| Route::Local(Some(r.id.to_string())));
    let topics = content
        .topics
        .iter()
        .map(|t| Route::Topic(t.id.to_string()));
    let mut all: Vec<String> = Vec::new();
    for address in fixed
        .into_iter()
        .chain(regions)
        .chain(topics)
        .filter_map(|r| r.address())
        .map(|a| content.address(&a))
    {
        // The install and privacy topics have views of their own.
        if !all.contains(&address) {
            all.push(address);
        }
    }
    all
}

/// An address split into its path, query string and fragment, each without
/// its `?` or `#`.
pub fn split(address: &str) -> (&str, &str, &str) {
    let (rest, fragment) = address.split_once('#').unwrap_or((address, ""));
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    (path, query, fragment)
}

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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn each_path_names_its_view() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/contacts"), Route::Contacts);
        assert_eq!(Route::parse("/local/"), Route::Local(None));
        assert_eq!(
            Route::parse("/local/maine"),
            Route::Local(Some("maine".into()))
        );
        assert_eq!(Route::parse("/signs/"), Route::Topic("signs".into()));
        assert_eq!(Route::parse("/a/b/c"), Route::NotFound);
        assert_eq!(Route::parse("/signs/more"), Route::NotFound);
    }

    #[test]
    fn every_address_leads_back_to_its_route() {
        for address in addresses(crate::content::language("en").unwrap()) {
            let route = Route::parse(&address);
            assert_ne!(route, Route::NotFound, "{address}");
            assert_eq!(route.address().as_deref(), Some(address.as_str()));
        }
    }

    #[test]
    fn addresses_cover_every_region_and_topic_once() {
        let all = addresses(crate::content::language("en").unwrap());
        for fixed in ["/", "/contacts", "/local", "/find", "/install", "/privacy"] {
            assert!(all.contains(&fixed.to_string()), "{fixed}");
        }
        for region in crate::content::language("en").unwrap().regions.iter() {
            assert!(all.contains(&format!("/local/{}", region.id)));
        }
        for topic in crate::content::language("en").unwrap().topics.iter() {
            assert!(all.contains(&format!("/{}", topic.id)));
        }
        let unique: std::collections::BTreeSet<_> = all.iter().collect();
        assert_eq!(unique.len(), all.len(), "{all:?}");
    }

    #[test]
    fn spanish_addresses_are_under_es() {
        let es = crate::content::language("es").unwrap();
        let all = addresses(es);
        assert_eq!(all[0], "/es/");
        assert!(all.contains(&"/es/local/maine".to_string()), "{all:?}");
        assert!(all.iter().all(|a| a.starts_with("/es/")), "{all:?}");
        assert_eq!(
            Route::in_language(es, "/es/signs#work"),
            Route::Topic("signs".into())
        );
        assert_eq!(Route::in_language(es, "/es"), Route::Home);
        assert_eq!(Route::in_language(es, "/es/"), Route::Home);
        assert_eq!(Route::in_language(es, "/signs"), Route::NotFound);
        assert_eq!(Route::in_language(es, "/espanol"), Route::NotFound);
        assert_eq!(
            Route::in_language(crate::content::language("en").unwrap(), "/es/signs"),
            Route::NotFound
        );
        let en = crate::content::language("en").unwrap();
        assert_eq!(
            en.counterpart("/signs#work", &es.language),
            "/es/signs#work"
        );
        assert_eq!(
            es.counterpart("/es/local/maine", &en.language),
            "/local/maine"
        );
        assert_eq!(es.counterpart("/es/", &en.language), "/");
        assert_eq!(
            (en.home_of(&es.language), es.home_of(&en.language)),
            ("/es/".into(), "/".into())
        );
    }

    #[test]
    fn an_address_naming_a_topic_or_region_the_content_lacks_is_not_found() {
        let es = crate::content::language("es").unwrap();
        for (content, address) in [
            (crate::content::language("en").unwrap(), "/nada"),
            (crate::content::language("en").unwrap(), "/local/atlantis"),
            (es, "/es/nada"),
            (es, "/es/local/atlantis"),
            (es, "/es/no/existe"),
        ] {
            assert_eq!(
                Route::in_language(content, address),
                Route::NotFound,
                "{address}"
            );
        }
        assert_eq!(
            Route::in_language(es, "/es/local/maine"),
            Route::Local(Some("maine".into()))
        );
    }

    #[test]
    fn an_address_splits_into_path_query_and_fragment() {
        assert_eq!(split("/signs?a=b#work"), ("/signs", "a=b", "work"));
        assert_eq!(split("/signs#a?b"), ("/signs", "", "a?b"));
        assert_eq!(split("/"), ("/", "", ""));
    }

    #[test]
    fn an_unsound_address_shows_the_not_found_view() {
        assert_eq!(
            Route::for_address("/signs?from=home#work"),
            Route::Topic("signs".into())
        );
        assert_eq!(Route::for_address("/signs?%E0%A4"), Route::NotFound);
        assert_eq!(Route::for_address("/contacts?%FF"), Route::NotFound);
    }

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
}
