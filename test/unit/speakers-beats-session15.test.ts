import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

const CAST = ['Mira', 'Tobin', 'Oskar'];

/** Each quotation's speaker. */
function who(text: string, names = CAST): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

describe('speaker attribution, session 15: action beats', () => {
  describe('a pronoun subject is no one its own sentence names after it', () => {
    const scene = (beat: string) =>
      'Oskar and Tobin sat in the kitchen. Oskar scratched his chin. He was tired. Tobin poured the tea. He smiled.\n\n' + `"Here, have a cup." ${beat}\n\n`;

    it('gives the beat to the other one of that sex', () => {
      assert.deepEqual(who(scene("He stopped and looked at Tobin's face.")), ['Oskar']);
      assert.deepEqual(who(scene('He waited, then followed Tobin out.')), ['Oskar']);
    });

    it('keeps the last one of that sex when the sentence names no one', () => {
      assert.deepEqual(who(scene('He stopped and looked at the window.')), ['Tobin']);
    });

    it('does not look past the next quote of the paragraph', () => {
      const text =
        'Oskar and Tobin sat in the kitchen. Oskar scratched his chin. He was tired. Tobin poured the tea. He smiled.\n\n' +
        '"Here, have a cup." He lowered his voice. "Besides, it is hot," Tobin added.\n\n';
      assert.deepEqual(who(text), ['Tobin', 'Tobin']);
    });

    it('leaves the quote unknown when no one else of that sex is in the story', () => {
      const text =
        'Mira and Tobin sat in the kitchen. Mira scratched her chin. She was tired. Tobin poured the tea. He smiled.\n\n' +
        '"Here, have a cup." He stopped and looked at Tobin\'s face.\n\n';
      assert.deepEqual(who(text), [null]);
    });
  });

  describe('a beat that tells someone coming in', () => {
    const opening = 'Mira and Tobin sat in the hall. Mira was tired.\n\n';

    it('gives the quote to whom the appearance or approach is of, not the subject', () => {
      assert.deepEqual(who(opening + 'The talk was interrupted by the appearance of Oskar. "I have news for you both."\n\n'), ['Oskar']);
      assert.deepEqual(who(opening + 'Mira does not notice the approach of the familiar face of Oskar. "So, this is awkward."\n\n'), ['Oskar']);
    });

    it('keeps the subject when what comes is no character', () => {
      assert.deepEqual(who(opening + 'Mira smiled at the arrival of the train. "At last."\n\n'), ['Mira']);
    });

    it('keeps the subject when the one coming is the one the quote calls', () => {
      assert.deepEqual(who(opening + 'Mira looked up at the arrival of Oskar. "Oskar, you are late."\n\n'), ['Mira']);
    });
  });

  describe('a beat that hears someone', () => {
    const opening = 'Mira and Tobin sat in the hall. Mira was tired. Tobin was not.\n\n';

    it('gives the quote to the one heard', () => {
      assert.deepEqual(who(opening + 'She could hear Oskar laughing. "You two again."\n\n'), ['Oskar']);
    });

    it('gives the voice of someone unnamed to no one', () => {
      assert.deepEqual(who(opening + 'Mira heard the old man\'s voice. "Who goes there?"\n\n'), [null]);
    });

    it('keeps the one who hears when what is heard is no one', () => {
      assert.deepEqual(who(opening + 'Mira heard the door open. "Who is there?"\n\n'), ['Mira']);
    });
  });

  describe('a beat that opens with a clause of "as"', () => {
    it('gives the quote to the subject after the clause', () => {
      const text = 'Mira and Tobin stood at the gate. Mira was tired.\n\nAs the guards fell one by one, Tobin stepped back. "Run!"\n\n';
      assert.deepEqual(who(text), ['Tobin']);
    });

    it('does not take a name inside the clause', () => {
      const text = 'Mira and Tobin stood at the gate. Mira was tired.\n\nAs Tobin watched the guards, Mira stepped back. "Run!"\n\n';
      assert.deepEqual(who(text), ['Mira']);
    });
  });
});
