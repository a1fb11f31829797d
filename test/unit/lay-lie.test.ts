import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSpeller } from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

const speller = createSpeller(loadDictionary('en-US'));
const { findings, fixed, foundWithSeverity } = ruleHelpers('confusable', () => ({ speller }));
/** The lay/lie findings of `text`, as `flagged→fix`. */
const layLie = (text: string) =>
  findings(text)
    .filter((f) => f.data?.family === 'lay-lie')
    .map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]}`);

describe('confusable: a form of "lay" with no object where "lie" is meant', () => {
  test('each form is fixed to LIE of the same tense and aspect', () => {
    assert.equal(fixed('Ruiko lays down on the bed.'), 'Ruiko lies down on the bed.');
    assert.equal(fixed('She was laying on the couch.'), 'She was lying on the couch.');
    assert.equal(fixed('He laid down on the couch.'), 'He lay down on the couch.');
    assert.equal(fixed('She had laid there for hours.'), 'She had lain there for hours.');
    assert.equal(fixed('I wanted to lay down for a nap.'), 'I wanted to lie down for a nap.');
    assert.equal(fixed('Laying on the grass, she watched the clouds.'), 'Lying on the grass, she watched the clouds.');
    assert.equal(fixed('She lays down resting her head on my chest.'), 'She lies down resting her head on my chest.');
    assert.equal(fixed('We continue to lay together.'), 'We continue to lie together.');
  });

  test('a noun phrase opening its clause, or a subject coordinated before, is the subject of "laid"', () => {
    assert.deepEqual(layLie('The body laid in an awkward sprawl near the wall.'), ['laid→lay']);
    assert.deepEqual(layLie('He jerked once in the grass and laid still.'), ['laid→lay']);
    // A phrase opening the sentence is not the object of a clause: the subject's verb is reclining.
    assert.deepEqual(layLie('After the hug Rarity laid back down, before getting a hug from Pinkie.'), ['laid→lay']);
    assert.deepEqual(layLie('She looked at the card she laid on the table.'), []);
  });

  test('"lay" is a present only in a story told in the present', () => {
    assert.deepEqual(layLie('I walk in. I lay down on the bed and stare at the ceiling.'), ['lay→lie']);
    assert.deepEqual(layLie('She walks in. She is tired. She lay down on the bed.'), ['lay→lies']);
    // Told in the past, "lay" is lie's past: right.
    assert.deepEqual(layLie('I walked in. I lay down on the bed and stared at the ceiling.'), []);
    assert.deepEqual(layLie('She was tired. She lay down on the bed.'), []);
  });

  test('the paragraph\'s tense is read without the "lay" in question, a base after "I" or "we" a present', () => {
    // "lay" itself no longer votes for the past: "I ask", "I squeeze" tell of the present.
    assert.deepEqual(layLie('We lay in silence for a minute before I ask about her day.'), ['lay→lie']);
    assert.deepEqual(layLie('After the hug I lay down and open my arms for her. She lays down beside me. I squeeze her gently.'), ['lay→lie', 'lays→lies']);
    // Told in the past, the same sentences are right.
    assert.deepEqual(layLie('We lay in silence for a minute before I asked about her day.'), []);
    // Alone, "lay" still reads as LIE's past; a noun in -s ("covers") is no present.
    assert.deepEqual(layLie('I lay there taking in the moment.'), []);
    assert.deepEqual(layLie('She lay under the covers making jabbing motions with her forefinger.'), []);
  });

  test('in dialogue the slip is information; in narration a warning', () => {
    assert.deepEqual(foundWithSeverity('"Lay down!" he said.'), ['Lay:information']);
    assert.deepEqual(foundWithSeverity('"I was laying on the floor," he said.'), ['laying:information']);
    assert.deepEqual(foundWithSeverity('He was laying on the floor.'), ['laying:warning']);
  });

  test('silent where LAY is right: an object, a passive, an idiom, a noun, a reflexive', () => {
    for (const right of [
      'She laid the book down on the table.',
      'He laid her hand on his.',
      'They were laying the table for dinner.',
      'The judge laid down the law.',
      'Lay down your weapons!',
      'She laid herself down on the bed.',
      'He laid eyes on her for the first time.',
      'Half the crew were laid off last spring.',
      'We should lay low for a week.',
      'He laid out the plan.',
      'The city was laid waste.',
      'The book was laid on the table.',
      'He finally got laid.',
      'He is so laid back about it.',
      'The hens were laying well.',
      'It was the lay of the land.',
      'A lay person would not know.',
      'The card she laid on the table was red.',
      'He picked the flowers and they were laid on the grave.',
      'She lay awake all night.',
      'The letter has lain unanswered for two weeks.',
      'He told a lie and she lied back.',
      'He laid on the charm at dinner.',
      'She laid it on thick.',
      'They laid in supplies for the winter.',
      'He laid about him with his stick.',
      'It was the laying on of hands.',
    ]) {
      assert.deepEqual(layLie(right), [], right);
    }
  });

  test('a form of "lie" with an object put somewhere is LAY of the same tense', () => {
    assert.equal(fixed('Lie it down on the table.'), 'Lay it down on the table.');
    assert.equal(fixed('She was lying him on the bed.'), 'She was laying him on the bed.');
    assert.equal(fixed('He lies her down gently.'), 'He lays her down gently.');
    for (const right of ["Don't lie to him.", 'She was lying on her back.', 'Lying her head on his shoulder, she slept.', 'They lie down.']) {
      assert.deepEqual(layLie(right), [], right);
    }
    // Only LIE's own forms: not a word an object's prototype names ("constructor", "valueOf").
    for (const text of ['The constructor it down there was broken.', 'Call valueOf it down the line.', 'A toString them on the desk.']) {
      assert.deepEqual(layLie(text), [], text);
    }
  });

  test('a clause whose object came first, or a reduced passive, is no slip', () => {
    assert.deepEqual(layLie('Lift the one he laid there.'), []);
    assert.deepEqual(layLie('She remembered what he laid there, and smiled.'), []);
    assert.deepEqual(layLie('Later the directory laid down on the target carries the record.'), []);
    // The object first, and the clause ended on its preposition: the bunk is what he lay on.
    assert.deepEqual(layLie('The bunk he laid on was hard.'), ['laid→lay']);
  });
});
