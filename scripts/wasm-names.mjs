// Optimizes the release wasm and gives the names by which the wasm and its JS
// glue call each other the shortest form, in both files. Run by
// scripts/postbuild.sh on the folder Trunk is about to publish, before the
// glue is minified (Trunk's own wasm-opt step is off: index.html,
// data-wasm-opt="0").
//
// wasm-bindgen names each function the wasm takes from the glue after the
// browser call and a hash (`__wbg_addEventListener_847fd86b8c33ec43`), and
// each closure the glue calls back after its Rust types; those names are
// written in both files, and hashes do not compress. Binaryen's wasm-opt
// optimizes the wasm for size (-Oz, as Trunk would) and, in the same run,
// shortens every import, export and module name, printing the old and new
// names; this script then writes the new ones into the glue. The app is about
// 5 KiB gzip smaller (ARCHITECTURE.md, "Size").
//
// The glue must name each import once, as a key, each export as a property
// only as `wasm.<name>`, and the module once, as a string: if wasm-bindgen
// ever writes it otherwise, the build stops here and says which name, rather
// than ship a glue that cannot start the wasm.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('wasm-names: give the site folder');
  process.exit(1);
}

/** Stops the build with `message`, naming the file it is about. */
function fail(file, message) {
  console.error(`wasm-names: ${file}: ${message}`);
  process.exit(1);
}

const only = (pattern, what) => {
  const found = readdirSync(dir).filter((name) => pattern.test(name));
  if (found.length !== 1) fail(dir, `expected one ${what}, found ${found.length}: ${found.join(', ')}`);
  return join(dir, found[0]);
};
// Binaryen's, from package-lock.json (`make tools`); run from the repository.
const WASM_OPT = 'node_modules/.bin/wasm-opt';
if (!existsSync(WASM_OPT)) fail(WASM_OPT, "missing: run 'make tools' first");
const wasmFile = only(/^app-[0-9a-f]+_bg\.wasm$/, 'app wasm');
const glueFile = only(/^app-[0-9a-f]+\.js$/, 'app glue');

// -Oz first, then the names; the target features section is read for the
// features the wasm uses, then left out of the output with the producers
// section, which no browser reads.
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

// The one module the wasm now imports from, under its new name.
const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmFile))).map((i) => i.module));
if (modules.size !== 1) fail(wasmFile, `expected imports from one module, found ${[...modules].join(', ')}`);
const [module] = modules;

const escape = (name) => name.replace(/[$]/g, '\\$');
const occurrences = (glue, name) => glue.match(new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, 'g'))?.length ?? 0;

let glue = readFileSync(glueFile, 'utf8');
const oldModules = new Set(renamed.imports.map(([from]) => from));
for (const from of oldModules) {
  const quoted = JSON.stringify(from);
  if (glue.split(quoted).length !== 2) fail(glueFile, `the module ${quoted} is not named exactly once`);
  glue = glue.replace(quoted, JSON.stringify(module));
}
for (const [, name, short] of renamed.imports) {
  const key = new RegExp(`(?<![\\w$])${escape(name)}(?=\\s*:)`);
  if (occurrences(glue, name) !== 1 || !key.test(glue)) fail(glueFile, `the import ${name} is not named exactly once, as a key`);
  glue = glue.replace(key, JSON.stringify(short));
}
for (const [name, short] of renamed.exports) {
  glue = glue.replace(new RegExp(`(?<![\\w$])wasm\\.${escape(name)}(?![\\w$])`, 'g'), `wasm[${JSON.stringify(short)}]`);
  // Left: the glue's own functions named after an export, which esbuild
  // renames; never a property or a string, which would still name the export.
  if (new RegExp(`[.'"\`]${escape(name)}(?![\\w$])|(?<![\\w$])${escape(name)}['"\`]`).test(glue)) {
    fail(glueFile, `the export ${name} is named other than as wasm.${name}`);
  }
}
writeFileSync(glueFile, glue);
console.log(`wasm-names: ${renamed.imports.length} imports and ${renamed.exports.length} exports shortened`);
