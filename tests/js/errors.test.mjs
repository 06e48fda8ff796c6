// Bad input gives an Error with a message naming the problem, never a crash, and the same
// engine goes on working.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltEngine, DIST } from './built-engine.mjs';

let engine;
before(async () => {
  engine = await loadBuiltEngine();
});

const GOOD = {
  documents: [
    { id: 'a', label: 'A', text: 'The council approved the budget on Tuesday. Rain is expected.' },
    { id: 'b', label: 'B', text: 'On Tuesday the council approved the budget.' },
  ],
};

async function assertStillWorks() {
  const report = await engine.analyze(GOOD);
  assert.equal(report.documents.length, 2);
  assert.equal(report.sentences[0].text, 'The council approved the budget on Tuesday.');
  assert.equal(report.sentences[0].outlets, 2);
}

const cases = [
  ['text not a string', { documents: [GOOD.documents[0], { id: 'b', text: 42 }] },
    /documents\[1\]\.text must be a string/, 'invalid'],
  ['text missing', { documents: [{ id: 'a' }] }, /documents\[0\]\.text must be a string/, 'invalid'],
  ['no documents', { documents: [] }, /no documents/, 'invalid'],
  ['documents missing', { options: {} }, /documents/, 'invalid'],
  ['not an object', 'just a string', /request object/, 'invalid'],
  ['a 10 MB document', { documents: [{ id: 'huge', text: 'Word after word. '.repeat(10 * (1 << 20) / 17 + 1) }] },
    /huge.*10\.0 MiB.*limit is 4\.0 MiB/, 'limit'],
  ['a lone high surrogate', { documents: [GOOD.documents[0], GOOD.documents[1], { id: 'c', text: 'ok \uD83D here' }] },
    /documents\[2\]\.text has a lone surrogate \(U\+D83D\) at UTF-16 offset 3/, 'invalid'],
  ['a lone low surrogate in a label', { documents: [{ id: 'a', label: 'x\uDE00', text: 'Fine.' }] },
    /documents\[0\]\.label has a lone surrogate/, 'invalid'],
  ['min_score out of range', { ...GOOD, options: { min_score: 7 } }, /min_score/, 'invalid'],
  ['duplicate ids', { documents: [GOOD.documents[0], GOOD.documents[0]] }, /duplicate document id 'a'/, 'invalid'],
  ['a BigInt', { documents: [{ id: 'a', text: 'x', n: 1n }] }, /cannot be written as JSON/, 'invalid'],
];

for (const [name, request, message, code] of cases) {
  test(`${name}: Error, then the engine still works`, async () => {
    await assert.rejects(engine.analyze(request), (e) => {
      assert.ok(e instanceof Error, 'an Error, not a bare value');
      assert.match(e.message, /^corroborate: /);
      assert.match(e.message, message);
      assert.equal(e.code, code);
      return true;
    });
    await assertStillWorks();
  });
}

test('a well-formed surrogate pair is not a lone surrogate', async () => {
  const report = await engine.analyze({ documents: [{ id: 'a', text: 'Launch day 🚀 went well.' }] });
  assert.equal(report.sentences[0].text, 'Launch day 🚀 went well.');
});

test('a broken synonym table: Error naming the table', async () => {
  const broken = await loadBuiltEngine({ lexicon: 'lonely\n' });
  await assert.rejects(broken.analyze(GOOD), (e) => /^corroborate: the synonym table: lexicon line 1/.test(e.message) && e.code === 'load');
});

test('a truncated or corrupt binary table: Error naming the fault, and the next good table works', async () => {
  const table = readFileSync(join(DIST, 'corroborate-lexicon.bin'));
  const cut = await loadBuiltEngine({ lexicon: table.subarray(0, table.length - 1) });
  await assert.rejects(cut.analyze(GOOD), (e) => /^corroborate: the synonym table: lexicon: its header gives \d+ bytes, it has \d+/.test(e.message) && e.code === 'load');
  const flipped = new Uint8Array(table);
  flipped[flipped.length - 1] = 0x41;  // 'A' in the last stem
  const corrupt = await loadBuiltEngine({ lexicon: flipped });
  await assert.rejects(corrupt.analyze(GOOD), (e) => /the synonym table: lexicon: stem \d+ is not letters a-z/.test(e.message) && e.code === 'load');
  const good = await loadBuiltEngine({ lexicon: new Uint8Array(table) });
  assert.deepEqual(await good.analyze(GOOD), await engine.analyze(GOOD));
});

test('the synonym table changes scores; lexicon: false goes without it', async () => {
  // "talks" and "negotiations" share no stem: only the table lets them meet.
  const request = { documents: [
    { id: 'a', text: 'The two leaders agreed to resume trade talks next month.' },
    { id: 'b', text: 'The two leaders agreed to resume trade negotiations next month.' },
  ] };
  const bare = await loadBuiltEngine({ lexicon: false });
  const withTable = (await engine.analyze(request)).sentences[0].support[0].score;
  const without = (await bare.analyze(request)).sentences[0].support[0]?.score ?? 0;
  assert.ok(withTable > without, `with the table ${withTable}, without ${without}`);
});

test('a .wasm that cannot be fetched: loadCorroborate rejects with an Error', async () => {
  // Port 9 (discard) on loopback: nothing listens, the fetch fails at once.
  await assert.rejects(loadBuiltEngine({ wasmBinary: undefined, wasmUrl: 'http://127.0.0.1:9/corroborate-core.wasm' }),
    (e) => e instanceof Error && /^corroborate: cannot load the engine/.test(e.message) && e.code === 'load');
});

test('responses requested earlier: wasmResponse and a lexicon promise give the same report', async () => {
  const wasm = readFileSync(join(DIST, 'corroborate-core.wasm'));
  const table = readFileSync(join(DIST, 'corroborate-lexicon.bin'));
  const request = { documents: [
    { id: 'a', text: 'The two leaders agreed to resume trade talks next month.' },
    { id: 'b', text: 'The two leaders agreed to resume trade negotiations next month.' },
  ] };
  const early = await loadBuiltEngine({
    wasmBinary: undefined,
    wasmUrl: 'http://127.0.0.1:9/never-fetched.wasm',
    wasmResponse: Promise.resolve(new Response(wasm, { headers: { 'Content-Type': 'application/wasm' } })),
    lexicon: Promise.resolve(new Response(table)),
  });
  assert.deepEqual(await early.analyze(request), await engine.analyze(request));
  // A failed early table is fetched from lexiconUrl instead (here: nothing listens there).
  const failed = await loadBuiltEngine({ lexicon: Promise.reject(new Error('gone')), lexiconUrl: 'http://127.0.0.1:9/lexicon.txt' });
  await assert.rejects(failed.analyze(GOOD), (e) => /synonym table: fetch failed/.test(e.message) && e.code === 'load');
});

test('a synonym table that cannot be fetched: Error, and the next analysis fetches it again', async () => {
  const { createServer } = await import('node:http');
  const table = readFileSync(join(DIST, 'corroborate-lexicon.bin'));
  let asked = 0;
  const server = createServer((req, res) => {
    asked += 1;
    if (asked === 1) {
      res.writeHead(503);
      res.end();
    } else {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(table);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  try {
    const lexiconUrl = `http://127.0.0.1:${server.address().port}/corroborate-lexicon.bin`;
    const flaky = await loadBuiltEngine({ lexicon: undefined, lexiconUrl });
    await assert.rejects(flaky.analyze(GOOD), (e) => /synonym table: .*HTTP 503/.test(e.message) && e.code === 'load');
    assert.deepEqual(await flaky.analyze(GOOD), await engine.analyze(GOOD));
    assert.equal(asked, 2);
  } finally {
    server.close();
  }
});

test('a compiled module (wasmModule) is used instead of a fetch and gives the same report', async () => {
  const wasmModule = await WebAssembly.compile(readFileSync(join(DIST, 'corroborate-core.wasm')));
  const request = { documents: [
    { id: 'a', text: 'The two leaders agreed to resume trade talks next month.' },
    { id: 'b', text: 'The two leaders agreed to resume trade negotiations next month.' },
  ] };
  // Nothing listens at wasmUrl: the engine loads only if it takes the module given.
  const given = await loadBuiltEngine({ wasmBinary: undefined, wasmModule, wasmUrl: 'http://127.0.0.1:9/not-compiled-before.wasm' });
  assert.deepEqual(await given.analyze(request), await engine.analyze(request));
});
