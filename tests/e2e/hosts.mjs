// Real hosts for the host tests (hosts.test.mjs): Debian's nginx with the
// snippet the build writes for it, and Cloudflare's local Pages server
// (`wrangler pages dev`, pinned in package.json, which serves through
// Cloudflare's own workerd runtime and reads the folder's `_headers` and
// `_redirects`). Each runs as a child of the test on a free loopback port,
// in a process group of its own, with everything it writes in a temp folder;
// `stop()` ends the whole group and removes the folder, and a group still
// running when Node exits is killed then.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ROOT } from './harness.mjs';

/** Debian's nginx (package nginx-light; scripts/install-tools.sh --browser). */
export const NGINX = '/usr/sbin/nginx';

/** The pinned wrangler (package.json). */
export const WRANGLER = join(ROOT, 'node_modules', '.bin', 'wrangler');

/**
 * The compatibility date wrangler's workerd runs the Pages server with: the
 * latest the pinned workerd knows (a later one makes it warn and fall back
 * to this one).
 */
const PAGES_COMPATIBILITY_DATE = '2025-07-18';

/** How long a server may take to answer its first request. */
const START_MS = { nginx: 10_000, pages: 60_000 };

/** How long a server has to end after SIGTERM before it is killed. */
const STOP_MS = 3_000;

/**
 * The process groups started here and not yet stopped, with what removes
 * their temp folders: killed if Node exits first, or is ended by SIGINT,
 * SIGTERM or SIGHUP, so that no server outlives its test file.
 */
const running = new Map();
/** Kills every process group still running and removes its temp folder. */
const killRunning = () => {
  for (const [pid, { cleanup }] of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    cleanup();
  }
  running.clear();
};
process.on('exit', killRunning);
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.once(signal, () => {
    killRunning();
    process.exit(128 + number);
  });
}

/** A TCP port free on 127.0.0.1 now (the system's choice), for a server to listen on. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** How long one ask may wait for its answer. */
const ASK_MS = 10_000;

/**
 * GETs `url` without following redirects, as a browser would ask for it
 * (`accept-encoding: br, gzip` unless `headers` says otherwise), and
 * resolves to `{ status, headers, sent, body }`: `headers` with lower-case
 * names, `sent` the body's bytes as they came over the connection
 * (compressed, if the host compressed them) and `body` the bytes decoded.
 * (Node's own `fetch` decodes the body and does not tell how many bytes
 * came, so this uses `node:http`.)
 */
export function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const asked = httpRequest(url, { headers: { 'accept-encoding': 'br, gzip', ...headers } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'];
        try {
          const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ status: response.statusCode, headers: response.headers, sent: raw.length, body });
        } catch (error) {
          reject(new Error(`${url}: a body that does not decode as ${encoding}: ${error.message}`));
        }
      });
    });
    asked.on('error', reject);
    // A host that never answers fails the ask, not the whole test file.
    asked.setTimeout(ASK_MS, () => asked.destroy(new Error(`${url}: no answer within ${ASK_MS / 1000} s`)));
    asked.end();
  });
}

/**
 * Starts `command` with `args` as the leader of a new process group (so
 * that everything it starts ends with it), keeping the last of its output
 * for error messages, and waits until `url` answers (any status under 500).
 * Fails after `deadline` ms, or as soon as the process ends, with its
 * output. Resolves to `stop`, which ends the group (SIGTERM, then SIGKILL
 * after `STOP_MS`) and then runs `cleanup`.
 */
async function startServer(name, command, args, { url, deadline, cwd, env, cleanup }) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.set(child.pid, { cleanup });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const ended = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(`exited (${signal ?? `code ${code}`})`));
    child.once('error', (error) => resolve(`could not start: ${error.message}`));
  });
  let exitedAs = null;
  ended.then((how) => {
    exitedAs = how;
  });

  const stop = async () => {
    if (exitedAs === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      let timer;
      const late = new Promise((resolve) => {
        timer = setTimeout(resolve, STOP_MS, 'late');
      });
      if ((await Promise.race([ended, late])) === 'late') {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Gone meanwhile.
        }
        await ended;
      }
      clearTimeout(timer);
    }
    // The group's other processes too, had any outlived their leader.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // None left.
    }
    running.delete(child.pid);
    cleanup();
  };

  const until = Date.now() + deadline;
  for (;;) {
    if (exitedAs !== null) {
      await stop();
      const hint = exitedAs.startsWith('could not start') ? ' (scripts/install-tools.sh --browser installs it)' : '';
      throw new Error(`${name} ${exitedAs}${hint} before it answered ${url}; its output:\n${output}`);
    }
    // A real answer: not a refused connection, nor a server error while it starts.
    const answer = await get(url).catch(() => null);
    if (answer && answer.status < 500) return { stop, output: () => output };
    if (Date.now() > until) {
      await stop();
      throw new Error(`${name} did not answer ${url} within ${deadline / 1000} s; its output:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The nginx snippet the build wrote for the site folder `dir`: the file `<dir>.nginx.conf` beside it. */
export function nginxSnippet(dir) {
  const file = `${dir}.nginx.conf`;
  if (!existsSync(file)) throw new Error(`no nginx snippet for ${dir}: ${file} does not exist`);
  return file;
}

/**
 * Serves the site folder `dir` with Debian's nginx on a free loopback port.
 * `setting`: `'snippet'` (the default) includes the build's snippet
 * (`nginxSnippet`) in the `server` block whose `root` is `dir`, as the
 * README tells a deployer; `'home'` is the common single-page setting
 * instead, no snippet, every unknown address answered with `/index.html`;
 * `'first-not-found'`, no snippet, every unknown address answered with the
 * first language's `/404.html`, as GitHub Pages does.
 * One process (`master_process off`, so it runs as the test's user and
 * reads any folder the test can), its pid, logs and temp files in a temp
 * folder. Resolves to `{ url, urls, stop, output }`: `urls` are two origins
 * of the same server (`127.0.0.1` and `localhost`), for tests that must not
 * share a browser's storage; `stop()` ends nginx and removes the folder.
 */
export async function startNginx(dir, { setting = 'snippet' } = {}) {
  const settings = {
    snippet: () => `include ${nginxSnippet(dir)};`,
    home: () => 'location / { try_files $uri $uri.html $uri/index.html /index.html; }',
    'first-not-found': () => 'error_page 404 /404.html; location / { try_files $uri $uri.html $uri/index.html =404; }',
  };
  if (!settings[setting]) throw new Error(`startNginx: no setting ${setting}`);
  const temp = mkdtempSync(join(tmpdir(), 'harbor-nginx-'));
  const port = await freePort();
  const conf = join(temp, 'nginx.conf');
  writeFileSync(
    conf,
    `# The host tests' nginx (tests/e2e/hosts.mjs).
daemon off;
master_process off;
worker_processes 1;
pid ${temp}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    log_not_found off;
    sendfile on;
    client_body_temp_path ${temp}/body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
    server {
        listen 127.0.0.1:${port};
        root ${dir};
        ${settings[setting]()}
    }
}
`,
  );
  const url = `http://127.0.0.1:${port}`;
  const { stop, output } = await startServer(`nginx (${setting})`, NGINX, ['-c', conf, '-p', `${temp}/`, '-e', 'stderr'], {
    url: `${url}/`,
    deadline: START_MS.nginx,
    cleanup: () => rmSync(temp, { recursive: true, force: true }),
  });
  return { url, urls: [url, `http://localhost:${port}`], stop, output };
}

/**
 * Serves the site folder `dir` with Cloudflare's local Pages server
 * (`wrangler pages dev`) on a free loopback port, as Cloudflare Pages would:
 * it reads `_headers` and `_redirects`, and compresses by content type. It
 * runs offline (it warns it cannot fetch `Request.cf` and uses a
 * placeholder), with no metrics or error reports sent, its home, config,
 * logs and state in a temp folder, so nothing lands in the repository or
 * the user's home. Resolves to `{ url, urls, stop, output }` as
 * `startNginx` does.
 */
export async function startPages(dir) {
  const temp = mkdtempSync(join(tmpdir(), 'harbor-pages-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    'pages', 'dev', dir,
    '--ip', '127.0.0.1',
    '--port', String(port),
    '--compatibility-date', PAGES_COMPATIBILITY_DATE,
    '--persist-to', join(temp, 'state'),
    '--show-interactive-dev-session=false',
    '--live-reload=false',
  ];
  const env = {
    ...process.env,
    HOME: temp,
    XDG_CONFIG_HOME: join(temp, 'config'),
    WRANGLER_LOG_PATH: join(temp, 'logs'),
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    CI: 'true',
    NO_COLOR: '1',
  };
  const { stop, output } = await startServer('wrangler pages dev', WRANGLER, args, {
    url: `${url}/`,
    deadline: START_MS.pages,
    cwd: temp,
    env,
    cleanup: () => rmSync(temp, { recursive: true, force: true }),
  });
  return { url, urls: [url, `http://localhost:${port}`], stop, output };
}
