import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { type AnalyzeOptions, createSpeller, type Speller } from '../../src/core';
import { LOCALE_PAIRS } from '../../src/core/data/locale-pairs.generated';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let us: Speller;
let gb: Speller;
before(() => {
  us = createSpeller(loadDictionary('en-US'));
  gb = createSpeller(loadDictionary('en-GB'));
});

const american = ruleHelpers('locale-spelling', () => ({ speller: us }));
const british = ruleHelpers('locale-spelling', () => ({ speller: gb }));
const spellingOf = (text: string, options: AnalyzeOptions) => ruleHelpers('spelling').findings(text, options);

describe('locale-spelling reports', () => {
  test('British spellings in an en-US story, as information, and spelling stays quiet', () => {
    const text = "The colour was grey. She didn't realise they had travelled to the centre.";
    assert.deepEqual(american.found(text), ['colour', 'realise', 'centre']);
    assert.ok(american.findings(text).every((f) => f.severity === 'information' && f.confident));
    assert.deepEqual(spellingOf(text, { speller: us }), []);
  });
  test('American spellings in an en-GB story', () => {
    assert.deepEqual(british.found("The color was gray. She didn't realize they had traveled to the center."), [
      'color',
      'gray',
      'realize',
      'traveled',
      'center',
    ]);
  });
  test('inflections and capitals', () => {
    assert.deepEqual(american.found('Colours faded. She was analysing the catalogs.'), ['Colours', 'analysing']);
  });
});

describe('locale-spelling stays silent on', () => {
  test('words right in both: amongst, whilst, learnt', () => {
    const text = 'Amongst friends, whilst it rained, she learnt to wait.';
    assert.deepEqual(american.found(text), []);
    assert.deepEqual(british.found(text), []);
    assert.deepEqual(spellingOf(text, { speller: us }), []);
  });
  test("the story's own spelling", () => {
    assert.deepEqual(american.found("The colour was grey, ma'am."), ['colour']);
    assert.deepEqual(american.found('The colour was grey.', { story: { words: ['colour', 'grey'] } }), []);
  });
  test('British forms SCOWL lists among American variants, in an en-US story: grey, theatre, travelled', () => {
    const text = 'They travelled to the theatre in a grey coat, with an acknowledgement.';
    assert.deepEqual(american.found(text), []);
    assert.deepEqual(spellingOf(text, { speller: us }), []);
    // Still an en-GB story's finding the other way round.
    assert.deepEqual(british.found('They traveled to the theater in a gray coat.'), ['traveled', 'theater', 'gray']);
  });
  test("each locale's own spellings", () => {
    assert.deepEqual(american.found('The color was gray.'), []);
    assert.deepEqual(british.found('The colour was grey.'), []);
  });
});

describe('locale-spelling fixes', () => {
  test("with the story locale's form, cased like the word", () => {
    assert.equal(american.fixed('Colour! The colour of honour.'), 'Color! The color of honor.');
    assert.equal(british.fixed('The color of honor, traveled.'), 'The colour of honour, travelled.');
  });
});

describe('the locale pairs', () => {
  test('are derived from the dictionaries: each British form en-GB knows and en-US does not, its partner en-US knows', () => {
    const lines = LOCALE_PAIRS.split('\n');
    assert.ok(lines.length > 1000);
    for (const line of lines.filter((_, i) => i % 50 === 0)) {
      const [g, u] = line.split(' ');
      assert.ok(gb.correct(g) && !us.correct(g) && us.correct(u), line);
    }
  });
});
