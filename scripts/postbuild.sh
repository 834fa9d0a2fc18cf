#!/usr/bin/env bash
# Trunk's post_build hook (see Trunk.toml), on the folder Trunk is about to
# publish (TRUNK_STAGING_DIR):
#   1. in a release build, optimize the wasm with wasm-opt, give the names
#      the wasm and its JS glue call each other by their shortest form, and
#      minify the glue with esbuild (scripts/shrink-app.mjs). The names and
#      the minifying save about 7 KiB gzip;
#   2. name the app's files by the hash of their final bytes, then write each
#      language's content file, pages and manifests, the files for hosts and
#      the offline list (src/site_files/postbuild.rs), so the names, the offline
#      list and the page hashes all see the final files;
#   3. write a Brotli and a gzip twin of each text and wasm file
#      (scripts/compress.mjs), last, so the twins are of the final files.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run this from Trunk (make build)}"

if [[ ${TRUNK_PROFILE:-} == release ]]; then
    node scripts/shrink-app.mjs "$TRUNK_STAGING_DIR"
fi

# The host program builds with the machine's stable Rust, as `cargo test`
# does, not with the release wasm's settings (scripts/build.sh).
unset RUSTUP_TOOLCHAIN CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS
cargo run --quiet --offline --bin postbuild
exec node scripts/compress.mjs "$TRUNK_STAGING_DIR"
