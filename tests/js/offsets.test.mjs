// UTF-16 offsets: text.slice(start16, end16) is exactly the sentence, for every range of the
// report, also when the text has emoji (surrogate pairs), accents, Chinese and Arabic.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadBuiltEngine } from './built-engine.mjs';

let engine;
before(async () => {
  engine = await loadBuiltEngine();
});

// Two outlets telling the same story, each sentence with characters outside ASCII before
// and inside it, so that byte, UTF-16 and code point offsets all differ.
const A = [
  '🚀🌍 Café owners in Zürich said on Monday that prices rose by 12% in 2024. 🎉',
  'The mayor, José Müller, promised new subsidies for small businesses 👍.',
  '北京的官员表示，贸易谈判将于下周恢复。 Officials in Beijing said trade talks would resume next week.',
  'قال المسؤولون إن المحادثات ستستأنف. Negotiators from both sides met in Geneva on Tuesday 🇨🇭.',
].join('\n');
const B = [
  '📰 Prices rose by 12% in 2024, café owners in Zürich said on Monday.',
  'Mayor José Müller 👍 promised new subsidies for small businesses.',
  'Officials in Beijing said trade talks would resume next week — 北京。',
  'Negotiators from both sides met in Geneva on Tuesday 🇨🇭 (مرحبا).',
].join('\n');

function checkRange(doc, range, what) {
  assert.ok(Number.isInteger(range.start16) && Number.isInteger(range.end16), `${what}: integer offsets`);
  assert.ok(0 <= range.start16 && range.start16 <= range.end16 && range.end16 <= doc.length, `${what}: inside the text`);
  // Never between the two halves of a surrogate pair.
  for (const at of [range.start16, range.end16]) {
    const before = doc.charCodeAt(at - 1);
    assert.ok(!(before >= 0xd800 && before <= 0xdbff), `${what}: offset ${at} splits a surrogate pair`);
  }
  // The byte range covers the same characters.
  const bytes = Buffer.from(doc, 'utf8');
  assert.equal(bytes.subarray(range.start, range.end).toString('utf8'), doc.slice(range.start16, range.end16),
    `${what}: byte range and UTF-16 range disagree`);
}

test('every sentence, shared word and difference slices exactly', async () => {
  const texts = [A, B];
  const report = await engine.analyze({ documents: [{ id: 'a', label: 'A', text: A }, { id: 'b', label: 'B', text: B }] });
  report.documents.forEach((d, i) => {
    assert.equal(d.units16, texts[i].length);
    assert.equal(d.bytes, Buffer.byteLength(texts[i], 'utf8'));
  });
  assert.ok(report.sentences.length >= 8, `expected at least 8 sentences, got ${report.sentences.length}`);
  let shared = 0;
  for (const s of report.sentences) {
    const doc = texts[s.doc];
    checkRange(doc, s, `sentence ${s.id}`);
    assert.equal(doc.slice(s.start16, s.end16), s.text, `sentence ${s.id}`);
    for (const sup of s.support) {
      for (const r of sup.shared) {
        checkRange(texts[sup.doc], r, `sentence ${s.id} shared`);
        ++shared;
      }
      for (const d of sup.differs) {
        checkRange(texts[sup.doc], d, `sentence ${s.id} differs`);
        assert.equal(texts[sup.doc].slice(d.start16, d.end16), d.other);
      }
    }
  }
  // The check above must have had non-ASCII offsets to check: the stories corroborate.
  assert.ok(shared > 0, 'no shared words reported: the two stories should support each other');
  assert.ok(report.sentences.some((s) => s.start16 !== s.start), 'offsets after multibyte text');
});

test('a sentence after a long run of emoji keeps its offsets', async () => {
  const text = '😀'.repeat(1000) + ' First sentence here. Second sentence, after it.';
  const report = await engine.analyze({ documents: [{ id: 'e', text }] });
  const second = report.sentences.find((s) => s.text.startsWith('Second'));
  assert.ok(second, 'the second sentence is found');
  assert.equal(text.slice(second.start16, second.end16), second.text);
  assert.equal(second.start16, text.indexOf('Second'));
  assert.equal(second.start, Buffer.byteLength(text.slice(0, second.start16)));
});
