// The published package (web/package.json, built into dist): what `npm pack` would ship must
// hold every export target and every module the widget and the API import, or a site that
// installs it from npm gets a broken widget while the dist folder works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DIST } from './harness.mjs';

const pkg = JSON.parse(readFileSync(join(DIST, 'package.json'), 'utf8'));

/**
 * Files of dist that `entry` names ('./x.mjs', './x.wasm': imports, and URLs made from
 * import.meta.url), followed through the modules among them. String literals, not call
 * shapes: the widget's module is minified, so its helpers have other names.
 */
function importGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(DIST, file), 'utf8');
    for (const m of source.matchAll(/['"`]\.\/([\w.-]+\.(?:m?js|wasm|bin|json))['"`]/g)) {
      if (m[1].endsWith('.js') || m[1].endsWith('.mjs')) visit(m[1]);
      else seen.add(m[1]);
    }
  };
  visit(entry);
  return seen;
}

test('package.json names the package and exports the API, the widget and the bundle', () => {
  assert.equal(pkg.name, 'corroborate');
  assert.equal(pkg.type, 'module');
  assert.deepEqual(Object.keys(pkg.exports).sort(), ['.', './package.json', './sources.json', './widget']);
  for (const [key, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(existsSync(join(DIST, file)), `exports["${key}"] -> ${file} exists in dist`);
    }
  }
  assert.ok(existsSync(join(DIST, pkg.types)));
});

test('npm pack ships every file the widget and the API load', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: DIST, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent', npm_config_update_notifier: 'false' },
  }));
  const shipped = new Set(packed.files.map((f) => f.path));
  const widget = importGraph('corroborate-widget.js');
  const api = importGraph('corroborate.js');
  for (const graph of [widget, api]) {
    for (const file of ['corroborate-core.mjs', 'corroborate-core.wasm', 'corroborate-lexicon.bin', 'corroborate-worker.js'])
      assert.ok(graph.has(file), `${file} in the import graph: ${[...graph]}`);
  }
  const needed = new Set([...widget, ...api]);
  for (const file of [...needed, 'corroborate.d.ts', 'corroborate-widget.d.ts', 'sources.json', 'README.md']) {
    assert.ok(shipped.has(file), `${file} is in the package`);
  }
  for (const file of shipped) assert.ok(existsSync(join(DIST, file)), `${file} exists`);
});
