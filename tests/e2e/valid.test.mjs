// Every page the build writes is valid HTML: the Nu HTML Checker (npm
// `vnu-jar`, run with Debian's Java) finds no error in any page of any
// language, nor in the pages of the two pseudo-languages. It runs once per
// site, over all its pages, so Java starts twice in all.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, pseudoSite, ROOT, test } from './harness.mjs';

const VNU = join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

/** Every page under `dir`: each `.html` file, in every folder. */
const pagesOf = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));

/**
 * The checker's errors for the pages of `dir`, each as "file:line:column:
 * message", the file from `dir`'s root. The checker writes its JSON report
 * on stderr, after whatever Java prints first.
 */
function errorsIn(dir) {
  const pages = pagesOf(dir);
  assert.ok(pages.length > 0, `no page in ${dir}`);
  const run = spawnSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', ...pages], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`could not run the checker (java -jar ${VNU}): ${run.error.message}`);
  // The report is the one line of JSON the checker writes; Java may write other lines before it.
  const start = run.stderr.search(/^\{/m);
  if (start < 0) throw new Error(`the checker wrote no report (exit ${run.status}): ${run.stderr}`);
  const { messages } = JSON.parse(run.stderr.slice(start));
  return {
    pages: pages.length,
    errors: messages.map((m) => {
      const file = m.url ? relative(dir, fileURLToPath(m.url)) : '(no file)';
      return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}: ${m.message}${m.extract ? ` [${m.extract}]` : ''}`;
    }),
  };
}

/** Fails, listing every error, if the checker found any in `dir`. */
function assertValid(dir) {
  const { pages, errors } = errorsIn(dir);
  console.log(`${pages} pages checked in ${relative(ROOT, dir)}: ${errors.length} errors`);
  assert.equal(errors.length, 0, `${errors.length} errors over ${pages} pages:\n${errors.join('\n')}`);
}

test('the Nu HTML Checker finds no error in any page of any language', () => {
  assertValid(DIST);
});

test('the Nu HTML Checker finds no error in any page of the pseudo-languages\' site', () => {
  assertValid(pseudoSite().dir);
});
