#!/usr/bin/env bash
# Trunk's post_build hook (see Trunk.toml), on the folder Trunk is about to
# publish (TRUNK_STAGING_DIR):
#   1. in a release build, minify wasm-bindgen's JS glue (one per language) with esbuild (Trunk's
#      own minifier cannot parse it). It is about 2 KiB smaller over gzip;
#   2. render the pages, _headers, _nginx.conf and the offline list
#      (src/bin/postbuild.rs), so the offline list and the page hashes see
#      the final files;
#   3. write a Brotli and a gzip twin of each text and wasm file
#      (scripts/compress.mjs), last, so the twins are of the final files.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run this from Trunk (make build)}"

# Trunk builds each language after the first as a "worker" (it injects only
# the first's script) and names its files without a hash: give them one, from
# their content, so hosts may keep them for a year as they do the first's.
for glue in "$TRUNK_STAGING_DIR"/app-??.js; do
    [[ -e $glue ]] || continue
    name=$(basename "$glue" .js)
    wasm="$TRUNK_STAGING_DIR/${name}_bg.wasm"
    hash=$(cat "$glue" "$wasm" | sha256sum | cut -c1-16)
    mv "$wasm" "$TRUNK_STAGING_DIR/${name}-${hash}_bg.wasm"
    sed "s/${name}_bg\.wasm/${name}-${hash}_bg.wasm/g" "$glue" > "$TRUNK_STAGING_DIR/${name}-${hash}.js"
    rm "$glue"
done

if [[ ${TRUNK_PROFILE:-} == release ]]; then
    esbuild=node_modules/.bin/esbuild
    if [[ ! -x $esbuild ]]; then
        echo "postbuild: $esbuild is missing: run 'make tools' first" >&2
        exit 1
    fi
    shopt -s nullglob
    # One glue per language: app-<hash>.js and app-es-<hash>.js.
    glue=("$TRUNK_STAGING_DIR"/app-*.js)
    if (( ${#glue[@]} != 2 )); then
        echo "postbuild: expected two app-*.js in $TRUNK_STAGING_DIR (one per language), found ${#glue[@]}" >&2
        exit 1
    fi
    for file in "${glue[@]}"; do
        # es2020: never newer syntax than the glue's own, for older phones.
        "$esbuild" "$file" --minify --format=esm --target=es2020 \
            --log-level=warning --allow-overwrite --outfile="$file"
    done
fi

cargo run --quiet --offline --bin postbuild
exec node scripts/compress.mjs "$TRUNK_STAGING_DIR"
