import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contextModel } from '../../src/core/context/model';
import { modelFixed as fixed, modelFound as found } from '../support/context-findings';

describe('a rare word typed for a far commoner one (typo-rare, issue #15, fourteenth round)', () => {
  test('the data pairs a rare word with the common word one letter away, with SUBTLEX prior', () => {
    const m = contextModel();
    const theses = m.candidates('theses').find((c) => c.word === 'these');
    assert.equal(theses?.kind, 'typo-rare');
    assert.ok(theses.prior > 5, `prior ${theses.prior}`);
    // A word the training text never counted is in the vocabulary all the same, counted once.
    assert.ok(m.id('theses') > 0 && m.count(m.id('theses')) >= 1);
    assert.ok(m.candidates('bough').some((c) => c.word === 'bought' && c.kind === 'typo-rare'));
    // Not a spelling variant ("colour"), nor two words of one part of speech ("stared", "started").
    assert.ok(!m.candidates('colour').some((c) => c.kind === 'typo-rare'));
    assert.ok(!m.candidates('stared').some((c) => c.kind === 'typo-rare'));
  });
  test('reports a rare word where grammar wants the common one, and fixes it', () => {
    assert.deepEqual(found('He bough a laptop yesterday.'), ['bough→bought (typo-rare)']);
    assert.equal(fixed('He bough a laptop yesterday.'), 'He bought a laptop yesterday.');
    assert.deepEqual(found('I like theses apples.'), ['theses→these (typo-rare)']);
    assert.equal(fixed('I like theses apples.'), 'I like these apples.');
  });
  test('silent on the rare word meant', () => {
    assert.deepEqual(found('The heavy bough cracked under the snow.'), []);
    assert.deepEqual(found('She wrote multiple theses on the topic.'), []);
    assert.deepEqual(found('She told her confidant everything.'), []);
  });
  test('silent where grammar does not choose (a noun for a noun) and on a capitalised word', () => {
    assert.deepEqual(found('He led him and the mare to the porch.'), []);
    assert.deepEqual(found('Theses are a great band.'), []);
  });
});
