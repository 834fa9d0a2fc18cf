//! A topic view: headed sections of paragraphs and lists, from `topics.toml`.

use leptos::prelude::*;

use crate::content::{use_content, Item, ListStyle, Section, Topic};
use crate::views::not_found::NotFound;
use crate::{browser, state};

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

/// The "add to home screen" topic, with the browser's own button when it offers one.
#[component]
pub fn Install() -> impl IntoView {
    let status = use_context::<state::Status>();
    let offered = move || status.is_some_and(|s| s.can_install.get());
    view! {
        {use_content().topic("install").map(|topic| view! { <TopicPage topic=topic/> })}
        {move || offered().then(|| view! {
            <p>
                <button type="button" class="install" on:click=move |_| {
                    browser::accept_install_offer();
                    if let Some(status) = status {
                        status.can_install.set(false);
                    }
                }>"Add Harbor to this phone"</button>
            </p>
        })}
    }
}

/// The safety page, with a control that clears what Harbor keeps here and
/// then says plainly what it cannot clear.
#[component]
pub fn Privacy() -> impl IntoView {
    let cleared = RwSignal::new(false);
    let running = use_context::<state::Status>().map(|s| s.running);
    view! {
        {use_content().topic("privacy").map(|topic| view! { <TopicPage topic=topic/> })}
        <section id="clear" aria-labelledby="clear-heading">
            <h2 id="clear-heading">"Clear this app's data"</h2>
            <p>"This removes the area you chose and the offline copy of Harbor from this browser."</p>
            <button type="button" class="install"
                disabled=move || !running.is_some_and(|r| r.get())
                on:click=move |_| {
                browser::clear_app_data(move || cleared.set(true));
            }>"Clear this app's data"</button>
            <p role="status" aria-live="polite">
                {move || cleared.get().then_some(
                    "Done: Harbor's data is gone from this browser. Still on this phone: \
                     your browser history, the icon on your home screen if you added one, \
                     and the calls and texts in your phone's logs."
                )}
            </p>
        </section>
    }
}

/// One topic, all of its sections in order.
#[component]
pub fn TopicPage(
    /// The topic to show.
    topic: &'static Topic,
) -> impl IntoView {
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
                    n => format!("You ticked {n} of {total} signs. You do not need to be sure to ask for advice: see what you can do below."),
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
    view! {
        <section id=section.id.as_ref() aria-labelledby=labelled_by>
            <h2 id=heading_id>{section.heading.as_ref()}</h2>
            {section.paragraphs.iter().map(|p| view! { <p>{p.as_ref()}</p> }).collect_view()}
            {list}
        </section>
    }
}

fn plain_items(items: &'static [Item]) -> impl IntoView {
    items
        .iter()
        .map(|item| view! { <li>{item.text.as_ref()}</li> })
        .collect_view()
}
