// The quick exit and the call bar in Chromium, where Playwright can do what
// the other engines' drivers cannot here: Chromium's real back-forward cache
// with a page of Harbor in it, print media, focus styles (the other engines'
// windows never have the system's focus under test), and the bar's place on
// screen. promises.mjs runs the exit, Back and no trail in every engine.
import { before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { test } from './harness.mjs';
import { ENGINES } from './engines.mjs';
import { EXIT, startNetwork } from './network.mjs';

const chromium = ENGINES.find((engine) => engine.name === 'chromium');

let network;
let browser;
let tab;
let page;

// One browser for the file; each test in a new tab, on a new origin.
before(async () => {
  network = await startNetwork();
  browser = await chromium.launch(network);
});

after(async () => {
  await browser.close();
  network.close();
});

beforeEach(async () => {
  await network.fresh();
  tab = await browser.newTab();
  page = tab.page;
});

afterEach(async () => {
  await tab.close();
});

/** Opens a view by its address and waits for the app. */
async function open(path) {
  await page.goto(network.url + path);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'running');
}

test('a page of Harbor kept in the back-forward cache is hidden as it goes, and after an exit, shown again, it leaves', async () => {
  await page.goto(network.previous);
  await open('/learn');
  // Once the offline copy is in place: a worker that takes over pages later
  // would evict this one from the cache (Chromium: "ServiceWorkerClaim").
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // From inside the page: what it shows as the cache gives it back.
  await page.evaluate(() =>
    addEventListener('pageshow', (e) => {
      if (!e.persisted) return;
      navigator.sendBeacon('/__record', JSON.stringify({
        type: 'restored',
        hidden: document.documentElement.hidden,
        shown: getComputedStyle(document.documentElement).display !== 'none',
      }));
    }),
  );
  // Another visit in the same tab (by its address), so /learn has an entry of its own.
  await open('/signs');
  await page.locator('header a.exit').click();
  await page.waitForURL(EXIT);
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForURL(EXIT);
  // The page's beacon may arrive a moment after it has gone.
  const until = Date.now() + 15000;
  let restored;
  while (!(restored = network.records.find((r) => r && r.type === 'restored')) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.ok(restored, 'the back-forward cache gave the page back (it is on)');
  assert.deepEqual(restored, { type: 'restored', hidden: true, shown: false }, 'nothing of it was shown');
  assert.equal(await page.title(), 'Weather');
});

test('on paper, the page has no call bar, exit or skip links', async () => {
  await open('/signs');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() =>
    ['header', '.skip', 'a.exit.early', 'main h1'].map((css) => getComputedStyle(document.querySelector(css)).display !== 'none'),
  );
  assert.deepEqual(printed, [false, false, false, true]);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('header').isVisible(), true);
});

test('"Skip to content" and the exit after it are hidden until focused, then shown on screen', async () => {
  await open('/');
  const onScreen = () =>
    page.evaluate(() => {
      const box = document.activeElement.getBoundingClientRect();
      return { classes: document.activeElement.className, onScreen: box.top >= 0 && box.bottom <= innerHeight };
    });
  for (const css of ['.skip', 'a.exit.early']) {
    const box = await page.locator(css).boundingBox();
    assert.ok(box.y + box.height <= 0, `${css} is off screen until focused`);
  }
  await page.keyboard.press('Tab');
  assert.deepEqual(await onScreen(), { classes: 'skip', onScreen: true });
  await page.keyboard.press('Tab');
  assert.deepEqual(await onScreen(), { classes: 'exit early', onScreen: true });
});

test('the call bar and exit stay on screen at any scroll position, with large targets', async () => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open('/signs');
  for (const y of [0, 1500, 100000]) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    for (const link of [
      page.locator('a[href="tel:+18883737888"]').first(),
      page.locator('a[href="sms:233733?&body=HELP"]').first(),
      page.locator('a[href="tel:911"]').first(),
      page.locator('header a.exit'),
    ]) {
      const box = await link.boundingBox();
      assert.ok(box.y >= 0 && box.y + box.height <= 640, `on screen at scroll ${y}`);
      assert.ok(box.width >= 44 && box.height >= 44, `44×44 at least: ${box.width}×${box.height}`);
    }
  }
  // The bar never covers the end of the content.
  const main = await page.locator('footer').boundingBox();
  const bar = await page.locator('header').boundingBox();
  assert.ok(main.y + main.height > bar.y + bar.height);
});
