// Types of corroborate.js. The report is the JSON contract of docs/report.md.

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
   * With `worker: true` this is automatic: a worker gets the module and the synonym table an
   * engine on the page has compiled or downloaded from the same URLs.
   */
  wasmModule?: WebAssembly.Module;
  /** URL of corroborate-lexicon.txt (requested together with the .wasm, loaded into the engine at the first analysis); default: next to corroborate.js. */
  lexiconUrl?: string | URL;
  /**
   * The synonym table instead of fetching it: the text or bytes of corroborate-lexicon.txt (a stem
   * index) or of a word table (corroborate/lexicon.h), or false for none (scores then differ from the CLI's).
   * May also be a promise of the text, the bytes or a Response for lexiconUrl (a request made
   * earlier); if that fails, the table is fetched from lexiconUrl instead.
   */
  lexicon?: string | Uint8Array | false | PromiseLike<string | Uint8Array | Response>;
  /** Run the engine in a module Web Worker (corroborate-worker.js), for large inputs. */
  worker?: boolean;
}

export interface DocumentInput {
  /** Unique within the request; default "doc<index>". */
  id?: string;
  label?: string;
  /** Well-formed Unicode; at most 4 MiB as UTF-8 (docs/limits.md). */
  text: string;
}

export interface AnalyzeRequest {
  documents: DocumentInput[];
  options?: {
    /** Decision threshold in [0, 1]; default: the model's. */
    min_score?: number;
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
  /** "invalid": malformed request; "limit": a documented input limit; "internal"; "load". */
  code: 'invalid' | 'limit' | 'internal' | 'load' | 'cancelled';
}

export interface AnalyzeOptions {
  /** Called with the share of the work done, in [0, 1]. */
  onProgress?: (done: number) => void;
  /** Worker engines only: aborting cancels the analysis (code "cancelled"). */
  signal?: AbortSignal;
}

export interface Engine {
  /** The core's version, e.g. "0.1.0". */
  readonly version: string;
  /** Resolves to the report; rejects with a CorroborateError. The engine stays usable. */
  analyze(request: AnalyzeRequest, options?: AnalyzeOptions): Promise<Report>;
  /** Worker engines only: ends the worker (a later analyze() starts a new one). */
  terminate?(): void;
}

export function loadCorroborate(options?: LoadOptions): Promise<Engine>;
