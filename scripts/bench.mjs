// How fast Harbor's built site (dist/) shows help on a mid-range phone, and how
// big its wasm and JS are. `make bench` runs this after the search benchmark.
//
// It loads four variants of the site, built from dist/ into temp folders
// (dist/ itself is never changed), served compressed as a host would (the
// build's .br and .gz twins), in headless Chromium slowed down through the
// DevTools protocol, each load in a fresh browser profile so nothing is cached:
//   plain page                each page's text alone, no style or script: what
//                             a simple site with the same text gives (the floor)
//   static page               each page without any script
//   app (prerendered)         dist/ as it is
//   app without prerendering  dist/ with <div id="app"> emptied
//   app in <second language>  dist/ as it is, the same page in the second
//                             language of content/languages.toml (Spanish)
// and prints the median (min-max) of BENCH_RUNS loads, the sizes (the app,
// each language's content file, the offline copy one visit saves), then the
// budgets.
// Env: BENCH_RUNS (default 5), BENCH_PATH (default /).
// The last line counts the budgets met; the exit code is 1 if any is not
// (or a load failed), so `make bench` fails with it.
import { cpSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createServer } from 'http-server';
import { chromium } from 'playwright-core';
import { LANGUAGES } from './languages.mjs';
import { servePagesByAddress } from './page-files.mjs';

process.noDeprecation = true; // http-server 14 uses a deprecated Node API; its warning is noise here

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const RUNS = Number(process.env.BENCH_RUNS || 5);
const PATH = process.env.BENCH_PATH || '/';
const TIMEOUT = 60_000; // for any one thing we wait for

// The mid-range phone: a 4x slower CPU and a slow 4G-like connection.
const CPU = { rate: 4 };
const SLOW = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const OFFLINE = { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

// ---- The variants: copies of dist/ with each HTML page rewritten ----------

const scratch = mkdtempSync(join(tmpdir(), 'harbor-bench-'));
const noAppDiv = []; // pages without <div id="app">

/** Copies dist/ to a temp folder, passing the text of every .html file through `edit`. */
function variant(name, edit) {
  const dir = join(scratch, name);
  // dereference: copy files, never links, so that no edit below can reach dist/ itself.
  cpSync(DIST, dir, { recursive: true, dereference: true });
  if (realpathSync(dir).startsWith(realpathSync(DIST))) throw new Error(`${dir} is not a copy of dist/`);
  let worker = readFileSync(join(dir, 'sw.js'), 'utf8');
  for (const file of readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html'))) {
    const text = edit(readFileSync(join(dir, file), 'utf8'), file);
    writeFileSync(join(dir, file), text);
    // Its compressed twins, as the build writes them, so every variant travels alike.
    writeFileSync(join(dir, `${file}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${file}.gz`), gzipSync(text, { level: 9 }));
    // And its hash in the worker's list, which keeps only bytes that match it.
    const integrity = `sha256-${createHash('sha256').update(text).digest('base64')}`;
    worker = worker.replace(new RegExp(`("url": "/${file}",\\s*"integrity": ")[^"]+`), `$1${integrity}`);
  }
  writeFileSync(join(dir, 'sw.js'), worker);
  writeFileSync(join(dir, 'sw.js.br'), brotliCompressSync(worker));
  writeFileSync(join(dir, 'sw.js.gz'), gzipSync(worker, { level: 9 }));
  return dir;
}

/** Drops every <script>…</script> and every modulepreload/preload link; the styles stay. */
const withoutApp = (html) => html
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
  .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi, '');

/** The page's text alone: no script, no style, no link, no policy. */
const plain = (html) => withoutApp(html)
  .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '')
  .replace(/<link\b[^>]*>/gi, '')
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi, '');

/** Empties <div id="app">…</div>, counting nested divs to find its end. */
function withoutPrerender(html, file) {
  const open = /<div\b[^>]*\bid="app"[^>]*>/i.exec(html);
  if (!open) {
    noAppDiv.push(file);
    return html;
  }
  const start = open.index + open[0].length;
  const tags = /<div\b[^>]*>|<\/div\s*>/gi;
  tags.lastIndex = start;
  for (let depth = 1, tag; (tag = tags.exec(html)); ) {
    depth += tag[0][1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(0, start) + html.slice(tag.index);
  }
  throw new Error(`${file}: <div id="app"> is never closed`);
}

// The size budgets, in KiB (tests/e2e/size.test.mjs checks the same).
const APP_KIB = 100;
const CONTENT_KIB = 30;
const COPY_KIB = 300;

const VARIANTS = [
  { name: 'plain page', dir: variant('plain', plain), app: false },
  { name: 'static page', dir: variant('static', withoutApp), app: false },
  { name: 'app (prerendered)', dir: variant('app', (html) => html), app: true },
  { name: 'app without prerendering', dir: variant('noprerender', withoutPrerender), app: true },
];
// The same page in the second language, from the same copy: it must paint as fast.
const SECOND = LANGUAGES[1];
const SECOND_PATH = `${SECOND.base}${PATH}`;
VARIANTS.push({ name: `app in ${SECOND.name}`, dir: VARIANTS[2].dir, app: true, path: SECOND_PATH });

// ---- Sizes, of the copy (dist/ may be rebuilt while this runs) ---------

const APP = VARIANTS.find((v) => v.name === 'app (prerendered)');
const sizeOf = (f) => {
  const bytes = readFileSync(join(APP.dir, f));
  return { file: f, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
};
// One app for every language, and each language's words in a file of its own.
const sizes = readdirSync(APP.dir).filter((f) => /^app-[0-9a-f]{16}(\.js|_bg\.wasm)$/.test(f)).map(sizeOf);
const app = { gzip: sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024, brotli: sizes.reduce((sum, s) => sum + s.brotli, 0) / 1024 };
const contents = LANGUAGES.map((l) => ({
  lang: l.code,
  ...sizeOf(readdirSync(APP.dir).find((f) => new RegExp(`^content-${l.code}-[0-9a-f]{16}\\.txt$`).test(f))),
}));
// The copy one visit saves: what every language needs and the language's own files, as sent (Brotli twins).
const listed = JSON.parse(/const BUILD = \{ files: (\[[\s\S]*?\]), languages: /.exec(readFileSync(join(APP.dir, 'sw.js'), 'utf8'))[1]);
const sent = (url) => {
  const file = join(APP.dir, url);
  try {
    return readFileSync(`${file}.br`).length;
  } catch {
    return readFileSync(file).length;
  }
};
const copies = LANGUAGES.map((l) => ({
  lang: l.code,
  kib: listed.filter((e) => !e.lang || e.lang === l.code).reduce((sum, e) => sum + sent(e.url), 0) / 1024,
}));

// ---- Serving and loading ----------------------------------------------------

/**
 * Serves `dir` on a free loopback port as dist/_headers asks of a host (files
 * named for their content kept a year, everything else checked at each
 * visit), sending its .br and .gz twins.
 */
async function serve(dir) {
  const hashed = /\/(app-[0-9a-f]{16}(\.js|_bg\.wasm)|content-[A-Za-z0-9-]+-[0-9a-f]{16}\.txt|(offline|looks)-[0-9a-f]{16}\.js)$/;
  const cache = (path) => (hashed.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
  const server = createServer({ root: dir, cache, brotli: true, gzip: true, showDir: false, silent: true, before: [servePagesByAddress(dir)] });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => { server.server.closeAllConnections(); server.close(); }; // even a stuck browser's sockets
  return { url: `http://127.0.0.1:${server.server.address().port}`, close };
}

// Runs in every page before its own scripts: notes (performance.now(), ms
// since navigation start) the first frame in which the call link and the exit
// exist, the first in which the view's heading exists, when the wasm app has
// taken the view over, and when the offline copy is complete.
function marker() {
  const marks = (window.__bench = {});
  // The app marks <html data-app="running"> once it has taken the view over
  // (as tests/e2e/harness.mjs, APP_RUNS, reads it); the page's offline script
  // marks <html data-copy> "saved" once the worker is active with a complete
  // copy. (The document has no element yet when this runs: watch the document.)
  new MutationObserver(() => {
    const { app, copy } = document.documentElement.dataset;
    if (app === 'running') marks.started ??= performance.now();
    if (['saved', 'kept'].includes(copy)) marks.ready ??= performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app', 'data-copy'] });
  const check = () => {
    if (marks.help === undefined && document.querySelector('a.exit') && document.querySelector('a[href^="tel:"]')) {
      marks.help = performance.now();
    }
    if (marks.content === undefined && document.querySelector('main h1')) marks.content = performance.now();
  };
  const frame = () => { check(); if (marks.help === undefined || marks.content === undefined) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  document.addEventListener('DOMContentLoaded', check);
}

/** Starts Chromium on a fresh profile, with the marker in every page. */
async function launch() {
  const profile = mkdtempSync(join(scratch, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  await context.addInitScript(marker);
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

let version = 'Chromium'; // as the browser reports it, for the report's profile line

/** Slows `page` down to the phone, on `network` conditions. Call before it navigates. */
async function throttle(context, page, network) {
  const cdp = await context.newCDPSession(page);
  version = (await cdp.send('Browser.getVersion')).product;
  await cdp.send('Emulation.setCPUThrottlingRate', CPU);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
}

/**
 * Loads `url` in `page` and waits until the page is loaded, has painted, shows
 * help, and (for the app) has started and shows the view. Returns the figures
 * in ms since navigation start; each "visible" figure is at least FCP.
 */
async function measure(page, url, app, { offline = false } = {}) {
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
  // Poll (in the page) until every figure this variant should give is there.
  // The plain page has no call bar: its "help" is its first paint.
  await page.waitForFunction(
    ({ app, offline }) => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint')
      && (__bench.help !== undefined || !document.querySelector('header'))
      && (!app || (__bench.started !== undefined && __bench.content !== undefined && (offline || __bench.ready !== undefined))),
    { app, offline }, { timeout: TIMEOUT, polling: 100 },
  ).catch(async () => { throw new Error(`gave up after ${TIMEOUT} ms with ${JSON.stringify(await page.evaluate(() => __bench))}`); });
  const { marks, fcp } = await page.evaluate(() => ({
    marks: { ...__bench },
    fcp: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint').startTime,
  }));
  const atLeastFcp = (t) => (t === undefined ? undefined : Math.max(t, fcp));
  return {
    fcp,
    help: atLeastFcp(marks.help ?? fcp),
    content: atLeastFcp(marks.content ?? fcp),
    started: marks.started,
    ready: marks.ready,
  };
}

/** One cold load of `variant` on the phone profile. */
async function coldLoad(variant, url) {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await throttle(browser.context, page, SLOW);
    return await measure(page, url + (variant.path ?? PATH), variant.app);
  } finally {
    await browser.close();
  }
}

/**
 * One online visit to `path` at full speed, then the same page opened offline
 * in a new tab on the phone's CPU: its figures. (The visit saves the copy of
 * the page's own language, as a person's first visit does.)
 */
async function offlineRepeat(url, path = PATH) {
  const browser = await launch();
  try {
    const first = browser.context.pages()[0] ?? (await browser.context.newPage());
    await first.goto(url + path, { waitUntil: 'load', timeout: TIMEOUT });
    // Is the page controlled once a worker is active? (Fails after TIMEOUT if none ever is.)
    const controlled = () => first.evaluate((ms) => Promise.race([
      navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker became active')), ms)),
    ]), TIMEOUT);
    if (!(await controlled())) {
      await first.reload({ waitUntil: 'load', timeout: TIMEOUT });
      if (!(await controlled())) throw new Error('the service worker does not control the page after a reload');
    }
    await browser.context.setOffline(true); // so that the worker's own fetches fail too
    const page = await browser.context.newPage();
    await throttle(browser.context, page, OFFLINE);
    return await measure(page, url + path, true, { offline: true });
  } finally {
    await browser.close();
  }
}

// ---- Running, in turns so a slow moment of the machine hits all variants ---

const results = VARIANTS.map(() => ({ fcp: [], help: [], content: [], started: [], ready: [], offline: [] }));
const failures = []; // a load that fails or times out counts as no figure, and is named in the report
async function attempt(what, load) {
  try {
    return await load();
  } catch (error) {
    failures.push(`${what}: ${error.message.split('\n')[0]}`);
    return {};
  }
}
const servers = await Promise.all(VARIANTS.map((v) => serve(v.dir)));
try {
  for (let run = 1; run <= RUNS; run++) {
    process.stderr.write(`bench: run ${run} of ${RUNS}\r`);
    for (const [i, v] of VARIANTS.entries()) {
      const figures = await attempt(`${v.name}, run ${run}`, () => coldLoad(v, servers[i].url));
      if (v.app) figures.offline = (await attempt(`${v.name} offline, run ${run}`, () => offlineRepeat(servers[i].url, v.path))).content;
      for (const [key, xs] of Object.entries(results[i])) if (figures[key] !== undefined) xs.push(figures[key]);
    }
  }
  process.stderr.write('\n');
} finally {
  servers.forEach((s) => s.close());
  rmSync(scratch, { recursive: true, force: true });
}

// ---- Report -----------------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => { const s = sorted(xs); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const cell = (xs) => (xs.length ? `${median(xs).toFixed(0)} (${sorted(xs)[0].toFixed(0)}-${sorted(xs).at(-1).toFixed(0)})` : 'n/a');

console.log(`== load of ${PATH} (in ${SECOND.name}, ${SECOND_PATH}) on a mid-range phone, cold cache, ms from navigation start: median (min-max) of ${RUNS}`);
console.log(`profile: ${version} headless, CPU ${CPU.rate}x slower; network ${SLOW.latency} ms latency, `
  + `${(SLOW.downloadThroughput * 8) / 1e6} Mbit/s down, ${(SLOW.uploadThroughput * 8) / 1e3} kbit/s up; served by http-server with the build's Brotli and gzip twins`);
console.log('offline ready: from the first visit until the worker is active with the whole copy saved');
console.log('offline repeat: after one online visit, a new page opened offline with the CPU 4x slower');
if (noAppDiv.length) {
  console.log(`note: no <div id="app"> in ${noAppDiv.join(', ')}: "app without prerendering" is the same as "app (prerendered)"`);
}
for (const failure of failures) console.log(`failed: ${failure}`);
const COLUMNS = [['fcp', 'FCP'], ['help', 'help usable'], ['content', 'content visible'], ['started', 'app started'], ['ready', 'offline ready'], ['offline', 'offline repeat']];
const row = (cells) => cells.map((c, i) => (i ? c.padStart(18) : c.padEnd(26))).join('');
console.log(row(['', ...COLUMNS.map(([, title]) => title)]));
VARIANTS.forEach((v, i) => console.log(row([v.name, ...COLUMNS.map(([key]) => cell(results[i][key]))])));

console.log('\n== the app (one for every language), gzip -9 and Brotli 11');
for (const f of sizes) {
  console.log(`${f.file.padEnd(40)} ${String(f.bytes).padStart(8)} bytes, ${String(f.gzip).padStart(7)} gzip, ${String(f.brotli).padStart(7)} Brotli`);
}
console.log(`${'total'.padEnd(40)} ${app.gzip.toFixed(1).padStart(16)} KiB gzip, ${app.brotli.toFixed(1)} KiB Brotli`);
console.log('\n== each language\'s content file');
for (const c of contents) {
  console.log(`${c.file.padEnd(40)} ${String(c.bytes).padStart(8)} bytes, ${String(c.gzip).padStart(7)} gzip, ${String(c.brotli).padStart(7)} Brotli`);
}
console.log('\n== the offline copy one visit saves, as sent (Brotli where the build wrote a twin)');
for (const c of copies) console.log(`${`after one visit in ${c.lang}`.padEnd(40)} ${c.kib.toFixed(1).padStart(16)} KiB`);

// Budgets, each against a floor measured in the same run.
const [plainPage, staticPage, harbor, , second] = results.map((r) => Object.fromEntries(Object.entries(r).map(([k, xs]) => [k, xs.length ? median(xs) : NaN])));
const budgets = [
  [`app FCP ${harbor.fcp.toFixed(0)} ms <= 1.2 x plain page FCP ${plainPage.fcp.toFixed(0)} ms`, harbor.fcp <= 1.2 * plainPage.fcp],
  [`app help usable ${harbor.help.toFixed(0)} ms <= 1.2 x plain page FCP ${plainPage.fcp.toFixed(0)} ms`, harbor.help <= 1.2 * plainPage.fcp],
  [`app started ${harbor.started.toFixed(0)} ms <= 2 x static page FCP ${staticPage.fcp.toFixed(0)} ms`, harbor.started <= 2 * staticPage.fcp],
  [`offline ready ${harbor.ready.toFixed(0)} ms <= 4 x static page FCP ${staticPage.fcp.toFixed(0)} ms`, harbor.ready <= 4 * staticPage.fcp],
  [`offline repeat content visible ${harbor.offline.toFixed(0)} ms <= 500 ms`, harbor.offline <= 500],
  [`${SECOND.name} FCP ${second.fcp.toFixed(0)} ms <= 1.1 x ${LANGUAGES[0].name} FCP ${harbor.fcp.toFixed(0)} ms`, second.fcp <= 1.1 * harbor.fcp],
  [`${SECOND.name} help usable ${second.help.toFixed(0)} ms <= 1.1 x ${LANGUAGES[0].name} ${harbor.help.toFixed(0)} ms`, second.help <= 1.1 * harbor.help],
  [`the app ${app.gzip.toFixed(1)} KiB gzip <= ${APP_KIB} KiB (also a test)`, app.gzip <= APP_KIB],
  ...contents.map((c) => [`content of ${c.lang} ${(c.gzip / 1024).toFixed(1)} KiB gzip <= ${CONTENT_KIB} KiB (also a test)`, c.gzip / 1024 <= CONTENT_KIB]),
  ...copies.map((c) => [`the copy after one visit in ${c.lang} ${c.kib.toFixed(1)} KiB <= ${COPY_KIB} KiB (also a test)`, c.kib <= COPY_KIB]),
];
console.log('\n== budgets');
for (const [text, met] of budgets) console.log(`${met ? 'PASS' : 'FAIL'} ${text}`);
const met = budgets.filter(([, ok]) => ok).length;
console.log(`bench: ${met} of ${budgets.length} budgets met`);
// A budget not met fails the command, so `make bench` cannot pass quietly.
if (met < budgets.length || failures.length) process.exitCode = 1;
