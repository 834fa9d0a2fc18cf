// The size budget of what a phone downloads to run the app in one language:
// that language's release wasm and its JS glue, gzip -9 (as `make bench`
// measures them, with Brotli too). Each language has its own app (see
// ARCHITECTURE.md, "Languages"), so each must fit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './harness.mjs';

/** The budget, in KiB of gzip. */
const BUDGET_KIB = 125;

/** Each language's app files: `app-<hash>` is English, `app-es-<hash>` Spanish. */
const LANGUAGES = { en: /^app-[0-9a-f]{16}(\.js|_bg\.wasm)$/, es: /^app-es-[0-9a-f]{16}(\.js|_bg\.wasm)$/ };

for (const [lang, pattern] of Object.entries(LANGUAGES)) {
  test(`the release wasm and its JS glue in "${lang}" are at most ${BUDGET_KIB} KiB gzip`, () => {
    const shipped = readdirSync(DIST).filter((f) => pattern.test(f));
    assert.equal(shipped.length, 2, `one wasm and one glue: ${shipped}`);
    const kib = shipped.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0) / 1024;
    console.log(`wasm + JS in "${lang}": ${kib.toFixed(1)} KiB gzip (budget ${BUDGET_KIB})`);
    assert.ok(kib <= BUDGET_KIB, `${kib.toFixed(1)} KiB gzip is over the budget of ${BUDGET_KIB} KiB`);
  });
}
