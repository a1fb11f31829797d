import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

/** Each quotation's speaker, with the story's inferred names (no roster). */
function speakers(text: string, names: string[]): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

const NAMES = ['Discord', 'Fluttershy'];

// Fluttershy answers, Discord is left without words, and she goes on; then a long untagged run
// between the two, and a last turn whose beat names her.
function story(silence: string, run: number): string {
  const turns = Array.from({ length: run }, (_, k) => `"Turn number ${k + 1} of the talk."`);
  return (
    [
      'Discord sits down at the table. Fluttershy pours the tea.',
      'Discord smiles. "I asked your friends for advice."',
      'Fluttershy giggles. "Because I asked them for advice, too."',
      silence,
      '"I took the advice of Applejack."',
      ...turns,
      '"You are wrong." Fluttershy hugs him tight. "We have some amazing friends!"',
      'Discord hugs her back and smiles.',
    ].join('\n\n') + '\n'
  );
}

describe('speaker attribution: a turn of silence', () => {
  it('gives the turn after "Discord is speechless." to the other one, and alternates from there', () => {
    const got = speakers(story('Discord is speechless.', 3), NAMES);
    assert.deepEqual(got.slice(2, 6), ['Fluttershy', 'Discord', 'Fluttershy', 'Discord']);
  });

  it('gives the turn after narration of someone acting to the one who acts, as before', () => {
    const got = speakers(story('Discord leans back in his chair.', 3), NAMES);
    assert.equal(got[2], 'Discord');
  });

  it('takes no turn of silence from the one who spoke last', () => {
    const text = story('Fluttershy is speechless.', 3);
    assert.notEqual(speakers(text, NAMES)[2], 'Discord');
  });
});

describe('speaker attribution: a long untagged run both of whose ends fit', () => {
  it('fills the turns in the middle of a run of fourteen, as sure as the nearer end makes them', () => {
    const got = speakers(story('Discord is speechless.', 13), NAMES);
    // Turns 2 to 15 of the quotations: Fluttershy's and Discord's by turns, the last before her beat Discord's.
    assert.deepEqual(
      got.slice(2, 16),
      Array.from({ length: 14 }, (_, k) => (k % 2 === 0 ? 'Fluttershy' : 'Discord')),
    );
  });

  it('leaves the far turns unknown when the end does not fit the alternation', () => {
    const got = speakers(story('Discord is speechless.', 12), NAMES);
    assert.equal(got[9], null);
  });
});
