// The service worker: the offline copy of the site, checked file by file,
// sized to the person: the app and its icons, and the pages of each language
// the person has opened, no other.
//
// The two lines below are written at build time (src/site_files/postbuild.rs):
// NAMES, the names the page's scripts and the app share (src/names.rs), and
// BUILD, every file of the site with the SHA-256 of its content and, for a
// file of one language, that language's code; and the languages, the first
// first, each with the start of its addresses. A deploy changes exactly the
// entries whose files changed, and so this file's bytes, which is how the
// browser notices an update.
//
// - Install: the files every language needs, and those of each language the
//   copy keeps (the languages of the pages open now, and those the version
//   before kept), are fetched, checked with the server first (a file the page
//   has just loaded is not sent twice), and kept only if their bytes match
//   their hash (`integrity`), or taken from an older copy whose bytes match.
//   One mismatch or failed fetch fails the install: the version before keeps
//   serving, and a half copy of two builds is never kept.
// - A language is added to the copy the first time the person opens one of
//   its pages with signal; offline, a page of a language not saved yet
//   answers with the page that says so, in a language the copy holds.
// - Fetch: listed files and pages come from the copy. An address the site
//   does not have gets the not-found page: from the network when it answers
//   within NOT_FOUND_PATIENCE_MS, else (offline, a stalled connection, any
//   error) the copy's.
// - Repair: if the copy has lost a file (the browser cleared storage,
//   Safari's seven-day rule), the next navigation restores it in the
//   background; until then the network serves what is missing.
// - Status: asked NAMES.copyQuestion, it answers whether its copy is complete.
// - It takes over only when the page asks for it (NAMES.skipWaiting), after
//   the person chose to reload.
const NAMES = {};
const BUILD = { files: [], languages: [] };

const PREFIX = 'copy-';
// One cache per version: a page is always served files of one build.
const CACHE = PREFIX + hash(BUILD.files.map((entry) => `${entry.url} ${entry.integrity}`).join('\n'));
const LISTED = new Set(BUILD.files.map((entry) => entry.url));
const [FIRST] = BUILD.languages;

/** How long an address the copy cannot answer waits for the network. */
const NOT_FOUND_PATIENCE_MS = 3000;

/** A short, stable text hash (FNV-1a), to name the cache. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

/** The language of an address: the one its path starts with, else the first. */
function languageOf(pathname) {
  return BUILD.languages.find((l) => l.base && (pathname === l.base || pathname.startsWith(`${l.base}/`))) || FIRST;
}

/** The files a copy holds for every language. */
const COMMON = BUILD.files.filter((entry) => !entry.lang);
/** The files of `language` alone. */
const filesOf = (language) => BUILD.files.filter((entry) => entry.lang === language.code);
/** A file that stands for `language` in a copy: its home page, listed by its address. */
const markOf = (language) => `${language.base}/`;
/**
 * The marks of `language` in this version's copy and in older ones: until
 * issue 30 the copy listed pages by file (`/es/index.html`). The old mark
 * can go once no phone may hold a copy older than that (a copy left a year,
 * say).
 */
const marksOf = (language) => [markOf(language), `${language.base}/index.html`];
/** One of the language's own pages, such as its not-found page (`404.html`), by its address. */
const pageOf = (language, name) => `${language.base}/${name.replace(/\.html$/, '')}`;

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

/**
 * What this version's copy holds for `key`, or undefined. Read by the
 * cache's name, which never creates a cache: a late read in a version whose
 * copy was deleted (after "Clear this app's data", say) leaves nothing behind.
 */
const fromCopy = (key) => caches.match(key, { cacheName: CACHE });

/** The older copies of the site, by name. */
async function olderCopies() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
}

/** The entry's bytes from an older copy, if they match its hash. */
async function fromOlderCopy(entry) {
  for (const name of await olderCopies()) {
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

/** Puts each of `entries` the copy lacks into `cache`; fails if any cannot be had. */
async function fill(cache, entries) {
  await Promise.all(
    entries.map(async (entry) => {
      if (await cache.match(entry.url)) return;
      await cache.put(entry.url, (await fromOlderCopy(entry)) || (await fetchEntry(entry)));
    }),
  );
}

/** The languages this version's copy holds, or has begun to. */
async function keptLanguages() {
  const kept = [];
  for (const language of BUILD.languages) if (await fromCopy(markOf(language))) kept.push(language);
  return kept;
}

/** Whether the copy holds the common files and every file of each language it keeps (one at least). */
async function complete() {
  if (!(await caches.has(CACHE))) return false;
  const kept = await keptLanguages();
  const wanted = [...COMMON, ...kept.flatMap(filesOf)];
  const found = await Promise.all(wanted.map((entry) => fromCopy(entry.url)));
  return kept.length > 0 && found.every(Boolean);
}

let repairing = null;
/**
 * Restores what the copy has lost, and adds `language` if it is new to it;
 * one at a time. A failure (offline, a file that does not match) waits for
 * the next navigation.
 */
function repair(language) {
  repairing ??= (async () => {
    const kept = await keptLanguages();
    const wanted = [...COMMON, ...[...new Set([...kept, language])].flatMap(filesOf)];
    const found = await Promise.all(wanted.map((entry) => fromCopy(entry.url)));
    if (found.every(Boolean)) return;
    const cache = await caches.open(CACHE);
    // The language's home page last: it marks the language as kept.
    const mark = markOf(language);
    await fill(cache, wanted.filter((entry) => entry.url !== mark));
    await fill(cache, wanted.filter((entry) => entry.url === mark));
  })()
    .catch(() => {})
    .finally(() => {
      repairing = null;
    });
  return repairing;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // The languages to keep: those of the pages open now, and those the
      // version before kept; the first language if there are none.
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const languages = new Set(open.map((client) => languageOf(new URL(client.url).pathname)));
      for (const name of await olderCopies()) {
        for (const language of BUILD.languages) {
          for (const mark of marksOf(language)) {
            if (await caches.match(mark, { cacheName: name })) languages.add(language);
          }
        }
      }
      if (!languages.size) languages.add(FIRST);
      await fill(await caches.open(CACHE), [...COMMON, ...[...languages].flatMap(filesOf)]);
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
  if (event.data === NAMES.skipWaiting) self.skipWaiting();
  // The page asks whether this version's copy is complete.
  if (event.data === NAMES.copyQuestion && event.ports[0]) {
    event.waitUntil(complete().then((whole) => event.ports[0].postMessage({ complete: whole })));
  }
});

/**
 * The listed page for an address, or null. Pages are listed by address
 * (`/signs`, `/es/`); the forms a host may also serve them at, with or
 * without a last `/`, or by their file (`/signs.html`), are the same page.
 */
function pageFor(url) {
  const path = url.pathname.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
  const forms = [path, path.endsWith('/') ? path.slice(0, -1) : `${path}/`];
  return forms.find((form) => LISTED.has(form)) ?? null;
}

/** The network's answer to `request`, or null after NOT_FOUND_PATIENCE_MS or on any error. */
async function fromNetwork(request) {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), NOT_FOUND_PATIENCE_MS);
  try {
    return await fetch(request, { signal: stop.signal });
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The copy's page `name` (the not-found page, say), with `status`: in the
 * first of `languages` the copy holds it in, else in the first language
 * the copy keeps.
 */
async function ownPage(name, languages, status) {
  for (const each of [...languages, ...(await keptLanguages())]) {
    const page = await fromCopy(pageOf(each, name));
    if (page) return new Response(page.body, { status, headers: page.headers });
  }
  return Response.error();
}

/** The not-found page: the network's if it answers one in time, else the copy's. */
async function notFound(request, language) {
  const response = await fromNetwork(request);
  // Hosts without a not-found page per folder answer every language's
  // address with the first language's: the copy's own is then the right one.
  if (response && (response.ok || (response.status === 404 && language === FIRST))) return response;
  return ownPage(NAMES.notFoundPage, [language], 404);
}

/** A listed page: the copy's, else the network's; offline, a language not saved yet says so. */
async function listedPage(request, key, language) {
  const cached = await fromCopy(key);
  if (cached) return cached;
  const response = await fromNetwork(request);
  return response || ownPage(NAMES.notSavedPage, [], 503);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Other sites' requests are not ours to answer.
  if (url.origin !== self.location.origin || request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    const language = languageOf(url.pathname);
    event.waitUntil(repair(language));
    const key = pageFor(url);
    event.respondWith(key ? listedPage(request, key, language) : notFound(request, language));
    return;
  }
  if (!LISTED.has(url.pathname)) return;
  event.respondWith((async () => (await fromCopy(url.pathname)) || fetch(request))());
});
