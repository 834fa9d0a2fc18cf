// When the WebAssembly arrives, the app takes over the page's prerendered view
// without a visible change: same text in the same places, the same scroll
// position, and focus still on the same link.
import assert from 'node:assert/strict';
import { ready, sharedApp, test } from './harness.mjs';

const app = sharedApp();

/** What a person sees: the view's text, where each heading is, the scroll and focus. */
function looks() {
  const focused = document.activeElement;
  return {
    text: document.querySelector('#app').innerText,
    headings: [...document.querySelectorAll('#app h1, #app h2')].map((h) => {
      const box = h.getBoundingClientRect();
      return `${h.textContent} @ ${Math.round(box.x)},${Math.round(box.y)}`;
    }),
    scroll: window.scrollY,
    focus: focused && focused.closest('#app') ? `${focused.tagName} ${focused.getAttribute('href')} ${focused.textContent}` : 'outside #app',
  };
}

test('the app takes over the prerendered view without moving anything', async () => {
  const page = await app.browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 700 });
  // Hold the .wasm back until the person has scrolled and focused a link.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.server.url + '/signs');
  await page.locator('main h1').waitFor();
  await page.locator('footer a', { hasText: 'Help near you' }).focus();
  await page.evaluate(() => window.scrollBy(0, -200));
  const before = await page.evaluate(looks);
  assert.ok(before.scroll > 0, 'scrolled down');
  assert.notEqual(before.focus, 'outside #app');
  await page.evaluate(() => { window.prerendered = document.querySelector('main'); });

  release();
  await ready(page);

  assert.equal(await page.evaluate(() => document.querySelector('main') !== window.prerendered), true, 'the app replaced the view');
  assert.deepEqual(await page.evaluate(looks), before);
  await page.close();
});
