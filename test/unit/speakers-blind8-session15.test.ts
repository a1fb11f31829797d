import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeByRules, attributeSpeakers } from '../../src/core/dialogue/speakers';

const CAST = ['Zarael', 'Torvin'];

/** Each quotation's speaker. */
function who(text: string): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names: CAST }).map((q) => q.speaker);
}

/** The sex the rules learned for a character. */
function sexOf(text: string, name: string): string | undefined {
  return attributeByRules(buildModel(text), { names: CAST }).genders.get(name);
}

describe("speaker attribution, blind8 (session 15): a name's sex from its own sentence's pronouns when the next sentences' say the other", () => {
  // A story of two: her name is often followed by his "He" in the next sentence.
  const story = (near: string) =>
    'Torvin waits by the door, and he hums to himself.\n\n' +
    'Zarael stares at him. He grins.\n\n' +
    'Zarael turns away. He follows.\n\n' +
    'Zarael laughs. He laughs too.\n\n' +
    `${near}\n\n` +
    '"Give me that," she says.\n';

  it("gives her the sex her own sentences' pronouns give, and her the quotation her pronoun tags", () => {
    const text = story('Zarael frowns as she reads the letter. Zarael sighs, and she sits down.');
    assert.equal(sexOf(text, 'Zarael'), 'she');
    assert.equal(sexOf(text, 'Torvin'), 'he');
    assert.deepEqual(who(text), ['Zarael']);
  });

  it('leaves her sex unknown when her own sentences give one pronoun only', () => {
    const text = story('Zarael frowns as she reads the letter. Zarael nods. She smiles.');
    assert.equal(sexOf(text, 'Zarael'), undefined);
    assert.deepEqual(who(text), [null]);
  });

  it("leaves her sex unknown when her own sentences' pronouns are not three to one", () => {
    const text = story('Zarael frowns as she reads the letter. Zarael sighs, and she sits down. Zarael nods. She smiles.\n\nZarael stands, and he watches.');
    assert.equal(sexOf(text, 'Zarael'), undefined);
  });

  it('keeps the sex that all the evidence gives when it is clear', () => {
    const text =
      'Zarael stares at the sea. She grins.\n\nZarael turns away, and she walks home.\n\nZarael laughs. She laughs again.\n\n"Give me that," she says.\n';
    assert.equal(sexOf(text, 'Zarael'), 'she');
    assert.deepEqual(who(text), ['Zarael']);
  });
});
