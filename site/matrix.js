// The outlet-by-outlet agreement table: cell (row, column) counts the claims of the row's
// outlet that the column's outlet supports. The shade is that count as a share of the row's
// claims, in six steps, so outlets of different lengths compare fairly.
import { agreementMatrix, levelCounts } from './report-stats.js';

const STEPS = 5;

function heatStep(count, total) {
  if (count === 0 || total === 0) return 0;
  return Math.min(STEPS, Math.ceil((count / total) * STEPS));
}

function cell(tag, text, className) {
  const c = document.createElement(tag);
  c.textContent = text;
  if (className) c.className = className;
  return c;
}

export function renderMatrix(container, report) {
  const docs = report.documents;
  const m = agreementMatrix(report);
  const counts = levelCounts(report);

  const table = document.createElement('table');
  table.className = 'matrix';
  table.id = 'agreement-matrix';
  const caption = cell('caption', 'Claims of the row outlet that the column outlet also reports');
  table.append(caption);

  const head = document.createElement('thead');
  const hr = document.createElement('tr');
  hr.append(cell('td', ''));
  for (const d of docs) {
    const th = cell('th', d.label);
    th.scope = 'col';
    hr.append(th);
  }
  const totalHead = cell('th', 'Claims', 'total-col');
  totalHead.scope = 'col';
  hr.append(totalHead);
  head.append(hr);

  const body = document.createElement('tbody');
  docs.forEach((d, r) => {
    const tr = document.createElement('tr');
    const th = cell('th', d.label);
    th.scope = 'row';
    tr.append(th);
    docs.forEach((_, c) => {
      if (r === c) {
        const td = cell('td', '—', 'self');
        td.title = 'same outlet';
        tr.append(td);
        return;
      }
      const n = m[r][c];
      const total = counts[r].total;
      const td = document.createElement('td');
      td.className = `heat heat-${heatStep(n, total)}`;
      td.dataset.row = d.id;
      td.dataset.col = docs[c].id;
      td.append(cell('span', String(n), 'count'));
      if (total > 0) td.append(cell('span', `${Math.round((100 * n) / total)}%`, 'share'));
      tr.append(td);
    });
    tr.append(cell('td', String(counts[r].total), 'total-col'));
    body.append(tr);
  });
  table.append(head, body);

  const legend = document.createElement('p');
  legend.className = 'heat-legend';
  legend.append('Share of the row outlet’s claims: ');
  for (let i = 0; i <= STEPS; i += 1) {
    const label = i === 0 ? 'none' : `up to ${(100 * i) / STEPS}%`;
    legend.append(cell('span', label, `heat heat-${i}`));
  }
  container.replaceChildren(table, legend);
}
