//! DOM tests: the app mounted into a real page in headless Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The English content, from the file `build.rs` wrote for these tests, as
/// the app reads its page's file.
fn english() -> &'static harbor::content::Content {
    let bytes = include_bytes!(concat!(env!("OUT_DIR"), "/content-en.txt"));
    harbor::content::from_file(bytes.to_vec()).expect("build.rs writes a file the app reads")
}

#[wasm_bindgen_test]
async fn the_app_takes_over_the_prerendered_view_keeping_focus_and_the_frame() {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().unwrap().document().unwrap();
    let body = document.body().unwrap();
    // What the build puts in a page: the frame, then the view in #app. (Added
    // beside the test runner's own output, which must stay.)
    let frame = document.create_element("header").unwrap();
    frame.set_id("frame");
    frame.set_inner_html("<a class='exit' href='https://weather.com/'>Quick exit</a>");
    let app = document.create_element("div").unwrap();
    app.set_id("app");
    app.set_inner_html("<main><h1>Before</h1><a href='/a'>one</a><a href='/b'>two</a></main>");
    body.append_child(&frame).unwrap();
    body.append_child(&app).unwrap();
    let second: web_sys::HtmlElement = document
        .query_selector("#app a[href='/b']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    second.focus().unwrap();

    harbor::mount(english());
    // The view renders, and focus comes back, before the next frame.
    let frame_drawn = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame_drawn)
        .await
        .unwrap();

    assert_eq!(document.query_selector_all("main").unwrap().length(), 1);
    let heading = document.query_selector("#app main h1").unwrap().unwrap();
    assert_ne!(
        heading.text_content().unwrap(),
        "Before",
        "the app's view replaced it"
    );
    let focusable = document
        .query_selector_all("#app a[href], #app button, #app input, #app [tabindex]")
        .unwrap();
    assert_eq!(
        document.active_element(),
        focusable.item(1).map(|n| n.unchecked_into()),
        "focus stays on the second focusable element"
    );
    assert!(
        document.query_selector("#frame a.exit").unwrap().is_some(),
        "the frame is left alone"
    );
}

#[wasm_bindgen_test]
fn moving_between_views_survives_a_history_api_that_throws() {
    use wasm_bindgen::JsCast;
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    // Browsers throw a SecurityError when history is changed too often.
    let throwing =
        js_sys::Function::new_no_args("throw new DOMException('too many calls', 'SecurityError')");
    js_sys::Reflect::set(&history, &"replaceState".into(), &throwing).unwrap();
    let popstates = std::rc::Rc::new(std::cell::Cell::new(0));
    let counter = popstates.clone();
    let listener =
        wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || counter.set(counter.get() + 1));
    window
        .add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref())
        .unwrap();

    harbor::browser::history::go("/signs");

    assert_eq!(
        popstates.get(),
        1,
        "the router is still told to change view"
    );
    js_sys::Reflect::delete_property(&history, &"replaceState".into()).unwrap();
}

#[wasm_bindgen_test]
fn the_clock_reads_each_zone_with_daylight_saving() {
    use harbor::schedule::LocalTime;
    let at = |iso: &str| js_sys::Date::parse(iso);
    let new_york = |iso| harbor::browser::clock::local_time("America/New_York", at(iso)).unwrap();
    // 2026-03-08: clocks go forward at 2:00 in New York (UTC-5 to UTC-4).
    assert_eq!(
        new_york("2026-03-08T06:59:00Z"),
        LocalTime {
            weekday: 6,
            minute: 60 + 59
        }
    );
    assert_eq!(
        new_york("2026-03-08T07:00:00Z"),
        LocalTime {
            weekday: 6,
            minute: 3 * 60
        }
    );
    // 2026-11-01: clocks go back at 2:00 (UTC-4 to UTC-5).
    assert_eq!(
        new_york("2026-11-01T05:30:00Z"),
        LocalTime {
            weekday: 6,
            minute: 60 + 30
        }
    );
    assert_eq!(
        new_york("2026-11-01T06:30:00Z"),
        LocalTime {
            weekday: 6,
            minute: 60 + 30
        }
    );
    // The Maine Teen Text Line opens at 2 pm Eastern: 18:00 UTC in summer, 19:00 in winter.
    assert_eq!(new_york("2026-07-15T18:00:00Z").minute, 14 * 60);
    assert_eq!(new_york("2026-01-15T19:00:00Z").minute, 14 * 60);
    let chicago =
        harbor::browser::clock::local_time("America/Chicago", at("2026-01-15T19:00:00Z")).unwrap();
    assert_eq!(chicago.minute, 13 * 60);
    // An unknown zone gives no reading instead of a crash.
    assert_eq!(
        harbor::browser::clock::local_time("Mars/Olympus_Mons", at("2026-01-15T19:00:00Z")),
        None
    );
}

#[wasm_bindgen_test]
fn a_corrupt_or_foreign_stored_region_falls_back_to_the_default() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    for stored in [
        "{{not json",
        "42",
        "\"atlantis\"",
        "\"maine\"",
        "",
        "maine\u{0}",
    ] {
        storage
            .set_item(harbor::browser::storage::REGION_KEY, stored)
            .unwrap();
        let region =
            harbor::state::starting_region(english(), harbor::browser::storage::stored_region());
        assert_eq!(region, "us", "stored {stored}");
    }
    harbor::browser::storage::store_region("maine");
    assert_eq!(
        harbor::browser::storage::stored_region().as_deref(),
        Some("maine")
    );
    storage
        .remove_item(harbor::browser::storage::REGION_KEY)
        .unwrap();
}

#[wasm_bindgen_test]
fn storage_that_throws_leaves_the_region_at_its_default() {
    let window = web_sys::window().unwrap();
    let original = js_sys::Object::get_own_property_descriptor(&window, &"localStorage".into());
    // As in some private modes: touching localStorage throws.
    let thrower =
        js_sys::Function::new_no_args("throw new DOMException('denied', 'SecurityError')");
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), &thrower).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&window, &"localStorage".into(), &descriptor);

    assert_eq!(harbor::browser::storage::stored_region(), None);
    harbor::browser::storage::store_region("maine");
    let region =
        harbor::state::starting_region(english(), harbor::browser::storage::stored_region());
    assert_eq!(region, "us");

    if original.is_undefined() {
        js_sys::Reflect::delete_property(&window, &"localStorage".into()).unwrap();
    } else {
        js_sys::Object::define_property(&window, &"localStorage".into(), &original.into());
    }
}
