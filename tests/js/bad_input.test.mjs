// Bad input through the JS API (engine.analyze): a correct report, or an Error whose
// message names the input and the limit; never a crash or a hang, and the engine keeps
// working afterwards. docs/bad-input.md lists the same cases.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadBuiltEngine } from './built-engine.mjs';

let engine;
before(async () => {
  engine = await loadBuiltEngine();
});

async function rejects(request, message, code) {
  await assert.rejects(engine.analyze(request), (e) => {
    assert.ok(e instanceof Error);
    assert.equal(e.message, `corroborate: ${message}`);
    assert.equal(e.code, code);
    return true;
  });
  const ok = await engine.analyze({ documents: [{ id: 'a', text: 'Still works.' }, { id: 'b', text: 'Still works.' }] });
  assert.equal(ok.sentences[0].level, 'all', 'the engine works after the error');
}

// Every sentence is text.slice(start16, end16), and its UTF-8 bytes are start..end.
function checkSpans(report, texts) {
  for (const s of report.sentences) {
    const t = texts[s.doc];
    assert.equal(t.slice(s.start16, s.end16), s.text);
    assert.equal(Buffer.byteLength(t.slice(0, s.start16)), s.start);
    assert.equal(Buffer.byteLength(s.text), s.end - s.start);
  }
}

const warnings = (r) => r.warnings.map((w) => w.message);

test('empty input', async () => {
  await rejects({ documents: [] }, 'no documents to analyse', 'invalid');
  const r = await engine.analyze({ documents: [{ id: 'e', text: '' }, { id: 'w', text: ' \n\t ' }] });
  assert.equal(r.sentences.length, 0);
  assert.deepEqual(warnings(r), ["document 'e' has no text", "document 'w' has no text"]);
});

test('one document', async () => {
  const r = await engine.analyze({ documents: [{ id: 'solo', text: 'The bridge opened on Monday. It cost $4 million.' }] });
  assert.equal(r.sentences.length, 2);
  for (const s of r.sentences) assert.equal(s.level, 'single');
  assert.deepEqual(warnings(r), ['only one document: there is nothing to corroborate against, so every claim is single']);
});

test('duplicate documents', async () => {
  const text = 'The council approved the budget on Friday. The vote was 7 to 2.';
  await rejects({ documents: [{ id: 'x', text }, { id: 'x', text }] }, "duplicate document id 'x' (documents 0 and 1)", 'invalid');
  const r = await engine.analyze({ documents: [{ text }, { text }] });  // ids default to doc0, doc1
  assert.deepEqual(warnings(r), ["documents 'doc0' and 'doc1' have identical text"]);
  for (const s of r.sentences) assert.equal(s.level, 'all');
});

test('invalid Unicode: lone surrogates are refused by field and offset; U+FFFD is text', async () => {
  await rejects({ documents: [{ id: 'a', text: 'ok \uDC00' }] },
    'documents[0].text has a lone surrogate (U+DC00) at UTF-16 offset 3: not valid Unicode text ' +
    '(String.prototype.toWellFormed() replaces it)', 'invalid');
  // A binary file decoded as UTF-8 (what fetch().text() does) is U+FFFD and controls: analysed.
  const bytes = new Uint8Array(4000).map((_, i) => (i * 7919) % 256);
  const binary = new TextDecoder().decode(bytes);
  const r = await engine.analyze({ documents: [{ id: 'bin', text: binary }, { id: 't', text: 'Plain text.' }] });
  checkSpans(r, [binary, 'Plain text.']);
});

test('NUL characters are text', async () => {
  const text = 'The vote\0 was close. Then\0\0 it passed.\0';
  const r = await engine.analyze({ documents: [{ id: 'n', text }, { id: 'm', text: 'Then it passed.' }] });
  checkSpans(r, [text, 'Then it passed.']);
  assert.equal(r.documents[0].bytes, Buffer.byteLength(text));
  assert.equal(r.documents[0].bytes, 39);
});

test('size limits name the document and the limit', async () => {
  await rejects({ documents: [{ id: 'big', text: 'a'.repeat(20 << 20) }] },
    "document 'big' is 20.0 MiB; the limit is 4.0 MiB per document", 'limit');
  // Multi-byte text counts in UTF-8 bytes, not in JS characters: 1.5 M CJK characters are 4.3 MiB.
  await rejects({ documents: [{ id: 'cjk', text: '中'.repeat(1500000) }] },
    "document 'cjk' is 4.3 MiB; the limit is 4.0 MiB per document", 'limit');
  const docs = [];
  for (let i = 0; i < 9; i++) docs.push({ id: `d${i}`, text: 'c'.repeat((4 << 20) - 1) });
  await rejects({ documents: docs }, 'documents total 36.0 MiB; the limit is 32.0 MiB per analysis', 'limit');
  const many = [];
  for (let i = 0; i < 1001; i++) many.push({ text: 'x.' });
  await rejects({ documents: many }, 'too many documents: 1001 (limit 1000)', 'limit');
});

test('a 100,000-character sentence without punctuation is cut, not truncated', async () => {
  const words = 'protesters marched through the city '.repeat(2778).trim();
  const r = await engine.analyze({ documents: [{ id: 'long', text: words }, { id: 'o', text: 'Protesters marched.' }] });
  checkSpans(r, [words, 'Protesters marched.']);
  const pieces = r.sentences.filter((s) => s.doc === 0);
  assert.ok(pieces.length >= 50);
  for (const s of pieces) assert.ok(s.end - s.start <= 2000);
  assert.equal(pieces.map((s) => s.text).join(' '), words);
  assert.equal(warnings(r)[0],
    "document 'long': a sentence at byte 0 is longer than 2000 bytes without punctuation and was split there");
  const emoji = '😀'.repeat(30000);  // no blanks, 4-byte code points, surrogate pairs in JS
  const e = await engine.analyze({ documents: [{ id: 'e', text: emoji }, { id: 'o', text: 'x.' }] });
  checkSpans(e, [emoji, 'x.']);
  assert.equal(e.sentences.filter((s) => s.doc === 0).map((s) => s.text).join(''), emoji);
});

test('1,000 documents finish in reasonable time', async () => {
  const docs = [];
  for (let i = 0; i < 1000; i++)
    docs.push({ id: `d${i}`, text: `Report number ${i} describes district ${i % 50}.\nSubscribe to our newsletter.` });
  const t0 = Date.now();
  const r = await engine.analyze({ documents: docs });
  const ms = Date.now() - t0;
  assert.equal(r.documents.length, 1000);
  assert.equal(r.sentences.length, 2000);
  assert.ok(ms < 60000, `1,000 documents took ${ms} ms`);
});

test('HTML pasted as text stays text', async () => {
  const html = '<p>The mayor said the bridge opened.</p><script>alert(1)</script> <img src=x onerror=alert(1)> ' +
    '<svg onload=alert(1)></svg> <a href="javascript:alert(1)">link</a>';
  const r = await engine.analyze({ documents: [
    { id: 'h', label: '<svg onload=alert(1)>', text: html },
    { id: 'p', text: 'The mayor said the bridge opened.' }] });
  checkSpans(r, [html, 'The mayor said the bridge opened.']);
  assert.equal(r.sentences.filter((s) => s.doc === 0).map((s) => s.text).join(' '), html);
  assert.equal(r.documents[0].label, '<svg onload=alert(1)>');
});

test('right-to-left, CJK and emoji: split, matched, UTF-16 offsets', async () => {
  const texts = [
    'قال الرئيس إن المحادثات ستستأنف؟ وأضاف أن الاتفاق قريب.',
    'השיחות יחודשו. הסכם קרוב.',
    '特朗普与习近平通话。双方同意恢复贸易谈判！',
    'The deal 🤝 was signed today 👍🏽! Families 👨‍👩‍👧 cheered under flags 🇺🇸.',
    'قال الرئيس إن المحادثات ستستأنف؟ 双方同意恢复贸易谈判！',
  ];
  const r = await engine.analyze({ documents: texts.map((text, i) => ({ id: `t${i}`, text })) });
  checkSpans(r, texts);
  assert.deepEqual([0, 1, 2, 3].map((d) => r.sentences.filter((s) => s.doc === d).length), [2, 2, 2, 2]);
  assert.equal(r.documents[3].units16, texts[3].length);
  const arabic = r.sentences.find((s) => s.doc === 4 && s.text.startsWith('قال'));
  assert.ok(arabic.outlets >= 2);
});
