import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contextModel } from '../../src/core/context/model';
import { pastOf } from '../../src/core/context/tense';
import { modelFixed as fixed, modelFound as found, modelFindings } from '../support/context-findings';

describe('a verb agrees with its personal pronoun, for every verb whose past Brown tags (issue #15, thirteenth round)', () => {
  test('the pairs are in the model for verbs Brown writes mostly as nouns, and not for a base that is its own past', () => {
    const m = contextModel();
    for (const [base, third] of [
      ['study', 'studies'],
      ['repair', 'repairs'],
      ['box', 'boxes'],
      ['work', 'works'],
      ['fly', 'flies'],
    ]) {
      assert.ok(
        m.candidates(base).some((c) => c.word === third && c.kind === 'verb-agree'),
        base,
      );
      assert.ok(
        m.candidates(third).some((c) => c.word === base && c.kind === 'verb-agree'),
        third,
      );
    }
    assert.ok(!m.candidates('let').some((c) => c.kind === 'verb-agree'), '"he let" is a past as often');
    assert.ok(m.candidates("hasn't").some((c) => c.word === "haven't"));
  });
  test("reports a base after he/she/it and a third person after I/you/we/they, and the negatives' forms", () => {
    assert.deepEqual(found('He like this place.'), ['like→likes (verb-agree)']);
    assert.deepEqual(found('She study hard every night.'), ['study→studies (verb-agree)']);
    assert.deepEqual(found('They repairs it.'), ['repairs→repair (verb-agree)']);
    assert.deepEqual(found('I flies home.'), ['flies→fly (verb-agree)']);
    assert.deepEqual(found('He box the gifts every year.'), ['box→boxes (verb-agree)']);
    assert.deepEqual(found("You hasn't seen it."), ["hasn't→haven't (verb)"]);
    assert.deepEqual(found("He haven't seen it."), ["haven't→hasn't (verb)"]);
    assert.deepEqual(found("We doesn't care."), ["doesn't→don't (verb)"]);
    assert.deepEqual(found("It don't work."), ["don't→doesn't (verb)"]);
  });
  test('the fix is the form the pronoun wants', () => {
    assert.equal(fixed('They repairs it.'), 'They repair it.');
    assert.equal(fixed("It don't work."), "It doesn't work.");
    assert.equal(fixed('You boxes the gifts.'), 'You box the gifts.');
  });
  test('silent where the verb agrees, on a question, a compound subject, the subjunctive, a noun beside the pronoun, and in dialogue', () => {
    for (const text of [
      'He likes this place.',
      'They repair it.',
      'It works!',
      "I haven't seen it.",
      "She hasn't seen it.",
      "He doesn't know.",
      'What is he like?',
      'Does he like it?',
      'He and I like it.',
      'If he be guilty, we will know.',
      'She insisted he rest for a week.',
      'Am I the asshole for insisting she return the dress?',
      'She gave him box after box.',
      'We fans love the show.',
      'You students are supposed to be diligent.',
      'The student center is a good place to strike up conversations.',
      'They went to checks.',
      'Still he let Eileen treat him like a valet.',
      '"He don\'t care," she said.',
      '"I says we go," he said.',
      '"We was there," she said.',
      "'He don't care,' she thought.",
      'She looked at him. *He like me, he really does.*',
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('a base after "he" is offered as its present and its past (issue #15, thirteenth round)', () => {
  test('the past from the irregular verbs, the model, or the spelling its vocabulary knows', () => {
    const m = contextModel();
    assert.equal(pastOf(m, 'go'), 'went');
    assert.equal(pastOf(m, 'like'), 'liked');
    assert.equal(pastOf(m, 'study'), 'studied');
    assert.equal(pastOf(m, 'the'), undefined);
  });
  test('the present first in a present-tense sentence, the past first in a past-tense paragraph', () => {
    assert.deepEqual(modelFindings('He like this place.')[0].suggestions, ['likes', 'liked']);
    const past = 'Yesterday he walked to the store. He like the place.';
    const [f] = modelFindings(past);
    assert.deepEqual(f.suggestions, ['liked', 'likes']);
    assert.equal(f.data?.model, 'verb-past');
    assert.equal(fixed(past), 'Yesterday he walked to the store. He liked the place.');
  });
});
