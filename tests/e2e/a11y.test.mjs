// Accessible to everyone: axe-core finds no WCAG A or AA violation on any
// view, in the light and the dark colour scheme; the keyboard reaches
// everything, starting with "Skip to content".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, ONE_PER_DIRECTION, pseudoSite, ready, ROOT, sharedApp, test, viewsIn } from './harness.mjs';

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
// Every view in every language, and in the two pseudo-languages: one
// accented and 40 % longer, one mirrored and right to left. The dark scheme
// changes colours only, the same in every language: one language for each
// direction.
const PSEUDO = pseudoSite();
const VIEWS = {
  light: viewsIn([...LANGUAGES, ...PSEUDO.languages]),
  dark: viewsIn([...ONE_PER_DIRECTION, ...PSEUDO.languages]),
};

const app = sharedApp(PSEUDO.dir);

for (const scheme of ['light', 'dark']) {
  const which = scheme === 'light' ? 'in every language' : 'in one language of each direction';
  test(`axe finds no WCAG A or AA violation on any view ${which} and the pseudo-languages, ${scheme} scheme`, async () => {
    const page = await app.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    const found = [];
    for (const path of VIEWS[scheme]) {
      await page.goto(app.server.url + path);
      await ready(page);
      // Evaluated through DevTools, so the page's own policy still holds.
      await page.evaluate(AXE);
      const { violations } = await page.evaluate(() =>
        axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
      );
      for (const v of violations) found.push(`${path}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    assert.deepEqual(found, []);
    await page.close();
  });
}

test('the first Tab reaches "Skip to content", which moves focus to the view\'s heading', async () => {
  const page = await app.browser.context.newPage();
  await page.goto(app.server.url + '/signs');
  await ready(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  assert.ok(await page.getByRole('link', { name: 'Skip to content' }).isVisible(), 'shown when focused');
  const length = await page.evaluate(() => history.length);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Warning signs');
  assert.equal(await page.evaluate(() => history.length), length);
  await page.close();
});
