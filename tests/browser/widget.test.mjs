// The embeddable widget, against the built dist folder, in a host page that is as unfriendly
// as a real news site can be: a strict Content-Security-Policy and global CSS that reverts and
// blows up every element. Run: CORROBORATE_DIST=build/wasm/dist node --test tests/browser/widget.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { serve, launch, watchErrors, axe, screenshot, DIST, STRICT_CSP } from './harness.mjs';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const LEVELS = ['single', 'several', 'all'];

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

// One paragraph of host markup: words 2-4 in <strong>, a line break and indentation in the
// source, so reading the text has to cross elements and collapse white space.
function paragraphHtml(text, i) {
  const words = text.split(' ');
  if (i % 2 === 1 && words.length > 6) {
    return `    <p>\n      ${escapeHtml(words[0])} <strong>${escapeHtml(words.slice(1, 4).join(' '))}</strong>\n      ${escapeHtml(words.slice(4).join(' '))}\n    </p>`;
  }
  return `    <p>${escapeHtml(text)}</p>`;
}

/** A host page: the article's paragraphs, an ad the widget is told to ignore, a hidden paragraph, the widget after it. */
function hostPage({ paragraphs, sources = '/dist/sources.json', outlet, article = '#story' }) {
  const attrs = [`article="${escapeHtml(article)}"`, `sources="${escapeHtml(sources)}"`];
  if (outlet) attrs.push(`outlet="${escapeHtml(outlet)}"`);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Host newsroom page</title>
  <link rel="stylesheet" href="/fixtures/hostile.css">
  <script type="module" src="/dist/corroborate-widget.js"></script>
</head>
<body>
  <main>
    <h1>Today's story</h1>
    <article id="story">
${paragraphs.map(paragraphHtml).join('\n')}
      <div class="ad" data-corroborate-ignore>ADVERTISEMENT Buy three, pay for two!</div>
      <p hidden>Subscribers only: the full transcript of the call.</p>
    </article>
    <aside aria-label="Fact check">
      <corroborate-widget ${attrs.join(' ')}></corroborate-widget>
    </aside>
  </main>
</body>
</html>`;
}

let browser;
let strict;  // served with STRICT_CSP
let open;  // served without any policy: the test for script payloads must not lean on CSP
let bundle;
const pages = {};

before(async () => {
  bundle = JSON.parse(await readFile(join(DIST, 'sources.json'), 'utf8'));
  const story = bundle[0];
  pages['/story.html'] = hostPage({ paragraphs: story.text.split('\n').filter((l) => l.trim()), outlet: story.id });
  pages['/broken.html'] = hostPage({ paragraphs: ['Nothing to see here.'], sources: '/missing.json' });
  pages['/bad.json'] = '[{"id": "a", "text": "unterminated';
  pages['/bridge.html'] = hostPage({
    paragraphs: [
      'The city council voted on Tuesday to reopen the Elm Street bridge next month after repairs costing 4 million dollars.',
      'Council member Ana Ruiz said the repairs were finished ahead of schedule.',
      'Local shops near the bridge have lost customers during the closure.',
    ],
    sources: '/fixtures/hostile-sources.json',
  });
  // Two articles and two widgets on one page, as a site with a story and a sidebar would have.
  pages['/two.html'] = pages['/story.html']
    .replace('</main>', `<section id="second"><p>${escapeHtml(bundle[1].text.split('\n').filter((l) => l.trim()).join('</p><p>'))}</p></section>
    <corroborate-widget id="w2" article="#second" sources="/dist/sources.json" outlet="${bundle[1].id}"></corroborate-widget></main>`);
  // The module first, the widgets later: a page script imports it and then adds two widgets.
  pages['/late.html'] = pages['/story.html']
    .replace('<script type="module" src="/dist/corroborate-widget.js"></script>', '<script type="module" src="/late.js"></script>')
    .replace(/<corroborate-widget [^>]*><\/corroborate-widget>/, '');
  pages['/late.js'] = `import { CorroborateWidget } from '/dist/corroborate-widget.js';
window.__defined = customElements.get('corroborate-widget') === CorroborateWidget;
await new Promise((ok) => setTimeout(ok, 50));
const ready = [];
for (const id of ['${bundle[0].id}', '${bundle[1].id}']) {
  const w = document.createElement('corroborate-widget');
  w.setAttribute('article', '#story');
  w.setAttribute('sources', '/dist/sources.json');
  w.setAttribute('outlet', id);
  document.querySelector('aside').append(w);
  ready.push(w);
}
await new Promise((ok) => setTimeout(ok));  // after the analyses the insertion scheduled start
await Promise.all(ready.map((w) => w.refresh()));
window.__late = [...document.querySelectorAll('corroborate-widget')].map((w) => ({ error: w.error, claims: w.report?.sentences.length ?? 0 }));
`;
  // Properties set before the element is defined, then the module imported, then the widget
  // put on the page; then its properties changed.
  pages['/props.html'] = pages['/late.html'].replace('/late.js', '/props.js');
  pages['/props.js'] = `const w = document.createElement('corroborate-widget');
w.article = '#story';
w.sources = '/dist/sources.json';
w.outlet = '${bundle[0].id}';
const files = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
// Counts the page's DOM queries while the module is imported and evaluated.
const queried = [];
const originals = {};
for (const name of ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementById']) {
  originals[name] = Document.prototype[name];
  Document.prototype[name] = function (...args) { queried.push(name + ' ' + args[0]); return originals[name].apply(this, args); };
}
await import('/dist/corroborate-widget.js');
for (const name of Object.keys(originals)) Document.prototype[name] = originals[name];
await new Promise((ok) => setTimeout(ok, 300));
const out = { afterImport: files(), queried };
const ready = () => new Promise((ok) => w.addEventListener('corroborate-ready', ok, { once: true }));
const attrs = () => ({ article: w.getAttribute('article'), sources: w.getAttribute('sources'), outlet: w.getAttribute('outlet') });
let done = ready();
document.querySelector('aside').append(w);
await done;
out.upgraded = { attrs: attrs(), host: w.report.documents[w.hostDocument].id };
done = ready();
w.outlet = '${bundle[1].id}';
await done;
out.changed = { attrs: attrs(), props: { article: w.article, sources: w.sources, outlet: w.outlet }, host: w.report.documents[w.hostDocument].id };
w.setAttribute('article', '#elsewhere');
out.read = w.article;
w.outlet = null;
out.removed = { has: w.hasAttribute('outlet'), prop: w.outlet };
window.__props = out;
`;
  const mounts = { '/dist/': DIST, '/fixtures/': FIXTURES };
  strict = await serve({ mounts, pages, csp: STRICT_CSP });
  open = await serve({ mounts, pages, csp: null });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await strict?.close();
  await open?.close();
});

/** Opens `path`, records the article before the widget ran, and waits for the widget to settle. */
async function openPage(server, path, { beforeLoad } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  // Module scripts run after readyState turns "interactive": this snapshot predates the widget.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const story = document.getElementById('story');
      window.__before = { html: story?.innerHTML, text: document.body.textContent };
    });
    window.__events = [];
    for (const type of ['corroborate-ready', 'corroborate-select', 'corroborate-error']) {
      document.addEventListener(type, (e) => window.__events.push({ type, detail: e.detail, at: performance.now() }));
    }
  });
  if (beforeLoad) await page.addInitScript(beforeLoad);
  const start = server.requests.length;
  await page.goto(`${server.url}${path}`);
  await settled(page);
  return { page, context, errors, requests: () => server.requests.slice(start) };
}

const settled = (page) => page.waitForFunction(() => {
  const w = document.querySelector('corroborate-widget');
  return w && (w.report !== null || w.error !== null) && !w.shadowRoot.querySelector('[aria-busy]');
}, null, { timeout: 60_000 });

/** Claims of the host article in the widget's report, and their counts per level. */
const hostClaims = (page) => page.evaluate(() => {
  const w = document.querySelector('corroborate-widget');
  const claims = w.report.sentences.filter((s) => s.doc === w.hostDocument && s.kind === 'claim');
  const counts = {};
  for (const c of claims) counts[c.level] = (counts[c.level] ?? 0) + 1;
  return { claims, counts, documents: w.report.documents, host: w.hostDocument };
});

const squash = (s) => s.replace(/\s+/g, ' ').trim();

test('two rounds of requests: the widget (one module), then the bundle, the engine and the synonym table at once', async () => {
  // A round is answered only once all of its requests have been asked for. An engine file or
  // the bundle requested only after another of them arrived (the table only after the engine
  // started, say) would hold its round back until the timeout, which the test counts.
  const rounds = [
    ['/dist/sources.json', '/dist/corroborate-core.mjs', '/dist/corroborate-core.wasm', '/dist/corroborate-lexicon.bin'],
  ].map((paths) => {
    let open;
    return { paths, asked: new Set(), allAsked: new Promise((resolve) => { open = resolve; }), open };
  });
  const together = rounds[0].paths;
  const timedOut = new Set();
  const held = await serve({
    mounts: { '/dist/': DIST, '/fixtures/': FIXTURES },
    pages,
    csp: STRICT_CSP,
    hold: (path) => {
      const round = rounds.find((r) => r.paths.includes(path));
      if (!round) return undefined;
      round.asked.add(path);
      if (round.asked.size === round.paths.length) round.open();
      return Promise.race([round.allAsked, new Promise((resolve) => setTimeout(() => {
        timedOut.add(path);
        resolve();
      }, 5_000))]);
    },
  });
  try {
    const { page, context, errors, requests } = await openPage(held, '/story.html');
    for (const round of rounds) assert.deepEqual([...round.asked].sort(), [...round.paths].sort());
    assert.deepEqual([...timedOut], [], 'answered only after a 5 s wait for the rest of their round');
    // Nothing was requested twice, and the widget is one module: it asked for no other.
    const seen = requests().filter((p) => p !== '/favicon.ico');
    assert.deepEqual(seen.filter((p, i) => seen.indexOf(p) !== i), [], `requested twice: ${seen}`);
    assert.deepEqual(seen.filter((p) => /\.js$/.test(p) && p.startsWith('/dist/')), ['/dist/corroborate-widget.js']);
    const state = await page.evaluate(() => {
      const w = document.querySelector('corroborate-widget');
      return { error: w.error, claims: w.report?.sentences.length ?? 0, marked: CSS.highlights.size };
    });
    assert.equal(state.error, null);
    assert.ok(state.claims > 0 && state.marked > 0, 'the claims are marked');
    // All four were in flight together: each was asked for before any had an answer.
    const timing = await page.evaluate((paths) => performance.getEntriesByType('resource')
      .filter((e) => paths.includes(new URL(e.name).pathname))
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })), together);
    assert.equal(timing.length, together.length);
    assert.ok(Math.max(...timing.map((e) => e.start)) < Math.min(...timing.map((e) => e.end)),
      `requested together: ${JSON.stringify(timing)}`);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await held.close();
  }
});

test('marks each claim of a bundled article in place, as the engine reports it', async (t) => {
  const { page, context, errors, requests } = await openPage(strict, '/story.html');
  assert.equal(await page.evaluate(() => document.querySelector('corroborate-widget').error), null);
  const { claims, counts, documents, host } = await hostClaims(page);
  assert.equal(documents[host].id, bundle[0].id, 'the host article takes the place of its outlet');
  assert.ok(claims.length > 10, `expected the story's claims, got ${claims.length}`);

  // One highlight per level, with one range per claim of that level.
  const highlighted = await page.evaluate((levels) => Object.fromEntries(levels.map((l) => {
    const h = CSS.highlights.get(`corroborate-${l}`);
    return [l, h ? [...h].map((r) => r.toString()) : []];
  })), LEVELS);
  for (const level of LEVELS) {
    const expected = claims.filter((c) => c.level === level).map((c) => squash(c.text));
    assert.deepEqual(highlighted[level].map(squash).sort(), expected.sort(), `highlighted text of level ${level}`);
  }
  // The legend shows the same counts, with words and not only colour.
  const legend = await page.evaluate(() => [...document.querySelector('corroborate-widget').shadowRoot
    .querySelectorAll('.legend li')].map((li) => [li.dataset.countFor, li.querySelector('.count').textContent, li.textContent]));
  for (const [level, count, text] of legend) {
    assert.equal(Number(count), counts[level] ?? 0, `legend count for ${level}`);
    assert.match(text, /[A-Za-z]{4,}/);
  }
  assert.deepEqual(legend.map(([l]) => l).sort(), [...LEVELS].sort());
  const { detail: ready, at } = await page.evaluate(() => window.__events.find((e) => e.type === 'corroborate-ready'));
  t.diagnostic(`page load to corroborate-ready: ${Math.round(at)} ms for ${claims.length} claims against ${documents.length - 1} outlets`);
  for (const level of LEVELS) assert.equal(ready.counts[level] ?? 0, counts[level] ?? 0, `ready event count for ${level}`);

  // The widget loaded its own files and the bundle, nothing else.
  const seen = new Set(requests());
  for (const path of seen) {  // favicon.ico: the browser asks for it, not the widget
    assert.match(path, /^\/(favicon\.ico|story\.html|fixtures\/hostile\.css|dist\/(corroborate-widget\.js|widget-[a-z]+\.js|corroborate\.js|corroborate-core\.(mjs|wasm)|corroborate-lexicon\.bin|sources\.json))$/, `unexpected request ${path}`);
  }
  for (const path of ['/dist/corroborate-core.wasm', '/dist/sources.json']) assert.ok(seen.has(path), `${path} was loaded`);

  // The same article analysed straight from the bundle, without the page: same claims, same levels.
  const direct = await page.evaluate(async (docs) => {
    const { loadCorroborate } = await import('/dist/corroborate.js');
    const engine = await loadCorroborate();
    const report = await engine.analyze({ documents: docs });
    return report.sentences.filter((s) => s.doc === 0 && s.kind === 'claim').map((s) => [s.text, s.level]);
  }, bundle.map(({ id, label, text }) => ({ id, label, text })));
  assert.deepEqual(claims.map((c) => [squash(c.text), c.level]), direct.map(([t, l]) => [squash(t), l]));

  // The host page is untouched: same markup, same text.
  const { before: snapshot, now } = await page.evaluate(() => ({
    before: window.__before,
    now: { html: document.getElementById('story').innerHTML, text: document.body.textContent },
  }));
  assert.ok(snapshot.html.length > 1000);
  assert.equal(now.html, snapshot.html);
  assert.equal(now.text, snapshot.text);
  await screenshot(page, 'widget-story');
  assert.deepEqual(errors, []);
  await context.close();
});

test('user timing: the widget and the engine mark the end of each phase, in the order they run', async () => {
  const { page, context, errors } = await openPage(strict, '/story.html', {
    beforeLoad: () => {
      // What the page holds when the widget says it is ready.
      document.addEventListener('corroborate-ready', () => {
        window.__atReady = { highlights: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0), at: performance.now() };
      }, { capture: true, once: true });
    },
  });
  const marks = () => page.evaluate(() => performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('corroborate:')).map((m) => ({ name: m.name.slice('corroborate:'.length), at: m.startTime })));
  const first = await marks();
  const at = Object.fromEntries(first.map((m) => [m.name, m.at]));
  const phases = ['widget-evaluated', 'engine-requested', 'wasm-compiled', 'engine-instantiated', 'lexicon-fetched',
    'bundle-loaded', 'article-read', 'lexicon-loaded', 'analysis-start', 'analysis-done', 'highlights-registered', 'widget-ready'];
  assert.deepEqual(first.map((m) => m.name).sort(), [...phases].sort(), 'each phase marked once');
  // Each phase ends after the ones it waits for.
  const after = {
    'engine-requested': ['widget-evaluated'],
    'wasm-compiled': ['engine-requested'],
    'engine-instantiated': ['wasm-compiled'],
    'lexicon-fetched': ['engine-requested'],
    'article-read': ['widget-evaluated'],
    'lexicon-loaded': ['lexicon-fetched', 'engine-instantiated'],
    'analysis-start': ['lexicon-loaded', 'bundle-loaded', 'article-read'],
    'analysis-done': ['analysis-start'],
    'highlights-registered': ['analysis-done'],
    'widget-ready': ['highlights-registered'],
  };
  for (const [phase, before] of Object.entries(after)) {
    for (const b of before) assert.ok(at[b] <= at[phase], `${b} (${at[b]}) before ${phase} (${at[phase]})`);
  }
  const ready = await page.evaluate(() => window.__atReady);
  assert.ok(ready.highlights > 10, `the claims are highlighted when the widget is ready: ${ready.highlights}`);
  assert.ok(at['widget-ready'] <= ready.at);
  // Analysing again marks the widget's phases again, not the engine's: it is loaded once.
  await page.evaluate(() => document.querySelector('corroborate-widget').refresh());
  const counts = {};
  for (const m of await marks()) counts[m.name] = (counts[m.name] ?? 0) + 1;
  for (const phase of phases) {
    const again = ['bundle-loaded', 'article-read', 'highlights-registered', 'widget-ready'].includes(phase);
    assert.equal(counts[phase], again ? 2 : 1, phase);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the evidence for the "I like President XI" quote lists the outlets the report gives', async () => {
  const { page, context, errors } = await openPage(strict, '/story.html');
  const { claims, documents, host } = await hostClaims(page);
  const quote = claims.find((c) => c.text.includes('I like President XI of China'));
  assert.ok(quote, 'the quote is a claim of the story');
  assert.ok(quote.support.length >= 1, 'other outlets print the quote');

  await page.locator('corroborate-widget button.claim', { hasText: 'I like President XI' }).click();
  const shown = await page.evaluate(() => {
    const root = document.querySelector('corroborate-widget').shadowRoot;
    const panel = root.querySelector('.evidence');
    return {
      hidden: panel.hidden,
      expanded: root.querySelector('button.claim[aria-expanded="true"]')?.dataset.sentence,
      supports: [...panel.querySelectorAll('.support')].map((li) => ({
        doc: Number(li.dataset.doc),
        label: li.querySelector('.outlet').textContent,
        head: li.querySelector('p').textContent,
        quote: li.querySelector('blockquote').textContent,
        marks: [...li.querySelectorAll('blockquote mark')].map((m) => m.textContent),
      })),
      missing: panel.querySelector('.missing').textContent,
      selected: [...CSS.highlights.get('corroborate-selected')].map((r) => r.toString()),
      live: root.querySelector('[aria-live]').textContent,
      event: window.__events.filter((e) => e.type === 'corroborate-select').at(-1)?.detail.sentence?.id,
    };
  });
  assert.equal(shown.hidden, false);
  assert.equal(Number(shown.expanded), quote.id);
  assert.equal(shown.event, quote.id);
  assert.deepEqual(shown.selected.map(squash), [squash(quote.text)], 'the chosen claim is marked in the article');
  assert.deepEqual(shown.supports.map((s) => s.doc), quote.support.map((s) => s.doc));
  assert.deepEqual(shown.supports.map((s) => s.label), quote.support.map((s) => documents[s.doc].label));
  for (const [i, s] of quote.support.entries()) {
    const item = shown.supports[i];
    const sentenceTexts = (await page.evaluate((ids) => ids.map((id) => document.querySelector('corroborate-widget').report.sentences[id].text), s.sentences));
    assert.equal(squash(item.quote), squash(sentenceTexts.join(' ')));
    assert.ok(item.head.includes(s.score.toFixed(2)), `score shown for ${item.label}`);
    assert.equal(item.head.includes('same wording'), s.shared_text);
    assert.equal(item.head.includes('details differ'), s.differs.length > 0);
    if (s.shared.length) assert.ok(item.marks.length > 0, `shared words marked for ${item.label}`);
  }
  const supporting = new Set(quote.support.map((s) => s.doc));
  const notReporting = documents.filter((_, i) => i !== host && !supporting.has(i)).map((d) => d.label);
  for (const label of notReporting) assert.ok(shown.missing.includes(label), `${label} listed as not reporting`);
  if (notReporting.length === 0) assert.match(shown.missing, /every other outlet/i);
  assert.match(shown.live, /Reported by|Stated only here/);
  await screenshot(page, 'widget-evidence-xi-quote', { element: page.locator('corroborate-widget') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: Tab and j/k move between claims, Enter and Space open, Esc closes, the live region announces', async () => {
  const { page, context, errors } = await openPage(strict, '/story.html');
  const { claims, documents } = await hostClaims(page);
  const state = () => page.evaluate(() => {
    const root = document.querySelector('corroborate-widget').shadowRoot;
    return {
      focused: root.activeElement?.dataset.index ?? null,
      open: root.querySelector('button.claim[aria-expanded="true"]')?.dataset.index ?? null,
      panelHidden: root.querySelector('.evidence')?.hidden ?? true,
      live: root.querySelector('[aria-live]').textContent,
    };
  });
  await page.locator('corroborate-widget button.claim').first().focus();
  assert.equal((await state()).focused, '0');
  await page.keyboard.press('Tab');
  assert.equal((await state()).focused, '1');
  await page.keyboard.press('Shift+Tab');
  assert.equal((await state()).focused, '0');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  assert.equal((await state()).focused, '2');
  await page.keyboard.press('k');
  assert.equal((await state()).focused, '1');

  await page.keyboard.press('Enter');
  let s = await state();
  assert.equal(s.open, '1');
  assert.equal(s.panelHidden, false);
  assert.equal(s.focused, '1', 'focus stays on the claim');
  const level = claims[1].level === 'single' ? 'Stated only here'
    : claims[1].level === 'all' ? `Reported by all ${documents.length} outlets` : `Reported by ${claims[1].outlets} of ${documents.length} outlets`;
  assert.ok(s.live.startsWith(`Claim 2 of ${claims.length}`), s.live);
  assert.ok(s.live.includes(level), `${s.live} names the level`);

  // j from the open claim moves on; Space opens that one instead.
  await page.keyboard.press('j');
  await page.keyboard.press('Space');
  s = await state();
  assert.equal(s.open, '2');
  assert.ok(s.live.startsWith(`Claim 3 of ${claims.length}`), s.live);

  await page.keyboard.press('Escape');
  s = await state();
  assert.equal(s.open, null);
  assert.equal(s.panelHidden, true);
  assert.equal(s.focused, '2', 'focus returns to the claim');
  assert.equal(s.live, 'Evidence closed.');
  assert.equal(await page.evaluate(() => CSS.highlights.get('corroborate-selected').size), 0);

  // The public select() opens a claim as a click would.
  await page.evaluate((id) => document.querySelector('corroborate-widget').select(id), claims[4].id);
  assert.equal((await state()).open, '4');
  await assert.rejects(page.evaluate(() => document.querySelector('corroborate-widget').select(99999)), /not a claim/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a click on a marked claim in the article opens its evidence', async () => {
  const { page, context, errors } = await openPage(strict, '/story.html');
  const { claims } = await hostClaims(page);
  const target = claims[3];
  const point = await page.evaluate((needle) => {
    const range = [...CSS.highlights.get(`corroborate-${needle.level}`)].find((r) => r.toString().replace(/\s+/g, ' ').trim() === needle.text.replace(/\s+/g, ' ').trim());
    const box = range.getClientRects()[0];
    return { x: box.left + 8, y: box.top + box.height / 2 };
  }, target);
  await page.mouse.click(point.x, point.y);
  assert.equal(await page.evaluate(() => document.querySelector('corroborate-widget')
    .shadowRoot.querySelector('button.claim[aria-expanded="true"]')?.dataset.sentence), String(target.id));
  assert.deepEqual(errors, []);
  await context.close();
});

test('script payloads in source text, labels and links are shown as text and never run', async () => {
  // Served without any Content-Security-Policy, so only the widget stands between the payload and the page.
  const { page, context, errors, requests } = await openPage(open, '/bridge.html');
  assert.equal(await page.evaluate(() => document.querySelector('corroborate-widget').error), null);
  const { claims } = await hostClaims(page);
  const supported = claims.find((c) => c.support.some((s) => s.doc === 1));
  assert.ok(supported, 'the hostile outlet supports a claim, so its text is rendered');
  await page.evaluate((id) => document.querySelector('corroborate-widget').select(id), supported.id);
  await page.waitForTimeout(300);  // give an <img onerror> the time it would need to fire
  const seen = await page.evaluate(() => {
    const root = document.querySelector('corroborate-widget').shadowRoot;
    return {
      pwned: window.__pwned ?? null,
      elements: [...root.querySelectorAll('img, script, iframe, b')].length,
      links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      text: root.textContent,
    };
  });
  assert.equal(seen.pwned, null);
  assert.equal(seen.elements, 0);
  assert.ok(seen.links.every((href) => /^https?:/.test(href)), `links: ${seen.links}`);
  assert.ok(seen.text.includes('Evil <img src=x onerror="window.__pwned=\'label\'"> Gazette'), 'the label shows as text');
  assert.ok(seen.text.includes('<img src=x onerror="window.__pwned=\'text\'">'), 'the payload shows as text');
  assert.ok(!requests().includes('/x'), 'no <img src=x> was created');
  await screenshot(page, 'widget-hostile-sources', { element: page.locator('corroborate-widget') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('errors are shown in the widget: bad bundle URL, bad JSON, missing article; fixing the attribute recovers', async () => {
  const { page, context, errors } = await openPage(strict, '/broken.html');
  const shown = () => page.evaluate(() => {
    const w = document.querySelector('corroborate-widget');
    const box = w.shadowRoot.querySelector('[role="alert"]');
    return { error: w.error, visible: !box.hidden && box.getClientRects().length > 0, text: box.textContent, event: window.__events.filter((e) => e.type === 'corroborate-error').at(-1)?.detail.message };
  });
  let s = await shown();
  assert.equal(s.visible, true);
  assert.match(s.text, /Could not load the source bundle \/missing\.json: HTTP 404/);
  assert.equal(s.event, s.text);
  await screenshot(page, 'widget-error');

  const change = async (name, value) => {
    await page.evaluate(([n, v]) => document.querySelector('corroborate-widget').setAttribute(n, v), [name, value]);
    await page.waitForFunction(() => !document.querySelector('corroborate-widget').shadowRoot.querySelector('[aria-busy]'));
    await settled(page);
  };
  await change('sources', '/bad.json');
  s = await shown();
  assert.match(s.text, /\/bad\.json is not valid JSON/);
  await change('sources', '/dist/sources.json');
  s = await shown();
  assert.equal(s.visible, false);
  assert.equal(s.error, null);
  assert.ok(await page.evaluate(() => document.querySelector('corroborate-widget').report.sentences.length > 0));
  await change('article', '#no-such-article');
  s = await shown();
  assert.match(s.text, /No element on this page matches article="#no-such-article"/);
  await change('outlet', 'nobody');
  await change('article', '#story');
  s = await shown();
  assert.match(s.text, /outlet "nobody" is not an id/);
  // The only console errors are the browser's own notes about the 404.
  assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), []);
  await context.close();
});

test('without CSS.highlights the fallback wraps the same ranges and restores the page when removed', async () => {
  const { page, context, errors } = await openPage(strict, '/story.html', {
    beforeLoad: () => { delete CSS.highlights; delete window.Highlight; },
  });
  assert.equal(await page.evaluate(() => 'highlights' in CSS), false);
  const { claims } = await hostClaims(page);
  const marked = await page.evaluate(() => {
    const byClaim = {};
    for (const m of document.querySelectorAll('#story corroborate-mark')) {
      byClaim[m.dataset.claim] ??= { level: m.dataset.level, text: '' };
      byClaim[m.dataset.claim].text += m.textContent;
    }
    return byClaim;
  });
  assert.equal(Object.keys(marked).length, claims.length);
  for (const c of claims) {
    assert.equal(marked[c.id]?.level, c.level);
    assert.equal(squash(marked[c.id].text).replace(/ /g, ''), squash(c.text).replace(/ /g, ''));
  }
  const text = await page.evaluate(() => ({ before: window.__before.text, now: document.body.textContent }));
  assert.equal(text.now, text.before, 'wrapping does not change the text');
  await page.locator('corroborate-widget button.claim').nth(2).click();
  assert.ok(await page.evaluate(() => document.querySelectorAll('#story corroborate-mark[data-selected]').length > 0));
  await screenshot(page, 'widget-fallback');
  const restored = await page.evaluate(() => {
    document.querySelector('corroborate-widget').remove();
    return document.getElementById('story').innerHTML === window.__before.html;
  });
  assert.equal(restored, true, 'removing the widget restores the article markup');
  assert.deepEqual(errors, []);
  await context.close();
});

test('accessibility: axe finds no violations in the widget, highlights meet AA contrast', async () => {
  const { page, context, errors } = await openPage(strict, '/story.html');
  await page.locator('corroborate-widget button.claim', { hasText: 'I like President XI' }).click();
  const violations = await axe(page, 'corroborate-widget');
  assert.deepEqual(violations, []);

  // Every ::highlight rule sets both colours; their contrast must reach 4.5:1.
  const pairs = await page.evaluate(() => {
    const out = [];
    for (const sheet of document.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule.selectorText?.startsWith('::highlight(')) out.push([rule.selectorText, rule.style.color, rule.style.backgroundColor]);
      }
    }
    return out;
  });
  const luminance = (css) => {
    const [r, g, b] = css.match(/\d+/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  assert.ok(pairs.length >= 4, 'a highlight rule per level plus the selected one');
  for (const [selector, fg, bg] of pairs) {
    const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    assert.ok((a + 0.05) / (b + 0.05) >= 4.5, `${selector} contrast ${((a + 0.05) / (b + 0.05)).toFixed(2)}`);
  }
  // Focus is visible: a focused claim draws an outline.
  await page.locator('corroborate-widget button.claim').first().focus();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const b = document.querySelector('corroborate-widget').shadowRoot.activeElement;
    return getComputedStyle(b).outlineStyle;
  });
  assert.notEqual(outline, 'none');
  await screenshot(page, 'widget-focus');
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, 'widget-375', { element: page.locator('corroborate-widget') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('widgets added after the module loaded work too, and refresh() resolves when they are done', async () => {
  const { page, context, errors } = await openPage(strict, '/late.html');
  await page.waitForFunction(() => window.__late, null, { timeout: 60_000 });
  const { defined, late } = await page.evaluate(() => ({ defined: window.__defined, late: window.__late }));
  assert.equal(defined, true, 'the element is defined once the module is imported');
  assert.equal(late.length, 2);
  for (const w of late) assert.ok(w.error === null && w.claims > 0, JSON.stringify(w));
  assert.deepEqual(errors, []);
  await context.close();
});

test('importing the module only defines the element; article, sources and outlet reflect their attributes', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${strict.url}/props.html`);
  await page.waitForFunction(() => window.__props, null, { timeout: 60_000 });
  const out = await page.evaluate(() => window.__props);
  // Without a widget on the page, importing requested the modules and nothing else.
  assert.deepEqual(out.queried, [], 'no DOM queries at import');
  for (const path of out.afterImport) assert.match(path, /^\/(favicon\.ico|props\.js|fixtures\/hostile\.css|dist\/corroborate-widget\.js)$/, `requested at import: ${path}`);
  assert.ok(out.afterImport.includes('/dist/corroborate-widget.js'));
  // Set before the upgrade, the properties became attributes and were analysed.
  const [first, second] = [bundle[0].id, bundle[1].id];
  assert.deepEqual(out.upgraded, { attrs: { article: '#story', sources: '/dist/sources.json', outlet: first }, host: first });
  // Setting a property sets the attribute and analyses again.
  assert.deepEqual(out.changed, {
    attrs: { article: '#story', sources: '/dist/sources.json', outlet: second },
    props: { article: '#story', sources: '/dist/sources.json', outlet: second },
    host: second,
  });
  assert.equal(out.read, '#elsewhere', 'the getter reads the attribute');
  assert.deepEqual(out.removed, { has: false, prop: '' }, 'null removes the attribute');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two widgets on one page share the highlight registry without disturbing each other', async () => {
  const { page, context, errors, requests } = await openPage(strict, '/two.html');
  await page.waitForFunction(() => [...document.querySelectorAll('corroborate-widget')].every((w) => w.report));
  // Both use the same bundle and engine: each file was requested once.
  const seen = requests().filter((p) => p !== '/favicon.ico');
  assert.deepEqual(seen.filter((p, i) => seen.indexOf(p) !== i), [], `requested twice: ${seen}`);
  const total = () => page.evaluate(() => {
    const claims = [...document.querySelectorAll('corroborate-widget')].map((w) =>
      (w.report?.sentences ?? []).filter((s) => s.doc === w.hostDocument && s.kind === 'claim').length);
    const ranges = ['single', 'several', 'all'].reduce((n, l) => n + (CSS.highlights.get(`corroborate-${l}`)?.size ?? 0), 0);
    return { claims, ranges };
  });
  let s = await total();
  assert.ok(s.claims[0] > 0 && s.claims[1] > 0);
  assert.equal(s.ranges, s.claims[0] + s.claims[1]);
  assert.deepEqual(await axe(page, 'corroborate-widget'), [], 'no violations with both widgets (unique names)');
  await page.evaluate(() => document.getElementById('w2').remove());
  s = await total();
  assert.equal(s.ranges, s.claims[0], 'the removed widget took only its own highlights along');
  assert.deepEqual(errors, []);
  await context.close();
});
