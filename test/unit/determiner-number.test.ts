import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSpeller } from '../../src/core';
import { OF_PLURAL, PLURAL_NOUNS, SINGULAR_NOUNS } from '../../src/core/data/noun-number.generated';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

const speller = createSpeller(loadDictionary('en-US'));
const { findings, fixed } = ruleHelpers('confusable', () => ({ speller }));
const number = (text: string) =>
  findings(text)
    .filter((f) => f.data?.family === 'determiner-number')
    .map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions.join('|')}:${f.severity}`);

describe('confusable: a demonstrative or quantifier whose number disagrees with its noun', () => {
  test('the table holds count nouns by number, from Brown, and not the words of either number', () => {
    assert.equal(SINGULAR_NOUNS.get('book'), 'books');
    assert.equal(SINGULAR_NOUNS.get('library'), 'libraries');
    assert.equal(PLURAL_NOUNS.get('customers'), 'customer');
    for (const w of ['news', 'series', 'sheep', 'kind', 'work', 'nonsense']) assert.ok(!SINGULAR_NOUNS.has(w), w);
    for (const w of ['means', 'people', 'news', 'series']) assert.ok(!PLURAL_NOUNS.has(w), w);
  });

  test('a plural determiner before a singular noun takes the plural', () => {
    assert.equal(fixed('Carmen toured these restaurant.'), 'Carmen toured these restaurants.');
    assert.equal(fixed('Monet dropped by those library.'), 'Monet dropped by those libraries.');
    assert.deepEqual(number('She read these book in a week.'), ['these book→these books|this book:warning']);
    assert.deepEqual(number('Many problem remained.'), ['Many problem→Many problems|Much problem:warning']);
    // The regular plural, not another noun's ("caves" is of "cave").
    assert.equal(fixed('Some men were touring those cafe.'), 'Some men were touring those cafes.');
  });

  test('a singular determiner before a plural noun takes the singular', () => {
    assert.equal(fixed('Raymond is selling this sketches.'), 'Raymond is selling this sketch.');
    assert.deepEqual(number('I liked this books.'), ['this books→this book|these books:warning']);
    assert.deepEqual(number('Every days felt long.'), ['Every days→Every day:warning']);
    // "that" at a sentence's end only.
    assert.equal(fixed('Cheryl is hurting that teachers.'), 'Cheryl is hurting that teacher.');
  });

  test('across one adjective ("these old book", "this beautiful cars")', () => {
    assert.deepEqual(number('She read these old book.'), ['these old book→these old books|this old book:warning']);
    // A verb that agrees with the noun puts the determiner's fix first.
    assert.equal(fixed('This beautiful cars are gone.'), 'These beautiful cars are gone.');
    assert.equal(fixed('These book is mine.'), 'This book is mine.');
    // Silent where the phrase goes on, or the determiner is a conjunction.
    assert.deepEqual(number('These old book covers are red.'), []);
    assert.deepEqual(number('He knew that old men snore.'), []);
  });

  test('in speech it is information', () => {
    assert.deepEqual(number('"I want these book," she said.'), ['these book→these books|this book:information']);
  });

  test('silent where English allows it', () => {
    for (const right of [
      'She read these books and this book.',
      'He said that dogs bark.',
      'I know that students read it.',
      'These kind of things happen all the time.',
      'Those sort of people never learn.',
      'These book covers are red.',
      'This sports car is fast.',
      'This news is old, and this series is long.',
      'This means war.',
      'Those nonsense words again.',
      'He stayed this 3 days.',
      "Those boy's toys were gone.",
      'They visited this Dallas.',
      'Every two weeks she came.',
    ]) {
      assert.deepEqual(number(right), [], right);
    }
  });
});

describe('confusable: "few", "both", "various", "numerous" take a plural, across two adjectives too (issue #15, session 15)', () => {
  test('reports the singular noun after them', () => {
    assert.deepEqual(number('He had a few friend in town.'), ['few friend→few friends:warning']);
    assert.deepEqual(number('Both hand were cold.'), ['Both hand→Both hands:warning']);
    assert.deepEqual(number('She saw various thing there.'), ['various thing→various things:warning']);
    assert.deepEqual(number('They came from so many different alien culture, it was hard to tell.'), [
      'many different alien culture→many different alien cultures|much different alien culture:warning',
    ]);
  });
  test('the fix is the plural', () => {
    assert.equal(fixed('He had a few friend in town.'), 'He had a few friends in town.');
    assert.equal(fixed('Both hand were cold.'), 'Both hands were cold.');
  });
  test('silent on the plural, on "both … and", and on an adjective that is the determiner itself', () => {
    for (const text of [
      'He had a few friends in town.',
      'Few people came.',
      'The few remaining soldiers left.',
      'She loved both daughter and son.',
      'Both sides agreed.',
      'Numerous reports came in.',
      'She saw various things there.',
    ])
      assert.deepEqual(number(text), [], text);
  });
});

describe('confusable: a quantity whose of-phrase is plural, from Brown (issue #15, session 15)', () => {
  test('the table holds the quantities Brown follows with a plural, and not a plural noun or "kind"', () => {
    assert.equal(OF_PLURAL.get('one'), 'the');
    assert.equal(OF_PLURAL.get('number'), 'a');
    assert.equal(OF_PLURAL.get('couple'), 'a');
    for (const w of ['kind', 'minds', 'sales', 'most', 'lot']) assert.ok(!OF_PLURAL.has(w), w);
  });
  test('reports the singular noun of the phrase', () => {
    assert.deepEqual(number('He was one of the best player in the school.'), ['player→players:warning']);
    assert.deepEqual(number('They waited a couple of hour for him.'), ['hour→hours:warning']);
    assert.deepEqual(number('He saw a set of color and shapes.'), ['color→colors:warning']);
    assert.deepEqual(number('Each of the student left early.'), ['student→students:warning']);
  });
  test('the fix is the plural', () => {
    assert.equal(fixed('He was one of the best player in the school.'), 'He was one of the best players in the school.');
    assert.equal(fixed('She had a number of friend in town.'), 'She had a number of friends in town.');
  });
  test('silent on a plural, "one of a kind", a sum, a group, a noun that modifies the next, and a coordinated modifier', () => {
    for (const text of [
      'He was one of the best players in the school.',
      'She is one of a kind.',
      'The total of the bill was high.',
      'He is one of the family now.',
      'It was one of the book covers.',
      'He had a number of rancher and cowboy witnesses.',
      'The number of student visas fell.',
      'Each of us left early.',
    ])
      assert.deepEqual(number(text), [], text);
  });
});

describe('confusable: "such" before a singular noun and a plural verb (issue #15, session 15)', () => {
  test('reports the noun, which the verb says is plural', () => {
    assert.deepEqual(number('If, upon investigation, such violation are found, they hang.'), ['violation→violations:warning']);
    assert.deepEqual(number('Such old book were rare then.'), ['book→books:warning']);
  });
  test('the fix is the plural', () => {
    assert.equal(fixed('Such violation are punished.'), 'Such violations are punished.');
  });
  test('silent on "such a", on a plural, and before a singular verb', () => {
    for (const text of ['Such a book is rare.', 'Such books are rare.', 'Such power is rare.', 'Such violence was unheard of.'])
      assert.deepEqual(number(text), [], text);
  });
});
