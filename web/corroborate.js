// corroborate's JavaScript API: the WebAssembly core behind one Promise-based function.
//
//   import { loadCorroborate } from './corroborate.js';
//   const engine = await loadCorroborate();
//   const report = await engine.analyze({ documents: [{ id: 'a', label: 'Outlet A', text }] });
//   for (const s of report.sentences) console.log(s.level, text.slice(s.start16, s.end16));
//
// The report is the JSON contract of docs/report.md, the same as `corroborate analyze
// --format json`, synonyms included. Nothing is fetched or compiled before loadCorroborate()
// is called, and the synonym table (corroborate-lexicon.txt) not before the first analysis;
// glue (corroborate-core.mjs), .wasm and table default to the files next to this module.
// Works in pages and (module) Web Workers under script-src 'self' 'wasm-unsafe-eval'.

const here = (file) => new URL(file, import.meta.url).href;

// Compiled modules by URL: engines loaded from the same .wasm share one compilation.
const compiled = new Map();

/**
 * Loads the engine. Options (all optional): `moduleUrl` of corroborate-core.mjs, `wasmUrl`
 * of corroborate-core.wasm, `wasmBinary` (the .wasm bytes, e.g. in node, instead of a fetch),
 * `lexiconUrl` of corroborate-lexicon.txt, `lexicon` (the table's text instead of a fetch,
 * or false for no synonyms, which changes scores: the CLI always uses the table).
 */
export async function loadCorroborate({ moduleUrl, wasmUrl, wasmBinary, lexiconUrl, lexicon } = {}) {
  try {
    const [{ default: createCore }, module] = await Promise.all([
      import(String(moduleUrl ?? here('./corroborate-core.mjs'))),
      wasmBinary ? WebAssembly.compile(wasmBinary) : compileOnce(String(wasmUrl ?? here('./corroborate-core.wasm'))),
    ]);
    const instantiate = () => new Promise((resolve, reject) => {
      createCore({
        // The glue would fetch the .wasm itself; hand it the compiled module instead, so
        // a restart after a crash costs no download and no compilation.
        instantiateWasm(imports, receive) {
          WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module), reject);
          return {};
        },
      }).then(resolve, reject);
    });
    const table = lexicon === false ? () => null
      : typeof lexicon === 'string' ? () => lexicon
      : fetchTextOnce(String(lexiconUrl ?? here('./corroborate-lexicon.txt')));
    return new Engine(await instantiate(), instantiate, table);
  } catch (cause) {
    let message = `cannot load the engine: ${cause?.message ?? cause}`;
    if (cause instanceof WebAssembly.CompileError && /unsafe-eval|CSP|Content Security/i.test(cause.message))
      message += " (the Content-Security-Policy must allow 'wasm-unsafe-eval')";
    throw toError(message, 'load', cause);
  }
}

function compileOnce(url) {
  let promise = compiled.get(url);
  if (!promise) {
    promise = compileFrom(url);
    compiled.set(url, promise);
    promise.catch(() => compiled.delete(url));  // a failed download may be retried
  }
  return promise;
}

async function compileFrom(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // Streaming compilation insists on the application/wasm MIME type; some servers do not send it.
  if (WebAssembly.compileStreaming && /^application\/wasm\b/.test(response.headers.get('Content-Type') ?? ''))
    return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

// A function resolving to the text at `url`, fetched on the first call; a failed fetch is
// tried again on the next call.
function fetchTextOnce(url) {
  let promise = null;
  return () => {
    promise ??= fetch(url, { credentials: 'same-origin' }).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.text();
    });
    promise.catch(() => { promise = null; });
    return promise;
  };
}

class Engine {
  #core;
  #instantiate;
  #table;
  #coreHasTable = false;

  constructor(core, instantiate, table) {
    this.#core = core;
    this.#instantiate = instantiate;
    this.#table = table;
    /** The core's version, e.g. "0.1.0" (the report's `generator` names it too). */
    this.version = core.version();
  }

  /**
   * Analyses `{documents: [{id, label, text}], options: {min_score}}` and resolves to the
   * report (docs/report.md). Rejects with an Error naming the problem; the engine stays usable.
   */
  async analyze(request) {
    const outcome = await this.#run(request);
    if (!outcome.ok) throw toError(outcome.error, outcome.code);
    return JSON.parse(outcome.value);
  }

  // Every outcome as data ({ok, value} or {ok: false, error, code}), like the core's.
  async #run(request) {
    const problem = checkRequest(request);
    if (problem) return { ok: false, error: problem, code: 'invalid' };
    let json;
    try {
      json = JSON.stringify(request);
    } catch (e) {  // cycles, BigInt
      return { ok: false, error: `the request cannot be written as JSON: ${e.message}`, code: 'invalid' };
    }
    let table = null;
    try {
      if (!this.#coreHasTable) table = await this.#table();
    } catch (e) {
      return { ok: false, error: `cannot load the synonym table: ${e?.message ?? e}`, code: 'load' };
    }
    try {
      this.#core ??= await this.#instantiate();
      if (!this.#coreHasTable) {
        const loaded = table === null ? { ok: true } : this.#core.loadLexicon(table);
        if (!loaded.ok) return { ok: false, error: `the synonym table: ${loaded.error}`, code: 'load' };
        this.#coreHasTable = true;
      }
      return this.#core.analyze(json);
    } catch (e) {
      // A trap (out of memory, a bug) leaves the instance in an unknown state: drop it and
      // start a fresh one, table included, on the next call.
      this.#core = null;
      this.#coreHasTable = false;
      return { ok: false, error: `the engine failed (${e?.message ?? e}); it restarts on the next call`, code: 'internal' };
    }
  }
}

// What the core cannot report well: JSON.stringify drops or mangles these before C++ sees
// them, or the core could only say "not valid JSON" without naming the field.
function checkRequest(request) {
  if (request === null || typeof request !== 'object' || Array.isArray(request))
    return 'analyze() needs a request object: {documents: [{id, label, text}], options}';
  const { documents } = request;
  if (!Array.isArray(documents)) return 'request.documents must be an array of {id, label, text}';
  for (let i = 0; i < documents.length; ++i) {
    const doc = documents[i];
    const where = `documents[${i}]`;
    if (doc === null || typeof doc !== 'object') return `${where} must be an object {id, label, text}`;
    if (typeof doc.text !== 'string') return `${where}.text must be a string, not ${describe(doc.text)}`;
    for (const field of ['id', 'label', 'text']) {
      const value = doc[field];
      if (typeof value !== 'string') continue;  // id and label: the core names wrong types
      const at = loneSurrogate(value);
      if (at >= 0)
        return `${where}.${field} has a lone surrogate (U+${value.charCodeAt(at).toString(16).toUpperCase()}) ` +
          `at UTF-16 offset ${at}: not valid Unicode text (String.prototype.toWellFormed() replaces it)`;
    }
  }
  return null;
}

// A surrogate not part of a pair: in a /u regular expression a pair is one code point, so
// the class matches only unpaired halves.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

function loneSurrogate(s) {
  if (typeof s.isWellFormed === 'function' && s.isWellFormed()) return -1;
  const m = LONE_SURROGATE.exec(s);
  return m ? m.index : -1;
}

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

// The one place failures become Errors. `code`: "invalid" (malformed request), "limit" (a
// documented input limit, docs/limits.md), "internal" or "load".
function toError(message, code, cause) {
  const error = new Error(`corroborate: ${message}`, cause === undefined ? undefined : { cause });
  error.code = code;
  return error;
}
