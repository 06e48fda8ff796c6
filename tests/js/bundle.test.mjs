// The browser's reader of source bundles (web/widget-bundle.js, which the widget and the site
// both use) against the shared fixtures of docs/bundle.md: tests/fixtures/bundles/bad.json
// (each bundle fails with a message containing its phrase) and good.json (each bundle reads
// as the listed normalised sources). The command line's reader is tested on the same files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseBundle, checkBundle, loadBundle } from '../../web/widget-bundle.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/bundles/', import.meta.url));
const bad = JSON.parse(readFileSync(join(FIXTURES, 'bad.json'), 'utf8'));
const good = JSON.parse(readFileSync(join(FIXTURES, 'good.json'), 'utf8'));

test('the fixtures cover every rule of docs/bundle.md', () => {
  const phrases = new Set(bad.map((c) => c.error.replace(/\d+/g, 'N').replace(/repeats the id ".*"$/, 'repeats the id "x"')));
  for (const phrase of [
    'is not valid JSON', 'must be a list of sources', 'lists no sources', 'source N is not an object',
    'source N has no id', 'source N repeats the id "x"', 'source N: "text" must be a string',
    'source N: "file" must be a string', 'source N: "label" must be a string', 'source N: "title" must be a string',
    'source N: "url" must be a string', 'source N has no text', 'source N has both "text" and "file"',
  ]) assert.ok(phrases.has(phrase), `a bad bundle for "${phrase}"`);
  assert.ok(good.length >= 5);
});

for (const { name, bundle, error } of bad) {
  test(`bad: ${name}`, () => {
    assert.throws(() => parseBundle(bundle, 'fixture.json'), (e) => {
      assert.ok(e instanceof Error);
      assert.ok(e.message.includes(error), `"${e.message}" contains "${error}"`);
      assert.ok(e.message.includes('fixture.json'), `"${e.message}" names the bundle`);
      return true;
    });
  });
}

for (const { name, bundle, sources } of good) {
  test(`good: ${name}`, () => {
    assert.deepEqual(parseBundle(bundle), sources);
  });
}

test('in the browser a source that names only a file has no text', () => {
  assert.throws(() => checkBundle([{ id: 'a', text: 'A.' }, { id: 'b', file: 'b.txt' }], 'b.json'),
    /The source bundle b\.json: source 2 has no text \(it names a file/);
});

test('the bundle the build ships reads as the sources/ manifest lists it', () => {
  const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../sources/sources.json', import.meta.url)), 'utf8'));
  const shipped = join(process.env.CORROBORATE_DIST ?? 'build/wasm/dist', 'sources.json');
  assert.ok(existsSync(shipped), `${shipped} is built`);
  const sources = parseBundle(readFileSync(shipped, 'utf8'), 'sources.json');
  assert.deepEqual(sources.map((s) => [s.id, s.label, s.title]), manifest.sources.map((s) => [s.id, s.label || s.id, s.title ?? '']));
  for (const s of sources) assert.ok(s.text.length > 500, `${s.id} has its text`);
});

test('loadBundle: one request for widgets asking at once, a fresh one later; HTTP errors and bad JSON name the URL', async () => {
  const hits = [];
  const server = createServer((req, res) => {
    hits.push(req.url);
    if (req.url === '/ok.json') {
      setTimeout(() => res.end('[{"id": "a", "text": "A."}]'), 20);
    } else if (req.url === '/bad.json') {
      res.end('[{"id": ');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}/page.html`;
  try {
    const [a, b] = await Promise.all([loadBundle('ok.json', base), loadBundle('/ok.json', base)]);
    assert.deepEqual(a, [{ id: 'a', label: 'a', title: '', url: '', text: 'A.' }]);
    assert.deepEqual(b, a);
    assert.notEqual(a, b, 'each caller gets its own copy');
    assert.deepEqual(hits, ['/ok.json']);
    await loadBundle('ok.json', base);
    assert.deepEqual(hits, ['/ok.json', '/ok.json'], 'a later call asks again');
    await assert.rejects(loadBundle('missing.json', base), /Could not load the source bundle missing\.json: HTTP 404\./);
    await assert.rejects(loadBundle('bad.json', base), /The source bundle bad\.json is not valid JSON/);
    await assert.rejects(loadBundle('http://[nope', base), /The sources attribute "http:\/\/\[nope" is not a valid URL\./);
  } finally {
    await new Promise((ok) => server.close(ok));
  }
});
