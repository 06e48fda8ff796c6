#!/usr/bin/env node
// Turns a sources directory (sources.json manifest + text files) into the source bundle
// the widget and the site load: a JSON list of {id, label, title, text}.
//   node scripts/make-bundle.mjs sources/ out/sources.json
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: make-bundle.mjs SOURCES_DIR OUT.json');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
const bundle = manifest.sources.map(({ id, label, title, file, url }) => {
  const entry = { id, label, title: title || '', text: readFileSync(join(dir, file), 'utf8') };
  if (url) entry.url = url;
  return entry;
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(bundle, null, 1) + '\n');
