// Writes a Brotli (.br) and a gzip (.gz) twin of every text and wasm file in
// the site folder, next to the file itself, for hosts that send a ready
// compressed file (http-server's brotli and gzip settings, which `make serve` uses; nginx's
// gzip_static and brotli_static). Run by scripts/postbuild.sh, last, so the
// twins are of the final files. Node's own zlib does both.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('compress: give the site folder');
  process.exit(1);
}
// Images are compressed already; everything else is text, or wasm.
const TEXT = /\.(html|js|css|wasm|json|webmanifest|svg|txt)$/;
let count = 0;
for (const name of readdirSync(dir, { recursive: true })) {
  if (!TEXT.test(name)) continue;
  const file = join(dir, name);
  const bytes = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  count += 1;
}
console.log(`compress: ${count} files, each with a .br and a .gz twin`);
