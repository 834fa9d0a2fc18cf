import { withFresh, ready, controlled } from './harness.mjs';
await withFresh(async ({ server, browser }) => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/', '/es/signs', '/es/local/maine', '/find']) {
    await page.goto(server.url + path);
    await ready(page);
    console.log(path, await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.querySelector('main h1').textContent, [...document.querySelectorAll('a.switch')].map(a => a.getAttribute('href') + ' ' + a.textContent)]));
  }
  await controlled(page);
  await page.waitForFunction(() => document.documentElement.dataset.copy, null, { timeout: 10000 }).catch(() => {});
  console.log('copy', await page.evaluate(() => document.documentElement.dataset.copy));
  console.log('cached', await page.evaluate(async () => { const out = []; for (const n of await caches.keys()) out.push(n, (await (await caches.open(n)).keys()).length); return out; }));
  await page.screenshot({ path: '/tmp/shots/22-find.png' });
  console.log('errors', errors);
});
