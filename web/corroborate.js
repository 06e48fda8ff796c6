// corroborate's JavaScript API: the WebAssembly core behind one Promise-based function.
//
//   import { loadCorroborate } from './corroborate.js';
//   const engine = await loadCorroborate();
//   const report = await engine.analyze({ documents: [{ id: 'a', label: 'Outlet A', text }] });
//   for (const s of report.sentences) console.log(s.level, text.slice(s.start16, s.end16));
//
// The report is the JSON contract of docs/report.md, the same as `corroborate analyze
// --format json`, synonyms included. Nothing is fetched or compiled before loadCorroborate()
// is called; then the glue (corroborate-core.mjs), the .wasm (compiled while it streams in)
// and the synonym table (corroborate-lexicon.bin, loaded into the engine at the first
// analysis) are all requested at once. They default to the files next to this module.
// Works in pages and (module) Web Workers under script-src 'self' 'wasm-unsafe-eval'.

const here = (file) => new URL(file, import.meta.url).href;

// User timing: a mark named "corroborate:<phase>" when each phase of loading an engine and
// of its first analysis ends (web/README.md lists them), for DevTools' performance panel and
// the page's own measurements. Once per engine, so a page that analyses often does not fill
// its performance timeline.
function mark(phase) {
  globalThis.performance?.mark?.(`corroborate:${phase}`);
}

// Kept per page (per realm), not per copy of this module: the widget's module carries its own
// copy (dist/corroborate-widget.js is one bundled file), and a page that also imports this
// file must get the same engine.
// - compiled, tables: compiled modules and synonym tables (promises of bytes) by URL: engines
//   loaded from the same files share one compilation and one download, a worker's engine
//   included (both can be posted to it);
// - engines: the engines of callers that ask with `shared: true`, by the files and the mode
//   they load (a promise each; one that fails is forgotten, so the next call tries again).
const registry = (globalThis[Symbol.for('corroborate.registry')] ??= {
  compiled: new Map(), tables: new Map(), engines: new Map(),
});
const { compiled, tables, engines: sharedEngines } = registry;

// Requests this large (UTF-16 code units of all documents' text) run in the Web Worker of a
// `worker: 'auto'` engine, so the page keeps responding; smaller ones are faster on the
// page's thread (no worker start-up). bench/README.md has the timings behind the number.
export const WORKER_THRESHOLD = 200_000;

/**
 * Loads the engine. Options (all optional): `moduleUrl` of corroborate-core.mjs, `wasmUrl`
 * of corroborate-core.wasm, `wasmBinary` (the .wasm bytes, e.g. in node, instead of a fetch),
 * `wasmResponse` (the Response, or a promise of it, of a request for wasmUrl made earlier,
 * instead of a fetch), `wasmModule` (a compiled WebAssembly.Module of the .wasm, instead of a
 * fetch and a compilation), `lexiconUrl` of corroborate-lexicon.bin, `lexicon` (the table's
 * bytes, or a word table's text or bytes, instead of a fetch; or a promise of them or of a
 * Response for lexiconUrl; or false for no synonyms, which changes scores: the CLI always
 * uses the table; a failed promise is fetched from lexiconUrl instead).
 * `worker`: false (the page's thread), true (a module Web Worker) or 'auto' (the page's
 * thread, and a worker, started when first needed, for requests larger than
 * `workerThreshold` UTF-16 code units, default WORKER_THRESHOLD).
 * `shared`: true for the page's one engine for these URLs and this worker mode: every such
 * call resolves to the same engine; a load that failed is tried again by the next call. The
 * other options are used by the call that starts the load.
 */
export function loadCorroborate(options = {}) {
  if (!options.shared) return load(options);
  const key = JSON.stringify([
    String(options.moduleUrl ?? here('./corroborate-core.mjs')), String(options.wasmUrl ?? here('./corroborate-core.wasm')),
    String(options.lexiconUrl ?? here('./corroborate-lexicon.bin')), options.worker ?? false,
    options.worker === 'auto' ? options.workerThreshold ?? WORKER_THRESHOLD : null,
  ]);
  return once(sharedEngines, key, () => load(options));
}

async function load({ moduleUrl, wasmUrl, wasmBinary, wasmResponse, wasmModule, lexiconUrl, lexicon, worker = false, workerThreshold } = {}) {
  const lexiconAt = String(lexiconUrl ?? here('./corroborate-lexicon.bin'));
  const wasmAt = String(wasmUrl ?? here('./corroborate-core.wasm'));
  if (worker === 'auto') {
    const onPage = await load({ moduleUrl, wasmUrl, wasmBinary, wasmResponse, wasmModule, lexiconUrl, lexicon });
    // The worker's engine gets what the page's engine compiled and downloaded (a promise
    // given as the table is remembered as the table at lexiconUrl).
    const inWorker = () => load({
      moduleUrl, wasmUrl, wasmBinary, wasmModule, lexiconUrl, worker: true,
      lexicon: typeof lexicon?.then === 'function' ? undefined : lexicon,
    });
    return new AutoEngine(onPage, inWorker, workerThreshold ?? WORKER_THRESHOLD);
  }
  if (worker) {
    // Responses and promises cannot be posted to the worker: their bytes can.
    try {
      if (wasmResponse && !wasmBinary && !wasmModule) wasmBinary = await bytesOf(await wasmResponse, wasmAt);
      if (typeof lexicon?.then === 'function') lexicon = await tableFrom(lexicon, lexiconAt)().catch(() => undefined);
      // What an engine on this page already compiled or downloaded from the same URLs goes
      // with the worker, which would otherwise fetch and compile it all again.
      if (!wasmBinary && !wasmModule && compiled.has(wasmAt)) wasmModule = await compiled.get(wasmAt).catch(() => undefined);
      if (lexicon === undefined && tables.has(lexiconAt)) lexicon = await tables.get(lexiconAt).catch(() => undefined);
    } catch (cause) {
      throw toError(`cannot load the engine: ${cause?.message ?? cause}`, 'load', cause);
    }
    return WorkerEngine.start({ moduleUrl, wasmUrl, wasmBinary, wasmModule, lexiconUrl, lexicon });
  }
  // The table is not needed before the first analysis, but requested now it arrives while
  // the .wasm compiles instead of after it.
  mark('engine-requested');
  const table = tableFrom(lexicon, lexiconAt);
  table().catch(() => {});  // reported by the first analysis
  try {
    const [{ default: createCore }, module] = await Promise.all([
      import(String(moduleUrl ?? here('./corroborate-core.mjs'))),
      wasmModule ?? (wasmBinary ? WebAssembly.compile(wasmBinary) : compileOnce(wasmAt, wasmResponse)),
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
    const core = await instantiate();
    mark('engine-instantiated');
    return new Engine(core, instantiate, table);
  } catch (cause) {
    let message = `cannot load the engine: ${cause?.message ?? cause}`;
    if (cause instanceof WebAssembly.CompileError && /unsafe-eval|CSP|Content Security/i.test(cause.message))
      message += " (the Content-Security-Policy must allow 'wasm-unsafe-eval')";
    throw toError(message, 'load', cause);
  }
}

// `early`: a Response (or a promise of one) of a request for `url` made before, used instead
// of a fetch unless the module at `url` is compiled or compiling already.
function compileOnce(url, early) {
  return once(compiled, url, () => compileFrom(url, early).then((module) => {
    mark('wasm-compiled');
    return module;
  }));
}

// The promise `cache` keeps for `url`, or make()'s, then kept.
function once(cache, url, make) {
  return cache.get(url) ?? remember(cache, url, make());
}

// Keeps `promise` in `cache` under `url` until it fails: a failed download may be retried.
function remember(cache, url, promise) {
  cache.set(url, promise);
  promise.catch(() => { if (cache.get(url) === promise) cache.delete(url); });
  return promise;
}

async function compileFrom(url, early) {
  const response = checked(await (early ?? fetch(url, { credentials: 'same-origin' })), url);
  // Streaming compilation insists on the application/wasm MIME type; some servers do not send it.
  if (WebAssembly.compileStreaming && /^application\/wasm\b/.test(response.headers.get('Content-Type') ?? ''))
    return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

// The response, if the server answered with success.
function checked(response, url) {
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

// The bytes of a response (a Uint8Array: the engine takes them as they are, with no text
// decoding and encoding).
async function bytesOf(response, url) {
  return new Uint8Array(await checked(response, url).arrayBuffer());
}

// A function resolving to the synonym table, or to null for none. Given text or bytes are the
// table; a given promise (of text, bytes or a Response for `url`) is used while it has not
// failed (and shared as the table at `url`), and after that the table is fetched from `url`.
function tableFrom(lexicon, url) {
  if (lexicon === false) return () => Promise.resolve(null);
  if (typeof lexicon === 'string' || lexicon instanceof Uint8Array) return () => Promise.resolve(lexicon);
  const fetched = () => fetchTable(url);
  if (typeof lexicon?.then !== 'function') return fetched;
  const promise = Promise.resolve(lexicon).then((v) => (v instanceof Response ? bytesOf(v, url) : v));
  let given = promise;
  if (!tables.has(url)) remember(tables, url, promise);
  promise.catch(() => { given = null; });
  return () => given ?? fetched();
}

// The bytes at `url`, fetched once for all engines; a failed fetch is tried again on the
// next call.
function fetchTable(url) {
  return once(tables, url, () => fetch(url, { credentials: 'same-origin' }).then((r) => bytesOf(r, url)).then((bytes) => {
    mark('lexicon-fetched');
    return bytes;
  }));
}

class Engine {
  #core;
  #instantiate;
  #table;
  #coreHasTable = false;
  #analysed = false;  // the first analysis is marked (user timing), later ones are not

  constructor(core, instantiate, table) {
    this.#core = core;
    this.#instantiate = instantiate;
    this.#table = table;
    this.#version = core.version();
  }

  #version;
  /** The core's version, e.g. "0.1.0" (the report's `generator` names it too). */
  get version() { return this.#version; }

  /**
   * Analyses `{documents: [{id, label, text}], options: {min_score, exhaustive, focus}}` and resolves to the
   * report (docs/report.md). Rejects with an Error naming the problem; the engine stays usable.
   * `onProgress(done)` is called with the share of the work done, in [0, 1]; on this thread
   * the page cannot repaint meanwhile, so large inputs want `loadCorroborate({worker: true})`.
   */
  async analyze(request, { onProgress } = {}) {
    const first = !this.#analysed;
    this.#analysed = true;
    const outcome = await this.#run(request, onProgress, first);
    if (!outcome.ok) throw toError(outcome.error, outcome.code);
    const report = JSON.parse(outcome.value);
    if (first) mark('analysis-done');
    return report;
  }

  // Every outcome as data ({ok, value} or {ok: false, error, code}), like the core's.
  async #run(request, onProgress, first) {
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
        const loaded = table === null ? { ok: true } : loadTable(this.#core, table);
        if (!loaded.ok) return { ok: false, error: `the synonym table: ${loaded.error}`, code: 'load' };
        this.#coreHasTable = true;
        if (table !== null) mark('lexicon-loaded');
      }
      if (first) mark('analysis-start');
      const core = this.#core;
      const request = toHeap(core, new TextEncoder().encode(json));
      if (!request) return { ok: false, error: 'out of memory for the request', code: 'limit' };
      // A throwing callback must not unwind through the wasm frames: report, carry on.
      const outcome = typeof onProgress !== 'function'
        ? core.analyze(request.at, request.size)
        : core.analyzeWithProgress(request.at, request.size, (done) => {
          try {
            onProgress(done);
          } catch (e) {
            queueMicrotask(() => { throw e; });
          }
          return true;
        });
      if (!outcome.ok) return outcome;
      // Decoded at once, before anything else can run in the module and move its memory.
      const value = new TextDecoder().decode(core.HEAPU8.subarray(outcome.at, outcome.at + outcome.size));
      core.releaseReport();
      return { ok: true, value };
    } catch (e) {
      // A trap (out of memory, a bug) leaves the instance in an unknown state: drop it and
      // start a fresh one, table included, on the next call.
      this.#core = null;
      this.#coreHasTable = false;
      return { ok: false, error: `the engine failed (${e?.message ?? e}); it restarts on the next call`, code: 'internal' };
    }
  }
}

// Hands the synonym table (bytes, or a word table's text) to the core: copied into its memory
// in one go; the core uses a binary table there in place and keeps the block, and parses a
// word table and frees it.
function loadTable(core, table) {
  const bytes = typeof table === 'string' ? new TextEncoder().encode(table) : table;
  const block = toHeap(core, bytes);
  if (!block) return { ok: false, error: 'out of memory' };
  return core.loadLexicon(block.at, block.size);
}

// Copies bytes into a block of the module's memory from malloc, which the core frees.
function toHeap(core, bytes) {
  const at = core._malloc(Math.max(1, bytes.length));
  if (!at) return null;
  core.HEAPU8.set(bytes, at);
  return { at, size: bytes.length };
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

// The engine in a module Web Worker (corroborate-worker.js): the page keeps repainting and
// responding while a large analysis runs, and progress arrives as messages. A running wasm
// call cannot be interrupted, so cancelling (an AbortSignal) ends the worker; the next
// analysis starts a fresh one.
class WorkerEngine {
  #options;
  #worker = null;
  #ready = null;
  #calls = new Map();  // id -> {resolve, reject, onProgress}
  #next = 1;
  #version;

  /** The core's version, as the worker's engine reports it. */
  get version() { return this.#version; }

  static async start(options) {
    const engine = new WorkerEngine(options);
    engine.#version = await engine.#start();
    return engine;
  }

  constructor(options) {
    // URLs must be absolute: the worker resolves relative ones against its own location.
    this.#options = {
      ...options,
      moduleUrl: options.moduleUrl && String(new URL(options.moduleUrl, globalThis.location?.href)),
      wasmUrl: options.wasmUrl && String(new URL(options.wasmUrl, globalThis.location?.href)),
      lexiconUrl: options.lexiconUrl && String(new URL(options.lexiconUrl, globalThis.location?.href)),
    };
  }

  #start() {
    this.#ready ??= new Promise((resolve, reject) => {
      const worker = new Worker(here('./corroborate-worker.js'), { type: 'module' });
      this.#worker = worker;
      worker.onmessage = ({ data }) => {
        if (data.type === 'ready') return resolve(data.version);
        if (data.type === 'failed-to-start') return reject(toError(data.message, data.code));
        const call = this.#calls.get(data.id);
        if (!call) return;
        if (data.type === 'progress') {
          call.onProgress?.(data.done);
          return;
        }
        this.#calls.delete(data.id);
        if (data.type === 'report') call.resolve(data.report);
        else call.reject(toError(data.message, data.code));
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        this.#stop(toError(`the worker failed: ${event.message ?? 'unknown error'}`, 'internal'));
        reject(toError(`cannot start the worker: ${event.message ?? 'unknown error'}`, 'load'));
      };
      worker.postMessage({ type: 'start', options: this.#options });
    });
    return this.#ready;
  }

  #stop(error) {
    this.#worker?.terminate();
    this.#worker = null;
    this.#ready = null;
    for (const call of this.#calls.values()) call.reject(error);
    this.#calls.clear();
  }

  /** As Engine.analyze, plus `signal`: an AbortSignal that cancels the analysis. */
  async analyze(request, { onProgress, signal } = {}) {
    if (signal?.aborted) throw toError('the analysis was cancelled', 'cancelled');
    await this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#calls.set(id, { resolve, reject, onProgress });
      signal?.addEventListener('abort', () => {
        if (this.#calls.has(id)) this.#stop(toError('the analysis was cancelled', 'cancelled'));
      }, { once: true });
      // A request that cannot be cloned (a function inside, say) is the caller's error.
      try {
        this.#worker.postMessage({ type: 'analyze', id, request });
      } catch (e) {
        this.#calls.delete(id);
        reject(toError(`the request cannot be sent to the worker: ${e.message}`, 'invalid'));
      }
    });
  }

  /** Ends the worker; a later analyze() starts a new one. */
  terminate() {
    this.#stop(toError('the engine was terminated', 'cancelled'));
  }
}

// The page's engine for requests up to `threshold` UTF-16 code units, a worker's above: large
// analyses do not freeze the page, small ones pay no worker start-up. The worker starts at
// the first large request; one that failed to start is started again by the next.
class AutoEngine {
  #onPage;
  #startWorker;
  #worker = null;  // a promise of the WorkerEngine
  #threshold;

  constructor(onPage, startWorker, threshold) {
    this.#onPage = onPage;
    this.#startWorker = startWorker;
    this.#threshold = threshold;
  }

  /** The core's version. */
  get version() { return this.#onPage.version; }

  /** Whether analyze(request) runs in the worker (and so can show progress while it runs). */
  usesWorker(request) {
    const documents = Array.isArray(request?.documents) ? request.documents : [];
    let size = 0;
    for (const doc of documents) if (typeof doc?.text === 'string') size += doc.text.length;
    return size > this.#threshold;
  }

  /** As Engine.analyze; `signal` cancels only requests that run in the worker. */
  async analyze(request, { onProgress, signal } = {}) {
    if (!this.usesWorker(request)) return this.#onPage.analyze(request, { onProgress });
    if (!this.#worker) {
      const starting = this.#startWorker();
      this.#worker = starting;
      starting.catch(() => { if (this.#worker === starting) this.#worker = null; });
    }
    return (await this.#worker).analyze(request, { onProgress, signal });
  }

  /** Ends the worker, if one runs; a later large request starts a new one. */
  terminate() {
    const worker = this.#worker;
    this.#worker = null;
    worker?.then((w) => w.terminate(), () => {});
  }
}

// The one place failures become Errors. `code`: "invalid" (malformed request), "limit" (a
// documented input limit: core/include/corroborate/limits.h, docs/bad-input.md), "internal",
// "load" or "cancelled".
function toError(message, code, cause) {
  const error = new Error(`corroborate: ${message}`, cause === undefined ? undefined : { cause });
  error.code = code;
  return error;
}
