import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../../src/cli/main';

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function story(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fanfic-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('fanfic check', () => {
  test('prints path:line:col: severity rule message (suggestion) and exits 1 on a warning', () => {
    const dir = story({ 'one.fic': 'Line one.\nShe saw the the cat.\n' });
    const r = run('check', dir);
    assert.equal(r.code, 1);
    assert.equal(r.out, `${join(dir, 'one.fic')}:2:9: warning repeated-word \`the\` is written twice; keep one \`the\`. (the)\n`);
  });
  test('the JSON contract', () => {
    const dir = story({ 'one.fic': 'Line one.\nShe saw the the cat.\n' });
    const r = run('check', '--format', 'json', dir);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    assert.equal(json.files.length, 1);
    const [file] = json.files;
    assert.equal(file.path, join(dir, 'one.fic'));
    assert.equal(file.words, 7);
    assert.deepEqual(file.findings, [
      {
        rule: 'repeated-word',
        severity: 'warning',
        message: '`the` is written twice; keep one `the`.',
        range: { start: { line: 1, character: 8 }, end: { line: 1, character: 15 } },
        offset: { start: 18, end: 25 },
        text: 'the the',
        suggestions: ['the'],
      },
    ]);
  });
  test('exits 0 on clean prose and finds .fic and .fanfic files in folders', () => {
    const dir = story({ 'a.fic': 'Fine prose.', 'b.fanfic': 'More fine prose.', 'c.txt': 'the the' });
    const r = run('check', '--format', 'json', dir);
    assert.equal(r.code, 0);
    assert.deepEqual(
      JSON.parse(r.out).files.map((f: { path: string }) => f.path.slice(dir.length + 1)),
      ['a.fic', 'b.fanfic'],
    );
    assert.equal(run('check', '--ext', 'txt', dir).code, 1);
  });
  test('a broken fanfic.json is a finding in that file, and the checks still run', () => {
    const dir = story({ 'fanfic.json': '{ "words": [', 'a.fic': 'the the' });
    const json = JSON.parse(run('check', '--format', 'json', dir).out);
    const paths = json.files.map((f: { path: string }) => f.path);
    assert.ok(paths.some((p: string) => p.endsWith('fanfic.json')));
    assert.ok(json.files.some((f: { findings: Array<{ rule: string }> }) => f.findings.some((x) => x.rule === 'repeated-word')));
  });
  test('skips a binary file with a notice', () => {
    const dir = story({ 'bin.fic': Buffer.from([0x66, 0x00, 0x01, 0x02]) });
    const r = run('check', dir);
    assert.equal(r.code, 0);
    assert.match(r.err, /skipped .*bin\.fic: looks like a binary file/);
  });
});

describe('fanfic usage errors exit 2 with a clear message', () => {
  test('a missing file is named', () => {
    const r = run('check', '/no/such/file.fic');
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read \/no\/such\/file\.fic: no such file or folder/);
  });
  test('an unreadable file is named', { skip: process.getuid?.() === 0 ? 'root reads everything' : false }, () => {
    const dir = story({ 'locked.fic': 'x' });
    chmodSync(join(dir, 'locked.fic'), 0);
    const r = run('check', join(dir, 'locked.fic'));
    assert.equal(r.code, 2);
    assert.match(r.err, /locked\.fic: permission denied/);
  });
  test('unknown command, bad format, no arguments', () => {
    assert.equal(run('frobnicate').code, 2);
    assert.match(run('check', '--format', 'xml', '.').err, /--format must be text or json/);
    assert.equal(run('check').code, 2);
    assert.equal(run().code, 2);
  });
});

describe('fanfic outline and stats', () => {
  test('outline --format json prints the tree with ranges as in the check contract', () => {
    const dir = story({ 'a.fic': 'Chapter 1\n\nShe ran.\n\n***\n\nHe hid.\n' });
    const json = JSON.parse(run('outline', '--format', 'json', join(dir, 'a.fic')).out);
    const [chapter] = json.outline;
    assert.equal(chapter.kind, 'chapter');
    assert.equal(chapter.name, 'Chapter 1');
    assert.deepEqual(chapter.range.start, { line: 0, character: 0 });
    assert.deepEqual(
      chapter.children.map((s: { name: string; words: number }) => [s.name, s.words]),
      [
        ['Scene 1', 2],
        ['Scene 2', 2],
      ],
    );
  });
  test('stats prints story and dialogue words', () => {
    const dir = story({ 'a.fic': '"Hi," she said.\n\nA/N: thanks\n' });
    const r = run('stats', join(dir, 'a.fic'));
    assert.match(r.out, /story words\s+3/);
    assert.match(r.out, /dialogue words\s+1 \(33\.3 %\)/);
    assert.match(r.out, /author's notes\s+3 words/);
  });
});
