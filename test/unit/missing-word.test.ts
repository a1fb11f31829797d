import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSpeller } from '../../src/core';
import { ARTICLE_NOUNS, BASES, OBJECT_TO_VERBS, OF_NOUNS, TO_VERBS, TO_WORDS } from '../../src/core/data/missing-words.generated';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

const speller = createSpeller(loadDictionary('en-US'));
const { findings, fixed } = ruleHelpers('confusable', () => ({ speller }));
const missing = (text: string) =>
  findings(text)
    .filter((f) => f.data?.family === 'missing-word')
    .map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]}`);

describe('confusable: a word left out', () => {
  test('"to" before a base, after a verb or a word that takes it', () => {
    assert.deepEqual(missing('She decided learn the spell before dawn.'), ['decided learn→decided to learn']);
    assert.deepEqual(missing('He had never wanted be a hero.'), ['wanted be→wanted to be']);
    assert.deepEqual(missing('Nobody was willing confess to the theft.'), ['willing confess→willing to confess']);
    assert.equal(fixed('He tried stop the bleeding.'), 'He tried to stop the bleeding.');
    assert.deepEqual(missing('They allowed him go home.'), ['allowed him go→allowed him to go']);
  });

  test('"of" after a noun that nearly always has it, and the article a noun always has', () => {
    assert.equal(fixed('In spite the rain they walked on.'), 'In spite of the rain they walked on.');
    assert.equal(fixed('She stopped for moment and listened.'), 'She stopped for a moment and listened.');
    assert.equal(fixed('At moment he was asleep.'), 'At the moment he was asleep.');
  });

  test('information only: the gap may be meant', () => {
    const found = findings('She decided learn the spell before dawn.').filter((x) => x.data?.family === 'missing-word');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
  });

  test('silent on correct prose', () => {
    for (const right of [
      'She decided to learn the spell before dawn.',
      'He had never wanted to be a hero.',
      'The things he wanted do not matter now.',
      'People who prefer order say it is the size of it.',
      'She helped clean the kitchen and let go of the rope.',
      'They let him go home, and made her leave; they allowed him to go.',
      'In spite of the rain they walked on.',
      'She stopped for a moment and listened.',
      'He had bit his lip until it bled.',
      'She was no sort of architect, and it was a route of possibility.',
      'She tried, learn as she might, to forget.',
    ])
      assert.deepEqual(missing(right), [], right);
  });

  test('silent in dialogue and thoughts, where speakers drop words', () => {
    assert.deepEqual(missing('"Wanted be a hero, once," he said.'), []);
  });

  test('yields to a wrong word told over the gap', () => {
    const found = findings('I did wanted catch all the errors.');
    assert.deepEqual(
      found.map((f) => f.suggestions[0]),
      ['want'],
    );
  });

  test('the generated tables hold what Brown says', () => {
    for (const w of ['decided', 'wanted', 'tried', 'seemed']) assert.ok(TO_VERBS.has(w), w);
    for (const w of ['help', 'let', 'make', 'see']) assert.ok(!TO_VERBS.has(w), `${w} takes a bare base`);
    for (const w of ['able', 'willing', 'ought']) assert.ok(TO_WORDS.has(w), w);
    assert.ok(OBJECT_TO_VERBS.has('allowed') && !OBJECT_TO_VERBS.has('let') && !OBJECT_TO_VERBS.has('made'));
    for (const w of ['learn', 'be']) assert.ok(BASES.has(w), w);
    assert.ok(OF_NOUNS.has('spite'));
    assert.equal(ARTICLE_NOUNS.get('moment')?.article, 'the');
    assert.equal(ARTICLE_NOUNS.get('moment')?.after.get('for'), 'a');
  });
});
