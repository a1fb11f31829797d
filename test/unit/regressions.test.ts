/**
 * Bugs the property tests and the bad-input tests found in `src/core`, each pinned by the minimal
 * input that showed it (for the properties, the counterexample fast-check shrank to).
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analyzer, buildModel, outline, parseStoryConfig, RULE_IDS, ruleById } from '../../src/core';
import { checkModel, checkOutline } from '../support/invariants';

/** Runs `fn` and returns how long it took, in milliseconds. */
function timed(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

describe('regressions: outline ranges', () => {
  test('a POV header with nothing after it: its scene holds the header (selection inside the node)', () => {
    // The scene was {0,0} while its selection range, the header, was {0,10}.
    const text = 'P.O.V. Ron';
    checkOutline(text, outline(text));
    const [chapter] = outline(text);
    assert.deepEqual(chapter.children[0].range, { start: 0, end: 10 });
  });

  test('a scene’s first-line selection stops at the scene’s end, not at trailing spaces past it', () => {
    // The scene ended at 40 (blocks exclude trailing blanks); its first line ran on to 42.
    const text = '\u0000the\nChapter One: His Decision\nFLASHBACK  ';
    checkOutline(text, outline(text));
  });
});

describe('regressions: blocks', () => {
  test('a line of U+2028 alone is blank, not a title block {1, 0} ending before it starts', () => {
    // Found by the long fuzz run (29,067th case): blank lines were told by a list of code points
    // missing some that trim() strips, and a block is the trimmed line.
    const text = '\u2028\nWritten by xXsakuraXx';
    checkModel(text);
    checkOutline(text, outline(text));
  });
});

describe('regressions: the Analyzer’s caches', () => {
  test('an edit that changes the file’s dash counts re-finalizes the other paragraphs’ dash findings', () => {
    // Shrunk by the cache property: an em dash typed into the first paragraph made `—` the file's
    // style (2 of 3), but the second paragraph's `--` kept its cached "no finding" from before.
    const before = 'the  (A/N: the  Hermione\n\nar-- — the';
    const after = 'the  (A/N:the — \u0000 the  Hermione\n\nar-- — the';
    const reused = new Analyzer();
    reused.analyze(before);
    assert.deepEqual(reused.analyze(after).findings, new Analyzer().analyze(after).findings);
  });
});

describe('regressions: fanfic.json', () => {
  test('a byte-order mark is no "invalid symbol" error', () => {
    assert.deepEqual(parseStoryConfig('\uFEFF{ "words": ["Hogwarts"] }', RULE_IDS).problems, []);
  });

  test('100,000 nested brackets are a problem, not a thrown stack overflow', () => {
    const { problems } = parseStoryConfig('['.repeat(100_000), RULE_IDS);
    assert.match(problems[0].message, /nested too deeply/);
  });
});

describe('regressions: long paragraphs stay linear', () => {
  // Each took 10–30 s before the fix and takes tens of milliseconds after; the bound leaves room
  // for a loaded machine.
  test('20,000 thought openers that never close ("\'a \'a …"): one scan, not one per opener', () => {
    assert.ok(timed(() => buildModel("'a ".repeat(20_000))) < 5_000);
  });

  test('40,000 quotations in one paragraph: no search of every region for each quote', () => {
    assert.ok(timed(() => buildModel('"a" '.repeat(40_000))) < 5_000);
  });

  test(
    '60,000 quotations in one paragraph: dialogue-punctuation looks only at the previous one',
    { skip: !ruleById('dialogue-punctuation') && 'no such rule' },
    () => {
      const analyzer = new Analyzer({}, [ruleById('dialogue-punctuation')!]);
      assert.ok(timed(() => analyzer.analyze('"a" '.repeat(60_000))) < 5_000);
    },
  );
});

describe('incremental analysis regressions', () => {
  test('a paragraph becomes a title again when the line after it is a byline again (edit then undo)', () => {
    const original = '\u0000\n\nWritten by xXsakuraXx';
    const edited = '\u0000\n\nWitten by xXsakuraXx';
    const reused = new Analyzer();
    reused.analyze(original);
    reused.analyze(edited);
    const again = reused.analyze(original);
    assert.deepEqual(again.model.blocks, new Analyzer().analyze(original).model.blocks);
    assert.deepEqual(
      again.model.blocks.map((b) => b.kind),
      ['title', 'byline'],
    );
  });
  test('a CRLF inside a paragraph is not a blank line between groups (edit then undo)', () => {
    const original = '\u0000\r\nHermione the';
    const reused = new Analyzer();
    reused.analyze(original);
    reused.analyze(`${original}**Hermione's POV**`);
    assert.deepEqual(reused.analyze(original).model.blocks, new Analyzer().analyze(original).model.blocks);
  });
});

describe('name verdicts kept across edits', () => {
  test("a typo's message follows the count of the roster name it points to", () => {
    const options = { story: { characters: [{ name: 'Draco Malfoy', aliases: ['Malfoy'] }] } };
    const base = 'The hall.\n\nMlfoy laughed.\n';
    const reused = new Analyzer(options);
    reused.analyze(base);
    const edited = `Malfoy waited.\n\n${base}`;
    const message = (r: ReturnType<Analyzer['analyze']>) => r.findings.find((f) => f.rule === 'character-name')?.message;
    assert.equal(message(reused.analyze(edited)), message(new Analyzer(options).analyze(edited)));
    assert.match(message(reused.analyze(edited)) ?? '', /used once/);
    assert.match(message(new Analyzer(options).analyze(base)) ?? '', /in this story's character list/);
  });
});
