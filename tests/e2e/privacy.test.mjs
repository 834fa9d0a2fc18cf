// Private by construction: a strict Content-Security-Policy that nothing
// breaks, no request to any other host, and no cookies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withFresh, ready } from './harness.mjs';

const VIEWS = [
  '/', '/learn', '/signs', '/youth', '/support', '/work', '/privacy', '/contacts',
  '/local', '/local/us', '/local/illinois', '/local/maine', '/find', '/install', '/no-such-place',
];

test('using every view breaks no rule of the page\'s policy, asks no other host, and sets no cookie', async () => {
  await withFresh(async ({ server, browser }) => {
    const requests = [];
    browser.context.on('request', (r) => requests.push(r.url()));
    const refused = [];
    const page = await browser.context.newPage();
    page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && refused.push(m.text()));
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of VIEWS) {
      await page.goto(server.url + path);
      await ready(page);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(policy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+; /);
      assert.match(policy, /object-src 'none'; base-uri 'none'; form-action 'none'/);
      assert.deepEqual(await page.evaluate(() => window.violations), [], path);
    }
    // Use the views that do things: search, ticks, a region, the Back control.
    await page.goto(server.url + '/find');
    await page.getByLabel('Search every page').fill('shelter');
    await page.locator('.results a').first().click();
    await ready(page);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.goto(server.url + '/signs');
    await page.getByRole('checkbox').first().check();
    await page.goto(server.url + '/local');
    await page.getByRole('navigation', { name: 'Choose your area' }).getByRole('link', { name: 'Maine' }).click();
    await ready(page);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(refused, []);

    const elsewhere = requests.filter((url) => !url.startsWith(server.url + '/'));
    assert.deepEqual(elsewhere, [], 'every request went to the app\'s own origin');
    assert.deepEqual(await browser.context.cookies(), []);
  });
});
