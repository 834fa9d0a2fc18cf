// Harbor's promises, each written once and run in Chromium, Firefox and
// WebKit (engines.mjs), against the release dist/ on the test network
// (network.mjs): the call bar and the exit on every page, an exit that never
// comes back, no trail in history, offline after one visit, and search.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './harness.mjs';
import { ENGINES } from './engines.mjs';
import { EXIT, startNetwork } from './network.mjs';

const CALLS = ['tel:+18883737888', 'sms:233733?&body=HELP', 'tel:911'];

/** Words that would give the topic away in a title or an address. */
const SENSITIVE = /traffick|sex|abuse|victim|exploit|assault|violence/i;

/** Every page the build wrote, as addresses: `/`, `/signs`, `/local/maine`, … */
function addresses(dir = DIST, prefix = '') {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...addresses(path, `${prefix}/${name}`));
    else if (name === 'index.html') found.push(prefix || '/');
  }
  return found.sort();
}

/** Waits until the WebAssembly app runs in the tab (Trunk sets `wasmBindings`). */
const started = (tab) => tab.waitFor(() => 'wasmBindings' in window && document.querySelector('main h1') !== null);

/** Types `words` into the search box once the app runs it; waits for results. */
async function search(tab, words) {
  await started(tab);
  await tab.waitFor(() => !document.querySelector('#q').disabled);
  await tab.type('#q', words);
  await tab.waitFor(() => document.querySelectorAll('.results a').length > 0);
}

/** Waits until a service worker controls the tab. */
const controlled = (tab) => tab.waitFor(() => navigator.serviceWorker.controller !== null);

/**
 * Whether the tab shows anything of Harbor now: its frame, view or exit,
 * rendered. A page hidden before it paints, an error page or another site
 * shows nothing of it.
 */
async function showsHarbor(tab) {
  // Asked once the document is parsed (a page hidden by its first script is
  // then hidden for good). If it is replaced while asked, the next one is asked.
  const { shown } = await tab.waitFor(() => {
    if (document.readyState === 'loading') return null;
    const parts = [...document.querySelectorAll('#frame, #app, a.exit')];
    return { shown: parts.some((part) => part.getClientRects().length > 0) };
  });
  return shown;
}

/** Waits until the tab has left Harbor's site for another, or for an error page. */
const leftHarbor = (tab, network) => tab.waitForUrl((url) => !url.startsWith(network.url));

/** The two ways to leave: the exit link, and Shift pressed three times. */
const WAYS_OUT = {
  'a click on the exit': (tab) => tab.click('header a.exit'),
  'Shift pressed three times': async (tab) => {
    for (let i = 0; i < 3; i++) await tab.press('Shift');
  },
};

/** The states of the connection the exit is tested in. */
const CONNECTIONS = {
  'online': { exitReachable: true, offline: false },
  'with the exit site unreachable': { exitReachable: false, offline: false },
  'offline': { exitReachable: false, offline: true },
};

for (const engine of ENGINES) {
  describe(engine.name, () => {
    let network;
    let browser;
    let tab;
    // For the summary line of `make test` (scripts/test.sh).
    const tally = { held: 0, of: 0, version: engine.name };

    before(async () => {
      network = await startNetwork();
    });
    after(() => {
      network.close();
      console.log(`engine ${engine.name}: ${tally.held} of ${tally.of} held, in ${tally.version}`);
    });

    /** Runs `use` with a fresh browser of this engine, and closes it. */
    async function fresh(use, size) {
      network.exitReachable = true;
      network.restore();
      tally.of += 1;
      browser = await engine.launch(network, size);
      tally.version = browser.version;
      tab = browser.tab;
      try {
        await use();
        tally.held += 1;
      } finally {
        await browser.close();
      }
    }

    test('every page has the call bar, the exit and a neutral title, and no console error or policy breach', () =>
      fresh(async () => {
        const pages = addresses();
        assert.ok(pages.length >= 14, `pages found: ${pages}`);
        const titles = new Set();
        for (const path of [...pages, '/no-such-place']) {
          await tab.goto(network.url + path);
          await started(tab);
          const frame = await tab.run(() => ({
            calls: [...document.querySelectorAll('header a[href]')].map((a) => a.getAttribute('href')),
            exit: document.querySelector('header a.exit')?.href,
            title: document.title,
          }));
          for (const href of CALLS) assert.ok(frame.calls.includes(href), `${path}: ${href}`);
          assert.equal(frame.exit, EXIT, `${path}: the exit`);
          assert.doesNotMatch(frame.title, SENSITIVE, `${path}: title`);
          assert.doesNotMatch(path, SENSITIVE, `${path}: address`);
          titles.add(frame.title);
        }
        assert.equal(titles.size, 1, `one title for every page: ${[...titles]}`);
        assert.deepEqual(await tab.errors(), [], 'console errors');
        assert.deepEqual(network.violations, [], 'Content-Security-Policy reports');
      }));

    for (const [connection, { exitReachable, offline }] of Object.entries(CONNECTIONS)) {
      for (const [way, leave] of Object.entries(WAYS_OUT)) {
        test(`${connection}, after ${way}, Back, Forward and Reload never show Harbor`, () =>
          fresh(async () => {
            await tab.goto(network.previous);
            await tab.goto(network.url + '/signs');
            await started(tab);
            if (offline) {
              await controlled(tab);
              network.cut();
            }
            network.exitReachable = exitReachable;
            const visits = network.exitVisits;
            await leave(tab);
            await leftHarbor(tab, network);
            if (exitReachable) {
              await tab.waitFor(() => document.title === 'Weather');
              assert.equal(network.exitVisits, visits + 1, 'the neutral site was asked for');
            }
            assert.equal(await showsHarbor(tab), false, 'after the exit');
            await tab.back();
            assert.equal(await tab.url(), network.previous, 'Back goes to where the person was before');
            assert.equal(await showsHarbor(tab), false, 'after Back');
            await tab.forward();
            assert.equal(await showsHarbor(tab), false, 'after Forward');
            await tab.reload();
            assert.equal(await showsHarbor(tab), false, 'after Reload');
          }));
      }
    }

    test('with the exit site unreachable and Harbor first in the tab, going back and forth never shows it, and opening it anew does', () =>
      fresh(async () => {
        await tab.goto(network.url + '/');
        await started(tab);
        network.exitReachable = false;
        await tab.click('header a.exit');
        await leftHarbor(tab, network);
        for (const step of ['back', 'back', 'forward', 'forward', 'reload']) {
          await tab[step]();
          assert.equal(await showsHarbor(tab), false, `after ${step}`);
        }
        // Opened anew by its address, Harbor shows as usual.
        await tab.goto(network.url + '/');
        assert.equal(await showsHarbor(tab), true, 'opened anew');
      }));

    test('moving through five views keeps history as it was; the in-app Back retraces; the browser Back leaves', () =>
      fresh(async () => {
        await tab.goto(network.previous);
        await tab.goto(network.url + '/');
        await started(tab);
        const length = await tab.run(() => history.length);
        /** Waits until `path` shows, which is once its heading has focus. */
        const shown = (path) =>
          tab.waitFor(
            (path) => location.pathname === path && document.activeElement === document.querySelector('main h1'),
            path,
          );
        for (const href of ['/learn', '/signs', '/contacts', '/local', '/find']) {
          await tab.click(`footer a[href="${href}"]`);
          await shown(href);
        }
        assert.equal(await tab.run(() => history.length), length, 'history.length');
        for (const path of ['/local', '/contacts']) {
          await tab.click('button.back');
          await shown(path);
        }
        assert.equal(await tab.run(() => history.length), length, 'history.length after the in-app Back');
        await tab.back();
        assert.equal(await tab.url(), network.previous, 'one Back leaves Harbor');
      }));

    test('after one visit, every page opens offline by its address and reloads, and search works', () =>
      fresh(async () => {
        await tab.goto(network.url + '/');
        await started(tab);
        await controlled(tab);
        network.cut();
        const usable = async (path) => {
          await started(tab);
          const shown = await tab.run(() => ({
            heading: document.querySelector('main h1')?.textContent.length > 0,
            call: document.querySelector('header a[href="tel:+18883737888"]') !== null,
            exit: document.querySelector('header a.exit') !== null,
          }));
          assert.deepEqual(shown, { heading: true, call: true, exit: true }, path);
        };
        for (const path of addresses()) {
          await tab.goto(network.url + path);
          await usable(path);
          await tab.reload();
          await usable(`${path}, reloaded`);
        }
        await tab.goto(network.url + '/find');
        await search(tab, 'vacatur');
      }));

    test('search finds results as the person types', () =>
      fresh(async () => {
        await tab.goto(network.url + '/find');
        await search(tab, 'hotline');
      }));
  });
}
