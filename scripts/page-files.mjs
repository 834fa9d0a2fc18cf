// Where the build puts each page, for `make serve` (scripts/serve.mjs) and
// the tests: a page is the file named for its address (src/site_files/pages.rs,
// `file_for`), so every host serves the address Harbor links without a
// redirect.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The page file for an address, from the site's root: `/signs` is `signs.html`, `/es/` is `es/index.html`. */
export const fileOf = (address) =>
  address.endsWith('/') ? `${address.slice(1)}index.html` : `${address.slice(1)}.html`;

/** The address of a page file, from the site's root (`signs.html` is `/signs`): `fileOf`, the other way. */
export const addressOf = (file) => `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;

/**
 * The page file under `dir` that a host serves for `path` (`/signs`,
 * `/signs/`, `/es`, `/es/`, `/signs.html`), if there is one.
 */
export function pageFile(dir, path) {
  let plain;
  try {
    plain = decodeURIComponent(path).replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
  } catch {
    return null; // not an address of this site
  }
  const forms = plain.endsWith('/') ? [plain, plain.slice(0, -1)] : [plain, `${plain}/`];
  for (const form of forms) {
    const file = join(dir, fileOf(form === '' ? '/' : form));
    if (file.startsWith(join(dir, sep)) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** Every page address the build wrote under `dir`: `/`, `/signs`, `/es/`, `/es/local/maine`, …, without the not-found and not-saved pages. */
export function pageAddresses(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => name.split(sep).join('/'))
    .filter((name) => name.endsWith('.html') && !/(^|\/)(404|not-saved)\.html$/.test(name))
    .map(addressOf)
    .sort();
}

/**
 * An http-server step that serves a page by its address, as the hosts do:
 * `/es/local` is `es/local.html`, though `es/local/` is a folder too (which
 * http-server alone would answer with a redirect). Other requests go on as
 * they came.
 */
export const servePagesByAddress = (dir) => (req, res) => {
  const url = new URL(req.url, 'http://x');
  const page = pageFile(dir, url.pathname);
  if (page) req.url = `/${relative(dir, page).split(sep).join('/')}${url.search}`;
  res.emit('next');
};
