// Reads the visible text of the host article the way a reader sees it, and keeps a map from
// offsets in that text back to the DOM text nodes they came from, so the engine's UTF-16
// offsets (start16/end16) can be turned into DOM Ranges without touching the host's markup.
//
// The text follows the engine's idea of a paragraph (one line of the input): block elements are
// separated by a blank line, <br> by a line break, and runs of white space inside a block
// collapse to one space, as the browser renders them.

// Elements whose text is not article prose, or not rendered as text at all.
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT',
  'EMBED', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON',
  'DIALOG', 'CORROBORATE-WIDGET',
]);

// Used when an element is not rendered (so it has no computed display) and as a safety net
// against host CSS that makes paragraphs inline: these always end a paragraph.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

const INLINE_DISPLAYS = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'contents', 'ruby', 'ruby-text']);

const WS = /[ \t\n\r\f]+/g;  // the white space HTML collapses (not U+00A0, which is visible)

/**
 * Reads `root`'s visible text.
 * Returns an ArticleText: {text, rangeFor(start16, end16), segmentsFor(start16, end16), offsetAt(node, offset)}.
 * Elements with the attribute data-corroborate-ignore (captions, ads the host marks) are left out.
 */
export function readArticle(root) {
  const view = root.ownerDocument.defaultView;
  const parts = [];
  const pieces = [];  // {node, nodeStart, start, end}: text[start:end] === node.data[nodeStart:...]
  let length = 0;
  let pendingBreak = 0;  // 0, 1 (line break) or 2 (blank line) owed before the next text
  let pendingSpace = false;

  const emit = (node, nodeStart, run) => {
    if (length > 0) {
      if (pendingBreak > 0) parts.push(pendingBreak === 2 ? '\n\n' : '\n');
      else if (pendingSpace) parts.push(' ');
      if (pendingBreak > 0) length += pendingBreak;
      else if (pendingSpace) length += 1;
    }
    pendingBreak = 0;
    pendingSpace = false;
    parts.push(run);
    pieces.push({ node, nodeStart, start: length, end: length + run.length });
    length += run.length;
  };

  const text = (node, preformatted) => {
    const data = node.data;
    let at = 0;
    const flushTo = (end) => { if (end > at) emit(node, at, data.slice(at, end)); };
    WS.lastIndex = 0;
    for (let m; (m = WS.exec(data)) !== null;) {
      flushTo(m.index);
      if (preformatted && m[0].includes('\n')) pendingBreak = Math.max(pendingBreak, 1);
      else pendingSpace = true;
      at = m.index + m[0].length;
    }
    flushTo(data.length);
  };

  const walk = (el, preformatted) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (visible(child.parentElement, view)) text(child, preformatted);
        continue;
      }
      if (child.nodeType !== 1) continue;
      if (SKIPPED.has(child.tagName.toUpperCase()) || child.hidden || child.hasAttribute('data-corroborate-ignore')) continue;
      const style = view.getComputedStyle(child);
      if (style.display === 'none') continue;
      if (child.tagName === 'BR') {
        pendingBreak = Math.max(pendingBreak, 1);
        continue;
      }
      const block = BLOCK_TAGS.has(child.tagName) || (style.display !== '' && !INLINE_DISPLAYS.has(style.display));
      if (block) pendingBreak = 2;
      walk(child, preformatted || /^(pre|pre-wrap|pre-line|break-spaces)$/.test(style.whiteSpace));
      if (block) pendingBreak = 2;
    }
  };
  walk(root, false);
  return new ArticleText(parts.join(''), pieces);
}

function visible(el, view) {
  if (!el) return false;
  const v = view.getComputedStyle(el).visibility;
  return v !== 'hidden' && v !== 'collapse';
}

/** The text read from an article plus the map back into its DOM. */
export class ArticleText {
  constructor(text, pieces) {
    this.text = text;
    this.pieces = pieces;
    this.byNode = new Map();
    for (const p of pieces) {
      if (!this.byNode.has(p.node)) this.byNode.set(p.node, []);
      this.byNode.get(p.node).push(p);
    }
  }

  /** Index of the first piece that ends after `offset`. */
  firstEndingAfter(offset) {
    let lo = 0;
    let hi = this.pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pieces[mid].end <= offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /**
   * The parts of text nodes that text[start16:end16] covers, as [{node, from, to}]. Offsets that
   * fall on a space or break the widget added snap to the nearest text inside the range.
   */
  segmentsFor(start16, end16) {
    const out = [];
    for (let i = this.firstEndingAfter(start16); i < this.pieces.length; i++) {
      const p = this.pieces[i];
      if (p.start >= end16) break;
      const from = p.nodeStart + Math.max(0, start16 - p.start);
      const to = p.nodeStart + Math.min(p.end, end16) - p.start;
      const last = out[out.length - 1];
      if (last && last.node === p.node && last.to === from) last.to = to;
      else out.push({ node: p.node, from, to });
    }
    return out;
  }

  /** A DOM Range over text[start16:end16], or null when that span holds no text. */
  rangeFor(start16, end16) {
    const segments = this.segmentsFor(start16, end16);
    if (segments.length === 0) return null;
    const first = segments[0];
    const last = segments[segments.length - 1];
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, first.from);
    range.setEnd(last.node, last.to);
    return range;
  }

  /** The text offset of a DOM position (a text node and an offset in it), or -1. */
  offsetAt(node, offset) {
    for (const p of this.byNode.get(node) ?? []) {
      const len = p.end - p.start;
      if (offset >= p.nodeStart && offset <= p.nodeStart + len) return p.start + offset - p.nodeStart;
    }
    return -1;
  }
}
