#!/usr/bin/env bash
# Installs what Harbor's build needs, and with `--browser` what its tests need too.
# Anything already installed at the right version is left alone, so this is quick
# to run again. Versions are pinned here, in Cargo.lock and in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen library exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '==> %s\n' "$*"; }

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
        say "adding the $component component"
        rustup component add "$component"
    fi
done

# The release wasm's toolchain (scripts/build.sh): a dated nightly with the
# standard library's source, which the release build compiles for size.
source scripts/release-toolchain.env
if ! grep -q '^rust-src' <<<"$(rustup component list --toolchain "$RELEASE_TOOLCHAIN" --installed 2>/dev/null)"; then
    say "installing Rust $RELEASE_TOOLCHAIN with its library source, for the release wasm (under a minute, once)"
    rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src
fi

if [[ $(trunk --version 2>/dev/null) != "trunk $TRUNK_VERSION" ]]; then
    say "installing trunk $TRUNK_VERSION (about 11 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [[ $(wasm-bindgen --version 2>/dev/null) != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
    # Without --locked: one of its locked dependency versions is gone from the registry.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm packages: wasm-opt (binaryen), esbuild, the static server and the test driver.
stamp=node_modules/.harbor-installed
if [[ ! -f $stamp ]] || ! cmp -s package-lock.json "$stamp"; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund
    cp package-lock.json "$stamp"
fi

# Debian's packages for what is asked: with --browser, the test browsers
# (Chromium and ChromeDriver, Firefox ESR, WebKitGTK's MiniBrowser with
# WebKitWebDriver, Xvfb for MiniBrowser's window, and openssl for the test
# network's throwaway certificate, and fonts for the scripts of the view of
# help in other languages: Noto CJK for Chinese and Korean, Noto core for
# Arabic and the rest, which the layout test checks render; and Java for the
# Nu HTML Checker, npm's vnu-jar, which checks every page); with --icons,
# pngquant for `make icons`.
needs=()
case ${1:-} in
    --browser)
        needs=(chromium:/usr/bin/chromium chromium-driver:/usr/bin/chromedriver
            firefox-esr:/usr/bin/firefox-esr webkit2gtk-driver:/usr/bin/WebKitWebDriver
            xvfb:/usr/bin/Xvfb openssl:/usr/bin/openssl
            fonts-noto-cjk:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
            fonts-noto-core:/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf
            default-jre-headless:/usr/bin/java) ;;
    --icons)
        needs=(pngquant:/usr/bin/pngquant) ;;
esac
if ((${#needs[@]})); then
    missing=()
    for need in "${needs[@]}"; do
        [[ -e ${need#*:} ]] || missing+=("${need%%:*}")
    done
    if ((${#missing[@]})); then
        say "installing Debian's ${missing[*]}"
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
    fi
fi

# Trunk builds offline, so every crate must be here first, the standard
# library's own for the release build included.
cargo fetch --quiet
cargo "+$RELEASE_TOOLCHAIN" fetch --quiet -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown
