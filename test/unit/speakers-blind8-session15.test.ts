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

describe('speaker attribution, blind8 (session 15): a monologue goes on after narration in a scene where one alone has spoken', () => {
  const scene = (between: string, before = '') =>
    `${before}Torvin kneels by the grave and lays the flowers down. He hums to himself.\n\n` +
    '“Hello, Father.”\n\n' +
    `${between}\n\n` +
    '“It has been a good year for me.”\n';

  it("gives the untagged quote after narration that names no one else to the scene's only speaker", () => {
    assert.deepEqual(who(scene('The cemetery is quiet, save for the rustle of leaves.')), ['Torvin', 'Torvin']);
  });

  it('leaves it unknown when the narration names someone else', () => {
    assert.deepEqual(who(scene('A bell rings somewhere beyond the house of Zarael.')), ['Torvin', null]);
  });

  it('leaves it unknown when the narration has a she in a scene of his', () => {
    assert.deepEqual(who(scene('The gate creaks, and she steps through it.')), ['Torvin', null]);
  });

  it('leaves it unknown when two have spoken in the scene', () => {
    const speakers = who(scene('The cemetery is quiet.', '“Go on,” Zarael says. She waits by the gate.\n\n'));
    assert.deepEqual(speakers, ['Zarael', 'Torvin', null]);
  });
});

describe('speaker attribution, blind8 (session 15): no monologue when an unnamed narrator is there', () => {
  it('leaves the untagged quote after first-person narration unknown', () => {
    const text = 'Torvin kneels by the grave. He hums to himself.\n\n“Hello, Father.”\n\nI watch him from the gate.\n\n“It has been a good year for me.”\n';
    assert.deepEqual(who(text), ['Torvin', null]);
  });
});
