// Before the app runs, or when it cannot (WebAssembly turned off, scripts
// turned off), the call links and the exit are still there, as plain links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

const EXIT = 'https://weather.com/';

let server;

before(async () => {
  server = await serve();
});

after(() => server.close());

// Debian's Chromium 156 ignores `--js-flags=--noexpose_wasm`, so WebAssembly
// is taken away before any script runs, as Lockdown Mode does.
const WAYS = {
  'WebAssembly turned off': { init: () => delete window.WebAssembly },
  'scripts turned off': { options: { javaScriptEnabled: false } },
};

for (const [way, { init, ...settings }] of Object.entries(WAYS)) {
  test(`with ${way}, the call links work and the exit is a plain link to the neutral site`, async () => {
    const browser = await launch(settings);
    try {
      if (init) await browser.context.addInitScript(init);
      let referer = 'not asked';
      await browser.context.route(EXIT, (route) => {
        referer = route.request().headers()['referer'];
        route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' });
      });
      const page = await browser.context.newPage();
      for (const path of ['/', '/no-such-place']) {
        await page.goto(server.url + path);
        assert.equal(await page.locator('main').count(), 0, 'the app did not run');
        for (const href of ['tel:+18883737888', 'sms:233733?&body=HELP', 'tel:911']) {
          assert.equal(await page.locator(`header a[href="${href}"]`).count(), 1, `${path}: ${href}`);
        }
        const exit = page.getByRole('link', { name: 'Quick exit' });
        assert.equal(await exit.getAttribute('href'), EXIT);
        assert.equal(await exit.getAttribute('rel'), 'noreferrer');
      }
      await page.getByRole('link', { name: 'Quick exit' }).click();
      await page.waitForURL(EXIT);
      assert.equal(referer, undefined, 'no referrer is sent');
    } finally {
      await browser.close();
    }
  });
}

test('once the app runs, its own call bar replaces the prerendered one', async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/');
    await page.locator('main h1').waitFor();
    assert.equal(await page.locator('header.bar').count(), 1);
    assert.equal(await page.locator('a[href="tel:+18883737888"]').count(), 1 + (await page.locator('main a[href="tel:+18883737888"]').count()));
  } finally {
    await browser.close();
  }
});
