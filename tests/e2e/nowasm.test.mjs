// Without WebAssembly, or when the .wasm file never arrives, every view is
// still a complete page: its content, the call links, the quick exit (link and
// Shift three times, from the page's own small script) and plain links to every
// other view. With scripts off too, the links still work.
import assert from 'node:assert/strict';
import { languageOf, LANGUAGES, test, withFresh } from './harness.mjs';
import { walk, LINKS, FACTS } from './facts.mjs';

const EXIT = 'https://weather.com/';
const CALLS = ['tel:+18883737888', 'sms:233733?&body=HELP', 'tel:911'];
// Views every page links to; the region pages are linked from /local.
const VIEWS = ['/', '/contacts', '/local', '/find', '/learn', '/signs', '/youth', '/support', '/work', '/privacy', '/install'];
const REGIONS = ['/local/us', '/local/illinois', '/local/maine'];

const WAYS = {
  // Lockdown Mode turns off the JIT, and with it WebAssembly. Debian's
  // Chromium 156 still defines WebAssembly with `--js-flags=--noexpose_wasm`;
  // with `--jitless` V8 leaves it out, as Lockdown Mode does.
  'WebAssembly turned off': { settings: { args: ['--js-flags=--jitless'] } },
  'the .wasm file blocked': {
    settings: {},
    setup: (context) => context.route('**/*.wasm', (route) => route.abort('blockedbyclient')),
  },
};

for (const [way, { settings, setup }] of Object.entries(WAYS)) {
  test(`with ${way}, every view is a complete page with the call links, the exit and links to every other view`, async () => {
    await withFresh(async ({ server, browser }) => {
      if (setup) await setup(browser.context);
      await browser.context.route(EXIT, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
      );
      const page = await browser.context.newPage();
      const { pages, text, hrefs } = await walk(page, server.url, async (path, response) => {
        assert.equal(response.status(), 200, `${path} is a page of its own`);
        for (const href of CALLS) {
          assert.equal(await page.locator(`header a[href="${href}"]`).count(), 1, `${path}: ${href}`);
        }
        const exit = page.locator('header a.exit');
        assert.equal(await exit.getAttribute('href'), EXIT, path);
        // In its own language: a Spanish page links the Spanish views.
        const { base } = languageOf(path);
        for (const view of VIEWS) {
          const href = view === '/' ? `${base}/` : base + view;
          assert.ok(await page.locator(`a[href="${href}"]`).count() > 0, `${path} links to ${href}`);
        }
        assert.equal(await page.locator('main').count(), 1, path);
        assert.equal(await page.title(), 'Notebook', `${path}: a neutral title`);
      });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app === 'running'), false, 'the app never started');
      if (way === 'WebAssembly turned off') {
        assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined');
      }
      // Every language: the walk follows the links to the other languages.
      for (const view of [...VIEWS, ...REGIONS]) {
        for (const language of LANGUAGES) {
          const twin = view === '/' ? `${language.base}/` : `${language.base}${view}`;
          assert.ok(pages.includes(twin), `${twin} was reached`);
        }
      }
      assert.deepEqual(LINKS.filter((href) => !hrefs.has(href)), [], 'links not found');
      assert.deepEqual(FACTS.filter((fact) => !text.includes(fact)), [], 'facts not found');

      // Search falls back to a list of every topic; its box waits for the app.
      await page.goto(server.url + '/find');
      assert.equal(await page.locator('#q').isDisabled(), true);
      for (const view of VIEWS.slice(4)) {
        assert.equal(await page.locator(`section a[href="${view}"]`).count(), 1, `/find lists ${view}`);
      }
      // The safety page says that moving between pages adds nothing for
      // Back, even here, and it does not.
      await page.goto(server.url + '/privacy');
      assert.match(await page.locator('main').innerText(), /adds no steps to the Back button/);
      const length = await page.evaluate(() => history.length);
      await page.locator('footer a', { hasText: 'Warning signs' }).click();
      await page.waitForURL(/\/signs\/?$/);
      assert.equal(await page.evaluate(() => history.length), length);

      // The page's own script: Shift three times leaves, blanking the page first.
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      assert.equal(await page.locator('#frame [role="status"]').innerText(), 'Shift, press 1 more time to exit');
      await page.keyboard.press('Shift');
      await page.waitForURL(EXIT);
      // And the exit link leaves too.
      await page.goto(server.url + '/local/maine');
      await page.locator('header a.exit').click();
      await page.waitForURL(EXIT);
    }, settings);
  });
}

test('with scripts turned off, the call links work and the exit is a plain link to the neutral site', async () => {
  await withFresh(async ({ server, browser }) => {
    let referer = 'not asked';
    await browser.context.route(EXIT, (route) => {
      referer = route.request().headers()['referer'];
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' });
    });
    const page = await browser.context.newPage();
    for (const path of ['/', '/local/illinois', '/no-such-place']) {
      await page.goto(server.url + path);
      for (const href of CALLS) {
        assert.equal(await page.locator(`header a[href="${href}"]`).count(), 1, `${path}: ${href}`);
      }
      assert.ok(await page.locator('main h1').isVisible(), path);
    }
    assert.equal(await page.locator('main h1').innerText(), 'This page is not here');
    await page.goto(server.url + '/');
    await page.locator('footer a', { hasText: 'Help near you' }).click();
    await page.waitForURL(/\/local\/?$/);
    assert.equal(await page.locator('main h1').innerText(), 'Help near you');
    const exit = page.locator('header a.exit');
    assert.equal(await exit.getAttribute('rel'), 'nofollow noreferrer');
    await exit.click();
    await page.waitForURL(EXIT);
    assert.equal(referer, undefined, 'no referrer is sent');
  }, { options: { javaScriptEnabled: false } });
});
