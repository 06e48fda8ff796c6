#!/usr/bin/env node
// Time from navigation to highlights for <corroborate-widget> in headless Chromium: a host
// page with one of the bundled articles (outlet = its id), the widget reading dist/sources.json
// (the five bundled sources), served on loopback under the strict CSP by the browser-test
// harness. Each run is a fresh browser context (no cache: the harness sends no-store), so it
// counts fetching the page, the widget's modules, the bundle and the .wasm, compiling and
// instantiating the engine, the analysis, and marking the claims.
//
//   node bench/widget_bench.mjs [--dist build/wasm-bench/dist] [--runs 11] [--json] [--floor] [--repeat [N]] [--wait 1000] [--trace] [--phases] [--pair] [--baseline DIR] [--js-flags FLAGS]
//
// --floor: the same page and bundle request with a stand-in for the widget that only fetches
// the bundle and fires corroborate-ready: what the browser itself takes on this machine
// (navigation, one module, one fetch, a frame), the part of the target no engine can save.
//
// --repeat [N]: a repeat visit. The server lets the browser cache every file, and each run
// loads the page N times (default 1), waiting a second after each (the browser stores compiled
// code meanwhile), and measures the next load in the same browser context: the HTTP cache and
// V8's code cache at work. Chromium keeps a .wasm's optimised code from the first visit on, but
// a script's compiled code only from the second visit (used from the third): --repeat 2 is a
// reader who comes back often.
// --wait MS: how long that wait is (default 1000).
//
// --pair: the floor and the widget page in turn, run by run (floor, widget, floor, ...), and
// also the median of the run-by-run differences of `painted`: the widget's cost above the floor.
//
// --baseline DIR: also the same page with the widget of another build's dist folder (e.g. the
// previous commit's), in turn with this one run by run, and the median of the run-by-run
// differences of `painted` (this build minus the baseline): one change measured on its own.
//
// --js-flags FLAGS: V8 flags for Chromium (--js-flags=FLAGS), e.g. to see what V8's own
// compilation costs: --wasm-tiering-budget=100000000 optimises nothing during the first analysis.
//
// --trace: also prints the resource-timing entries of the last run (when each file was asked
// for, when the request went out, e.g. after waiting for one of HTTP/1.1's six connections,
// and when its response ended; ms after navigation start): the rounds of requests.
//
// --phases: also the median time after navigation start at which each phase ends, from the
// user timing marks the widget and the JS API set ("corroborate:<phase>", web/README.md; the
// first of each name) and from resource timing (each file's response end), plus `painted`.
//
// Measured in the page with performance.now() (0 = navigation start): `ready` when the widget
// fires corroborate-ready (highlights registered), `painted` at the next animation frame
// after it (the highlights on screen). Prints medians of the runs.
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let dist = resolve(ROOT, 'build/wasm-bench/dist');
let runs = 11;
let asJson = false;
let floor = false;
let trace = false;
let repeat = 0;
let phases = false;
let pair = false;
let baseline = null;
let jsFlags = null;
let wait = 1000;
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--dist') dist = resolve(args[++i]);
  else if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--json') asJson = true;
  else if (args[i] === '--floor') floor = true;
  else if (args[i] === '--trace') trace = true;
  else if (args[i] === '--repeat') repeat = /^\d+$/.test(args[i + 1] ?? '') ? Number(args[++i]) : 1;
  else if (args[i] === '--phases') phases = true;
  else if (args[i] === '--pair') pair = true;
  else if (args[i] === '--baseline') baseline = resolve(args[++i]);
  else if (args[i] === '--js-flags') jsFlags = args[++i];
  else if (args[i] === '--wait') wait = Number(args[++i]);
}
process.env.CORROBORATE_DIST = dist;
const { serve, launch, STRICT_CSP } = await import('../tests/browser/harness.mjs');
const { median, interleave, pairedDifference, formatRange, phaseMedians, printPhases } = await import('./page_timing.mjs');

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const bundle = JSON.parse(readFileSync(join(dist, 'sources.json'), 'utf8'));
const story = bundle[0];
const page = (script) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Widget benchmark</title>
  <script type="module" src="${script}"></script>
</head>
<body>
  <article id="story">
${story.text.split('\n').filter((l) => l.trim()).map((l) => `    <p>${esc(l)}</p>`).join('\n')}
  </article>
  <corroborate-widget article="#story" sources="/dist/sources.json" outlet="${esc(story.id)}"></corroborate-widget>
</body>
</html>`;

const floorModule = `const b = await (await fetch('/dist/sources.json')).json();
dispatchEvent(new CustomEvent('corroborate-ready', { detail: { counts: { sources: b.length } } }));`;
const server = await serve({
  mounts: { '/dist/': dist, ...(baseline ? { '/base/': baseline } : {}) },
  pages: {
    '/story.html': page('/dist/corroborate-widget.js'), '/floor.html': page('/floor.js'), '/floor.js': floorModule,
    '/base.html': page('/base/corroborate-widget.js').replace('sources="/dist/', 'sources="/base/'),
  },
  csp: STRICT_CSP, cache: repeat,
});
const variants = {};
if (floor || pair) variants.floor = `${server.url}/floor.html`;
if (baseline) variants.baseline = `${server.url}/base.html`;
if (!floor || pair) variants.widget = `${server.url}/story.html`;
const browser = await launch({ args: jsFlags ? [`--js-flags=${jsFlags}`] : [] });
let measured;
try {
  measured = await interleave(browser, variants, runs, { repeat, wait });
} finally {
  await browser.close();
  await server.close();
}

const summarise = (samples) => {
  const out = {
    runs,
    claims: samples[0].claims,
    highlights: samples[0].highlights,
    dom_interactive_ms: median(samples.map((s) => s.dom_interactive)),
    ready_ms: median(samples.map((s) => s.ready)),
    painted_ms: median(samples.map((s) => s.painted)),
    painted_min_ms: Math.min(...samples.map((s) => s.painted)),
    painted_max_ms: Math.max(...samples.map((s) => s.painted)),
  };
  if (trace) out.trace = samples.at(-1).resources;
  if (phases) out.phases = phaseMedians(samples);
  return out;
};
const results = Object.fromEntries(Object.entries(measured).map(([name, samples]) => [name, summarise(samples)]));
if (pair) results.painted_above_floor = pairedDifference(measured.floor, measured.widget, 'painted');
if (baseline) results.painted_above_baseline = pairedDifference(measured.baseline, measured.widget, 'painted');
if (asJson) console.log(JSON.stringify(pair || baseline ? results : Object.values(results)[0]));
else {
  for (const [name, result] of Object.entries(results)) {
    if (name.startsWith('painted_above_')) continue;
    const samples = measured[name];
    console.log(`${repeat ? `repeat visit (after ${repeat}): ` : ''}${name === 'floor' ? 'floor (no engine) ' : ''}${name === 'baseline' ? `baseline (${baseline}) ` : ''}widget on ${story.id} (${result.claims} claims) against ${bundle.length - 1} outlets, ${runs} runs, medians:`);
    console.log(`  DOM interactive ${result.dom_interactive_ms.toFixed(1)} ms, corroborate-ready ${result.ready_ms.toFixed(1)} ms, highlights painted ${result.painted_ms.toFixed(1)} ms (min ${result.painted_min_ms.toFixed(1)}, max ${result.painted_max_ms.toFixed(1)})`);
    if (phases) printPhases('phases', samples);
    if (trace) {
      const last = samples.at(-1);
      console.log(`  last run: requests (asked, sent, response end; ms), painted at ${last.painted.toFixed(1)}:`);
      for (const r of result.trace) {
        console.log(`    ${[r.start, r.sent, r.end].map((t) => t.toFixed(1).padStart(7)).join(' ')}  ${r.file}`);
      }
    }
  }
  if (pair) console.log(`widget painted minus floor painted, run by run: median ${formatRange(results.painted_above_floor)}`);
  if (baseline) console.log(`widget painted minus baseline painted, run by run: median ${formatRange(results.painted_above_baseline)}`);
}
