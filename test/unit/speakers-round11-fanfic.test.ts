import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { indexCharacters } from '../../src/core/dialogue/cast';
import { addCalledNames } from '../../src/core/dialogue/named-once';
import { attributeByRules, attributeSpeakers } from '../../src/core/dialogue/speakers';

/** Each quotation's speaker, with the story's inferred names given. */
function who(text: string, names: string[]): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

const ACHE = ['Kuroko', 'Frenda', 'Misaka', 'Ruiko', 'Shirai', 'Heaven', 'Canceler'];

describe('speaker attribution, round 11: fan fiction that is not HPMOR', () => {
  it('reads "the doctor" as the Dr. the story names', () => {
    const text =
      'Dr. Heaven Canceler comes out of the room.\n\n"Your friend is recovering fine," the doctor explains.\n\n"Thank you," Ruiko says.\n\n"Keep it brief," says the doctor.\n';
    assert.deepEqual(who(text, ACHE), ['Heaven', 'Ruiko', 'Heaven']);
  });

  it('leaves "the doctor" unknown when no Dr. is named', () => {
    const text = 'Ruiko waits outside.\n\n"Your friend is recovering fine," the doctor explains.\n\n"Thank you," Ruiko says.\n';
    assert.deepEqual(who(text, ACHE), [null, 'Ruiko']);
  });

  it('gives a question the one who did not nod: the nodder was asked', () => {
    const text =
      '"I did it while fleeing from Mugino," Frenda says.\n\n"She wanted you dead?" Frenda nods, which Kuroko takes note of, "Why is that?"\n\n' +
      '"Have you ever fought a level 5 before?" Kuroko shakes her head, "I had to make sure the job got done."\n';
    assert.deepEqual(who(text, ACHE), ['Frenda', 'Kuroko', 'Kuroko', 'Frenda', 'Frenda']);
  });

  it('gives the quote the one who does not answer does not speak, and a tag question the nod answers', () => {
    const text =
      '"Why did you do it?" Kuroko asks.\n\n"Mugino was persuasive," Frenda says.\n\n"You considered letting her kill you, didn\'t you…" Frenda looks away and doesn\'t respond, "Well Frenda, I have a report to make."\n\n' +
      '"Tell me everything," Misaka says.\n\n"There is no way out of this, is there," Kuroko shakes her head, "Well, the project is what you expect."\n';
    assert.deepEqual(who(text, ACHE), ['Kuroko', 'Frenda', 'Kuroko', 'Kuroko', 'Misaka', 'Misaka', 'Misaka']);
  });

  it('keeps the one who nods as the speaker when the nod opens the paragraph or a new sentence follows', () => {
    const text =
      '"Will you inform the Dorm Mother?" Kuroko asks.\n\nMisaka nods, "She will want to know why."\n\n"Are you coming?" Ruiko asks.\n\n"Right away." Frenda nods. "Let\'s go."\n';
    assert.deepEqual(who(text, ACHE), ['Kuroko', 'Misaka', 'Ruiko', 'Frenda', 'Frenda']);
  });

  it('names a first-person narrator by the one name the quotes call that the narration never writes', () => {
    const text =
      'I stood in the library. Renko was reading. I looked at her and I sighed. I was tired and I wanted to go home.\n\n' +
      '"Why are you doing this to me?" I asked.\n\nRenko looked up from her book.\n\n"Mary, what\'s going on all of a sudden?"\n\n' +
      'I could not answer her. I looked away. Renko closed the book.\n';
    const model = buildModel(text);
    assert.equal(attributeByRules(model, { names: ['Renko'] }).narrator, 'Mary');
    assert.deepEqual(who(text, ['Renko']), ['Mary', 'Renko']);
  });

  it('takes a given name opening a quote with a comma as a call only when the quote is the whole paragraph', () => {
    const alone = indexCharacters({});
    addCalledNames('"Mary, what\'s going on all of a sudden?"', [{ start: 0, end: 40 }], alone);
    assert.equal(alone.byToken.get('Mary'), 'Mary');
    const tagged = indexCharacters({});
    const text = '"Mary, what\'s going on?" Renko asked.';
    addCalledNames(text, [{ start: 0, end: 24 }], tagged);
    assert.equal(tagged.byToken.get('Mary'), undefined);
  });

  it('names no narrator in a story told in the third person', () => {
    const text = 'Renko stood in the library.\n\n"Mary, what\'s going on?" Renko asked.\n\n"Nothing," she said.\n';
    assert.equal(attributeByRules(buildModel(text), { names: ['Renko'] }).narrator, undefined);
  });

  it('makes a named first-person narrator the other side of an exchange', () => {
    const text =
      'I stood in the library with Renko. I was tired and I was hot, and I wanted to go home before dark.\n\n' +
      '"Can you grab the next one?" Renko asked.\n\n"Again?"\n\n"Mary, please."\n\n"Why are you doing this?" I asked.\n';
    assert.deepEqual(who(text, ['Renko']), ['Renko', 'Mary', 'Renko', 'Mary']);
  });

  it('reads a lone tag opening the next paragraph as the tag of the quote before it', () => {
    const text =
      'Renko kept staring at me. I was tired and I was hot, and I wanted to go home. I looked away.\n\n' +
      '"Ah, the sky," I said.\n\n"The sky?"\n\nRenko asked back.\n\n"That\'s right."\n\nI agreed with her.\n';
    assert.deepEqual(who(text, ['Renko']).slice(1), ['Renko', null]);
  });

  it('takes no beat of the next paragraph for a lone tag', () => {
    const text = '"I was only joking," Harry protested.\n\n"No. Don\'t explain."\n\nHarry sighed. It was clear she would not listen.\n';
    assert.deepEqual(who(text, ['Harry']), ['Harry', null]);
  });

  it('makes a surname-first full name one character when the narration writes each name alone', () => {
    const text =
      'Kuroko walks in. "My name is Shirai Kuroko, with Judgement."\n\n"A police officer," Frenda says.\n\n' +
      '"Why are you here?" Shirai asks.\n\n"I helped bring you here," Kuroko says.\n\nShirai sits down. Kuroko waits.\n';
    const names = who(text, ['Kuroko', 'Shirai', 'Frenda']);
    assert.equal(new Set(names.filter((n) => n !== 'Frenda')).size, 1);
  });

  it('reads a name opening a sentence of the quote with a comma as a call, whom the next turn is', () => {
    const text =
      '"Time is up," Kuroko says.\n\n"Wait. Frenda, you said yesterday was the first time. Why was that."\n\n"The same reason you brought the Railgun here."\n';
    assert.equal(who(text, ACHE)[2], 'Frenda');
    // A list of names opening a sentence calls no one: `"Then. Frenda, Misaka and I went home."`
    const list = '"Time is up," Kuroko says.\n\n"Then. Frenda, Misaka and I went home."\n\n"And then?"\n';
    assert.notEqual(who(list, ACHE)[2], 'Frenda');
  });

  it('gives no answer to one the quotes talk of but no narration names', () => {
    const text =
      '"Who could do such a thing?" Kuroko asks.\n\n"The project wanted the strongest esper, Accelerator."\n\n"And how did they plan to reach level 6?"\n';
    const got = who(text, ['Kuroko', 'Accelerator']);
    assert.notEqual(got[2], 'Accelerator');
  });
});
