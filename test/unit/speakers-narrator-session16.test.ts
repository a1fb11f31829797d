import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

/** Each quotation's speaker, with the story's inferred names given. */
function who(text: string, names: string[]): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

// A first-person story whose narrator the other calls Mary.
const OPENING =
  'Renko waited by the door. I put my book away and looked at her.\n\n' +
  '"Are you coming, Mary?" Renko asked.\n\n' +
  '"In a minute," I said.\n\n' +
  '"Hurry up, Mary," Renko said.\n\n';

describe('speaker attribution, session 16: a first-person narrator talks with the one person the narration meets', () => {
  it('alternates an exchange the narrator opens in a new scene with the one other person the narration names', () => {
    const text =
      OPENING +
      '* * *\n\n' +
      'The next morning Renko knocked on my door. I let her in.\n\n' +
      '"You are early," I said.\n\n' +
      '"The train leaves at nine."\n\n' +
      '"Then I will hurry."\n';
    assert.deepEqual(who(text, ['Renko', 'Mary']), ['Renko', 'Mary', 'Renko', 'Mary', 'Renko', 'Mary']);
  });

  it('leaves such an exchange unknown when a third person has talked in the scene', () => {
    const text =
      OPENING +
      '* * *\n\n' +
      '"Good morning," Sachi said.\n\n' +
      'The next morning Renko knocked on my door. I let her in.\n\n' +
      '"You are early," I said.\n\n' +
      '"The train leaves at nine."\n\n' +
      '"Then I will hurry."\n';
    assert.deepEqual(who(text, ['Renko', 'Mary', 'Sachi']), ['Renko', 'Mary', 'Renko', 'Sachi', 'Mary', null, null]);
  });

  it('leaves such an exchange unknown when the narration before it names two others', () => {
    const text =
      OPENING +
      '* * *\n\n' +
      'The next morning Renko knocked on my door with Sachi. I let them in.\n\n' +
      '"You are early," I said.\n\n' +
      '"The train leaves at nine."\n\n' +
      '"Then I will hurry."\n';
    assert.deepEqual(who(text, ['Renko', 'Mary', 'Sachi']), ['Renko', 'Mary', 'Renko', 'Mary', null, null]);
  });
});
