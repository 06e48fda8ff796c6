// The overview: claims per outlet by level (bars with their numbers), the claims every outlet
// reports, and the claims only one outlet reports. Claim lines link to their permalinks.
import { levelCounts, agreedClaims, singleClaims, indexInDoc } from './report-stats.js';
import { claimHash } from './permalink.js';

const LEVELS = [
  ['single', 'single'],
  ['several', 'several'],
  ['all', 'all'],
];

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function claimLink(report, s) {
  const a = el('a', 'claim', s.text);
  a.href = claimHash(report.documents[s.doc].id, indexInDoc(report, s));
  return a;
}

/** One row per outlet: label, a stacked bar on a scale shared by all outlets, the numbers. */
export function renderLevelBars(container, report) {
  const counts = levelCounts(report);
  const widest = Math.max(1, ...counts.map((c) => c.total));
  const rows = report.documents.map((d, i) => {
    const c = counts[i];
    const row = el('div', 'bar-row');
    row.dataset.doc = d.id;
    row.append(el('span', 'bar-label', d.label));
    // The bar repeats the numbers next to it, so it is hidden from assistive technology.
    const bar = el('div', 'bar');
    bar.setAttribute('aria-hidden', 'true');
    for (const [level] of LEVELS) {
      if (c[level] === 0) continue;
      const seg = el('span', `seg level-${level}`, String(c[level]));
      // CSSOM, not a style attribute: allowed under style-src 'self'.
      seg.style.setProperty('--share', String(c[level] / widest));
      bar.append(seg);
    }
    row.append(bar);
    const nums = el('p', 'bar-numbers');
    nums.append(el('span', 'total', `${c.total} claims: `));
    LEVELS.forEach(([level, name], j) => {
      const n = el('span', `num level-${level}`);
      n.dataset.level = level;
      n.append(el('span', 'swatch', ''), `${c[level]} ${name}`);
      n.firstChild.setAttribute('aria-hidden', 'true');
      nums.append(n);
      if (j < LEVELS.length - 1) nums.append(', ');
    });
    row.append(nums);
    return row;
  });
  container.replaceChildren(...rows);
}

export function renderAgreed(list, report) {
  const agreed = agreedClaims(report);
  if (agreed.length === 0) {
    list.replaceChildren(el('li', 'empty', 'No claim is reported by every outlet.'));
    return;
  }
  list.replaceChildren(...agreed.map((s) => {
    const li = el('li');
    li.append(claimLink(report, s), ' ', el('span', 'source', `(${report.documents[s.doc].label})`));
    return li;
  }));
}

/** One collapsible list per outlet, so the page stays short until a reader asks for more. */
export function renderOnlyIn(container, report) {
  const blocks = report.documents.map((d, i) => {
    const single = singleClaims(report, i);
    const details = el('details', 'only-block');
    details.dataset.doc = d.id;
    const summary = el('summary');
    summary.append(el('span', 'only-label', `Only in ${d.label}`), ' ',
      el('span', 'only-count', `${single.length} ${single.length === 1 ? 'claim' : 'claims'}`));
    details.append(summary);
    if (single.length === 0) {
      details.append(el('p', 'empty', 'Every claim of this outlet is also reported elsewhere.'));
    } else {
      const ul = el('ul', 'claim-list');
      ul.append(...single.map((s) => {
        const li = el('li');
        li.append(claimLink(report, s));
        return li;
      }));
      details.append(ul);
    }
    return details;
  });
  container.replaceChildren(...blocks);
}
