// Harbor's promises, each written once here and run in Chromium, Firefox and
// WebKit (engines.mjs; one test file per engine, promises.<engine>.test.mjs,
// each with one browser), against the release dist/ on the test network
// (network.mjs): the call bar and the exit on every page; an exit that works
// from the first bytes, empties the page in the very task of the click or
// key press, says so, counts Shift presses out loud and with marks, and never
// comes back; no trail in history with the app, before it and without it;
// offline after one visit, sized to the languages opened; and search.
//
// Each promise runs once per engine, in one language, the languages rotated
// across the engines (promise i in engine e: language (i + e) mod their
// number), so every engine meets every promise, and every language meets
// every promise in at least one engine (README.md, "Engines", has the table).
// Each test starts a new tab on a new origin of Harbor's site (so nothing a
// test leaves, storage, worker or cache, reaches the next) and holds what it
// must hold back (the wasm, a page's view) with a switch it releases, never
// a wait.
//
// What a page does in the task of an event is recorded from inside the page,
// before it leaves: listeners the test adds send what they saw to the test
// server with navigator.sendBeacon (see `recordAround`).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { APP_RUNS, LANGUAGES, TEST_OPTIONS, addresses, languageOf, twin } from './harness.mjs';
import { ENGINES } from './engines.mjs';
import { EXIT, startNetwork } from './network.mjs';
import { REPORT_LINES } from './facts.mjs';

const CALLS = ['tel:+18883737888', 'sms:233733?&body=HELP', 'tel:911'];

/** Words that would give the topic away in a title or an address. */
const SENSITIVE = new RegExp(LANGUAGES.flatMap((l) => l.sensitive).join('|'), 'i');

/** Waits until the app runs in the tab (see `APP_RUNS`) and shows a view. */
const started = (tab) => tab.waitFor(`() => (${APP_RUNS})() && document.querySelector('main h1') !== null`);

/** Types `words` into the search box once the app runs it; waits for results. */
async function search(tab, words) {
  await started(tab);
  await tab.waitFor(() => !document.querySelector('#q').disabled);
  await tab.type('#q', words);
  await tab.waitFor(() => document.querySelectorAll('.results a').length > 0);
}

/**
 * The link a person taps to reach `href`: the footer's, or for help in
 * other languages the one in the row under the bar, on every view.
 */
const wayTo = (href) => (href.endsWith('/languages') ? `.ways a.languages[href="${href}"]` : `footer a[href="${href}"]`);

/**
 * A query as a person may type `heading` and then `text`: a word of each,
 * in capitals, without marks, with the Arabic letter forms typed for ة, ي
 * and أ; in a script written without spaces, two characters of each, run
 * together (the app finds them in order).
 */
function typed(heading, text) {
  const plain = (words) => words.normalize('NFD').replace(/\p{Mn}/gu, '').toUpperCase()
    .replaceAll('ة', 'ه').replaceAll('ي', 'ى').replaceAll('أ', 'ا');
  const word = (words) => words.split(/[\s\p{P}]+/u).find((w) => [...w].length > 3) ?? words;
  if (/\p{Script=Han}/u.test(heading)) {
    const han = (words) => [...words.replace(/[^\p{Script=Han}]/gu, '')].slice(0, 2).join('');
    return han(heading) + han(text);
  }
  return `${plain(word(heading))} ${plain(word(text))}`;
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

/**
 * Waits until the tab has left Harbor's site for another, or for an error
 * page: the address shown has changed, and so has the document the tab holds
 * (WebKit shows the new address while the emptied page is still current,
 * until the failed load ends in its error page; a Back sent in between races
 * with that page).
 */
async function leftHarbor(tab, network) {
  await tab.waitForUrl((url) => !url.startsWith(network.url));
  await tab.waitFor((harbor) => !location.href.startsWith(harbor), network.url);
}

/**
 * Adds listeners for `type` events to the page: one before the page's own
 * (window, capture) notes whether the page was still arriving, whether it
 * showed its view, and the exit's own words; one after them (window,
 * bubbling) sends that, with what the page then holds, its title and what
 * session storage notes, to `network.records`.
 */
function recordAround(tab, type) {
  return tab.run((type) => {
    let before = null;
    addEventListener(type, () => {
      const link = document.querySelector('a.exit');
      before = {
        loading: document.readyState === 'loading',
        view: document.querySelector('#app') !== null,
        words: link && { leaving: link.dataset.leaving, title: link.dataset.title },
      };
    }, true);
    addEventListener(type, (e) => {
      const said = document.querySelector('body > [role="alert"]');
      navigator.sendBeacon('/__record', JSON.stringify({
        type,
        key: e.key,
        ...before,
        at: performance.timeOrigin + e.timeStamp,
        elements: document.body ? document.body.childElementCount : 0,
        said: said && said.textContent,
        title: document.title,
        note: sessionStorage.getItem('away'),
        stored: { local: localStorage.length, session: sessionStorage.length },
      }));
    });
  }, type);
}

/** The `nth` record (from 1) the page sent for an event of `type`, once it has arrived. */
async function recorded(network, type, nth = 1) {
  const until = Date.now() + 15000;
  for (;;) {
    const found = network.records.filter((r) => r && r.type === type)[nth - 1];
    if (found) return found;
    if (Date.now() > until) throw new Error(`no record of ${type} event ${nth} arrived`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the tab shows the neutral site's own page. */
const atNeutralSite = (tab) =>
  tab.waitFor((exit) => location.href === exit && document.readyState === 'complete', EXIT);

/** Asserts that, by the end of the event's task, the page held only the exit's "leaving" words. */
function assertEmptiedInTheSameTask(record, way) {
  assert.ok(record.words && record.words.leaving && record.words.title, `${way}: the exit's words are in the page`);
  assert.equal(record.elements, 1, `${way}: only what is said is left in the page`);
  assert.equal(record.said, record.words.leaving, `${way}: the leaving words, in an alert`);
  assert.equal(record.title, record.words.title, `${way}: the neutral title`);
  assert.deepEqual(JSON.parse(record.note), { url: EXIT, title: record.words.title }, `${way}: the note that this tab left`);
  assert.deepEqual(record.stored, { local: 0, session: 1 }, `${way}: nothing stored is left but that note`);
}

/**
 * The two ways to leave: the exit link, and Shift pressed three times. For
 * each, `act(tab)` does it, and the page leaves on its `nth` event of `type`.
 */
const WAYS_OUT = {
  'a click on the exit': { type: 'click', act: (tab) => tab.click('header a.exit') },
  'Shift pressed three times': {
    type: 'keyup',
    nth: 3,
    act: async (tab) => {
      for (let i = 0; i < 3; i++) await tab.press('Shift');
    },
  },
};

/** The states of the connection the exit is tested in. */
const CONNECTIONS = {
  'online': { exitReachable: true, offline: false },
  'with the exit site unreachable': { exitReachable: false, offline: false },
  'offline': { exitReachable: false, offline: true },
};

/**
 * Runs Harbor's promises in the engine named `name`, with one browser (and
 * a second, without WebAssembly, for the tests that need it), each test in
 * a tab of its own on a new origin.
 */
export function promises(name) {
  const engineIndex = ENGINES.findIndex((e) => e.name === name);
  const engine = ENGINES[engineIndex];
  let network;
  let browser;
  let withoutWasm = null;
  let tab;
  // For the summary line of `make test` (scripts/test.sh).
  const tally = { held: 0, of: 0, version: engine.name };
  // The promises, numbered in the order they are declared, for the rotation.
  let promiseIndex = 0;

  /** The language promise number `i` runs in, in this engine. */
  const languageFor = (i) => LANGUAGES[(i + engineIndex) % LANGUAGES.length];

  /**
   * The languages promise number `i` runs in, in this engine, when it runs
   * in each language once over the engines: each language in one engine,
   * the engines taking turns.
   */
  const eachFor = (i) => LANGUAGES.filter((_, l) => (l + i) % ENGINES.length === engineIndex);

  /**
   * Declares one promise: `run(language)` in a new tab on a new origin, in
   * the language this engine's turn gives it; or `language`, if the promise
   * is about one; `'every'` for one that goes through them all in one test;
   * `'each'` for one whose words or files differ by language, which runs in
   * each language, once over the three engines.
   * `settings.wasm === false` runs it without WebAssembly.
   */
  function promise(title, run, { settings = {}, language } = {}) {
    if (language === 'each') {
      for (const each of eachFor(promiseIndex++)) declare(title, run, settings, each, each.code);
      return;
    }
    const every = language === 'every';
    const lang = every ? LANGUAGES[0] : language ?? languageFor(promiseIndex++);
    declare(title, run, settings, lang, every ? 'every language' : lang.code);
  }

  /** Declares the test of one promise in one language. */
  function declare(title, run, settings, lang, label) {
    test(`${title} (${label})`, TEST_OPTIONS, async () => {
      await network.fresh();
      tally.of += 1;
      let owner = browser;
      if (settings.wasm === false) {
        withoutWasm ??= await engine.launch(network, { wasm: false });
        owner = withoutWasm;
      }
      tab = await owner.newTab();
      try {
        await run(lang);
        // The test proxy refuses every other host; any such request fails the test.
        assert.deepEqual(network.strangers, [], 'requests to other hosts');
        tally.held += 1;
      } finally {
        // Whatever a test held back, it lets go, so the tab can close.
        network.wasm.release();
        network.pages.release();
        await tab.close();
      }
    });
  }

  describe(engine.name, () => {
    before(async () => {
      // Where the driver cannot read the console, each page catches its own errors from its first bytes.
      network = await startNetwork(undefined, { catchErrors: !engine.readsConsole });
      browser = await engine.launch(network);
      tally.version = browser.version;
    });
    after(async () => {
      await browser?.close();
      await withoutWasm?.close();
      network?.close();
      console.log(`engine ${engine.name}: ${tally.held} of ${tally.of} held, in ${tally.version}`);
    });

    promise('every page of every language has the call bar, the exit and a neutral title, and no console error or policy breach', async () => {
      const pages = addresses();
      assert.ok(pages.length >= 15 * LANGUAGES.length, `pages found: ${pages}`);
      const titles = new Set();
      for (const path of [...pages, '/no-such-place']) {
        await tab.goto(network.url + path);
        await started(tab);
        const frame = await tab.run(() => ({
          calls: [...document.querySelectorAll('header a[href]')].map((a) => a.getAttribute('href')),
          exits: [...document.querySelectorAll('a.exit')].map((a) => ({
            href: a.href,
            rel: a.rel,
            words: ['title', 'leaving', 'oneLeft', 'twoLeft', 'expired'].every((w) => a.dataset[w]),
          })),
          title: document.title,
        }));
        for (const href of CALLS) assert.ok(frame.calls.includes(href), `${path}: ${href}`);
        // The bar's exit, and the first stop after "Skip to content".
        assert.equal(frame.exits.length, 2, `${path}: two exit links`);
        for (const exit of frame.exits) {
          assert.deepEqual(exit, { href: EXIT, rel: 'nofollow noreferrer', words: true }, `${path}: an exit link`);
        }
        assert.doesNotMatch(frame.title, SENSITIVE, `${path}: title`);
        assert.doesNotMatch(path, SENSITIVE, `${path}: address`);
        titles.add(frame.title);
      }
      assert.equal(titles.size, 1, `one title for every page: ${[...titles]}`);
      // The not-found page comes with its 404 status, which Chromium notes
      // in the console: one such message is allowed, nothing else.
      // Firefox notes, with no address, a load it cancelled itself while the
      // service worker answered it (seen once in about five runs of this
      // walk, on any page, never with an address or anything missing on the
      // page): not the page's error. Only that exact message is set aside.
      const cancelled = 'Failed to load ‘’. A ServiceWorker intercepted the request and encountered an unexpected error.';
      const errors = (await tab.errors()).filter((e) => !(engine.name === 'firefox' && e === cancelled));
      const notFound = errors.filter((e) => /status of 404 \(Not Found\)/.test(e));
      assert.ok(notFound.length <= 1, `one page answered 404: ${notFound}`);
      assert.deepEqual(errors.filter((e) => !notFound.includes(e)), [], 'console errors');
      assert.deepEqual(network.violations, [], 'Content-Security-Policy reports');
    }, { language: 'every' });

    for (const [connection, { exitReachable, offline }] of Object.entries(CONNECTIONS)) {
      for (const [way, { act: leave }] of Object.entries(WAYS_OUT)) {
        promise(`${connection}, after ${way}, Back, Forward and Reload never show Harbor`, async ({ base }) => {
          await tab.goto(network.previous);
          await tab.goto(network.url + base + '/signs');
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
            await atNeutralSite(tab);
            assert.equal(network.exitVisits, visits + 1, 'the neutral site was asked for');
          }
          assert.equal(await showsHarbor(tab), false, 'after the exit');
          await tab.back();
          assert.equal(await tab.url(), network.previous, 'Back goes to where the person was before');
          assert.equal(await showsHarbor(tab), false, 'after Back');
          await tab.forward();
          assert.equal(await showsHarbor(tab), false, 'after Forward');
          // Online, the entry after the page before is the neutral site's
          // (Harbor's was replaced), and Reload asks for it again.
          if (exitReachable) await atNeutralSite(tab);
          const beforeReload = network.exitVisits;
          await tab.reload();
          assert.equal(await showsHarbor(tab), false, 'after Reload');
          if (exitReachable) {
            await atNeutralSite(tab);
            assert.equal(network.exitVisits, beforeReload + 1, 'Reload loaded the neutral site again');
          }
        });
      }
    }

    promise('with the exit site unreachable and Harbor first in the tab, going back and forth never shows it, and opening it anew does', async ({ base }) => {
      await tab.goto(network.url + base + '/');
      await started(tab);
      network.exitReachable = false;
      await tab.click('header a.exit');
      await leftHarbor(tab, network);
      for (const step of ['back', 'forward', 'reload', 'back', 'forward']) {
        await tab[step]();
        assert.equal(await showsHarbor(tab), false, `after ${step}`);
      }
      // Opened anew by its address, Harbor shows as usual.
      await tab.goto(network.url + base + '/');
      assert.equal(await showsHarbor(tab), true, 'opened anew');
    });

    promise('with the app running, moving through six views (help in other languages among them) keeps history as it was; the in-app Back retraces; the browser Back leaves', async ({ base }) => {
      await tab.goto(network.previous);
      await tab.goto(network.url + base + '/');
      await started(tab);
      const length = await tab.run(() => history.length);
      /** Waits until `path` shows, which is once its heading has focus; else says where the tab is. */
      const shown = async (path) => {
        try {
          await tab.waitFor(
            (path) => location.pathname === path && document.activeElement === document.querySelector('main h1'),
            path,
          );
        } catch (error) {
          const seen = await tab.run(() => ({
            at: location.pathname,
            focused: document.activeElement?.outerHTML.slice(0, 80),
            heading: document.querySelector('main h1')?.textContent,
          }));
          throw new Error(`${path} did not show: ${JSON.stringify(seen)}; ${error.message}`);
        }
      };
      for (const href of ['/learn', '/signs', '/contacts', '/local', '/find', '/languages'].map((h) => base + h)) {
        await tab.click(wayTo(href));
        await shown(href);
      }
      assert.equal(await tab.run(() => history.length), length, 'history.length');
      for (const path of ['/find', '/local', '/contacts'].map((h) => base + h)) {
        await tab.click('button.back');
        await shown(path);
      }
      assert.equal(await tab.run(() => history.length), length, 'history.length after the in-app Back');
      await tab.back();
      assert.equal(await tab.url(), network.previous, 'one Back leaves Harbor');
    });

    // Before the app runs, and where it never does, the page's own script
    // keeps the trail clear; each state is checked to be what it says.
    const withoutApp = {
      'while the app is still loading (its WebAssembly held back until the end)': {
        arrange: () => network.wasm.hold(),
      },
      'when its WebAssembly never arrives': {
        arrange: () => {
          network.wasmMissing = true;
        },
      },
      ...(engine.turnsOffWasm && { 'with WebAssembly turned off': { settings: { wasm: false } } }),
    };
    for (const [state, { arrange = () => {}, settings }] of Object.entries(withoutApp)) {
      promise(`${state}, tapping through five views (help in other languages among them) keeps history as it was, and after the exit Back shows the page before Harbor`, async ({ base }) => {
        arrange();
        await tab.goto(network.previous);
        // Not waiting for the load, which can wait for the app.
        await tab.open(network.url + base + '/');
        await tab.waitFor(() => document.readyState !== 'loading');
        const length = await tab.run(() => history.length);
        for (const href of ['/learn', '/signs', '/contacts', '/local', '/languages'].map((h) => base + h)) {
          await tab.click(wayTo(href));
          // A static host may answer /learn with its folder, /learn/.
          await tab.waitFor(
            (href) => location.pathname.replace(/(.)\/$/, '$1') === href && document.readyState !== 'loading',
            href,
          );
          assert.equal(await tab.run(APP_RUNS), false, `${href}: the app is not running`);
        }
        assert.equal(await tab.run(() => history.length), length, 'history.length');
        if (settings) assert.equal(await tab.run(() => typeof WebAssembly), 'undefined');
        await tab.click('header a.exit');
        await atNeutralSite(tab);
        await tab.back();
        assert.equal(await tab.url(), network.previous, 'Back shows the page before Harbor');
        // The page before was kept in the back-forward cache: it is on.
        assert.equal(await tab.run(() => document.title), 'Before, kept');
      }, { settings });
    }
    // An engine that cannot turn WebAssembly off still takes that turn, so
    // the promises after it meet the same languages in every engine.
    if (!engine.turnsOffWasm) promiseIndex += 1;

    promise('each way out empties the page in the task of the click or key press, says it is leaving, forgets what was stored, and sends no referrer', async ({ base }) => {
      /** Focuses the exit link at `css`, then presses `key` on it. */
      const keyOn = (css, key) => async (tab) => {
        await tab.run((css) => document.querySelector(css).focus(), css);
        await tab.press(key);
      };
      const ways = {
        'a click on the bar\'s exit': WAYS_OUT['a click on the exit'],
        'Enter on the exit after "Skip to content"': { type: 'keydown', act: keyOn('a.exit.early', 'Enter') },
        'Enter on the focused exit': { type: 'keydown', act: keyOn('header a.exit', 'Enter') },
        'Space on the focused exit': { type: 'keydown', act: keyOn('header a.exit', 'Space') },
        'Shift pressed three times': WAYS_OUT['Shift pressed three times'],
      };
      for (const [way, { type, nth, act }] of Object.entries(ways)) {
        network.records.length = 0;
        // The area view keeps the area chosen: the exit must take it away.
        await tab.goto(network.url + base + '/local/maine');
        await started(tab);
        await tab.waitFor(() => localStorage.getItem('area') === 'maine');
        await recordAround(tab, type);
        await act(tab);
        await atNeutralSite(tab);
        const record = await recorded(network, type, nth);
        assertEmptiedInTheSameTask(record, way);
        if (engine.name === 'chromium') {
          // Both times are from the same clock in Chromium.
          const arrived = await tab.run(() => performance.timeOrigin);
          console.log(`exit delay, ${way}: ${Math.round(arrived - record.at)} ms from the press to the neutral site's navigation (goal: 50 ms or less)`);
        }
      }
      assert.equal(network.exitReferrers.length, Object.keys(ways).length, 'the neutral site was asked for each time');
      assert.ok(network.exitReferrers.every((r) => r === undefined), 'no referrer is sent');
    });

    promise('on a page still arriving (its view held back after the call bar), the exit link and Shift three times both leave before the rest arrives', async ({ base }) => {
      for (const [way, { type, nth, act }] of Object.entries(WAYS_OUT)) {
        await tab.goto(network.previous);
        network.records.length = 0;
        network.pages.hold();
        await tab.open(network.url + base + '/signs');
        await tab.waitFor(() => document.querySelector('header a.exit') !== null);
        await recordAround(tab, type);
        await act(tab);
        await atNeutralSite(tab);
        const record = await recorded(network, type, nth);
        network.pages.release();
        assert.equal(record.loading, true, `${way}: the page was still arriving`);
        assert.equal(record.view, false, `${way}: its view had not arrived`);
        assertEmptiedInTheSameTask(record, way);
      }
    });

    promise('Shift presses are counted out loud and with three marks; another key, or Shift with a key, starts again; the count expires after five seconds, and says so', async ({ base }) => {
      await tab.goto(network.url + base + '/signs');
      await started(tab);
      const count = () =>
        tab.run(() => {
          const link = document.querySelector('header a.exit');
          const marks = [...link.querySelectorAll('.presses span')];
          return {
            said: document.querySelector('header [role="status"][aria-live="polite"]').textContent,
            lit: marks.filter((m) => getComputedStyle(m).backgroundColor !== getComputedStyle(marks[2]).backgroundColor).length,
            shown: getComputedStyle(link.querySelector('.presses')).visibility === 'visible',
            hidden: link.querySelector('.presses').getAttribute('aria-hidden'),
            words: { two: link.dataset.twoLeft, one: link.dataset.oneLeft, expired: link.dataset.expired },
          };
        });
      const before = await count();
      assert.deepEqual({ said: before.said, shown: before.shown, hidden: before.hidden }, { said: '', shown: false, hidden: 'true' });
      const { words } = before;
      // Each in its plural form, written by the build with its count (in figures or in words).
      assert.ok(words.two && words.one && words.two !== words.one && !`${words.two}${words.one}`.includes('{'), `${words.two} / ${words.one}`);
      await tab.press('Shift');
      assert.deepEqual(await count(), { ...before, said: words.two, lit: 1, shown: true });
      await tab.press('Shift');
      assert.deepEqual(await count(), { ...before, said: words.one, lit: 2, shown: true });
      await tab.press('a');
      assert.deepEqual(await count(), before, 'another key starts again');
      await tab.press('Shift');
      await tab.press('Shift');
      await tab.pressWithShift('A');
      assert.deepEqual(await count(), before, 'Shift with a key starts again');
      for (let i = 0; i < 3; i++) await tab.press('Escape');
      await tab.press('Shift');
      const pressed = Date.now();
      assert.equal((await count()).lit, 1, 'Escape did nothing');
      // Five real seconds without the next press: the count expires, and says so.
      await tab.waitFor((expired) => document.querySelector('header [role="status"]').textContent === expired, words.expired);
      assert.ok(Date.now() - pressed >= 4500, 'not before five seconds');
      assert.deepEqual(await count(), { ...before, said: words.expired });
      assert.equal(await tab.url(), network.url + base + '/signs', 'still here');
      assert.equal(network.exitVisits, 0);
    }, { language: 'each' });

    // That each is shown when focused is checked in Chromium (safety.test.mjs):
    // the other engines' windows never have the system's focus here.
    promise('from the top of the page, Tab reaches "Skip to content", then the exit', async ({ base }) => {
      await tab.goto(network.url + base + '/');
      await started(tab);
      const focused = () => tab.run(() => document.activeElement.className);
      await tab.press('Tab');
      assert.equal(await focused(), 'skip');
      await tab.press('Tab');
      assert.equal(await focused(), 'exit early');
    });

    promise('after one visit, every page of its language opens offline and reloads, and search works; a page of a language not visited says, in the visited one, that it is not saved yet, with the call bar and exit; one visit to it saves it too', async (language) => {
      const other = LANGUAGES.find((l) => l !== language);
      // `lines`: the links the view must show too (the state lines for reports).
      const usable = async (path, lines = []) => {
        await started(tab);
        const shown = await tab.run((lines) => ({
          heading: document.querySelector('main h1')?.textContent.length > 0,
          call: document.querySelector('header a[href="tel:+18883737888"]') !== null,
          exit: document.querySelector('header a.exit') !== null,
          lines: lines.filter((href) => document.querySelector(`main a[href="${href}"]`) === null),
        }), lines);
        assert.deepEqual(shown, { heading: true, call: true, exit: true, lines: [] }, path);
      };
      const copyIs = (state) => tab.waitFor((state) => document.documentElement.dataset.copy === state, state);
      await tab.goto(network.url + language.base + '/');
      await started(tab);
      await controlled(tab);
      await copyIs('saved');
      network.cut();
      const own = addresses().filter((a) => languageOf(a) === language);
      for (const path of own) {
        const lines = REPORT_LINES[path.slice(language.base.length)];
        await tab.goto(network.url + path);
        await usable(path, lines);
        await tab.reload();
        await usable(`${path}, reloaded`, lines);
      }
      await tab.goto(network.url + language.base + '/find');
      await search(tab, language.code === 'es' ? 'línea' : 'hotline');
      // A language this copy does not hold: the page that says so, in the one it does.
      await tab.goto(network.url + twin('/signs', other));
      await tab.waitFor(() => document.readyState !== 'loading');
      const unsaved = await tab.run(() => ({
        lang: document.documentElement.lang,
        call: document.querySelector('header a[href="tel:+18883737888"]') !== null,
        exit: document.querySelector('header a.exit') !== null,
        heading: document.querySelector('main h1')?.textContent,
      }));
      assert.deepEqual({ ...unsaved, heading: Boolean(unsaved.heading) }, { lang: language.code, call: true, exit: true, heading: true }, 'the page that says the language is not saved');
      // With signal again, one visit to the other language adds it to the copy.
      network.restore();
      await tab.goto(network.url + other.base + '/');
      await started(tab);
      await tab.waitFor(async (base) => {
        const names = await caches.keys();
        for (const name of names) if (await caches.match(`${base}/signs`, { cacheName: name })) return true;
        return false;
      }, other.base);
      network.cut();
      await tab.goto(network.url + twin('/signs', other));
      await usable(`${twin('/signs', other)}, offline after one visit`);
    }, { language: 'each' });

    promise('the link to each other language opens the same view in it, replacing the history entry, with the app and without it', async (language) => {
      const other = LANGUAGES.find((l) => l !== language);
      // Without the app first: once it has run, its worker would keep the wasm.
      for (const app of [false, true]) {
        network.wasmMissing = !app;
        await tab.goto(network.previous);
        await tab.goto(network.url + language.base + '/signs#work');
        if (app) await started(tab);
        else await tab.waitFor(() => document.readyState !== 'loading');
        const length = await tab.run(() => history.length);
        await tab.click(`a.switch[lang="${other.code}"]`);
        const path = twin(language.base + '/signs', other);
        await tab.waitFor(
          (path) => location.pathname.replace(/(.)\/$/, '$1') === path && document.readyState !== 'loading',
          path,
        );
        if (app) await started(tab);
        const shown = await tab.run(() => ({ lang: document.documentElement.lang, hash: location.hash, length: history.length }));
        // The app's link keeps the section; the page's own, written at build time, opens the view's top.
        assert.deepEqual(shown, { lang: other.code, hash: app ? '#work' : '', length }, `app ${app}`);
        await tab.back();
        assert.equal(await tab.url(), network.previous, `app ${app}: one Back leaves Harbor`);
      }
    }, { language: 'each' });

    promise('search finds results as the person types, the state lines for reports among them', async ({ base, code }) => {
      await tab.goto(network.url + base + '/find');
      await search(tab, code === 'es' ? 'línea' : 'hotline');
      await tab.goto(network.url + base + '/find');
      await search(tab, 'DCFS');
      const found = await tab.run(() => [...document.querySelectorAll('.results a')].map((a) => a.getAttribute('href')));
      assert.ok(found.includes(`${base}/local/illinois#il-child-report`), `"DCFS" finds the DCFS line: ${found}`);
    }, { language: 'each' });

    promise('search finds help in another language by that language\'s own name and by its English name', async ({ base }) => {
      for (const [words, block] of [
        ['Polski', 'pl'], ['Tiếng Việt', 'vi'], ['العربية', 'ar'], ['Soomaali', 'so'], ['中文', 'zh-Hans'],
        ['Polish', 'pl'], ['Arabic', 'ar'], ['Cantonese', 'zh-Hant'],
        // As people type them: in capitals, without marks, with other letter forms, without spaces.
        ['РУССКИЙ', 'ru'], ['العربيه', 'ar'], ['عربى', 'ar'], ['粵語求助', 'zh-Hant'], ['TIENG VIET', 'vi'],
      ]) {
        await tab.goto(network.url + base + '/find');
        await search(tab, words);
        const found = await tab.run(() => [...document.querySelectorAll('.results a')].map((a) => a.getAttribute('href')));
        assert.ok(found.includes(`${base}/languages#${block}`), `"${words}" finds ${base}/languages#${block}: ${found}`);
      }
    }, { language: 'each' });

    const spanish = LANGUAGES.find((l) => l.code === 'es');
    if (spanish) {
      promise('search folds accents, ñ, case, ¿ and ¡: "linea", "LÍNEA" and "línea" find the same, and "nino" finds "niño"', async ({ base }) => {
        const found = async (words) => {
          await tab.goto(network.url + base + '/find');
          await search(tab, words);
          return tab.run(() => [...document.querySelectorAll('.results a')].map((a) => a.getAttribute('href')));
        };
        const plain = await found('linea');
        assert.deepEqual(await found('LÍNEA'), plain, 'LÍNEA');
        assert.deepEqual(await found('línea'), plain, 'línea');
        assert.deepEqual(await found('¿línea?'), plain, '¿línea?');
        const children = await found('nino');
        assert.deepEqual(await found('niño'), children, 'niño');
        const text = await tab.run(() => document.querySelector('.results').textContent);
        assert.match(text, /niño/i, 'what "nino" finds says "niño"');
      }, { language: spanish });
    }

    promise('search folds what people type in every script: capitals, no marks, other letter forms, and unspaced words in order', async () => {
      for (const language of LANGUAGES) {
        const found = async (words) => {
          await tab.goto(network.url + language.base + '/find');
          await search(tab, words);
          return tab.run(() => [...document.querySelectorAll('.results a')].map((a) => a.getAttribute('href')));
        };
        // A section of the warning signs, as the page shows it: its heading and its first words.
        await tab.goto(network.url + language.base + '/signs');
        await started(tab);
        const { id, heading, text } = await tab.run(() => {
          const section = document.querySelector('main section p').closest('section');
          return { id: section.id, heading: section.querySelector('h2').textContent, text: section.querySelector('p').textContent };
        });
        const query = typed(heading, text);
        const href = `${language.base}/signs#${id}`;
        assert.ok((await found(query)).includes(href), `${language.code}: "${query}" finds ${href}`);
      }
    }, { language: 'every' });
  });
}
