import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contextModel } from '../../src/core/context/model';
import { modelFound as found, modelFindings, modelFixed } from '../support/context-findings';

describe("confusable: split compounds from the dictionary, WordNet's compound adjectives (issue #15)", () => {
  test("the model holds WordNet's compound adjectives, each marked by its shape", () => {
    const m = contextModel();
    const split = (a: string, b: string) => m.split(m.id(a), m.id(b));
    assert.equal(split('high', 'pitched')?.word, 'high-pitched');
    assert.equal(split('high', 'pitched')?.predicative, true);
    assert.equal(split('long', 'term')?.word, 'long-term');
    assert.equal(split('long', 'term')?.predicative, false);
    assert.equal(split('built', 'in')?.determined, true);
    assert.equal(split('over', 'sized')?.word, 'oversized');
    assert.equal(split('church', 'going')?.word, 'churchgoing');
    // An adverb before a participle is open after "be" ("she was better known."): before a noun only.
    assert.equal(split('better', 'known')?.predicative, false);
    // A closed adjective that is a participle of its own is no compound of two words ("moderating").
    assert.equal(split('mode', 'rating'), undefined);
  });

  test('an adjective and a participle written open before a noun are reported, as information, with the hyphen', () => {
    assert.deepEqual(found('She spoke in a high pitched whisper.'), ['high pitched→high-pitched (split)']);
    assert.equal(modelFixed('The boy wore ill fitting clothing to school.'), 'The boy wore ill-fitting clothing to school.');
    assert.equal(modelFixed('It was hair raising work for all of them.'), 'It was hair-raising work for all of them.');
    const [f] = modelFindings('She spoke in a high pitched whisper.');
    assert.equal(f.severity, 'information');
  });

  test('an adjective and a noun are reported before a noun only', () => {
    assert.equal(modelFixed('They worried about the long term effects of it.'), 'They worried about the long-term effects of it.');
    assert.deepEqual(found('He served a long term of office.'), []);
    assert.deepEqual(found('In the long term, it paid.'), []);
  });

  test('a participle and its particle are reported after a determiner before a noun, not as a verb and its preposition', () => {
    assert.equal(modelFixed('The hotel has a built in metronome.'), 'The hotel has a built-in metronome.');
    assert.deepEqual(found('The wall was built in stone.'), []);
    assert.deepEqual(found('The house was built in a day.'), []);
  });

  test('"over" and a participle are closed after a determiner before a noun, or after "be" at a clause\'s end', () => {
    assert.equal(modelFixed('He had an over inflated ego.'), 'He had an overinflated ego.');
    assert.equal(modelFixed('She wore an over sized sweater.'), 'She wore an oversized sweater.');
    assert.deepEqual(found('Her sweater was over sized. She liked it.'), ['over sized→oversized (split)']);
    assert.deepEqual(found('He stepped over fallen logs.'), []);
    assert.deepEqual(found('She looked him over sized him up and smiled.'), []);
  });

  test('a noun and a participle closed in the dictionary are joined before a noun', () => {
    assert.equal(modelFixed('The church going folk came early.'), 'The churchgoing folk came early.');
    assert.deepEqual(found('They saw the church going up in flames.'), []);
  });

  test('the right spellings stay silent', () => {
    assert.deepEqual(found('She spoke in a high-pitched whisper about long-term plans and a built-in shelf.'), []);
    assert.deepEqual(found('She wore an oversized sweater to the churchgoing folk.'), []);
  });
});
