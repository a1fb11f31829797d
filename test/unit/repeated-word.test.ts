import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/core';
import { ruleHelpers } from '../support/rule-helpers';

const { found, fixed } = ruleHelpers('repeated-word');

describe('repeated-word reports', () => {
  test('"the the"', () => assert.deepEqual(found('She watched the the garden drown.'), ['the the']));
  test('across a line break', () => assert.deepEqual(found('She watched the\nthe garden drown.'), ['the\nthe']));
  test('in dialogue and at a sentence start', () => assert.deepEqual(found('"The the door is open," he said. And and then?'), ['The the', 'And and']));
  test('a speaker’s word said again is a slip in narration, and in speech when it is not where the speaker began', () => {
    assert.deepEqual(found('Perhaps perhaps there was a shred of conscience left.'), ['Perhaps perhaps']);
    assert.deepEqual(found('"I think they\'ll they\'ll come," he said.'), ["they'll they'll"]);
  });
  test('is a confident warning', () => {
    const [f] = analyze('a a');
    assert.equal(f.severity, 'warning');
    assert.equal(f.confident, true);
    assert.match(f.message, /`a` is written twice/);
  });
});

describe('repeated-word: two words written twice', () => {
  test('reports a pair retyped in narration, fixed to one', () => {
    assert.deepEqual(found('It was worth more than more than a few coins.'), ['more than more than']);
    assert.equal(fixed('He walked in the in the room.'), 'He walked in the room.');
  });
  test('stays silent on a chant, content words, speech and names', () => {
    assert.deepEqual(found('They ran on and on and on. He said it again and again and again.'), []);
    assert.deepEqual(found('The clock went tick tock tick tock all night. It was so much so much better.'), []);
    assert.deepEqual(found('"I know I know," she said.'), []);
    // Content words repeated are published prose's emphasis.
    assert.deepEqual(found('But the boy the boy had been alive. Alfredo wanted money wanted money. They bounced and bounced.'), []);
    assert.deepEqual(found('She sang New York New York.'), []);
  });
});

describe('repeated-word stays silent on', () => {
  for (const text of [
    'He had had enough of it.',
    'She knew that that was wrong.',
    '"No, no, no," she said.',
    '"I- I know," Hermione said.',
    '"I-I do," he whispered.',
    'They flew to Bora Bora for the summer.',
    '"Bye bye," said the child.',
    'What it is is a mess.',
    '"No no no," she muttered.',
    'Let them in in the morning.',
    // An intensifier doubled, in narration too (a screenplay's speech has no quotes).
    'They are really really good mercenaries.',
    'Bashir: Only they are really good mercenaries. Really\nreally good mercenaries.',
    // A speaker starting again on the word they began with.
    '"I don\'t know. Perhaps perhaps there is a shred of conscience left," he said.',
    '"They\'ll they\'ll think I did something," he said.',
  ]) {
    test(JSON.stringify(text), () => assert.deepEqual(found(text), []));
  }
});

describe('repeated-word fix', () => {
  test('keeps one word and the text around it', () => {
    assert.equal(fixed('She watched the the garden drown.'), 'She watched the garden drown.');
    assert.equal(fixed('She watched the\nthe garden.'), 'She watched the garden.');
    assert.equal(fixed('The the door. And and then.'), 'The door. And then.');
  });
});
