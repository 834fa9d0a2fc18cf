#!/usr/bin/env bash
# Prints Harbor's size and speed figures. Nothing here passes or fails:
# compare the figures with the goals in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== search speed on the host (release build)"
cargo bench --quiet --bench search

echo
echo "== release wasm and JS glue, gzip -9"
trunk build --release --offline >/dev/null 2>&1
for file in dist/*.wasm dist/*.js; do
    printf '%-44s %8d bytes, %7d gzip\n' "$file" "$(wc -c <"$file")" "$(gzip -9c "$file" | wc -c)"
done
