/**
 * The story's vocabulary across its files: a lowercase word no tier knows that the story writes
 * `STORY_WORD_AFTER` times over its chapters is information in every one of them, also where it
 * is written once; a habit's misspelling stays a warning however often it is written.
 */

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Analyzer, checkStory, createSpeller, type Speller, Story, storyWordsOf } from '../../src/core';
import { STORY_WORD_AFTER } from '../../src/core/rules/spelling-shapes';
import { loadDictionary } from '../../src/node/dictionaries';
import { storySpellingFindings } from '../support/story-spelling';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

/** Each spelling finding of each file of the story, as `word:severity`. */
const storyFindings = (texts: string[]): string[][] => storySpellingFindings(speller, texts);

describe("the story's vocabulary, counted over its files", () => {
  test('a coinage one edit from a word, written three times over two chapters, is information in both', () => {
    assert.equal(STORY_WORD_AFTER, 3);
    const one = 'She was an esper of the city.';
    const two = 'The esper smiled.\n\nEvery esper in the school knew it.';
    // Each chapter alone: a warning (the second writes it twice, which is not enough).
    assert.deepEqual(storyFindings([one]), [['esper:warning']]);
    assert.deepEqual(storyFindings([two]), [['esper:warning', 'esper:warning']]);
    // Together: the story's word, information in each file, the one it is written once in too.
    assert.deepEqual(storyFindings([one, two]), [['esper:information'], ['esper:information', 'esper:information']]);
  });

  test('the possessive counts with the word ("electromaster\'s")', () => {
    const found = storyFindings(['The electromaster waited.', "The electromaster's coin flew.\n\nAn electromaster never misses."]);
    assert.ok(
      found.flat().every((f) => !f.endsWith(':warning')),
      found.flat().join(' '),
    );
  });

  test('twice over the story is not enough for a word one edit from a common one', () => {
    assert.deepEqual(storyFindings(['She was an esper.', 'The esper smiled.']), [['esper:warning'], ['esper:warning']]);
  });

  test("a habit's misspelling stays a warning, written in every chapter", () => {
    const texts = [
      'It was definately true.',
      'I definately said so.',
      'And definately again. He had the exersize.',
      'The exersize hurt. The exersize was long.',
    ];
    assert.deepEqual(storyFindings(texts), [
      ['definately:warning'],
      ['definately:warning'],
      ['definately:warning', 'exersize:warning'],
      ['exersize:warning', 'exersize:warning'],
    ]);
  });

  test('the information says the story writes it often and has its fixes still', () => {
    const { results } = checkStory(
      [
        { uri: 'a', text: 'She was an esper.' },
        { uri: 'b', text: 'The esper smiled. The esper left.' },
      ],
      { speller },
    );
    const f = results[0].findings.find((x) => x.rule === 'spelling');
    assert.ok(f);
    assert.equal(f.severity, 'information');
    assert.match(f.message, /the story writes it often/);
    assert.equal(f.data?.storyWord, true);
  });
});

describe('the other files’ words, as an analyzer is given them', () => {
  test('storyWords: the lowercase words no tier knows, each with how often it is found; names and known words left out', () => {
    const text = 'The esper met Misaka. An esper and a dromozoa walked home.';
    const words = new Analyzer({ speller }).analyze(text).storyWords;
    assert.deepEqual([...words].sort(), [
      ['dromozoa', 1],
      ['esper', 2],
    ]);
    // A file nobody opened counts the same, from the spelling rule's check alone.
    assert.deepEqual([...storyWordsOf(text, speller)].sort(), [...words].sort());
  });

  test('a change of the other files’ counts judges the word again, and only it', () => {
    const analyzer = new Analyzer({ speller });
    const text = 'She was an esper.\n\nHe was a tultul.';
    const severities = () =>
      analyzer
        .analyze(text)
        .findings.filter((f) => f.rule === 'spelling')
        .map((f) => `${text.slice(f.range.start, f.range.end)}:${f.severity}`);
    assert.deepEqual(severities(), ['esper:warning', 'tultul:warning']);
    analyzer.setOptions({ speller, externalWords: new Map([['esper', 2]]) });
    assert.deepEqual(severities(), ['esper:information', 'tultul:warning']);
    analyzer.setOptions({ speller, externalWords: new Map([['esper', 1]]) });
    assert.deepEqual(severities(), ['esper:warning', 'tultul:warning']);
    // "tultul", far from every word, is the story's once written again anywhere in it: silent.
    analyzer.setOptions({ speller, externalWords: new Map([['tultul', 1]]) });
    assert.deepEqual(severities(), ['esper:warning']);
  });

  test("Story: each file's external words are the sum of the others'; setWords says whether they changed", () => {
    const story = new Story('');
    const none = { total: new Map<string, number>(), mid: new Map<string, number>() };
    story.set('a', none);
    story.set('b', { total: new Map(), mid: new Map() });
    story.set('c', { total: new Map(), mid: new Map() });
    assert.equal(story.setWords('a', new Map([['esper', 1]])), true);
    assert.equal(story.setWords('b', new Map([['esper', 2]])), true);
    assert.equal(story.setWords('b', new Map([['esper', 2]])), false);
    assert.deepEqual([...story.externalWords('a')], [['esper', 2]]);
    assert.deepEqual([...story.externalWords('c')], [['esper', 3]]);
    assert.equal(story.setWords('b', new Map()), true);
    assert.deepEqual([...story.externalWords('c')], [['esper', 1]]);
    assert.deepEqual([...story.externalWords('a')], []);
  });
});
