// "Check your own text": the pasted article is shown as paragraphs (as text, never as HTML)
// and a widget without an outlet compares it with every bundled article, in the browser.
import { renderParagraphs } from './bundle.js';
import { mountWidget, nextAnalysis, hostDoc } from './widgets.js';
import { levelCounts } from './report-stats.js';

export function setupOwnText(bundle, els) {
  const ids = bundle.map((b) => b.id);
  let widget = null;
  let busy = false;

  async function check(text) {
    renderParagraphs(els.story, text);
    els.result.hidden = false;
    if (!widget) {
      widget = await mountWidget(els.aside, { id: 'own-widget', articleSelector: '#own-story' });
      return widget.report;
    }
    const done = nextAnalysis(widget);
    return Promise.race([done, widget.refresh().then(() => widget.report)]);
  }

  els.form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    const text = els.input.value;
    if (text.trim() === '') {
      els.status.textContent = 'Paste some text first.';
      return;
    }
    busy = true;
    els.status.textContent = 'Checking…';
    try {
      const report = await check(text);
      const c = levelCounts(report)[hostDoc(report, null, ids)];
      els.status.textContent = c.total === 0
        ? 'No claims found in this text.'
        : `${c.total} ${c.total === 1 ? 'claim' : 'claims'}: ${c.single} single, ${c.several} several, ${c.all} all.`;
    } catch (err) {
      els.status.textContent = `Could not check this text: ${err.message}`;
    } finally {
      busy = false;
    }
  });
}
