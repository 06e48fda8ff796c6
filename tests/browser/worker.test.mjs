// loadCorroborate({worker: true}) in headless Chromium under the strict CSP: the same report
// as on the page's thread, progress from 0 to 1, a page that keeps running its own code
// while a large analysis runs, and cancellation that leaves the engine usable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, watchErrors, DIST } from './harness.mjs';

const PAGES = {
  '/worker.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>worker</title>' +
    '<script type="module" src="/worker-page.js"></script></head><body><main><h1>worker</h1></main></body></html>',
  '/worker-page.js': `
    import { loadCorroborate } from '/corroborate.js';
    const bundle = async () => (await (await fetch('/sources.json')).json()).map(({ id, label, text }) => ({ id, label, text }));
    // A story cluster of n articles: the bundled ones, each repeated with its sentences
    // shuffled, so the work is real and grows with n.
    async function cluster(n) {
      const base = await bundle();
      const docs = [];
      for (let i = 0; i < n; ++i) {
        const b = base[i % base.length];
        const lines = b.text.split('\\n').filter(Boolean);
        for (let k = lines.length - 1; k > 0; --k) { const j = (k * 7 + i) % (k + 1); [lines[k], lines[j]] = [lines[j], lines[k]]; }
        docs.push({ id: 'a' + i, label: 'Article ' + i, text: lines.join('\\n') });
      }
      return { documents: docs };
    }
    window.sameReport = async () => {
      const request = { documents: await bundle() };
      const inPage = await (await loadCorroborate()).analyze(request);
      const worker = await loadCorroborate({ worker: true });
      const inWorker = await worker.analyze(request);
      worker.terminate();
      return JSON.stringify(inPage) === JSON.stringify(inWorker);
    };
    // Downloads started before loadCorroborate, handed over: the worker gets their bytes.
    window.earlyDownloads = async () => {
      const request = { documents: await bundle() };
      const inPage = await (await loadCorroborate()).analyze(request);
      const worker = await loadCorroborate({
        worker: true,
        wasmResponse: fetch('/corroborate-core.wasm', { credentials: 'same-origin' }),
        lexicon: fetch('/corroborate-lexicon.bin', { credentials: 'same-origin' }),
      });
      const inWorker = await worker.analyze(request);
      worker.terminate();
      return JSON.stringify(inPage) === JSON.stringify(inWorker);
    };
    window.progressAndResponsiveness = async () => {
      const engine = await loadCorroborate({ worker: true });
      const request = await cluster(60);
      const progress = [];
      let ticks = 0;
      const timer = setInterval(() => ++ticks, 10);  // the page's own work, while analysing
      const started = performance.now();
      const report = await engine.analyze(request, { onProgress: (d) => progress.push(d) });
      const ms = performance.now() - started;
      clearInterval(timer);
      engine.terminate();
      return { progress, ticks, ms, documents: report.documents.length };
    };
    window.cancel = async () => {
      const engine = await loadCorroborate({ worker: true });
      const controller = new AbortController();
      const running = engine.analyze(await cluster(60), { signal: controller.signal, onProgress: (d) => { if (d > 0.1) controller.abort(); } });
      let error = null;
      try { await running; } catch (e) { error = { message: e.message, code: e.code }; }
      const after = await engine.analyze({ documents: [{ id: 'x', text: 'Still working. Yes.' }] });
      engine.terminate();
      return { error, after: after.sentences.length };
    };
    // worker: 'auto' with a low threshold: which requests go to a worker, counted by wrapping
    // the Worker constructor.
    window.auto = async () => {
      let workers = 0;
      const Real = window.Worker;
      window.Worker = class extends Real { constructor(...a) { super(...a); ++workers; } };
      try {
        const engine = await loadCorroborate({ worker: 'auto', workerThreshold: 1000 });
        const small = { documents: [{ id: 'a', text: 'A short one. Yes.' }, { id: 'b', text: 'A short one. Yes.' }] };
        const large = await cluster(3);
        const out = { usesWorker: [engine.usesWorker(small), engine.usesWorker(large)], version: engine.version };
        const progress = [];
        const r1 = await engine.analyze(small);
        out.afterSmall = workers;
        const r2 = await engine.analyze(large, { onProgress: (d) => progress.push(d) });
        const r3 = await engine.analyze(large);
        out.afterLarge = workers;
        out.progressEnd = progress.at(-1);
        out.sameAsPage = JSON.stringify(r2) === JSON.stringify(await (await loadCorroborate()).analyze(large));
        out.sentences = [r1.sentences.length, r3.sentences.length === r2.sentences.length];
        engine.terminate();
        return out;
      } finally {
        window.Worker = Real;
      }
    };
    // shared: one engine for every caller; a load that failed is tried again.
    window.shared = async () => {
      const [a, b] = await Promise.all([loadCorroborate({ shared: true }), loadCorroborate({ shared: true })]);
      const c = await loadCorroborate({ shared: true });
      const own = await loadCorroborate();
      const out = { same: a === b && b === c, notOwn: own !== a, autoIsOther: (await loadCorroborate({ shared: true, worker: 'auto' })) !== a };
      const flaky = { shared: true, wasmUrl: '/flaky/corroborate-core.wasm' };
      try { await loadCorroborate(flaky); out.first = 'loaded'; } catch (e) { out.first = e.code; }
      const again = await loadCorroborate(flaky);
      out.second = typeof again.analyze;
      out.third = (await loadCorroborate(flaky)) === again;
      return out;
    };
    window.ready = true;`,
  // A host page whose article is above the widget's worker threshold: the bundled
  // article A, sixty times over.
  '/big.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>big</title>' +
    '<script type="module" src="/corroborate-widget.js"></script><script type="module" src="/big-page.js"></script>' +
    '</head><body><main><article id="story"></article><corroborate-widget article="#story" sources="/sources.json" outlet="000_2937b8b2345c0e58"></corroborate-widget></main></body></html>',
  '/big-page.js': `
    window.seenProgress = false;
    const widget = document.querySelector('corroborate-widget');
    const bar = () => widget.shadowRoot && widget.shadowRoot.querySelector('progress');
    const poll = setInterval(() => { if (bar() && !bar().hidden) window.seenProgress = true; }, 5);
    widget.addEventListener('corroborate-ready', (e) => { if (!filled) return; clearInterval(poll); window.done = { claims: e.detail.report.sentences.filter((s) => s.doc === e.detail.report.documents.findIndex((d) => d.id === '000_2937b8b2345c0e58') && s.kind === 'claim').length, highlights: ['single', 'several', 'all'].reduce((n, l) => n + (CSS.highlights.get('corroborate-' + l)?.size ?? 0), 0), progressHidden: bar().hidden }; });
    // Before the article is filled in, the widget rightly reports an empty article.
    let filled = false;
    widget.addEventListener('corroborate-error', (e) => { if (filled) window.done = { error: e.detail.message }; });
    const text = (await (await fetch('/sources.json')).json())[0].text;
    const story = document.getElementById('story');
    for (let i = 0; i < 60; ++i)
      for (const line of text.split('\\n').filter(Boolean)) {
        const p = document.createElement('p');
        p.textContent = line;
        story.append(p);
      }
    window.articleLength = story.textContent.length;
    filled = true;
    widget.refresh();`,
};

let server;
let browser;
let page;
let errors;
before(async () => {
  server = await serve({ mounts: { '/': DIST }, pages: PAGES });
  browser = await launch();
  page = await browser.newPage();
  errors = watchErrors(page);
  await page.goto(`${server.url}/worker.html`);
  await page.waitForFunction(() => window.ready === true);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the worker gives the same report as the page thread', async () => {
  assert.equal(await page.evaluate(() => window.sameReport()), true);
});

test('the worker takes a .wasm response and a table requested before it started', async () => {
  const start = server.requests.length;
  assert.equal(await page.evaluate(() => window.earlyDownloads()), true);
  const wasm = server.requests.slice(start).filter((p) => p.endsWith('.wasm'));
  assert.deepEqual(wasm, ['/corroborate-core.wasm'], 'the worker did not fetch the .wasm again');
});

test('progress rises from 0 to 1 and the page keeps running meanwhile', async () => {
  const r = await page.evaluate(() => window.progressAndResponsiveness());
  assert.equal(r.documents, 60);
  assert.ok(r.progress.length >= 10, `progress events: ${r.progress.length}`);
  assert.equal(r.progress[0], 0);
  assert.equal(r.progress.at(-1), 1);
  for (let i = 1; i < r.progress.length; ++i) assert.ok(r.progress[i] >= r.progress[i - 1]);
  // A 10 ms timer on a free main thread fires about ms/10 times; a frozen one, never.
  assert.ok(r.ticks >= r.ms / 10 / 4, `the page ran ${r.ticks} timer ticks in ${Math.round(r.ms)} ms`);
});

test('aborting cancels with code "cancelled" and the engine works afterwards', async () => {
  const r = await page.evaluate(() => window.cancel());
  assert.deepEqual(r.error, { message: 'corroborate: the analysis was cancelled', code: 'cancelled' });
  assert.equal(r.after, 2);
});

test("worker: 'auto' runs small requests on the page and large ones in one worker, same reports", async () => {
  const r = await page.evaluate(() => window.auto());
  assert.deepEqual(r.usesWorker, [false, true]);
  assert.match(r.version, /^\d+\.\d+/);
  assert.equal(r.afterSmall, 0, 'no worker for a small request');
  assert.equal(r.afterLarge, 1, 'one worker for two large requests');
  assert.equal(r.progressEnd, 1);
  assert.equal(r.sameAsPage, true);
  assert.deepEqual(r.sentences, [4, true]);
});

test('shared: true gives every caller the same engine, and a failed load is tried again', async () => {
  // The first request for the flaky URL fails, later ones are served.
  let failed = false;
  await page.route('**/flaky/corroborate-core.wasm', (route) => {
    if (!failed) {
      failed = true;
      return route.fulfill({ status: 503, body: 'busy' });
    }
    return route.fulfill({ status: 200, contentType: 'application/wasm', body: readFileSync(join(DIST, 'corroborate-core.wasm')) });
  });
  const r = await page.evaluate(() => window.shared());
  await page.unroute('**/flaky/corroborate-core.wasm');
  assert.deepEqual(r, { same: true, notOwn: true, autoIsOther: true, first: 'load', second: 'function', third: true });
});

test('the widget analyses a large article in a worker, with a progress bar', async () => {
  const p = await browser.newPage();
  const pageErrors = watchErrors(p);
  const start = server.requests.length;
  await p.goto(`${server.url}/big.html`);
  await p.waitForFunction(() => window.done !== undefined, null, { timeout: 240_000 });
  const r = await p.evaluate(() => ({ ...window.done, seen: window.seenProgress, length: window.articleLength }));
  assert.equal(r.error, undefined);
  assert.ok(r.length > 200_000, `article length ${r.length}`);
  assert.equal(r.seen, true, 'the progress bar was shown while analysing');
  assert.equal(r.progressHidden, true, 'and hidden once done');
  assert.ok(r.claims > 500, `claims: ${r.claims}`);
  assert.equal(r.highlights, r.claims);
  // The page's engine was loaded first; its worker got the compiled module and the table.
  const requested = server.requests.slice(start);
  for (const file of ['/corroborate-core.wasm', '/corroborate-lexicon.bin'])
    assert.equal(requested.filter((path) => path === file).length, 1, `${file} requested once: ${requested.join(' ')}`);
  assert.deepEqual(pageErrors, []);
  await p.close();
});

test('no console errors', () => {
  // The only one is the browser's note on the 503 the flaky-URL test serves on purpose.
  assert.deepEqual(errors.filter((e) => !/status of 503/.test(e)), []);
});
