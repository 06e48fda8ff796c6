// Boots the demo page: loads the bundled articles, analyses all five with the wasm engine for
// the overview, the matrix and the download, and wires the reader, permalinks and the
// "check your own text" form. Everything runs in the browser; the host only serves files.
import { loadCorroborate } from './corroborate.js';
import './corroborate-widget.js';
import { loadBundle } from './bundle.js';
import { createReader } from './reader.js';
import { renderLevelBars, renderAgreed, renderOnlyIn } from './overview.js';
import { renderMatrix } from './matrix.js';
import { offerDownload } from './download.js';
import { setupOwnText } from './own-text.js';
import { parseClaimHash } from './permalink.js';

const $ = (id) => document.getElementById(id);

function fail(err) {
  const status = $('boot-status');
  status.textContent = `Something went wrong: ${err.message}`;
  status.classList.add('error');
  console.error(err);
}

// The page's one engine: the widgets ask for the same one (loadCorroborate's `shared`), so it
// is downloaded, compiled and loaded once.
const loadEngine = () => loadCorroborate({ shared: true, worker: 'auto' });

async function analyseBundle(bundle) {
  const engine = await loadEngine();
  return engine.analyze({ documents: bundle.map(({ id, label, text }) => ({ id, label, text })) });
}

// Resolves after the next frame is painted.
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

function showClaimError(err) {
  $('claim-error').textContent = err.message;
  $('claim-error').hidden = false;
}

async function openFromHash({ scroll }) {
  $('claim-error').hidden = true;
  const claim = parseClaimHash(location.hash);
  if (!claim) return false;
  try {
    await reader.openClaim(claim, { scroll });
  } catch (err) {
    showClaimError(err);
    // Stay on the outlet the link named if it got that far; otherwise show the first one.
    if (reader.tabs.current < 0) await reader.show(0);
  }
  return true;
}

let reader;

async function boot() {
  // The engine travels while the bundle does (failures show in the widget and below).
  loadEngine().catch(() => {});
  const bundle = await loadBundle();
  reader = createReader(bundle, {
    tabs: $('outlet-tabs'),
    panel: $('outlet-panel'),
    title: $('story-title'),
    story: $('story'),
    aside: $('story-evidence'),
    claimHint: $('claim-link-hint'),
    claimAnchor: $('claim-link-anchor'),
    onError: showClaimError,
  });

  // Everything that depends on data stays hidden until its data is in, then appears at once:
  // no text jumps while the reader is reading.
  const opened = await openFromHash({ scroll: false });
  if (!opened) await reader.show(0);
  // The article's claims are marked first and painted before the overview's analysis of all
  // five articles holds the page's thread: readers see the highlights that much sooner.
  await afterPaint();
  const report = await analyseBundle(bundle);
  renderLevelBars($('level-bars'), report);
  renderAgreed($('agreed'), report);
  renderOnlyIn($('only-in'), report);
  renderMatrix($('matrix'), report);
  offerDownload($('download-report'), report, 'corroborate-report.json');
  setupOwnText(bundle, {
    form: $('own-form'),
    input: $('own-input'),
    status: $('own-status'),
    result: $('own-result'),
    story: $('own-story'),
    aside: $('own-evidence'),
  });
  for (const el of document.querySelectorAll('[data-after-boot]')) el.hidden = false;
  $('boot-status').textContent = 'Choose an outlet, then select a marked sentence to see which outlets back it up.';
  document.body.dataset.ready = 'true';
  performance.mark('site-ready');  // how long a reader waits; the browser tests report it
  // The reader's position was restored without scrolling, so the page did not jump during
  // loading; now bring the linked claim into view.
  if (parseClaimHash(location.hash)) await openFromHash({ scroll: true });
  window.addEventListener('hashchange', () => openFromHash({ scroll: true }));
}

boot().catch(fail);
