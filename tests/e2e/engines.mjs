// Harbor's three browser engines behind one small interface, so each promise
// is written once (promises.mjs) and run in every engine:
// - Chromium (Debian's) through playwright-core;
// - Firefox ESR (Debian's) through puppeteer-core over WebDriver BiDi;
// - WebKitGTK's MiniBrowser (Debian's) through WebKitWebDriver and
//   selenium-webdriver, in an Xvfb display this module starts and stops.
// Every launch gets a fresh profile, and reaches the neutral exit site only
// through the test network's proxy (network.mjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';

/** How long a wait for the page may take before the test fails. */
const PATIENCE_MS = 15000;

/** `fn` and `args` as one expression to evaluate in the page. */
const call = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;

/**
 * What every engine's tab offers the tests:
 * - `goto(url)`: opens `url` and waits for its load; `open(url)` waits only
 *   until the tab holds its document, which may still be arriving;
 * - `back()`, `forward()`, `reload()`: as the browser's own buttons; each
 *   resolves once the tab holds the new entry's document, which may still
 *   be loading (a page shown from the back-forward cache never loads again);
 * - `url()`: the address the browser shows for the tab (for its own error
 *   page, what the engine reports: the address that failed, or its own);
 * - `waitForUrl(test)`: polls `url` until `test(url)` is true;
 * - `run(fn, ...args)`: `fn` run in the page (its result awaited, as JSON);
 * - `waitFor(fn, ...args)`: polls `run` until it gives a true value;
 * - `click(css)`, `type(css, text)`, `press(key)` (`Shift`, `Enter`,
 *   `Space`, `Escape`, `Tab` or a letter), `pressWithShift(key)`: real
 *   input, through the driver;
 * - `errors()`: console errors and uncaught errors the pages reported;
 * - `close()`: closes the tab.
 */
class Tab {
  async open(url) {
    await this.start(url);
    await this.waitFor((url) => location.href === url, url);
  }

  async waitForUrl(test) {
    const until = Date.now() + PATIENCE_MS;
    let last;
    while (!test((last = await this.url()))) {
      if (Date.now() > until) throw new Error(`waited ${PATIENCE_MS} ms for the address; last: ${last}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return last;
  }

  async waitFor(fn, ...args) {
    const until = Date.now() + PATIENCE_MS;
    let last;
    for (;;) {
      try {
        last = await this.run(fn, ...args);
        if (last) return last;
      } catch (error) {
        // The page was replaced while asked (a navigation): ask the new one.
        last = error.message;
      }
      if (Date.now() > until) throw new Error(`waited ${PATIENCE_MS} ms for ${fn}; last: ${last}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** What Playwright's and Puppeteer's pages share. */
class PageTab extends Tab {
  constructor(page) {
    super();
    this.page = page;
    this.seen = [];
    page.on('console', (m) => m.type() === 'error' && this.seen.push(m.text()));
    page.on('pageerror', (e) => this.seen.push(e.message));
  }
  async goto(url) {
    await this.page.goto(url);
  }
  run(fn, ...args) {
    return this.page.evaluate(call(fn, args));
  }
  async click(css) {
    await this.page.click(css);
  }
  async type(css, text) {
    await this.page.type(css, text);
  }
  async press(key) {
    await this.page.keyboard.press(key);
  }
  async pressWithShift(key) {
    await this.page.keyboard.down('Shift');
    await this.page.keyboard.press(key);
    await this.page.keyboard.up('Shift');
  }
  async errors() {
    return [...this.seen];
  }
  close() {
    return this.page.close();
  }
}

/** A Playwright page (Chromium). */
class PlaywrightTab extends PageTab {
  async url() {
    return this.page.url();
  }
  async start(url) {
    await this.page.goto(url, { waitUntil: 'commit' });
  }
  // Playwright waits for a load that a page from the back-forward cache never
  // sends, so each waits only until the new entry is committed.
  async move(go) {
    try {
      await go({ waitUntil: 'commit' });
    } catch (error) {
      // A page that cannot load (the browser shows its error page) is an
      // outcome these tests look at, not a failure of the driver.
      if (!/net::ERR_/.test(error.message)) throw error;
    }
  }
  back() {
    return this.move((options) => this.page.goBack(options));
  }
  forward() {
    return this.move((options) => this.page.goForward(options));
  }
  reload() {
    return this.move((options) => this.page.reload(options));
  }
}

/** A Puppeteer page over WebDriver BiDi (Firefox). */
class PuppeteerTab extends PageTab {
  // Puppeteer's own goto, goBack and reload wait for navigation events that
  // Firefox does not send for the back-forward cache (and, after one, for
  // later loads either), so the BiDi commands are sent as they are: each
  // returns once the new entry is current, or loaded if asked to wait.
  get context() {
    return this.page.mainFrame().browsingContext;
  }
  // Puppeteer's own url() keeps the address from before such a move.
  url() {
    return this.run(() => location.href);
  }
  start(url) {
    return this.context.navigate(url, 'none');
  }
  goto(url) {
    return this.context.navigate(url, 'complete');
  }
  // Puppeteer's element handles can point into a document the back-forward
  // cache holds, which Firefox then refuses; a click where the element is
  // on screen is what a person does anyway.
  async click(css) {
    const [x, y] = await this.run((css) => {
      const element = document.querySelector(css);
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return [box.x + box.width / 2, box.y + box.height / 2];
    }, css);
    await this.page.mouse.click(x, y);
  }
  async type(css, text) {
    await this.run((css) => document.querySelector(css).focus(), css);
    await this.page.keyboard.type(text);
  }
  // Over BiDi, Puppeteer knows the space bar by its character only.
  async press(key) {
    await this.page.keyboard.press(key === 'Space' ? ' ' : key);
  }
  async traverse(delta) {
    try {
      await this.context.traverseHistory(delta);
    } catch (error) {
      // Nothing to go to: the browser's button would be greyed out.
      if (!/no such history entry/.test(error.message)) throw error;
    }
  }
  back() {
    return this.traverse(-1);
  }
  forward() {
    return this.traverse(1);
  }
  // A reload ends in whatever the page does next (the guard's exit cancels
  // it), so it is started, and the new document waited for by a mark.
  async reload() {
    const mark = `${Date.now()}-${Math.random()}`;
    await this.run((mark) => {
      window.__mark = mark;
    }, mark);
    try {
      await this.context.reload({ wait: 'none' });
    } catch (error) {
      // Firefox reports a load that fails at once (its error page shows): an
      // outcome these tests look at, not a failure of the driver.
      if (!/NS_ERROR_|NS_BINDING_ABORTED|nssFailure/.test(error.message)) throw error;
    }
    await this.waitFor((mark) => window.__mark !== mark && document.readyState !== 'loading', mark);
  }
}

/** The keys the tests press, as WebDriver names them. */
const KEYS = { Shift: Key.SHIFT, Enter: Key.ENTER, Space: Key.SPACE, Escape: Key.ESCAPE, Tab: Key.TAB };

/**
 * A window of a WebDriver session (WebKitWebDriver), through
 * selenium-webdriver. The session drives one window at a time: the tab in
 * use is the one made last, and closing it goes back to the one before.
 */
class DriverTab extends Tab {
  constructor(driver, returnTo = null) {
    super();
    this.driver = driver;
    this.returnTo = returnTo;
    this.seen = [];
  }
  async close() {
    await this.driver.close();
    if (this.returnTo) await this.driver.switchTo().window(this.returnTo);
  }
  // WebKitWebDriver cannot read the console. Pages the test network sends
  // catch their own errors from their first bytes (network.mjs,
  // ERROR_CATCHER); a page the service worker answers from its copy gets
  // listeners as soon as the driver has it, after its load event (see
  // README.md, "Engines").
  async listen() {
    try {
      await this.driver.executeScript(() => {
        if (window.__errors) return;
        window.__errors = [];
        const report = console.error.bind(console);
        console.error = (...a) => {
          window.__errors.push(a.join(' '));
          report(...a);
        };
        addEventListener('error', (e) => window.__errors.push(e.message));
        addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
      });
    } catch {
      // A page that refuses scripts has nothing to listen to.
    }
  }
  async collect() {
    try {
      const found = await this.driver.executeScript(() => {
        const found = window.__errors || [];
        window.__errors = [];
        return found;
      });
      this.seen.push(...found);
    } catch {
      // As above.
    }
  }
  // The session does not wait for loads (page load strategy "none"), so that
  // a test can act on a page still arriving; each move waits here instead
  // for another document, fully loaded: one whose time origin differs (a
  // page back from the back-forward cache keeps its own, older one).
  async navigate(go) {
    await this.collect();
    const origin = await this.run(() => performance.timeOrigin);
    await go();
    await this.waitFor((origin) => performance.timeOrigin !== origin && document.readyState === 'complete', origin);
    await this.listen();
  }
  goto(url) {
    return this.navigate(() => this.driver.get(url));
  }
  start(url) {
    return this.driver.get(url);
  }
  back() {
    return this.navigate(() => this.driver.navigate().back());
  }
  forward() {
    return this.navigate(() => this.driver.navigate().forward());
  }
  reload() {
    return this.navigate(() => this.driver.navigate().refresh());
  }
  url() {
    return this.driver.getCurrentUrl();
  }
  async run(fn, ...args) {
    const result = await this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => ${call(fn, args)})
         .then((value) => done({ value }), (error) => done({ error: String(error) }));`,
    );
    if (result && 'error' in result) throw new Error(result.error);
    return result?.value;
  }
  async click(css) {
    const element = await this.driver.findElement(By.css(css));
    // WebKitWebDriver leaves an element just below the fold where it is, and
    // then refuses to click it: bring it into view first, as a person would.
    await this.driver.executeScript((e) => e.scrollIntoView({ block: 'center' }), element);
    await element.click();
  }
  async type(css, text) {
    await this.driver.findElement(By.css(css)).sendKeys(text);
  }
  async press(key) {
    const code = KEYS[key] ?? key;
    await this.driver.actions().keyDown(code).keyUp(code).perform();
  }
  async pressWithShift(key) {
    await this.driver.actions().keyDown(Key.SHIFT).keyDown(key).keyUp(key).keyUp(Key.SHIFT).perform();
  }
  async errors() {
    await this.collect();
    return [...this.seen];
  }
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A fresh folder for a profile, and its removal. */
function profile() {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Processes this module started, stopped even if the test run is cut short. */
const started = new Set();
process.on('exit', () => {
  for (const stop of started) stop();
});

/** Starts Xvfb on a free display; resolves to its number and a stop function. */
function startDisplay() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    const stop = () => xvfb.kill();
    started.add(stop);
    xvfb.on('exit', () => started.delete(stop));
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb ended (${code}) before it was ready`)));
    xvfb.stdio[3].once('data', (data) => resolve({ display: `:${String(data).trim()}`, stop }));
  });
}

/** Waits until a WebDriver server answers its status. */
async function driverReady(url, driver) {
  const until = Date.now() + PATIENCE_MS;
  while (Date.now() < until) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver ended (${driver.exitCode})`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('WebKitWebDriver did not start');
}

/** MiniBrowser, wherever Debian's multiarch layout put it. */
function miniBrowser() {
  for (const arch of readdirSync('/usr/lib')) {
    const path = join('/usr/lib', arch, 'webkit2gtk-4.1', 'MiniBrowser');
    if (existsSync(path)) return path;
  }
  throw new Error('MiniBrowser not found: run `make test-tools` (Debian package webkit2gtk-driver)');
}

/**
 * The engines. Each has a `name`, `launch(network, { width, height, wasm })`,
 * which resolves to `{ tab, newTab(), version, close() }` (`tab` is the
 * browser's first tab; `newTab()` opens another, with its own history, of
 * the same size; with `wasm: false`, the browser runs without WebAssembly),
 * `turnsOffWasm`: whether it can, and
 * `readsConsole`: whether the driver reads the pages' console (if not, start
 * the network with `catchErrors`).
 */
export const ENGINES = [
  {
    name: 'chromium',
    turnsOffWasm: true,
    readsConsole: true,
    async launch(network, { width = 390, height = 844, wasm = true } = {}) {
      const { dir, remove } = profile();
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: '/usr/bin/chromium',
        headless: true,
        // Not Playwright's own proxy setting, which sends loopback through it too.
        args: [
          ...CHROMIUM_ARGS,
          `--proxy-server=http://${network.proxy}`,
          // Without the JIT, V8 leaves WebAssembly out, as Lockdown Mode does.
          ...(wasm ? [] : ['--js-flags=--jitless']),
        ],
        // Playwright turns the back-forward cache and popup blocking off.
        ignoreDefaultArgs: ['--disable-back-forward-cache', '--disable-popup-blocking'],
        ignoreHTTPSErrors: true,
        viewport: { width, height },
      });
      const page = context.pages()[0] ?? (await context.newPage());
      return {
        tab: new PlaywrightTab(page),
        newTab: async () => new PlaywrightTab(await context.newPage()),
        // A persistent context has no browser object to ask; the protocol answers.
        version: `Chromium ${(await (await context.newCDPSession(page)).send('Browser.getVersion')).product.split('/')[1]}`,
        close: async () => {
          await context.close();
          remove();
        },
      };
    },
  },
  {
    name: 'firefox',
    turnsOffWasm: true,
    readsConsole: true,
    async launch(network, { width = 390, height = 844, wasm = true } = {}) {
      const { dir, remove } = profile();
      const [host, port] = network.proxy.split(':');
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
        userDataDir: dir,
        acceptInsecureCerts: true,
        // The first start of a new profile can be slow on a busy machine.
        timeout: 60000,
        extraPrefsFirefox: {
          'network.proxy.type': 1,
          'network.proxy.http': host,
          'network.proxy.http_port': Number(port),
          'network.proxy.ssl': host,
          'network.proxy.ssl_port': Number(port),
          'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
          'javascript.options.wasm': wasm,
        },
      });
      const page = (await browser.pages())[0] ?? (await browser.newPage());
      // The default viewport is for pages opened later; this one is already open.
      await page.setViewport({ width, height });
      return {
        tab: new PuppeteerTab(page),
        newTab: async () => {
          const another = await browser.newPage();
          await another.setViewport({ width, height });
          return new PuppeteerTab(another);
        },
        version: `Firefox ${(await browser.version()).split('/')[1]}`,
        close: async () => {
          await browser.close();
          remove();
        },
      };
    },
  },
  {
    name: 'webkit',
    // WebKitGTK has no setting to leave WebAssembly out.
    turnsOffWasm: false,
    // WebKitWebDriver cannot read the console: the test network's error
    // catcher keeps each page's errors for the tab to read.
    readsConsole: false,
    async launch(network, { width = 390, height = 844, wasm = true } = {}) {
      if (!wasm) throw new Error('WebKitGTK cannot run without WebAssembly');
      const { dir, remove } = profile();
      const screen = await startDisplay();
      const port = await freePort();
      const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], {
        // A profile of its own: MiniBrowser keeps its data under XDG folders.
        env: { ...process.env, DISPLAY: screen.display, XDG_DATA_HOME: join(dir, 'data'), XDG_CACHE_HOME: join(dir, 'cache') },
        stdio: 'ignore',
        detached: true,
      });
      const stopDriver = () => {
        try {
          process.kill(-driverProcess.pid);
        } catch {
          // Already gone.
        }
      };
      started.add(stopDriver);
      const stop = () => {
        stopDriver();
        started.delete(stopDriver);
        screen.stop();
        remove();
      };
      try {
        const server = `http://127.0.0.1:${port}`;
        await driverReady(server, driverProcess);
        const driver = await new Builder()
          .usingServer(server)
          .withCapabilities({
            browserName: 'MiniBrowser',
            acceptInsecureCerts: true,
            pageLoadStrategy: 'none',
            'webkitgtk:browserOptions': {
              binary: miniBrowser(),
              args: ['--automation', `--proxy=http://${network.proxy}`, '--ignore-host=127.0.0.1', '--ignore-host=localhost'],
            },
          })
          .build();
        await driver.manage().window().setRect({ width, height });
        const capabilities = await driver.getCapabilities();
        const first = await driver.getWindowHandle();
        return {
          tab: new DriverTab(driver),
          newTab: async () => {
            await driver.switchTo().newWindow('tab');
            await driver.manage().window().setRect({ width, height });
            return new DriverTab(driver, first);
          },
          version: `WebKitGTK ${capabilities.get('browserVersion')}`,
          close: async () => {
            await driver.quit().catch(() => {});
            stop();
          },
        };
      } catch (error) {
        stop();
        throw error;
      }
    },
  },
];
