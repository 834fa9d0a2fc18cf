// The network a test browser sees, the same for every engine:
// - Harbor's site (dist/) on loopback, sent as a host would from the build's
//   own dist/_headers (the policy there also reports any breach back to the
//   test) and compressed twins, with a switch that cuts it off as a lost
//   connection would;
// - the neutral site the quick exit goes to (https://weather.com/), served by
//   a stand-in through a proxy, with a switch that makes it unreachable.
// Browsers reach loopback directly and everything else through the proxy,
// which answers only the neutral site's name and refuses every other host.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'http-server';
import { DIST, forHosts } from './harness.mjs';
import { pageFile, servePagesByAddress } from '../../scripts/page-files.mjs';

/** Where the quick exit goes (content/site.toml, `exit_url`). */
export const EXIT = 'https://weather.com/';

/** The stand-in for the neutral site, and the word it shows. */
export const NEUTRAL_PAGE = '<!DOCTYPE html><title>Weather</title><p>Sunny</p>';

/**
 * Where the person was before Harbor: a page of another origin on loopback.
 * Its title says whether it was shown again from the back-forward cache.
 */
export const PREVIOUS_PAGE =
  '<!DOCTYPE html><title>Before</title><p>Somewhere else</p><script>' +
  "addEventListener('pageshow', (e) => { if (e.persisted) document.title = 'Before, kept'; });</script>";

/**
 * The headers `dir/_headers` gives `path`, as Netlify and Cloudflare Pages
 * read it: every rule that matches (the path itself, or a start such as
 * `/*` or `/app-*`) adds its headers, and a header given twice is joined
 * with a comma.
 */
function headersFor(dir, path) {
  const headers = {};
  let matches = false;
  for (const line of readFileSync(join(dir, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (!line.startsWith(' ')) {
      // A rule is a path, or a start of paths ending in `*` (`/app-*`), as hosts read it.
      matches = line === path || (line.endsWith('*') && path.startsWith(line.slice(0, -1)));
      continue;
    }
    if (!matches) continue;
    const [name, ...value] = line.trim().split(': ');
    headers[name] = headers[name] ? `${headers[name]}, ${value.join(': ')}` : value.join(': ');
  }
  return headers;
}

/**
 * Hosts the test browsers ask for by themselves, for their own services,
 * never for a page: Debian's Chromium its updates, sign-in and autofill
 * (Google's), Firefox its remote settings (Mozilla's), whatever flags and
 * preferences say. The proxy refuses them too, but counts them apart from
 * the strangers: each exact name, so any other host of the same company (a
 * font, say) is still a stranger. A page of Harbor could not reach them
 * anyway: its policy allows only its own origin, and reports any attempt.
 */
export const BROWSER_SERVICES = [
  'accounts.google.com',
  'update.googleapis.com',
  'content-autofill.googleapis.com',
  'firefox.settings.services.mozilla.com',
];

/** The host a proxy request names: `host:443` for CONNECT, or a whole URL. */
const hostOf = (target) => (/^[a-z]+:\/\//.test(target) ? new URL(target).hostname : target.replace(/:\d+$/, ''));

/**
 * A script put first in each page this server sends for a navigation, for
 * engines whose console the driver cannot read (WebKit): it keeps every
 * error and console error from the page's first bytes in `window.__errors`.
 * The server adds its hash to the policy it sends. Pages the service worker
 * answers from its copy come without it (see README.md, "Engines").
 */
export const ERROR_CATCHER =
  'window.__errors=[];addEventListener("error",function(e){__errors.push(e.message)});' +
  'addEventListener("unhandledrejection",function(e){__errors.push(String(e.reason))});' +
  '(function(){var r=console.error.bind(console);console.error=function(){__errors.push([].slice.call(arguments).join(" "));r.apply(null,arguments)}})();';
const ERROR_CATCHER_HASH = `'sha256-${createHash('sha256').update(ERROR_CATCHER).digest('base64')}'`;

/** `page` with the error catcher first in its <head>, right after its charset. */
function withErrorCatcher(page) {
  const charset = page.indexOf('>', page.indexOf('<meta charset')) + 1;
  return `${page.slice(0, charset)}<script>${ERROR_CATCHER}</script>${page.slice(charset)}`;
}

/** A throwaway certificate for the neutral site's name (openssl, from Debian). */
function certificate(host) {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`,
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}


/** Sends `page` up to the end of its call bar, then the rest once `held` resolves (at once without it). */
function sendInTwo(res, page, held) {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  if (!held) return res.end(page);
  const cut = page.indexOf('</header>') + '</header>'.length;
  res.write(page.slice(0, cut));
  held.then(() => res.end(page.slice(cut)));
}

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

/**
 * A switch that holds requests back until the test lets them go: `hold()`
 * makes later requests wait, `release()` lets every waiting one go on, and
 * those after it pass at once.
 */
function makeSwitch() {
  let waiting = null;
  let letGo = () => {};
  return {
    hold() {
      if (!waiting) waiting = new Promise((resolve) => { letGo = resolve; });
    },
    release() {
      letGo();
      waiting = null;
    },
    get held() {
      return waiting;
    },
  };
}

/**
 * Starts the network. `dir` is the site to serve; with `catchErrors`, every
 * page sent for a navigation carries the ERROR_CATCHER. The returned object has:
 * - `url`: Harbor's address (http://127.0.0.1:port), and `previous`: a page of
 *   another origin (http://localhost:port/), to start a tab from;
 * - `fresh(dir)`: Harbor's site (`dir`, or the one before) on a new port,
 *   so a new origin, with nothing a browser kept of the old one (its
 *   storage, its service worker, its HTTP cache), and everything else as at
 *   the start: a test that starts with it meets a browser as new to Harbor
 *   as a new profile, without a new browser;
 * - `cut()`: Harbor's server stops answering (connections are reset, as when
 *   the signal is lost), and `restore()`: it answers again;
 * - `exitReachable`: set it to false and the neutral site cannot be reached;
 * - `exitVisits`: how many times the neutral site was asked for, and
 *   `exitReferrers`: the Referer header of each of those requests;
 * - `wasm`: a switch (`hold()`, `release()`) that holds every .wasm file
 *   back until released, and `wasmMissing`: set it to true and .wasm files
 *   answer 404;
 * - `pages`: a switch that holds back each page's view after its call bar,
 *   as a slow connection would deliver it, until released;
 * - `hold(path)`: the file at `path` is held back until the function it
 *   returns is called; `stalled`: paths that never answer (until the
 *   connection closes);
 * - `failing`: paths that answer 500;
 * - `requests`: the path of every request Harbor's server received;
 * - `violations`: every Content-Security-Policy report a page sent;
 * - `records`: what pages sent to `/__record` with `navigator.sendBeacon`;
 * - `strangers`: every other host the browser asked the proxy for (the
 *   proxy refuses them; a test that sees one fails), but BROWSER_SERVICES;
 * - `proxy`: `host:port` of the proxy, for the browser's settings;
 * - `close()`.
 */
export async function startNetwork(dir = DIST, { catchErrors = false } = {}) {
  const state = {
    dir,
    requests: [],
    cut: false,
    exitReachable: true,
    exitVisits: 0,
    exitReferrers: [],
    wasm: makeSwitch(),
    wasmMissing: false,
    pages: makeSwitch(),
    stalled: [],
    held: new Map(),
    released: new Map(),
    failing: [],
    violations: [],
    records: [],
    strangers: [],
  };

  // http-server's request stream holds the body back until told not to.
  const body = (req) =>
    new Promise((resolve) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(Buffer.from(c)));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.buffer = false;
    });
  /** Harbor's site in `dir`, on a new port. */
  const startHarbor = async (dir) => {
    if (!headersFor(dir, '/')['Content-Security-Policy']) throw new Error(`${dir}/_headers has no policy`);
    const byAddress = servePagesByAddress(dir);
    const harbor = createServer({
      root: dir,
      // What dist/_headers asks of a host (pages and the worker: no-cache),
      // and what hosts do without a rule: revalidate.
      cache: (path) => headersFor(dir, path)['Cache-Control'] ?? 'no-cache',
      // The build's .br and .gz twins, sent as a host sends them.
      brotli: true,
      gzip: true,
      showDir: false,
      silent: true,
      before: [
        async (req, res) => {
          const path = new URL(req.url, 'http://x').pathname;
          if (req.method === 'POST' && (path === '/__csp-report' || path === '/__record')) {
            body(req).then((text) => {
              (path === '/__record' ? state.records : state.violations).push(JSON.parse(text || 'null'));
              res.statusCode = 204;
              res.end();
            });
            return;
          }
          state.requests.push(path);
          if (forHosts(path)) {
            res.statusCode = 404;
            return res.end();
          }
          if (state.stalled.includes(path)) return;
          if (state.held.has(path)) await state.held.get(path);
          const navigation = req.headers['sec-fetch-mode'] === 'navigate';
          const catcher = catchErrors && navigation ? pageFile(dir, path) : null;
          for (const [name, value] of Object.entries(headersFor(dir, path))) {
            if (name === 'Cache-Control') continue; // http-server sets it, from the same file
            // The policy also reports any breach back to the test, and allows the error catcher.
            const policy = () => `${catcher ? value.replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' ${ERROR_CATCHER_HASH}`) : value}; report-uri /__csp-report`;
            res.setHeader(name, name === 'Content-Security-Policy' ? policy() : value);
          }
          if (state.failing.includes(path)) {
            res.statusCode = 500;
            return res.end('failed on purpose');
          }
          if (path.endsWith('.wasm') && state.wasmMissing) {
            res.statusCode = 404;
            return res.end();
          }
          if (path.endsWith('.wasm') && state.wasm.held) await state.wasm.held;
          const held = state.pages.held;
          const page = (held || catcher) && pageFile(dir, path);
          if (page) {
            const text = readFileSync(page, 'utf8');
            return sendInTwo(res, catcher ? withErrorCatcher(text) : text, held);
          }
          byAddress(req, res);
        },
      ],
    });
    harbor.port = await listen(harbor.server);
    harbor.server.on('connection', (s) => {
      if (state.cut) return s.destroy();
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    return harbor;
  };
  const sockets = new Set();
  let harbor = await startHarbor(dir);

  const before = http.createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(PREVIOUS_PAGE);
  });
  const beforePort = await listen(before);

  const neutral = https.createServer(certificate(new URL(EXIT).hostname), (req, res) => {
    // Its page, not the icon a browser may ask for too.
    if (req.url === new URL(EXIT).pathname) {
      state.exitVisits += 1;
      state.exitReferrers.push(req.headers.referer);
    }
    // Asked for at each exit, never answered from a cache.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'text/html');
    res.end(NEUTRAL_PAGE);
  });
  const neutralPort = await listen(neutral);

  // A forward proxy: CONNECT to the neutral site's name goes to the stand-in
  // while it is reachable, and is dropped once open while it is not (as when
  // the signal is lost: browsers then show their own error page); every other
  // host is refused.
  /** Counts a refused request: a stranger, unless the browser asked for its own service. */
  const refuse = (target) => {
    if (!BROWSER_SERVICES.includes(hostOf(target))) state.strangers.push(target);
  };
  const proxy = http.createServer((req, res) => {
    refuse(req.url);
    res.statusCode = 502;
    res.end();
  });
  proxy.on('connect', (req, socket) => {
    socket.on('error', () => socket.destroy());
    if (req.url !== `${new URL(EXIT).hostname}:443`) {
      refuse(req.url);
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    if (!state.exitReachable) {
      socket.end('HTTP/1.1 200 Connection Established\r\n\r\n');
      return;
    }
    const upstream = net.connect(neutralPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  });
  const proxyPort = await listen(proxy);

  for (const server of [before, neutral, proxy]) {
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
  }

  /** Everything as at the start, with a good connection, and nothing recorded. */
  const reset = () => {
    state.cut = false;
    state.exitReachable = true;
    state.exitVisits = 0;
    state.wasm.release();
    state.wasmMissing = false;
    state.pages.release();
    state.stalled.length = 0;
    for (const release of state.released.values()) release();
    state.held.clear();
    state.released.clear();
    state.failing.length = 0;
    state.requests.length = 0;
    state.violations.length = 0;
    state.records.length = 0;
    state.strangers.length = 0;
    state.exitReferrers.length = 0;
  };

  return {
    get url() {
      return `http://127.0.0.1:${harbor.port}`;
    },
    previous: `http://localhost:${beforePort}/`,
    proxy: `127.0.0.1:${proxyPort}`,
    get exitReachable() {
      return state.exitReachable;
    },
    set exitReachable(value) {
      state.exitReachable = value;
    },
    get exitVisits() {
      return state.exitVisits;
    },
    exitReferrers: state.exitReferrers,
    wasm: state.wasm,
    set wasmMissing(missing) {
      state.wasmMissing = missing;
    },
    pages: state.pages,
    stalled: state.stalled,
    hold(path) {
      let release;
      state.held.set(path, new Promise((resolve) => { release = resolve; }));
      state.released.set(path, release);
      return () => {
        release();
        state.held.delete(path);
        state.released.delete(path);
      };
    },
    failing: state.failing,
    requests: state.requests,
    violations: state.violations,
    records: state.records,
    strangers: state.strangers,
    cut() {
      state.cut = true;
      for (const s of sockets) if (s.localPort === harbor.port) s.destroy();
    },
    restore() {
      state.cut = false;
    },
    async fresh(dir = state.dir) {
      reset();
      for (const s of sockets) if (s.localPort === harbor.port) s.destroy();
      harbor.server.close();
      state.dir = dir;
      harbor = await startHarbor(dir);
    },
    close() {
      reset();
      for (const s of sockets) s.destroy();
      harbor.server.close();
      before.close();
      neutral.close();
      proxy.close();
    },
  };
}
