#!/usr/bin/env node
// Time from navigation to the demo site's first highlight on screen, against the same site
// with the engine replaced by a stand-in that does no analysis (the floor), in headless
// Chromium: the built site folder (build/wasm/site, as tests/browser/site.test.mjs serves it)
// on loopback under the strict CSP, a fresh browser context per run (no cache: the harness
// sends no-store), the two pages in turn run by run (floor, site, floor, site, ...).
//
//   node bench/site_bench.mjs [--site build/wasm-bench/site] [--runs 11] [--json] [--repeat] [--wait 1000] [--phases]
//
// The floor is the site as built with two files served in their place: corroborate.js, the
// JS API that the page imports, becomes a stand-in whose engine answers each request with the
// report the real engine gave for it (recorded from one load of the real site before the
// runs), parsed from JSON, and corroborate-widget.js is the widget built from web/ by esbuild
// with that stand-in as its engine instead of its own copy of the API. So the floor does all
// the page's and the widget's own work (the bundle, the tabs, reading the article, marking
// the claims, the overview) and none of the engine's: no engine files are requested (the
// page's preloads of them are left out of its index.html), nothing is compiled or analysed. The difference is what the engine costs the site's reader.
//
// `painted` is the frame after the first corroborate-ready (the widget's highlights
// registered), `site-ready` the site's own mark when everything is shown. --repeat measures
// the visit after one earlier visit (widget_bench.mjs's --repeat 1), --wait as there; --phases
// prints the median end of each phase.
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    site: { type: 'string', default: join(ROOT, 'build/wasm-bench/site') },
    runs: { type: 'string', default: '11' },
    json: { type: 'boolean', default: false },
    repeat: { type: 'boolean', default: false },
    wait: { type: 'string', default: '1000' },
    phases: { type: 'boolean', default: false },
  },
});
const site = resolve(opts.site);
const runs = Number(opts.runs);
const { json: asJson, repeat, phases } = opts;
const wait = Number(opts.wait);
if (!existsSync(join(site, 'index.html'))) throw new Error(`no built site at ${site}: build the wasm preset first`);
const { serve, launch, STRICT_CSP } = await import('../tests/browser/harness.mjs');
const { interleave, stats, pairedDifference, formatRange, phaseMedians, printPhases } = await import('./page_timing.mjs');
const esbuild = await import(join(ROOT, 'node_modules/esbuild/lib/main.js'));

const viewport = { width: 1280, height: 900 };
const browser = await launch();
let measured;
let recorded;
try {
  // The reports the real engine gives for the site's requests: the widget's (its first tab)
  // and the page's analysis of the whole bundle.
  const real = await serve({ mounts: { '/': site }, csp: STRICT_CSP });
  try {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${real.url}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    recorded = await page.evaluate(async () => {
      const w = document.querySelector('corroborate-widget');
      const engine = await [...globalThis[Symbol.for('corroborate.registry')].engines.values()][0];
      const { loadBundle } = await import('./widget-bundle.js');
      const bundle = await loadBundle('sources.json', document.baseURI);
      const full = await engine.analyze({ documents: bundle.map(({ id, label, text }) => ({ id, label, text })) });
      return {
        focus: { [w.getAttribute('outlet')]: JSON.stringify(w.report) },
        full: JSON.stringify(full),
        version: engine.version,
      };
    });
    await context.close();
  } finally {
    await real.close();
  }
  const standIn = `// The floor's stand-in for corroborate.js (bench/site_bench.mjs): no engine files, no
// analysis; each request gets the report the real engine gave for it.
const reports = ${JSON.stringify(recorded)};
export const WORKER_THRESHOLD = 200_000;
const engine = {
  version: reports.version,
  usesWorker: () => false,
  async analyze(request) {
    const focus = request.options?.focus;
    const json = focus === undefined ? reports.full : reports.focus[focus];
    if (json === undefined) throw new Error('the stand-in has no report for this request');
    return JSON.parse(json);
  },
  terminate() {},
};
export function loadCorroborate() { return Promise.resolve(engine); }
`;
  const widget = await esbuild.build({
    entryPoints: [join(ROOT, 'web/corroborate-widget.js')],
    bundle: true, format: 'esm', target: 'es2022', write: false, charset: 'utf8', legalComments: 'none', minify: true,
    plugins: [{
      name: 'stand-in engine',
      setup(build) {
        build.onResolve({ filter: /^\.\/corroborate\.js$/ }, () => ({ path: './corroborate.js', external: true }));
      },
    }],
  });
  // The floor's page asks for no engine file: preloads of them are the engine's cost.
  const floorPage = readFileSync(join(site, 'index.html'), 'utf8')
    .split('\n').filter((line) => !/<link rel="(module)?preload" href="corroborate-(core|lexicon)/.test(line)).join('\n');
  const server = await serve({
    mounts: { '/site/': site, '/floor/': site },
    pages: {
      '/floor/': floorPage, '/floor/index.html': floorPage,
      '/floor/corroborate.js': standIn, '/floor/corroborate-widget.js': widget.outputFiles[0].text,
    },
    csp: STRICT_CSP, cache: repeat,
  });
  try {
    measured = await interleave(browser, { floor: `${server.url}/floor/`, site: `${server.url}/site/` }, runs, { repeat, wait, viewport });
    const engineFiles = measured.floor.flatMap((s) => s.resources).filter((r) => /corroborate-(core|lexicon)/.test(r.file));
    if (engineFiles.length) throw new Error(`the floor requested engine files: ${engineFiles.map((r) => r.file)}`);
  } finally {
    await server.close();
  }
} finally {
  await browser.close();
}

const siteReady = (s) => s.marks.find((m) => m.name === 'site-ready')?.at;
for (const samples of Object.values(measured)) for (const s of samples) s.site_ready = siteReady(s);
const result = { runs, repeat };
for (const [name, samples] of Object.entries(measured)) {
  result[name] = { claims: samples[0].claims, painted: stats(samples, 'painted'), site_ready: stats(samples, 'site_ready') };
  if (phases) result[name].phases = phaseMedians(samples);
}
result.painted_above_floor = pairedDifference(measured.floor, measured.site, 'painted');
result.site_ready_above_floor = pairedDifference(measured.floor, measured.site, 'site_ready');
if (asJson) console.log(JSON.stringify(result));
else {
  console.log(`${repeat ? 'repeat visit: ' : ''}demo site (${site}), ${runs} runs of each, in turn; medians (min-max):`);
  for (const name of ['floor', 'site']) {
    console.log(`  ${name === 'floor' ? 'floor (stand-in engine)' : 'site'}: first highlight painted ${formatRange(result[name].painted)}, site-ready ${formatRange(result[name].site_ready)}`);
  }
  console.log(`  site minus floor, run by run: first highlight painted ${formatRange(result.painted_above_floor)}, site-ready ${formatRange(result.site_ready_above_floor)}`);
  if (phases) for (const name of ['floor', 'site']) printPhases(`${name} phases`, measured[name]);
}
