import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSpeller } from '../../src/core';
import { MASS_PLURALS } from '../../src/core/data/mass-nouns.generated';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

const speller = createSpeller(loadDictionary('en-US'));
const { findings, fixed, foundWithSeverity } = ruleHelpers('confusable', () => ({ speller }));
const mass = (text: string) =>
  findings(text)
    .filter((f) => f.data?.family === 'mass-plural')
    .map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]}`);

describe('confusable: a mass noun given a plural', () => {
  test('the plural is fixed to the noun', () => {
    assert.equal(fixed('She packed the equipments and the luggages.'), 'She packed the equipment and the luggage.');
    assert.equal(fixed('Thanks for all the feedbacks and informations.'), 'Thanks for all the feedback and information.');
    assert.equal(fixed('Furnitures filled the room.'), 'Furniture filled the room.');
    assert.equal(fixed('He had no time for those nonsenses.'), 'He had no time for those nonsense.');
  });

  test('"advices" before an object is the verb "advises"', () => {
    assert.deepEqual(mass('The manual advices the use of gloves.'), ['advices→advises']);
    assert.deepEqual(mass('He gave me some advices.'), ['advices→advice']);
  });

  test('silent on the nouns themselves, and on plurals a dictionary or edited prose writes', () => {
    for (const right of [
      'She gave me good advice and some useful information.',
      'The energies of the two stars differ.',
      'The agendas were long.',
      'It rains and he researches the matter.',
      'Two salmons leapt.',
    ]) {
      assert.deepEqual(mass(right), [], right);
    }
  });

  test('a name is left alone; in dialogue the slip is information', () => {
    assert.deepEqual(mass('She worked at Hardwares Unlimited for years.'), []);
    assert.deepEqual(foundWithSeverity('"Bring the equipments," he said.'), ['equipments:information']);
  });

  test('the table holds no plural a dictionary accepts', () => {
    const gb = createSpeller(loadDictionary('en-GB'));
    assert.ok(MASS_PLURALS.size > 20);
    for (const plural of MASS_PLURALS.keys()) assert.ok(!speller.correct(plural) && !gb.correct(plural), plural);
  });
});
