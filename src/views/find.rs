//! Search: results appear as a person types, all on the device.

use leptos::prelude::*;

use crate::content::use_content;
use crate::search::Index;
use crate::views::link::Go;

/// A search box over every word of the content.
#[component]
pub fn Find() -> impl IntoView {
    let index = StoredValue::new(Index::new(use_content()));
    // The query lives in memory only: never in the address or in storage.
    let query = RwSignal::new(String::new());
    let results = move || {
        let q = query.get();
        index.with_value(|index| {
            let hits = index.query(&q);
            let status = match (q.trim().is_empty(), hits.len()) {
                (true, _) => String::new(),
                (false, 0) => "Nothing found. Try another word.".to_string(),
                (false, 1) => "1 result".to_string(),
                (false, n) => format!("{n} results"),
            };
            let list = hits
                .into_iter()
                .map(|hit| {
                    let (href, title) = (hit.entry.href.clone(), hit.entry.title.clone());
                    view! {
                        <li>
                            <Go href=href>{title}</Go>
                            <p>{hit.excerpt}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="result-count" role="status" aria-live="polite">{status}</p>
                <ul class="results">{list}</ul>
            }
        })
    };
    view! {
        <h1 tabindex="-1">"Search"</h1>
        <form role="search" on:submit=|ev| ev.prevent_default()>
            <label for="q">"Search everything in Harbor"</label>
            <input id="q" type="search" autocomplete="off" spellcheck="false"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))/>
        </form>
        {results}
    }
}
