//! A topic view: headed sections of paragraphs, lists and lines, from `topics.toml`.

use leptos::prelude::*;

use crate::content::{use_content, Item, ListStyle, Section, Service, Topic};
use crate::views::contacts::ServiceList;
use crate::views::not_found::NotFound;

/// The view at `/<topic>`: the topic with that id, or the not-found view.
#[component]
pub fn TopicRoute(
    /// The topic's id, from the address.
    id: String,
) -> impl IntoView {
    match use_content().topic(&id) {
        Some(topic) => view! { <TopicPage topic=topic/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

/// One topic, all of its sections in order.
#[component]
pub fn TopicPage(
    /// The topic to show.
    topic: &'static Topic,
) -> impl IntoView {
    let content = use_content();
    let words = &content.site.words;
    // Ticks on checklists: in memory only, gone when the view closes.
    let ticked = RwSignal::new(0usize);
    let total: usize = topic
        .sections
        .iter()
        .filter(|s| s.style == ListStyle::Checklist)
        .map(|s| s.items.len())
        .sum();
    view! {
        <h1 tabindex="-1">{topic.title.as_ref()}</h1>
        {topic.sections.iter().map(|s| view! { <SectionView section=s ticked=ticked/> }).collect_view()}
        {(total > 0).then(|| view! {
            <p class="tally" role="status" aria-live="polite">
                {move || match ticked.get() {
                    0 => String::new(),
                    n => content.count(&words.ticked, n, &[("total", &total.to_string())]),
                }}
            </p>
        })}
    }
}

/// One headed section.
#[component]
fn SectionView(section: &'static Section, ticked: RwSignal<usize>) -> impl IntoView {
    let heading_id = format!("{}-heading", section.id);
    let labelled_by = heading_id.clone();
    let list = match section.style {
        _ if section.items.is_empty() => None,
        ListStyle::Bullets => Some(view! { <ul>{plain_items(&section.items)}</ul> }.into_any()),
        ListStyle::Numbered => Some(view! { <ol>{plain_items(&section.items)}</ol> }.into_any()),
        ListStyle::Pairs => Some(
            view! {
                <ul class="pairs">
                    {section.items.iter().map(|item| view! {
                        <li>
                            <strong>{item.text.as_ref()}</strong>
                            {item.detail.as_ref().map(|d| view! { <p>{d.as_ref()}</p> })}
                        </li>
                    }).collect_view()}
                </ul>
            }
            .into_any(),
        ),
        ListStyle::Checklist => Some(
            view! {
                <ul class="checklist">
                    {section.items.iter().map(|item| view! {
                        <li>
                            <label>
                                <input type="checkbox" on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    ticked.update(|n| if on { *n += 1 } else { *n = n.saturating_sub(1) });
                                }/>
                                <span>{item.text.as_ref()}</span>
                            </label>
                        </li>
                    }).collect_view()}
                </ul>
            }
            .into_any(),
        ),
    };
    let content = use_content();
    let lines: Vec<&'static Service> = section
        .lines
        .iter()
        .filter_map(|id| content.service(id))
        .collect();
    view! {
        <section id=section.id.as_ref() aria-labelledby=labelled_by>
            <h2 id=heading_id>{section.heading.as_ref()}</h2>
            {section.paragraphs.iter().map(|p| view! { <p>{p.as_ref()}</p> }).collect_view()}
            {list}
            {(!lines.is_empty()).then(|| view! { <ServiceList services=lines/> })}
        </section>
    }
}

fn plain_items(items: &'static [Item]) -> impl IntoView {
    items
        .iter()
        .map(|item| view! { <li>{item.text.as_ref()}</li> })
        .collect_view()
}
