// Harbor's service worker: precaching in the manner of Workbox, by hand.
//
// The list below is written at build time (src/bin/postbuild.rs): every file
// of the site with a hash of its content as its revision. A deploy changes
// exactly the entries whose files changed, and so this file's bytes, which is
// how the browser notices an update.
const PRECACHE = [];

const PREFIX = 'harbor-';
// One cache per version: a page is always served files of one build.
const VERSION = hash(PRECACHE.map((entry) => `${entry.url} ${entry.revision}`).join('\n'));
const CACHE = PREFIX + VERSION;
const REVISION_HEADER = 'x-harbor-revision';

/** A short, stable text hash (FNV-1a), to name the cache. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

/** Finds an entry with this revision in an older cache, so it is not fetched again. */
async function fromOlderCache(entry) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const response = await (await caches.open(name)).match(entry.url);
    if (response && response.headers.get(REVISION_HEADER) === entry.revision) return response;
  }
  return null;
}

/** Fetches an entry past the HTTP cache; anything but a 2xx fails the install. */
async function fetchEntry(entry) {
  const response = await fetch(new Request(entry.url, { cache: 'reload' }));
  if (!response.ok) throw new Error(`${entry.url} answered ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, entry.revision);
  return new Response(await response.blob(), { status: response.status, headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        PRECACHE.map(async (entry) => {
          const response = (await fromOlderCache(entry)) || (await fetchEntry(entry));
          await cache.put(entry.url, response);
        }),
      );
    })().catch(async (error) => {
      // A failed install leaves nothing behind; the old version keeps serving.
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The page asks the waiting version to take over when the person chooses to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

const LISTED = new Set(PRECACHE.map((entry) => entry.url));

/** The cached page for an in-app address: its own page if the build made one, else the app. */
function pageFor(url) {
  const path = url.pathname.endsWith('/') ? url.pathname : url.pathname + '/';
  const own = path + 'index.html';
  return LISTED.has(own) ? own : '/index.html';
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Other sites' requests are not ours to answer.
  if (url.origin !== self.location.origin || request.method !== 'GET') return;
  const key = request.mode === 'navigate' ? pageFor(url) : url.pathname;
  if (!LISTED.has(key)) return;
  event.respondWith(
    (async () => {
      const cached = await (await caches.open(CACHE)).match(key);
      return cached || fetch(request);
    })(),
  );
});
