// What is true of the built files themselves, read from dist/ without a
// browser, in every language at once: each page has the call links, both
// exits with their words, a neutral title, its language and direction, its
// counterpart in each language (by its absolute address when the build is
// given the site's), and a policy whose hashes are exactly its inline
// scripts and styles; the hashed names describe their bytes as
// served; the service worker's list holds exactly the files a host serves,
// never the files for hosts, each language's own files marked; and a
// language added as a folder and one entry (a copy of Spanish as a
// language Harbor does not speak yet) builds, with every address under its
// code, in the list and in every file for hosts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPORT_LINES } from './facts.mjs';
import { addresses, copyOfDist, DIST, fileOf, forHosts, languageOf, LANGUAGES, listed, pageFile, rebuild, ROOT, test, twin } from './harness.mjs';
import { addressOf } from '../../scripts/page-files.mjs';

const CALLS = ['tel:+18883737888', 'sms:233733?&amp;body=HELP', 'tel:911'];
/** Words that would give the topic away in a title or an address. */
const SENSITIVE = new RegExp(LANGUAGES.flatMap((l) => l.sensitive).join('|'), 'i');

const page = (address, dir = DIST) =>
  readFileSync(join(dir, address.endsWith('.html') ? address : fileOf(address)), 'utf8');
const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Every file under `dir`, as addresses from its root. */
const filesOf = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/')}`);

test('every page in every language has the call links, both exits, a neutral title, its language, and its counterparts', () => {
  const all = addresses();
  assert.equal(all.length, 15 * LANGUAGES.length, `${all}`);
  const titles = new Set();
  for (const address of all) {
    const html = page(address);
    const language = languageOf(address);
    for (const call of CALLS) assert.ok(html.includes(`href="${call}"`), `${address}: ${call}`);
    const exits = [...html.matchAll(/<a href="https:\/\/weather\.com\/" rel="nofollow noreferrer" data-title="[^"]+" data-leaving="[^"]+" data-one-left="[^"{}]+" data-two-left="[^"{}]+" data-expired="[^"]+" class="exit[^"]*">/g)];
    assert.equal(exits.length, 2, `${address}: two exit links with their words`);
    const title = /<title>([^<]*)<\/title>/.exec(html)[1];
    assert.doesNotMatch(title, SENSITIVE, `${address}: title`);
    assert.doesNotMatch(address, SENSITIVE, `${address}: address`);
    titles.add(title);
    assert.ok(html.startsWith(`<!DOCTYPE html>\n<html lang="${language.code}" dir="${language.dir}" data-address="${address}" data-base="${language.base}" `), `${address}: lang, dir and what it stands for`);
    for (const other of LANGUAGES) {
      assert.ok(html.includes(`<link rel="alternate" hreflang="${other.code}" href="${twin(address, other)}">`), `${address}: hreflang ${other.code}`);
      if (other !== language) {
        const link = `<a lang="${other.code}" hreflang="${other.code}" dir="${other.dir}" href="${twin(address, other)}" class="switch">`;
        assert.ok(html.includes(link), `${address}: the link to ${other.code}, ${link}`);
      }
    }
  }
  assert.equal(titles.size, 1, `one title for every page: ${[...titles]}`);
});

test('the state lines for reports show on the view for professionals, each under its state, and on each state\'s page, in every language', () => {
  const own = (html, id) => {
    const start = html.indexOf(`<section id="${id}"`);
    assert.ok(start >= 0, `section ${id}`);
    return html.slice(start, html.indexOf('</section>', start));
  };
  for (const language of LANGUAGES) {
    const work = page(`${language.base}/work`);
    for (const [state, links] of Object.entries(REPORT_LINES).filter(([path]) => path.startsWith('/local/'))) {
      const id = `${state.slice('/local/'.length)}-lines`;
      for (const link of links) {
        assert.ok(own(work, id).includes(`href="${link}"`), `${language.base}/work, under ${id}: ${link}`);
        assert.ok(own(page(language.base + state), 'report-lines').includes(`href="${link}"`), `${language.base}${state}: ${link}`);
      }
    }
    assert.match(work, /1-800-25-ABUSE \(1-800-252-2873\)/, `${language.base}/work: the keypad letters with their digits`);
  }
});

test('each page\'s policy allows exactly its own inline scripts and styles, and the policy for hosts all of them', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const forHost = /Content-Security-Policy: ([^\n]*)/.exec(headers)[1];
  for (const address of [...addresses(), ...LANGUAGES.flatMap((l) => [`${l.base}/404.html`, `${l.base}/not-saved.html`])]) {
    const html = page(address);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)[1];
    const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha(m[1]));
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]));
    const allowed = (directive) => (new RegExp(`${directive} ([^;]*)`).exec(policy)[1].match(/'sha256-[^']+'/g) || []);
    assert.deepEqual(allowed('script-src').sort(), [...new Set(scripts)].sort(), `${address}: scripts`);
    assert.deepEqual(allowed('style-src').sort(), [...new Set(styles)].sort(), `${address}: styles`);
    for (const hash of [...scripts, ...styles]) assert.ok(forHost.includes(hash), `${address}: ${hash} in _headers`);
  }
});

test('every hashed name is the hash of the file as served', () => {
  const hashed = readdirSync(DIST).filter((name) =>
    /^(app-[0-9a-f]{16}(\.js|_bg\.wasm)|content-[A-Za-z0-9-]+-[0-9a-f]{16}\.txt|(offline|looks)-[0-9a-f]{16}\.js)$/.test(name));
  assert.equal(hashed.length, 4 + LANGUAGES.length, `the app's files, the page scripts and one content file per language: ${hashed}`);
  for (const name of hashed) {
    const hash = /([0-9a-f]{16})(\.js|_bg\.wasm|\.txt)$/.exec(name)[1];
    const served = createHash('sha256').update(readFileSync(join(DIST, name))).digest('hex').slice(0, 16);
    assert.equal(hash, served, `${name} names its bytes`);
  }
  // Every app file the build left is one of them: none kept a name from before.
  assert.deepEqual(readdirSync(DIST).filter((name) => /^(app|content|offline|looks).*\.(js|wasm|txt)$/.test(name)).sort(), hashed.sort());
});

/** Checks the worker's list of the site in `dir` against its files. */
function assertListIsTheSite(dir, languages) {
  const list = listed(dir);
  const urls = list.map((entry) => entry.url);
  const files = filesOf(dir);
  const forHost = files.filter(forHosts);
  assert.deepEqual(forHost.sort(), ['/_headers', '/_redirects'], 'the files for hosts in the folder; the nginx snippet is beside it');
  assert.ok(existsSync(`${dir}.nginx.conf`), 'the nginx snippet beside the folder');
  for (const url of forHost) assert.ok(!urls.includes(url), `${url} is not in the worker's list`);
  const served = files
    .filter((url) => !forHosts(url) && url !== '/sw.js' && !/\.(br|gz)$/.test(url))
    .map((url) => (url.endsWith('.html') ? addressOf(url.slice(1)) : url));
  assert.deepEqual(urls.slice().sort(), served.sort(), 'the list is exactly the files served, each page by its address');
  for (const entry of list) {
    const own = pageFile(dir, entry.url) !== null || entry.url.endsWith('.webmanifest') || entry.url.startsWith('/content-');
    const language = languages.find((l) => (l.base && entry.url.startsWith(`${l.base}/`)) || entry.url.startsWith(`/content-${l.code}-`))
      ?? (own ? languages[0] : null);
    assert.equal(entry.lang ?? null, language && language.code, `${entry.url}: its language`);
  }
}

test('the worker lists every file a host serves, each language\'s own marked, and none of the files for hosts', () => {
  assertListIsTheSite(DIST, LANGUAGES);
});

/** Runs the build's postbuild program on `site` (a copy of dist/) with the settings `env`; resolves to its status and output. */
const postbuildOn = (site, env) =>
  spawnSync('cargo', ['run', '--quiet', '--offline', '--bin', 'postbuild', '--', site], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

test('with the site\'s address given (HARBOR_SITE_ADDRESS), every page links to itself in each language by its absolute address; a wrong address stops the build, naming the setting', () => {
  const site = copyOfDist('harbor-address-site-');
  const postbuild = (address) => postbuildOn(site, { HARBOR_SITE_ADDRESS: address });
  try {
    const wrong = postbuild('https://example.org/harbor');
    assert.notEqual(wrong.status, 0, 'an address with a path stops the build');
    assert.match(wrong.stderr, /HARBOR_SITE_ADDRESS="https:\/\/example\.org\/harbor" must have no path/);
    const built = postbuild('https://example.org');
    assert.equal(built.status, 0, built.stderr);
    for (const address of addresses()) {
      const html = page(address, site);
      for (const other of LANGUAGES) {
        const link = `<link rel="alternate" hreflang="${other.code}" href="https://example.org${twin(address, other)}">`;
        assert.ok(html.includes(link), `${address}: ${link}`);
      }
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
    rmSync(`${site}.nginx.conf`, { force: true });
  }
});

test('a topic whose page would be another page\'s file, or would start as the files kept a year do, stops the build, naming it', () => {
  const content = mkdtempSync(join(tmpdir(), 'harbor-renamed-'));
  const site = copyOfDist('harbor-renamed-site-');
  try {
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    // One topic given each name in turn, wherever the content names it.
    const topic = 'youth';
    const files = readdirSync(content, { recursive: true }).filter((f) => f.endsWith('.toml')).map((f) => join(content, f));
    let name = topic;
    for (const [next, message] of [
      ['index', /postbuild: \/index\.html: two pages of "en" would be this one file/],
      ['app-notes', /postbuild: \/app-notes: a page's address must not start as the files kept a year do/],
    ]) {
      for (const file of files) writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`"${name}"`, `"${next}"`));
      name = next;
      const run = postbuildOn(site, { HARBOR_CONTENT_DIR: content });
      assert.notEqual(run.status, 0, `a topic named ${next} stops the build`);
      assert.match(run.stderr, message);
    }
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
    rmSync(`${site}.nginx.conf`, { force: true });
  }
});

/** A language Harbor does not speak yet, for the test that adds one: French, or the next free. */
const ADDED = ['fr', 'de', 'it', 'ru'].find((code) => !LANGUAGES.some((l) => l.code === code));

test('a language is a folder and one entry: a copy of Spanish as a new language builds, with its twin of every address, in the worker\'s list and the files for hosts', () => {
  const content = mkdtempSync(join(tmpdir(), 'harbor-added-'));
  const site = copyOfDist('harbor-added-site-');
  const base = `/${ADDED}`;
  try {
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const spanish = LANGUAGES.find((l) => l.code === 'es');
    cpSync(join(content, spanish.code), join(content, ADDED), { recursive: true });
    appendFileSync(join(content, 'languages.toml'), `\n[[language]]\ncode = "${ADDED}"\nname = "Added"\ndir = "ltr"\noffer = "See it added"\nsensitive = ["zzz"]\n`);
    rebuild(site, content);
    const languages = [...LANGUAGES, { code: ADDED, dir: 'ltr', base }];
    const first = addresses().filter((a) => languageOf(a) === LANGUAGES[0]);
    const twinOf = (address) => (address === '/' ? `${base}/` : `${base}${address}`);
    for (const address of first) {
      const added = twinOf(address);
      const html = page(added, site);
      assert.ok(html.startsWith(`<!DOCTYPE html>\n<html lang="${ADDED}" dir="ltr" `), `${added}: lang="${ADDED}"`);
      assert.ok(page(address, site).includes(`hreflang="${ADDED}" href="${added}"`), `${address} links ${added}`);
    }
    assertListIsTheSite(site, languages);
    const list = listed(site);
    for (const address of first) {
      const url = twinOf(address);
      assert.ok(list.some((e) => e.url === url && e.lang === ADDED), `${url} in the worker's list, in its language`);
    }
    for (const name of ['404', 'not-saved']) {
      assert.ok(list.some((e) => e.url === `${base}/${name}` && e.lang === ADDED), `${base}/${name} in the worker's list`);
    }
    assert.match(readFileSync(join(site, '_redirects'), 'utf8'), new RegExp(`^${base}/\\* {2}${base}/404\\.html {2}404$`, 'm'));
    assert.match(readFileSync(`${site}.nginx.conf`, 'utf8'), new RegExp(`location ${base}/ \\{\\n {4}error_page 404 ${base}/404\\.html;`));
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
    rmSync(`${site}.nginx.conf`, { force: true });
  }
});
