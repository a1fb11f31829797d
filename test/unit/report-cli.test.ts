import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli, storyFolder } from '../support/cli';

const run = runCli;
const story = (files: Record<string, string>) => storyFolder(files, 'fanfic-report-');

const ROSTER = JSON.stringify({ characters: [{ name: 'Kagome', pronouns: 'she/her' }, { name: 'Inuyasha', pronouns: 'he/him' }, { name: 'Sango' }] });
const ONE =
  'Chapter One: The Well\n\nKagome climbed out of the well. Inuyasha was waiting.\n\n"You\'re late," Inuyasha said.\n\n"I had a test," she said. "A hard one."\n\n* * *\n\nLater, Kagome slept.\n';
const TWO = 'Chapter Two\n\nSango sharpened her blade while Kagome watched.\n\n"Ready?" Sango asked.\n';

describe('fanfic report', () => {
  test('the JSON shape: per chapter words, scenes, dialogue share, characters; per character totals and chapters', () => {
    const dir = story({ 'fanfic.json': ROSTER, '01.fic': ONE, '02.fic': TWO });
    const r = run('report', '--format', 'json', dir);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    assert.deepEqual(
      json.chapters.map((c: { path: string }) => c.path),
      [join(dir, '01.fic'), join(dir, '02.fic')],
    );
    const [one, two] = json.chapters;
    assert.equal(one.title, 'Chapter One: The Well');
    assert.equal(one.scenes, 2);
    assert.deepEqual(one.characters.Inuyasha, { mentions: 2, spokenWords: 2 });
    assert.deepEqual(one.characters.Kagome, { mentions: 2, spokenWords: 7 });
    assert.equal(one.dialogue, undefined);
    assert.deepEqual(two.characters.Sango, { mentions: 2, spokenWords: 1 });
    const kagome = json.characters.find((c: { name: string }) => c.name === 'Kagome');
    assert.deepEqual(kagome, { name: 'Kagome', mentions: 3, spokenWords: 7, chapters: [join(dir, '01.fic'), join(dir, '02.fic')] });
  });

  test('chapter words equal fanfic stats, and the dialogue share is its share', () => {
    const dir = story({ 'fanfic.json': ROSTER, '01.fic': ONE });
    const report = JSON.parse(run('report', '--format', 'json', dir).out);
    const stats = JSON.parse(run('stats', '--format', 'json', join(dir, '01.fic')).out);
    assert.equal(report.chapters[0].words, stats.words);
    assert.equal(report.chapters[0].dialogueShare, stats.dialogueShare);
  });

  test('--lines lists every quotation with its offsets, speaker (or null) and words', () => {
    const text = '"Hello?"\n\n"Sit," Inuyasha said.\n';
    const dir = story({ 'fanfic.json': ROSTER, 'a.fic': text });
    const [chapter] = JSON.parse(run('report', '--format', 'json', '--lines', dir).out).chapters;
    assert.deepEqual(chapter.dialogue, [
      { offset: { start: 0, end: 8 }, speaker: null, words: 1 },
      { offset: { start: 10, end: 16 }, speaker: 'Inuyasha', words: 1 },
    ]);
    assert.equal(text.slice(10, 16), '"Sit,"');
  });

  test('text output names each chapter and character', () => {
    const dir = story({ 'fanfic.json': ROSTER, '01.fic': ONE });
    const r = run('report', dir);
    assert.equal(r.code, 0);
    assert.match(r.out, /01\.fic {2}"Chapter One: The Well" {2}\d+ words, 2 scenes, dialogue \d+\.\d %/);
    assert.match(r.out, /\n {2}Kagome +2 mentions +7 words spoken {2}in 1 chapter\n/);
  });

  test('text output says "1 mention", "1 word" in the singular, the columns still aligned', () => {
    const dir = story({ 'fanfic.json': ROSTER, 'a.fic': '"Sit," Inuyasha said.\n' });
    const r = run('report', '--lines', dir);
    const line = r.out.split('\n').find((l) => l.startsWith('    Inuyasha'));
    assert.match(line ?? '', /^ {4}Inuyasha +1 mention +1 word {2}spoken$/);
    assert.doesNotMatch(r.out, /\b1 (mentions|words)\b/);
    const total = r.out.split('\n').find((l) => l.startsWith('  Inuyasha'));
    // indent 2, name 20, count 6 + "mentions", count 7 + "words": each field at its plural's width.
    assert.equal(total?.indexOf('spoken'), 2 + 20 + 1 + (6 + 1 + 8) + 1 + (7 + 1 + 5) + 1);
  });

  test('needs a path: exit 2 with usage', () => {
    const r = run('report');
    assert.equal(r.code, 2);
    assert.match(r.err, /report needs a folder or files/);
  });
});
