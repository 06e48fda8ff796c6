// Builds the widget's words and the evidence panel for one claim. Source text is data, never
// markup: everything here is created with createElement/textContent, never innerHTML.
import { LEVEL_LOOK, NEUTRAL } from './widget-styles.js';
import { safeLink } from './widget-bundle.js';

export function lookOf(level) {
  return LEVEL_LOOK[level] ?? NEUTRAL;
}

/** The level as data-level for styling: known levels by name, anything newer as "other". */
export function levelKey(level) {
  return Object.hasOwn(LEVEL_LOOK, level) ? level : 'other';
}

/** Short words for a claim's level ("All 5 outlets"), from the report's own numbers. */
export function levelShort(sentence, report) {
  const n = report.documents.length;
  if (sentence.level === 'single') return 'Only here';
  if (sentence.level === 'all') return `All ${n} outlets`;
  return `${sentence.outlets} of ${n} outlets`;
}

/** A sentence for the live region and the panel ("Reported by 3 of 5 outlets."). */
export function levelSentence(sentence, report) {
  const n = report.documents.length;
  if (sentence.level === 'single') return 'Stated only here: no other outlet reports it.';
  if (sentence.level === 'all') return `Reported by all ${n} outlets.`;
  return `Reported by ${sentence.outlets} of ${n} outlets.`;
}

/** Legend wording per level name. */
export function levelName(level) {
  return { single: 'Only here', several: 'Several outlets', all: 'All outlets' }[level] ?? `Level "${level}"`;
}

export function el(doc, tag, props = {}, ...children) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

/** Appends `text` (which starts at `base` in its document) with the `ranges` wrapped in <mark>. */
function appendMarked(doc, parent, text, base, ranges) {
  const spans = ranges
    .map((r) => ({ from: Math.max(0, r.start16 - base), to: Math.min(text.length, r.end16 - base), cls: r.cls }))
    .filter((r) => r.to > r.from)
    .sort((a, b) => a.from - b.from);
  let at = 0;
  for (const { from, to, cls } of spans) {
    if (from < at) continue;  // overlapping ranges: the first one wins
    if (from > at) parent.append(text.slice(at, from));
    parent.append(el(doc, 'mark', cls ? { class: cls, text: text.slice(from, to) } : { text: text.slice(from, to) }));
    at = to;
  }
  if (at < text.length) parent.append(text.slice(at));
}

function supportItem(doc, report, support, entry, baseURI) {
  const label = report.documents[support.doc]?.label ?? `Document ${support.doc}`;
  const head = el(doc, 'p', {},
    el(doc, 'span', { class: 'outlet', text: label }),
    el(doc, 'span', { class: 'meta', text: ` · score ${support.score.toFixed(2)}` }));
  if (support.shared_text) head.append(el(doc, 'span', { class: 'badge', text: 'same wording' }));
  // The outlet states one clause of the claim, not all of it (docs/report.md).
  if (support.partial) head.append(el(doc, 'span', { class: 'badge', text: 'part of the claim' }));
  if (support.differs?.length) head.append(el(doc, 'span', { class: 'badge', text: 'details differ' }));
  const item = el(doc, 'li', { class: 'support', 'data-doc': String(support.doc) }, head);
  if (entry?.title) item.append(el(doc, 'p', { class: 'meta', text: entry.title }));

  const quote = el(doc, 'blockquote', {});
  const marks = [
    ...(support.shared ?? []).map((r) => ({ ...r, cls: '' })),
    ...(support.differs ?? []).map((d) => ({ start16: d.start16, end16: d.end16, cls: 'differs' })),
  ];
  (support.sentences?.length ? support.sentences : [support.sentence]).forEach((id, k) => {
    const s = report.sentences[id];
    if (!s) return;
    if (k > 0) quote.append(' ');
    appendMarked(doc, quote, s.text, s.start16, marks);
  });
  item.append(quote);

  if (support.differs?.length) {
    const list = el(doc, 'ul', { class: 'differs-list', 'aria-label': `Details that differ in ${label}` });
    for (const d of support.differs) list.append(el(doc, 'li', { text: `here “${d.this}”, ${label}: “${d.other}”` }));
    item.append(el(doc, 'p', { class: 'meta', text: 'Details differ:' }), list);
  }
  const href = safeLink(entry?.url, baseURI);
  if (href) item.append(el(doc, 'p', {}, el(doc, 'a', { href, rel: 'noopener noreferrer', target: '_blank', text: `Read ${label}` })));
  return item;
}

/**
 * Fills `panel` with the evidence for `claim` (a report sentence of the host article).
 * `entries[i]` is the bundle entry of report document i (for titles and links), or null.
 */
export function renderEvidence(panel, { report, claim, number, entries, host, baseURI }) {
  const doc = panel.ownerDocument;
  const look = lookOf(claim.level);
  panel.replaceChildren(
    el(doc, 'h3', { id: 'evidence-title', text: `Evidence for claim ${number}` }),
    el(doc, 'p', { 'data-level': levelKey(claim.level) },
      el(doc, 'span', { class: 'symbol', 'aria-hidden': 'true', text: `${look.symbol} ` }),
      levelSentence(claim, report)),
  );
  const support = claim.support ?? [];
  if (support.length) {
    panel.append(el(doc, 'p', { class: 'meta', text: 'Marked: the words each outlet shares with this claim.' }));
    const list = el(doc, 'ul', { class: 'supports', 'aria-label': 'Outlets that report this claim' });
    for (const s of support) list.append(supportItem(doc, report, s, entries[s.doc], baseURI));
    panel.append(list);
  }
  const supporting = new Set(support.map((s) => s.doc));
  const missing = report.documents.filter((_, i) => i !== host && !supporting.has(i)).map((d) => d.label);
  panel.append(missing.length
    ? el(doc, 'p', { class: 'missing' }, el(doc, 'strong', { text: 'Not reported by: ' }), missing.join(', '))
    : el(doc, 'p', { class: 'missing', text: 'Every other outlet reports it.' }));
  const actions = el(doc, 'p', { class: 'actions' },
    el(doc, 'button', { type: 'button', class: 'show', text: 'Show in article' }),
    el(doc, 'button', { type: 'button', class: 'close', text: 'Close' }));
  panel.append(actions);
}
