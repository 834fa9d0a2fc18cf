// The languages, read from the built pages (no browser needed) and, for the
// offer and the not-found page, in Chromium: every address has its twin in
// each language, in its words and with its content file (that each twin
// exists with its lang, dir and links is built.test.mjs's); no English word
// of the frame or the views is left on a page of another language (the links to other
// languages, marked with their lang, and the English proper names of
// services aside); each language's manifests start there; a browser set to
// a language sees one line offering it; an unknown address gets its
// language's not-found page.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { addresses, controlled, DIST, fileOf, languageOf, LANGUAGES, pageFile, ready, ROOT, test, twin, withFresh } from './harness.mjs';

const page = (address) => readFileSync(join(DIST, fileOf(address)), 'utf8');
const english = addresses().filter((a) => languageOf(a) === LANGUAGES[0]);
/** Every page of each language but the first. */
const others = addresses().filter((a) => languageOf(a) !== LANGUAGES[0]);

/**
 * What a person can see or hear on a page: its text and the words in its
 * attributes (labels, the exit's words, the looks' names), without scripts,
 * styles, elements marked as in another language (a `lang` other than the
 * page's: the links to other languages, the blocks of help in other
 * languages), and the link to those blocks, whose words are the same in
 * every language.
 */
function words(html) {
  const lang = /<html lang="([^"]*)"/.exec(html)[1];
  const other = new RegExp(`<(?!html)(\\w+)[^>]*\\blang="(?!${lang}")[^"]*"[^>]*>[\\s\\S]*?<\\/\\1>`, 'g');
  const body = html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<title>[\s\S]*?<\/title>/, ' ')
    .replace(other, ' ')
    .replace(/<a [^>]*class="languages"[^>]*>[^<]*<\/a>/g, ' ');
  const attributes = [...body.matchAll(/\s(?:aria-label|alt|data-[a-z-]+|content)="([^"]*)"/g)].map((m) => m[1]);
  const text = body.replace(/<[^>]*>/g, ' ');
  return `${text} ${attributes.join(' ')}`.replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');
}

/**
 * Names of services and organizations in `language`'s own files, kept in
 * English (often with a gloss) as they are proper names.
 */
const properNames = (language) => {
  const regions = join(ROOT, 'content', language === LANGUAGES[0] ? '' : language.code, 'regions');
  return readdirSync(regions).flatMap((file) =>
    [...readFileSync(join(regions, file), 'utf8').matchAll(/^name = "([^"]*)"/gm)].map((m) => m[1]),
  );
};

/** Names the sources give services by, quoted in the translations. */
const QUOTED_NAMES = [
  'National Suicide Prevention and Crisis Lifeline',
  'Maine Suicide and Crisis Line',
  'Intentional Peer Support Warmline',
  'Rescue and Restore',
  'Department of Health and Human Services',
];

/** English words of the frame and the views: none may show on a page of another language. */
const ENGLISH = /\b(the|and|you|your|with|this|Call|Text|Search|Back|Open|Closed|Skip|Quick exit|Loading|Start|Every|near|Choose|Report|results?|Hours|Serves|Languages|Reload|Not now|offline|signal|phone)\b/;

test('every page has its twin in each language, in that language\'s own words and with its content file', () => {
  for (const address of english) {
    for (const language of LANGUAGES) {
      const html = page(twin(address, language));
      const content = /<link rel="preload" id="content-file" href="\/(content-[A-Za-z0-9-]+-[0-9a-f]{16}\.txt)"/.exec(html);
      assert.ok(content && content[1].startsWith(`content-${language.code}-`), `${twin(address, language)}: its language's content file`);
      // The frame in this language's words: the exit's label is not the first language's, unless it is the first.
      const label = /class="exit">([^<]*)</.exec(html)[1];
      assert.equal(label === /class="exit">([^<]*)</.exec(page(address))[1], language === LANGUAGES[0], `${twin(address, language)}: the exit in its words`);
    }
  }
  const es = page('/es/signs');
  assert.match(es, />Llamar</, 'the Spanish call bar');
  assert.match(es, /class="exit">Salida rápida/, 'the Spanish exit');
  assert.match(es, /data-one-left="Shift: presione 1 vez más para salir" data-two-left="Shift: presione 2 veces más para salir"/, 'the Spanish Shift count, each in its plural form');
});

test('no English word of the frame or the views is left on a page of another language', () => {
  for (const address of [...others, ...LANGUAGES.slice(1).map((l) => `${l.base}/404.html`)]) {
    // Its own names (often glossed), and the English names it may quote bare.
    const names = [...properNames(languageOf(address)), ...properNames(LANGUAGES[0])];
    const file = address.endsWith('.html') ? readFileSync(join(DIST, address), 'utf8') : page(address);
    let seen = words(file);
    // Longest first: "Maine" is part of longer names.
    for (const name of [...names, ...QUOTED_NAMES].sort((a, b) => b.length - a.length)) seen = seen.replaceAll(name, ' ');
    const found = seen.match(ENGLISH);
    assert.equal(found && seen.slice(Math.max(0, found.index - 60), found.index + 60), null, `${address}: English words`);
  }
});

test('the check sees English where it is: on the English pages', () => {
  // The same check on the English twin finds English, so it can fail.
  for (const address of english) assert.match(words(page(address)), ENGLISH, address);
});

test('added from a Spanish page, the app opens in Spanish, with the same neutral name', () => {
  for (const [address, manifest, start] of [['/', '/manifest.webmanifest', '/'], ['/es/', '/es/manifest.webmanifest', '/es/']]) {
    assert.ok(page(address).includes(`<link rel="manifest" href="${manifest}">`), `${address} links ${manifest}`);
    const json = JSON.parse(readFileSync(join(DIST, manifest), 'utf8'));
    assert.equal(json.start_url, start, `${manifest}: start_url`);
    assert.equal(json.id, start, `${manifest}: an id of its own`);
    assert.equal(json.name, 'Notebook', `${manifest}: the neutral name`);
  }
  assert.equal(JSON.parse(readFileSync(join(DIST, 'es', 'manifest.webmanifest'), 'utf8')).lang, 'es');
  // Each cover of the Spanish install view has its Spanish manifest.
  const covers = [...page('/es/install').matchAll(/data-manifest="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(covers.length >= 4, `${covers}`);
  for (const manifest of covers) {
    assert.ok(manifest.startsWith('/es/'), manifest);
    assert.equal(JSON.parse(readFileSync(join(DIST, manifest), 'utf8')).start_url, '/es/', manifest);
  }
});

test('a browser set to Spanish sees, on the English home view, one quiet line offering Spanish; nothing moves it there or is stored', async () => {
  for (const [locale, offered] of [['es-MX', true], ['en-US', false]]) {
    await withFresh(async ({ server, browser }) => {
      const page = await browser.context.newPage();
      await page.goto(server.url + '/');
      await ready(page);
      const offer = page.locator('main .offer a');
      if (offered) {
        await offer.waitFor();
        assert.equal(await offer.innerText(), 'Ver en español');
        assert.equal(await offer.getAttribute('href'), '/es/');
        assert.equal(await page.locator('main .offer').getAttribute('lang'), 'es');
      } else {
        assert.equal(await offer.count(), 0, `${locale}: no offer`);
      }
      assert.equal(new URL(page.url()).pathname, '/', `${locale}: no redirect by the browser's language`);
      const kept = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
      assert.deepEqual(kept, { local: 0, session: 0, cookie: '' }, `${locale}: nothing stored`);
    }, { options: { locale } });
  }
});

test('every page, in each language, links to help in other languages from the row under the bar, in the same words', () => {
  const linked = new Set();
  for (const address of addresses()) {
    const html = page(address);
    const link = /<div class="ways">[\s\S]*?<a href="([^"]*)" class="languages">([^<]*)<\/a>/.exec(html);
    assert.ok(link, `${address}: the link in the row under the bar`);
    assert.equal(link[1], `${languageOf(address).base}/languages`, `${address}: to the view in its language`);
    linked.add(link[2]);
  }
  assert.deepEqual([...linked], ['Languages · Idiomas'], 'the same words on every page');
});

test('the view of help in other languages holds a block in each of the 14 languages, with its lang, its direction and its own words', () => {
  for (const language of LANGUAGES) {
    const html = page(`${language.base}/languages`);
    const blocks = [...html.matchAll(/<section id="([^"]*)" lang="([^"]*)" dir="([^"]*)"[^>]*class="interpreted">([\s\S]*?)<\/section>/g)];
    assert.deepEqual(
      blocks.map((b) => b[1]),
      ['zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'ru', 'uk', 'ht', 'pt', 'fr', 'pl', 'so', 'sw'],
      `${language.code}: the blocks, in order`,
    );
    for (const [, id, lang, dir, block] of blocks) {
      assert.equal(lang, id, id);
      assert.equal(dir, id === 'ar' ? 'rtl' : 'ltr', `${id}: direction`);
      // The numbers, left to right and each a link to call.
      assert.match(block, /<a href="tel:\+18883737888" dir="ltr">1-888-373-7888<\/a>/, `${id}: the hotline`);
      assert.match(block, /<a href="tel:911" dir="ltr">911<\/a>/, `${id}: 911`);
      // The name to say, in English, and the exit as the page shows it.
      assert.match(block, /<bdi lang="en" dir="ltr">[A-Z][a-z]+( [A-Z][a-z]+)?<\/bdi>/, `${id}: the name to say`);
      assert.ok(block.includes(`>${/class="exit">([^<]*)</.exec(html)[1]}</bdi>`), `${id}: the exit by its label`);
      assert.match(block, /<p lang="en" dir="ltr" class="show">I speak [A-Za-z ]+\. Please help me call 1-888-373-7888/, `${id}: the line to show`);
      // Written in its own language: none of its lines is the English template's.
      assert.doesNotMatch(block.replace(/<(bdi|p) lang="en"[\s\S]*?<\/\1>/g, ''), /\b(the|and|free|stay|line|someone)\b/i, `${id}: no English left`);
      // A language Harbor speaks in full: the block links to its pages.
      const full = LANGUAGES.find((l) => l.code === id && l !== language);
      if (full) assert.ok(block.includes(`<p class="full"><a href="${full.base}/" hreflang="${full.code}">${full.offer}</a></p>`), `${id}: the link to its pages`);
    }
  }
});

for (const [locale, home, block, dir] of [
  ['pl-PL', '/', 'pl', 'ltr'],
  ['ar-EG', '/es/', 'ar', 'rtl'],
  ['zh-HK', '/', 'zh-Hant', 'ltr'],
  ['zh-CN', '/', 'zh-Hans', 'ltr'],
  ['pt-BR', '/es/', 'pt', 'ltr'],
]) {
  // A language Harbor speaks in full is offered itself; another, its block.
  const full = LANGUAGES.find((l) => l.code === block);
  test(`a browser set to ${locale} sees, on the home view at ${home}, one line in its language leading to ${full ? 'its pages' : 'its block'}; nothing moves it there or is stored`, async () => {
    await withFresh(async ({ server, browser }) => {
      const page = await browser.context.newPage();
      await page.goto(server.url + home);
      await ready(page);
      const offer = page.locator('main .offer');
      await offer.waitFor();
      assert.equal(await offer.count(), 1, 'one line');
      assert.equal(await offer.getAttribute('lang'), block);
      assert.equal(await offer.getAttribute('dir'), dir);
      const link = offer.locator('a');
      const base = home.replace(/\/$/, '');
      assert.equal(new URL(page.url()).pathname, home, 'no redirect by the browser\'s language');
      const kept = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
      assert.deepEqual(kept, { local: 0, session: 0, cookie: '' }, 'nothing stored');
      if (full) {
        assert.equal(await link.getAttribute('href'), `${full.base}/`);
        assert.equal(await link.innerText(), full.offer);
        return;
      }
      assert.equal(await link.getAttribute('href'), `${base}/languages#${block}`);
      const length = await page.evaluate(() => history.length);
      await link.click();
      await page.waitForFunction((id) => location.hash === `#${id}` && document.getElementById(id) !== null, block);
      // The block is on screen, under the bar.
      const top = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, block);
      const bar = await page.evaluate(() => document.querySelector('header').getBoundingClientRect().bottom);
      assert.ok(top >= bar - 1 && top < 400, `the block shows, at ${top} px under the bar's ${bar} px`);
      assert.equal(await page.evaluate(() => history.length), length, 'no history added');
    }, { options: { locale } });
  });
}

test('an unknown address, of one part or two, in either language, shows its not-found page, whose language link goes to the other language\'s start', async () => {
  const html = readFileSync(join(DIST, 'es', '404.html'), 'utf8');
  assert.match(html, /<html lang="es" dir="ltr" data-base="\/es" /);
  assert.doesNotMatch(html, /rel="alternate"/, 'no counterpart to point to');
  assert.match(html, /<a [^>]*lang="en"[^>]*href="\/"[^>]*>English<\/a>/);
  // The test server, like many hosts, answers every unknown address with
  // /404.html; once the worker runs, a Spanish address gets the Spanish page.
  await withFresh(async ({ server, browser }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/es/');
    await controlled(page);
    // One and two parts: a word after /es/ reads like a topic, two like nothing.
    for (const [address, lang, start] of [['/es/nada', 'es', '/'], ['/es/nada/aqui', 'es', '/'], ['/nada', 'en', '/es/'], ['/nada/aqui', 'en', '/es/']]) {
      const response = await page.goto(server.url + address);
      assert.equal(response.status(), 404, address);
      await ready(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, address);
      assert.equal(await page.locator('main h1').innerText(), lang === 'es' ? 'No encontramos esta página' : 'This page is not here', address);
      // The app's own view, now running: its link leads to a page that exists.
      const other = lang === 'es' ? 'en' : 'es';
      const href = await page.locator(`a.switch[lang="${other}"]`).getAttribute('href');
      assert.equal(href, start, `${address}: the language link goes to the other language's start`);
      assert.ok(pageFile(DIST, href), `${address}: ${href} exists`);
    }
  });
});
