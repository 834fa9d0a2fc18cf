// Private by construction, in both languages: a strict Content-Security-Policy
// that nothing breaks, no request to any other host, and no cookies. On the
// test network (network.mjs), which sends the headers of the build's own
// _headers, as Netlify and Cloudflare Pages would, and refuses, and counts,
// every request to another host. In Chromium, which also reports each
// request the page makes; the shared promises fail on any request to another
// host in every engine (promises.mjs).
import assert from 'node:assert/strict';
import { addresses, ready, test } from './harness.mjs';
import { ENGINES } from './engines.mjs';
import { startNetwork } from './network.mjs';

const chromium = ENGINES.find((engine) => engine.name === 'chromium');

test('using every view in both languages breaks no rule of the page\'s policy, asks no other host, and sets no cookie', async () => {
  const network = await startNetwork();
  const browser = await chromium.launch(network);
  try {
    const page = browser.tab.page;
    const context = page.context();
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    const refused = [];
    page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && refused.push(m.text()));
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const views = [...addresses(), '/no-such-place', '/es/nada'];
    assert.ok(views.some((v) => v.startsWith('/es')) && views.length >= 30, `${views}`);
    for (const path of views) {
      const response = await page.goto(network.url + path);
      await ready(page);
      const header = response.headers()['content-security-policy'];
      assert.match(header ?? '', /frame-ancestors 'none'/, `${path}: the policy from _headers`);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(policy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+; /);
      assert.match(policy, /object-src 'none'; base-uri 'none'; form-action 'none'/);
      assert.deepEqual(await page.evaluate(() => window.violations), [], path);
    }
    // Use the views that do things: search, ticks, a region, the Back control.
    for (const [base, words] of [['', 'shelter'], ['/es', 'línea']]) {
      await page.goto(network.url + base + '/find');
      await ready(page);
      await page.locator('#q').fill(words);
      await page.locator('.results a').first().click();
      await ready(page);
      await page.locator('button.back').click();
      await page.goto(network.url + base + '/signs');
      await ready(page);
      await page.getByRole('checkbox').first().check();
      await page.goto(network.url + base + '/local');
      await ready(page);
      await page.locator(`nav.picker a[href="${base}/local/maine"]`).click();
      await page.waitForURL(new RegExp(`${base}/local/maine$`));
      assert.deepEqual(await page.evaluate(() => window.violations), [], `${base || 'English'}: using the views`);
    }
    assert.deepEqual(refused, []);
    assert.deepEqual(network.violations, [], 'policy reports sent to the server');

    const elsewhere = requests.filter((url) => !url.startsWith(network.url + '/'));
    assert.deepEqual(elsewhere, [], 'every request went to the app\'s own origin');
    assert.deepEqual(network.strangers, [], 'no other host was asked for through the proxy');
    assert.deepEqual(await context.cookies(), []);
  } finally {
    await browser.close();
    network.close();
  }
});
