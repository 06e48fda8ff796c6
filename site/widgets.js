// How the page drives <corroborate-widget> (web/corroborate-widget.js): create it once its
// article is in place, wait for an analysis to finish, and find the widget's own article in
// the widget's report.

/**
 * Creates a widget for `articleSelector`, with `outlet` (a bundle id) when the article is one
 * of the bundled ones, and appends it to `parent`. Resolves once its first analysis is done.
 */
export function mountWidget(parent, { id, articleSelector, outlet }) {
  const w = document.createElement('corroborate-widget');
  w.id = id;
  w.setAttribute('article', articleSelector);
  w.setAttribute('sources', 'sources.json');
  if (outlet) w.setAttribute('outlet', outlet);
  const done = nextAnalysis(w);
  parent.append(w);
  return done.then(() => w);
}

/** Resolves with the report of the widget's next finished analysis; rejects on its error. */
export function nextAnalysis(widget) {
  return new Promise((resolve, reject) => {
    const ready = (e) => { stop(); resolve(e.detail?.report ?? widget.report); };
    const failed = (e) => { stop(); reject(new Error(e.detail?.message ?? 'analysis failed')); };
    function stop() {
      widget.removeEventListener('corroborate-ready', ready);
      widget.removeEventListener('corroborate-error', failed);
    }
    widget.addEventListener('corroborate-ready', ready);
    widget.addEventListener('corroborate-error', failed);
  });
}

/**
 * Index in `report.documents` of the widget's own article: the document carrying the outlet's
 * id, or else (pasted text) the one document that is not a bundled source.
 */
export function hostDoc(report, outletId, bundleIds) {
  if (outletId) {
    const i = report.documents.findIndex((d) => d.id === outletId);
    if (i >= 0) return i;
  }
  const known = new Set(bundleIds);
  return report.documents.findIndex((d) => !known.has(d.id));
}
