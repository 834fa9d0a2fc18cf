// Shared setup for the end-to-end tests: a plain static server for dist/ on
// loopback, and Debian's Chromium driven by playwright-core.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after, test as nodeTest } from 'node:test';
import { createServer } from 'http-server';
import { chromium } from 'playwright-core';
import { LANGUAGES } from '../../scripts/languages.mjs';
import { fileOf, pageAddresses, pageFile, servePagesByAddress } from '../../scripts/page-files.mjs';

/**
 * What each e2e test is given: at most two minutes. (`node --test
 * --test-timeout`, in scripts/test.sh, limits each test file as a whole.)
 */
export const TEST_OPTIONS = { timeout: 120_000 };

/** `node:test`'s `test`, each with at most two minutes (`TEST_OPTIONS`). */
export const test = (name, run) => nodeTest(name, TEST_OPTIONS, run);

/** The repository's root folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The release site that `make build` (scripts/build.sh) wrote. */
export const DIST = join(ROOT, 'dist');

/** The languages Harbor speaks, the first first (scripts/languages.mjs reads content/languages.toml). */
export { LANGUAGES };

/** The language of an address: the one whose base it starts with, else the first. */
export const languageOf = (address) =>
  LANGUAGES.find((l) => l.base && (address === l.base || address.startsWith(`${l.base}/`))) ?? LANGUAGES[0];

/** The same address in `language`: `/signs` in Spanish is `/es/signs`. */
export function twin(address, language) {
  const path = address.slice(languageOf(address).base.length) || '/';
  return language.base + path;
}

/** Every page the build wrote under `dir`, as addresses: `/`, `/signs`, `/es/`, `/es/local/maine`, … */
export const addresses = (dir = DIST) => pageAddresses(dir);

export { fileOf, pageFile };

/**
 * Whether `path` names a file for hosts (`_headers`, `_redirects`: every
 * name the build gives them in the folder starts with `_`, see
 * src/site_files/host_files.rs): Netlify and Cloudflare Pages read them and
 * answer 404 for them, the nginx snippet answers 404, and so do the test
 * servers.
 */
export const forHosts = (path) => /^\/_[^/]*$/.test(path);

/**
 * Serves `dir` on a free loopback port, without caching; resolves to its base
 * URL. `fail` names paths that answer 500 instead, for tests of failure. The
 * files for hosts answer 404, as on Netlify and Cloudflare Pages.
 */
export async function serve(dir = DIST, { fail = [] } = {}) {
  const failing = (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (forHosts(path)) {
      res.statusCode = 404;
      res.end();
    } else if (fail.includes(path)) {
      res.statusCode = 500;
      res.end('failed on purpose');
    } else {
      byAddress(req, res);
    }
  };
  const byAddress = servePagesByAddress(dir);
  const server = createServer({
    root: dir,
    cache: -1,
    // The build's .br and .gz twins, sent as a host sends them.
    brotli: true,
    gzip: true,
    showDir: false,
    silent: true,
    before: [failing],
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts Chromium with a fresh persistent profile (installable, unlike an
 * incognito context), with the back-forward cache and popup blocking left on.
 */
export async function launch({ args = [], options = {} } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'harbor-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...ARGS, ...args],
    ignoreDefaultArgs: ['--disable-back-forward-cache', '--disable-popup-blocking'],
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browsers this test file has started, by their settings: one each, for the whole file. */
const browsers = new Map();
after(async () => {
  for (const browser of browsers.values()) await browser.close();
  browsers.clear();
});

/**
 * Runs `use({ server, browser })` with a server of its own for `dir` (see
 * `serve`; `fail` too), so on an origin no test used before (nothing the
 * browser kept of another test reaches this one), and this test file's
 * browser with these settings (see `launch`), started once for the file.
 * Afterwards the server closes, and so does every page the test opened,
 * with the connection back on.
 */
export async function withFresh(use, { dir = DIST, fail = [], ...settings } = {}) {
  const server = await serve(dir, { fail });
  const key = JSON.stringify(settings);
  if (!browsers.has(key)) browsers.set(key, await launch(settings));
  const browser = browsers.get(key);
  try {
    return await use({ server, browser });
  } finally {
    await browser.context.setOffline(false);
    for (const page of browser.context.pages().slice(1)) await page.close();
    server.close();
  }
}

/**
 * For a test file that shares one server (of `dir`) and one browser: starts
 * both before its tests and closes both after. The returned object gets
 * `server` and `browser` once they are up.
 */
export function sharedApp(dir = DIST) {
  const app = {};
  before(async () => {
    app.server = await serve(dir);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser.close();
    app.server.close();
  });
  return app;
}

/**
 * One language for each direction: the first language, and the first
 * written right to left, if any. For the tests of styles that the words do
 * not change (colours, focus outlines, forced colours, motion), so that
 * they do not grow with every language added.
 */
export const ONE_PER_DIRECTION = [LANGUAGES[0], ...LANGUAGES.filter((l) => l.dir === 'rtl').slice(0, 1)];

/**
 * The views the accessibility and layout tests go through, in each of
 * `languages` (Harbor's own, and the pseudo-languages of `pseudoSite`, whose
 * pages they are served from): the first language's views, each with its
 * twin in the language.
 */
export function viewsIn(languages) {
  const views = [
    '/', '/learn', '/signs', '/youth', '/support', '/work', '/privacy', '/contacts',
    '/local/us', '/local/illinois', '/local/maine', '/find', '/install', '/languages', '/no-such-place',
  ];
  return languages.flatMap((language) =>
    views.map((view) => (view === '/no-such-place' ? `${language.base}/no-such-place` : twin(view, language))),
  );
}

/**
 * Whether the app runs in the page: it marks `<html data-app="running">`
 * once it has taken the view over (src/names.rs). Each page holds its
 * view's HTML from the start, so a heading alone does not mean the app runs.
 * For `evaluate` in any engine.
 */
export const APP_RUNS = () => document.documentElement.dataset.app === 'running';

/** Waits until the app runs in `page` (see `APP_RUNS`) and shows a view. */
export async function ready(page) {
  await page.waitForFunction(APP_RUNS);
  await page.locator('main h1').waitFor();
}

/**
 * Asks the active service worker, from the page, whether its copy is
 * complete (`copy?`, as the page's own offline script does); false if no
 * worker is active.
 */
export const copyComplete = (page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration || !registration.active) return false;
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => resolve(e.data.complete);
      registration.active.postMessage('copy?', [channel.port2]);
    });
  });

/**
 * Waits until a service worker is active and controls `page`; fails after
 * Playwright's timeout (30 s) if none ever does.
 */
export async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Runs the build's last steps again on `dir` (a copy of dist/): the
 * `postbuild` program with the content in `content` (its pages, content
 * files, host files and the worker's list), then the compressed twins, as
 * `make build` does after Trunk. The app itself, which holds no content, is
 * not built again.
 */
export function rebuild(dir, content = join(ROOT, 'content')) {
  execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'postbuild', '--', dir], {
    cwd: ROOT,
    env: { ...process.env, HARBOR_CONTENT_DIR: content },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  execFileSync('node', [join(ROOT, 'scripts', 'compress.mjs'), dir], { stdio: 'ignore' });
}

/** A copy of dist/ in a new folder under the system's temp folder. */
export function copyOfDist(name = 'harbor-site-') {
  const dir = mkdtempSync(join(tmpdir(), name));
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

/**
 * The site with the tests' two pseudo-languages added (src/site_files/pseudo.rs):
 * `en-xa`, accented and 40 % longer, and `ar-xb`, mirrored and right to left. Made
 * from dist/ at test time, once for all the test files (under target/), and
 * never shipped. Resolves to its folder and its languages.
 */
export function pseudoSite() {
  const top = join(ROOT, 'target', 'e2e-pseudo');
  const dir = join(top, 'dist');
  const content = join(top, 'content');
  const built = join(top, 'built-from');
  const from = String(statSync(join(DIST, 'sw.js')).mtimeMs);
  if (!existsSync(built) || readFileSync(built, 'utf8') !== from) {
    rmSync(top, { recursive: true, force: true });
    execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'pseudo', '--', join(ROOT, 'content'), content], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    cpSync(DIST, dir, { recursive: true });
    rebuild(dir, content);
    writeFileSync(built, from);
  }
  return { dir, languages: [{ code: 'en-xa', dir: 'ltr', base: '/en-xa' }, { code: 'ar-xb', dir: 'rtl', base: '/ar-xb' }] };
}

/** The service worker's list, as the build wrote it into `dir`/sw.js: each entry's `url`, `integrity` and `lang`. */
export function listed(dir = DIST) {
  const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
  const files = /const BUILD = \{ files: (\[[\s\S]*?\]), languages: /.exec(worker);
  if (!files) throw new Error(`${dir}/sw.js holds no list`);
  return JSON.parse(files[1]);
}

/** The bytes a host sends for the file at `url` (an address in the worker's list) of `dir`: its Brotli twin if the build wrote one. */
export function sentSize(url, dir = DIST) {
  const file = pageFile(dir, url) ?? join(dir, url);
  return statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;
}

/** Writes `text` as the file `name` of `site`, as a deploy would, dropping its now stale compressed twins. */
export function deploy1(site, name, text) {
  writeFileSync(join(site, name), text);
  for (const twin of ['.br', '.gz']) rmSync(join(site, name + twin), { force: true });
}

/**
 * `site` with the page at `address` changed by `change`, and the worker's
 * list naming its new bytes: a new version. Returns the page's new text.
 */
export function deployChangedPage(site, address, change) {
  const file = fileOf(address);
  const text = change(readFileSync(join(site, file), 'utf8'));
  deploy1(site, file, text);
  const worker = readFileSync(join(site, 'sw.js'), 'utf8');
  const listed = new RegExp(`"url": "${address}",\\s*"integrity": "([^"]+)"`).exec(worker);
  if (!listed) throw new Error(`sw.js does not list ${address}`);
  deploy1(site, 'sw.js', worker.replace(listed[1], `sha256-${createHash('sha256').update(text).digest('base64')}`));
  return text;
}
