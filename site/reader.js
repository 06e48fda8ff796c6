// The reader: outlet tabs, the chosen article as paragraphs, the widget that marks its claims
// and shows their evidence, and claim permalinks (open a claim from the URL, and write the URL
// of the claim a reader selects).
import { renderParagraphs } from './bundle.js';
import { createTabs } from './tabs.js';
import { mountWidget, nextAnalysis, hostDoc } from './widgets.js';
import { claimHash, parseClaimHash } from './permalink.js';
import { indexInDoc, sentenceAt } from './report-stats.js';

export function createReader(bundle, els) {
  const ids = bundle.map((b) => b.id);
  let widget = null;
  let shown = -1;
  let pending = null;  // the analysis of the outlet being switched to
  let generation = 0;  // bumps on every switch, so a late result of an older switch is ignored

  function renderStory(item) {
    const kicker = document.createElement('span');
    kicker.className = 'kicker';
    kicker.textContent = item.label;
    const title = document.createElement('span');
    title.className = 'headline';
    title.textContent = item.title || 'Article without a headline';
    els.title.replaceChildren(kicker, ' ', title);
    renderParagraphs(els.story, item.text);
  }

  /** Shows outlet `i`; resolves with the widget's report for it (null if superseded). */
  async function show(i) {
    if (i === shown && pending) return pending;
    const mine = ++generation;
    shown = i;
    hideClaimLink();
    renderStory(bundle[i]);
    if (!widget) {
      pending = mountWidget(els.aside, { id: 'story-widget', articleSelector: '#story', outlet: bundle[i].id })
        .then((w) => { widget = w; listen(w); return w.report; });
    } else {
      // The article is already replaced: changing `outlet` makes the widget analyse it again.
      pending = nextAnalysis(widget);
      widget.setAttribute('outlet', bundle[i].id);
    }
    const report = await pending;
    return mine === generation ? report : null;
  }

  function listen(w) {
    w.addEventListener('corroborate-select', (e) => {
      const s = e.detail?.sentence;
      if (!s) {
        // Evidence closed: the address no longer names a claim.
        hideClaimLink();
        if (parseClaimHash(location.hash)) history.replaceState(null, '', location.pathname + location.search);
        return;
      }
      if (!w.report) return;
      const outlet = bundle[shown];
      if (s.doc !== hostDoc(w.report, outlet.id, ids)) return;  // evidence from another outlet
      const hash = claimHash(outlet.id, indexInDoc(w.report, s));
      history.replaceState(null, '', hash);
      showClaimLink(hash);
      revealOpenClaim(w);
    });
  }

  // Beside the article the evidence column scrolls on its own; bring the open claim (the
  // widget marks its button aria-expanded) into that column's view without moving the page.
  function revealOpenClaim(w) {
    const column = els.aside;
    if (column.scrollHeight <= column.clientHeight) return;
    const open = w.shadowRoot?.querySelector('[aria-expanded="true"]');
    if (!open) return;
    const top = open.getBoundingClientRect().top - column.getBoundingClientRect().top + column.scrollTop;
    column.scrollTo({ top: Math.max(0, top - 16) });
  }

  function showClaimLink(hash) {
    const { docId, index } = parseClaimHash(hash);
    els.claimAnchor.href = hash;
    els.claimAnchor.textContent = `Link to this claim (${bundle[ids.indexOf(docId)].label}, sentence ${index + 1})`;
    els.claimAnchor.hidden = false;
    els.claimHint.hidden = true;
  }

  function hideClaimLink() {
    els.claimAnchor.hidden = true;
    els.claimHint.hidden = false;
  }

  const tabs = createTabs(els.tabs, els.panel, bundle, (i, { user }) => {
    if (user) {
      // The claim in the address bar belongs to the previous outlet.
      if (parseClaimHash(location.hash)) history.replaceState(null, '', location.pathname + location.search);
      show(i).catch(els.onError);
    }
  });

  /** Opens the `index`th sentence of outlet `docId`: its tab, and the widget's evidence. */
  async function openClaim({ docId, index }, { scroll = true } = {}) {
    const i = ids.indexOf(docId);
    if (i < 0) throw new Error('This claim link points to an article that is not on this page.');
    tabs.select(i);
    const report = await show(i);
    if (!report) return null;
    const s = sentenceAt(report, hostDoc(report, docId, ids), index);
    if (!s) throw new Error('This claim link points past the end of the article.');
    if (s.kind !== 'claim') throw new Error('This claim link points to page furniture (a byline, an ad), not a claim.');
    widget.select(s.id);
    showClaimLink(claimHash(docId, index));
    if (scroll) els.story.children[s.paragraph]?.scrollIntoView({ block: 'center' });
    return s;
  }

  return {
    tabs,
    show: (i) => { tabs.select(i); return show(i); },
    openClaim,
    get widget() { return widget; },
  };
}
