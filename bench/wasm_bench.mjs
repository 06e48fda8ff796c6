#!/usr/bin/env node
// Times the WebAssembly engine under node through the public JS API (web/corroborate.js),
// as a page would call it: engine.analyze({documents}) including the request's JSON, the
// copy into the heap and the report's JSON.parse.
//
//   node bench/wasm_bench.mjs [--dist build/wasm-bench/dist] [--runs 15] [--json] [BUNDLE.json...]
//
// Without bundles: the five bundled sources (sources/). Each input gets a fresh engine, one
// warm-up call, then --runs timed calls; prints the median and min, and the size of the wasm
// heap (linear memory) afterwards: the heap only grows, so that is its peak for the input.
// --json prints one JSON object per input instead of a table.
import { readFileSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let dist = resolve(ROOT, 'build/wasm-bench/dist');
let runs = 15;
let asJson = false;
const bundles = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--dist') dist = resolve(args[++i]);
  else if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--json') asJson = true;
  else bundles.push(resolve(args[i]));
}

// The JS API keeps its instance private; watch WebAssembly.instantiate to find its memory.
const memories = [];
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async function (...a) {
  const result = await instantiate.apply(this, a);
  const instance = result instanceof WebAssembly.Instance ? result : result.instance;
  for (const v of Object.values(instance.exports)) if (v instanceof WebAssembly.Memory) memories.push(v);
  return result;
};

const { loadCorroborate } = await import(pathToFileURL(join(dist, 'corroborate.js')).href);
const wasmBinary = readFileSync(join(dist, 'corroborate-core.wasm'));

function bundledSources() {
  const dir = join(ROOT, 'sources');
  const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
  return manifest.sources.map((s) => ({ id: s.id, label: s.label, text: readFileSync(join(dir, s.file), 'utf8') }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const inputs = bundles.length
  ? bundles.map((p) => ({ name: basename(p, '.json'), documents: JSON.parse(readFileSync(p, 'utf8')) }))
  : [{ name: 'sources5', documents: bundledSources() }];

if (!asJson) console.log('| input | docs | sentences | supports | load ms | median ms | min ms | heap MiB |\n|---|---:|---:|---:|---:|---:|---:|---:|');
for (const input of inputs) {
  const documents = input.documents.map(({ id, label, text }) => ({ id, label: label ?? id, text }));
  const t0 = performance.now();
  // node's fetch cannot read file: URLs; pass the synonym table as a page's fetch would.
  const lexicon = readFileSync(join(dist, 'corroborate-lexicon.bin'));
  const engine = await loadCorroborate({ wasmBinary, lexicon });
  const load = performance.now() - t0;
  const memory = memories.at(-1);
  let report = await engine.analyze({ documents });  // warm-up
  const times = [];
  for (let r = 0; r < runs; ++r) {
    const t = performance.now();
    report = await engine.analyze({ documents });
    times.push(performance.now() - t);
  }
  let supports = 0;
  for (const s of report.sentences) supports += s.support?.length ?? 0;
  const row = {
    input: input.name, docs: documents.length, sentences: report.sentences.length, supports,
    load_ms: load, median_ms: median(times), min_ms: Math.min(...times), runs,
    heap_bytes: memory ? memory.buffer.byteLength : null,
  };
  if (asJson) console.log(JSON.stringify(row));
  else console.log(`| ${row.input} | ${row.docs} | ${row.sentences} | ${row.supports} | ${load.toFixed(1)} | ${row.median_ms.toFixed(2)} | ${row.min_ms.toFixed(2)} | ${row.heap_bytes ? (row.heap_bytes / 2 ** 20).toFixed(1) : '?'} |`);
}
