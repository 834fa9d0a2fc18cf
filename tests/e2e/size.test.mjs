// The size budgets of what a phone downloads, read from dist/ (as `make
// bench` measures them too):
// - the app, the same for every language: its wasm and JS glue, gzip -9;
// - each language's content file, gzip -9;
// - the offline copy one visit saves: the files every language needs and
//   those of the language visited, as sent (the Brotli twin where the build
//   wrote one), for each language.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, LANGUAGES, listed, sentSize, test } from './harness.mjs';

/**
 * The budgets, in KiB (issue 22). The app measured 116.7 built with stable
 * Rust and Trunk's wasm-opt; the release build's nightly Rust, which compiles
 * the standard library for size (scripts/build.sh), brought it to 100.7, and
 * the short names between the wasm and its glue (scripts/shrink-app.mjs) to
 * 95.7 (ARCHITECTURE.md, "Size").
 */
const APP_KIB = 100;
const CONTENT_KIB = 30;
const COPY_KIB = 300;

const kib = (bytes) => bytes / 1024;
const gzip = (name) => gzipSync(readFileSync(join(DIST, name)), { level: 9 }).length;

test(`the app, wasm and JS glue, is at most ${APP_KIB} KiB gzip, for every language`, () => {
  const app = readdirSync(DIST).filter((f) => /^app-[0-9a-f]{16}(\.js|_bg\.wasm)$/.test(f));
  assert.equal(app.length, 2, `one wasm and one glue: ${app}`);
  const size = kib(app.reduce((sum, f) => sum + gzip(f), 0));
  console.log(`wasm + JS: ${size.toFixed(1)} KiB gzip (budget ${APP_KIB})`);
  assert.ok(size <= APP_KIB, `${size.toFixed(1)} KiB gzip is over the budget of ${APP_KIB} KiB`);
});

for (const language of LANGUAGES) {
  test(`the content file of "${language.code}" is at most ${CONTENT_KIB} KiB gzip`, () => {
    const files = readdirSync(DIST).filter((f) => new RegExp(`^content-${language.code}-[0-9a-f]{16}\\.txt$`).test(f));
    assert.equal(files.length, 1, `one content file: ${files}`);
    const size = kib(gzip(files[0]));
    console.log(`content "${language.code}": ${size.toFixed(1)} KiB gzip (budget ${CONTENT_KIB})`);
    assert.ok(size <= CONTENT_KIB, `${size.toFixed(1)} KiB gzip is over the budget of ${CONTENT_KIB} KiB`);
  });

  test(`the copy saved after one visit in "${language.code}" is at most ${COPY_KIB} KiB as sent`, () => {
    const files = listed().filter((entry) => !entry.lang || entry.lang === language.code);
    const size = kib(files.reduce((sum, entry) => sum + sentSize(entry.url), 0));
    console.log(`copy after one visit in "${language.code}": ${files.length} files, ${size.toFixed(1)} KiB as sent (budget ${COPY_KIB})`);
    assert.ok(size <= COPY_KIB, `${size.toFixed(1)} KiB is over the budget of ${COPY_KIB} KiB`);
  });
}
