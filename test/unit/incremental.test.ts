/**
 * The analyzer keeps story-level facts by difference (name totals, name verdicts, the document's
 * marks) and re-finalizes only the paragraphs that read a fact that changed. These properties hold
 * it to one promise: whatever ran before, a reused `Analyzer` gives exactly the findings a fresh
 * one gives for the same text, options and other files' names.
 *
 * The texts are made of names near every threshold a verdict has (used once, twice, five times,
 * ten times; other casings; shouting; a roster) and of marks whose majority can flip, so that
 * small edits cross those thresholds often ("Kazuni" is one letter from both "Kazuki" and "Kazumi":
 * its fix follows whichever is used more).
 */

import fc from 'fast-check';
import { describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { Analyzer, createSpeller, LineIndex, type AnalyzeOptions } from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';
import { diagnosticsOf, toDiagnostic } from '../../src/server/server';
import { applyEdit, editArb, storyArb as fanficArb, params } from '../support/arbitraries';

const speller = createSpeller(loadDictionary('en-US'));
Object.defineProperty(speller, fc.toStringMethod, { value: () => 'speller(en-US)' });

/** Names that are typos, casings or shouts of one another, and some that are not. */
const NAMES = [
  'Hermione',
  'Hermoine',
  'Hermone',
  'HERMIONE',
  'Sasuke',
  'Sauske',
  'Sasuke-kun',
  'McGonagall',
  'Mcgonagall',
  'Draco',
  'Drako',
  'Will',
  'Harry',
  'Hary',
  'Kazuki',
  'Kazumi',
  'Kazuni',
];
const WORDS = ['smiled', 'at', 'and', 'the', 'wand', 'looked', 'away', 'then'];
const MARKS = ['"', '“', '”', '...', '…', '--', '—', "don't", 'don’t'];

const sentenceArb = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
      { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.constantFrom(...MARKS) },
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((words) => `${words.join(' ')}.`);
const paragraphArb = fc.array(sentenceArb, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const storyArb = fc.array(paragraphArb, { minLength: 1, maxLength: 14 }).map((ps) => ps.join('\n\n'));

type Step =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number }
  | { kind: 'external'; counts: Array<[string, number]> }
  | { kind: 'roster'; on: boolean };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.constantFrom(...NAMES, ...MARKS).map((w) => ` ${w}`),
        paragraphArb.map((p) => `\n\n${p}`),
      ),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('external' as const),
      counts: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 1, max: 12 })), { maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('roster' as const), on: fc.boolean() }) },
);

/** Deletes the word at (or after) `at`, with the space before it. */
function deleteWord(text: string, at: number): string {
  const spaces = [...text.matchAll(/ \S+/g)];
  if (spaces.length === 0) return text;
  const m = spaces[at % spaces.length];
  return text.slice(0, m.index) + text.slice(m.index! + m[0].length);
}

/** Inserts at a word boundary (a space or a paragraph's end), so the edit adds whole words. */
function insertAt(text: string, at: number, insert: string): string {
  const bounds = [...text.matchAll(/(?= )|(?=\n\n)|$/g)].map((m) => m.index!);
  const i = bounds[at % bounds.length];
  return text.slice(0, i) + insert + text.slice(i);
}

function same(actual: unknown, expected: unknown, message: string): void {
  if (isDeepStrictEqual(actual, expected)) return;
  throw new Error(`${message}\n  reused: ${JSON.stringify(actual)}\n  fresh:  ${JSON.stringify(expected)}`);
}

describe('incremental analysis', () => {
  test('names near every threshold, other files and a roster coming and going: a reused Analyzer equals a fresh one', () => {
    fc.assert(
      fc.property(storyArb, fc.array(stepArb, { minLength: 1, maxLength: 10 }), (base, steps) => {
        let options: AnalyzeOptions = { speller };
        const reused = new Analyzer(options);
        let text = base;
        reused.analyze(text);
        for (const step of steps) {
          if (step.kind === 'insert') text = insertAt(text, step.at, step.text);
          else if (step.kind === 'delete') text = deleteWord(text, step.at);
          else {
            options =
              step.kind === 'external'
                ? { ...options, externalNames: new Map(step.counts) }
                : { ...options, story: step.on ? { characters: [{ name: 'Hermione', variants: ['Hermone'] }, { name: 'Minerva McGonagall' }] } : undefined };
            reused.setOptions(options);
          }
          const got = reused.analyze(text).findings;
          const want = new Analyzer(options).analyze(text).findings;
          same(got, want, `after ${JSON.stringify(step)} the text is ${JSON.stringify(text)}`);
        }
      }),
      params(300),
    );
  });

  test('a name crossing "used twice" silences or wakes spelling in another paragraph', () => {
    const reused = new Analyzer({ speller });
    const one = 'Zorblax waited.\n\nThe hall was quiet.';
    const two = `${one}\n\nZorblax smiled.`;
    const spelling = (text: string, a: Analyzer) =>
      a
        .analyze(text)
        .findings.filter((f) => f.rule === 'spelling')
        .map((f) => f.range.start);
    same(spelling(one, reused), [0], 'once: a misspelling');
    same(spelling(two, reused), [], 'twice: a name');
    same(spelling(one, reused), [0], 'once again: a misspelling');
  });

  test('a typo close to two frequent names follows the one used more, as their counts pass each other', () => {
    const base = `${'Kazuki ran. '.repeat(11)}\n\n${'Kazumi ran. '.repeat(12)}\n\nKazuni waited.`;
    const reused = new Analyzer({ speller });
    const target = (text: string, a: Analyzer) => a.analyze(text).findings.find((f) => f.rule === 'character-name')?.suggestions;
    same(target(base, reused), ['Kazumi'], 'Kazumi is used more');
    const more = base.replace('Kazuki ran. ', 'Kazuki ran. Kazuki ran. Kazuki ran. ');
    same(target(more, reused), ['Kazuki'], 'now Kazuki is');
    same(target(more, reused), target(more, new Analyzer({ speller })), 'as a fresh analyzer says');
  });

  test('a typo of a name the other files use five times appears when they do, and goes when they stop', () => {
    const text = 'Hermoine waited.\n\nThe hall was quiet.';
    const reused = new Analyzer({ speller });
    const names = () =>
      reused
        .analyze(text)
        .findings.filter((f) => f.rule === 'character-name')
        .map((f) => f.message);
    same(names(), [], 'no other files');
    reused.setOptions({ speller, externalNames: new Map([['Hermione', 5]]) });
    same(names(), ['`Hermoine` may be a misspelling of `Hermione` (used 5 times in this story).'], 'the other files use Hermione five times');
    reused.setOptions({ speller, externalNames: new Map([['Hermione', 6]]) });
    same(names(), ['`Hermoine` may be a misspelling of `Hermione` (used 6 times in this story).'], 'and six');
    reused.setOptions({ speller, externalNames: new Map([['Hermione', 4]]) });
    same(names(), [], 'four is not frequent');
  });

  test('a kept diagnostic is checked against the new lines: `holds` is true exactly at the offset a position names', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '\r'), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, i, j) => {
        const text = parts.join('');
        const lines = new LineIndex(text);
        const a = i % (text.length + 1);
        const b = j % (text.length + 1);
        const p = lines.position(a);
        if (!lines.holds(p, a)) throw new Error(`position(${a}) = ${JSON.stringify(p)} does not hold ${a} in ${JSON.stringify(text)}`);
        if (a !== b && lines.holds(lines.position(b), a)) throw new Error(`position(${b}) holds ${a} in ${JSON.stringify(text)}`);
      }),
      params(1000),
    );
  });

  test('the line index of an edited text, moved instead of scanned (copied or in place), equals a fresh one', () => {
    const chunk = fc.array(fc.constantFrom('a', ' ', '\n', '\r\n', '\r', '\n\n'), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(chunk, chunk, chunk, chunk, (before, removed, inserted, after) => {
        const old = before + removed + after;
        const text = before + inserted + after;
        // The common prefix and suffix as the analyzer measures them (at least `before` and `after`).
        let prefix = 0;
        while (prefix < Math.min(old.length, text.length) && old[prefix] === text[prefix]) prefix++;
        let suffix = 0;
        while (suffix < Math.min(old.length, text.length) - prefix && old[old.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
        for (const [p, s] of [
          [prefix, suffix],
          [before.length, after.length],
        ]) {
          const want = new LineIndex(text).starts;
          same(new LineIndex(old).edited(text, p, s).starts, want, `${JSON.stringify(old)} → ${JSON.stringify(text)} (prefix ${p}, suffix ${s})`);
          same(
            new LineIndex(old).edited(text, p, s, true).starts,
            want,
            `in place: ${JSON.stringify(old)} → ${JSON.stringify(text)} (prefix ${p}, suffix ${s})`,
          );
        }
      }),
      params(2000),
    );
  });

  test('the diagnostics sent after each edit, made once per finding and kept while they hold, equal ones made afresh', () => {
    fc.assert(
      fc.property(fanficArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), fc.constantFrom(3, 5000), (base, edits, maxFindings) => {
        const reused = new Analyzer({ speller, maxFindings });
        const made = new WeakMap();
        const history = [base];
        for (const edit of [undefined, ...edits]) {
          const text = edit ? applyEdit(history, edit) : base;
          history.push(text);
          const result = reused.analyze(text);
          const fresh = new Analyzer({ speller, maxFindings }).analyze(text);
          same(
            diagnosticsOf(result, made),
            fresh.findings.map((f) => toDiagnostic(f, fresh.model.lines)),
            `after ${JSON.stringify(edit)}: ${JSON.stringify(text)}`,
          );
        }
      }),
      params(300),
    );
  });
  test('typing inside the paragraphs of a story with chapters, scenes and flashbacks: the model edited in place equals a fresh one', () => {
    // Most of these edits stay inside one paragraph (the model is edited, not rebuilt); some add a
    // flashback marker, a scene break or a blank line, or run over a paragraph's end (rebuilt).
    const typed = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('e', ' ', 'Hermione', '"', '’', '—', '...', 'the the') },
      { weight: 1, arbitrary: fc.constantFrom(' End flashback.', ' *Flashback* ', '\n', '\n\n', '\n\n***\n\n', '\n\nChapter 9\n\n') },
    );
    const keyArb = fc.record({ paragraph: fc.nat(), at: fc.nat(), typed: fc.option(typed, { freq: 2 }), length: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(fanficArb, fc.array(keyArb, { minLength: 1, maxLength: 10 }), (base, keys) => {
        const reused = new Analyzer({ speller });
        let text = base;
        let model = reused.analyze(text).model;
        for (const key of keys) {
          const prose = model.paragraphs.filter((p) => p.kind === 'prose');
          if (prose.length === 0) return;
          const p = prose[key.paragraph % prose.length];
          const at = p.start + (key.at % (p.end - p.start + 1));
          text = key.typed === null ? text.slice(0, at) + text.slice(Math.min(at + key.length, p.end)) : text.slice(0, at) + key.typed + text.slice(at);
          const got = reused.analyze(text);
          const want = new Analyzer({ speller }).analyze(text);
          const where = `after ${JSON.stringify(key)}: ${JSON.stringify(text)}`;
          const { blocks, paragraphs, chapters, scenes, flashbacks, marks, apostrophe } = want.model;
          same(
            {
              blocks: got.model.blocks,
              paragraphs: got.model.paragraphs,
              chapters: got.model.chapters,
              scenes: got.model.scenes,
              flashbacks: got.model.flashbacks,
              marks: got.model.marks,
              apostrophe: got.model.apostrophe,
            },
            { blocks, paragraphs, chapters, scenes, flashbacks, marks, apostrophe },
            `the model differs ${where}`,
          );
          same(got.model.lines.starts, want.model.lines.starts, `line starts differ ${where}`);
          same(got.findings, want.findings, `findings differ ${where}`);
          same(got.names, want.names, `names differ ${where}`);
          model = got.model;
        }
      }),
      params(500),
    );
  });
  test('a line end typed right after the last paragraph is not in it: the scene still ends where the paragraph does', () => {
    // Found by the property above: the edit touched the paragraph's end, not its text.
    const base = '\u0000\n\n\u0000\n\nChapter';
    const reused = new Analyzer({ speller });
    reused.analyze(base);
    const text = `${base}\n`;
    const got = reused.analyze(text).model;
    const want = new Analyzer({ speller }).analyze(text).model;
    same({ chapters: got.chapters, scenes: got.scenes }, { chapters: want.chapters, scenes: want.scenes }, `the model differs for ${JSON.stringify(text)}`);
  });

  test('deleting or typing any character of a paragraph with flashback markers reshapes the model as a fresh analysis does', () => {
    const base = [
      'Chapter 1',
      'Harry looked up.',
      '*Flashback* The rain fell on the old house. End flashback.',
      'He blinked, and it was gone.',
      '***',
      'Draco POV',
      'FLASHBACK Years ago, in the snow.',
      'The snow was deep. The wind was cold.',
      'She waited. *End Flashback*',
      'Chapter 2',
      'Morning came.',
    ].join('\n\n');
    const reused = new Analyzer({ speller });
    reused.analyze(base);
    // The marker paragraphs lose a character anywhere; a plain one gains a marker anywhere.
    for (const [line, typed] of [
      [2, 'x'],
      [6, 'x'],
      [8, 'x'],
      [3, '*Flashback* '],
      [7, ' End flashback.'],
    ] as const) {
      const paragraph = base.split('\n\n')[line];
      const start = base.indexOf(paragraph);
      for (let at = start; at <= start + paragraph.length; at++) {
        for (const text of [base.slice(0, at) + base.slice(at + 1), base.slice(0, at) + typed + base.slice(at)]) {
          const got = reused.analyze(text).model;
          const want = new Analyzer({ speller }).analyze(text).model;
          for (const key of ['paragraphs', 'chapters', 'scenes', 'flashbacks'] as const) same(got[key], want[key], `${key} differ for ${JSON.stringify(text)}`);
          reused.analyze(base);
        }
      }
    }
  });
});
