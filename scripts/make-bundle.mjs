#!/usr/bin/env node
// Turns a sources directory (sources.json manifest + text files) into the source bundle
// the widget and the site load (docs/bundle.md): a JSON list of {id, label, title, text, url?},
// each file's text in place of its name. The result is read back with the browser's reader,
// so a bundle the widget would refuse fails the build instead.
//   node scripts/make-bundle.mjs sources/ out/sources.json
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseBundle } from '../web/widget-bundle.js';

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
const json = JSON.stringify(bundle, null, 1) + '\n';
try {
  parseBundle(json, out);
} catch (e) {
  console.error(`make-bundle: ${e.message}`);
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
