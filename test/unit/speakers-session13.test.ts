import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeByRules, attributeSpeakers } from '../../src/core/dialogue/speakers';

const CAST = ['Discord', 'Fluttershy', 'Misaka', 'Kuroko', 'Harry', 'Vernon'];

/** Whom each quotation addresses by name, in order (null: no one). */
function called(text: string): Array<string | null> {
  const rules = attributeByRules(buildModel(text), { names: CAST });
  return rules.quotes.map((q) => rules.addressed.get(q.start) ?? null);
}

/** Each quotation's speaker. */
function who(text: string): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names: CAST }).map((q) => q.speaker);
}

describe('speaker attribution, session 13: a greeting that calls someone without a comma', () => {
  it('hears the name after an opening greeting or answer as whom the quote calls', () => {
    const text =
      'Discord knocks. Fluttershy opens the door.\n\n"Hello Fluttershy, can I come in?"\n\n' +
      'Kuroko waves to Misaka.\n\n"Alright Misaka, keep still."\n\n' +
      'Harry nods to Vernon.\n\n"Yes Uncle Vernon."\n';
    assert.deepEqual(called(text), ['Fluttershy', 'Misaka', 'Vernon']);
  });

  it('stays deaf to a name that goes on into the sentence, or that another word comes before', () => {
    const text =
      'Discord knocks. Fluttershy opens the door.\n\n"No Fluttershy would ever do that."\n\n' +
      '"Yes Misaka did it."\n\n"Hello there Kuroko."\n\n"Thanks for nothing, Harry."\n';
    assert.deepEqual(called(text), [null, null, null, 'Harry']);
  });

  it('gives the greeting no one it greets, and its answer the one greeted', () => {
    const text =
      'Discord knocks on the door of the cottage. Fluttershy opens it.\n\n' +
      'She smiles. "Hello Discord, would you like to come in?"\n\n' +
      '"Sure."\n\n' +
      '"Who is it?" Fluttershy asks.\n\n' +
      '"Hello Fluttershy, can I come in?"\n';
    const speakers = who(text);
    assert.equal(speakers[1], 'Discord', 'the answer to "Hello Discord"');
    assert.notEqual(speakers[0], 'Discord', 'the greeting is not his');
    assert.notEqual(speakers[3], 'Fluttershy', 'the greeting is not hers');
  });
});

describe('speaker attribution, session 13: a guess from the narration before yields to a long alternation', () => {
  // The shape of Silk Rose's `Chaotic Crush` chapter 1: two known turns, five untagged ones, an
  // aside naming both, then an untagged turn the one who acted in the aside would get.
  const exchange = (aside: string, last: string) =>
    'Discord knocks on the door. Pinkie opens it.\n\n' +
    '"Hello, Discord," Pinkie says.\n\n' +
    '"Pinkie, I need your advice," Discord says.\n\n' +
    '"Oh, what about?"\n\n"I have a crush on someone."\n\n"Are you going to ask her out?"\n\n' +
    '"Yes, but it must be special."\n\n"You could give her a gift!"\n\n"What about a book?"\n\n' +
    `${aside}\n\n${last}\n`;

  it('fills the untagged turns and gives the last one by the alternation, not to the one who acted', () => {
    const speakers = who(exchange('Discord pulls a book from his hat, showing it off to Pinkie.', '"No, no. It needs to come from the heart."'));
    assert.deepEqual(speakers, ['Pinkie', 'Discord', 'Pinkie', 'Discord', 'Pinkie', 'Discord', 'Pinkie', 'Discord', 'Pinkie']);
  });

  it('keeps the guess when it fits the alternation', () => {
    const speakers = who(exchange('Pinkie pulls a book from under her hat, showing it off to Discord.', '"No, no. It needs to come from the heart."'));
    assert.equal(speakers[8], 'Pinkie');
    assert.deepEqual(speakers.slice(2, 8), ['Pinkie', 'Discord', 'Pinkie', 'Discord', 'Pinkie', 'Discord']);
  });

  it('still leaves the gap unknown against a named beat, which is no guess', () => {
    const speakers = who(exchange('Pinkie nods.', 'Discord shakes his head. "No, no. It needs to come from the heart."'));
    assert.equal(speakers[8], 'Discord');
    assert.deepEqual(speakers.slice(3, 8), [null, null, null, null, null]);
  });
});
