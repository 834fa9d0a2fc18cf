// What is true of the built files themselves, read from dist/ without a
// browser: the app's hashed names describe their bytes as served, and the
// service worker's list holds exactly the files a host serves, never the
// files for hosts, which Netlify and Cloudflare Pages answer with 404.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, forHosts } from './harness.mjs';

/** The worker's list, as the build wrote it into sw.js. */
function listed() {
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const list = /const PRECACHE = (\[[\s\S]*?\]);/.exec(worker);
  assert.ok(list, 'sw.js holds its list');
  return JSON.parse(list[1]);
}

test('every hashed name is the hash of the file as served', () => {
  const hashed = readdirSync(DIST).filter((name) => /^app-([a-z]{2}-)?[0-9a-f]{16}(\.js|_bg\.wasm)$/.test(name));
  assert.ok(hashed.length >= 2, `the app's files: ${hashed}`);
  for (const name of hashed) {
    const hash = /([0-9a-f]{16})(\.js|_bg\.wasm)$/.exec(name)[1];
    const served = createHash('sha256').update(readFileSync(join(DIST, name))).digest('hex').slice(0, 16);
    assert.equal(hash, served, `${name} names its bytes`);
  }
  // Every app file the build left is one of them: none kept a name from before.
  assert.deepEqual(readdirSync(DIST).filter((name) => /^app.*\.(js|wasm)$/.test(name)).sort(), hashed.sort());
});

test('the worker lists every file a host serves, and none of the files for hosts', () => {
  const urls = listed().map((entry) => entry.url);
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(DIST, join(entry.parentPath, entry.name)).replaceAll('\\', '/')}`);
  const forHost = files.filter(forHosts);
  assert.deepEqual(forHost.sort(), ['/_headers', '/_nginx.conf', '/_redirects'], 'the files for hosts');
  for (const url of forHost) assert.ok(!urls.includes(url), `${url} is not in the worker's list`);
  const served = files.filter((url) => !forHosts(url) && url !== '/sw.js' && !/\.(br|gz)$/.test(url));
  assert.deepEqual(urls.slice().sort(), served.sort(), 'the list is exactly the files served');
});
