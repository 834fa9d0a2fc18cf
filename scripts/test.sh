#!/usr/bin/env bash
# Runs every test layer of Harbor, then prints one summary line:
#   1. host: `cargo test` (content, logic, views rendered to HTML)
#   2. dom:  wasm-bindgen-test, components mounted in headless Chromium
#   3. e2e:  the release dist/: what is true of the built files, without a
#            browser; the shared promises in Chromium, Firefox ESR and
#            WebKitGTK (tests/e2e/promises.mjs, one file per engine); the rest
#            in Chromium through playwright-core, the layout and accessibility
#            over two pseudo-languages too (made at test time, never shipped);
#            and the site on real hosts, Debian's nginx and Cloudflare's local
#            Pages server (tests/e2e/hosts.test.mjs, which starts and stops them)
#   4. lint: rustfmt, and clippy for the host and the wasm32 target
# Every layer runs even if one before it failed, so one run shows everything.
set -uo pipefail
cd "$(dirname "$0")/.."

logs=$(mktemp -d)
passed=0
failed=0

# Adds the counts a test runner printed to the totals; a layer that failed
# without printing counts (a build error, say) counts as one failure.
count() {
    local log=$1 status=$2 p f
    p=$(grep -hoE '[0-9]+ passed' "$log" | awk '{ s += $1 } END { print s + 0 }')
    f=$(grep -hoE '[0-9]+ failed' "$log" | awk '{ s += $1 } END { print s + 0 }')
    p=$((p + $(grep -hE '^\S+ pass [0-9]+$' "$log" | awk '{ s += $NF } END { print s + 0 }')))
    f=$((f + $(grep -hE '^\S+ fail [0-9]+$' "$log" | awk '{ s += $NF } END { print s + 0 }')))
    if [[ $status -ne 0 && $f -eq 0 ]]; then f=1; fi
    passed=$((passed + p))
    failed=$((failed + f))
}

# Runs a test layer, showing its output and counting its results.
layer() {
    local name=$1
    shift
    printf '\n=== %s: %s\n' "$name" "$*"
    "$@" 2>&1 | tee "$logs/$name.log"
    count "$logs/$name.log" "${PIPESTATUS[0]}"
}

# Runs a check that has no test counts of its own: it passes or fails as one.
check() {
    local name=$1
    shift
    printf '\n=== %s: %s\n' "$name" "$*"
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

layer host cargo test
layer dom cargo test --target wasm32-unknown-unknown --test dom
if scripts/build.sh; then
    # Each test has at most two minutes (tests/e2e/harness.mjs, TEST_OPTIONS);
    # this limit holds for each test file as a whole, as a last guard.
    layer e2e node --test --test-reporter=spec --test-concurrency=1 --test-timeout=600000 tests/e2e/
else
    failed=$((failed + 1))
fi
check fmt cargo fmt --check
check clippy-host cargo clippy --all-targets -- -D warnings
check clippy-wasm cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

# The shared e2e suite's line per engine (tests/e2e/promises.mjs), such as
# "engine webkit: 11 of 11 held, in WebKitGTK 2.50.6".
engines=$(sed -n 's/^engine \([a-z]*\): \([0-9]* of [0-9]*\) held, in \(.*\)$/\1 \2 (\3)/p' "$logs/e2e.log" 2>/dev/null | paste -sd ';' - | sed 's/;/, /g')
# The e2e failures again, last, where a log cut to its end still shows them.
if grep -q '^✖ failing tests:' "$logs/e2e.log" 2>/dev/null; then
    echo
    sed -n '/^✖ failing tests:/,$p' "$logs/e2e.log" | head -n 80
fi
rm -rf "$logs"
echo
echo "harbor: $passed passed, $failed failed; promises held: ${engines:-in no engine}"
[[ $failed -eq 0 ]]
