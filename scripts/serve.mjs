// `make serve`: the site folder on a local address, as a host serves it:
// each page at its address without a redirect (scripts/page-files.mjs),
// with the build's .br and .gz twins, and no caching, so a new build shows
// at the next reload. Usage: node scripts/serve.mjs <folder> <host> <port>
import { createServer } from 'http-server';
import { servePagesByAddress } from './page-files.mjs';

const [dir, host, port] = process.argv.slice(2);
if (!dir || !host || !port) {
  console.error('serve: give the site folder, the host and the port');
  process.exit(1);
}
createServer({ root: dir, cache: -1, brotli: true, gzip: true, showDir: false, before: [servePagesByAddress(dir)] })
  .listen(Number(port), host);
