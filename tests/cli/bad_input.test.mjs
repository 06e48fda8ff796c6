// Bad input at the CLI's entry points (files, directories, manifests, JSON bundles,
// standard input): a correct report, or exit 2 with one line naming the input, never a
// crash, a hang or silent truncation. docs/bad-input.md lists the same cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, truncateSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = process.env.CORROBORATE_CLI ?? resolve('build/native/cli/corroborate');
const tmp = mkdtempSync(join(tmpdir(), 'corroborate-bad-'));

// `input` goes to standard input through a file, so a CLI that stops reading early (a
// limit) is not a broken pipe here.
function run(args, input, timeout = 120000) {
  let fd = 'pipe';
  if (input !== undefined) {
    const p = join(tmp, `stdin-${process.hrtime.bigint()}`);
    writeFileSync(p, input);
    fd = openSync(p, 'r');
  }
  const r = spawnSync(CLI, args, { stdio: [fd, 'pipe', 'pipe'], maxBuffer: 256 << 20, timeout });
  if (fd !== 'pipe') closeSync(fd);
  if (r.error) throw r.error;
  assert.notEqual(r.signal, 'SIGTERM', `timed out: ${args.join(' ')}`);
  assert.equal(r.signal, null, `killed by ${r.signal}: ${r.stderr}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

function json(args, input) {
  const r = run(['analyze', '--format', 'json', ...args], input);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.toString('utf8'));
}

function fails(args, input, message) {
  const r = run(['analyze', ...args], input);
  assert.equal(r.status, 2, `exit code; stderr: ${r.stderr}`);
  assert.equal(r.stdout.length, 0);
  assert.equal(r.stderr, `corroborate: ${message}\n`);
}

function file(name, content) {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

function dir(name, files) {
  const d = join(tmp, name);
  mkdirSync(d);
  for (const [f, content] of Object.entries(files)) writeFileSync(join(d, f), content);
  return d;
}

// Every sentence is the exact bytes of its span, in bytes and in UTF-16 units.
function checkSpans(report, texts) {
  for (const s of report.sentences) {
    const bytes = Buffer.from(texts[s.doc]);
    const piece = bytes.subarray(s.start, s.end);
    assert.equal(piece.toString('utf8'), s.text.replace(/\uFFFD/g, '\uFFFD'));
    const utf16 = bytes.subarray(0, s.start).toString('utf8').length;
    if (Buffer.from(bytes.toString('utf8')).equals(bytes)) {
      assert.equal(s.start16, utf16);
      assert.equal(s.end16, utf16 + s.text.length);
    }
  }
}

// Terminal columns: East Asian wide characters and emoji take two.
function columns(line) {
  let n = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0);
    const wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
    n += wide ? 2 : 1;
  }
  return n;
}

function checkTerminal(stdout) {
  const text = stdout.toString('utf8');
  assert.ok(Buffer.from(text).equals(stdout), 'text output is valid UTF-8');
  assert.ok(!/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(text), 'no control characters reach the terminal');
  for (const line of text.split('\n')) assert.ok(columns(line) <= 80, `wider than 80 columns: ${line}`);
}

test('empty input: an empty file or stdin is analysed and said; an empty list is an error', () => {
  const empty = file('empty.txt', '');
  const r = json([empty]);
  assert.equal(r.sentences.length, 0);
  assert.deepEqual(r.warnings.map((w) => w.message), [
    "document 'empty' has no text",
    'only one document: there is nothing to corroborate against, so every claim is single',
  ]);
  assert.equal(json(['-'], '').warnings[0].message, "document 'stdin' has no text");
  const list = file('none.json', '[]');
  fails([list], undefined, `'${list}' lists no sources`);
  const manifest = dir('emptymanifest', { 'sources.json': '{"sources": []}' });
  fails([manifest], undefined, `'${join(manifest, 'sources.json')}' lists no sources`);
  fails([dir('nothing', {})], undefined, `'${join(tmp, 'nothing')}' has no .txt files`);
});

test('one document: every claim is single', () => {
  const r = json([file('one.txt', 'The bridge opened on Monday. It cost $4 million.\n')]);
  assert.equal(r.sentences.length, 2);
  for (const s of r.sentences) assert.equal(s.level, 'single');
});

test('duplicate documents: the same id is an error, the same text a warning', () => {
  const a = file('dup.txt', 'The council approved the budget on Friday.\n');
  fails([a, a], undefined, "duplicate document id 'dup' (documents 0 and 1)");
  const b = file('dup2.txt', 'The council approved the budget on Friday.\n');
  const r = json([a, b]);
  assert.ok(r.warnings.some((w) => w.message === "documents 'dup' and 'dup2' have identical text"));
  assert.equal(r.sentences[0].level, 'all');
  const bundle = file('dupbundle.json', JSON.stringify([{ id: 'x', text: 'A.' }, { id: 'x', text: 'B.' }]));
  fails([bundle], undefined, "duplicate document id 'x' (documents 0 and 1)");
});

test('invalid UTF-8: a warning, exact byte offsets, U+FFFD in every format', () => {
  const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xc3]), Buffer.from(' opened in Paris. The '),
    Buffer.from([0xff, 0xfe]), Buffer.from(' mayor came.\n')]);
  const p = file('latin1.txt', bytes);
  const other = file('mayor.txt', 'The mayor came.\n');
  const r = json([p, other]);
  assert.equal(r.warnings[0].message,
    "document 'latin1': 3 invalid UTF-8 sequence(s), the first at byte 3; shown as U+FFFD, offsets count the original bytes");
  assert.equal(r.sentences[0].text, 'Caf\uFFFD opened in Paris.');
  assert.equal(r.sentences[1].start, bytes.indexOf('The '));
  checkSpans(r, [bytes, 'The mayor came.\n']);
  const text = run(['analyze', p, other]);
  assert.equal(text.status, 0);
  checkTerminal(text.stdout);
  assert.match(text.stdout.toString('utf8'), /Caf\uFFFD opened/);
  const html = run(['analyze', '--format', 'html', p, other]);
  assert.equal(html.status, 0);
  assert.ok(Buffer.from(html.stdout.toString('utf8')).equals(html.stdout), 'html output is valid UTF-8');
});

test('NUL bytes: a text file or stdin with NULs is refused as binary, by name', () => {
  const p = file('nul.txt', Buffer.from('Text\0with NUL.\n'));
  fails([p], undefined, `'${p}' contains NUL bytes: it looks like a binary file, not text`);
  fails(['-'], Buffer.from('a\0b'), "'standard input' contains NUL bytes: it looks like a binary file, not text");
  const m = dir('nulmanifest', { 'sources.json': '[{"id": "n", "file": "n.bin"}]', 'n.bin': Buffer.from([0, 1, 2]) });
  fails([m], undefined, `'${join(m, 'n.bin')}' contains NUL bytes: it looks like a binary file, not text`);
  // In a JSON bundle, \u0000 is an escaped character of a string, and analysed as text.
  const bundle = file('nul.json', JSON.stringify([{ id: 'n', text: 'A\u0000B. C.' }, { id: 'm', text: 'C.' }]));
  assert.equal(json([bundle]).documents[0].bytes, 7);
});

test('a binary file without NULs and terminal escapes never reach the terminal raw', () => {
  const noise = Buffer.alloc(5000);
  for (let i = 0; i < noise.length; i++) noise[i] = 0x80 + ((i * 37) % 128);
  const p = file('noise.txt', noise);
  const esc = file('escape.txt', 'Click \x1b[2J\x1b]0;pwned\x07 here \x9b31m now.\tTabbed.\n');
  const r = run(['analyze', p, esc]);
  assert.equal(r.status, 0, r.stderr);
  checkTerminal(r.stdout);
  const j = json([p, esc]);
  assert.match(j.warnings[0].message, /^document 'noise': \d+ invalid UTF-8 sequence\(s\), the first at byte 0;/);
});

test('size limits: a 20 MB document, by file, stdin and bundle, names the input and the limit', () => {
  const big = join(tmp, 'big.txt');
  writeFileSync(big, '');
  truncateSync(big, 20 << 20);
  fails([big], undefined, `'${big}' is 20971520 bytes; the limit is 4194304 bytes (4 MiB) per document`);
  fails(['-'], 'word '.repeat(4 << 20), "'standard input' is larger than that; the limit is 4194304 bytes (4 MiB) per document");
  const bundle = file('bigbundle.json', JSON.stringify([{ id: 'huge', text: 'a'.repeat(20 << 20) }]));
  fails([bundle], undefined, "document 'huge' is 20.0 MiB; the limit is 4.0 MiB per document");
  // A bundle of several documents may be larger than one document.
  const several = [];
  for (let i = 0; i < 3; i++) several.push({ id: `d${i}`, text: `Story ${i} opened.${' '.repeat(1500000)}\n` });
  const ok = json([file('several.json', JSON.stringify(several))]);
  assert.equal(ok.documents.length, 3);
  const huge = join(tmp, 'huge.json');
  writeFileSync(huge, '');
  truncateSync(huge, 65 << 20);
  fails([huge], undefined, `'${huge}' is 68157440 bytes; the limit is 67108864 bytes (64 MiB) per JSON bundle or manifest`);
  const over = [];
  for (let i = 0; i < 9; i++) over.push({ id: `o${i}`, text: 'b'.repeat((4 << 20) - 1) });
  fails([file('over.json', JSON.stringify(over))], undefined, 'documents total 36.0 MiB; the limit is 32.0 MiB per analysis');
});

test('a 100,000-character sentence without punctuation is cut, not truncated', () => {
  const words = 'protesters marched through the city '.repeat(2778).trim();
  assert.ok(words.length >= 100000);
  const p = file('long.txt', words);
  const other = file('short.txt', 'Protesters marched.\n');
  const r = json([p, other]);
  const pieces = r.sentences.filter((s) => s.doc === 0);
  assert.ok(pieces.length >= 50);
  for (const s of pieces) assert.ok(s.end - s.start <= 2000);
  assert.equal(pieces.map((s) => s.text).join(' ').replace(/\s+/g, ' '), words);
  assert.equal(r.warnings[0].message,
    "document 'long': a sentence at byte 0 is longer than 2000 bytes without punctuation and was split there");
  const solid = file('solid.txt', '中'.repeat(40000));
  const s = json([solid, other]);
  assert.equal(s.sentences.filter((x) => x.doc === 0).map((x) => x.text).join(''), '中'.repeat(40000));
  const text = run(['analyze', solid, other]);
  assert.equal(text.status, 0);
  checkTerminal(text.stdout);
});

test('1,000 documents finish in reasonable time; 1,001 are refused', () => {
  const files = {};
  // Each a claim of its own words (pseudo-words spelt from the number): a thousand copies
  // of one template sentence would all support one another, a report of 1,000 x 999 links.
  const word = (n) => { let w = ''; do { w += 'bcdfghjklmnprstvz'[n % 17] + 'aeiou'[n % 5]; n = Math.floor(n / 17); } while (n > 0); return w; };
  for (let i = 0; i < 1000; i++)
    files[`d${String(i).padStart(4, '0')}.txt`] = `Report number ${i} describes ${word(i)} ${word(i * 7 + 3)} district ${i % 50}.\nSubscribe to our newsletter.\n`;
  const d = dir('thousand', files);
  const t0 = Date.now();
  const r = json([d]);
  const ms = Date.now() - t0;
  assert.equal(r.documents.length, 1000);
  assert.equal(r.sentences.length, 2000);
  assert.ok(ms < 60000, `1,000 documents took ${ms} ms`);
  const text = run(['analyze', d]);
  assert.equal(text.status, 0);
  assert.match(text.stdout.toString('utf8'), /^\[\d+\/1000\] /m);
  writeFileSync(join(d, 'd1000.txt'), 'One more.\n');
  fails([d], undefined, 'too many documents: 1001 (limit 1000)');
});

test('HTML pasted as text is text: verbatim in json and text, escaped in html', () => {
  const payload = '<p>The mayor said the bridge opened.</p><script>alert(1)</script> <img src=x onerror=alert(1)> ' +
    '<svg onload=alert(1)></svg> <a href="javascript:alert(1)">link</a>\n';
  const bundle = file('html.json', JSON.stringify([
    { id: 'h', label: '<img src=x onerror=alert(1)>', text: payload },
    { id: 'p', label: '<svg onload=alert(1)>', text: 'The mayor said the bridge opened.\n' },
  ]));
  const r = json([bundle]);
  assert.equal(r.sentences.filter((s) => s.doc === 0).map((s) => s.text).join(' '), payload.trim());
  const html = run(['analyze', '--format', 'html', bundle]).stdout.toString('utf8');
  for (const raw of ['<script>', '<img', '<svg', '<a href="javascript'])
    assert.ok(!html.includes(raw), `raw ${raw} in html output`);
  assert.ok(html.includes('&lt;svg onload=alert(1)&gt;'));
  const text = run(['analyze', bundle]);
  assert.match(text.stdout.toString('utf8'), /<script>alert\(1\)<\/script>/);
});

test('right-to-left, CJK and emoji: split, matched, offsets in UTF-16, terminal width', () => {
  const texts = [
    'قال الرئيس إن المحادثات ستستأنف؟ وأضاف أن الاتفاق قريب.\n',
    'השיחות יחודשו. הסכם קרוב.\n',
    '特朗普与习近平通话。双方同意恢复贸易谈判！'.repeat(3) + '\n',
    'The deal 🤝 was signed today 👍🏽! Families 👨‍👩‍👧 cheered under flags 🇺🇸.\n',
    'قال الرئيس إن المحادثات ستستأنف؟ 双方同意恢复贸易谈判！\n',
  ];
  const paths = texts.map((t, i) => file(`intl${i}.txt`, t));
  const r = json(paths);
  checkSpans(r, texts);
  assert.equal(r.sentences.filter((s) => s.doc === 0).length, 2);
  assert.equal(r.sentences.filter((s) => s.doc === 1).length, 2);
  assert.equal(r.sentences.filter((s) => s.doc === 2).length, 6);
  assert.equal(r.sentences.filter((s) => s.doc === 3).length, 2);
  assert.equal(r.documents[3].units16, texts[3].length);
  const arabic = r.sentences.find((s) => s.doc === 4 && s.text.startsWith('قال'));
  assert.ok(arabic.outlets >= 2, 'the Arabic sentence is supported by document 0');
  const text = run(['analyze', ...paths]);
  assert.equal(text.status, 0);
  checkTerminal(text.stdout);
});

test('manifests and bundles: every malformed entry is named', () => {
  const m = dir('badmanifest', { 'sources.json': '{"sources": [{"id": "a", "file": "missing.txt"}]}' });
  fails([m], undefined, `cannot read '${join(m, 'missing.txt')}': no such file`);
  const cases = [
    ['{"sources": 3}', ': expected a list of sources'],
    ['[1]', ' entry 0 is not an object'],
    ['[{"id": "a"}]', ' entry 0 has neither "text" nor "file"'],
    ['[{"id": "a", "text": 5}]', ' entry 0: "text" must be a string'],
    ['[{"text": "x."}]', ' entry 0 has no "id"'],
    ['{"sources": [', ' is not valid JSON'],
    ['\xff\xfe[]', ' is not valid JSON'],
  ];
  cases.forEach(([content, message], i) => {
    const p = file(`m${i}.json`, content);
    fails([p], undefined, `'${p}'${message}`);
  });
  const deep = file('deep.json', '['.repeat(100000) + ']'.repeat(100000));
  fails([deep], undefined, `'${deep}' entry 0 is not an object`);
});

test('manifests and bundles: JSON details of a general JSON library, and strictness', () => {
  const a = 'The Senate approved the bill on Tuesday.';
  const b = 'On Tuesday the Senate passed the bill.';
  // Of a duplicate key the last one counts; an id or label that is not a string is empty;
  // unknown keys are skipped whatever they hold; a byte order mark is skipped.
  const bundle = file('details.json', '\ufeff{"sources": 1, "sources": [' +
    `{"id": "x", "id": "a", "text": 5, "text": "${a}", "label": "A", "label": 7, "x": {"y": [[{}], null]}},` +
    `{"id": "b", "label": "B\\u00e9 \\ud83d\\ude00", "text": "${b}", "file": 3}], "about": {"sources": 2}}`);
  const r = json([bundle]);
  assert.deepEqual(r.documents.map((d) => [d.id, d.label]), [['a', 'a'], ['b', 'Bé 😀']]);
  const m = dir('detailsmanifest', {
    'one.txt': a,
    'two.txt': b,
    'sources.json': '[{"file": "one.txt", "id": 5}, {"file": 2, "file": "two.txt", "id": "second"}]',
  });
  assert.deepEqual(json([m]).documents.map((d) => d.id), ['one', 'second']);
  assert.deepEqual(json([join(m, 'sources.json')]).documents.map((d) => d.id), ['one', 'second']);
  // A "file" that is not a string is no file; a "text" that is not a string is an error even beside one.
  const cases = [
    [`[{"id": "a", "file": 3}]`, ' entry 0 has neither "text" nor "file"'],
    [`[{"id": "a", "text": null, "file": "one.txt"}]`, ' entry 0: "text" must be a string'],
    [`[{"id": 5, "text": "${a}"}]`, ' entry 0 has no "id"'],
    // Bad JSON anywhere wins over an entry's shape.
    [`[5, {"id": "a", "text": "\\ud800"}]`, ' is not valid JSON'],
    [`[{"id": "a", "text": "x"}] [`, ' is not valid JSON'],
    // A raw NUL ends nothing: what follows it is read, and is not JSON.
    [`[{"id": "a", "text": "x"}]\0garbage`, ' is not valid JSON'],
    [`[{"id": "a", "text": "x", "n": 1e400}]`, ' is not valid JSON'],
  ];
  cases.forEach(([content, message], i) => {
    const p = file(`d${i}.json`, content);
    fails([p], undefined, `'${p}'${message}`);
  });
});
