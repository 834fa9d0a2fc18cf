//! Host tests: views rendered to HTML.
#![cfg(not(target_arch = "wasm32"))]

use harbor::views::chrome::CallBar;
use leptos::prelude::*;

#[test]
fn call_bar_renders_hotline_link() {
    let html = view! { <CallBar/> }.to_html();
    assert!(html.contains("tel:+18883737888"), "{html}");
}
