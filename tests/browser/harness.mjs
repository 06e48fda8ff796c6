// Shared harness for the browser tests: a static server on loopback that can send a
// Content-Security-Policy and records every request, Debian's Chromium through
// playwright-core, console-error capture, axe-core, and screenshots as artifacts.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

export const DIST = process.env.CORROBORATE_DIST ?? resolve('build/wasm/dist');
export const SITE = process.env.CORROBORATE_SITE ?? resolve('build/wasm/site');
export const ARTIFACTS = process.env.CORROBORATE_ARTIFACTS ?? resolve('tests/artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * Serves `mounts` ({'/': dir, '/dist/': dir2}, longest prefix wins) on 127.0.0.1.
 * `pages` maps a path to an in-memory body ({'/host.html': '<!doctype html>...'}).
 * `hold(path)`, if given, is awaited before answering a request: a test can hold answers back
 * until other requests have come in. `cache`: let the browser keep the files for an hour (a
 * repeat visit), instead of no-store.
 * Returns {url, requests, close()}; `requests` lists every path asked for.
 */
export async function serve({ mounts, pages = {}, csp = STRICT_CSP, hold, cache = false } = {}) {
  const requests = [];
  const prefixes = Object.keys(mounts ?? {}).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (hold) await hold(path);
    const headers = { 'Cache-Control': cache ? 'max-age=3600' : 'no-store' };
    if (csp) headers['Content-Security-Policy'] = csp;
    if (path === '/favicon.ico' && !Object.hasOwn(pages, path)) {
      res.writeHead(204, headers);  // browsers ask for it unprompted; not a test failure
      res.end();
      return;
    }
    try {
      let body;
      let type;
      if (Object.hasOwn(pages, path)) {
        body = pages[path];
        type = TYPES[extname(path)] ?? 'text/html; charset=utf-8';
      } else {
        const prefix = prefixes.find((p) => path.startsWith(p));
        if (prefix === undefined) throw Object.assign(new Error('no mount'), { code: 'ENOENT' });
        let rel = normalize(path.slice(prefix.length));
        if (rel.startsWith('..')) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
        let file = join(mounts[prefix], rel);
        if (path.endsWith('/') || rel === '.') file = join(file, 'index.html');
        body = await readFile(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
      res.writeHead(200, { ...headers, 'Content-Type': type });
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'EISDIR' ? 404 : 500, headers);
      res.end(String(e.message));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// Chromium: $CHROMIUM (CMake passes the one it found), else the first `chromium` on PATH.
export const CHROMIUM = process.env.CHROMIUM ||
  (process.env.PATH ?? '').split(':').map((dir) => join(dir, 'chromium')).find((p) => existsSync(p)) ||
  'chromium';

/** Launches Chromium headless; `args` are added to its command line (benchmarks: V8's flags). */
export async function launch({ args = [] } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found (${CHROMIUM}, or on PATH): apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...args,
    ],
  });
}

/** Collects console errors, page errors and CSP violations of `page`. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * Runs axe-core in the page; `context` as axe.run takes it (a selector or an include/exclude
 * object), the whole document when left out. Returns the violations.
 */
export async function axe(page, context) {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the devtools protocol, so the page's CSP does not apply.
  await page.evaluate(source);
  return page.evaluate(async (ctx) => {
    const r = await window.axe.run(ctx ?? document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, context ?? null);
}

/** Saves a full-page screenshot as ARTIFACTS/name.png; with `element` (a Locator), only that element. */
export async function screenshot(page, name, { element } = {}) {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  if (element) await element.screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
  return file;
}

export { dirname };
