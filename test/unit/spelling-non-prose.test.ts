import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createSpeller, type Speller } from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

const { findings, foundWithSeverity: flagged } = ruleHelpers('spelling', () => ({ speller }));

describe('spelling: a command typed at a shell prompt is code', () => {
  test('the words of a `$` command line are not checked', () => {
    assert.deepEqual(flagged('Katie types the command:\n\n$ tricorder-disp --what="env temp"\n'), []);
    assert.deepEqual(flagged('She typed:\n$ grep -rn recv srcdir\nand waited.'), []);
  });
  test('the same words in prose, a dollar sign in a sum and the line after the command are still checked', () => {
    assert.deepEqual(flagged('Katie typed the command grpe and waited.\n'), ['grpe:warning']);
    assert.deepEqual(flagged('It cost $ 5 and a recieved favour.\n'), ['recieved:warning']);
    assert.deepEqual(flagged('$ ls\nThe screen recieved it.\n'), ['recieved:warning']);
  });
});

describe('spelling: an initialism with an English ending', () => {
  test('a plural, an agent, a past of capitals is no misspelling', () => {
    assert.deepEqual(flagged('I think we can give the OTFers a hand with the NPCs she IMed.\n'), []);
  });
  test('a misspelling with a capital and lowercase letters is still one', () => {
    assert.deepEqual(flagged('We gave the Otfers a hand.\n'), []);
    assert.deepEqual(flagged('He said it was definately theirs.\n'), ['definately:warning']);
    // Shouting a misspelling stays one: capitals all through are no initialism with an ending.
    assert.deepEqual(flagged('He shouted: "DEFINATELY!"\n'), ['DEFINATELY:warning']);
  });
});

describe('spelling: unknown words in a run are a foreign phrase or a voice, not slips', () => {
  test('two or more unknown words close together are information', () => {
    assert.deepEqual(flagged('Q shouts: Qara Ma Sheqara, yiqreh ma sheyiqreh, haqol qore!\n'), [
      'yiqreh:information',
      'sheyiqreh:information',
      'haqol:information',
      'qore:information',
    ]);
    assert.deepEqual(flagged('Bilbo had a cold. Thag you very buch.\n'), ['Thag:information', 'buch:information']);
    assert.deepEqual(flagged('"What are you after? Tele? Strat?"\n'), ['Tele:information', 'Strat:information']);
    // Scattered through one short sentence: a mocked accent.
    assert.deepEqual(flagged('The boy yells: Tehe konspeerasi for establishing the semeeteec cooltoore!\n'), [
      'Tehe:information',
      'konspeerasi:information',
      'semeeteec:information',
      'cooltoore:information',
    ]);
    const [f] = findings('Bilbo had a cold. Thag you very buch.\n');
    assert.match(f.message, /nor are the words beside it/);
  });
  test('a slip alone, two slips far apart, or two in a long sentence, stay warnings', () => {
    assert.deepEqual(flagged('There were graffities of cartoonized figures on the long wall of the old house.\n'), [
      'graffities:warning',
      'cartoonized:warning',
    ]);
    assert.deepEqual(flagged('Bilbo had a cold. Thank you very buch.\n'), ['buch:warning']);
    assert.deepEqual(flagged('He definately saw it, and after the long walk home he finally recieved it.\n'), ['definately:warning', 'recieved:warning']);
  });
  test('two slips in a short sentence, or three spread through one, are no run', () => {
    assert.deepEqual(flagged('Teh dog barked at Becuase.\n'), ['Teh:warning', 'Becuase:warning']);
  });
  test('a name beside a slip does not make a run, nor does a missing apostrophe', () => {
    assert.deepEqual(flagged('Then Xanthrel recieved the letter.\n'), ['recieved:warning']);
    assert.deepEqual(flagged('I dont think he recieved them.\n'), ['dont:warning', 'recieved:warning']);
  });
});

describe('spelling: the terms of the fandoms most written in', () => {
  test('Harry Potter, Star Wars, My Little Pony and Star Trek terms are words', () => {
    assert.deepEqual(flagged('A trained legilimens might do it in seconds; the padawan had no midi-chlorian test.\n'), []);
    assert.deepEqual(flagged('An alicorn ran past the draconequus, and the tricorder beeped on the holodeck.\n'), []);
    assert.deepEqual(flagged('The Horcruxes were hidden before the Quidditch match.\n'), []);
  });
  test('a slip of one is still a misspelling', () => {
    assert.deepEqual(flagged('The padawna had no lightsaber.\n'), ['padawna:warning']);
  });
});

describe('spelling: a combining form written with its hyphen', () => {
  test('before a word it is part of the word', () => {
    assert.deepEqual(flagged('Not without ultra-nano-technology, or a cyber-security expert.\n'), []);
  });
  test('alone, last, or before a misspelling it is not', () => {
    assert.deepEqual(flagged('The technology-nano was new.\n'), ['technology-nano:warning']);
    assert.deepEqual(flagged('Not without nano-tecnology.\n'), ['nano-tecnology:warning']);
  });
});
