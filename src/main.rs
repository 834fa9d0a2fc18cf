//! The WebAssembly app's entry point, the same for every language: it reads
//! the page's content file, then takes the view over (see `harbor::start`).

fn main() {
    harbor::start();
}
