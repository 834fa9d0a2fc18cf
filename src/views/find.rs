//! Search: results appear as a person types, all on the device.

use leptos::prelude::*;

use crate::content::use_content;
use crate::search::Index;
use crate::state;
use crate::views::link::Go;

/// A search box over every word of the content, and below it, until a
/// search finds something, every topic. Before the app runs (or when it
/// cannot), the box is disabled and the list of topics is the way in.
#[component]
pub fn Find() -> impl IntoView {
    let content = use_content();
    let words = &content.site.words;
    let index = StoredValue::new(Index::new(content));
    let running = use_context::<state::Status>().map(|s| s.running);
    // The query lives in memory only: never in the address or in storage.
    let query = RwSignal::new(String::new());
    let results = move || {
        let q = query.get();
        index.with_value(|index| {
            let hits = index.query(&q);
            let status = match (q.trim().is_empty(), hits.len()) {
                (true, _) => String::new(),
                (false, 0) => words.nothing_found.to_string(),
                (false, n) => content.count(&words.results, n, &[]),
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
    // Rendered once; a search only hides it.
    let every_topic = content
        .topics
        .iter()
        .map(|t| view! { <li><Go href=format!("/{}", t.id)>{t.title.as_ref()}</Go></li> })
        .collect_view();
    view! {
        <h1 tabindex="-1">{words.search.as_ref()}</h1>
        <form role="search" on:submit=|ev| ev.prevent_default()>
            <label for="q">{content.site.find.label.as_ref()}</label>
            <input id="q" type="search" autocomplete="off" spellcheck="false"
                disabled=move || !running.is_some_and(|r| r.get())
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))/>
        </form>
        {results}
        <section aria-labelledby="every-topic" hidden=move || !query.read().trim().is_empty()>
            <h2 id="every-topic">{words.every_topic.as_ref()}</h2>
            <ul>{every_topic}</ul>
        </section>
    }
}
