import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contextModel } from '../../src/core/context/model';
import { modelFound as found, modelFindings, modelFixed } from '../support/context-findings';

describe('confusable: split compounds the dictionary hyphenates, and "in to" (issue #15)', () => {
  test('the model holds hyphenated compounds read from the training text, a modifier marked as one', () => {
    const m = contextModel();
    const split = (a: string, b: string) => m.split(m.id(a), m.id(b));
    assert.equal(split('well', 'known')?.word, 'well-known');
    assert.equal(split('well', 'known')?.modifier, true);
    assert.equal(split('self', 'defense')?.word, 'self-defense');
    assert.equal(split('self', 'defense')?.modifier, false);
    // A noun phrase whose hyphen is a modifier's made on the spot is no compound.
    assert.equal(split('right', 'hand'), undefined);
    assert.equal(split('twentieth', 'century'), undefined);
  });

  test('a compound adjective written open before its noun is reported, as information, and joined with its hyphen', () => {
    assert.deepEqual(found('She is a well known author of mysteries.'), ['well known→well-known (split)']);
    assert.equal(modelFixed('It was a short lived victory for the team.'), 'It was a short-lived victory for the team.');
    const [f] = modelFindings('She is a well known author of mysteries.');
    assert.equal(f.severity, 'information');
    assert.match(f.message, /a compound written with a hyphen/);
  });

  test('a compound hyphenated after "be" too is reported at the end of its clause; one that is not stays silent there', () => {
    assert.deepEqual(found('The victory was short lived. Then it ended.'), ['short lived→short-lived (split)']);
    assert.deepEqual(found('He was well known to them.'), []);
    assert.deepEqual(found('The author was well known.'), []);
  });

  test('a compound hyphenated after "be" is reported after a linking verb, an adverb or an adjective and "and" between, before "and"', () => {
    assert.deepEqual(found('The bizarre connection was both short lived and only went one way.'), ['short lived→short-lived (split)']);
    assert.deepEqual(found('His voice became breathy and high pitched, even for a young child.'), ['high pitched→high-pitched (split)']);
    assert.deepEqual(found('All the plants and trees seemed weirdly over sized.'), ['over sized→oversized (split)']);
    const [f] = modelFindings('The connection was both short lived and only went one way.');
    assert.equal(f.severity, 'information');
    // Not before another word of the clause, nor for a compound the training text writes open after "be".
    assert.deepEqual(found('The victory was short lived for them.'), []);
    assert.deepEqual(found('He was well known and liked.'), []);
    assert.deepEqual(found('The cabin seemed quickly built in a day.'), []);
  });

  test('a compound noun is reported wherever it stands, in its British spelling too', () => {
    assert.equal(modelFixed('It was an act of self defense.'), 'It was an act of self-defense.');
    assert.equal(modelFixed('Everything she did was self defence.'), 'Everything she did was self-defence.');
  });

  test('a compound number is hyphenated; a number and its noun, or a list, stay', () => {
    assert.equal(modelFixed('He paid seventy five dollars for it.'), 'He paid seventy-five dollars for it.');
    assert.equal(modelFixed('She came thirty first in the race.'), 'She came thirty-first in the race.');
    assert.deepEqual(found('He paid seventy-five dollars for five books.'), []);
    assert.deepEqual(found('They counted twenty, five more came.'), []);
  });

  test('a compound Brown hyphenates that the subtitles write closed is fixed closed', () => {
    assert.equal(modelFixed('There was a world wide epidemic.'), 'There was a worldwide epidemic.');
  });

  test('two words that are two words stay silent', () => {
    assert.deepEqual(found('The church was built in 1990.'), []);
    assert.deepEqual(found('The wall was built in a day.'), []);
    assert.deepEqual(found('Johnson unwired the right hand door.'), []);
    assert.deepEqual(found('A book by the famous twentieth century expert.'), []);
  });

  test('"in to" after a verb of motion before a place is "into"; in speech too', () => {
    assert.equal(modelFixed('She walked in to the room and sat down.'), 'She walked into the room and sat down.');
    assert.deepEqual(found('"I don\'t want back in to that, not even from this side."'), ['in to→into (split)']);
  });

  test('"in to" stays two words after "give in", an object, "log in", and before an infinitive', () => {
    assert.deepEqual(
      found('He gave in to the temptation.').filter((s) => s.startsWith('in to')),
      [],
    );
    assert.deepEqual(found('They turned him in to the police.'), []);
    assert.deepEqual(found('She logged in to the site.'), []);
    assert.deepEqual(found('He went in to see her.'), []);
  });
});
