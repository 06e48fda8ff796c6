// The download budget: corroborate-core.wasm + corroborate-core.mjs at most 100 KB gzip -9
// (bench/README.md, "Why the code is built this way", has the measurements behind the flags).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.CORROBORATE_DIST;
const BUDGET = 100 * 1000;

test('.wasm + JS glue fit the 100 KB gzip budget', () => {
  assert.ok(DIST, 'CORROBORATE_DIST must name the built dist folder (ctest sets it)');
  const sizes = ['corroborate-core.wasm', 'corroborate-core.mjs'].map((f) => {
    const gz = gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length;
    assert.ok(gz > 1000, `${f} is suspiciously small (${gz} bytes gzip)`);
    return gz;
  });
  const total = sizes[0] + sizes[1];
  assert.ok(total <= BUDGET, `${total} bytes gzip, over the budget of ${BUDGET} (see bench/README.md)`);
});
