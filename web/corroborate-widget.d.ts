// Types of corroborate-widget.js, the <corroborate-widget> custom element.
//
//   <script type="module" src="corroborate-widget.js"></script>
//   <corroborate-widget article="#story" sources="sources.json" outlet="bundle-id"></corroborate-widget>
//
// Importing the module defines the element (once per page) and does nothing else; a widget
// loads its bundle and the page's shared engine (loadCorroborate({shared: true, worker:
// 'auto'})) when it is connected. The report is the JSON contract of docs/report.md; see
// corroborate.d.ts for its types. tests/browser/types.test.mjs checks these declarations
// against the module at run time.
import type { Report, Sentence } from './corroborate.js';

/** One source of a bundle, as a browser reads it (docs/bundle.md). */
export interface SourceEntry {
  /** Non-empty, unique within the bundle; what `outlet` names. */
  id: string;
  /** Display name of the outlet; absent or empty: the id. */
  label?: string;
  /** The article as plain text, one paragraph per line. Shown as text, never as markup. */
  text: string;
  /** Link to the article; only http(s) URLs become links. */
  url?: string;
  /** The article's headline, shown with its evidence. */
  title?: string;
}

/** What the `sources` attribute points to (docs/bundle.md): a list of sources, or an object listing them as `sources`. */
export type SourceBundle = SourceEntry[] | { sources: SourceEntry[]; [other: string]: unknown };

/** Claims of the host article per level name (the report's `level`), e.g. {all: 2, several: 13, single: 11}. */
export type LevelCounts = Record<string, number>;

export interface CorroborateReadyDetail {
  report: Report;
  counts: LevelCounts;
}

export interface CorroborateSelectDetail {
  /** The chosen claim (a sentence of the report), or null when its evidence was closed. */
  sentence: Sentence | null;
}

export interface CorroborateErrorDetail {
  /** The message the widget shows, e.g. "Could not load the source bundle sources.json: HTTP 404." */
  message: string;
}

/**
 * <corroborate-widget>. Observed attributes, each change re-analyses; each is reflected by the
 * property of its name:
 * - `article`: CSS selector of the host's article element. Its visible text is read (block
 *   elements become paragraphs; elements with `hidden`, `display: none`, or the attribute
 *   `data-corroborate-ignore` are left out) and each claim is marked in place by level with
 *   the CSS highlights `corroborate-single`, `corroborate-several`, `corroborate-all` and
 *   `corroborate-selected`. The host's markup is not changed (browsers without CSS.highlights
 *   get inline <corroborate-mark> wrappers instead, removed again with the widget).
 * - `sources`: URL of the source bundle (SourceBundle), resolved against the page. It must be
 *   allowed by the page's connect-src.
 * - `outlet` (optional): id of the bundle entry that the host article is; the host's text is
 *   analysed in that entry's place, so the article is not its own evidence. Without it the
 *   article is one more document, with id "host" and label "This article".
 *
 * Events (bubbling, composed): `corroborate-ready`, `corroborate-select`, `corroborate-error`.
 */
export declare class CorroborateWidget extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The `article` attribute ("" when absent); setting it sets the attribute, null or undefined removes it. */
  article: string;
  /** The `sources` attribute ("" when absent); setting it sets the attribute, null or undefined removes it. */
  sources: string;
  /** The `outlet` attribute ("" when absent); setting it sets the attribute, null or undefined removes it. */
  outlet: string;
  /** The report of the last finished analysis; null before the first one and after an error. */
  readonly report: Report | null;
  /** Index in `report.documents` of the host article; -1 without a report. */
  readonly hostDocument: number;
  /** The message of the error the widget shows, or null. */
  readonly error: string | null;
  /** Custom element lifecycle, called by the browser: a connected widget analyses (again). */
  connectedCallback(): void;
  /** Custom element lifecycle: a removed widget takes its marks and listeners off the page. */
  disconnectedCallback(): void;
  /** Custom element lifecycle: a changed article, sources or outlet analyses again. */
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void;
  /**
   * Reads the article and analyses it again (after the host replaced its text, say). Resolves
   * when the analysis is done; it does not reject: failures are shown in the widget and sent as
   * `corroborate-error`. A newer refresh or attribute change supersedes a running one.
   */
  refresh(): Promise<void>;
  /**
   * Opens the evidence of a claim of the host article, by its report sentence id, as a click on
   * it would (fires `corroborate-select`); null or undefined closes it.
   * @throws RangeError when `sentenceId` is not a claim of the host article.
   */
  select(sentenceId: number | null | undefined): void;

  addEventListener<K extends keyof CorroborateWidgetEventMap>(
    type: K, listener: (this: CorroborateWidget, ev: CorroborateWidgetEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof CorroborateWidgetEventMap>(
    type: K, listener: (this: CorroborateWidget, ev: CorroborateWidgetEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

export interface CorroborateWidgetEventMap extends HTMLElementEventMap {
  /** An analysis finished and the claims are marked. */
  'corroborate-ready': CustomEvent<CorroborateReadyDetail>;
  /** A claim's evidence was opened (click, Enter, Space, select()) or closed (sentence: null). */
  'corroborate-select': CustomEvent<CorroborateSelectDetail>;
  /** The analysis failed; the widget shows the message. */
  'corroborate-error': CustomEvent<CorroborateErrorDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'corroborate-widget': CorroborateWidget;
  }
}
