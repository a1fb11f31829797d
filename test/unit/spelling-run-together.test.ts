/**
 * Two words run together ("sitsoutside") are a warning with the two words as the fix; a closed
 * compound of two common words that no list has ("chartroom", "pokerfaced") stays silent.
 */

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createSpeller, type Speller } from '../../src/core';
import { runTogetherSplit } from '../../src/core/rules/spelling-shapes';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

const { foundWithSeverity: flagged, fixed } = ruleHelpers('spelling', () => ({ speller }));

describe('words run together', () => {
  test("a verb's ending form run into the next word is a warning, split by the fix", () => {
    assert.deepEqual(flagged('She sitsoutside the door all night.'), ['sitsoutside:warning']);
    assert.equal(fixed('She sitsoutside the door all night.'), 'She sits outside the door all night.');
    assert.equal(fixed('He walkedaway without a word.'), 'He walked away without a word.');
  });

  test('a function word run into its neighbour too, in speech as in narration', () => {
    assert.equal(fixed('"I saw them outside," she said. "They werehere."'), '"I saw them outside," she said. "They were here."');
    assert.equal(fixed('The dog ran fromthere to the gate.'), 'The dog ran from there to the gate.');
  });

  test('correct prose and closed compounds stay silent', () => {
    assert.deepEqual(flagged('She sits outside the door all night.'), []);
    assert.deepEqual(flagged('He went down to the chartroom, pokerfaced, past the floodheads.'), []);
  });

  test('the split: the more frequent of two, none for a compound or a capitalized name', () => {
    assert.equal(runTogetherSplit(speller, 'sitsoutside', 7), 'sits outside');
    assert.equal(runTogetherSplit(speller, 'livingroom', 7), 'living room');
    assert.equal(runTogetherSplit(speller, 'winehead', 7), undefined);
    assert.equal(runTogetherSplit(speller, 'tomblike', 7), undefined);
    assert.deepEqual(flagged('The Hawksworth family came.'), []);
  });
});
