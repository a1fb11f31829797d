import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

/** Each quotation's speaker, with the story's inferred names given. */
function who(text: string, names: string[]): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

describe('speaker attribution, session 12: who talks with whom in an exchange', () => {
  it('alternates an exchange across a turn that only talks of someone absent at the end of a sentence', () => {
    const text =
      'Kuroko sat on the bed and crossed her arms.\n\n' +
      '"Tell me everything," Kuroko said.\n\n' +
      '"I had no choice," Misaka said. "The project was built around the strongest esper, Accelerator."\n\n' +
      '"And how did they plan to do that?"\n\n' +
      '"With clones of me."\n\n' +
      '"That is horrible."\n';
    assert.deepEqual(who(text, ['Kuroko', 'Misaka', 'Accelerator']), ['Kuroko', 'Misaka', 'Misaka', 'Kuroko', 'Misaka', 'Kuroko']);
  });

  it('still hears a title and a name called within a sentence, though the narration never names them so', () => {
    const text =
      'Harry sat down across from the witch.\n\n' +
      '"Well," McGonagall said. "We shall go shopping tomorrow."\n\n' +
      '"Why not today?"\n\n' +
      '"Rest assured, Mr Potter," replied McGonagall, "there is time."\n';
    assert.deepEqual(who(text, ['Harry', 'McGonagall', 'Potter']), ['McGonagall', 'McGonagall', 'Potter', 'McGonagall', 'McGonagall']);
  });

  it('gives the turn after a question and its lone tag to the one who answers', () => {
    const text =
      'Mary and Renko sat in the lounge.\n\n"Ah, the sky," Mary said.\n\n"The sky?"\n\nRenko asked back.\n\n"In my dream there was the Earth instead of the moon."\n';
    assert.deepEqual(who(text, ['Renko', 'Mary']), ['Mary', 'Renko', 'Mary']);
  });

  it('still gives the turn after a statement and its lone tag to the one the tag names', () => {
    const text =
      'Mary and Renko sat in the lounge.\n\n"It could be dangerous," Mary said.\n\n"We should go to the satellite."\n\nRenko spoke excitedly.\n\n"We can bring back the strawberries."\n';
    assert.deepEqual(who(text, ['Renko', 'Mary']), ['Mary', 'Renko', 'Renko']);
  });

  it('gives an untagged turn after narration that calls one of the two who talk the other one', () => {
    const text =
      '"Are you ready, Mary?" Renko asked.\n\n"Almost," I said.\n\nRenko did not move at all, and the lounge was quiet but for the hum of the old vending machine in the corner. At last I hugged her tightly, as if to crush her.\n\n"Mary, what is going on all of a sudden?"\n';
    assert.deepEqual(who(text, ['Renko', 'Mary']), ['Renko', 'Mary', 'Renko']);
  });

  it('leaves such a turn unknown when a third person has talked in the scene', () => {
    const text =
      '"Are you ready, Mary?" Renko asked.\n\n"Almost," I said.\n\n"Hurry up," Sachi said.\n\nRenko did not move at all, and the lounge was quiet but for the hum of the old vending machine in the corner. At last I hugged her tightly, as if to crush her.\n\n"Mary, what is going on all of a sudden?"\n';
    assert.deepEqual(who(text, ['Renko', 'Mary', 'Sachi']), ['Renko', 'Mary', 'Sachi', null]);
  });

  it('leaves "said the boy" unknown right after the narration brings in "a boy" it has not named', () => {
    const text =
      'Harry climbed onto the stool and waited.\n\nNext to Harry, a pale young boy with white-blonde hair was being fitted for robes.\n\n"Hello," said the boy.\n';
    assert.deepEqual(who(text, ['Harry', 'Draco']), [null]);
  });

  it('still reads "said the boy" as a named boy when one is named after "a boy" came in', () => {
    const text =
      'Harry climbed onto the stool and waited.\n\nNext to Harry, a pale young boy was being fitted for robes. Draco looked up.\n\n"Hello," said the boy.\n';
    assert.notEqual(who(text, ['Harry', 'Draco'])[0], null);
  });
});
