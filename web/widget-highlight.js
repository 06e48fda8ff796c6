// Marks claims in the host article by level without changing the host's markup: one CSS Custom
// Highlight per level (corroborate-<level>) plus corroborate-selected for the chosen claim.
// Browsers without CSS.highlights get WrapMarks, which wraps the same ranges in inline
// <corroborate-mark> elements: visible text and layout stay the same (only colour and
// underline are added), and the wrappers are removed again on clear().
import { documentSheet } from './widget-styles.js';

export const SELECTED = 'corroborate-selected';

/** The highlight name for a level; anything outside [a-z0-9-] is dropped so it is a valid name. */
export function highlightName(level) {
  return `corroborate-${String(level).toLowerCase().replace(/[^a-z0-9-]/g, '')}`;
}

/** Adds the ::highlight rules to `doc` once; adopted sheets leave the host DOM alone. */
function adoptDocumentSheet(doc) {
  const sheet = documentSheet(doc.defaultView);
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export function createMarks(doc) {
  adoptDocumentSheet(doc);
  const view = doc.defaultView;
  return view.CSS && 'highlights' in view.CSS && typeof view.Highlight === 'function'
    ? new HighlightMarks(view) : new WrapMarks(doc);
}

// The registry is global to the page, and several widgets may share it: each adds and removes
// only its own ranges from the shared Highlight objects.
class HighlightMarks {
  constructor(view) {
    this.view = view;
    this.ranges = new Map();  // claim key -> {name, range}
    this.selected = null;
  }

  highlight(name) {
    const registry = this.view.CSS.highlights;
    let h = registry.get(name);
    if (!h) {
      h = new this.view.Highlight();
      if (name === SELECTED) h.priority = 1;  // paint the chosen claim over its level
      registry.set(name, h);
    }
    return h;
  }

  /** entries: [{key, level, start16, end16}], article: an ArticleText. */
  show(entries, article) {
    this.clear();
    for (const { key, level, start16, end16 } of entries) {
      const range = article.rangeFor(start16, end16);
      if (!range) continue;
      const name = highlightName(level);
      this.highlight(name).add(range);
      this.ranges.set(key, { name, range });
    }
  }

  select(key) {
    const h = this.highlight(SELECTED);
    if (this.selected) h.delete(this.selected);
    this.selected = this.ranges.get(key)?.range ?? null;
    if (this.selected) h.add(this.selected);
  }

  rangeOf(key) {
    return this.ranges.get(key)?.range ?? null;
  }

  clear() {
    this.select(null);
    for (const { name, range } of this.ranges.values()) this.view.CSS.highlights.get(name)?.delete(range);
    this.ranges.clear();
  }
}

class WrapMarks {
  constructor(doc) {
    this.doc = doc;
    this.marks = new Map();  // claim key -> [element]
    this.selected = null;
  }

  show(entries, article) {
    this.clear();
    // Split text nodes from the end backwards, so offsets still to be used stay valid.
    const jobs = [];
    for (const { key, level, start16, end16 } of entries) {
      for (const s of article.segmentsFor(start16, end16)) jobs.push({ ...s, key, level });
    }
    const order = new Map([...article.byNode.keys()].map((n, i) => [n, i]));
    jobs.sort((a, b) => (order.get(b.node) - order.get(a.node)) || (b.from - a.from));
    for (const { node, from, to, key, level } of jobs) {
      if (to < node.data.length) node.splitText(to);
      const middle = from > 0 ? node.splitText(from) : node;
      const mark = this.doc.createElement('corroborate-mark');
      mark.setAttribute('data-level', String(level));
      mark.setAttribute('data-claim', String(key));
      middle.replaceWith(mark);
      mark.append(middle);
      if (!this.marks.has(key)) this.marks.set(key, []);
      this.marks.get(key).unshift(mark);
    }
  }

  select(key) {
    for (const m of this.marks.get(this.selected) ?? []) m.removeAttribute('data-selected');
    this.selected = this.marks.has(key) ? key : null;
    for (const m of this.marks.get(this.selected) ?? []) m.setAttribute('data-selected', '');
  }

  /** The claim key of the wrapper under a point, if any (text nodes were split, so offsets no longer map). */
  keyAtPoint(x, y) {
    const mark = this.doc.elementFromPoint(x, y)?.closest('corroborate-mark[data-claim]');
    return mark ? Number(mark.getAttribute('data-claim')) : null;
  }

  rangeOf(key) {
    const marks = this.marks.get(key);
    if (!marks) return null;
    const range = this.doc.createRange();
    range.setStartBefore(marks[0]);
    range.setEndAfter(marks[marks.length - 1]);
    return range;
  }

  clear() {
    this.select(null);
    for (const marks of this.marks.values()) {
      for (const mark of marks) {
        const text = mark.firstChild;
        mark.replaceWith(...mark.childNodes);
        // Join the pieces split off in show(), so the host's text nodes are whole again.
        if (text?.nodeType === 3) {
          const prev = text.previousSibling;
          if (prev?.nodeType === 3) { prev.appendData(text.data); text.remove(); }
          const base = prev?.nodeType === 3 ? prev : text;
          const next = base.nextSibling;
          if (next?.nodeType === 3) { base.appendData(next.data); next.remove(); }
        }
      }
    }
    this.marks.clear();
  }
}
