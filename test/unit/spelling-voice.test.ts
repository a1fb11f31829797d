import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createSpeller, type Speller, suggest } from '../../src/core';
import { writtenForm } from '../../src/core/eye-dialect';
import { isDerived } from '../../src/core/morphology';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

const { findings, foundWithSeverity: flagged } = ruleHelpers('spelling', () => ({ speller }));

describe('words English derives from known ones', () => {
  test('a gerund made plural, a noun used as a verb, a prefix, a compound with a short part', () => {
    for (const w of ['snivelings', 'kissings', 'nasaled', 'geysering', 'diaphragmic', 'nondefeatist', 'outgrip', 'batwings', 'mudwagon', 'portwatchers']) {
      assert.equal(isDerived(speller, w), true, w);
    }
  });
  test("a verb's archaic -eth, and a determiner's compound for a person made with another noun", () => {
    for (const w of ['faileth', 'loveth', 'maketh', 'nopony', 'everypony', 'anypony', 'somepony', 'folkified', 'jazzified'])
      assert.equal(isDerived(speller, w), true, w);
    // Not a noun English closes with one of them already ("anymore", "sometime"), nor a typo of the person's compound.
    for (const w of ['nomore', 'notime', 'nobidy', 'anyome']) assert.equal(isDerived(speller, w), false, w);
    assert.deepEqual(flagged('My strength faileth me, and nopony came.'), []);
    assert.deepEqual(flagged('There was nomore bread.'), ['nomore:warning']);
  });
  test('a word half remembered and finished vaguely on purpose; a typo of the vague word is still one', () => {
    assert.deepEqual(flagged('He wondered what an "obliv-something" was, and when the obliv-somethings came.'), []);
    assert.deepEqual(flagged('He wondered what an obliv-someting was.'), ['obliv-someting:warning']);
  });
  test('a typo of that shape is none: another word is one edit away', () => {
    // "stope" + "d", "hope" + "ing", "rued" + "ly", "sit" + "cases", "great" + "cat".
    for (const w of ['stoped', 'hopeing', 'ruedly', 'sitcases', 'greatcat', 'finaly']) assert.equal(isDerived(speller, w), false, w);
  });
  test('an agent noun of a known verb is a derivation; a slip of that shape is none', () => {
    // "teleporter" (real fan fiction, A Certain Magical Index); "writter" is "writer" one edit away.
    for (const w of ['teleporter', 'teleporters']) assert.equal(isDerived(speller, w), true, w);
    assert.deepEqual(flagged('The teleporter hummed.'), []);
    assert.deepEqual(flagged('He was a famous writter.'), ['writter:warning']);
  });
  test('a common word with a syllable dropped is no derivation of a rarer stem', () => {
    // "prob" + "ly" is "probably" written short: a slip, fixed to the word meant.
    assert.equal(isDerived(speller, 'probly'), false);
    assert.deepEqual(flagged('It was probly one of the tales of the army.'), ['probly:warning']);
    assert.equal(suggest(findings('It was probly one of the tales of the army.')[0], speller).suggestions[0], 'probably');
  });
  test('a word already derived is not made a verb again, and a compound’s last part is no short word', () => {
    // Misspellings from a public list, written into Brown fiction by scripts/misspelling-quality.ts.
    for (const w of ['persistented', 'failuring', 'arrangerad']) assert.equal(isDerived(speller, w), false, w);
  });
  test('in prose: silent on the derivation, a warning on the typo beside it', () => {
    assert.deepEqual(flagged('Through his jerkings and snivelings, Killpath nasaled at the batwings.'), []);
    assert.deepEqual(flagged('He was hopeing to find his sitcases.'), ['hopeing:warning', 'sitcases:warning']);
  });
  test('a hyphenated compound whose part is derived: silent; a part that is a typo: a warning', () => {
    assert.deepEqual(flagged('"Fine," Shayne said good-humoredly to the conservatively-cravated drivers.'), []);
    assert.deepEqual(flagged('"Fine," Shayne said good-humroedly.'), ['good-humroedly:warning']);
  });
});

describe('a paragraph written in a voice', () => {
  const roebuck = '"Ahm goin nawth t\'jawn mah husbun in Santa Fe, an y\'all maht prefuh the suhthuhn rewt," Mrs. Roebuck said.';
  test('speech thick with eye dialect: its other unknown words are the same voice, silent', () => {
    assert.deepEqual(flagged(roebuck), []);
  });
  test('a rare listed word in a speech written in a voice is its word; in plain speech still a hint', () => {
    assert.deepEqual(flagged('"Ahm goin nawth t\'jawn mah husbun by that thar mule," she said.'), []);
    assert.deepEqual(flagged('"Leave it up thar," he said.'), ['thar:hint']);
  });
  test('the same words in plain speech are still reported', () => {
    assert.deepEqual(flagged('"I am going north to join my husbun in Santa Fe," Mrs. Roebuck said.'), ['husbun:warning']);
  });
  test('one spoken form in a long speech makes no voice: a typo there is a warning', () => {
    assert.deepEqual(flagged('"I was goin to the store, and I definately saw him there by the door," she said.'), ['definately:warning']);
  });
  test('spoken forms recurring in narration are its voice: silent; a lone one is information', () => {
    assert.deepEqual(flagged('Anybody thinkin it was easy was dumb. He kept sayin it, and they were doin it now.'), []);
    assert.deepEqual(flagged('Anybody thinkin it was easy was dumb.'), ['thinkin:information']);
  });
  test("two dialect words or dropped g's in a paragraph's narration are its voice; two elongations are not", () => {
    assert.deepEqual(flagged('There was just nothin like it, he thought. Sweet lovin sixteen, she was.'), []);
    assert.deepEqual(flagged('There was just nothin like it, he thought. Sweet sixteen, she was.'), ['nothin:information']);
    assert.deepEqual(flagged('He passsed the gate. Then he passsed the inn.'), ['passsed:information', 'passsed:information']);
    // A typo beside them is still one.
    assert.deepEqual(flagged('There was just nothin like it, he thougt. Sweet lovin sixteen.'), ['thougt:warning']);
  });
  test('an apostrophe marking the sound left out is the writer’s choice, in narration too', () => {
    assert.deepEqual(flagged("He hadn't seen anything so nice within grabbin' distance, 'scuse the language."), []);
    assert.deepEqual(flagged("Fella, you try my ever-lovin' patience."), []);
    // Unmarked, it is still information, with the written word as the fix.
    const [f] = findings('He had a rockin ball with the doll.');
    assert.equal(f.severity, 'information');
    assert.equal(suggest(f, speller).suggestions[0], 'rocking');
  });
  test('g-dropping made plural sounds out: "pickins" is "pickings"', () => {
    assert.equal(
      writtenForm('pickins', (w) => speller.correct(w)),
      'pickings',
    );
    assert.deepEqual(flagged('"These two are easy pickins," he said.'), []);
  });
});

describe('a letter written three times', () => {
  test('is a slip when no word drawn out explains it: a key beside a doubled letter', () => {
    // "looked" with its "k" struck as the "o" beside it, "dropped" with its "o" as a "p": a letter
    // three times is no sign of a sound drawn out, so such words stay warnings.
    assert.deepEqual(flagged('He loooed at her and drppped the cup.'), ['loooed:warning', 'drppped:warning']);
  });
  test('a word drawn out is still its word, and a typo with a doubled letter still a warning', () => {
    assert.deepEqual(flagged('He was stilll there.'), ['stilll:information']);
    assert.deepEqual(flagged('He was stll there.'), ['stll:warning']);
  });
});
