// Offline-first and installable, in Chromium: the offline notice; updates
// wait for the person; a failed install changes nothing. That every view
// opens offline after one visit is a promise of promises.test.mjs.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, withFresh, ready, controlled } from './harness.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'harbor-offline-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The view shows its content, the call bar and the exit. */
async function assertUsable(page, path) {
  await ready(page);
  assert.ok((await page.locator('main').innerText()).length > 40, `${path}: content`);
  assert.equal(await page.locator('header a[href="tel:+18883737888"]').count(), 1, `${path}: call link`);
  assert.equal(await page.locator('header a[href="sms:233733?&body=HELP"]').count(), 1, `${path}: text link`);
  assert.ok(await page.locator('header a.exit').isVisible(), `${path}: exit`);
}

test('offline, the app says quietly that everything still works', async () => {
  // Every page opening offline is a promise of promises.test.mjs, in every
  // engine; the browser's own offline mode, which the notice follows, is
  // Chromium's to set here.
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/');
    await controlled(page);
    await browser.context.setOffline(true);
    await page.goto(server.url + '/signs');
    await assertUsable(page, '/signs');
    await page.getByText('You are offline. Everything in Harbor still works.').waitFor();
  });
});

/** Builds the site again with `change` applied to a copy of the content. */
function buildVersionB(change) {
  const content = join(scratch, 'content-b');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const site = join(content, 'site.toml');
  writeFileSync(site, change(readFileSync(site, 'utf8')));
  const dist = join(scratch, 'dist-b');
  execFileSync('trunk', ['build', '--release', '--offline', '--dist', dist], {
    cwd: ROOT,
    env: { ...process.env, HARBOR_CONTENT_DIR: content },
    // Quiet, but a failure shows the build's own message.
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
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
    const wasmA = readdirSync(site).find((f) => f.endsWith('.wasm'));

    const distB = buildVersionB((toml) => toml.replace('welcome = "You are not alone"', 'welcome = "You are not alone, ever"'));
    deploy(distB, site);
    const wasmB = readdirSync(site).find((f) => f.endsWith('.wasm'));
    assert.notEqual(wasmA, wasmB, 'version B has new code');

    // The browser finds the new version; it waits, and the page says so calmly.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.getByText('A new version is ready.').waitFor();
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
    assert.ok(loaded.some((url) => url.endsWith(wasmB)), 'B\'s wasm');
    assert.ok(!loaded.some((url) => url.endsWith(wasmA)), 'not A\'s wasm');

    // Only B's cache is left, and it holds nothing of A.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = [];
      for (const name of names) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
      return { names, urls };
    });
    assert.equal(cached.names.length, 1);
    assert.ok(cached.urls.includes('/' + wasmB));
    assert.ok(!cached.urls.includes('/' + wasmA));
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

test('"Clear this app\'s data" removes storage, caches and the worker, then says what remains', async () => {
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/local/maine');
    await controlled(page);
    const before = await page.evaluate(async () => ({
      stored: localStorage.length,
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    assert.deepEqual(before, { stored: 1, caches: 1, workers: 1 });
    await page.getByRole('navigation', { name: 'All pages' }).getByRole('link', { name: 'Staying safe on this phone' }).click();
    await page.getByRole('button', { name: "Clear this app's data" }).click();
    const done = page.getByText("Done: Harbor's data is gone from this browser.");
    await done.waitFor();
    const said = await done.innerText();
    for (const remains of ['browser history', 'home screen', 'calls and texts']) assert.ok(said.includes(remains), remains);
    const after = await page.evaluate(async () => ({
      stored: localStorage.length + sessionStorage.length,
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    assert.deepEqual(after, { stored: 0, caches: 0, workers: 0 });
  });
});

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
    const button = page.getByRole('button', { name: 'Add Harbor to this phone' });
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
    assert.equal(manifest.name, 'Harbor');
    assert.equal(manifest.short_name, 'Harbor');
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
