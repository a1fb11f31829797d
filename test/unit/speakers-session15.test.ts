import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

const CAST = ['Mira', 'Tobin', 'Oskar', 'Lena', 'Hook'];

/** Each quotation's speaker. */
function who(text: string, names = CAST): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

describe('speaker attribution, session 15: a third person breaks in on a two-person exchange', () => {
  const talk = (last: string) =>
    'The wolves circled closer, and none of them moved.\n\n' +
    'Tobin stepped forward. "I\'ll deal with this," he said.\n\n' +
    '"Don\'t be silly!" Mira shouted. "You don\'t know what they are!"\n\n' +
    '"I know more than you think."\n\n' +
    '"But you can barely hold a sword!"\n\n' +
    `${last}\n`;

  it('keeps the pair that talked before the gap when a newcomer after it calls one of them', () => {
    const speakers = who(talk('"Tobin," said Oskar, stepping between them. "Are you sure?"'));
    assert.deepEqual(speakers, ['Tobin', 'Mira', 'Mira', 'Tobin', 'Mira', 'Oskar', 'Oskar']);
  });

  it('leaves the turns to the alternation when the one after the gap is one of the two', () => {
    const speakers = who(talk('"Mira," said Tobin. "Trust me."'));
    assert.deepEqual(speakers, ['Tobin', 'Mira', 'Mira', 'Tobin', 'Mira', 'Tobin', 'Tobin']);
  });
});

describe('speaker attribution, session 15: the one a turn called answers it, though the answer calls the caller back', () => {
  const talk = (third: string) =>
    'Mira and Tobin sat by the fire. Lena slept on the other side of it.\n\n' +
    '"Tobin, are you cold?" Mira asked.\n\n' +
    '"A little," Tobin said.\n\n' +
    `${third}\n\n` +
    '"Hello, Lena."\n';

  it('gives the answer to the one the last turn called, not to the one who spoke before the caller', () => {
    assert.deepEqual(who(talk('"Mira?" Lena sat up and looked at her.')), ['Mira', 'Tobin', 'Lena', 'Mira']);
  });

  it('still gives a turn that calls the last speaker to the one before them when the last turn called no one', () => {
    assert.deepEqual(who(talk('"I am awake," Lena said.')), ['Mira', 'Tobin', 'Lena', 'Tobin']);
  });
});

describe('speaker attribution, session 15: the untagged quotes that open a paragraph before a tag that introduces a quote by name', () => {
  const scene = (turn: string) =>
    'Mira found Lena in the hospital corridor.\n\n' + '"So you work for them?" Mira asked. "Have you come to finish the job?"\n\n' + `${turn}\n`;

  it("are that tag's speaker's when only the listener acts between them", () => {
    const speakers = who(scene('"Would you stop me if I had?" Mira hesitates, then nods. Lena says, "Really? I suppose not."'));
    assert.deepEqual(speakers, ['Mira', 'Mira', 'Lena', 'Lena']);
  });

  it('are not when someone unnamed acts between them', () => {
    const speakers = who(scene('"Would you stop me if I had?" The doctor bent close to hear. Lena says, "Really? I suppose not."'));
    assert.deepEqual(speakers.slice(2), [null, 'Lena']);
  });

  it('are not when the tag only gives a pronoun', () => {
    const speakers = who(scene('"Would you stop me if I had?" Mira hesitates, then nods. She says, "Really? I suppose not."'));
    assert.equal(speakers[2], null);
  });
});

describe('speaker attribution, session 15: a name called out with "!" before the rest of the quote', () => {
  const scene = (call: string) =>
    'Mira, Tobin and Lena stood at the mirror.\n\n' +
    '"Lena, open the gate!" Mira shouted.\n\n' +
    '"Right!" said Lena, and ran off.\n\n' +
    `${call}\n\n` +
    '"Always."\n';

  it('calls that one, who answers next', () => {
    assert.deepEqual(who(scene('"Tobin!  Your sword, is it sharp?"')), ['Mira', 'Lena', 'Mira', 'Tobin']);
  });

  it('does not when the name is asked, not called', () => {
    assert.deepEqual(who(scene('"Tobin?  Your sword, is it sharp?"')), ['Mira', 'Lena', 'Mira', 'Lena']);
  });
});

describe('speaker attribution, session 15: a name opening a later sentence of a quote after two spaces', () => {
  const scene = (call: string) =>
    'Mira, Tobin and Lena stood at the mirror.\n\n' +
    '"Lena, open the gate!" Mira shouted.\n\n' +
    '"Right!" said Lena, and ran off.\n\n' +
    `${call}\n\n` +
    '"Okay!"\n';

  it('calls that one, as after one space', () => {
    assert.deepEqual(who(scene('"Good!  Tobin, start grabbing the ropes!"')), ['Mira', 'Lena', 'Mira', 'Tobin']);
    assert.deepEqual(who(scene('"Good! Tobin, start grabbing the ropes!"')), ['Mira', 'Lena', 'Mira', 'Tobin']);
  });

  it('not a list of names', () => {
    assert.deepEqual(who(scene('"Good!  Tobin, Mira and I will grab the ropes!"')), ['Mira', 'Lena', 'Mira', 'Lena']);
  });
});

describe('speaker attribution, session 15: a quote that is only a name trailing off', () => {
  const scene = (call: string) =>
    'Mira and Lena lay awake by the fire. Tobin sat up on the other side.\n\n' +
    '"Mira, are you okay?" Tobin asked.\n\n' +
    `Mira wrapped her arms around Lena. ${call}\n\n` +
    '"Yes?"\n';

  it('calls that one, who answers next', () => {
    assert.deepEqual(who(scene('"Lena…"')), ['Tobin', 'Mira', 'Lena']);
  });

  it('not a name within a sentence that trails off', () => {
    assert.deepEqual(who(scene('"I keep thinking of Lena…"')), ['Tobin', 'Mira', 'Tobin']);
  });
});

describe("speaker attribution, session 15: a name after a contraction's he or she in its sentence", () => {
  const scene = (sentence: string) =>
    'Oskar was the town marshal, and he kept late hours.\n\n' +
    'Tobin rode into town in the rain. ' +
    `Tobin peered through the window of the office and saw that it was empty. ${sentence}\n\n` +
    '"Probably just stepped out," he said.\n';

  it('is no antecedent of the next he: the subject is', () => {
    assert.deepEqual(who(scene("He'd hoped to catch Oskar there.")), ['Tobin']);
    assert.deepEqual(who(scene('He had hoped to catch Oskar there.')), ['Tobin']);
  });

  it('is when the sentence has no pronoun subject', () => {
    assert.deepEqual(who(scene('Oskar was not there.')), ['Oskar']);
  });
});

describe("speaker attribution, session 15: a contraction's he or she after a name tells that one's sex", () => {
  const scene = (sentence: string) => `${sentence} Tobin took her coat.\n\n"Fine," she said.\n`;

  it('as the plain pronoun does', () => {
    assert.deepEqual(who(scene("Hook came in from the rain, and she'd never looked so tired.")), ['Hook']);
    assert.deepEqual(who(scene('Hook came in from the rain, and she never looked so tired.')), ['Hook']);
  });

  it('not a word that only begins like one', () => {
    assert.deepEqual(who(scene('Hook came in from the rain with the shed keys.')), [null]);
  });
});

describe("speaker attribution, session 15: a name after an opening clause's comma, whose clause has a subject of its own", () => {
  const scene = (sentence: string) => `Tobin and Oskar walked on through the garden. ${sentence}\n\n"Intruders!" she shouted.\n`;

  it("is its sentence's subject, whose sex the he or she after it tells", () => {
    assert.deepEqual(who(scene("When they were close, Hook's head jerked upwards and she looked at them.")), ['Hook']);
  });

  it('not a name that is an object after the comma', () => {
    assert.deepEqual(who(scene('When they were close, the guards saw Hook and she looked at them.')), [null]);
  });
});
