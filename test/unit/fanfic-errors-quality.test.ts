import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Annotation, type CheckedFile, type ErrorResult, fixtureFile, locate, render, score } from '../../scripts/fanfic-errors-quality';
import type { Finding, Severity } from '../../src/core';

const text = 'They sat their alone.\nHe ran form the dog.\nIts cold and and wet.\n"Go." He said.\n';

function at(word: string, from: number, rule: string, severity: Severity, suggestions: string[], before = ''): Finding {
  const start = text.indexOf(before + word, from) + before.length;
  return { rule, severity, message: `${rule} says so`, range: { start: start - before.length, end: start + word.length }, suggestions };
}

function note(line: number, snippet: string, wrong: string, correction: string, cls: Annotation['class'] = 'real-word'): Annotation {
  return { file: 'story.txt', line, text: snippet, wrong, correction, class: cls, kind: 'test' };
}

const annotations = [
  note(1, 'sat their', 'their', 'there'),
  note(2, 'ran form', 'form', 'from'),
  note(3, 'Its cold', 'Its', "It's"),
  note(3, 'and wet', 'and', '', 'misspelling'),
];

const findings: Finding[] = [
  at('their', 0, 'confusable', 'warning', ['there']), // caught, fixed
  at('form', 0, 'real-word', 'warning', ['farm', 'from']), // caught, first suggestion wrong: not fixed
  at('Its', 0, 'style', 'information', ["It's"]), // quiet: not a catch
  at('and', text.indexOf('and and') + 1, 'repeated-word', 'warning', [''], ' '), // " and" removed: fixed
  at('alone', 0, 'spelling', 'warning', ['along']), // on no error: a false alarm
  at('dog', 0, 'style', 'hint', []), // quiet, on no error: no false alarm
  at('He', text.indexOf('"Go."'), 'dialogue-punctuation', 'warning', ['he']), // on an out-of-scope real error
];

const offScope = [{ file: 'story.txt', line: 4, text: 'He said', wrong: 'He', kind: 'dialogue punctuation' }];

const file: CheckedFile = { path: 'story.txt', text, words: 500, findings };

/** Every text of `set` has an annotation, and every annotation a class, a kind and a correction. */
function assertEachAnnotated(set: {
  texts: readonly string[];
  errors: ReadonlyArray<{ file: string; line: number; class: string; kind: string; wrong: string; correction: string }>;
}): void {
  for (const path of set.texts)
    assert.ok(
      set.errors.some((e) => e.file === path),
      `${path} has no annotation`,
    );
  for (const e of set.errors) {
    assert.ok(e.class === 'real-word' || e.class === 'misspelling', `${e.file}:${e.line} class ${e.class}`);
    assert.ok(e.kind.length > 0 && e.wrong !== e.correction, `${e.file}:${e.line}`);
  }
}

describe('scripts/fanfic-errors-quality.ts scoring', () => {
  it('finds an annotation by its line, snippet and whole word', () => {
    assert.equal(text.slice(locate(text, annotations[0]).start, locate(text, annotations[0]).end), 'their');
    // The first whole "and" of the snippet, not the "and" in another word.
    const r = locate(text, note(3, 'cold and and', 'and', ''));
    assert.equal(r.start, text.indexOf('cold and') + 5);
    assert.throws(() => locate(text, note(1, 'sat there', 'there', 'their')), /not in the line/);
    assert.throws(() => locate(text, note(3, 'and', 'and', '')), /not unique/);
  });

  it('counts a fixed catch, a catch with the wrong fix, a quieter catch, a miss and a false alarm', () => {
    const s = score([file], annotations, offScope);
    const row = (e: ErrorResult) => [e.annotation.wrong, e.caught, e.fixed, e.warned, e.warnFixed];
    assert.deepEqual(s.errors.map(row), [
      ['their', true, true, true, true],
      ['form', true, false, true, false],
      ['Its', true, true, false, false],
      ['and', true, true, true, true],
    ]);
    assert.deepEqual(
      s.falseAlarms.map((f) => text.slice(f.finding.range.start, f.finding.range.end)),
      ['alone'],
    );
    assert.deepEqual(
      s.offScope.map((f) => [f.finding.rule, f.outOfScope]),
      [['dialogue-punctuation', 'dialogue punctuation']],
    );
    assert.equal(s.words, 500);
    // Without the out-of-scope span, the warning on it is a false alarm.
    assert.equal(score([file], annotations).falseAlarms.length, 2);
    // An error no finding touches is a miss.
    const missed = score([{ ...file, findings: [] }], annotations).errors;
    assert.deepEqual(
      missed.map((e) => e.caught || e.fixed),
      [false, false, false, false],
    );
  });

  it('reports the figures by class, per 1,000 words, per rule and the list', () => {
    const out = render(score([file], annotations, offScope), true);
    assert.match(out, /real-word +caught 3\/3 \(100\.0 %\), fixed 2\/3 \(66\.7 %\); by a warning: caught 2\/3 \(66\.7 %\), fixed 1\/3 \(33\.3 %\)/);
    assert.match(out, /misspelling +caught 1\/1 \(100\.0 %\), fixed 1\/1/);
    assert.match(out, /false alarms: 1 \(2\.00 per 1,000 words\)/);
    assert.match(out, /and 1 warnings on real errors outside word level \(1 dialogue punctuation\); with them 2 \(4\.00 per 1,000 words\)/);
    assert.match(out, /spelling +0 \/ +1/);
    assert.match(out, /story\.txt:3:1 real-word "Its" → "It's" \(test\): fixed below a warning by style \(information\) \[information style → It's\]/);
    assert.match(out, /story\.txt:2:8 real-word "form" → "from" \(test\): caught by real-word, not fixed/);
    assert.match(out, /story\.txt:1:16 warning spelling "alone" spelling says so \(along\)/);
    assert.match(out, /story\.txt:4:7 warning dialogue-punctuation "He" .*\[on a real error: dialogue punctuation\]/);
  });

  it('stops on an annotation for a file that was not checked', () => {
    assert.throws(() => score([], annotations), /not checked/);
  });
});

describe('scripts/fanfic-errors-quality.ts fixture choice', () => {
  it('scores the tuning annotations unless a held-out set is asked for', () => {
    assert.equal(fixtureFile(['node', 'script', '--list']), 'annotations.json');
    assert.equal(fixtureFile(['node', 'script', '--heldout']), 'heldout.json');
    assert.equal(fixtureFile(['node', 'script', '--heldout2', '--list']), 'heldout2.json');
    assert.equal(fixtureFile(['node', 'script', '--list', '--heldout3']), 'heldout3.json');
    assert.equal(fixtureFile(['node', 'script', '--heldout4', '--list']), 'heldout4.json');
    assert.equal(fixtureFile(['node', 'script', '--list', '--heldout5']), 'heldout5.json');
    assert.equal(fixtureFile(['node', 'script', '--heldout6', '--list']), 'heldout6.json');
  });
});

describe('test/fixtures/fanfic-errors sets', () => {
  const dir = join(__dirname, '..', 'fixtures', 'fanfic-errors');
  const sets = ['annotations.json', 'heldout.json', 'heldout2.json', 'heldout3.json', 'heldout4.json', 'heldout5.json', 'heldout6.json'].map((name) => {
    const fixture = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { texts: string[]; errors: Annotation[] };
    return { name, ...fixture };
  });

  it('gives each set its own texts, none shared with another set', () => {
    const owner = new Map<string, string>();
    for (const { name, texts } of sets)
      for (const path of texts) {
        assert.equal(owner.get(path), undefined, `${path} is in ${owner.get(path)} and ${name}`);
        owner.set(path, name);
      }
  });

  it("annotates only the set's own texts", () => {
    for (const { name, texts, errors } of sets) for (const e of errors) assert.ok(texts.includes(e.file), `${name}: ${e.file} is not one of its texts`);
  });

  it('resolves every annotation to one place of its text, no two to the same words', () => {
    for (const { name, errors } of sets) {
      const texts = new Map<string, string>();
      const taken = new Map<string, string>();
      for (const e of errors) {
        const text = texts.get(e.file) ?? readFileSync(join(dir, '..', '..', '..', e.file), 'utf8');
        texts.set(e.file, text);
        const { start, end } = locate(text, e); // throws unless `text` is unique in its line and `wrong` a whole word of it
        assert.equal(text.slice(start, end), e.wrong, `${name}: ${e.file}:${e.line}`);
        const key = `${e.file}:${start}-${end}`;
        assert.equal(taken.get(key), undefined, `${name}: ${e.file}:${e.line} "${e.wrong}" is annotated twice`);
        taken.set(key, e.text);
      }
    }
  });

  it('loads the fourth held-out set whole: its six chapters, each annotated, with classes and kinds', () => {
    const set = sets.find((s) => s.name === 'heldout4.json');
    assert.ok(set);
    assert.deepEqual(
      set.texts,
      [1, 2, 3, 4, 5, 6].map((n) => `test/fixtures/fanfic-errors/sky-blue-0${n}.txt`),
    );
    assertEachAnnotated(set);
  });

  it('loads the fifth held-out set whole: its one screenplay, annotated, with classes and kinds', () => {
    const set = sets.find((s) => s.name === 'heldout5.json');
    assert.ok(set);
    assert.deepEqual(set.texts, ['test/fixtures/fanfic-errors/we-the-living-dead.txt']);
    assert.ok(set.errors.length >= 25, `${set.errors.length} annotations`);
    for (const e of set.errors) {
      assert.equal(e.file, set.texts[0]);
      assert.ok(e.class === 'real-word' || e.class === 'misspelling', `${e.file}:${e.line} class ${e.class}`);
      assert.ok(e.kind.length > 0 && e.wrong !== e.correction, `${e.file}:${e.line}`);
    }
  });

  it('loads the sixth held-out set whole: its three parts, each annotated, with classes and kinds', () => {
    const set = sets.find((s) => s.name === 'heldout6.json');
    assert.ok(set);
    assert.deepEqual(
      set.texts,
      [1, 2, 3].map((n) => `test/fixtures/fanfic-errors/voldemorts-children-0${n}.txt`),
    );
    assert.ok(set.errors.length >= 25, `${set.errors.length} annotations`);
    assertEachAnnotated(set);
  });
});
