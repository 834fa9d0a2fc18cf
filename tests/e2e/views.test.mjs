// The views a person uses to find help: search, regions, open-now, warning signs.
import { before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, serve, test } from './harness.mjs';

let server;
let browser;
let page;

before(async () => {
  server = await serve();
});

after(() => server.close());

beforeEach(async () => {
  browser = await launch();
  page = await browser.context.newPage();
});

afterEach(async () => {
  await browser.close();
});

async function open(path) {
  await page.goto(server.url + path);
  await ready(page);
}

function serviceCard(name) {
  return page.locator('article.service', { has: page.getByRole('heading', { name, exact: true }) }).first();
}

test('search answers as the person types, and its results open the view', async () => {
  await open('/find');
  const box = page.getByLabel('Search every page');
  const everyTopic = page.getByRole('heading', { name: 'Every topic' });
  assert.ok(await everyTopic.isVisible(), 'every topic is listed before a search');
  await box.pressSequentially('eye cont');
  const result = page.locator('.results a', { hasText: 'Warning signs: Health and behaviour' });
  await result.waitFor();
  assert.match(await page.locator('main .result-count').innerText(), /^\d+ results?$/);
  assert.ok(await everyTopic.isHidden(), 'a search hides the list of every topic');
  await box.fill('');
  await everyTopic.waitFor();
  await box.fill('eye cont');
  assert.equal(new URL(page.url()).search, '', 'the query never enters the address');
  await result.click();
  await page.waitForURL(/\/signs#health$/);
  await page.locator('#health').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Health and behaviour');
});

test('search takes any input without breaking', async () => {
  await open('/find');
  const box = page.getByLabel('Search every page');
  for (const input of ['.*(', '🙂🙂', 'مساعدة', '\u0000\u0007', 'x'.repeat(5000), 'HELP']) {
    await box.fill(input);
  }
  await page.locator('.results a', { hasText: 'National Human Trafficking Hotline' }).first().waitFor();
});

test('a chosen region is kept for the next visit, and its lines show on the contacts view', async () => {
  await open('/local');
  assert.ok(await page.getByRole('heading', { name: 'Anywhere in the United States' }).isVisible());
  await page.getByRole('navigation', { name: 'Choose your area' }).getByRole('link', { name: 'Maine' }).click();
  await page.waitForURL(/\/local\/maine$/);
  await serviceCard('Maine Teen Text Line').waitFor();

  await open('/contacts');
  assert.ok(await page.getByRole('heading', { name: 'In Maine' }).isVisible());
  await open('/local');
  assert.ok(await page.getByRole('heading', { name: 'In Maine' }).isVisible());
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, ['area'], 'one key, naming nothing sensitive');
});

test('the app works when storage throws', async () => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await open('/local');
  await page.getByRole('navigation', { name: 'Choose your area' }).getByRole('link', { name: 'Illinois' }).click();
  await serviceCard('PATH 24-Hour Hotline').waitFor();
  assert.deepEqual(errors, []);
});

test('open now is computed on the device in the line\'s time zone', async () => {
  // 3 pm in New York in July (daylight time): the Teen Text Line is open.
  await page.clock.setFixedTime(new Date('2026-07-15T19:00:00Z'));
  await open('/local/maine');
  assert.match(await serviceCard('Maine Teen Text Line').locator('.hours').innerText(), /Open now/);
  // 11 pm in New York: closed, while 24-hour lines stay open.
  await page.clock.setFixedTime(new Date('2026-07-16T03:00:00Z'));
  await open('/local/maine');
  assert.match(await serviceCard('Maine Teen Text Line').locator('.hours').innerText(), /Closed now/);
  assert.match(await serviceCard('Maine Crisis Line').locator('.hours').innerText(), /Open now/);
});

test('warning signs can be ticked, and the ticks are never stored', async () => {
  await open('/signs');
  const boxes = page.getByRole('checkbox');
  assert.equal(await boxes.count(), 21);
  for (const name of ['Avoids eye contact', 'Has lost track of time', 'Has few or no personal belongings']) {
    await page.getByRole('checkbox', { name }).check();
  }
  assert.match(await page.locator('.tally').innerText(), /You ticked 3 of 21 signs/);
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
  assert.equal(stored, 0);
  await page.reload();
  await ready(page);
  assert.equal(await page.getByRole('checkbox', { checked: true }).count(), 0);
});
