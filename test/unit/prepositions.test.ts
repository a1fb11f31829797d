import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PREPOSITION_TABLE } from '../../src/core/data/prepositions.generated';
import { ruleHelpers } from '../support/rule-helpers';

const { findings, fixed, foundWithSeverity } = ruleHelpers('confusable', () => ({}));
const PREPOSITIONS = new Set(['of', 'to', 'in', 'on', 'at', 'from', 'with', 'about', 'for', 'by', 'into', 'against', 'over', 'upon']);
/** The check's findings alone: the `grammar` family on a preposition. */
const preps = (text: string) =>
  findings(text)
    .filter((f) => f.data?.family === 'grammar' && PREPOSITIONS.has(String(f.data.word).toLowerCase()))
    .map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]}`);

describe('confusable: the wrong preposition after a head word', () => {
  test('reports the preposition, and the fix is the head word’s own', () => {
    assert.deepEqual(preps('She was never interested of the house.'), ['of→in']);
    assert.deepEqual(preps('The team consists to three players.'), ['to→of']);
    assert.deepEqual(preps('He was responsible of the whole mess.'), ['of→for']);
    assert.deepEqual(preps('Her mother was proud in her.'), ['in→of']);
    // "upon" counts as "on": "depend" is "on"'s, and "of" after a verb begins no adjunct.
    assert.deepEqual(preps('It all depends of the weather.'), ['of→on']);
    assert.deepEqual(preps('Children are fond to skipping.'), ['to→of']);
    assert.equal(fixed('The new spell is compatible to the old one.'), 'The new spell is compatible with the old one.');
    assert.equal(fixed('Are you familiar of this place?'), 'Are you familiar with this place?');
    assert.equal(fixed('She was capable from anything.'), 'She was capable of anything.');
  });

  test('keeps the case of the preposition it replaces', () => {
    assert.deepEqual(preps('INTERESTED OF YOU.'), ['OF→IN']);
  });

  test('information, not a warning, in dialogue', () => {
    assert.deepEqual(
      foundWithSeverity('"I was never interested of him," she said.').filter((f) => f.startsWith('of')),
      ['of:information'],
    );
    assert.deepEqual(
      foundWithSeverity('She was never interested of him.').filter((f) => f.startsWith('of')),
      ['of:warning'],
    );
  });

  test('silent on the right preposition', () => {
    for (const right of [
      'She was never interested in the house.',
      'The team consists of three players.',
      'He was responsible for the whole mess.',
      'Her mother was proud of her.',
      'The new spell is compatible with the old one.',
      'She was aware of the danger.',
      'It all depends on the weather.',
      'It all depends upon the weather.',
      'A colleague of mine was interested in it.',
    ]) {
      assert.deepEqual(preps(right), [], right);
    }
  });

  test('silent on particles, infinitives, adjuncts and heads that are no heads', () => {
    for (const right of [
      // "to" before a verb is no preposition.
      'She was not capable to say it.',
      'Harry was never interested to know.',
      // The preposition ends its clause: a particle, or what a relative clause left behind.
      'It was the mess he was responsible for.',
      'That was the one thing she was interested in, for once.',
      // An adjunct of time.
      'She became aware for the first time that he was gone.',
      'He was proud in those days.',
      'Hermione had been familiar for years with the spell.',
      // The head word is a name.
      'She thanked Proud in person.',
      // Nothing between head and preposition but a space; not across punctuation.
      'She was interested, of course, in him.',
      // The head is followed by no preposition at all.
      'The interested parties and the fond memories stayed.',
    ]) {
      assert.deepEqual(preps(right), [], right);
    }
  });

  test('the table is built from data: one dominant preposition per head, never flagging it', () => {
    const rows = PREPOSITION_TABLE.split('|').map((r) => r.split(' '));
    assert.ok(rows.length > 10);
    for (const [form, fix, wrong] of rows) {
      assert.match(form, /^[a-z]+$/);
      assert.ok(PREPOSITIONS.has(fix), form);
      assert.ok(!wrong.split(',').includes(fix), form);
    }
  });
});
