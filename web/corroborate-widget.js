// <corroborate-widget article="#story" sources="sources.json" outlet="id">: reads the host
// article, analyses it against a source bundle in the browser, marks each claim in place by
// how many outlets report it, and shows the evidence in its own Shadow DOM.
//
// Importing this module defines the element and does nothing else: a widget requests its
// bundle and the page's shared engine (loadCorroborate in corroborate.js, which downloads and
// compiles it once per page and picks the page's thread or a worker by the request's size)
// when it is connected. It never writes markup from data (textContent only) and styles itself
// through adopted stylesheets, so it works under `style-src 'self'`.
import { loadCorroborate } from './corroborate.js';
import { readArticle } from './widget-text.js';
import { createMarks } from './widget-highlight.js';
import { shadowSheet } from './widget-styles.js';
import { loadBundle, buildDocuments } from './widget-bundle.js';
import { el, renderEvidence, levelShort, levelSentence, levelName, lookOf, levelKey } from './widget-evidence.js';

// The page's one engine, shared with every other user of the same files; a failed load is
// tried again at the next analysis.
async function engine() {
  try {
    return await loadCorroborate({ shared: true, worker: 'auto' });
  } catch (e) {
    throw new Error(`Could not start the analysis engine: ${e.message}`);
  }
}

// User timing: "corroborate:<phase>" marks (web/README.md lists them), one per phase of each
// analysis; the engine adds its own for loading and its first analysis.
function mark(phase) {
  performance.mark(`corroborate:${phase}`);
}

// Legend order, strongest first; levels a newer report adds come after these.
const LEGEND_ORDER = ['all', 'several', 'single'];

const domReady = () => (document.readyState === 'loading'
  ? new Promise((ok) => document.addEventListener('DOMContentLoaded', ok, { once: true }))
  : Promise.resolve());

export class CorroborateWidget extends HTMLElement {
  static observedAttributes = ['article', 'sources', 'outlet'];

  /** The `article` attribute: a CSS selector of the host's article ("" when absent). */
  get article() { return this.getAttribute('article') ?? ''; }
  set article(value) { this.#reflect('article', value); }

  /** The `sources` attribute: the URL of the source bundle ("" when absent). */
  get sources() { return this.getAttribute('sources') ?? ''; }
  set sources(value) { this.#reflect('sources', value); }

  /** The `outlet` attribute: the bundle id the host article is ("" when absent). */
  get outlet() { return this.getAttribute('outlet') ?? ''; }
  set outlet(value) { this.#reflect('outlet', value); }

  #ui = null;  // built at the first analysis
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

  connectedCallback() {
    // Properties set on the element before it was upgraded shadow the accessors: move them
    // to the attributes.
    for (const name of CorroborateWidget.observedAttributes) {
      if (!Object.hasOwn(this, name)) continue;
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
    this.#schedule();
  }

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

  // null and undefined remove the attribute; anything else is set as a string.
  #reflect(name, value) {
    if (value === null || value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
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
    const selector = this.getAttribute('article');
    const sources = this.getAttribute('sources');
    // The bundle and the engine are requested first thing; the page's thread gets on with
    // reading the article while they travel.
    const loading = selector && sources
      ? Promise.all([loadBundle(sources, document.baseURI).then((b) => { mark('bundle-loaded'); return b; }), engine()])
      : null;
    loading?.catch(() => {});  // awaited below, unless something else fails first
    await domReady();
    if (generation !== this.#generation) return;
    this.#ui ??= this.#build(this.shadowRoot);
    this.#reset();
    this.#ui.root.setAttribute('aria-busy', 'true');
    this.#ui.status.textContent = 'Checking this article against other outlets…';
    try {
      if (!selector) throw new Error('Set the article attribute to a CSS selector of the article, for example article="#story".');
      if (!sources) throw new Error('Set the sources attribute to the URL of a source bundle, for example sources="sources.json".');
      let articleEl;
      try {
        articleEl = document.querySelector(selector);
      } catch {
        throw new Error(`article="${selector}" is not a valid CSS selector.`);
      }
      if (!articleEl) throw new Error(`No element on this page matches article="${selector}".`);
      // The highlight rules join the document's styles now, so the style work they cause is
      // done with the article's reading, not when the claims are marked.
      this.#marks ??= createMarks(document);
      const article = readArticle(articleEl);
      mark('article-read');
      if (!article.text.trim()) throw new Error(`The article (${selector}) has no visible text.`);
      const [bundle, corroborate] = await loading;
      if (generation !== this.#generation) return;
      const { documents, host, entries } = buildDocuments(bundle, article.text, this.getAttribute('outlet'));
      if (documents.length < 2) throw new Error('The source bundle has no other outlet to compare the article with.');
      // Only the host article's claims are marked: the sources' own claims need not be compared.
      const request = { documents, options: { focus: documents[host].id } };
      let onProgress;
      if (corroborate.usesWorker(request)) {
        // The page keeps painting while a worker analyses: show how far it is.
        const progress = this.#ui.progress;
        progress.value = 0;
        progress.hidden = false;
        onProgress = (done) => { if (generation === this.#generation) progress.value = done; };
      }
      const report = await corroborate.analyze(request, { onProgress });
      if (generation !== this.#generation) return;
      this.#ui.progress.hidden = true;  // before the results show
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
    mark('highlights-registered');
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
    mark('widget-ready');
    this.dispatchEvent(new CustomEvent('corroborate-ready', { bubbles: true, composed: true, detail: { report, counts } }));
  }

  #showError(message) {
    this.#reset();
    this.#error = message;
    this.#ui.status.textContent = '';
    this.#ui.error.textContent = message;
    this.#ui.error.hidden = false;
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

if (!customElements.get('corroborate-widget')) customElements.define('corroborate-widget', CorroborateWidget);
mark('widget-evaluated');
