// Bad addresses and a crashed app: the person still sees a calm page, the call
// links and the exit.
import assert from 'node:assert/strict';
import { controlled, ready, sharedApp, test, withFresh } from './harness.mjs';

const app = sharedApp();
const EXIT = 'https://weather.com/';
const CALLS = ['tel:+18883737888', 'sms:233733?&body=HELP', 'tel:911'];

async function assertFrame(page, what) {
  for (const href of CALLS) {
    assert.equal(await page.locator(`header a[href="${href}"]`).count(), 1, `${what}: ${href}`);
  }
  assert.equal(await page.locator('header a.exit').getAttribute('href'), EXIT, what);
}

test('an unknown address, a malformed query string or a huge fragment shows the not-found view', async () => {
  const page = await app.browser.context.newPage();
  // As for a returning visitor, pages come from the service worker. (The test
  // server answers some malformed addresses with its own 400 page.)
  await page.goto(app.server.url + '/');
  await ready(page);
  await controlled(page);
  const bad = {
    'an unknown address': '/no/such/place',
    // Escapes that are cut short or are not UTF-8. (A lone `%` would be
    // answered by the test server with its own 400 page, before the app.)
    'a malformed query string': '/signs?q=%E0%A4',
    'a query string that is not UTF-8': '/contacts?%FF',
    'a huge fragment': `/signs#${'x'.repeat(100_000)}`,
  };
  for (const [what, address] of Object.entries(bad)) {
    await page.goto(app.server.url + address);
    await ready(page);
    await page.locator('main h1', { hasText: 'This page is not here' }).waitFor();
    await assertFrame(page, what);
  }
  // A well-formed query string is harmless, and ignored.
  await page.goto(app.server.url + '/signs?from=home#work');
  await ready(page);
  assert.equal(await page.locator('main h1').innerText(), 'Warning signs');
  await page.close();
});

// After a panic (a trap, with `panic = "abort"`), every call into the
// WebAssembly throws. The init script wraps the module's exports so that the
// test can make them do exactly that, once the app has started.
function crashable() {
  const instantiate = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (...args) => {
    const { instance, module } = await instantiate(...args);
    const exports = {};
    for (const [name, value] of Object.entries(instance.exports)) {
      exports[name] = typeof value !== 'function' ? value : (...a) => {
        if (window.crashed) throw new WebAssembly.RuntimeError('unreachable');
        return value(...a);
      };
    }
    return { instance: { exports }, module };
  };
}

test('after the app crashes, the call links, the exit and Shift three times still work', async () => {
  const page = await app.browser.context.newPage();
  await page.addInitScript(crashable);
  await app.browser.context.route(EXIT, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
  );
  for (const leave of ['Shift three times', 'the exit link']) {
    await page.goto(app.server.url + '/find');
    await ready(page);
    await page.evaluate(() => { window.crashed = true; });
    // The app is gone: typing a search calls into it, and that throws.
    const thrown = page.waitForEvent('pageerror');
    await page.locator('#q').fill('help');
    assert.match((await thrown).message, /unreachable/, 'the app really is crashed');
    await assertFrame(page, `crashed, ${leave}`);
    if (leave === 'Shift three times') {
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    } else {
      await page.locator('header a.exit').click();
    }
    await page.waitForURL(EXIT);
  }
  await page.close();
});

test('a page whose content file cannot be had, or is broken, keeps the view the build rendered, with the call links and the exit', async () => {
  const cases = {
    'a content file that cannot be had': (route) => route.fulfill({ status: 500, body: 'failed on purpose' }),
    'a content file cut short': async (route) => {
      const whole = await (await route.fetch()).body();
      await route.fulfill({ status: 200, body: whole.subarray(0, whole.length >> 1) });
    },
    'a content file of another form': (route) => route.fulfill({ status: 200, body: Buffer.from('HCb9 not this form') }),
  };
  for (const [what, answer] of Object.entries(cases)) {
    // A first visit on an origin of its own: no worker answers for the page yet.
    await withFresh(async ({ server, browser }) => {
      const page = await browser.context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route('**/content-*.txt', answer);
      await page.goto(server.url + '/signs');
      // The app loaded its WebAssembly and asked for the file, and then left the page alone.
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /content-.*\.txt$/.test(e.name) && e.responseEnd > 0));
      await page.waitForFunction(() => document.readyState === 'complete');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, `${what}: the app did not take over`);
      assert.equal(await page.locator('main h1').innerText(), 'Warning signs', `${what}: the view the build rendered`);
      await assertFrame(page, what);
      assert.deepEqual(errors, [], `${what}: no uncaught error`);
    });
  }
});
