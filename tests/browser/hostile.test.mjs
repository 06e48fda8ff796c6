// Hostile pages for the widget, beyond widget.test.mjs: SVG and other auto-running payloads
// in source text, labels and the host article; hostile attribute values; broken bundles.
// Nothing runs, nothing is fetched but the widget's own files, and every error is shown.
// Run: CORROBORATE_DIST=build/wasm/dist node --test tests/browser/hostile.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchErrors, DIST, STRICT_CSP } from './harness.mjs';

// Each payload, if it ever became markup, would set window.__pwned or ask the server for /pwned-*.
const PAYLOADS = [
  '<svg onload="window.__pwned=\'svg\'"></svg>',
  '<svg><animate onbegin="window.__pwned=\'animate\'" attributeName="x" dur="1s"/></svg>',
  '<img src="/pwned-img" onerror="window.__pwned=\'img\'">',
  '<iframe srcdoc="<script>parent.__pwned=\'iframe\'</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src="/pwned-mxss" onerror="window.__pwned=\'mxss\'">',
  '<a href="javascript:window.__pwned=\'js\'">more</a>',
  '<details open ontoggle="window.__pwned=\'details\'">x</details>',
  '<style>@import "/pwned-css";</style>',
];

const hostile = PAYLOADS.join(' ');
const bundle = [
  { id: 'evil', label: `Evil ${PAYLOADS[0]} ${PAYLOADS[2]} Times`, url: 'javascript:window.__pwned="url"',
    text: `The harbour authority confirmed on Monday that the pier will close for repairs ${hostile}.\n` +
      `Officials said ${PAYLOADS[1]} the work would take six weeks.` },
  { id: 'plain', label: 'Plain Post', url: 'https://example.org/pier',
    text: 'The harbour authority confirmed Monday that the pier will close for repairs.\nOfficials said the work would take six weeks.' },
];

const page = ({ article = '#story', sources = '/hostile.json', outlet = '', body }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>hostile</title>
<script type="module" src="/dist/corroborate-widget.js"></script></head>
<body><article id="story">${body ?? '<p>The harbour authority confirmed on Monday that the pier will close for repairs.</p>'}</article>
<corroborate-widget article='${article}' sources='${sources}'${outlet ? ` outlet='${outlet}'` : ''}></corroborate-widget>
</body></html>`;

// The host article itself carries the payloads as escaped text (what a CMS shows when a
// reader's comment is quoted): the widget reads text and must not turn it back into markup.
const escaped = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const pages = {
  '/hostile.json': JSON.stringify(bundle),
  '/empty.json': '[]',
  '/alone.json': JSON.stringify([bundle[1]]),
  '/filed.json': JSON.stringify([bundle[1], { id: 'on-disk', file: 'on-disk.txt' }]),
  '/binary.json': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]).toString('latin1'),
  '/big.json': JSON.stringify([{ id: 'huge', text: 'Word after word. '.repeat(300000) }, bundle[1]]),
  '/story.html': page({ body: `<p>The harbour authority confirmed on Monday that the pier will close for repairs ${escaped(hostile)}.</p>` }),
  '/selector.html': page({ article: '#story]]><img src=/pwned-selector onerror=window.__pwned=1>' }),
  '/jsurl.html': page({ sources: 'javascript:window.__pwned=\'sources\'' }),
  '/dataurl.html': page({ sources: 'data:application/json,[{"id":"a","text":"x"}]' }),
  '/outlet.html': page({ outlet: '<img src=/pwned-outlet onerror=window.__pwned=1>' }),
  '/empty.html': page({ sources: '/empty.json' }),
  '/alone.html': page({ sources: '/alone.json', outlet: 'plain' }),
  '/filed.html': page({ sources: '/filed.json' }),
  '/binary.html': page({ sources: '/binary.json' }),
  '/big.html': page({ sources: '/big.json' }),
};

let browser;
let strict;
let open;
before(async () => {
  const mounts = { '/dist/': DIST };
  strict = await serve({ mounts, pages, csp: STRICT_CSP });
  open = await serve({ mounts, pages, csp: null });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await strict?.close();
  await open?.close();
});

async function load(server, path) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const errors = watchErrors(p);
  const start = server.requests.length;
  await p.goto(`${server.url}${path}`);
  await p.waitForFunction(() => {
    const w = document.querySelector('corroborate-widget');
    return w?.shadowRoot && (w.report !== null || w.error !== null) && !w.shadowRoot.querySelector('[aria-busy]');
  }, null, { timeout: 60_000 });
  // Open the evidence of a claim the hostile outlet supports, so its text and label render.
  await p.evaluate(() => {
    const w = document.querySelector('corroborate-widget');
    const claim = w.report?.sentences.find((c) => c.doc === w.hostDocument && c.support.some((s) => w.report.documents[s.doc].id === 'evil'));
    if (claim) w.select(claim.id);
  });
  await p.waitForTimeout(300);  // the time an onerror/onload/ontoggle would need
  const state = await p.evaluate(() => {
    const w = document.querySelector('corroborate-widget');
    const box = w.shadowRoot.querySelector('[role="alert"]');
    const all = [document, w.shadowRoot].flatMap((r) => [...r.querySelectorAll('svg, img, iframe, math, details, style, script:not([src])')]);
    return {
      pwned: window.__pwned ?? null,
      injected: all.map((e) => e.tagName.toLowerCase()),
      links: [...w.shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      text: w.shadowRoot.textContent,
      error: w.error === null ? null : String(w.error?.message ?? w.error),
      alert: box && !box.hidden ? box.textContent : null,
    };
  });
  const requests = server.requests.slice(start);
  await context.close();
  return { ...state, requests, errors };
}

function nothingRan(s) {
  assert.equal(s.pwned, null, 'no payload ran');
  assert.deepEqual(s.injected, [], 'no element was made from text');
  assert.ok(!s.requests.some((r) => r.startsWith('/pwned')), `requests: ${s.requests}`);
  for (const r of s.requests) assert.match(r, /^\/(dist\/|[a-z]+\.(html|json)$|favicon\.ico$)/, `unexpected request ${r}`);
  assert.ok(s.links.every((href) => /^https?:/.test(href)), `links: ${s.links}`);
}

for (const [name, server] of [['no policy', () => open], ['strict policy', () => strict]]) {
  test(`svg, animate, img, iframe, mXSS, javascript:, details and style payloads in source text, labels and the article stay text (${name})`, async () => {
    const s = await load(server(), '/story.html');
    nothingRan(s);
    assert.equal(s.error, null, s.alert);
    assert.ok(s.text.includes(`Evil ${PAYLOADS[0]} ${PAYLOADS[2]} Times`), 'the label is shown as text');
    assert.ok(s.requests.includes('/hostile.json'));
    assert.deepEqual(s.errors, []);
  });
}

const errorCases = [
  ['/selector.html', /article=/],
  ['/jsurl.html', /javascript:/],
  ['/dataurl.html', /data:/],
  ['/outlet.html', /outlet "<img src=\/pwned-outlet onerror=window.__pwned=1>" is not an id/],
  ['/empty.html', /The source bundle \/empty\.json lists no sources\./],
  ['/alone.html', /The source bundle has no other outlet to compare the article with\./],
  ['/filed.html', /The source bundle \/filed\.json: source 2 has no text \(it names a file/],
  ['/binary.html', /binary\.json is not valid JSON/],
  ['/big.html', /document 'huge' is 4\.9 MiB; the limit is 4\.0 MiB per document/],
];
for (const [path, message] of errorCases) {
  test(`${path}: a clear error in the widget, nothing runs (strict policy)`, async () => {
    const s = await load(strict, path);
    nothingRan(s);
    assert.ok(s.error, 'the widget reports an error');
    assert.match(s.alert ?? '', message);
    assert.ok(!s.text.includes('<img src=/pwned') || s.alert.includes('<img'), 'an attribute value is quoted as text');
  });
}
