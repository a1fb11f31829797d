import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSpeller, inferNames, isCharacter, nameCountsOf, resolveOptions, speakingNames } from '../../src/core';
import { storyReport } from '../../src/core/dialogue/report';
import { loadDictionary } from '../../src/node/dictionaries';

const speller = createSpeller(loadDictionary('en-US'));
const options = resolveOptions({ speller });
/** The character list (`fanfic names`, the Characters view) of a text. */
const listed = (text: string) => {
  const { total, mid } = nameCountsOf(text);
  return inferNames(total, mid, options).map((n) => n.name);
};
const speakers = (text: string) => (storyReport([{ path: 'a.fic', text }], { speller, lines: true }).chapters[0].dialogue ?? []).map((d) => d.speaker);

// Twilight, Discord and Harry are dictionary words (twilight, discord, to harry) the story writes
// as names, mostly at the head of a sentence, where a capital tells nothing.
const STORY = [
  'Twilight opens the door of the library. Discord floats inside.',
  'Twilight sighs. She had hoped for a quiet evening with Spike and Harry.',
  '"Hello, Discord," said Twilight.',
  '"I need your help," Discord says.',
  'Discord sits on the couch. Twilight watches him. Harry waves at Twilight.',
  'The book falls from the shelf beside Twilight. Discord grins at Twilight and at Harry.',
  '"What is it?" Twilight asks.',
  'Harry laughs. Discord looks away from Twilight. Harry shrugs. Harry sits by Discord.',
  '"Nothing," Harry says.',
].join('\n\n');

describe('one definition of a character: whoever speaks is in the character list', () => {
  it('lists the dictionary words a story writes as names, as the speaker attribution reads them', () => {
    const names = listed(STORY);
    for (const n of ['Twilight', 'Discord', 'Harry']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    const spoke = speakers(STORY);
    assert.deepEqual(spoke, ['Twilight', 'Discord', 'Twilight', 'Harry']);
    for (const s of spoke) assert.ok(s !== null && names.includes(s), `${s} speaks and is listed`);
    const { total, mid } = nameCountsOf(STORY);
    assert.deepEqual(
      speakingNames(total, mid, options).filter((n) => !names.includes(n)),
      [],
      'the speaker side adds no dictionary word the list leaves out',
    );
  });

  it('keeps out a word capitalized only at the head of sentences, pronouns, titles and "I\'m"', () => {
    const text = [
      'Silence falls. Silence was all he wanted. Silence again.',
      'His hands shook. The court bowed to His Majesty, to His Majesty and to His Majesty. His face fell.',
      'The Professor spoke to the Professor and the Professor. Professor Snape frowned at Mr Potter and Mr Weasley and Mr Finch. Snape left.',
      "Then I'm sure, he thought, and I'm glad, and I'm done. I'm tired.",
    ].join('\n\n');
    const names = listed(text);
    for (const n of ['Silence', 'His', 'Professor', 'Mr', "I'm"]) assert.ok(!names.includes(n), `${n} not in ${names.join(', ')}`);
    assert.ok(names.includes('Snape'), names.join(', '));
  });

  it('decides by the capitals inside sentences: three and a fifth of the uses', () => {
    // "Will" at the head of five sentences and inside two: a word; inside three of eight: a name.
    assert.equal(isCharacter('Will', 7, 2, options), false);
    assert.equal(isCharacter('Will', 8, 3, options), true);
    assert.equal(isCharacter('Will', 16, 3, options), false);
    assert.equal(isCharacter('Will', 2, 2, options), true, 'four in five still holds for a word used twice');
    assert.equal(isCharacter('Sango', 2, 0, options), true, 'a word the dictionary lacks is a name');
  });
});
