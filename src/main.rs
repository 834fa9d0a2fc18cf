//! Entry point of the English WebAssembly build: it only mounts the app.

fn main() {
    harbor::mount(&harbor::content::CONTENT_EN);
}
