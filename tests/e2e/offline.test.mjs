// Offline-first and installable, in Chromium: the offline notice; updates
// wait for the person; a failed install changes nothing; each file of the
// copy is checked against its hash; a lost copy repairs itself; the pages say
// honestly what is saved; files travel compressed with the right headers.
// That every view opens offline after one visit is a promise of
// promises.mjs, in every engine.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addresses, controlled, copyComplete, copyOfDist, deploy1, deployChangedPage, DIST, languageOf, LANGUAGES, ready, rebuild, ROOT, test, withFresh } from './harness.mjs';
import { ENGINES } from './engines.mjs';
import { startNetwork } from './network.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'harbor-offline-'));
after(() => rmSync(scratch, { recursive: true, force: true }));


/** The view shows its content, the call bar and the exit (with the app running, unless `wasm` is false). */
async function assertUsable(page, path, { wasm = true } = {}) {
  if (wasm) await ready(page);
  else await page.locator('main h1').waitFor();
  assert.ok((await page.locator('main').innerText()).length > 40, `${path}: content`);
  assert.equal(await page.locator('header a[href="tel:+18883737888"]').count(), 1, `${path}: call link`);
  assert.equal(await page.locator('header a[href="sms:233733?&body=HELP"]').count(), 1, `${path}: text link`);
  assert.ok(await page.locator('header a.exit').isVisible(), `${path}: exit`);
}

test('offline, the app says quietly that everything still works', async () => {
  // Every page opening offline is a promise of promises.mjs, in every
  // engine; the browser's own offline mode, which the notice follows, is
  // Chromium's to set here.
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/');
    await controlled(page);
    await browser.context.setOffline(true);
    await page.goto(server.url + '/signs');
    await assertUsable(page, '/signs');
    await page.getByText('You are offline. Everything here still works.').waitFor();
  });
});

/**
 * Version B of the site: a copy of dist/ with `change` applied to a copy of
 * the content's site.toml, and the build's last steps run again on it (the
 * app holds no content, so it is the same; its words change).
 */
function versionB(change) {
  const content = join(scratch, 'content-b');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const site = join(content, 'site.toml');
  writeFileSync(site, change(readFileSync(site, 'utf8')));
  const dist = copyOfDist('harbor-version-b-');
  rebuild(dist, content);
  // The nginx snippet the build writes beside the folder: not for these tests.
  rmSync(`${dist}.nginx.conf`);
  return dist;
}

/** Replaces everything in `folder` with the files of `from`, as a deploy would. */
function deploy(from, folder) {
  for (const name of readdirSync(folder)) rmSync(join(folder, name), { recursive: true, force: true });
  cpSync(from, folder, { recursive: true });
}

test('a new version waits for the person, the old page keeps working offline, and reload brings all of the new one', async () => {
  const site = join(scratch, 'site');
  cpSync(DIST, site, { recursive: true });
  await withFresh(async ({ server, browser }) => {
    const failures = [];
    const watch = (page) => {
      page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
      page.on('response', (r) => r.status() >= 400 && failures.push(`${r.url()} ${r.status()}`));
    };
    const page = await browser.context.newPage();
    watch(page);
    await page.goto(server.url + '/');
    await controlled(page);
    const welcomeA = await page.locator('main h1').innerText();
    const wordsOf = () => readdirSync(site).find((f) => /^content-en-[0-9a-f]{16}\.txt$/.test(f));
    const wordsA = wordsOf();

    const distB = versionB((toml) => toml.replace('welcome = "You are not alone"', 'welcome = "You are not alone, ever"'));
    deploy(distB, site);
    rmSync(distB, { recursive: true, force: true });
    const wordsB = wordsOf();
    assert.notEqual(wordsA, wordsB, 'version B has new words');

    // The browser finds the new version; it waits, and the page says so calmly.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.getByText('A new version is ready.').waitFor();
    assert.equal(await page.getByText('A new version is ready.').count(), 1, 'one notice, with the app running');
    assert.equal(await page.locator('main h1').innerText(), welcomeA, 'nothing reloaded by itself');

    // Offline, the page open on A goes on working, and new pages get A too.
    await browser.context.setOffline(true);
    await page.getByRole('navigation', { name: 'All pages' }).getByRole('link', { name: 'Warning signs' }).click();
    await page.locator('main h1', { hasText: 'Warning signs' }).waitFor();
    const other = await browser.context.newPage();
    await other.goto(server.url + '/');
    assert.equal(await other.locator('main h1').innerText(), welcomeA);
    await other.close();
    await browser.context.setOffline(false);

    // The person chooses to reload: the page then runs B entirely.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    await ready(page);
    await page.goto(server.url + '/');
    assert.equal(await page.locator('main h1').innerText(), 'You are not alone, ever');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(loaded.some((url) => url.endsWith(wordsB)), 'B\'s words');
    assert.ok(!loaded.some((url) => url.endsWith(wordsA)), 'not A\'s words');

    // Only B's cache is left, and it holds nothing of A.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = [];
      for (const name of names) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
      return { names, urls };
    });
    assert.equal(cached.names.length, 1);
    assert.ok(cached.urls.includes('/' + wordsB));
    assert.ok(!cached.urls.includes('/' + wordsA));
    assert.deepEqual(failures, [], 'no request failed');
  }, { dir: site });
});

test('an install that meets a failing file does not activate, and the app still works online', async () => {
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/');
    await assertUsable(page, '/');
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      // Wait for the install to end, one way or the other.
      const worker = registration && (registration.installing || registration.waiting || registration.active);
      if (worker && worker.state === 'installing') {
        await new Promise((resolve) => worker.addEventListener('statechange', resolve));
      }
      const now = await navigator.serviceWorker.getRegistration();
      return { active: Boolean(now && now.active), caches: await caches.keys() };
    });
    assert.equal(state.active, false, 'the worker did not activate');
    assert.deepEqual(state.caches, [], 'and left no cache behind');
    await page.reload();
    await assertUsable(page, '/');
  }, { fail: ['/icons/icon-512.png'] });
});

test('without service worker support the app works online, silently', async () => {
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      delete Navigator.prototype.serviceWorker;
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url + '/');
    await assertUsable(page, '/');
    assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
    await page.getByRole('navigation', { name: 'All pages' }).getByRole('link', { name: 'Get help' }).click();
    await page.locator('main h1', { hasText: 'Get help' }).waitFor();
    assert.deepEqual(errors, []);
  });
});

for (const wasm of [true, false]) {
  test(`${wasm ? '' : 'without WebAssembly, '}"Clear this app's data" removes storage, caches and the worker, says so at once, and nothing is saved again in that tab, after more pages and a reload`, async () => {
    await withFresh(async ({ server, browser }) => {
      const page = await browser.context.newPage();
      const kept = () =>
        page.evaluate(async () => ({
          stored: localStorage.length + sessionStorage.length,
          caches: (await caches.keys()).length,
          workers: (await navigator.serviceWorker.getRegistrations()).length,
        }));
      await page.goto(server.url + '/local/maine');
      await controlled(page);
      await page.waitForFunction(() => document.documentElement.dataset.copy === 'saved');
      if (wasm) await page.waitForFunction(() => localStorage.getItem('area') === 'maine');
      else await page.evaluate(() => localStorage.setItem('area', 'maine'));
      assert.deepEqual(await kept(), { stored: 1, caches: 1, workers: 1 });
      await page.getByRole('navigation', { name: 'All pages' }).getByRole('link', { name: 'Staying safe on this phone' }).click();
      await page.waitForURL(/\/privacy\/?$/);
      if (wasm) await ready(page);
      await page.waitForFunction(() => document.documentElement.dataset.copy === 'saved');
      await page.getByRole('button', { name: "Clear this app's data" }).click();
      // The status line, at once: in the very task of the click.
      const line = await page.evaluate(() => {
        const p = document.querySelector('p.copy');
        return { state: document.documentElement.dataset.copy, text: p.textContent, words: p.dataset.copyCleared };
      });
      assert.deepEqual(line, { state: 'cleared', text: line.words, words: line.words }, 'the status line changed at once');
      const done = page.getByText("Done: this app's data is gone from this browser");
      await done.waitFor();
      const said = await done.innerText();
      for (const words of ['browser history', 'home screen', 'calls and texts', 'nothing is saved again', 'If you open this app again later']) {
        assert.ok(said.includes(words), words);
      }
      assert.deepEqual(await kept(), { stored: 0, caches: 0, workers: 0 }, 'right after');
      // The page is still in the hands of the worker it had: a listed file
      // read through it must not bring an empty cache back.
      assert.equal(await page.evaluate(async () => (await fetch('/icons/icon-192.png')).status), 200);
      assert.deepEqual(await kept(), { stored: 0, caches: 0, workers: 0 }, 'after a read through the old worker');

      // Four more pages in the same tab (one of them chooses an area), then a reload.
      for (const [name, path] of [['Start', '/'], ['Warning signs', '/signs'], ['Help near you', '/local'], ['Get help', '/contacts']]) {
        await page.getByRole('navigation', { name: 'All pages' }).getByRole('link', { name, exact: true }).click();
        await page.waitForURL(new RegExp(`${path === '/' ? '' : path}/?$`));
        if (wasm) await ready(page);
        else await page.locator('main h1').waitFor();
        await page.waitForLoadState('load');
      }
      if (wasm) {
        // A page whose offline script comes late: the app runs first, and
        // opening a region's page would keep the area unless the app knows
        // the tab was cleared without that script's mark.
        let release;
        let sent;
        const held = new Promise((resolve) => (release = resolve));
        const through = new Promise((resolve) => (sent = resolve));
        await page.route('**/offline-*.js', async (route) => {
          await held;
          await route.continue();
          sent();
        });
        await page.goto(server.url + '/local/illinois', { waitUntil: 'commit' });
        await ready(page);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.copy), undefined, 'the offline script has not run yet');
        assert.equal(await page.evaluate(() => localStorage.length), 0, 'the area opened is not kept');
        release();
        await through;
        await page.unroute('**/offline-*.js');
      } else {
        await page.goto(server.url + '/local/illinois');
      }
      await page.reload();
      if (wasm) await ready(page);
      await page.waitForLoadState('load');
      // Time for a registration, had the page script made one: it registers on load.
      await page.evaluate(() => navigator.serviceWorker.getRegistrations());
      assert.deepEqual(await kept(), { stored: 0, caches: 0, workers: 0 }, 'after four pages and a reload');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.copy), 'cleared');
      // Nothing else broke: the page, the call bar and the exit are there.
      await page.goto(server.url + '/privacy');
      assert.equal(await page.evaluate(() => document.querySelector('p.copy').textContent), line.words, 'the status line still says it');
      await assertUsable(page, '/privacy', { wasm });
    }, wasm ? {} : { args: ['--js-flags=--jitless'] });
  });
}

test('the home-screen view explains both platforms and offers the browser\'s own prompt', async () => {
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    // Chromium offers installation by itself here; its prompt is replaced by a
    // note that it was asked for.
    await page.addInitScript(() => {
      if (window.BeforeInstallPromptEvent) {
        BeforeInstallPromptEvent.prototype.prompt = function () {
          window.prompted = true;
          return Promise.resolve();
        };
      }
    });
    await page.goto(server.url + '/install');
    await page.locator('main h1', { hasText: 'Add to your home screen' }).waitFor();
    const text = await page.locator('main').innerText();
    for (const words of ['On Android', 'On iPhone or iPad', 'Add to Home Screen', 'Anyone who uses it can see an icon']) {
      assert.ok(text.includes(words), words);
    }
    const button = page.getByRole('button', { name: 'Add to this phone' });
    await page.evaluate(() => {
      const offer = new Event('beforeinstallprompt', { cancelable: true });
      offer.prompt = () => { window.prompted = true; };
      window.dispatchEvent(offer);
    });
    await button.click();
    assert.equal(await page.evaluate(() => window.prompted), true);
  });
});

test('the app is installable, with a neutral name and the manifest it needs', async () => {
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/');
    await controlled(page);
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const { data } = await cdp.send('Page.getAppManifest');
    const manifest = JSON.parse(data);
    assert.equal(manifest.name, 'Notebook');
    assert.equal(manifest.short_name, 'Notebook');
    assert.equal(manifest.start_url, '/');
    assert.equal(manifest.scope, '/');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.theme_color && manifest.background_color);
    const icons = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
    for (const icon of ['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']) {
      assert.ok(icons.includes(icon), icon);
    }
    assert.equal(await page.locator('link[rel="apple-touch-icon"]').count(), 1);
    assert.equal(await page.locator('meta[name="apple-mobile-web-app-capable"]').count(), 1);
  });
});

// ---- The offline copy: checked, repaired, honest, and delivered compressed.
// These run on the test network (network.mjs), which sends the build's own
// dist/_headers and compressed twins as a host would, in Chromium.

const chromium = ENGINES.find((engine) => engine.name === 'chromium');

/** The test network of this file, and its Chromium, with and without WebAssembly: one each. */
let network = null;
const browsers = {};
after(async () => {
  for (const browser of Object.values(browsers)) await browser.close();
  network?.close();
});

/**
 * Runs `use({ network, browser, page, site })` on a copy of dist/ (`site`,
 * which a test may change as a deploy would), on a new origin of the test
 * network, in a new tab of this file's Chromium (`settings` as for
 * `launch`: `wasm: false` has a browser of its own), and closes the tab.
 */
async function withCopy(use, settings = {}) {
  const site = mkdtempSync(join(scratch, 'site-'));
  cpSync(DIST, site, { recursive: true });
  network ??= await startNetwork(site);
  await network.fresh(site);
  const key = settings.wasm === false ? 'without WebAssembly' : 'with WebAssembly';
  browsers[key] ??= await chromium.launch(network, settings);
  const browser = browsers[key];
  const tab = await browser.newTab();
  const context = tab.page.context();
  try {
    return await use({ network, browser, page: tab.page, site });
  } finally {
    await context.setOffline(false);
    for (const page of context.pages().slice(1)) await page.close();
  }
}

/** Waits until the page's offline script marks the copy as `state`. */
const copyIs = (page, state) => page.waitForFunction((state) => document.documentElement.dataset.copy === state, state);

test('without WebAssembly, one visit saves the copy, and offline a deep link opens and an unknown address shows the not-found page', async () => {
  await withCopy(async ({ network, browser, page }) => {
    await page.goto(network.url + '/');
    assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined', 'WebAssembly is off');
    // The page's own script registered the worker; the app never ran.
    await controlled(page);
    await copyIs(page, 'saved');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.app === 'running'), false);
    const online = await page.goto(network.url + '/no-such-place');
    assert.equal(online.status(), 404);
    assert.match(await page.locator('main h1').innerText(), /not here/);
    await page.context().setOffline(true);
    await page.goto(network.url + '/signs');
    assert.equal(await page.locator('main h1').innerText(), 'Warning signs');
    const offline = await page.goto(network.url + '/no-such-place');
    assert.equal(offline.status(), 404);
    assert.match(await page.locator('main h1').innerText(), /not here/, 'the not-found page, not the home view');
  }, { wasm: false });
});

test('an update whose file does not match its listed hash fails to install; the version before stays active and serving', async () => {
  await withCopy(async ({ network, browser, page, site }) => {
    await page.goto(network.url + '/');
    await controlled(page);
    await copyIs(page, 'saved');
    const before = await page.evaluate(() => caches.keys());
    // A deploy caught halfway: the new list names bytes of /signs that the
    // server does not have.
    const worker = readFileSync(join(site, 'sw.js'), 'utf8');
    const listed = /"url": "\/signs",\s*"integrity": "([^"]+)"/.exec(worker);
    assert.ok(listed, 'sw.js lists /signs with its hash');
    deploy1(site, 'sw.js', worker.replace(listed[1], 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='));
    network.requests.length = 0;
    const ended = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const worker = registration.installing;
      if (!worker) return 'no install started';
      // Until it fails, or is installed (it must not be).
      await new Promise((resolve) => worker.addEventListener('statechange', () => ['redundant', 'installed'].includes(worker.state) && resolve()));
      return { state: worker.state, waiting: registration.waiting !== null, active: registration.active !== null };
    });
    assert.deepEqual(ended, { state: 'redundant', waiting: false, active: true }, 'the install failed; the old version is still active');
    assert.ok(network.requests.includes('/signs'), 'the failing page was asked for');
    assert.deepEqual(await page.evaluate(() => caches.keys()), before, 'only the old copy is left');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.update), undefined, 'no new version is announced');
    await page.context().setOffline(true);
    await page.goto(network.url + '/signs');
    assert.equal(await page.locator('main h1').innerText(), 'Warning signs', 'the old version serves');
  });
});

test('a copy lost under an active worker comes back after one online visit, and every address of its language then opens offline', async () => {
  await withCopy(async ({ network, browser, page, site }) => {
    await page.goto(network.url + '/');
    await controlled(page);
    await copyIs(page, 'saved');
    // The browser clears the site's storage, and the worker stays.
    await page.evaluate(async () => {
      for (const name of await caches.keys()) await caches.delete(name);
    });
    assert.equal(await copyComplete(page), false);
    await page.goto(network.url + '/contacts');
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (e) => resolve(e.data.complete);
        registration.active.postMessage('copy?', [channel.port2]);
      });
    }, null, { polling: 200 });
    await page.context().setOffline(true);
    // Every address of the language visited, which the copy holds again.
    for (const path of [...addresses(site).filter((a) => languageOf(a) === LANGUAGES[0]), '/no-such-place']) {
      await page.goto(network.url + path);
      await ready(page);
      assert.ok(await page.locator('header a.exit').isVisible(), `${path} opens offline`);
    }
  });
});

test('the safety and install pages say whether this phone holds the whole copy, and offline the notice claims no more', async () => {
  await withCopy(async ({ network, browser, page }) => {
    const said = () =>
      page.evaluate(() => {
        const line = document.querySelector('p.copy');
        return { text: line.textContent, words: { ...line.dataset } };
      });
    // One file cannot be had: the copy cannot be complete.
    network.failing.push('/icons/icon-512.png');
    await page.goto(network.url + '/privacy');
    await ready(page);
    await copyIs(page, 'not-saved');
    let { text, words } = await said();
    assert.equal(text, words.copyNotSaved);
    await page.goto(network.url + '/install');
    await ready(page);
    ({ text, words } = await said());
    assert.equal(text, words.copyNotSaved, 'the install page too');
    await page.context().setOffline(true);
    const notice = page.locator('main .notices .notice');
    await notice.waitFor();
    assert.doesNotMatch(await notice.innerText(), /Everything here still works/, 'no claim the copy cannot back');
    await page.context().setOffline(false);

    // With every file to be had, one visit saves it all, and the pages say so.
    network.failing.length = 0;
    await page.goto(network.url + '/privacy');
    await ready(page);
    await copyIs(page, 'saved');
    ({ text, words } = await said());
    assert.equal(text, `${words.copySaved} ${words.copyMayClear}`);
    assert.equal(await copyComplete(page), true);

    // One file lost from the copy under the active worker, and not to be had
    // again: the copy is no longer called saved.
    network.failing.push('/icons/icon-512.png');
    await page.evaluate(async () => {
      for (const name of await caches.keys()) await (await caches.open(name)).delete('/icons/icon-512.png');
    });
    await page.goto(network.url + '/install');
    await ready(page);
    await copyIs(page, 'not-saved');
    ({ text, words } = await said());
    assert.equal(text, words.copyNotSaved, 'a copy missing one file');
  });
});

for (const [where, standalone] of [['in the browser', false], ['from the home screen', true]]) {
  test(`${where}, the browser is ${standalone ? '' : 'never '}asked to keep the copy, and the page says what it does`, async () => {
    await withCopy(async ({ network, page }) => {
      await page.addInitScript(() => {
        window.asked = [];
        StorageManager.prototype.persist = function () {
          window.asked.push('persist');
          return Promise.resolve(true);
        };
        StorageManager.prototype.persisted = function () {
          window.asked.push('persisted');
          return Promise.resolve(false);
        };
      });
      if (standalone) {
        // Headless Chromium shows even an installed app (CDP PWA.launch) in
        // display-mode "browser", so the page is told it runs from the home
        // screen, as the media query would answer there.
        await page.addInitScript(() => {
          const ask = window.matchMedia.bind(window);
          window.matchMedia = (query) =>
            query === '(display-mode: standalone)' ? { ...ask(query), matches: true, media: query } : ask(query);
        });
      }
      await page.goto(network.url + '/install');
      assert.equal(await page.evaluate(() => matchMedia('(display-mode: standalone)').matches), standalone);
      await copyIs(page, standalone ? 'kept' : 'saved');
      const asked = await page.evaluate(() => window.asked);
      assert.equal(asked.includes('persist'), standalone, `asked: ${asked}`);
      await ready(page);
      const line = await page.evaluate(() => {
        const p = document.querySelector('p.copy');
        return { text: p.textContent, words: { ...p.dataset } };
      });
      const { copySaved, copyKept, copyMayClear } = line.words;
      assert.equal(line.text, `${copySaved} ${standalone ? copyKept : copyMayClear}`);
    });
  });
}

test('the update notice never shows on a first visit, and shows for a version still installing when the app started', async () => {
  await withCopy(async ({ network, page, site }) => {
    await page.goto(network.url + '/');
    await ready(page);
    // The first version has installed and taken over this page: nothing is new.
    await copyIs(page, 'saved');
    const notice = page.locator('#frame-notices .update');
    assert.equal(await notice.isVisible(), false, 'not on a first visit');
    await page.reload();
    await ready(page);
    assert.equal(await notice.isVisible(), false, 'nor on the next');

    // A new version is deployed, with a changed page that arrives slowly: the
    // next visit finds it, and the new version is still installing when the
    // app starts.
    deployChangedPage(site, '/learn', (html) => `${html}<!-- a new version -->`);
    const release = network.hold('/learn');
    // The browser finds it (here in the open page), and starts installing it.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      if (!registration.installing) throw new Error('no new version found');
    });
    // A page opened now starts its app while the new version installs.
    const next = await page.context().newPage();
    await next.goto(network.url + '/signs');
    await ready(next);
    assert.equal(
      await next.evaluate(async () => (await navigator.serviceWorker.getRegistration()).installing !== null),
      true,
      'the new version was still installing when the app started',
    );
    release();
    await next.getByText('A new version is ready.').waitFor();
  });
});

test('pages, the app and the worker are sent compressed, each with one Cache-Control from the build\'s _headers', async () => {
  await withCopy(async ({ network, page }) => {
    const responses = {};
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      responses[path.endsWith('.wasm') ? 'wasm' : path.endsWith('.js') ? 'js' : path] = r;
    });
    await page.goto(network.url + '/signs');
    await ready(page);
    await controlled(page);
    const headers = async (key) => (await responses[key].allHeaders());
    // The page is served at its address, with no redirect.
    assert.equal(responses['/signs'].request().redirectedFrom(), null, '/signs answered as it is');
    for (const key of ['/signs', 'wasm', 'js']) {
      assert.match((await headers(key))['content-encoding'] ?? '', /^(br|gzip)$/, `${key} is sent compressed`);
    }
    assert.equal((await headers('/signs'))['cache-control'], 'no-cache');
    for (const key of ['wasm', 'js']) {
      assert.equal((await headers(key))['cache-control'], 'public, max-age=31536000, immutable', key);
    }
    const worker = await page.evaluate(async () => (await fetch('/sw.js', { cache: 'no-store' })).headers.get('cache-control'));
    assert.equal(worker, 'no-cache', 'the worker is checked at each visit, and nothing more');
  });
});

test('a new version, once active, deletes every other cache of the site, also those an earlier version named otherwise', async () => {
  await withCopy(async ({ network, page, site }) => {
    await page.goto(network.url + '/');
    await controlled(page);
    await copyIs(page, 'saved');
    // What an earlier version left: a cache under a name that named the project.
    await page.evaluate(async () => (await caches.open('harbor-v1')).put('/old.txt', new Response('old')));
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 2, `the copy and the earlier cache: ${before}`);

    // A new version, taken over at once.
    deployChangedPage(site, '/learn', (html) => `${html}<!-- a new version -->`);
    const left = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const next = registration.installing || registration.waiting;
      if (!next) return 'no new version found';
      const active = new Promise((resolve) => next.addEventListener('statechange', () => next.state === 'activated' && resolve()));
      if (next.state !== 'installed') {
        await new Promise((resolve) => next.addEventListener('statechange', () => next.state === 'installed' && resolve()));
      }
      next.postMessage('skip-waiting');
      await active;
      return caches.keys();
    });
    assert.equal(left.length, 1, `only the new copy is left: ${left}`);
    assert.ok(!before.includes(left[0]), 'and it is the new one');
  });
});

test('an update keeps each language an older copy kept, also a copy from before pages were listed by address', async () => {
  await withCopy(async ({ network, page, site }) => {
    await page.goto(network.url + '/');
    await controlled(page);
    await copyIs(page, 'saved');
    // A copy of an earlier version, which listed the Spanish home page by its file.
    await page.evaluate(async () => (await caches.open('copy-earlier')).put('/es/index.html', new Response('antes')));
    const before = await page.evaluate(() => caches.keys());
    deployChangedPage(site, '/', (html) => `${html}<!-- a new version -->`);
    const kept = await page.evaluate(async (before) => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const next = registration.installing || registration.waiting;
      if (!next) return 'no new version found';
      if (next.state !== 'installed') {
        await new Promise((resolve) => next.addEventListener('statechange', () => ['installed', 'redundant'].includes(next.state) && resolve()));
      }
      const [copy] = (await caches.keys()).filter((name) => !before.includes(name));
      return { state: next.state, spanish: Boolean(copy && (await caches.match('/es/', { cacheName: copy }))) };
    }, before);
    assert.deepEqual(kept, { state: 'installed', spanish: true }, 'the new copy holds Spanish, as the earlier one did');
  });
});

test('without WebAssembly, the page itself offers a new version that waits, and taking it activates the new version', async () => {
  await withCopy(async ({ network, page, site }) => {
    await page.goto(network.url + '/');
    assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined', 'WebAssembly is off');
    await controlled(page);
    await copyIs(page, 'saved');
    const notice = page.locator('#frame-notices .update');
    assert.equal(await notice.isVisible(), false, 'no notice on a first visit');
    deployChangedPage(site, '/', (html) => html.replace('>You are not alone<', '>You are not alone, ever<'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await notice.waitFor({ state: 'visible' });
    assert.match(await notice.innerText(), /A new version is ready\./);
    assert.equal(await page.getByText('A new version is ready.').count(), 1, 'one notice');
    assert.equal(await page.locator('main h1').innerText(), 'You are not alone', 'nothing reloaded by itself');
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    assert.equal(await page.locator('main h1').innerText(), 'You are not alone, ever', 'the new version shows');
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: r.waiting !== null, active: r.active && r.active.state, controlled: navigator.serviceWorker.controller === r.active };
    });
    assert.deepEqual(registration, { waiting: false, active: 'activated', controlled: true }, 'the new version is active and serves this page');
    assert.equal(await notice.isVisible(), false, 'and the notice is gone');
  }, { wasm: false });
});

test('"Not now" puts the notice of a new version away on this page', async () => {
  await withCopy(async ({ network, page, site }) => {
    await page.goto(network.url + '/');
    await ready(page);
    await controlled(page);
    await copyIs(page, 'saved');
    deployChangedPage(site, '/', (html) => `${html}<!-- a new version -->`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = page.locator('#frame-notices .update');
    await notice.waitFor({ state: 'visible' });
    await notice.getByRole('button', { name: 'Not now' }).click();
    assert.equal(await notice.isVisible(), false);
  });
});

test('with the worker active, an unknown address on a stalled connection shows the not-found page, with the call bar and exit, within 4 s', async () => {
  await withCopy(async ({ network, page }) => {
    await page.goto(network.url + '/');
    await controlled(page);
    await copyIs(page, 'saved');
    // The server holds the request open, as a connection that stalls.
    network.stalled.push('/no-such-place');
    const response = await page.goto(network.url + '/no-such-place', { waitUntil: 'commit', timeout: 10000 });
    await page.locator('main h1').waitFor();
    // Measured inside the page: from the start of the navigation.
    const took = await page.evaluate(() => performance.now());
    assert.equal(response.status(), 404);
    assert.match(await page.locator('main h1').innerText(), /not here/);
    assert.equal(await page.locator('header a[href="tel:+18883737888"]').count(), 1, 'the call bar');
    assert.equal(await page.locator('header a.exit').count(), 1, 'the exit');
    assert.ok(took < 4000, `shown ${Math.round(took)} ms after the navigation started`);
  });
});

for (const { base, code } of LANGUAGES) {
  test(`in Safari on iPhone or iPad outside the Home Screen, the copy's status says Safari clears it after 7 days and the Home Screen keeps it (${code})`, async () => {
    await withCopy(async ({ network, page }) => {
      // A feature test, as in Safari: navigator.standalone exists, and is false in a tab.
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'standalone', { configurable: true, get: () => false });
      });
      await page.goto(network.url + base + '/install');
      await copyIs(page, 'saved');
      const line = await page.evaluate(() => {
        const p = document.querySelector('p.copy');
        return { text: p.textContent, words: { ...p.dataset } };
      });
      const { copySaved, copySevenDays, copyMayClear } = line.words;
      assert.match(copySevenDays, /Safari/);
      assert.match(copySevenDays, /\b7\b/);
      assert.equal(line.text, `${copySaved} ${copySevenDays}`);
      assert.ok(!line.text.includes(copyMayClear));
    });
  });
}
