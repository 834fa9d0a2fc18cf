//! Entry point of the WebAssembly build: it only mounts the app.

fn main() {
    harbor::mount();
}
