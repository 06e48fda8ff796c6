// The engine in headless Chromium under the strict CSP (script-src 'self' 'wasm-unsafe-eval',
// no unsafe-eval): it loads and analyses in a page and in a module Web Worker, gives the
// same report as in node, and logs no console error or CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, watchErrors, DIST, STRICT_CSP } from './harness.mjs';

// Page and worker code is served as files: the CSP forbids inline scripts.
const PAGES = {
  '/engine.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>engine</title>' +
    '<script type="module" src="/engine-page.js"></script></head><body><main><h1>engine</h1></main></body></html>',
  '/engine-common.js': `
    export async function bundleRequest() {
      const bundle = await (await fetch('/sources.json')).json();
      return { documents: bundle.map(({ id, label, text }) => ({ id, label, text })) };
    }
    // Loads, analyses the bundle, and checks that a bad request is an Error after which
    // the engine still works.
    export async function exercise(loadCorroborate) {
      const engine = await loadCorroborate();
      const report = await engine.analyze(await bundleRequest());
      let error = null;
      try { await engine.analyze({ documents: [{ id: 'x', text: 'a\\uD800' }] }); } catch (e) { error = e instanceof Error ? e.message : 'not an Error: ' + e; }
      const again = await engine.analyze({ documents: [{ id: 'y', text: 'Still here. Yes.' }] });
      return { version: engine.version, report, error, again: again.sentences.length };
    }`,
  '/engine-page.js': `
    import { loadCorroborate } from '/corroborate.js';
    import { exercise } from '/engine-common.js';
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
    window.inPage = () => exercise(loadCorroborate);
    window.inWorker = () => new Promise((resolve, reject) => {
      const worker = new Worker('/engine-worker.js', { type: 'module' });
      worker.onmessage = (e) => { worker.terminate(); e.data.ok ? resolve(e.data.result) : reject(new Error(e.data.error)); };
      worker.onerror = (e) => { worker.terminate(); reject(new Error('worker: ' + e.message)); };
    });
    window.ready = true;`,
  '/engine-worker.js': `
    import { loadCorroborate } from '/corroborate.js';
    import { exercise } from '/engine-common.js';
    exercise(loadCorroborate).then(
      (result) => postMessage({ ok: true, result }),
      (e) => postMessage({ ok: false, error: String(e && e.stack || e) }));`,
};

let server;
let browser;
let expected;
before(async () => {
  // The reference: the same dist folder's engine, run in node.
  const { loadCorroborate } = await import(pathToFileURL(join(DIST, 'corroborate.js')));
  const engine = await loadCorroborate({
    wasmBinary: readFileSync(join(DIST, 'corroborate-core.wasm')),
    lexicon: readFileSync(join(DIST, 'corroborate-lexicon.bin')),
  });
  const bundle = JSON.parse(readFileSync(join(DIST, 'sources.json'), 'utf8'));
  expected = await engine.analyze({ documents: bundle.map(({ id, label, text }) => ({ id, label, text })) });
  server = await serve({ mounts: { '/': DIST }, pages: PAGES, csp: STRICT_CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage() {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const headers = {};
  page.on('response', (r) => { headers[new URL(r.url()).pathname] = r.headers()['content-security-policy']; });
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') errors.push(`worker console: ${m.text()}`); }));
  await page.goto(`${server.url}/engine.html`);
  await page.waitForFunction(() => window.ready === true);
  return { page, errors, headers };
}

function checkResult(result) {
  assert.equal(`corroborate ${result.version}`, expected.generator);
  assert.deepEqual(result.report, expected);
  assert.match(result.error ?? '', /^corroborate: documents\[0\]\.text has a lone surrogate/);
  assert.equal(result.again, 2);
}

test('in a page under the strict CSP', async () => {
  const { page, errors, headers } = await openPage();
  const result = await page.evaluate(() => window.inPage());
  checkResult(result);
  assert.equal(headers['/engine.html'], STRICT_CSP, 'the page was served with the strict CSP');
  for (const file of ['/corroborate-core.wasm', '/corroborate-core.mjs', '/corroborate-lexicon.bin'])
    assert.ok(server.requests.includes(file), `${file} was fetched`);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('loadCorroborate requests the synonym table with the engine, before any analysis', async () => {
  const { page, errors } = await openPage();
  const start = server.requests.length;
  const version = await page.evaluate(async () => (await (await import('/corroborate.js')).loadCorroborate()).version);
  assert.match(version, /^\d+\.\d+\.\d+/);
  // Requested together with the .wasm (whose download loadCorroborate waited for); allow the
  // request a moment to reach the server all the same.
  const deadline = Date.now() + 5000;
  while (!server.requests.slice(start).includes('/corroborate-lexicon.bin') && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  const requests = server.requests.slice(start);
  assert.ok(requests.includes('/corroborate-lexicon.bin'), `the table was requested: ${requests.join(' ')}`);
  assert.ok(requests.includes('/corroborate-core.wasm'), `the engine was requested: ${requests.join(' ')}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('in a module Web Worker under the strict CSP', async () => {
  const { page, errors, headers } = await openPage();
  const result = await page.evaluate(() => window.inWorker());
  checkResult(result);
  assert.equal(headers['/engine-worker.js'], STRICT_CSP, 'the worker script was served with the strict CSP');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await page.close();
});
