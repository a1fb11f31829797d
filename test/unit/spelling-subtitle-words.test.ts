/**
 * Words no dictionary has that film subtitles write often ("looky", "indeedy"): speech a writer
 * means, silent in dialogue and information in narration; a known misspelling the subtitles write
 * too ("wierd", "untill", "arround") stays a warning. And a speaker's informal form of a common
 * word ("blondie"), silent in dialogue.
 */

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createSpeller, type Speller } from '../../src/core';
import { SUBTITLE_WORDS } from '../../src/core/data/subtitle-words.generated';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

const { foundWithSeverity: flagged } = ruleHelpers('spelling', () => ({ speller }));

describe('words the subtitles write', () => {
  test('silent in dialogue, information in narration', () => {
    assert.deepEqual(flagged('"Looky here," he said. "Yes indeedy."'), []);
    assert.deepEqual(flagged('Well, looky there, she thought, and the door swung open.'), ['looky:information']);
  });

  test('a known misspelling the subtitles write too is no such word: a warning', () => {
    for (const w of ['wierd', 'untill', 'arround', 'alot', 'definately', 'comme']) assert.ok(!SUBTITLE_WORDS.has(w), w);
    assert.deepEqual(flagged('It was wierd. He waited untill noon and walked arround.'), ['wierd:warning', 'untill:warning', 'arround:warning']);
  });

  test('the list holds no word a tier knows, no name, no contraction stem', () => {
    for (const w of SUBTITLE_WORDS) {
      assert.ok(!speller.correct(w) && !speller.listed!(w), w);
      assert.ok(!speller.correct(w.charAt(0).toUpperCase() + w.slice(1)), w);
      assert.ok(w.length >= 4 && !speller.correct(`${w}'t`), w);
    }
  });
});

describe("a speaker's informal forms of a common word", () => {
  test('a diminutive in -ie is silent in dialogue, a warning in narration', () => {
    assert.deepEqual(flagged('"She seems to think blondie was the target," he said.'), []);
    assert.deepEqual(flagged('She thought blondie was the target.'), ['blondie:warning']);
  });
  test("a verb's -ing misspelled, or a slip of a common word, is still a typo in dialogue", () => {
    assert.deepEqual(flagged('"Stop runing," she said. "I am comeing."'), ['runing:warning', 'comeing:warning']);
    assert.deepEqual(flagged('"You are eeling sad," she said.'), ['eeling:warning']);
  });
});
