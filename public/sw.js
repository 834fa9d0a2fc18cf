// The service worker: the offline copy of the site, checked file by file.
//
// The list below is written at build time (src/bin/postbuild.rs, from
// src/precache.rs): every file of the site with the SHA-256 of its content.
// A deploy changes exactly the entries whose files changed, and so this
// file's bytes, which is how the browser notices an update.
//
// - Install: every listed file is fetched, checked with the server first (a
//   file the page has just loaded is not sent twice), and kept only if its
//   bytes match its hash (`integrity`), or taken from an older copy whose
//   bytes match. One mismatch or failed fetch fails the install: the version
//   before keeps serving, and a half copy of two builds is never kept.
// - Fetch: listed files and pages come from the copy. An address the site
//   does not have gets the not-found page: from the network when it answers
//   with a page, else (offline, or any error) the copy's /404.html.
// - Repair: if the copy has lost a listed file (the browser cleared storage,
//   Safari's seven-day rule), the next navigation restores the whole copy in
//   the background; until then the network serves what is missing.
// - Status: asked "copy?", it answers whether its copy is complete.
// - It takes over only when the page asks for it ("skip-waiting"), after the
//   person chose to reload.
const PRECACHE = [];

const PREFIX = 'copy-';
// One cache per version: a page is always served files of one build.
const CACHE = PREFIX + hash(PRECACHE.map((entry) => `${entry.url} ${entry.integrity}`).join('\n'));
const LISTED = new Set(PRECACHE.map((entry) => entry.url));
// The not-found page of each language: Spanish addresses start with /es/.
const NOT_FOUND = '/404.html';
const NOT_FOUND_ES = '/es/404.html';

/** A short, stable text hash (FNV-1a), to name the cache. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

/** The `sha256-…` integrity of `bytes`, as the build writes it. */
async function integrityOf(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * `bytes` as a response to keep, with the headers of `from` but those that
 * describe how it travelled: the bytes are already decoded.
 */
function keep(bytes, from) {
  const headers = new Headers(from.headers);
  for (const name of ['content-encoding', 'content-length', 'transfer-encoding']) headers.delete(name);
  return new Response(bytes, { status: 200, headers });
}

/** The entry's bytes from an older copy, if they match its hash. */
async function fromOlderCopy(entry) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const response = await caches.match(entry.url, { cacheName: name });
    if (!response) continue;
    const bytes = await response.arrayBuffer();
    if ((await integrityOf(bytes)) === entry.integrity) return keep(bytes, response);
  }
  return null;
}

/**
 * The entry from the network, confirmed with the server (`no-cache`: a copy
 * in the HTTP cache is used only if the server says it is current); its
 * bytes must match its hash.
 */
async function fetchEntry(entry) {
  // A mismatch makes fetch itself fail (subresource integrity).
  const response = await fetch(entry.url, { cache: 'no-cache', integrity: entry.integrity });
  if (!response.ok) throw new Error(`${entry.url} answered ${response.status}`);
  return keep(await response.arrayBuffer(), response);
}

/** Puts every listed file the copy lacks into it; fails if any cannot be had. */
async function fill(cache) {
  await Promise.all(
    PRECACHE.map(async (entry) => {
      if (await cache.match(entry.url)) return;
      await cache.put(entry.url, (await fromOlderCopy(entry)) || (await fetchEntry(entry)));
    }),
  );
}

/** Whether the copy holds every listed file. */
async function complete() {
  if (!(await caches.has(CACHE))) return false;
  const cache = await caches.open(CACHE);
  const found = await Promise.all(PRECACHE.map((entry) => cache.match(entry.url)));
  return found.every(Boolean);
}

let repairing = null;
/** Restores the copy if it has lost any file; one repair at a time. */
function repair() {
  repairing ??= (async () => {
    if (!(await complete())) await fill(await caches.open(CACHE));
  })()
    .catch(() => {
      // Offline, or a file that does not match: the next navigation tries again.
    })
    .finally(() => {
      repairing = null;
    });
  return repairing;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => fill(await caches.open(CACHE)))().catch(async (error) => {
      // A failed install leaves nothing behind; the old version keeps serving.
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Every other cache of this site goes: older copies, and those of
      // earlier versions that named their cache otherwise (the name is
      // kept on the phone, so it must say nothing).
      for (const name of await caches.keys()) {
        if (name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  // The page asks the waiting version to take over when the person chooses to reload.
  if (event.data === 'skip-waiting') self.skipWaiting();
  // The page asks whether this version's copy is complete.
  if (event.data === 'copy?' && event.ports[0]) {
    event.waitUntil(complete().then((whole) => event.ports[0].postMessage({ complete: whole })));
  }
});

/** The listed page for an address (`/signs` is `/signs/index.html`), or null. */
function pageFor(url) {
  const path = url.pathname.endsWith('/') ? url.pathname : url.pathname + '/';
  const page = path + 'index.html';
  return LISTED.has(page) ? page : LISTED.has(url.pathname) ? url.pathname : null;
}

/**
 * What this version's copy holds for `key`, or undefined. Read by the
 * cache's name, which never creates a cache: a late read in a version whose
 * copy was deleted (after "Clear this app's data", say) leaves nothing behind.
 */
const fromCopy = (key) => caches.match(key, { cacheName: CACHE });

/** How long an unknown address waits for the network before the copy's not-found page. */
const NOT_FOUND_PATIENCE_MS = 3000;

/**
 * The not-found page: the network's if it answers one within
 * NOT_FOUND_PATIENCE_MS, else the copy's (offline, a stalled connection, or
 * any error).
 */
async function notFound(request) {
  // Hosts without a not-found page per folder answer a Spanish address with
  // the English one: the copy's Spanish page is the right one.
  const spanish = new URL(request.url).pathname.startsWith('/es/');
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), NOT_FOUND_PATIENCE_MS);
  try {
    const response = await fetch(request, { signal: stop.signal });
    if (response.ok || (response.status === 404 && !spanish)) return response;
  } catch {
    // Offline, or too slow: the copy's.
  } finally {
    clearTimeout(timer);
  }
  const page = await fromCopy(spanish ? NOT_FOUND_ES : NOT_FOUND);
  return page ? new Response(page.body, { status: 404, headers: page.headers }) : Response.error();
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Other sites' requests are not ours to answer.
  if (url.origin !== self.location.origin || request.method !== 'GET') return;
  const navigate = request.mode === 'navigate';
  const key = navigate ? pageFor(url) : LISTED.has(url.pathname) ? url.pathname : null;
  if (navigate) event.waitUntil(repair());
  if (!key) {
    if (navigate) event.respondWith(notFound(request));
    return;
  }
  event.respondWith(
    (async () => (await fromCopy(key)) || fetch(request))(),
  );
});
