// The hand-written declarations (dist/corroborate.d.ts, dist/corroborate-widget.d.ts) against
// the modules at run time in Chromium: every value each module exports is declared and every
// declared one exported; the members of each engine and of the element are the ones declared,
// no more and no fewer, with a setter exactly where a property is not readonly; every declared
// load option is one that loadCorroborate reads. A declaration that the code does not match
// fails here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, watchErrors, DIST } from './harness.mjs';

/**
 * The top-level declarations of a .d.ts: {values: names exported as values (functions,
 * consts, classes), types: {Name: {members: {name: {readonly, optional, method, static}}}}}
 * for interfaces and classes. Written for these two files: one declaration per line.
 */
function declarations(source) {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const values = new Set();
  const types = {};
  let depth = 0;
  let parens = 0;  // a signature that goes on over several lines
  let current = null;
  for (const line of text.split('\n')) {
    if (depth === 0) {
      const value = line.match(/^export\s+(?:declare\s+)?(?:function|const|class)\s+(\w+)/);
      if (value) values.add(value[1]);
      const type = line.match(/^export\s+(?:declare\s+)?(?:interface|class)\s+(\w+)(?:\s+extends\s+([\w, ]+?))?\s*\{/);
      if (type) {
        current = { members: {}, extends: type[2] ? type[2].split(',').map((t) => t.trim()) : [] };
        types[type[1]] = current;
      }
    } else if (depth === 1 && parens === 0 && current) {
      const m = line.match(/^\s+(static\s+)?(readonly\s+)?(\w+)(\?)?\s*(<[^>]*>)?\s*([(:])/);
      if (m) {
        current.members[m[3]] ??= { static: Boolean(m[1]), readonly: Boolean(m[2]), optional: Boolean(m[4]), method: m[6] === '(' };
      }
    }
    for (const c of line) {
      if (c === '{') ++depth;
      else if (c === '}') --depth;
      else if (c === '(') ++parens;
      else if (c === ')') --parens;
    }
    if (depth === 0) current = null;
  }
  return { values, types };
}

/** All members of an interface, those of the interfaces it extends included (by name, in this file). */
function membersOf(decl, name) {
  const type = decl.types[name];
  assert.ok(type, `${name} is declared`);
  let members = { ...type.members };
  for (const base of type.extends) if (decl.types[base]) members = { ...membersOf(decl, base), ...members };
  return members;
}

const api = declarations(readFileSync(join(DIST, 'corroborate.d.ts'), 'utf8'));
const widget = declarations(readFileSync(join(DIST, 'corroborate-widget.d.ts'), 'utf8'));

const PAGES = {
  '/types.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>types</title>' +
    '<script type="module" src="/types-page.js"></script></head><body><main><h1>types</h1></main></body></html>',
  '/types-page.js': `
    import * as api from '/corroborate.js';
    import * as widgetModule from '/corroborate-widget.js';
    // The public members of an object: own properties and those of its classes, up to (not
    // including) Object.prototype or \`stop\`; {name: {get, set, method}}.
    function members(object, stop = Object.prototype) {
      const out = {};
      for (let o = object; o && o !== stop; o = Object.getPrototypeOf(o)) {
        for (const name of Object.getOwnPropertyNames(o)) {
          if (name === 'constructor' || name in out) continue;
          const d = Object.getOwnPropertyDescriptor(o, name);
          out[name] = { method: typeof d.value === 'function', get: Boolean(d.get) || 'value' in d, set: Boolean(d.set) || (Boolean(d.writable) && typeof d.value !== 'function') };
        }
      }
      return out;
    }
    window.runtime = async () => {
      const page = await api.loadCorroborate();
      const worker = await api.loadCorroborate({ worker: true });
      const auto = await api.loadCorroborate({ worker: 'auto' });
      const out = {
        apiExports: Object.keys(api), widgetExports: Object.keys(widgetModule),
        Engine: members(page), WorkerEngine: members(worker), AutoEngine: members(auto),
        widget: members(document.createElement('corroborate-widget'), HTMLElement.prototype),
        widgetStatic: Object.getOwnPropertyNames(widgetModule.CorroborateWidget).filter((n) => !['length', 'name', 'prototype'].includes(n)),
        observed: widgetModule.CorroborateWidget.observedAttributes,
        inherited: ['addEventListener', 'removeEventListener'].filter((n) => typeof HTMLElement.prototype[n] === 'function'),
        tag: customElements.get('corroborate-widget') === widgetModule.CorroborateWidget,
        threshold: api.WORKER_THRESHOLD,
      };
      worker.terminate();
      auto.terminate();
      return out;
    };
    window.ready = true;`,
};

let server;
let browser;
let page;
let errors;
let runtime;
before(async () => {
  server = await serve({ mounts: { '/': DIST }, pages: PAGES });
  browser = await launch();
  page = await browser.newPage();
  errors = watchErrors(page);
  await page.goto(`${server.url}/types.html`);
  await page.waitForFunction(() => window.ready === true);
  runtime = await page.evaluate(() => window.runtime());
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const sorted = (xs) => [...xs].sort();

test('corroborate.d.ts declares exactly the values corroborate.js exports', () => {
  assert.deepEqual(sorted(api.values), sorted(runtime.apiExports));
  assert.equal(typeof runtime.threshold, 'number');
});

test('corroborate-widget.d.ts declares exactly the values corroborate-widget.js exports', () => {
  assert.deepEqual(sorted(widget.values), sorted(runtime.widgetExports));
  assert.equal(runtime.tag, true, 'the exported class is the defined element');
});

// Compares declared members with run-time ones: same names; a readonly property has no
// setter and a writable one has; a method is a function.
function sameMembers(declared, actual, what) {
  assert.deepEqual(sorted(Object.keys(declared)), sorted(Object.keys(actual)), `${what}: declared vs run-time members`);
  for (const [name, d] of Object.entries(declared)) {
    const a = actual[name];
    if (d.method) assert.equal(a.method, true, `${what}.${name} is a method`);
    else {
      assert.equal(a.method, false, `${what}.${name} is a property`);
      assert.equal(a.set, !d.readonly, `${what}.${name} is ${d.readonly ? 'readonly' : 'writable'}`);
    }
  }
}

for (const name of ['Engine', 'WorkerEngine', 'AutoEngine']) {
  test(`${name}: the declared members are the engine's`, () => {
    // Optional members would say "maybe": the declarations say which engine has what.
    const declared = membersOf(api, name);
    for (const [member, d] of Object.entries(declared)) assert.equal(d.optional, false, `${name}.${member} is not optional`);
    sameMembers(declared, runtime[name], name);
  });
}

test('CorroborateWidget: the declared members are the element\'s (its own, and the inherited ones it declares)', () => {
  const declared = membersOf(widget, 'CorroborateWidget');
  const statics = Object.fromEntries(Object.entries(declared).filter(([, d]) => d.static));
  const own = Object.fromEntries(Object.entries(declared).filter(([n, d]) => !d.static && !runtime.inherited.includes(n)));
  sameMembers(own, runtime.widget, 'CorroborateWidget');
  assert.deepEqual(sorted(Object.keys(statics)), sorted(runtime.widgetStatic));
  // Each observed attribute has its property.
  for (const attribute of runtime.observed) assert.ok(own[attribute] && !own[attribute].readonly, `property ${attribute}`);
});

test('LoadOptions declares exactly the options loadCorroborate reads', () => {
  const source = readFileSync(join(DIST, 'corroborate.js'), 'utf8');
  const read = new Set();
  const pattern = source.match(/async function load\(\{([^}]*)\}/);
  assert.ok(pattern, 'load() takes its options by destructuring');
  for (const part of pattern[1].split(',')) read.add(part.trim().split(/\s*=/)[0]);
  const entry = source.slice(source.indexOf('export function loadCorroborate('), source.indexOf('async function load('));
  for (const m of entry.matchAll(/options\.(\w+)/g)) read.add(m[1]);
  assert.deepEqual(sorted(Object.keys(membersOf(api, 'LoadOptions'))), sorted(read));
});

test('no console errors', () => {
  assert.deepEqual(errors, []);
});
