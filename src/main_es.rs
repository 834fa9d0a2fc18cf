//! Entry point of the Spanish WebAssembly build: the same app, with the
//! Spanish content only (see ARCHITECTURE.md, "Languages").

fn main() {
    harbor::mount(&harbor::content::CONTENT_ES);
}
