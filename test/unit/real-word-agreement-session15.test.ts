import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { modelFixed as fixed, modelFound as found } from '../support/context-findings';

describe('an indefinite pronoun is a singular subject (issue #15, session 15)', () => {
  test('reports "were", "are", "have" after one at a clause\'s start', () => {
    assert.deepEqual(found('Everyone were staring at her.'), ['were→was (verb)']);
    assert.deepEqual(found('Nobody are coming back for us.'), ['are→is (verb)']);
    assert.deepEqual(found('Everything have changed since then.'), ['have→has (verb)']);
    assert.deepEqual(found('She knew that someone have to go.'), ['have→has (verb)']);
  });
  test('the fix is the singular form', () => {
    assert.equal(fixed('Everyone were staring at her.'), 'Everyone was staring at her.');
    assert.equal(fixed('Nobody are coming back for us.'), 'Nobody is coming back for us.');
  });
  test('silent where the verb agrees, on an object, on the subjunctive, and after "and"', () => {
    for (const text of [
      'Everyone was staring at her.',
      'Nobody has seen it.',
      'Let everyone have a turn.',
      'She made everybody do the dishes.',
      'If everyone were honest, we would know.',
      'She said that everyone were tired, but nobody listened.',
      'Harry and everyone were there.',
      'For everyone are the prizes, she said.',
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('two names joined by "and" are a plural subject (issue #15, session 15)', () => {
  test('reports "was", "has", "is" after them where they open the clause', () => {
    assert.deepEqual(found('Anakin and Obi-Wan was waiting at the door.'), ['was→were (verb)']);
    assert.deepEqual(found('When Harry and Ron Weasley has finished, we go.'), ['has→have (verb)']);
    assert.deepEqual(found('The hall was empty. Harry, Ron and Hermione was late.'), ['was→were (verb)']);
  });
  test('the fix is the plural form', () => {
    assert.equal(fixed('Anakin and Obi-Wan was waiting at the door.'), 'Anakin and Obi-Wan were waiting at the door.');
    assert.equal(fixed('When Harry and Ron Weasley has finished, we go.'), 'When Harry and Ron Weasley have finished, we go.');
  });
  test('silent where the verb agrees, and where the names are the objects of a verb or a preposition', () => {
    for (const text of [
      'Anakin and Obi-Wan were waiting at the door.',
      '"Hi," said Harry and Ron was already gone.',
      'She smiled at Ginny and Ron was there.',
      'She nodded and Ron was gone.',
      'Harry was late.',
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('after "if", "when", "because", a pronoun\'s verb agrees: no subjunctive stands there (issue #15, session 15)', () => {
  test('reports the verb that does not agree', () => {
    assert.deepEqual(found('Because she like him, she smiles.'), ['like→likes (verb-agree)']);
    assert.deepEqual(found('If they wants it, they can have it.'), ['wants→want (verb-agree)']);
  });
  test('in a past-tense paragraph the fix is the past', () => {
    assert.equal(fixed('He asked if she want tea.'), 'He asked if she wanted tea.');
  });
  test('silent on the subjunctive after "that" and a verb of demand, and where the verb agrees', () => {
    for (const text of ['She insisted that he go.', 'It is vital that she be there.', 'If she wants tea, she asks.', 'He asked if she wanted tea.'])
      assert.deepEqual(found(text), [], text);
  });
});
