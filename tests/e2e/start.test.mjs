// The first view: a person opens Harbor and finds the hotline and the exit.
import assert from 'node:assert/strict';
import { sharedApp, test } from './harness.mjs';

const app = sharedApp();

test('the home view offers the hotline call link and the quick exit', async () => {
  const page = await app.browser.context.newPage();
  await page.goto(app.server.url + '/');
  const call = page.getByRole('link', { name: /^Call hotline, 1-888-373-7888, the National Human Trafficking Hotline$/ });
  await call.waitFor();
  assert.equal(await call.getAttribute('href'), 'tel:+18883737888');
  assert.ok(await page.locator('header').getByRole('link', { name: /exit/i }).isVisible());
  assert.equal(await page.title(), 'Notebook');
  await page.close();
});

test('an unknown address shows the not-found view with the call link', async () => {
  const page = await app.browser.context.newPage();
  await page.goto(app.server.url + '/no-such-place');
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /not here/);
  assert.equal(await page.locator('a[href="tel:+18883737888"]').count(), 1);
  await page.close();
});
