// The quick exit and the call bar in Chromium, driven as a person would, with
// the back-forward cache and popup blocking left on: what happens in the very
// task of the click or key press, the Shift count, and the bar's place on
// screen. promises.test.mjs runs the exit, Back and no trail in every engine.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, ready } from './harness.mjs';

const EXIT = 'https://weather.com/';
const PREVIOUS = 'https://previous.example/';

let server;
let browser;
let page;
let exitRequests;

before(async () => {
  server = await serve();
});

after(() => server.close());

beforeEach(async () => {
  browser = await launch();
  exitRequests = [];
  // Stand-ins for the neutral site and for where the person was before.
  await browser.context.route(EXIT, (route) => {
    exitRequests.push(route.request());
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Sunny</p>' });
  });
  await browser.context.route(PREVIOUS, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Before</title><p>Somewhere else</p>' }),
  );
  page = await browser.context.newPage();
  await page.goto(PREVIOUS);
  await open('/');
});

afterEach(async () => {
  await browser.close();
});

/** Opens a view by its address and waits for the app. */
async function open(path) {
  await page.goto(server.url + path);
  await ready(page);
}

/**
 * Records, in the same task as the input event and after the app's handlers,
 * what the page still shows, and when the event happened.
 */
async function watchInput(type) {
  const seen = [];
  await page.exposeFunction('__seen', (s) => seen.push(s));
  await page.evaluate((type) => {
    window.addEventListener(type, (ev) => {
      window.__seen({
        type,
        children: document.body.childElementCount,
        text: document.body.innerText.trim().length,
        title: document.title,
        at: performance.timeOrigin + ev.timeStamp,
      });
    });
  }, type);
  return seen;
}

async function expectLeft() {
  await page.waitForURL(EXIT);
  assert.equal(await page.title(), 'Weather');
}

async function expectBackLeavesHarbor() {
  await page.goBack({ waitUntil: 'commit' });
  assert.equal(page.url(), PREVIOUS, 'Back goes to where the person was before Harbor');
  assert.equal(await page.locator('main').count(), 0, 'no Harbor content');
  await page.goForward({ waitUntil: 'commit' });
  assert.equal(page.url(), EXIT, 'Forward goes to the neutral site, not Harbor');
}

test('a click on the exit hides everything in the same task, then leaves without a referrer', async () => {
  const seen = await watchInput('click');
  await page.getByRole('link', { name: 'Quick exit' }).click();
  await expectLeft();
  assert.equal(seen.length, 1);
  assert.equal(seen[0].children, 0, 'the page was emptied before the click task ended');
  assert.equal(seen[0].text, 0);
  assert.equal(seen[0].title, 'Weather');
  const started = await page.evaluate(() => performance.timeOrigin);
  console.log(`exit delay: ${(started - seen[0].at).toFixed(1)} ms from click to navigation start (goal: 50 ms or less)`);
  assert.equal(exitRequests.length, 1);
  assert.equal(exitRequests[0].headers()['referer'], undefined, 'no referrer is sent');
  await expectBackLeavesHarbor();
});

for (const key of ['Enter', 'Space']) {
  test(`${key} on the focused exit hides everything in the keydown task and leaves`, async () => {
    await page.getByRole('link', { name: 'Quick exit' }).focus();
    const seen = await watchInput('keydown');
    await page.keyboard.press(key);
    await expectLeft();
    assert.equal(seen[0].children, 0);
    await expectBackLeavesHarbor();
  });
}

test('Shift pressed three times exits, counting down in a polite live region', async () => {
  const status = page.locator('header [role="status"][aria-live="polite"]');
  await page.keyboard.press('Shift');
  assert.equal(await status.innerText(), 'Shift, press 2 more times to exit');
  await page.keyboard.press('Shift');
  assert.equal(await status.innerText(), 'Shift, press 1 more time to exit');
  const seen = await watchInput('keyup');
  await page.keyboard.press('Shift');
  await expectLeft();
  assert.equal(seen[0].children, 0, 'emptied in the keyup task');
  await expectBackLeavesHarbor();
});

test('another key between presses resets the count', async () => {
  const status = page.locator('header [role="status"]');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  assert.equal(await status.innerText(), '');
  await page.keyboard.press('Shift');
  assert.equal(await status.innerText(), 'Shift, press 2 more times to exit');
  assert.equal(page.url(), server.url + '/');
  assert.equal(exitRequests.length, 0);
});

test('Shift held as a modifier does not count, and Escape does not exit', async () => {
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift+A');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await page.keyboard.press('Shift');
  assert.equal(await page.locator('header [role="status"]').innerText(), 'Shift, press 2 more times to exit');
  assert.ok(await page.locator('main h1').isVisible());
  assert.equal(exitRequests.length, 0);
});

test('after leaving, a page shown again from the back-forward cache stays blank, and session storage holds only where the tab went', async () => {
  // The way to the neutral site is cut, so the emptied page stays in the tab.
  await browser.context.unroute(EXIT);
  await browser.context.route(EXIT, (route) => route.abort('aborted'));
  await page.evaluate(() => sessionStorage.setItem('note', 'left behind'));
  await page.getByRole('link', { name: 'Quick exit' }).click();
  assert.deepEqual(await page.evaluate(() => ({ ...sessionStorage })), { away: EXIT }, 'only the note that this tab left');
  const shown = await page.evaluate(() => {
    document.body.innerHTML = '<main><h1>restored</h1></main>';
    document.title = 'Harbor';
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    return { children: document.body.childElementCount, title: document.title };
  });
  assert.deepEqual(shown, { children: 0, title: 'Weather' }, 'the restored page is emptied again at once');
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
      page.getByRole('link', { name: 'Quick exit' }),
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
