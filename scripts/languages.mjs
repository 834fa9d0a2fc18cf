// The languages Harbor speaks, as content/languages.toml lists them, the
// first first: each with its `code`, `name`, `dir`, `offer`, `sensitive`
// (the stems that must not show in what the browser keeps), and `base`, the start of
// its addresses (empty for the first, `/es` for Spanish). Read from the
// file, so that a language added there reaches the tests and the bench with
// no change to them. (The file's tables are plain: one `key = "value"` a line.)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'content', 'languages.toml');

export const LANGUAGES = readFileSync(FILE, 'utf8')
  .split(/^\[\[language\]\]$/m)
  .slice(1)
  .map((table, i) => {
    const field = (name) => {
      const found = new RegExp(`^${name} = "([^"]*)"`, 'm').exec(table);
      if (!found) throw new Error(`content/languages.toml: language #${i + 1} has no ${name}`);
      return found[1];
    };
    const code = field('code');
    const sensitive = /^sensitive = \[(.*)\]$/m.exec(table);
    if (!sensitive) throw new Error(`content/languages.toml: language #${i + 1} has no sensitive`);
    return {
      code,
      name: field('name'),
      dir: field('dir'),
      offer: field('offer'),
      sensitive: [...sensitive[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]),
      base: i === 0 ? '' : `/${code}`,
    };
  });
