// The engine as users get it: the JS API of the built dist folder (CORROBORATE_DIST, set by
// ctest), loaded in node with the .wasm and the synonym table read from that folder.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DIST = process.env.CORROBORATE_DIST;

/** loadCorroborate() of the built package; `options` override the defaults. */
export async function loadBuiltEngine(options = {}) {
  assert.ok(DIST, 'CORROBORATE_DIST must name the built dist folder (ctest sets it)');
  const { loadCorroborate } = await import(pathToFileURL(join(DIST, 'corroborate.js')));
  return loadCorroborate({
    wasmBinary: readFileSync(join(DIST, 'corroborate-core.wasm')),
    lexicon: readFileSync(join(DIST, 'corroborate-lexicon.bin')),
    ...options,
  });
}
