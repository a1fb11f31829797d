import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { modelFixed as fixed, modelFound as found } from '../support/context-findings';

describe('a typing slip that both neighbours reject (issue #15, fifteenth round)', () => {
  test('reports a common word its neighbours never stand beside, where the candidate is common there, and fixes it', () => {
    // "the some" never seen, "the same" 1,333 times: under the 12 of a typo-sub, above the 9 of both sides.
    assert.deepEqual(found('It happened on the some day.'), ['some→same (typo-sub)']);
    assert.equal(fixed('It happened on the some day.'), 'It happened on the same day.');
    assert.equal(fixed('On the some day, they met.'), 'On the same day, they met.');
  });
  test('silent on the correct sentences, and where the word as written is seen beside both neighbours', () => {
    assert.deepEqual(found('We left on the same day.'), []);
    assert.deepEqual(found('Some day I will see the sea.'), []);
    assert.deepEqual(found('They have some of the best food.'), []);
  });
  test('silent on a rare word whose unseen pair says nothing ("a stare in" is not "a state in")', () => {
    assert.deepEqual(found('She gave him a stare in the hallway.'), []);
  });
});
