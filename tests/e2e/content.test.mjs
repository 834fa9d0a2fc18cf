// Every fact, number and organisation of the seeds and of content-sources.md
// can be reached by following the app's own links from the home view.
import assert from 'node:assert/strict';
import { sharedApp, test } from './harness.mjs';
import { walk, LINKS, FACTS } from './facts.mjs';

const app = sharedApp();

test('every fact and number is reachable from the home view', async () => {
  const page = await app.browser.context.newPage();
  const { pages, text, hrefs } = await walk(page, app.server.url);
  for (const region of ['/local/us', '/local/illinois', '/local/maine']) {
    assert.ok(pages.includes(region), `${region} is linked`);
  }
  const missingLinks = LINKS.filter((href) => !hrefs.has(href));
  assert.deepEqual(missingLinks, [], 'links not found');
  const missingFacts = FACTS.filter((fact) => !text.includes(fact));
  assert.deepEqual(missingFacts, [], 'facts not found');
  await page.close();
});
