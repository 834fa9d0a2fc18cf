//! DOM tests: the app mounted into a real page in headless Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_mounted_app_shows_the_hotline_link_and_exit() {
    harbor::mount();
    let document = web_sys::window().unwrap().document().unwrap();
    let call = document
        .query_selector("a[href='tel:+18883737888']")
        .unwrap()
        .expect("the hotline call link is on the page");
    assert!(call
        .get_attribute("aria-label")
        .unwrap()
        .contains("1-888-373-7888"));
    let exit = document
        .query_selector("a.exit")
        .unwrap()
        .expect("the exit is on the page");
    assert_eq!(exit.text_content().unwrap(), "Quick exit");
}
