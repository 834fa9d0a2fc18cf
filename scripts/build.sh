#!/usr/bin/env bash
# The one release build of Harbor's site, into dist/ (`make build`, and
# `make test` before its browser tests).
#
# It builds the wasm with a dated nightly Rust (scripts/release-toolchain.env)
# so that Rust's standard library is compiled with the app, for size, and a
# panic stops the app at once instead of formatting a message nobody reads.
# The app is about 16 KiB gzip smaller than with stable Rust (ARCHITECTURE.md,
# "Size"); the size test in `make test` holds it.
#
# These settings reach only the wasm: scripts/postbuild.sh clears them
# before it runs the host program.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=release-toolchain.env
source scripts/release-toolchain.env

export RUSTUP_TOOLCHAIN=$RELEASE_TOOLCHAIN
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# Added to the flags of .cargo/config.toml (Leptos's erased views).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
exec trunk build --release --offline "$@"
