// The widget's styles as constructed stylesheets (adoptedStyleSheets): they work under a
// strict `style-src 'self'` policy, where <style> elements and style attributes are blocked.
//
// Levels are told apart without colour: each has its own underline style (dotted / dashed /
// solid) and, in the widget, a symbol and words. Text colours are set together with the
// backgrounds so contrast meets WCAG AA whatever colours the host page uses.

// One entry per level the report defines today. A level the widget does not know yet still
// works: it gets NEUTRAL and is described by its outlet count.
export const LEVEL_LOOK = {
  single: { symbol: '○', background: '#fdebd3', line: '#8a4500', underline: 'dotted' },
  several: { symbol: '◐', background: '#dcebfb', line: '#1b4f8f', underline: 'dashed' },
  all: { symbol: '●', background: '#d7f0dc', line: '#17602c', underline: 'solid' },
};
export const NEUTRAL = { symbol: '◇', background: '#ececec', line: '#444444', underline: 'double' };
const INK = '#1a1a1a';
const SELECTED_BACKGROUND = '#1d3a7a';

const sheets = new WeakMap();

function sheetFor(view, key, css) {
  if (!sheets.has(view)) sheets.set(view, {});
  const cache = sheets.get(view);
  if (!cache[key]) {
    cache[key] = new view.CSSStyleSheet();
    cache[key].replaceSync(css);
  }
  return cache[key];
}

function decoration(look) {
  return `text-decoration-line: underline; text-decoration-style: ${look.underline};` +
    ` text-decoration-color: ${look.line}; text-decoration-thickness: 2px;`;
}

/** Rules for the host document: the ::highlight styles and the fallback wrappers. */
export function documentSheet(view) {
  let css = '';
  for (const [level, look] of Object.entries(LEVEL_LOOK)) {
    const paint = `color: ${INK}; background-color: ${look.background}; ${decoration(look)}`;
    css += `::highlight(corroborate-${level}) { ${paint} }\n`;
    css += `corroborate-mark[data-level="${level}"] { ${paint} text-underline-offset: 0.15em; }\n`;
  }
  css += `::highlight(corroborate-selected) { color: #ffffff; background-color: ${SELECTED_BACKGROUND}; }\n`;
  css += `corroborate-mark[data-selected] { color: #ffffff; background-color: ${SELECTED_BACKGROUND}; }\n`;
  return sheetFor(view, 'document', css);
}

/** Rules inside the widget's shadow root. Sizes are in px: the host's rem may be anything. */
export function shadowSheet(view) {
  let levels = '';
  for (const [level, look] of [...Object.entries(LEVEL_LOOK), ['other', NEUTRAL]]) {
    levels += `[data-level="${level}"] .symbol { color: ${look.line}; }\n`;
    levels += `[data-level="${level}"] .sample { background: ${look.background}; ${decoration(look)} }\n`;
  }
  return sheetFor(view, 'shadow', `
:host { display: block; }
:host([hidden]) { display: none; }
.root {
  all: initial; display: block; box-sizing: border-box; contain: content;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: ${INK}; background: #ffffff; border: 1px solid #8a8a8a; border-radius: 6px;
  padding: 12px 14px; text-align: start; max-width: 100%; container-type: inline-size;
}
.root * { box-sizing: border-box; }
h2 { font-size: 17px; font-weight: 700; margin: 0 0 4px; }
h3 { font-size: 15px; font-weight: 700; margin: 12px 0 4px; }
p { margin: 4px 0; }
.status { color: #3d3d3d; min-height: 1.45em; }
.error { color: #8b0000; background: #fff0f0; border: 1px solid #8b0000; border-radius: 4px; padding: 6px 8px; margin: 6px 0; }
.error[hidden], .evidence[hidden], .hint[hidden], progress[hidden] { display: none; }
progress { display: block; inline-size: 100%; block-size: 0.5em; margin-block: 0.25em; }
ul, ol { margin: 0; padding: 0; list-style: none; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0; }
.legend li { display: flex; align-items: baseline; gap: 6px; }
.count { font-weight: 700; font-variant-numeric: tabular-nums; }
.symbol { font-size: 16px; line-height: 1; }
.sample { padding: 0 2px; color: ${INK}; text-underline-offset: 0.15em; }
.hint { color: #3d3d3d; font-size: 13px; }
.claims { border-top: 1px solid #c4c4c4; margin-top: 4px; }
.claims > li { border-bottom: 1px solid #e0e0e0; }
button {
  font: inherit; color: inherit; background: #ffffff; cursor: pointer; margin: 0;
  border: 1px solid #6b6b6b; border-radius: 4px; padding: 2px 8px;
}
button.claim {
  display: grid; grid-template-columns: 1.4em 9em 1fr; gap: 6px; align-items: baseline;
  width: 100%; text-align: start; border: 0; border-radius: 0; padding: 6px 4px; background: transparent;
}
button.claim:hover { background: #f2f2f2; }
button.claim[aria-expanded="true"] { background: #e8edf8; }
button:focus-visible, a:focus-visible { outline: 3px solid ${SELECTED_BACKGROUND}; outline-offset: 2px; }
button.claim:focus-visible { outline-offset: -3px; }
.level { font-weight: 600; font-size: 13px; }
.text { overflow-wrap: anywhere; }
.evidence { padding: 4px 8px 10px 30px; background: #f7f8fb; }
.evidence h3 { margin-top: 4px; }
.support { margin: 8px 0; padding: 6px 8px; background: #ffffff; border: 1px solid #d0d0d0; border-radius: 4px; }
.outlet { font-weight: 700; }
.meta { color: #3d3d3d; font-size: 13px; }
.badge { display: inline-block; font-size: 12px; border: 1px solid #555555; border-radius: 3px; padding: 0 4px; margin-inline-start: 6px; }
blockquote { margin: 4px 0; padding-inline-start: 8px; border-inline-start: 3px solid #9a9a9a; overflow-wrap: anywhere; }
mark { background: #fff1a8; color: ${INK}; text-decoration: underline; text-decoration-thickness: 1px; }
mark.differs { background: #ffd9d9; text-decoration-style: wavy; text-decoration-color: #8b0000; }
.differs-list li::before { content: "≠ "; }
a { color: #1b4f8f; }
.actions { display: flex; gap: 8px; margin-top: 8px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
${levels}
/* In a narrow column (phones, sidebars) the level goes above the claim instead of beside it. */
@container (max-width: 420px) {
  button.claim { grid-template-columns: 1.4em 1fr; }
  button.claim .text { grid-column: 2; }
  .evidence { padding-inline-start: 10px; }
}
@media (forced-colors: active) {
  .sample, mark { forced-color-adjust: none; }
}
`);
}
