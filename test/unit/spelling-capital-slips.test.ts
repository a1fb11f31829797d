/**
 * A capitalized word that is a slip of the fingers on a word: at a sentence start one slip from a
 * word ("Abrubptly"), anywhere one slip from a common capitalized word ("Chirstmas"), is a warning
 * with the word as its fix; a name the story invents ("Ronbaru", "Tetsuno") stays information, and
 * one it uses again is a name, not reported.
 */

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { analyze, createSpeller, type Speller, suggest } from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

const { foundWithSeverity: flagged } = ruleHelpers('spelling', () => ({ speller }));

/** The first suggestion of the text's first spelling finding, ranked as a host asks for it. */
function firstFix(text: string): string | undefined {
  const f = analyze(text, { speller }).find((x) => x.rule === 'spelling');
  assert.ok(f, `a spelling finding in ${JSON.stringify(text)}`);
  return suggest(f, speller, "'", new Map()).suggestions[0];
}

describe('capitalized slips of a word', () => {
  test('at a sentence start, a letter struck too in a word: a warning, fixed to the word', () => {
    assert.deepEqual(flagged('The rain stopped. Abrubptly, the door opened.'), ['Abrubptly:warning']);
    assert.equal(firstFix('The rain stopped. Abrubptly, the door opened.'), 'Abruptly');
  });

  test('anywhere, two letters swapped in a common capitalized word: a warning, fixed to it', () => {
    assert.deepEqual(flagged('She loved Chirstmas more than anything.'), ['Chirstmas:warning']);
    assert.equal(firstFix('She loved Chirstmas more than anything.'), 'Christmas');
  });

  test('correct prose is silent', () => {
    assert.deepEqual(flagged('The rain stopped. Abruptly, the door opened. She loved Christmas.'), []);
  });

  test('an invented name stays information at a sentence start and silent in mid-sentence', () => {
    assert.deepEqual(flagged('Ronbaru smiled at the gate.'), ['Ronbaru:information']);
    assert.deepEqual(flagged('Tetsuno left the room.'), ['Tetsuno:information']);
    assert.deepEqual(flagged('She met Kuroko at the gate.'), []);
  });

  test('a slip the story writes again is its name: not reported', () => {
    assert.deepEqual(flagged('She loved Chirstmas. Chirstmas loved her back.'), []);
  });

  test('a short capitalized word is as often a name: still information ("Floo", "Rilly")', () => {
    assert.deepEqual(flagged('The rain stopped. Rilly smiled at him.'), ['Rilly:information']);
  });
});

describe('initialisms', () => {
  test('in mid-sentence an initialism is information, however near a word it is ("the OIC")', () => {
    assert.deepEqual(flagged('I would like to speak to the OIC for the case.'), ['OIC:information']);
    assert.deepEqual(flagged('I would like to speak to the officer for the case.'), []);
  });
  test('at a sentence start, one letter from a common word, it is still a typo ("TEH")', () => {
    assert.deepEqual(flagged('TEH dog barked.'), ['TEH:warning']);
  });
});

describe('an initialism before a lowercase word, at a sentence start too', () => {
  test('is information, as in mid-sentence; a capitals slip of a very common word stays a warning', () => {
    assert.deepEqual(flagged('"What is it? Monster trucks? WWF wrestling?"'), ['WWF:information']);
    assert.deepEqual(flagged('He watched WWF wrestling.'), ['WWF:information']);
    assert.deepEqual(flagged('TEH cat sat.'), ['TEH:warning']);
    // Alone, capitals tell nothing of an initialism.
    assert.deepEqual(flagged('WWF. It was.'), ['WWF:warning']);
  });
});

describe('a misspelled lowercase part of a capitalized compound', () => {
  test('is a warning: the capital names the compound, not the misspelled word', () => {
    assert.deepEqual(flagged('He was Chief of the Anti-terrorisim Unit.'), ['Anti-terrorisim:warning']);
    assert.deepEqual(flagged('He was Chief of the Anti-terrorism Unit.'), []);
  });
  test("stays silent on a brand's or a voice's part, no typo of a common word", () => {
    assert.deepEqual(flagged('He set the Tune-o-matic bridge.'), []);
  });
});
