#!/usr/bin/env bash
# Prints Harbor's speed and size figures: the search on the host, then the
# built site in dist/ loaded on a slowed-down Chromium (scripts/bench.mjs),
# with the wasm and JS sizes and a PASS or FAIL line per budget. It exits
# non-zero when a budget is not met.
# `make bench` builds dist/ first; run directly, it measures dist/ as last built.
# Env for the page loads: BENCH_RUNS (default 5), BENCH_PATH (default /).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== search speed on the host (release build)"
cargo bench --quiet --bench search

echo
if ! ls dist/*.wasm >/dev/null 2>&1; then
    echo "bench: no dist/ to measure; run 'make build' first" >&2
    exit 1
fi
node scripts/bench.mjs
