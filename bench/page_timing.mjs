// What bench/widget_bench.mjs and bench/site_bench.mjs share: loading a page in a fresh
// browser context and reading, in the page, when its first `corroborate-ready` event fired
// and when the next animation frame after it ran (the highlights on screen), the user timing
// marks of the widget and the JS API ("corroborate:<phase>", web/README.md) and resource
// timing; running several variants of a page interleaved, run by run; medians.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Set up in every page before its scripts run: the first corroborate-ready (a page may analyse
// again later, the demo site on every tab) and the frame after it.
function watchReady() {
  window.__bench = {};
  addEventListener('corroborate-error', (e) => { window.__bench.error = e.detail.message; }, true);
  addEventListener('corroborate-ready', (e) => {
    if (window.__bench.ready !== undefined) return;
    window.__bench.ready = performance.now();
    window.__bench.claims = Object.values(e.detail.counts).reduce((a, b) => a + b, 0);
    requestAnimationFrame(() => {
      window.__bench.painted = performance.now();
      console.debug(DONE);
    });
  }, true);
  addEventListener('corroborate-error', () => console.debug(DONE), true);
}

// The page says it is done on the console, which the driver hears without running anything in
// the page: a waitForFunction would inject and compile the driver's script (10-20 ms of the
// page's thread on these machines) while the page is still loading, in the middle of what
// is measured.
const DONE = '__bench_done';
const painted = (p) => p.waitForEvent('console', { predicate: (m) => m.text() === DONE, timeout: 30000 });

/**
 * Loads `url` in a fresh context of `browser` and returns its timings (ms after navigation
 * start): {ready, painted, claims, dom_interactive, highlights, resources, marks}. `repeat`:
 * the number of visits before the measured one, in the same context, each followed by a
 * wait of `wait` ms (the browser stores compiled code meanwhile); true is 1. Chromium stores
 * a script's compiled code on its second visit and uses it from the third on; a .wasm's,
 * once it is optimised, during the first.
 */
export async function measure(browser, url, { repeat = 0, wait = 1000, viewport = { width: 1100, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  try {
    const p = await context.newPage();
    await p.addInitScript(`(() => { const DONE = ${JSON.stringify(DONE)}; (${watchReady})(); })();`);
    await Promise.all([painted(p), p.goto(url, { waitUntil: 'commit' })]);
    for (let v = 0; v < Number(repeat); ++v) {
      await p.waitForTimeout(wait);
      await Promise.all([painted(p), p.goto(url, { waitUntil: 'commit' })]);
    }
    const m = await p.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        ...window.__bench,
        dom_interactive: nav.domInteractive,
        highlights: CSS.highlights ? [...CSS.highlights.keys()].length : 0,
        resources: performance.getEntriesByType('resource').map((e) => ({
          file: new URL(e.name).pathname, start: e.startTime, sent: e.requestStart, end: e.responseEnd,
        })),
        marks: performance.getEntriesByType('mark')
          .map((e) => ({ name: e.name, at: e.startTime })),
      };
    });
    if (m.error) throw new Error(`${url}: widget error: ${m.error}`);
    return m;
  } finally {
    await context.close();
  }
}

/**
 * Measures each of `variants` ({name: url}) `runs` times, taking turns run by run (A, B, A,
 * B, ...), so a machine that gets busier slows all alike. One round before them warms the
 * browser up and is dropped. Returns {name: [sample, ...]}.
 */
export async function interleave(browser, variants, runs, options) {
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let r = 0; r < runs + 1; ++r) {
    for (const [name, url] of Object.entries(variants)) {
      const m = await measure(browser, url, options);
      if (r > 0) samples[name].push(m);
    }
  }
  return samples;
}

/** Median, min and max of `key` over `samples`. */
export function stats(samples, key) {
  const xs = samples.map((s) => s[key]);
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

/**
 * For paired variants (run i of `a` next to run i of `b`): median, min and max of b - a in
 * `key`, run by run.
 */
export function pairedDifference(a, b, key) {
  const ds = b.map((s, i) => s[key] - a[i][key]);
  return { median: median(ds), min: Math.min(...ds), max: Math.max(...ds) };
}

const range = ({ median: m, min, max }) => `${m.toFixed(1)} ms (${min.toFixed(1)}-${max.toFixed(1)})`;
export { range as formatRange };

/**
 * Per phase, the median, min and max over the runs of when it ended, in the order of the
 * medians: the first user timing mark of each name, each file's response end ("<file>
 * fetched"), `ready` and `painted`. Phases missing from some runs are left out.
 */
export function phaseMedians(runs) {
  const times = new Map();
  for (const run of runs) {
    const seen = new Map();
    for (const m of run.marks) if (!seen.has(m.name)) seen.set(m.name, m.at);
    for (const r of run.resources) if (!seen.has(`${r.file.split('/').pop()} fetched`)) seen.set(`${r.file.split('/').pop()} fetched`, r.end);
    seen.set('ready (event)', run.ready);
    seen.set('painted (next frame)', run.painted);
    for (const [name, at] of seen) {
      if (!times.has(name)) times.set(name, []);
      times.get(name).push(at);
    }
  }
  return [...times].filter(([, ts]) => ts.length === runs.length)
    .map(([name, ts]) => ({ name, median: median(ts), min: Math.min(...ts), max: Math.max(...ts) }))
    .sort((a, b) => a.median - b.median);
}

/** Prints phaseMedians(samples) under `title`. */
export function printPhases(title, samples) {
  console.log(`  ${title} (ms after navigation start: median, min-max over the runs):`);
  for (const ph of phaseMedians(samples)) {
    console.log(`    ${ph.median.toFixed(1).padStart(7)}  ${`(${ph.min.toFixed(1)}-${ph.max.toFixed(1)})`.padEnd(15)}  ${ph.name}`);
  }
}
