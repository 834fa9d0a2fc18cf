// What the app leaves on the device, where anyone who holds the phone can
// read it: names that say nothing about the topic or the project, and the
// looks a person can give the app before adding it to the home screen.
// In Chromium, which reports the manifest it would install (CDP).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { controlled, LANGUAGES, ready, ROOT, test, withFresh } from './harness.mjs';

/**
 * Words that must not show in anything the browser keeps: the project's
 * name, and every language's sensitive stems (`sensitive` in
 * content/languages.toml, which the build also refuses in names and addresses).
 */
const FORBIDDEN = (() => {
  const words = LANGUAGES.flatMap((l) => l.sensitive);
  assert.ok(words.includes('traffick') && words.length > LANGUAGES.length, `the list was read: ${words}`);
  return ['harbor', ...words];
})();

/** The forbidden words found in `text`, if any. */
const found = (text) => FORBIDDEN.filter((word) => text.toLowerCase().includes(word));

/** The manifest Chromium would install for `page`: its address, and its text as JSON. */
async function installable(browser, page) {
  const cdp = await browser.context.newCDPSession(page);
  const { data, url } = await cdp.send('Page.getAppManifest');
  await cdp.detach();
  return { url, manifest: JSON.parse(data) };
}

/** What the page gives Safari's "Add to Home Screen": the title and the icon. */
const appleLook = (page) =>
  page.evaluate(() => ({
    title: document.querySelector('meta[name="apple-mobile-web-app-title"]').content,
    icon: new URL(document.querySelector('link[rel="apple-touch-icon"]').href).pathname,
  }));

test('after every view, a search, a chosen area and the install view, nothing the browser keeps names the topic or the project', async () => {
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    const titles = new Set();
    await page.goto(server.url + '/');
    await controlled(page);
    await page.waitForFunction(() => document.documentElement.dataset.copy === 'saved');
    const pages = await page.evaluate(() => [...document.querySelectorAll('#app a[href^="/"]')].map((a) => a.getAttribute('href')));
    for (const path of new Set(['/', ...pages, '/local/maine', '/find', '/install', '/privacy', '/no-such-place'])) {
      await page.goto(server.url + path);
      titles.add(await page.title());
    }
    await page.goto(server.url + '/local');
    await ready(page);
    await page.getByRole('navigation', { name: 'Choose your area' }).getByRole('link', { name: 'Maine' }).click();
    await page.waitForURL(/\/local\/maine$/);
    await page.goto(server.url + '/find');
    await ready(page);
    await page.locator('#q').fill('shelter');
    await page.goto(server.url + '/install');
    await ready(page);

    const kept = await page.evaluate(async () => {
      const caches_ = {};
      for (const name of await caches.keys()) {
        caches_[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
      }
      return {
        caches: caches_,
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
        cookie: document.cookie,
        worker: (await navigator.serviceWorker.getRegistration()).active.scriptURL,
      };
    });
    const { manifest } = await installable(browser, page);
    assert.ok(Object.keys(kept.caches).length >= 1, 'the offline copy is there');
    assert.ok(kept.local.length >= 1, 'the chosen area is kept');
    assert.equal(kept.cookie, '', 'no cookie');
    const everything = {
      titles: [...titles],
      ...kept,
      manifest: [manifest.name, manifest.short_name, manifest.description, manifest.id, manifest.start_url, ...manifest.icons.map((i) => i.src)],
      apple: await appleLook(page),
    };
    for (const [what, value] of Object.entries(everything)) {
      assert.deepEqual(found(JSON.stringify(value)), [], `${what}: ${JSON.stringify(value)}`);
    }
  });
});

test('each look on the install view gives Chromium its manifest and Safari its title and icon; without a choice, the usual one', async () => {
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/install');
    await ready(page);
    const looks = page.locator('fieldset.looks input[type="radio"]');
    const count = await looks.count();
    assert.ok(count >= 4, `the usual look and three covers: ${count}`);

    // Without a choice: the usual look, as every page links it.
    const usual = await installable(browser, page);
    assert.equal(new URL(usual.url).pathname, '/manifest.webmanifest');
    assert.equal(usual.manifest.id, '/', 'the id the usual look always had');
    const usualApple = await appleLook(page);
    assert.equal(usualApple.title, usual.manifest.name);
    assert.equal(usualApple.icon, '/icons/apple-touch-icon.png');

    const ids = new Set([usual.manifest.id]);
    for (let i = 1; i < count; i++) {
      const radio = looks.nth(i);
      const id = await radio.getAttribute('value');
      const name = (await radio.locator('xpath=..').innerText()).trim();
      await radio.check();
      const { url, manifest } = await installable(browser, page);
      assert.equal(new URL(url).pathname, `/manifest-${id}.webmanifest`, `${name}: its manifest`);
      assert.equal(manifest.name, name, `${name}: the name Chromium would install`);
      assert.equal(manifest.short_name, name);
      assert.ok(manifest.icons.length >= 2 && manifest.icons.every((icon) => icon.src.includes(`/icons/${id}/`)), `${name}: its own icons`);
      assert.equal(manifest.start_url, '/', `${name}: opens at the start`);
      // Its own id, so the pages' usual manifest never reads as a change to it.
      assert.ok(!ids.has(manifest.id), `${name}: an id of its own (${manifest.id})`);
      ids.add(manifest.id);
      assert.deepEqual(await appleLook(page), { title: name, icon: `/icons/${id}/apple-touch-icon.png` }, `${name}: for Safari`);
      const icon = await page.request.get(`${server.url}/icons/${id}/icon-192.png`);
      assert.equal(icon.status(), 200, `${name}: its icon is there`);
    }

    // Back to the usual look.
    await looks.nth(0).check();
    assert.equal(new URL((await installable(browser, page)).url).pathname, '/manifest.webmanifest');
    assert.deepEqual(await appleLook(page), usualApple);
  });
});

test('the contacts view and the safety page say what calls and texts leave on the phone, and the call bar stays one tap', async () => {
  const site = readFileSync(join(ROOT, 'content/site.toml'), 'utf8');
  const traces = /^traces = "([^"]+)"$/m.exec(site)[1];
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/contacts');
    await ready(page);
    assert.equal(await page.locator('main p.traces').innerText(), traces, 'beside the call and text buttons');
    await page.goto(server.url + '/privacy');
    await ready(page);
    const section = page.locator('section#traces');
    assert.match(await section.innerText(), /call log/);
    assert.match(await section.innerText(), /not to text or call back/);
    // No step between the person and a call: a tap on the bar's call link is
    // left to the browser (nothing cancels it; the test's own listener, last,
    // notes that and stops the dialer from opening here).
    await page.evaluate(() => {
      addEventListener('click', (e) => {
        window.__call = { prevented: e.defaultPrevented, href: e.target.closest('a')?.getAttribute('href') };
        e.preventDefault();
      });
    });
    await page.click('header a[href^="tel:+1888"]');
    assert.deepEqual(await page.evaluate(() => window.__call), { prevented: false, href: 'tel:+18883737888' }, 'one tap dials');
  });
});

test('an area kept by an earlier version under the old key is kept under the new one, and the old key goes', async () => {
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/privacy');
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('harbor.area', 'maine');
    });
    await page.goto(server.url + '/contacts');
    await ready(page);
    assert.ok(await page.getByRole('heading', { name: 'In Maine' }).isVisible(), 'the area is still chosen');
    assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), { area: 'maine' });
  });
});

test('a look picked and then left behind does not stay on the page: other views and the install view again show the usual one', async () => {
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/install');
    await ready(page);
    const usual = await appleLook(page);
    await page.locator('fieldset.looks input[type="radio"]').nth(1).check();
    assert.notDeepEqual(await appleLook(page), usual, 'picked');
    // Moving in the app keeps the page: the look must be put back.
    await page.locator('footer a[href="/"]').click();
    await page.waitForURL(server.url + '/');
    assert.deepEqual(await appleLook(page), usual, 'on another view');
    assert.equal(new URL((await installable(browser, page)).url).pathname, '/manifest.webmanifest');
    await page.locator('footer a[href="/install"]').click();
    await page.waitForURL(server.url + '/install');
    assert.equal(await page.locator('fieldset.looks input[type="radio"]').nth(0).isChecked(), true, 'the usual look is the one chosen');
    assert.deepEqual(await appleLook(page), usual);
  });
});

test('without WebAssembly, a look picked on the install view still reaches the page', async () => {
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/install');
    assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined', 'WebAssembly is off');
    const radio = page.locator('fieldset.looks input[type="radio"]').nth(2);
    const id = await radio.getAttribute('value');
    await radio.check();
    assert.equal(new URL((await installable(browser, page)).url).pathname, `/manifest-${id}.webmanifest`);
    assert.equal((await appleLook(page)).icon, `/icons/${id}/apple-touch-icon.png`);
  }, { args: ['--js-flags=--jitless'] });
});

test('a look picked while the app is still loading stays picked after the app takes over, and the head carries the checked one, in either order', async () => {
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    /** The checked choice's manifest, and the manifest the head links. */
    const agreement = () =>
      page.evaluate(() => ({
        checked: document.querySelector('input[name="look"]:checked').value,
        wanted: document.querySelector('input[name="look"]:checked').dataset.manifest,
        head: document.querySelector('link[rel="manifest"]').getAttribute('href'),
      }));
    for (const order of ['picked, then the app starts', 'the app starts, then picked']) {
      // The wasm is held until the test lets it go: the app cannot start before.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route('**/*_bg.wasm', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(server.url + '/install', { waitUntil: 'domcontentloaded' });
      const garden = page.locator('input[name="look"][value="garden"]');
      if (order.startsWith('picked')) {
        assert.equal(await page.evaluate(() => document.documentElement.dataset.app === 'running'), false, `${order}: the app is not running yet`);
        await garden.check();
        release();
        await ready(page);
      } else {
        release();
        await ready(page);
        await garden.check();
      }
      const seen = await agreement();
      assert.deepEqual(seen, { checked: 'garden', wanted: '/manifest-garden.webmanifest', head: '/manifest-garden.webmanifest' }, order);
      assert.equal(new URL((await installable(browser, page)).url).pathname, '/manifest-garden.webmanifest', `${order}: what Chromium would install`);
      await page.unroute('**/*_bg.wasm');
    }
  });
});
