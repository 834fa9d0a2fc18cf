// Makes the release app small, on the folder Trunk is about to publish (run
// by scripts/postbuild.sh; Trunk's own wasm-opt step is off: index.html,
// data-wasm-opt="0"):
//   1. Binaryen's wasm-opt optimizes the wasm for size (-Oz, as Trunk would)
//      and, in the same run, gives the names by which the wasm and its JS
//      glue call each other their shortest form, printing the old and new
//      names. wasm-bindgen names each function the wasm takes from the glue
//      after the browser call and a hash
//      (`__wbg_addEventListener_847fd86b8c33ec43`), and each closure the glue
//      calls back after its Rust types; those names are in both files, and
//      hashes do not compress;
//   2. the new names are written into the glue: its one module, each import
//      (a key of the object the glue gives the wasm) and each export (used
//      as `wasm.<name>`);
//   3. esbuild minifies the glue (Trunk's own minifier cannot parse it).
// Steps 1 and 2 save about 5 KiB gzip, step 3 about 2 (ARCHITECTURE.md,
// "Size").
//
// If wasm-bindgen ever writes its glue otherwise, so that a name is not
// where this script looks for it, the build stops here and says which name,
// rather than ship a glue that cannot start the wasm: every new name must be
// in the glue, and no old name in the minified glue, where esbuild has
// renamed the glue's own functions and only properties and strings keep
// their names.
import { transformSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('shrink-app: give the site folder');
  process.exit(1);
}

/** Stops the build with `message`, naming the file it is about. */
function fail(file, message) {
  console.error(`shrink-app: ${file}: ${message}`);
  process.exit(1);
}

/** The one file of `dir` whose name matches `pattern`. */
function only(pattern, what) {
  const found = readdirSync(dir).filter((name) => pattern.test(name));
  if (found.length !== 1) fail(dir, `expected one ${what}, found ${found.length}: ${found.join(', ')}`);
  return join(dir, found[0]);
}

// Binaryen's, from package-lock.json (`make tools`); run from the repository.
const WASM_OPT = 'node_modules/.bin/wasm-opt';
if (!existsSync(WASM_OPT)) fail(WASM_OPT, "missing: run 'make tools' first");
const wasmFile = only(/^app-[0-9a-f]+_bg\.wasm$/, 'app wasm');
const glueFile = only(/^app-[0-9a-f]+\.js$/, 'app glue');

// 1. -Oz, then the names. wasm-opt reads the features the wasm uses from its
// target features section, then leaves that section out of the output, and
// the producers section, which no browser reads.
const printed = execFileSync(WASM_OPT, [
  wasmFile, '-Oz', '--minify-imports-and-exports-and-modules',
  '--strip-producers', '--strip-target-features', '-o', wasmFile,
], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
let renamed;
try {
  renamed = JSON.parse(printed);
} catch {
  fail(wasmFile, `wasm-opt printed no list of names: ${printed.slice(0, 200)}`);
}
const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmFile)));

// 2. The new names into the glue.
const quote = (text) => JSON.stringify(text);
const pattern = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (name) => `(?<![\\w$])${pattern(name)}(?![\\w$])`;
let glue = readFileSync(glueFile, 'utf8');

const oldModules = new Set(renamed.imports.map(([from]) => from));
const newModules = new Set(imports.map((i) => i.module));
if (oldModules.size !== 1 || newModules.size !== 1) {
  fail(wasmFile, `expected imports from one module, found ${[...oldModules].join(', ')}`);
}
const [[oldModule], [newModule]] = [[...oldModules], [...newModules]];
if (glue.split(quote(oldModule)).length !== 2) fail(glueFile, `the module ${quote(oldModule)} is not named exactly once`);
glue = glue.replace(quote(oldModule), () => quote(newModule));

for (const [, name, short] of renamed.imports) {
  const key = new RegExp(`${word(name)}(?=\\s*:)`);
  if (!key.test(glue)) fail(glueFile, `the import ${name} is not a key of the glue's imports`);
  glue = glue.replace(key, () => quote(short));
}
for (const [name, short] of renamed.exports) {
  glue = glue.replace(new RegExp(`(?<![\\w$])wasm\\.${pattern(name)}(?![\\w$])`, 'g'), () => `wasm[${quote(short)}]`);
}
for (const { name } of imports) {
  if (!glue.includes(`${quote(name)}:`)) fail(glueFile, `the wasm's import ${name} is not a key of the glue's imports`);
}

// 3. Minified, then no old name may be left.
const minified = transformSync(glue, {
  minify: true,
  format: 'esm',
  // Never newer syntax than the glue's own, for older phones.
  target: 'es2020',
  logLevel: 'warning',
}).code;
const old = [oldModule, ...renamed.imports.map(([, name]) => name), ...renamed.exports.map(([name]) => name)];
for (const name of old) {
  if (new RegExp(word(name)).test(minified)) fail(glueFile, `the glue still names ${name}, which the wasm no longer has`);
}
writeFileSync(glueFile, minified);
console.log(`shrink-app: ${renamed.imports.length} imports and ${renamed.exports.length} exports shortened, the glue minified`);
