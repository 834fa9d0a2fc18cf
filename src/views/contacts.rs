//! The views of phone lines: "Get help" (national lines, the chosen region's
//! lines, how to report a tip) and "Help near you" (pick a region).

use leptos::prelude::*;

use crate::content::{fill, links, use_content, Region, Service};
use crate::schedule;
use crate::views::link::Go;
use crate::views::not_found::NotFound;
use crate::{browser, state};

/// National lines, the chosen region's lines, and how to report a tip.
#[component]
pub fn Contacts() -> impl IntoView {
    let content = use_content();
    let place = state::place();
    let hotline = content.hotline();
    let words = &content.site.words;
    view! {
        <h1 tabindex="-1">{words.get_help.as_ref()}</h1>
        <p class="lead">{words.lead.as_ref()}</p>
        <p class="traces">{content.site.traces.as_ref()}</p>
        <NationalLines/>
        {move || {
            content
                .region(&place.0.get())
                .filter(|r| !r.national)
                .map(|region| view! { <RegionLines region=region/> })
        }}
        <p><Go href="/local">{words.choose_area_link.as_ref()}</Go></p>
        <section id="report" aria-labelledby="report-heading">
            <h2 id="report-heading">{words.report.as_ref()}</h2>
            {content.site.report.iter().map(|p| view! { <p>{p.as_ref()}</p> }).collect_view()}
            // The national lines above show the hotline's card already, with its id.
            {hotline.map(|s| view! { <ServiceCard service=s again=true/> })}
        </section>
    }
}

/// The view at `/local` and `/local/<region>`: a region picker and its lines.
#[component]
pub fn Local(
    /// The region the address names, if it names one.
    region: Option<String>,
) -> impl IntoView {
    let content = use_content();
    let place = state::place();
    // An address naming a region chooses it and keeps the choice: a tap on
    // the picker, or the address opened directly.
    let named = region.clone();
    Effect::new(move || {
        if let Some(id) = &named {
            if content.region(id).is_some() && place.0.get_untracked() != *id {
                place.0.set(id.clone());
                browser::storage::store_region(id);
            }
        }
    });
    move || {
        let chosen = region.clone().unwrap_or_else(|| place.0.get());
        match content.region(&chosen) {
            Some(region) => view! { <LocalPage region=region/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// One region's lines, the picker, and the national lines that show everywhere.
#[component]
pub fn LocalPage(
    /// The region to show.
    region: &'static Region,
) -> impl IntoView {
    let content = use_content();
    let words = &content.site.words;
    view! {
        <h1 tabindex="-1">{words.near.as_ref()}</h1>
        <nav class="picker" aria-label=words.choose_area.as_ref()>
            <p>{words.choose_area_prompt.as_ref()}</p>
            <ul>
                // Following a link chooses the region: see `Local`.
                {content.regions.iter().map(|r| view! {
                    <li aria-current=(r.id == region.id).then_some("true")>
                        <Go href=format!("/local/{}", r.id)>{r.name.as_ref()}</Go>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
        {(!region.national).then(|| view! { <RegionLines region=region/> })}
        <ReportLines region=region/>
        <NationalLines/>
    }
}

/// The national lines, which show in every region.
#[component]
fn NationalLines() -> impl IntoView {
    view! {
        <section aria-labelledby="national-heading">
            <h2 id="national-heading">{use_content().site.words.national_heading.as_ref()}</h2>
            <ServiceList services=use_content().national_services().collect()/>
        </section>
    }
}

/// One region's own lines for help.
#[component]
fn RegionLines(region: &'static Region) -> impl IntoView {
    view! {
        <section aria-labelledby="region-heading">
            <h2 id="region-heading">{fill(&use_content().site.words.in_region, &[("region", &region.name)])}</h2>
            <ServiceList services=region.help_lines().collect()/>
        </section>
    }
}

/// One region's lines that take reports, if it has any: for professionals
/// and anyone who must or wants to report, apart from the lines for help.
#[component]
fn ReportLines(region: &'static Region) -> impl IntoView {
    let lines: Vec<&'static Service> = region.report_lines().collect();
    (!lines.is_empty()).then(|| {
        view! {
            <section id="report-lines" aria-labelledby="report-lines-heading">
                <h2 id="report-lines-heading">{use_content().site.words.report_lines.as_ref()}</h2>
                <ServiceList services=lines/>
            </section>
        }
    })
}

/// A list of services.
#[component]
pub fn ServiceList(
    /// The services, in order.
    services: Vec<&'static Service>,
) -> impl IntoView {
    view! {
        <ul class="services">
            {services.into_iter().map(|s| view! { <li><ServiceCard service=s/></li> }).collect_view()}
        </ul>
    }
}

/// One service: what it is, how to reach it, when it is open.
#[component]
pub fn ServiceCard(
    /// The service to show.
    service: &'static Service,
    /// Whether the page shows this card a second time: it then has no id,
    /// as a page's ids are unique and links lead to the first.
    #[prop(optional)]
    again: bool,
) -> impl IntoView {
    let content = use_content();
    let words = &content.site.words;
    let clock = use_context::<state::Clock>();
    let organization = content.organization(&service.organization).map(|o| {
        if o.name == service.name {
            o.description.to_string()
        } else {
            format!("{}: {}", o.name, o.description)
        }
    });
    let referred = service.refer_to.as_ref().and_then(|id| content.service(id));
    let hours = schedule::describe(words, &service.schedules);
    let open = move || {
        let readings = clock?.0.get();
        let text = match schedule::is_open(&service.schedules, &readings)? {
            true => words.open_now.as_ref(),
            false => words.closed_now.as_ref(),
        };
        Some(view! { <span class="open">{text}</span> })
    };
    view! {
        <article class="service" id=(!again).then_some(service.id.as_ref())>
            <h3>{service.name.as_ref()}</h3>
            {organization.map(|o| view! { <p class="org">{o}</p> })}
            <p>{service.description.as_ref()}</p>
            <ul class="phones">
                {service.phones.iter().map(|p| view! {
                    <li>
                        <a class="phone" href=links::href(p) aria-label=links::label(words, service, p)>
                            {links::action(words, p)}
                        </a>
                        " "
                        <span class="note">{p.description.as_ref()}</span>
                    </li>
                }).collect_view()}
                {service.email.as_ref().map(|e| view! {
                    <li><a class="phone" href=links::mailto(e)>{fill(&words.email_link, &[("email", e)])}</a></li>
                })}
                {referred.map(|r| view! {
                    <li>
                        {r.phones.iter().take(1).map(|p| view! {
                            // The words on the link already name the line and the number.
                            <a class="phone" href=links::href(p)>
                                {format!("{}: {}", links::action(words, p), r.name)}
                            </a>
                        }).collect_view()}
                    </li>
                })}
            </ul>
            <p class="hours">
                {hours.unwrap_or_else(|| words.no_hours.to_string())}
                " "
                {open}
            </p>
            <p class="area">{fill(&words.serves, &[
                ("area", &service.service_area),
                ("languages", &languages(words, &service.languages)),
            ])}</p>
        </article>
    }
}

/// Language codes as names, in the page's language (the build checks that
/// every code the lines use has one).
fn languages(words: &crate::content::Words, codes: &[crate::content::Text]) -> String {
    codes
        .iter()
        .map(|code| {
            words
                .languages
                .iter()
                .find(|l| l.id == *code)
                .map_or(code.as_ref(), |l| l.name.as_ref())
        })
        .collect::<Vec<_>>()
        .join(words.list_separator.as_ref())
}
