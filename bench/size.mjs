#!/usr/bin/env node
// Raw and gzip -9 sizes of what a page downloads to run the engine.
//   node bench/size.mjs [DIST]      (default: build/wasm/dist)
// Exits 1 when the .wasm and the JS glue together exceed the budget of 100 KB gzip.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'build/wasm/dist');
const BUDGET = 100 * 1000;
const files = ['corroborate-core.wasm', 'corroborate-core.mjs', 'corroborate.js'];

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const rows = files.map((name) => {
  const bytes = readFileSync(join(dist, name));
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });

console.log('| file | raw | gzip -9 |\n|---|---:|---:|');
for (const r of [...rows, { name: '**total**', ...total }]) console.log(`| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
const glue = rows[0].gzip + rows[1].gzip;
console.log(`\n.wasm + glue: ${kb(glue)} gzip of a ${kb(BUDGET)} budget`);
if (glue > BUDGET) process.exitCode = 1;
