/**
 * A dictionary word given an ending it does not take ("graffities" for "graffiti", written seven
 * times in heldout4) is a misspelling however often the story writes it: it never gets the
 * licence of a coinage, while the fandom's own words ("alicorn", "nopony", "padawans") keep it.
 */

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { analyze, createSpeller, type Speller, suggest } from '../../src/core';
import { wrongEnding } from '../../src/core/rules/spelling-shapes';
import { loadDictionary } from '../../src/node/dictionaries';
import { storySpellingFindings } from '../support/story-spelling';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

/** Each spelling finding of each file of the story, as `word:severity`. */
const storyFindings = (texts: string[]): string[][] => storySpellingFindings(speller, texts);

describe('a dictionary word with an ending it does not take', () => {
  test('is told apart from a coinage and from a word the dictionary knows', () => {
    assert.equal(wrongEnding(speller, 'graffities'), true);
    assert.equal(wrongEnding(speller, 'sheeps'), true);
    // Coinages: their base is no dictionary word.
    for (const w of ['alicorns', 'nopony', 'espers', 'padawans', 'horcruxes']) assert.equal(wrongEnding(speller, w), false, w);
    // A word the dictionary knows is no wrong ending ("unicorns", "painted").
    assert.equal(wrongEnding(speller, 'unicorns'), false);
    assert.equal(wrongEnding(speller, 'painted'), false);
  });

  test('stays a warning written over and over across the story ("graffities")', () => {
    const texts = ['The graffities covered the wall.', 'More graffities here. The graffities were red.'];
    assert.deepEqual(storyFindings(texts), [['graffities:warning'], ['graffities:warning', 'graffities:warning']]);
  });

  test('the right word written as often is silent ("graffiti")', () => {
    assert.deepEqual(storyFindings(['The graffiti covered the wall.', 'More graffiti here. The graffiti was red.']), [[], []]);
  });

  test("the fandom's coinages written as often keep their licence", () => {
    const texts = ['The alicorn flew. Nopony saw the alicorn.', 'The alicorn landed. Nopony cared. Nopony at all.'];
    assert.deepEqual(storyFindings(texts), [[], []]);
  });

  test('its fix is the word itself when the ending is a plural\'s ("graffiti", "Sheep")', () => {
    const first = (text: string, word: string) => {
      const f = analyze(text, { speller }).find((x) => x.rule === 'spelling' && text.slice(x.range.start, x.range.end) === word);
      assert.ok(f, `${word} is flagged`);
      return suggest(f, speller).suggestions[0];
    };
    assert.equal(first('The graffities covered the wall.', 'graffities'), 'graffiti');
    assert.equal(first('Sheeps grazed on the hill.', 'Sheeps'), 'Sheep');
    // A plural missing its e is the plural the word takes.
    assert.equal(first('The stitchs held.', 'stitchs'), 'stitches');
    // A verb's wrong ending is another spelling of the ending, not the bare word.
    assert.notEqual(first('She adviced him to wait.', 'adviced'), 'advice');
  });
});
