// Numbers the overview and the matrix show, derived from a report (docs/report.md) only:
// level names and thresholds come from the report, never from copies in this page.

/** The claims of a report (boilerplate is shown in articles but never counted). */
export function claims(report) {
  return report.sentences.filter((s) => s.kind === 'claim');
}

/** Per document: {single, several, all, total} counts of its claims. */
export function levelCounts(report) {
  const counts = report.documents.map(() => ({ single: 0, several: 0, all: 0, total: 0 }));
  for (const s of claims(report)) {
    const c = counts[s.doc];
    if (Object.hasOwn(c, s.level)) c[s.level] += 1;
    c.total += 1;
  }
  return counts;
}

/**
 * The claims every outlet reports, one per fact: outlets restate the same fact in their own
 * sentences, so a claim that already appears as support of a listed claim is left out.
 */
export function agreedClaims(report) {
  const listed = [];
  for (const s of claims(report)) {
    if (s.level !== 'all') continue;
    const restates = listed.some((l) => l.support.some((sup) => sup.sentences.includes(s.id)));
    if (!restates) listed.push(s);
  }
  return listed;
}

/** The claims of document `doc` that no other outlet reports. */
export function singleClaims(report, doc) {
  return claims(report).filter((s) => s.doc === doc && s.level === 'single');
}

/**
 * matrix[row][col]: how many claims of document `row` document `col` supports. The diagonal
 * stays null: an outlet does not corroborate itself.
 */
export function agreementMatrix(report) {
  const n = report.documents.length;
  const m = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => (r === c ? null : 0)));
  for (const s of claims(report)) {
    for (const doc of new Set(s.support.map((sup) => sup.doc))) {
      if (doc !== s.doc) m[s.doc][doc] += 1;
    }
  }
  return m;
}

/** Index of sentence `s` among the sentences of its own document (the permalink's number). */
export function indexInDoc(report, s) {
  let k = 0;
  for (const t of report.sentences) {
    if (t === s || t.id === s.id) return k;
    if (t.doc === s.doc) k += 1;
  }
  return -1;
}

/** The `k`th sentence of document `doc`, or undefined. */
export function sentenceAt(report, doc, k) {
  return report.sentences.filter((s) => s.doc === doc)[k];
}
