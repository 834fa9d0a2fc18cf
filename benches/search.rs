//! Search speed on the host: all content plus 2,000 made-up entries.
//! Prints its figures; `make bench` runs it. The goal is under 5 ms a query.

/// The content is read on the host only; built for the browser, this does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    host::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::hint::black_box;
    use std::time::Instant;

    use harbor::search::Index;

    const SYNTHETIC: usize = 2_000;
    const ROUNDS: usize = 200;

    pub fn main() {
        let mut index = Index::new(harbor::content::language("en").unwrap());
        let real = index.len();
        let words = [
            "shelter",
            "counseling",
            "transport",
            "court",
            "housing",
            "advocate",
            "hours",
            "line",
        ];
        for i in 0..SYNTHETIC {
            let w = words[i % words.len()];
            index.add(
                format!("Made-up service {i}"),
                format!("/local/bench#s{i}"),
                format!(
                    "A made-up entry number {i} about {w}, with a description long enough to look like the \
                     real ones: call or text any time, free and confidential, in English and Spanish."
                ),
            );
        }
        println!(
            "search: {real} content entries + {SYNTHETIC} made-up = {} entries",
            index.len()
        );
        for query in [
            "eye contact",
            "HELP",
            "vacatur of convictions",
            "maine teen",
            "zzzz no match",
            "e",
        ] {
            let start = Instant::now();
            let mut hits = 0;
            for _ in 0..ROUNDS {
                hits = black_box(index.query(black_box(query))).len();
            }
            let per_query = start.elapsed().as_secs_f64() * 1000.0 / ROUNDS as f64;
            println!("search: {query:<24} {per_query:>7.3} ms/query ({hits} hits; goal < 5 ms)");
        }
    }
}
