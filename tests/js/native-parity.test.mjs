// The wasm report equals the native CLI's JSON report for the five bundled sources: same
// fields, same values, scores to 1e-9. Needs the native CLI (build it with
// `cmake --workflow --preset native`); CORROBORATE_NATIVE_CLI overrides its path.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, loadBuiltEngine } from './built-engine.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLI = process.env.CORROBORATE_NATIVE_CLI ?? join(REPO, 'build/native/cli/corroborate');
const BUNDLE = DIST && join(DIST, 'sources.json');

let engine;
before(async () => {
  engine = await loadBuiltEngine();
});

function nativeReport(...args) {
  // Never skip: without the CLI this comparison would silently prove nothing.
  assert.ok(existsSync(CLI),
    `native CLI not found at ${CLI}: run \`cmake --workflow --preset native\` first, ` +
    'or set CORROBORATE_NATIVE_CLI to its path');
  return JSON.parse(execFileSync(CLI, ['analyze', '--format', 'json', ...args, BUNDLE], {
    encoding: 'utf8', maxBuffer: 64 << 20,
  }));
}

function wasmRequest(options) {
  const bundle = JSON.parse(readFileSync(BUNDLE, 'utf8'));
  return { documents: bundle.map(({ id, label, text }) => ({ id, label, text })), options };
}

// Deep equality where numbers may differ by 1e-9 (libm of wasm and glibc), nothing else may.
function assertSameReport(actual, expected, path = 'report') {
  if (typeof expected === 'number' && typeof actual === 'number') {
    assert.ok(Math.abs(actual - expected) <= 1e-9, `${path}: ${actual} != ${expected}`);
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path} should be an array`);
    assert.equal(actual.length, expected.length, `${path}.length`);
    expected.forEach((e, i) => assertSameReport(actual[i], e, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object' && !Array.isArray(actual), `${path} should be an object`);
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), `${path}: keys`);
    for (const k of Object.keys(expected)) assertSameReport(actual[k], expected[k], `${path}.${k}`);
  } else {
    assert.equal(actual, expected, path);
  }
}

test('the five bundled sources: wasm report == native report', async () => {
  const native = nativeReport();
  const wasm = await engine.analyze(wasmRequest());
  assert.equal(native.documents.length, 5);
  assert.ok(native.sentences.some((s) => s.support.length > 0), 'the sources should corroborate each other');
  assertSameReport(wasm, native);
});

test('with an explicit min_score the reports still agree', async () => {
  const native = nativeReport('--min-score', '0.6');
  const wasm = await engine.analyze(wasmRequest({ min_score: 0.6 }));
  assert.equal(wasm.min_score, 0.6);
  assertSameReport(wasm, native);
});

test('with a focus the reports still agree, and only its claims have support', async () => {
  const focus = JSON.parse(readFileSync(BUNDLE, 'utf8'))[2].id;
  const native = nativeReport('--focus', focus);
  const wasm = await engine.analyze(wasmRequest({ focus }));
  assert.ok(native.sentences.some((s) => s.doc === 2 && s.support.length > 0));
  assert.ok(native.sentences.every((s) => s.doc === 2 || (s.support.length === 0 && s.level === null)));
  assertSameReport(wasm, native);
});

test('the engine reports the core version the CLI reports', () => {
  const cli = execFileSync(CLI, ['--version'], { encoding: 'utf8' }).trim();
  assert.equal(cli, `corroborate ${engine.version}`);
});
