// Types of corroborate.js. The report is the JSON contract of docs/report.md; the limits on
// input sizes are in core/include/corroborate/limits.h and docs/bad-input.md.
// tests/browser/types.test.mjs checks these declarations against the module at run time.

export interface LoadOptions {
  /** URL of corroborate-core.mjs; default: next to corroborate.js. */
  moduleUrl?: string | URL;
  /** URL of corroborate-core.wasm; default: next to corroborate.js. */
  wasmUrl?: string | URL;
  /** The .wasm bytes, instead of fetching wasmUrl (e.g. in node). */
  wasmBinary?: BufferSource;
  /**
   * The response to a request for wasmUrl made earlier (e.g. `fetch(wasmUrl)` started before
   * this module was loaded), or a promise of it, instead of fetching wasmUrl; compiled while it
   * streams in. Ignored when wasmModule or wasmBinary is given or the module at wasmUrl is compiled already.
   */
  wasmResponse?: Response | PromiseLike<Response>;
  /**
   * The .wasm compiled already (e.g. by another engine), instead of fetching and compiling it.
   * With `worker: true` or `'auto'` this is automatic: a worker gets the module and the synonym
   * table an engine on the page has compiled or downloaded from the same URLs.
   */
  wasmModule?: WebAssembly.Module;
  /** URL of corroborate-lexicon.bin (requested together with the .wasm, loaded into the engine at the first analysis); default: next to corroborate.js. */
  lexiconUrl?: string | URL;
  /**
   * The synonym table instead of fetching it: the bytes of corroborate-lexicon.bin (a binary
   * table) or the text or bytes of a word table (corroborate/lexicon.h), or false for none
   * (scores then differ from the CLI's).
   * May also be a promise of the text, the bytes or a Response for lexiconUrl (a request made
   * earlier); if that fails, the table is fetched from lexiconUrl instead.
   */
  lexicon?: string | Uint8Array | false | PromiseLike<string | Uint8Array | Response>;
  /**
   * Where analyses run: false (default) on the calling thread; true in a module Web Worker
   * (corroborate-worker.js), so the page keeps responding; 'auto' on the calling thread for
   * requests up to `workerThreshold` UTF-16 code units of text and in a worker, started at the
   * first larger request, above (an AutoEngine).
   */
  worker?: boolean | 'auto';
  /** With worker: 'auto': the size, in UTF-16 code units of all documents' text, above which a request runs in the worker; default WORKER_THRESHOLD. */
  workerThreshold?: number;
  /**
   * The page's one engine for these URLs and this worker mode (and threshold): every call
   * with `shared: true` and the same ones resolves to the same engine, loaded once; a load that
   * failed is tried again by the next call. The byte, module and response options are used by
   * the call that starts the load. The widget uses `{shared: true, worker: 'auto'}`.
   */
  shared?: boolean;
}

/** The default `workerThreshold`: 200,000 UTF-16 code units (bench/README.md has the timings behind it). */
export const WORKER_THRESHOLD: number;

export interface DocumentInput {
  /** Unique within the request; default "doc<index>". */
  id?: string;
  label?: string;
  /** Well-formed Unicode; at most 4 MiB as UTF-8 (kMaxDocumentBytes, docs/bad-input.md). */
  text: string;
}

export interface AnalyzeRequest {
  documents: DocumentInput[];
  options?: {
    /** Decision threshold in [0, 1]; default: the model's. */
    min_score?: number;
    /** Compare every claim with every sentence that shares any word (slow; for measuring). */
    exhaustive?: boolean;
    /**
     * The id of the one document whose claims are compared with the others (a page's own
     * article): its claims get the support a full analysis gives them, at a fraction of the
     * work; the other documents' claims come back with outlets 0 and level null.
     */
    focus?: string;
  };
}

/** A range of a document: bytes of its UTF-8 form, and UTF-16 code units (`text.slice(start16, end16)`). */
export interface Range {
  start: number;
  end: number;
  start16: number;
  end16: number;
}

export interface Difference extends Range {
  /** As written in the claim. */
  this: string;
  /** As written in the supporting sentence, which the range locates. */
  other: string;
}

export interface Support {
  doc: number;
  sentence: number;
  sentences: number[];
  score: number;
  shared_text: boolean;
  /** This outlet states one clause of the claim, not all of it. */
  partial: boolean;
  /** With partial: the supported clause, a range of the claim's document. */
  clause?: Range;
  shared: Range[];
  differs: Difference[];
}

export interface Sentence extends Range {
  id: number;
  doc: number;
  paragraph: number;
  text: string;
  kind: 'claim' | 'boilerplate';
  outlets: number;
  level: 'single' | 'several' | 'all' | null;
  support: Support[];
}

export interface DocumentInfo {
  id: string;
  label: string;
  bytes: number;
  units16: number;
}

export interface Report {
  version: number;
  generator: string;
  min_score: number;
  documents: DocumentInfo[];
  sentences: Sentence[];
  warnings: { doc: number; message: string }[];
}

/** Every rejection of analyze() and loadCorroborate() is one of these. */
export interface CorroborateError extends Error {
  /**
   * "invalid": malformed request; "limit": an input limit (docs/bad-input.md); "internal": the
   * engine failed and restarts at the next call; "load": the engine or its synonym table could
   * not be loaded; "cancelled": aborted through `signal`, or the worker was terminated.
   */
  code: 'invalid' | 'limit' | 'internal' | 'load' | 'cancelled';
}

export interface AnalyzeOptions {
  /** Called with the share of the work done, in [0, 1]. */
  onProgress?: (done: number) => void;
  /** Analyses in a worker only: aborting cancels the analysis (code "cancelled"). */
  signal?: AbortSignal;
}

/** An engine on the calling thread: loadCorroborate() or loadCorroborate({worker: false}). */
export interface Engine {
  /** The core's version, e.g. "0.1.0". */
  readonly version: string;
  /** Resolves to the report; rejects with a CorroborateError. The engine stays usable. */
  analyze(request: AnalyzeRequest, options?: AnalyzeOptions): Promise<Report>;
}

/** An engine in a module Web Worker: loadCorroborate({worker: true}). */
export interface WorkerEngine extends Engine {
  /** Ends the worker (pending analyses reject with code "cancelled"); a later analyze() starts a new one. */
  terminate(): void;
}

/** loadCorroborate({worker: 'auto'}): the calling thread for small requests, a worker for large ones. */
export interface AutoEngine extends Engine {
  /** Whether analyze(request) runs in the worker: its documents' text is longer than the threshold. */
  usesWorker(request: AnalyzeRequest): boolean;
  /** Ends the worker, if one was started; a later large request starts a new one. */
  terminate(): void;
}

export function loadCorroborate(options: LoadOptions & { worker: 'auto' }): Promise<AutoEngine>;
export function loadCorroborate(options: LoadOptions & { worker: true }): Promise<WorkerEngine>;
export function loadCorroborate(options?: LoadOptions): Promise<Engine>;
