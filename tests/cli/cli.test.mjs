// The native CLI as a user runs it: formats, exit codes and one-line errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = process.env.CORROBORATE_CLI ?? resolve('build/native/cli/corroborate');
const SOURCES = process.env.CORROBORATE_SOURCES ?? resolve('sources');

function run(args, input) {
  const r = spawnSync(CLI, args, { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return r;
}

function expectUsageError(r, pattern) {
  assert.equal(r.status, 2, `exit code for ${r.stderr}`);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line: ${r.stderr}`);
  assert.match(lines[0], /^corroborate: /);
  assert.match(lines[0], pattern);
}

const tmp = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));

test('--help and --version', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /usage: corroborate analyze/);
  const version = run(['--version']);
  assert.equal(version.status, 0);
  assert.match(version.stdout, /^corroborate \d+\.\d+\.\d+\n$/);
});

test('json report of the bundled sources follows the contract', () => {
  const r = run(['analyze', '--format', 'json', SOURCES]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.version, 1);
  assert.deepEqual(report.documents.map((d) => d.label), ['Outlet A', 'Outlet B', 'Outlet C', 'Outlet D', 'Outlet E']);
  assert.equal(report.documents[0].id, '000_2937b8b2345c0e58');
  for (const s of report.sentences) {
    const original = readFileSync(join(SOURCES, `${report.documents[s.doc].id}.txt`));
    assert.equal(original.subarray(s.start, s.end).toString('utf8'), s.text);
  }
});

test('text report fits 80 columns and closes with the summary', () => {
  const r = run(['analyze', SOURCES]);
  assert.equal(r.status, 0, r.stderr);
  for (const line of r.stdout.split('\n')) assert.ok([...line].length <= 80, `too wide: ${line}`);
  assert.match(r.stdout, /\[#####\] all +“I like President XI/);
  assert.match(r.stdout, /Claims per level/);
  assert.match(r.stdout, /Stated by all 5 outlets \(\d+\)/);
});

test('html report is one self-contained file with escaped text', () => {
  const dir = join(tmp, 'html');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.txt'), 'The mayor said <script>alert(1)</script> the bridge opened on Monday.\n');
  writeFileSync(join(dir, 'b.txt'), 'On Monday the bridge opened, the mayor said.\n');
  const r = run(['analyze', '--format', 'html', dir]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<!doctype html>/);
  assert.ok(!r.stdout.includes('<script>'), 'source text must be escaped');
  assert.ok(r.stdout.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!/(src|href)="https?:/.test(r.stdout), 'no external resources');
});

test('standard input, files and --min-score', () => {
  const file = join(tmp, 'b.txt');
  writeFileSync(file, 'On Monday the mayor opened the new bridge.\n');
  const r = run(['analyze', '--format', 'json', '--min-score', '0.2', '-', file], 'The mayor opened the new bridge on Monday.\n');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.min_score, 0.2);
  assert.deepEqual(report.documents.map((d) => d.id), ['stdin', 'b']);
  assert.equal(report.sentences[0].level, 'all');
});

test('--threads does not change the report', () => {
  const one = run(['analyze', '--format', 'json', '--threads', '1', SOURCES]);
  const all = run(['analyze', '--format', 'json', SOURCES]);
  assert.equal(one.status, 0, one.stderr);
  assert.equal(all.stdout, one.stdout);
});

test('--focus: one document\'s claims get the support of the full report, the others none', () => {
  const full = JSON.parse(run(['analyze', '--format', 'json', SOURCES]).stdout);
  const r = run(['analyze', '--format', 'json', '--focus', full.documents[1].id, SOURCES]);
  assert.equal(r.status, 0, r.stderr);
  const focused = JSON.parse(r.stdout);
  assert.equal(focused.sentences.length, full.sentences.length);
  focused.sentences.forEach((s, i) => {
    if (s.doc === 1) assert.deepEqual(s, full.sentences[i]);
    else assert.ok(s.support.length === 0 && (s.kind === 'boilerplate' || (s.level === null && s.outlets === 0)));
  });
  expectUsageError(run(['analyze', '--format', 'json', '--focus', 'nobody', SOURCES]), /focus 'nobody' is not the id of a document/);
  expectUsageError(run(['analyze', '--focus', full.documents[1].id, SOURCES]), /--focus needs --format json/);
  expectUsageError(run(['analyze', '--format', 'json', '--focus']), /--focus needs a document id/);
});

test('--weights: a model in place of the trained one (for measuring it held out)', () => {
  const names = run(['candidates', '--per-doc', '1', SOURCES]).stdout.split('\n')[0].split('\t');
  const features = names.slice(names.indexOf('bias')).length;
  const never = run(['analyze', '--format', 'json', '--weights', '-50', SOURCES]);
  assert.equal(never.status, 0, never.stderr);
  assert.ok(JSON.parse(never.stdout).sentences.every((s) => s.support.length === 0));
  const always = JSON.parse(run(['analyze', '--format', 'json', '--weights', '50', SOURCES]).stdout);
  assert.ok(always.sentences.some((s) => s.level === 'all'));
  expectUsageError(run(['analyze', '--weights', '1,x', SOURCES]), /--weights needs numbers separated by commas/);
  expectUsageError(run(['analyze', '--weights', '1,,2', SOURCES]), /--weights needs numbers separated by commas/);
  expectUsageError(run(['analyze', '--weights', Array(features + 1).fill('0').join(','), SOURCES]),
                   new RegExp(`model_weights has ${features + 1} weights; the model has ${features} features`));
});

test('usage and input errors: exit 2 with one line naming the problem', () => {
  expectUsageError(run(['analyze']), /needs at least one PATH/);
  expectUsageError(run(['analyze', '--format', 'pdf', SOURCES]), /unknown format 'pdf'/);
  expectUsageError(run(['analyze', '--min-score', '7', SOURCES]), /--min-score/);
  expectUsageError(run(['analyze', '--threads', 'many', SOURCES]), /--threads needs a whole number/);
  expectUsageError(run(['analyze', '--threads', '-1', SOURCES]), /--threads needs a whole number/);
  expectUsageError(run(['frobnicate']), /unknown command 'frobnicate'/);
  expectUsageError(run(['analyze', join(tmp, 'missing.txt')]), /missing\.txt/);
  const binary = join(tmp, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  expectUsageError(run(['analyze', binary]), /image\.txt.*binary/);
  const bad = join(tmp, 'bad.json');
  writeFileSync(bad, '{"sources": [');
  expectUsageError(run(['analyze', bad]), /bad\.json.*not valid JSON/);
  const empty = join(tmp, 'emptydir');
  mkdirSync(empty);
  expectUsageError(run(['analyze', empty]), /emptydir.*no \.txt files/);
});

test('a JSON source bundle is read like a directory', () => {
  const bundle = join(tmp, 'bundle.json');
  writeFileSync(bundle, JSON.stringify([
    { id: 'x', label: 'X', text: 'The council approved the budget on Friday.' },
    { id: 'y', label: 'Y', text: 'On Friday the council approved the budget.' },
  ]));
  const r = run(['analyze', '--format', 'json', bundle]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.documents.map((d) => d.label), ['X', 'Y']);
  assert.equal(report.sentences[0].level, 'all');
});
