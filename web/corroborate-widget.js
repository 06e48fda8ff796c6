// <corroborate-widget article="#story" sources="sources.json" outlet="id">: reads the host
// article, analyses it against a source bundle in the browser, marks each claim in place by
// how many outlets report it, and shows the evidence in its own Shadow DOM.
//
// It loads nothing but its own modules, the engine next to it and the bundle; it never writes
// markup from data (textContent only) and styles itself through adopted stylesheets, so it
// works under `style-src 'self'`.
//
// Start-up takes two rounds of requests after the page: this module, then everything else at
// once. It has no static imports (a module runs only once all of those have arrived): on a
// page that has widgets already it requests the engine (glue, .wasm, synonym table) and the
// widgets' bundles first thing, then imports its other modules, and defines the element at
// once. The early downloads are handed to the JS API and to the widgets' first analyses, so
// nothing is fetched twice.
const here = (file) => new URL(file, import.meta.url).href;

// What the page's widgets will need, requested before anything else: {engine, bundles}, or
// null when the page has no widget yet (nothing is loaded before a widget needs it).
const early = !customElements.get('corroborate-widget') && document.querySelector('corroborate-widget')
  ? requestEarly() : null;

function requestEarly() {
  // The same URLs and fetch options as corroborate.js and loadBundle use.
  const options = { credentials: 'same-origin' };
  import(here('./corroborate-core.mjs')).catch(() => {});  // the module map keeps it for the API
  const engine = {
    wasmResponse: fetch(here('./corroborate-core.wasm'), options),
    lexicon: fetch(here('./corroborate-lexicon.txt'), options),
  };
  engine.wasmResponse.catch(() => {});  // failures are reported where the responses are used
  engine.lexicon.catch(() => {});
  // One request per bundle URL; each widget gets its own copy of the response.
  const byUrl = new Map();
  const bundles = new WeakMap();  // widget -> {href, response}
  for (const widget of document.querySelectorAll('corroborate-widget')) {
    const sources = widget.getAttribute('sources');
    let href;
    try {
      href = sources && new URL(sources, document.baseURI).href;
    } catch {}  // the widget reports it
    if (!href) continue;
    if (!byUrl.has(href)) byUrl.set(href, fetch(href, options));
    const response = byUrl.get(href).then((r) => r.clone());
    response.catch(() => {});
    bundles.set(widget, { href, response });
  }
  return { engine, bundles };
}

// The early response for `widget`'s first bundle request, when it asks for the same URL.
function earlyBundle(widget, href) {
  const got = early?.bundles.get(widget);
  early?.bundles.delete(widget);
  return got?.href === href ? got.response : undefined;
}

// The widget's other modules, requested right after the early downloads. The element is
// defined at once (before DOMContentLoaded, as with static imports) and builds its UI when
// they are there.
// The JS API first: the engine waits for nothing else (the .wasm compiles while the rest of
// the widget arrives).
const api = import('./corroborate.js');
let readArticle, createMarks, shadowSheet, loadBundle, buildDocuments;
let el, renderEvidence, levelShort, levelSentence, levelName, lookOf, levelKey;
const modules = Promise.all([
  api, import('./widget-text.js'), import('./widget-highlight.js'),
  import('./widget-styles.js'), import('./widget-bundle.js'), import('./widget-evidence.js'),
]).then(([, text, highlight, styles, bundle, evidence]) => {
  ({ readArticle } = text);
  ({ createMarks } = highlight);
  ({ shadowSheet } = styles);
  ({ loadBundle, buildDocuments } = bundle);
  ({ el, renderEvidence, levelShort, levelSentence, levelName, lookOf, levelKey } = evidence);
});
modules.catch(() => {});  // each widget reports it

// One engine per page, loaded on first use (from the early downloads, if any); a failed load
// is forgotten so refresh() can retry.
let enginePromise = null;
function engine() {
  const given = early?.engine;
  if (early) early.engine = undefined;
  enginePromise ??= api.then(({ loadCorroborate }) => loadCorroborate(given))
    .catch((e) => {
      enginePromise = null;
      throw new Error(`Could not start the analysis engine: ${e.message}`);
    });
  return enginePromise;
}

// Articles and bundles this large (UTF-16 units, all documents together) are analysed in
// a Web Worker, so the page keeps responding; smaller ones are faster on the page's thread
// (no worker start-up). bench/README.md has the timings behind the number.
const WORKER_THRESHOLD = 200_000;

let workerPromise = null;
function workerEngine() {
  workerPromise ??= api.then(({ loadCorroborate }) => loadCorroborate({ worker: true }))
    .catch((e) => {
      workerPromise = null;
      throw new Error(`Could not start the analysis engine: ${e.message}`);
    });
  return workerPromise;
}

// Legend order, strongest first; levels a newer report adds come after these.
const LEGEND_ORDER = ['all', 'several', 'single'];

const domReady = () => (document.readyState === 'loading'
  ? new Promise((ok) => document.addEventListener('DOMContentLoaded', ok, { once: true }))
  : Promise.resolve());

export class CorroborateWidget extends HTMLElement {
  static observedAttributes = ['article', 'sources', 'outlet'];

  #ui = null;  // built when the widget's modules are there
  #marks = null;
  #state = null;  // {report, host, entries, article, articleEl, claims}
  #error = null;
  #open = null;  // the claim whose evidence is shown
  #generation = 0;  // bumped per analysis, so a slower earlier one cannot overwrite a newer one
  #scheduled = false;
  #running = Promise.resolve();
  #onArticleClick = (e) => this.#articleClick(e);

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  /** The last report the widget shows, or null (before the first analysis and after an error). */
  get report() { return this.#state?.report ?? null; }

  /** Index in report.documents of the host article, or -1. */
  get hostDocument() { return this.#state?.host ?? -1; }

  /** The message of the error shown, or null. */
  get error() { return this.#error; }

  connectedCallback() { this.#schedule(); }

  disconnectedCallback() {
    this.#generation++;
    this.#reset();
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && this.isConnected) this.#schedule();
  }

  /** Reads the article and analyses it again. Resolves when done; failures are shown and sent as corroborate-error. */
  refresh() {
    this.#running = this.#analyse(++this.#generation);
    return this.#running;
  }

  /** Opens the evidence of the claim with report sentence id `sentenceId`; null closes it. */
  select(sentenceId) {
    if (sentenceId === null || sentenceId === undefined) {
      this.#close(false);
      return;
    }
    const claim = this.#state?.claims.find((c) => c.id === sentenceId);
    if (!claim) throw new RangeError(`Sentence ${sentenceId} is not a claim of this article.`);
    this.#openClaim(claim);
  }

  // Attribute changes often come in a group (article, sources, outlet): analyse once after them.
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.refresh();
    });
  }

  #build(shadow) {
    shadow.adoptedStyleSheets = [shadowSheet(window)];
    // A group, not a landmark: a page may hold several widgets, and the host decides its
    // landmarks (e.g. an <aside aria-label="Fact check"> around the widget).
    const root = el(document, 'div', { class: 'root', role: 'group', 'aria-labelledby': 'title' },
      el(document, 'h2', { id: 'title', text: 'Fact check: who else reports these claims' }));
    const status = el(document, 'p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    const error = el(document, 'p', { class: 'error', role: 'alert', hidden: '' });
    const legend = el(document, 'ul', { class: 'legend', 'aria-label': 'Claims per level' });
    const hint = el(document, 'p', {
      class: 'hint', hidden: '',
      text: 'Claims are marked in the article by how many outlets report them. Choose a claim to see the evidence. Keys: Tab or J and K move between claims, Enter opens, Esc closes.',
    });
    const claims = el(document, 'ol', { class: 'claims', 'aria-label': 'Claims in this article' });
    const panel = el(document, 'div', { class: 'evidence', id: 'evidence', role: 'group', 'aria-labelledby': 'evidence-title', hidden: '' });
    // Shown for large inputs only; the status line says what is going on, this how far.
    const progress = el(document, 'progress', { max: '1', value: '0', 'aria-label': 'Analysis progress', hidden: '' });
    root.append(status, progress, error, legend, hint, claims);
    shadow.append(root);
    root.addEventListener('click', (e) => this.#uiClick(e));
    root.addEventListener('keydown', (e) => this.#keydown(e));
    return { root, status, progress, error, legend, hint, claims, panel };
  }

  async #analyse(generation) {
    await domReady();
    try {
      await modules;
    } catch (e) {
      if (generation === this.#generation) this.#showError(`Could not load the widget: ${e?.message ?? e}`);
      return;
    }
    if (generation !== this.#generation) return;
    this.#ui ??= this.#build(this.shadowRoot);
    this.#reset();
    this.#ui.root.setAttribute('aria-busy', 'true');
    this.#ui.status.textContent = 'Checking this article against other outlets…';
    try {
      const selector = this.getAttribute('article');
      const sources = this.getAttribute('sources');
      if (!selector) throw new Error('Set the article attribute to a CSS selector of the article, for example article="#story".');
      if (!sources) throw new Error('Set the sources attribute to the URL of a source bundle, for example sources="sources.json".');
      let articleEl;
      try {
        articleEl = document.querySelector(selector);
      } catch {
        throw new Error(`article="${selector}" is not a valid CSS selector.`);
      }
      if (!articleEl) throw new Error(`No element on this page matches article="${selector}".`);
      // Requests first, then reading the article (which computes styles) while they travel.
      const loading = Promise.all([loadBundle(sources, document.baseURI, (href) => earlyBundle(this, href)), engine()]);
      loading.catch(() => {});  // awaited below, unless the article turns out empty first
      // The highlight rules join the document's styles now, so the style work they cause is
      // done with the article's reading, not when the claims are marked.
      this.#marks ??= createMarks(document);
      const article = readArticle(articleEl);
      if (!article.text.trim()) throw new Error(`The article (${selector}) has no visible text.`);
      const [bundle, corroborate] = await loading;
      if (generation !== this.#generation) return;
      const { documents, host, entries } = buildDocuments(bundle, article.text, this.getAttribute('outlet'));
      if (documents.length < 2) throw new Error('The source bundle has no other outlet to compare the article with.');
      const size = documents.reduce((n, d) => n + d.text.length, 0);
      let report;
      if (size > WORKER_THRESHOLD) {
        const progress = this.#ui.progress;
        progress.value = 0;
        progress.hidden = false;
        report = await (await workerEngine()).analyze({ documents }, {
          onProgress: (done) => { if (generation === this.#generation) progress.value = done; },
        });
        if (generation === this.#generation) progress.hidden = true;  // before the results show
      } else {
        report = await corroborate.analyze({ documents });
      }
      if (generation !== this.#generation) return;
      this.#show({ report, host, entries, article, articleEl });
    } catch (e) {
      if (generation !== this.#generation) return;
      this.#showError(e instanceof Error ? e.message : String(e));
    } finally {
      if (generation === this.#generation) {
        this.#ui.root.removeAttribute('aria-busy');
        this.#ui.progress.hidden = true;
      }
    }
  }

  // Undoes everything an analysis put on the page: marks, listeners, lists.
  #reset() {
    this.#close(false);
    this.#marks?.clear();
    this.#state?.articleEl.removeEventListener('click', this.#onArticleClick);
    this.#state = null;
    this.#error = null;
    if (!this.#ui) return;
    this.#ui.error.hidden = true;
    this.#ui.hint.hidden = true;
    this.#ui.legend.replaceChildren();
    this.#ui.claims.replaceChildren();
  }

  #show(state) {
    const { report, host, article, articleEl } = state;
    state.claims = report.sentences.filter((s) => s.doc === host && s.kind === 'claim');
    this.#state = state;
    this.#marks ??= createMarks(document);
    this.#marks.show(state.claims.map((c) => ({ key: c.id, level: c.level, start16: c.start16, end16: c.end16 })), article);
    articleEl.addEventListener('click', this.#onArticleClick);

    const counts = Object.fromEntries(LEGEND_ORDER.map((l) => [l, 0]));
    for (const c of state.claims) counts[c.level] = (counts[c.level] ?? 0) + 1;
    for (const [level, count] of Object.entries(counts)) {
      const look = lookOf(level);
      this.#ui.legend.append(el(document, 'li', { 'data-level': levelKey(level), 'data-count-for': level },
        el(document, 'span', { class: 'symbol', 'aria-hidden': 'true', text: look.symbol }),
        el(document, 'span', { class: 'sample', text: levelName(level) }),
        el(document, 'span', { class: 'count', text: String(count) })));
    }
    state.claims.forEach((c, i) => {
      const button = el(document, 'button', {
        type: 'button', class: 'claim', id: `claim-${c.id}`, 'data-sentence': String(c.id),
        'data-level': levelKey(c.level), 'aria-expanded': 'false', 'aria-controls': 'evidence',
      },
      el(document, 'span', { class: 'symbol', 'aria-hidden': 'true', text: lookOf(c.level).symbol }),
      el(document, 'span', { class: 'level', text: levelShort(c, report) }),
      el(document, 'span', { class: 'text', text: article.text.slice(c.start16, c.end16) }));
      button.dataset.index = String(i);
      this.#ui.claims.append(el(document, 'li', {}, button));
    });
    const others = report.documents.length - 1;
    this.#ui.status.textContent = state.claims.length
      ? `${state.claims.length} claims checked against ${others} other ${others === 1 ? 'outlet' : 'outlets'}.`
      : 'No claims found in this article.';
    this.#ui.hint.hidden = state.claims.length === 0;
    this.dispatchEvent(new CustomEvent('corroborate-ready', { bubbles: true, composed: true, detail: { report, counts } }));
  }

  // Shown in the widget once its UI is built (not when its own modules failed to load).
  #showError(message) {
    this.#reset();
    this.#error = message;
    if (this.#ui) {
      this.#ui.status.textContent = '';
      this.#ui.error.textContent = message;
      this.#ui.error.hidden = false;
    }
    this.dispatchEvent(new CustomEvent('corroborate-error', { bubbles: true, composed: true, detail: { message } }));
  }

  #button(claim) {
    return this.#ui.claims.querySelector(`button[data-sentence="${claim.id}"]`);
  }

  #openClaim(claim) {
    const { report, host, entries, claims } = this.#state;
    if (this.#open) this.#button(this.#open)?.setAttribute('aria-expanded', 'false');
    this.#open = claim;
    const button = this.#button(claim);
    const number = claims.indexOf(claim) + 1;
    renderEvidence(this.#ui.panel, { report, claim, number, entries, host, baseURI: document.baseURI });
    button.after(this.#ui.panel);
    this.#ui.panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    this.#marks.select(claim.id);
    this.#ui.status.textContent = `Claim ${number} of ${claims.length}: ${levelSentence(claim, report)}`;
    this.dispatchEvent(new CustomEvent('corroborate-select', { bubbles: true, composed: true, detail: { sentence: claim } }));
  }

  #close(announce) {
    const claim = this.#open;
    if (!claim) return;
    this.#open = null;
    this.#ui.panel.hidden = true;
    this.#ui.panel.replaceChildren();
    this.#ui.panel.remove();
    this.#button(claim)?.setAttribute('aria-expanded', 'false');
    this.#marks?.select(null);
    if (announce) this.#ui.status.textContent = 'Evidence closed.';
    this.dispatchEvent(new CustomEvent('corroborate-select', { bubbles: true, composed: true, detail: { sentence: null } }));
  }

  #claimOf(button) {
    return this.#state?.claims[Number(button.dataset.index)] ?? null;
  }

  #uiClick(e) {
    const target = e.target instanceof Element ? e.target : null;
    const claimButton = target?.closest('button.claim');
    if (claimButton) {
      const claim = this.#claimOf(claimButton);
      if (claim === this.#open) this.#close(true); else if (claim) this.#openClaim(claim);
      return;
    }
    if (target?.closest('button.close')) {
      const claim = this.#open;
      this.#close(true);
      if (claim) this.#button(claim)?.focus();
      return;
    }
    if (target?.closest('button.show') && this.#open) {
      const range = this.#marks.rangeOf(this.#open.id);
      const node = range?.startContainer;
      (node?.nodeType === 1 ? node : node?.parentElement)?.scrollIntoView({ block: 'center' });
    }
  }

  #keydown(e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const buttons = [...this.#ui.claims.querySelectorAll('button.claim')];
    if (e.key === 'Escape' && this.#open) {
      const claim = this.#open;
      this.#close(true);
      this.#button(claim)?.focus();
      e.preventDefault();
      return;
    }
    const step = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 }[e.key];
    if (!step || buttons.length === 0) return;
    // From a claim, or from inside the open evidence, move to the neighbouring claim.
    const active = this.shadowRoot.activeElement;
    let at = buttons.indexOf(active);
    if (at < 0 && this.#open && this.#ui.panel.contains(active)) at = buttons.indexOf(this.#button(this.#open));
    if (at < 0) return;
    buttons[Math.min(buttons.length - 1, Math.max(0, at + step))].focus();
    e.preventDefault();
  }

  // A click on a marked claim in the article opens its evidence (links keep working as links).
  #articleClick(e) {
    if (!this.#state || e.defaultPrevented || e.button !== 0) return;
    if (e.target instanceof Element && e.target.closest('a[href], button, input, select, textarea, summary')) return;
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;  // the reader is selecting text, not choosing a claim
    const offset = this.#offsetAtPoint(e.clientX, e.clientY);
    if (offset < 0) return;
    const claim = this.#state.claims.find((c) => c.start16 <= offset && offset < c.end16);
    if (claim && claim !== this.#open) this.#openClaim(claim);
  }

  #offsetAtPoint(x, y) {
    const mark = this.#marks.keyAtPoint?.(x, y);
    if (mark !== undefined && mark !== null) {
      const claim = this.#state.claims.find((c) => c.id === mark);
      return claim ? claim.start16 : -1;
    }
    let node;
    let offset;
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      node = p?.offsetNode;
      offset = p?.offset;
    } else if (document.caretRangeFromPoint) {
      const r = document.caretRangeFromPoint(x, y);
      node = r?.startContainer;
      offset = r?.startOffset;
    }
    return node ? this.#state.article.offsetAt(node, offset) : -1;
  }
}

if (!customElements.get('corroborate-widget')) {
  // A page that has a widget already needs the engine: start loading it now, before the
  // widgets are set up (the first analysis takes the same promise).
  if (document.querySelector('corroborate-widget')) engine().catch(() => {});
  customElements.define('corroborate-widget', CorroborateWidget);
}
