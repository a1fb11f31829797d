import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli, storyFolder } from '../support/cli';

const run = runCli;
const story = (files: Record<string, string>) => storyFolder(files, 'fanfic-export-');

const CHAPTER = [
  'Chapter One: His Decision',
  '',
  'A/N: Thanks for the reviews!',
  '',
  '"I *hate* you," she said.',
  '',
  '* * *',
  '',
  'He left.',
  '',
  'A/N: Thank you for reading!',
  '',
  'What do you think he will do?',
  '',
].join('\n');

describe('fanfic export', () => {
  test('--format json prints the contract, the end note apart from the work text', () => {
    const dir = story({ 'one.fic': CHAPTER });
    const path = join(dir, 'one.fic');
    const r = run('export', '--to', 'ao3', '--format', 'json', path);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.deepEqual(Object.keys(json), ['version', 'path', 'to', 'chapterTitle', 'summary', 'notes', 'html', 'words', 'characters', 'problems']);
    assert.deepEqual(json, {
      version: 1,
      path,
      to: 'ao3',
      chapterTitle: 'His Decision',
      summary: '',
      notes: { beginning: '<p>Thanks for the reviews!</p>', end: '<p>Thank you for reading!</p>\n<p>What do you think he will do?</p>' },
      html: '<p>"I <em>hate</em> you," she said.</p>\n<hr />\n<p>He left.</p>',
      words: 7,
      characters: 62,
      problems: [],
    });
  });
  test('the default format prints the work text alone', () => {
    const dir = story({ 'one.fic': CHAPTER });
    const r = run('export', join(dir, 'one.fic'));
    assert.equal(r.code, 0);
    assert.equal(r.out, '<p>"I <em>hate</em> you," she said.</p>\n<hr />\n<p>He left.</p>\n');
  });
  test('a summary over the limit is a problem and exit 1; the text format says so on stderr', () => {
    const dir = story({ 'one.fic': `Summary: ${'a'.repeat(1300)}\n\n${CHAPTER}` });
    const json = run('export', '--format', 'json', join(dir, 'one.fic'));
    assert.equal(json.code, 1);
    assert.deepEqual(
      JSON.parse(json.out).problems.map((p: { field: string }) => p.field),
      ['summary'],
    );
    const text = run('export', join(dir, 'one.fic'));
    assert.equal(text.code, 1);
    assert.match(text.err, /: summary: The summary is 1,307 characters; AO3 takes at most 1,250/);
  });
  test("fanfic.json's work summary is the summary", () => {
    const dir = story({ 'one.fic': CHAPTER, 'fanfic.json': '{ "work": { "title": "The Letter", "summary": "Harry decides." } }' });
    const json = JSON.parse(run('export', '--format', 'json', join(dir, 'one.fic')).out);
    assert.equal(json.summary, '<p>Harry decides.</p>');
  });
  test('--to ffn and --to markdown', () => {
    const dir = story({ 'one.fic': CHAPTER });
    const ffn = run('export', '--to', 'ffn', join(dir, 'one.fic'));
    assert.equal(ffn.code, 0);
    assert.ok(ffn.out.startsWith('<p>A/N: Thanks for the reviews!</p>\n<hr />\n'));
    const md = run('export', '--to', 'markdown', join(dir, 'one.fic'));
    assert.ok(md.out.startsWith('# Chapter One: His Decision\n\n> A/N: Thanks for the reviews!\n\n"I *hate* you," she said.\n\n* * *\n'));
  });
  test('bad usage exits 2 with the usage', () => {
    const dir = story({ 'one.fic': CHAPTER });
    for (const argv of [
      ['export', '--to', 'wattpad', join(dir, 'one.fic')],
      ['export'],
      ['export', '--format', 'xml', join(dir, 'one.fic')],
      ['export', dir],
      ['export', join(dir, 'missing.fic')],
    ]) {
      const r = run(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err, /Usage: fanfic export --to ao3\|ffn\|markdown/);
    }
  });
  test('--help lists export', () => {
    assert.match(run('--help').out, /fanfic export --to ao3\|ffn\|markdown \[--format html\|json\] <file>/);
  });
});
