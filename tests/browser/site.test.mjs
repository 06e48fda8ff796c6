// The demo site as built (CORROBORATE_SITE, i.e. build/wasm/site), served as static files
// under the strict policy in headless Chromium: loads cleanly, marks every outlet's article,
// shows a matrix that matches the report, checks pasted text, reopens claims from permalinks,
// passes axe-core, and leaves screenshots in tests/artifacts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, watchErrors, axe, screenshot, SITE } from './harness.mjs';

let server;
let browser;
let bundle;

before(async () => {
  // A missing build is a failure, not a skip: build with the wasm preset first.
  assert.ok(existsSync(join(SITE, 'index.html')), `no built site at ${SITE}`);
  bundle = JSON.parse(await readFile(join(SITE, 'sources.json'), 'utf8'));
  server = await serve({ mounts: { '/': SITE } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A fresh page on `path`, waited for until the site says it is ready. Records console errors,
 * requests that leave the test server, layout shifts and the widget's select events.
 */
async function open(path = '/', { width = 1280, height = 900, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, acceptDownloads: true });
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
    window.__selected = [];
    document.addEventListener('corroborate-select', (e) => {
      window.__selected.push(e.detail.sentence ? { id: e.detail.sentence.id, text: e.detail.sentence.text } : null);
    }, true);
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const external = [];
  const asked = [];
  page.on('request', (r) => {
    const url = r.url();
    asked.push(url);
    if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) external.push(url);
  });
  await page.goto(server.url + path);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return { page, context, errors, external, asked };
}

/** Highlight ranges (any CSS highlight) whose text lies inside `selector`. */
function rangesIn(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const out = [];
    for (const [name, h] of CSS.highlights) {
      for (const r of h) if (root.contains(r.startContainer)) out.push({ name, text: r.toString() });
    }
    return out;
  }, selector);
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

async function downloadReport(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
  assert.equal(download.suggestedFilename(), 'corroborate-report.json');
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

// Independent of site/report-stats.js on purpose: the expected numbers come from the report.
function expectedMatrix(report) {
  const n = report.documents.length;
  const m = Array.from({ length: n }, () => Array(n).fill(0));
  for (const s of report.sentences) {
    if (s.kind !== 'claim') continue;
    const docs = new Set(s.support.map((x) => x.doc));
    for (const d of docs) if (d !== s.doc) m[s.doc][d]++;
  }
  return m;
}

test('the page loads under the strict policy with no errors, no outside requests, no layout shift', async () => {
  const { page, context, errors, external, asked } = await open('/');
  try {
    const tabs = await page.$$eval('[role="tab"]', (ts) => ts.map((t) => t.textContent));
    assert.deepEqual(tabs, bundle.map((b) => b.label));
    assert.equal(await page.getAttribute('[role="tab"][aria-selected="true"]', 'id'), `tab-${bundle[0].id}`);
    assert.ok((await rangesIn(page, '#story')).length > 0, 'the first article has highlights');
    const shifts = await page.evaluate(() => window.__shifts);
    const cls = shifts.reduce((a, b) => a + b, 0);
    const ready = await page.evaluate(() => performance.getEntriesByName('site-ready')[0].startTime);
    console.log(`ready after ${ready.toFixed(0)} ms; cumulative layout shift while loading: ${cls.toFixed(4)} (${shifts.length} shifts)`);
    assert.ok(cls < 0.01, `layout shifted by ${cls}`);
    assert.deepEqual(external, []);
    // The reader and the widget use the page's one engine: its files are fetched once.
    for (const file of ['corroborate-core.wasm', 'corroborate-core.mjs', 'corroborate-lexicon.bin']) {
      assert.equal(asked.filter((u) => new URL(u).pathname === `/${file}`).length, 1, `${file} requested once`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('every tab shows its article with highlights, and the arrow keys move between tabs', async () => {
  const { page, context, errors } = await open('/');
  try {
    await page.focus('[role="tab"][aria-selected="true"]');
    for (let i = 0; i < bundle.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const tab = `#tab-${bundle[i].id}`;
      assert.equal(await page.getAttribute(tab, 'aria-selected'), 'true');
      assert.equal(await page.evaluate(() => document.activeElement.id), `tab-${bundle[i].id}`);
      // The article shown is this outlet's, paragraph by paragraph.
      const expected = bundle[i].text.split('\n').map(squash).filter(Boolean);
      assert.deepEqual((await page.$$eval('#story p', (ps) => ps.map((p) => p.textContent))).map(squash), expected);
      await page.waitForFunction(() => document.querySelector('#story-widget').report !== null);
      // Wait until the marks are those of this article (the previous one's are cleared first).
      await page.waitForFunction((text) => {
        const root = document.querySelector('#story');
        for (const [, h] of CSS.highlights) for (const r of h) if (root.contains(r.startContainer) && text.includes(r.toString())) return true;
        return false;
      }, bundle[i].text);
      const ranges = await rangesIn(page, '#story');
      const claims = await page.evaluate(() => {
        const w = document.querySelector('#story-widget');
        return w.report.sentences.filter((s) => s.doc === w.hostDocument && s.kind === 'claim').length;
      });
      assert.ok(ranges.length >= claims && claims > 0, `${bundle[i].label}: ${ranges.length} ranges for ${claims} claims`);
      for (const r of ranges) assert.ok(bundle[i].text.includes(r.text), `${bundle[i].label}: "${r.text}" is not in its text`);
      assert.equal(await page.getAttribute('#outlet-panel', 'aria-labelledby'), `tab-${bundle[i].id}`);
    }
    await page.keyboard.press('ArrowRight');  // wraps round to the first
    assert.equal(await page.getAttribute(`#tab-${bundle[0].id}`, 'aria-selected'), 'true');
    await page.keyboard.press('End');
    assert.equal(await page.getAttribute(`#tab-${bundle.at(-1).id}`, 'aria-selected'), 'true');
    await page.keyboard.press('Home');
    assert.equal(await page.getAttribute(`#tab-${bundle[0].id}`, 'aria-selected'), 'true');
    assert.equal(await page.$$eval('[role="tab"][tabindex="0"]', (ts) => ts.length), 1, 'one tab stop');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the download is the engine report, and the overview and matrix numbers equal it', async () => {
  const { page, context, errors } = await open('/');
  try {
    const report = await downloadReport(page);
    // The same bundle analysed by the engine in the page, independently of the site's code.
    const engineReport = await page.evaluate(async () => {
      const { loadCorroborate } = await import('./corroborate.js');
      const docs = await (await fetch('sources.json')).json();
      const engine = await loadCorroborate();
      return engine.analyze({ documents: docs.map(({ id, label, text }) => ({ id, label, text })) });
    });
    assert.deepEqual(report, engineReport);
    assert.deepEqual(report.documents.map((d) => d.id), bundle.map((b) => b.id));

    const expected = expectedMatrix(report);
    const shown = await page.$$eval('#agreement-matrix td[data-row]', (tds) => tds.map((td) => ({
      row: td.dataset.row, col: td.dataset.col, count: Number(td.querySelector('.count').textContent),
      heat: [...td.classList].find((c) => /^heat-\d$/.test(c)),
    })));
    const n = report.documents.length;
    assert.equal(shown.length, n * (n - 1));
    const ids = report.documents.map((d) => d.id);
    let sum = 0;
    for (const cell of shown) {
      const want = expected[ids.indexOf(cell.row)][ids.indexOf(cell.col)];
      assert.equal(cell.count, want, `matrix ${cell.row} -> ${cell.col}`);
      assert.ok(cell.heat, 'every cell has a heat step');
      sum += want;
    }
    assert.ok(sum > 0, 'the outlets share claims at all');

    // The bars' printed numbers per outlet and level.
    for (const [i, d] of report.documents.entries()) {
      const claims = report.sentences.filter((s) => s.doc === i && s.kind === 'claim');
      const text = await page.textContent(`.bar-row[data-doc="${d.id}"] .bar-numbers`);
      for (const level of ['single', 'several', 'all']) {
        const count = claims.filter((s) => s.level === level).length;
        assert.match(text, new RegExp(`\\b${count} ${level}\\b`), `${d.label} ${level}`);
      }
      assert.match(text, new RegExp(`^${claims.length} claims`));
      const only = await page.textContent(`.only-block[data-doc="${d.id}"] .only-count`);
      assert.match(only, new RegExp(`^${claims.filter((s) => s.level === 'single').length} claims?$`));
    }

    // Agreement: every level-all claim is listed or restates (is support of) a listed one.
    // Listed claims are identified by their permalinks (two outlets may print the same words).
    const links = await page.$$eval('#agreed a.claim', (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    const all = report.sentences.filter((s) => s.kind === 'claim' && s.level === 'all');
    assert.ok(links.length > 0 && links.length <= all.length);
    const listedIds = links.map(({ href, text }) => {
      const [, docId, k] = /^#claim=([^/]+)\/(\d+)$/.exec(href);
      const s = report.sentences.filter((x) => x.doc === ids.indexOf(docId))[Number(k)];
      assert.equal(s.text, text, `${href} links the claim it shows`);
      assert.equal(s.level, 'all');
      return s.id;
    });
    for (const s of all) {
      const covered = listedIds.includes(s.id) || listedIds.some((id) =>
        report.sentences[id].support.some((x) => x.sentences.includes(s.id)));
      assert.ok(covered, `claim ${s.id} is neither listed nor folded into a listed claim`);
    }
    for (const id of listedIds) {
      const restates = listedIds.some((other) => other !== id && report.sentences[other].support.some((x) => x.sentences.includes(id)) && other < id);
      assert.ok(!restates, `claim ${id} restates an earlier listed claim`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('pasted text is shown as text and highlighted against the bundled sources', async () => {
  const { page, context, errors } = await open('/');
  try {
    const copied = bundle[1].text.split('\n').find((l) => l.trim().length > 80).trim();
    const invented = 'A spokesperson for the lunar office said on Tuesday that the moon is made of green cheese.';
    const markup = 'Officials said <b>nothing</b> about it.';
    await page.fill('#own-input', `${copied}\n\n${invented}\n${markup}`);
    await page.click('#own-form button[type="submit"]');
    await page.waitForFunction(() => /claims?:|No claims/.test(document.querySelector('#own-status').textContent), null, { timeout: 30_000 });
    assert.equal(await page.$$eval('#own-story b', (bs) => bs.length), 0, 'markup in pasted text stays text');
    assert.deepEqual(await page.$$eval('#own-story p', (ps) => ps.map((p) => p.textContent)), [copied, invented, markup]);
    const ranges = await rangesIn(page, '#own-story');
    assert.ok(ranges.length >= 2, `highlights in the pasted text: ${ranges.length}`);
    const pasted = [copied, invented, markup].join('\n');
    for (const r of ranges) assert.ok(pasted.includes(r.text), `"${r.text}" is not pasted text`);
    const levels = await page.evaluate((inv) => {
      const w = document.querySelector('#own-widget');
      const mine = w.report.sentences.filter((s) => s.doc === w.hostDocument && s.kind === 'claim');
      return { copied: Math.max(...mine.filter((s) => !s.text.includes('green cheese')).map((s) => s.outlets)),
        invented: mine.find((s) => s.text === inv)?.level };
    }, invented);
    assert.ok(levels.copied >= 2, 'a sentence copied from an outlet is corroborated');
    assert.equal(levels.invented, 'single');
    // The status line counts the same claims.
    assert.match(await page.textContent('#own-status'), /^\d+ claims?: \d+ single, \d+ several, \d+ all\.$/);

    // A second check replaces the first.
    await page.fill('#own-input', invented);
    await page.click('#own-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('#own-story p').length === 1
      && document.querySelector('#own-widget').report?.sentences.filter((s) => s.doc === document.querySelector('#own-widget').hostDocument).length === 1);
    assert.match(await page.textContent('#own-status'), /^1 claim: 1 single, 0 several, 0 all\.$/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a permalink reopens its claim, and selecting a claim writes its permalink', async () => {
  const first = await open('/');
  const report = await downloadReport(first.page);
  await first.context.close();

  // A claim well down an article that is not the first tab.
  const doc = 3;
  const mine = report.sentences.filter((s) => s.doc === doc);
  const index = mine.findIndex((s, k) => k > 5 && s.kind === 'claim' && s.level === 'several');
  assert.ok(index > 0);
  const claim = mine[index];
  const id = report.documents[doc].id;
  const hash = `#claim=${id}/${index}`;

  const { page, context, errors } = await open(`/${hash}`);
  try {
    assert.equal(await page.getAttribute(`#tab-${id}`, 'aria-selected'), 'true');
    await page.waitForFunction(() => window.__selected.some(Boolean));
    const selected = await page.evaluate(() => window.__selected.filter(Boolean).at(-1));
    assert.equal(selected.text, claim.text);
    const marked = (await rangesIn(page, '#story')).filter((r) => r.name === 'corroborate-selected');
    assert.equal(marked.length, 1);
    assert.equal(squash(marked[0].text), squash(claim.text));
    // The widget's evidence panel is open on it.
    const evidence = await page.evaluate(() => {
      const panel = document.querySelector('#story-widget').shadowRoot.querySelector('#evidence');
      return panel && !panel.hidden ? panel.textContent : null;
    });
    assert.ok(evidence, 'evidence panel open');
    assert.equal(await page.getAttribute('#claim-link-anchor', 'href'), hash);
    assert.ok(await page.isVisible('#claim-link-anchor'));
    assert.ok(!(await page.isVisible('#claim-link-hint')));
    // The claim is on screen.
    assert.ok(await page.evaluate((p) => {
      const r = document.querySelectorAll('#story p')[p].getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    }, claim.paragraph), 'the claim is scrolled into view');

    // A claim link in the overview switches tab and selects it; the address follows.
    const link = page.locator('#agreed a.claim').first();
    const href = await link.getAttribute('href');
    await link.click();
    const [, otherId, k] = /^#claim=([^/]+)\/(\d+)$/.exec(href);
    await page.waitForFunction((t) => document.querySelector(t).getAttribute('aria-selected') === 'true', `#tab-${otherId}`);
    const target = report.sentences.filter((s) => s.doc === report.documents.findIndex((d) => d.id === otherId))[Number(k)];
    await page.waitForFunction((text) => window.__selected.at(-1)?.text === text, target.text);
    assert.equal(await page.evaluate(() => location.hash), href);

    // Clicking a claim in the article writes that claim's permalink into the address.
    await page.click(`#tab-${id}`);
    await page.waitForFunction(() => document.querySelector('#story-widget').report !== null && !location.hash);
    await page.waitForFunction((t) => document.querySelector('#story').textContent.includes(t), claim.text.slice(0, 30));
    const other = mine.find((s, k) => k !== index && s.kind === 'claim' && s.paragraph !== claim.paragraph);
    const point = await page.evaluate((wanted) => {
      const squashed = (t) => t.replace(/\s+/g, ' ').trim();
      for (const [name, h] of CSS.highlights) {
        if (name === 'corroborate-selected') continue;
        for (const r of h) {
          if (!document.querySelector('#story').contains(r.startContainer) || squashed(r.toString()) !== wanted) continue;
          r.startContainer.parentElement.scrollIntoView({ block: 'center' });
          const b = r.getClientRects()[0];
          return { x: b.left + Math.min(20, b.width / 2), y: b.top + b.height / 2 };
        }
      }
      return null;
    }, squash(other.text));
    assert.ok(point, 'the other claim is marked in the article');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => location.hash.startsWith('#claim='));
    const written = await page.evaluate(() => location.hash);
    const clicked = await page.evaluate(() => window.__selected.at(-1));
    const m = /^#claim=([^/]+)\/(\d+)$/.exec(written);
    assert.equal(m[1], id);
    assert.equal(Number(m[2]), mine.indexOf(other));
    assert.equal(clicked.text, other.text);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a broken permalink says so and still shows the first article', async () => {
  const { page, context, errors } = await open('/#claim=no-such-outlet/3');
  try {
    assert.ok(await page.isVisible('#claim-error'));
    assert.match(await page.textContent('#claim-error'), /not on this page/);
    assert.equal(await page.getAttribute(`#tab-${bundle[0].id}`, 'aria-selected'), 'true');
    assert.ok((await rangesIn(page, '#story')).length > 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations (${scheme})`, async () => {
    const { page, context, errors } = await open('/', { colorScheme: scheme });
    try {
      // Open everything a reader can open: an "only in" list, the evidence of a claim, own text.
      await page.click('.only-block summary');
      await page.evaluate(() => {
        const w = document.querySelector('#story-widget');
        w.select(w.report.sentences.find((s) => s.doc === w.hostDocument && s.kind === 'claim').id);
      });
      await page.fill('#own-input', 'Trump and Xi spoke by phone on Thursday.');
      await page.click('#own-form button[type="submit"]');
      await page.waitForFunction(() => document.querySelector('#own-widget')?.report);
      const violations = await axe(page);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

for (const [width, scheme] of [[1280, 'light'], [375, 'light'], [375, 'dark'], [360, 'light']]) {
  test(`fits ${width} px (${scheme}) and is saved as a screenshot`, async () => {
    const { page, context, errors } = await open('/', { width, height: 800, colorScheme: scheme });
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `page is ${overflow}px wider than the viewport`);
      if (width !== 360) {
        const file = await screenshot(page, `site-${width}${scheme === 'dark' ? '-dark' : ''}`);
        assert.ok(existsSync(file));
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
