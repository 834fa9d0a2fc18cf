// Harbor on the real hosts its README names (issue 30): Debian's nginx with
// the build's snippet, and Cloudflare's local Pages server (`wrangler pages
// dev`), each serving a copy of the built site on a free loopback port
// (hosts.mjs). On each, from Node, as a browser asks (redirects not
// followed, `accept-encoding: br, gzip`): no redirect for any address Harbor
// links or lists; every page, script, wasm, content file and manifest sent
// compressed, and the bytes of a first visit in each language held to a
// budget; the files for hosts never served; the right types; the headers;
// the not-found page in each language. Then, in Chromium, a short pass of
// what depends on the host: the offline copy and offline navigation in two
// languages, and an update. Last, a host set to answer every unknown address
// with /index.html (a common single-page setting): the not-found view is
// still in the address's language.
//
// The site is dist/, or the folder HARBOR_HOSTS_DIST names (its nginx
// snippet beside it, `<folder>.nginx.conf`).
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { controlled, copyComplete, deployChangedPage, DIST, launch, LANGUAGES, listed, ready, test } from './harness.mjs';
import { get, startNginx, startPages } from './hosts.mjs';
import { addressOf, pageFile } from '../../scripts/page-files.mjs';

/** The built site under test. */
const SITE = process.env.HARBOR_HOSTS_DIST || DIST;
if (!existsSync(join(SITE, 'sw.js'))) throw new Error(`${SITE} holds no built site (no sw.js): run make build, or set HARBOR_HOSTS_DIST`);

/**
 * The most bytes a first visit may bring, in any language, on each host:
 * the home page, the worker and the whole offline copy of that language
 * (every file the worker lists for it, and the common ones), as sent.
 * Debian's nginx has no Brotli module: it sends the build's gzip twins.
 * Cloudflare compresses by itself, with Brotli. Measured on the build of
 * issue 30 (2026-12-07, five languages; the largest, Arabic): nginx 310
 * KiB, Cloudflare 289 KiB (before it, 344 and 361 KiB).
 */
const BUDGET_KIB = { nginx: 320, pages: 300 };

/** How long a deploy may take to show on a host (wrangler notices changed files by itself). */
const DEPLOY_MS = 30_000;

const scratch = mkdtempSync(join(tmpdir(), 'harbor-hosts-'));
// Removed after the tests; and if the file is ended early (hosts.mjs ends
// it on SIGTERM once its servers are killed), as it exits.
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** The name of each host's copy of the site, as a deployer's folder is named. */
const FOLDER = 'dist';

/**
 * A copy of the site for one host, which its update test changes as a
 * deploy would, in a folder named as a deployer's is (`FOLDER`), with the
 * nginx snippet beside it (`dist.nginx.conf`) if the build wrote one there.
 */
function copyOfSite(name) {
  const dir = join(scratch, name, FOLDER);
  cpSync(SITE, dir, { recursive: true });
  if (existsSync(`${SITE}.nginx.conf`)) cpSync(`${SITE}.nginx.conf`, `${dir}.nginx.conf`);
  return dir;
}

// ---- What the site holds, read from its files (never changed: each host serves a copy).

/** Every file of `dir`, relative, with `/` between folders. */
const filesIn = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => statSync(join(dir, name)).isFile());

/** The files a host serves: not the compressed twins, not the files for hosts (`_headers`, …). */
const FILES = filesIn(SITE).filter((name) => !/\.(br|gz)$/.test(name) && !name.startsWith('_'));

/** Each file a host serves, by the address Harbor uses for it: pages by their address, other files by their path. */
const SERVED = FILES.map((file) => ({ file, address: file.endsWith('.html') ? addressOf(file) : `/${file}` }));
const PAGES = SERVED.filter(({ file }) => file.endsWith('.html')).map(({ address }) => address);

/** The worker's list (sw.js): each file to keep offline, by the address it asks for, with its language if it has one. */
const LISTED = listed(SITE);

/** Every address on the site that a page of it links (`href` or `src`), without its query or fragment. */
const LINKED = new Set(
  FILES.filter((file) => file.endsWith('.html')).flatMap((file) =>
    [...readFileSync(join(SITE, file), 'utf8').matchAll(/\s(?:href|src)="(\/(?!\/)[^"#?]*)/g)].map((m) => m[1]),
  ),
);

/** Each language's home: `/`, `/es/`, … */
const HOMES = LANGUAGES.map((language) => `${language.base}/`);

/** Every address Harbor links or lists, in every language. */
const LINKED_OR_LISTED = [...new Set([...LISTED.map((entry) => entry.url), ...PAGES, ...HOMES, ...LINKED])].sort();

/** The files for hosts in the folder. */
const HOST_FILES = ['/_headers', '/_redirects'];

/** An unknown address in each language. */
const UNKNOWN = LANGUAGES.map((language) => ({ language, address: `${language.base}/no-such-place` }));

/** The files whose names carry their content's hash, kept a year. */
const HASHED = /^\/(app-[0-9a-f]{16}(\.js|_bg\.wasm)|content-[A-Za-z0-9-]+-[0-9a-f]{16}\.txt|(offline|looks)-[0-9a-f]{16}\.js)$/;

/** A content file: `content-<lang>-<16 hex>.txt`. */
const CONTENT = /^\/content-[A-Za-z0-9-]+-[0-9a-f]{16}\.txt$/;

/** The type each file must be sent with, by its address; null for a file this test does not judge. */
function typeFor(file, address) {
  if (file.endsWith('.html')) return ['text/html'];
  if (CONTENT.test(address)) return ['text/plain'];
  if (file.endsWith('.wasm')) return ['application/wasm'];
  if (file.endsWith('.webmanifest')) return ['application/manifest+json'];
  if (file.endsWith('.js')) return ['text/javascript', 'application/javascript'];
  if (file.endsWith('.png')) return ['image/png'];
  return null;
}

/** Whether a file is one a host must send compressed: pages, scripts, wasm, content files, manifests. */
const compressible = (file, address) => /\.(html|js|wasm|webmanifest)$/.test(file) || CONTENT.test(address);

/** The file of `dir` a host answers `address` with (`/signs` is `signs.html`, `/app-….js` itself), from the folder's root, or null. */
function servedFile(dir, address) {
  const page = pageFile(dir, address);
  if (page) return relative(dir, page).split(sep).join('/');
  const file = address.slice(1);
  return existsSync(join(dir, file)) && statSync(join(dir, file)).isFile() ? file : null;
}

/** Text of HTML, as a browser shows it in one line: tags dropped, entities read, spaces collapsed. */
function plainText(html) {
  const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) =>
      name[0] === '#'
        ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
        : entities[name.toLowerCase()] ?? whole,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The heading (`main h1`) of the page the site's `dir` holds for `address`. */
function headingOf(dir, address) {
  const file = servedFile(dir, address);
  assert.ok(file, `the site has a page for ${address}`);
  const found = /<main[^>]*>[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(join(dir, file), 'utf8'));
  assert.ok(found, `${file} has a main h1`);
  return plainText(found[1]);
}

/** The policy each page carries in its `<meta>` tag, or null if the home page has none. */
const POLICY = (() => {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(join(SITE, servedFile(SITE, '/')), 'utf8'));
  return meta ? plainText(meta[1]) : null;
})();

/** What a first visit in `language` brings: its home page, the worker, every file listed for it, and the common ones. */
const firstVisitOf = (language) => [
  ...new Set([`${language.base}/`, '/sw.js', ...LISTED.filter((e) => !e.lang || e.lang === language.code).map((e) => e.url)]),
];

// ---- Asking a host.

/** Runs `use` on each of `items`, at most `limit` at a time; resolves to the results in order. */
async function mapLimit(items, limit, use) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await use(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** `get`, with a failure to answer kept as `{ error }` rather than thrown, so that one test can list every offender. */
const ask = (url) => get(url).catch((error) => ({ error: error.message }));

/** How an answer reads in a failure message. */
function said(answer) {
  if (answer.error) return `no answer (${answer.error})`;
  const location = answer.headers.location ? ` → ${answer.headers.location}` : '';
  return `${answer.status}${location}`;
}

/**
 * Everything the tests of one host ask it, asked once (a few at a time):
 * a map from address to answer.
 */
async function crawl(host) {
  const addresses = [
    ...new Set([...LINKED_OR_LISTED, ...SERVED.map((s) => s.address), ...HOST_FILES, ...UNKNOWN.map((u) => u.address), '/sw.js']),
  ];
  const answers = await mapLimit(addresses, 8, (address) => ask(host.url + address));
  return new Map(addresses.map((address, i) => [address, answers[i]]));
}

/**
 * What asking for `address` brings as sent: the bodies of the redirects it
 * meets on the same site (at most five), `redirects`, and the body of the
 * answer it ends in, `body`, at the path `at`, with its `status`.
 */
async function sentFor(host, answers, address) {
  let answer = answers.get(address) ?? (await ask(host.url + address));
  let at = new URL(address, host.url);
  let redirects = 0;
  for (let hops = 0; hops < 5 && answer.status >= 300 && answer.status < 400 && answer.headers.location; hops++) {
    const next = new URL(answer.headers.location, at);
    if (next.origin !== at.origin) break;
    redirects += answer.sent;
    at = next;
    answer = answers.get(at.pathname) ?? (await ask(at.href));
  }
  return { redirects, body: answer.sent ?? 0, at: at.pathname, status: answer.error ? said(answer) : answer.status };
}

/** Asserts that `failures` is empty, listing every one of them under `what`. */
function noFailures(failures, what) {
  assert.ok(failures.length === 0, `${failures.length} ${what}:\n  ${failures.join('\n  ')}`);
}

// ---- In Chromium.

let browser = null;
/** This file's one Chromium (harness `launch`), started when first needed. */
const chromium = async () => (browser ??= await launch());

/**
 * Waits until the copy (the site's caches) holds every file the worker
 * lists for `language` and every common one, then asks the worker whether
 * its copy is complete. Fails after a minute naming the files still missing.
 */
async function copyHolds(page, language) {
  const wanted = LISTED.filter((e) => !e.lang || e.lang === language.code).map((e) => e.url);
  const missing = () =>
    page.evaluate(async (wanted) => {
      const out = [];
      for (const url of wanted) if (!(await caches.match(url))) out.push(url);
      return out;
    }, wanted);
  try {
    await page.waitForFunction(
      async (wanted) => {
        for (const url of wanted) if (!(await caches.match(url))) return false;
        return true;
      },
      wanted,
      { polling: 200, timeout: 60_000 },
    );
  } catch (error) {
    const left = await missing().catch(() => [`(the page could not be asked: ${error.message})`]);
    assert.fail(`the offline copy of ${language.code} is not complete after a minute; missing: ${left.join(', ')}`);
  }
  assert.equal(await copyComplete(page), true, `the worker says its copy is complete, with ${language.code}`);
}

/** What the tab shows: its address, `lang`, main heading, and whether the call bar and its call link are shown. */
const shown = (page) =>
  page.evaluate(() => {
    const frame = document.querySelector('#frame');
    const call = document.querySelector('#frame a[href="tel:+18883737888"]');
    return {
      path: location.pathname,
      lang: document.documentElement.lang,
      heading: (document.querySelector('main h1')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      callBar: Boolean(frame && frame.getClientRects().length > 0 && call && call.getClientRects().length > 0),
    };
  });

/**
 * Waits until the tab shows `expected` (see `shown`), for up to 15 s, then
 * asserts it, so that a failure says what the tab showed instead.
 */
async function shows(page, expected, what) {
  await page
    .waitForFunction(
      (expected) => {
        const frame = document.querySelector('#frame');
        const call = document.querySelector('#frame a[href="tel:+18883737888"]');
        return (
          document.readyState !== 'loading' &&
          location.pathname === expected.path &&
          document.documentElement.lang === expected.lang &&
          (document.querySelector('main h1')?.textContent ?? '').replace(/\s+/g, ' ').trim() === expected.heading &&
          Boolean(frame && frame.getClientRects().length > 0 && call && call.getClientRects().length > 0)
        );
      },
      expected,
      { timeout: 15_000 },
    )
    .catch(() => {});
  assert.deepEqual(await shown(page), expected, what);
}

/**
 * Runs `wait` (a wait on the tab); if it times out, fails naming `what` and
 * what the tab shows: its address, the marks on its `<html>`, and whether a
 * service worker controls it.
 */
async function waitIn(page, what, wait) {
  try {
    await wait();
  } catch (error) {
    const state = await page
      .evaluate(() => ({ path: location.pathname, marks: { ...document.documentElement.dataset }, controlled: navigator.serviceWorker?.controller !== null }))
      .catch((e) => `(the tab could not be asked: ${e.message})`);
    assert.fail(`${what}: ${error.message}; the tab: ${JSON.stringify(state)}`);
  }
}

// ---- A deploy.

/**
 * A new version of `dir`, deployed in place (harness `deployChangedPage`):
 * the home page of the first language gets a line `marker` outside the
 * view (in plain HTML the app never touches), and the worker's list names
 * its new bytes. Returns the texts a host must now send for `/` and `/sw.js`.
 */
function deployNewHome(dir, marker) {
  const home = deployChangedPage(dir, '/', (html) => html.replace('<div id="app">', `<p id="new-version">${marker}</p><div id="app">`));
  assert.ok(home.includes(marker), 'the home page holds <div id="app">');
  return { home, worker: readFileSync(join(dir, 'sw.js'), 'utf8') };
}

/** Waits until `host` sends the deployed texts for `/` and `/sw.js` (a host may take a moment to see changed files). */
async function deployed(host, { home, worker }) {
  const until = Date.now() + DEPLOY_MS;
  for (;;) {
    const [page, script] = await Promise.all([ask(`${host.url}/`), ask(`${host.url}/sw.js`)]);
    if (page.body?.toString() === home && script.body?.toString() === worker) return;
    if (Date.now() > until) assert.fail(`${host.name} did not send the new version within ${DEPLOY_MS / 1000} s: / ${said(page)}, /sw.js ${said(script)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---- The tests.

const HOSTS = [
  { name: 'nginx', dir: copyOfSite('nginx'), start: startNginx, budget: BUDGET_KIB.nginx },
  { name: 'Cloudflare Pages (wrangler pages dev)', dir: copyOfSite('pages'), start: startPages, budget: BUDGET_KIB.pages },
];

after(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

for (const host of HOSTS) {
  describe(`on ${host.name}`, () => {
    let server = null;
    let answers = null;
    /** Every answer of the host, asked once for all the tests below. */
    const answered = async () => (answers ??= await crawl(host));
    before(async () => {
      server = await host.start(host.dir);
      host.url = server.url;
    });
    after(() => server?.stop());

    test('no redirect: every address Harbor links or lists, in every language, answers 200 at once', async () => {
      const all = await answered();
      const failures = LINKED_OR_LISTED.filter((a) => all.get(a).status !== 200).map((a) => `${a}: ${said(all.get(a))}`);
      noFailures(failures, `of ${LINKED_OR_LISTED.length} addresses do not answer 200 directly`);
    });

    test(`every page, script, wasm, content file and manifest is sent compressed, and a first visit in each language brings at most ${host.budget} KiB`, async () => {
      const all = await answered();
      const failures = [];
      for (const { file, address } of SERVED.filter((s) => compressible(s.file, s.address))) {
        const answer = all.get(address);
        if (answer.status !== 200) failures.push(`${address}: ${said(answer)}, not the file`);
        else if (!/^(br|gzip)$/.test(answer.headers['content-encoding'] ?? '')) {
          failures.push(`${address} (${file}): sent as ${answer.headers['content-encoding'] ?? 'is'}, ${answer.sent} bytes, ${answer.headers['content-type']}`);
        }
      }
      const sizes = [];
      for (const language of LANGUAGES) {
        let total = 0;
        // Each file once, however many addresses lead to it; each redirect met.
        const had = new Set();
        for (const address of firstVisitOf(language)) {
          const { redirects, body, at, status } = await sentFor(host, all, address);
          if (status !== 200) failures.push(`${address}, for a first visit in ${language.code}: ends in ${status}`);
          total += redirects + (had.has(at) ? 0 : body);
          had.add(at);
        }
        const kib = total / 1024;
        sizes.push(`${language.code} ${kib.toFixed(1)} KiB`);
        if (kib > host.budget) failures.push(`a first visit in ${language.code} brings ${kib.toFixed(1)} KiB, over ${host.budget} KiB`);
      }
      console.log(`bytes as sent for a first visit (the home page, the worker, the whole offline copy) on ${host.name}: ${sizes.join(', ')}`);
      noFailures(failures, 'files not sent compressed, or first visits over budget');
    });

    test('the files for hosts are never served', async () => {
      const all = await answered();
      const failures = HOST_FILES.filter((a) => all.get(a).status !== 404).map((a) => `${a}: ${said(all.get(a))}, ${all.get(a).headers?.['content-type']}`);
      noFailures(failures, 'files for hosts answer other than 404');
    });

    test('every file is sent with its type: pages, scripts, wasm, content files, manifests, icons', async () => {
      const all = await answered();
      const failures = [];
      for (const { file, address } of SERVED) {
        const types = typeFor(file, address);
        if (!types) continue;
        const answer = all.get(address);
        const type = (answer.headers?.['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        if (answer.status !== 200) failures.push(`${address}: ${said(answer)}, not the file`);
        else if (!types.includes(type)) failures.push(`${address}: ${type || 'no type'}, not ${types.join(' or ')}`);
      }
      noFailures(failures, 'files sent with the wrong type');
    });

    test('every answer carries the policy, no referrer and nosniff; pages and the worker are checked at each visit, hashed files kept a year', async () => {
      const all = await answered();
      const failures = [];
      const policy = POLICY ? `${POLICY}; frame-ancestors 'none'` : null;
      for (const [address, answer] of all) {
        if (answer.error) {
          failures.push(`${address}: ${said(answer)}`);
          continue;
        }
        const h = answer.headers;
        const csp = h['content-security-policy'];
        if (policy ? csp !== policy : !/frame-ancestors 'none'/.test(csp ?? '')) {
          failures.push(`${address} (${answer.status}): Content-Security-Policy ${csp === undefined ? 'missing' : `"${csp}"`}`);
        }
        if (h['referrer-policy'] !== 'no-referrer') failures.push(`${address} (${answer.status}): Referrer-Policy ${h['referrer-policy']}`);
        if (h['x-content-type-options'] !== 'nosniff') failures.push(`${address} (${answer.status}): X-Content-Type-Options ${h['x-content-type-options']}`);
      }
      let pages = 0;
      let hashed = 0;
      for (const address of [...new Set([...PAGES, ...HOMES, '/sw.js'])]) {
        const answer = all.get(address);
        if (answer.status !== 200) continue;
        pages++;
        // `no-cache` (the nginx snippet), or Cloudflare's and Netlify's own, which say the same.
        const cache = answer.headers['cache-control'] ?? '';
        if (!/^(no-cache|public, max-age=0, must-revalidate)$/.test(cache)) failures.push(`${address}: Cache-Control ${cache || 'missing'}, not checked at each visit`);
      }
      for (const { address } of SERVED.filter((s) => HASHED.test(s.address))) {
        const answer = all.get(address);
        if (answer.status !== 200) continue;
        hashed++;
        const cache = answer.headers['cache-control'] ?? '';
        if (!/(^|[\s,])max-age=31536000([\s,]|$)/.test(cache) || /no-cache|no-store/.test(cache)) {
          failures.push(`${address}: Cache-Control ${cache || 'missing'}, not a year`);
        }
      }
      assert.ok(pages >= PAGES.length / 2, `most pages answered (${pages} of ${PAGES.length}); see the test of redirects`);
      assert.ok(hashed >= 4, `the hashed files answered (${hashed})`);
      noFailures(failures, 'answers without the right headers');
    });

    test('an unknown address answers 404 with the not-found page of its language, in every language', async () => {
      const all = await answered();
      const failures = [];
      for (const { language, address } of UNKNOWN) {
        const answer = all.get(address);
        const html = answer.body?.toString() ?? '';
        const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
        const heading = /<main[^>]*>[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
        const expected = headingOf(SITE, `${language.base}/404`);
        if (answer.status !== 404 || lang !== language.code || (heading && plainText(heading)) !== expected) {
          failures.push(`${address}: ${said(answer)}, lang ${lang}, heading "${heading && plainText(heading)}" (expected 404, ${language.code}, "${expected}")`);
        }
      }
      noFailures(failures, 'unknown addresses not answered with their language\'s not-found page');
    });

    test('in Chromium: a first visit saves the copy, in two languages; offline, their pages and their not-found page open with the call bar', async () => {
      const { context } = await chromium();
      const page = await context.newPage();
      const origin = server.urls[0];
      try {
        for (const language of LANGUAGES.slice(0, 2)) {
          await page.goto(`${origin}${language.base}/`);
          await ready(page);
          await waitIn(page, 'a service worker controls the tab', () => controlled(page));
          await copyHolds(page, language);
        }
        await context.setOffline(true);
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        for (const language of LANGUAGES.slice(0, 2)) {
          const path = `${language.base}/signs`;
          await page.goto(origin + path);
          await ready(page).catch(async (error) => {
            const marks = await page.evaluate(() => ({ ...document.documentElement.dataset }));
            assert.fail(`${path}, offline: the app did not start (${error.message}); <html> ${JSON.stringify(marks)}; errors: ${errors.join(' | ') || 'none'}`);
          });
          await shows(page, { path, lang: language.code, heading: headingOf(SITE, path), callBar: true }, `${path}, offline`);
          const unknown = `${language.base}/no-such-place`;
          await page.goto(origin + unknown);
          await shows(page, { path: unknown, lang: language.code, heading: headingOf(SITE, `${language.base}/404`), callBar: true }, `${unknown}, offline`);
        }
      } finally {
        await context.setOffline(false);
        await page.close();
      }
    });

    test('in Chromium: a page reached by another form of its address is that page, and the app takes it over', async () => {
      const { context } = await chromium();
      const page = await context.newPage();
      try {
        for (const [form, path] of [[LANGUAGES[1].base, `${LANGUAGES[1].base}/`], ['/signs/', '/signs'], ['/signs?from=a-link', '/signs']]) {
          await page.goto(server.urls[0] + form);
          await ready(page);
          const marks = await page.evaluate(() => ({ ...document.documentElement.dataset }));
          assert.ok(!('standIn' in marks), `${form}: nothing stands in for it (${JSON.stringify(marks)})`);
          assert.equal(await page.locator('main h1').innerText(), headingOf(SITE, path), `${form}: the page of ${path}`);
        }
      } finally {
        await page.close();
      }
    });

    // Last of this host's tests: it changes the site it serves.
    test('in Chromium: a new version deployed is found, waits for the person, and one Reload shows it', async () => {
      const { context } = await chromium();
      const page = await context.newPage();
      // An origin of its own (the same server by another name): nothing of the test before.
      const origin = server.urls[1];
      try {
        await page.goto(`${origin}/`);
        await ready(page);
        await waitIn(page, 'a service worker controls the tab', () => controlled(page));
        await copyHolds(page, LANGUAGES[0]);
        assert.equal(await page.locator('#new-version').count(), 0, 'version A has no new line');

        await deployed(host, deployNewHome(host.dir, 'Version B is here.'));
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
        const notice = page.locator('#frame-notices .update');
        await notice.waitFor({ state: 'visible' });
        assert.equal(await page.locator('#new-version').count(), 0, 'nothing reloaded by itself');
        await Promise.all([page.waitForEvent('load'), notice.locator('button.reload').click()]);
        await ready(page);
        await page.locator('#new-version', { hasText: 'Version B is here.' }).waitFor();
        const registration = await page.evaluate(async () => {
          const r = await navigator.serviceWorker.getRegistration();
          return { waiting: r.waiting !== null, active: r.active?.state, controlled: navigator.serviceWorker.controller === r.active };
        });
        assert.deepEqual(registration, { waiting: false, active: 'activated', controlled: true }, 'the new version is active and serves the page');
      } finally {
        await page.close();
      }
    });
  });
}

for (const [setting, answer] of [['home', '/index.html'], ['first-not-found', 'the first language\'s /404.html']]) describe(`on a host that answers every unknown address with ${answer} (nginx, no snippet)`, () => {
  let server = null;
  before(async () => {
    server = await startNginx(SITE, { setting });
  });
  after(() => server?.stop());

  test('an unknown address shows the not-found view in its own language, with the call bar: on a first visit, and in every language with the worker', async () => {
    const { context } = await chromium();
    const page = await context.newPage();
    const notFound = (language) => ({
      path: `${language.base}/nada`,
      lang: language.code,
      heading: headingOf(SITE, `${language.base}/404`),
      callBar: true,
    });
    try {
      const other = LANGUAGES[1];
      await page.goto(`${server.url}${other.base}/nada`);
      await shows(page, notFound(other), `${other.base}/nada on a first visit`);
      // The page put in place is the safety script's to guard: Shift counts toward the exit.
      await page.keyboard.press('Shift');
      await waitIn(page, 'one Shift press marked on the exit link', () => page.locator('#frame a.exit[data-presses="1"]').waitFor({ timeout: 4000 }));
      await page.goto(`${server.url}/`);
      await waitIn(page, 'a service worker controls the tab', () => controlled(page));
      for (const language of LANGUAGES) {
        await page.goto(`${server.url}${language.base}/nada`);
        await shows(page, notFound(language), `${language.base}/nada, with the worker`);
      }
    } finally {
      await page.close();
    }
  });
});

describe('on a host that answers every unknown address with /index.html, and has lost a language\'s not-found page', () => {
  let server = null;
  const other = LANGUAGES[1];
  before(async () => {
    const dir = copyOfSite('lost');
    for (const twin of ['', '.br', '.gz']) rmSync(join(dir, `${other.base.slice(1)}/404.html${twin}`));
    server = await startNginx(dir, { setting: 'home' });
  });
  after(() => server?.stop());

  test('the safety script gives up at once and shows the page as it came, and the app takes it over', async () => {
    const { context } = await chromium();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}${other.base}/nada`);
      await waitIn(page, 'the app takes the page over', () => ready(page));
      const marks = await page.evaluate(() => ({ ...document.documentElement.dataset }));
      assert.ok(!('standIn' in marks), `nothing stands in (${JSON.stringify(marks)})`);
      assert.equal(await page.locator('#frame a[href="tel:+18883737888"]').isVisible(), true, 'the call bar');
    } finally {
      await page.close();
    }
  });
});
