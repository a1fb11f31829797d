import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSpeller, nameCountsOf, resolveOptions } from '../../src/core';
import { speakingNames } from '../../src/core/characters/mentions';
import { storyReport } from '../../src/core/dialogue/report';
import { loadDictionary } from '../../src/node/dictionaries';

const speller = createSpeller(loadDictionary('en-US'));
const namesOf = (text: string) => {
  const { total, mid } = nameCountsOf(text);
  return speakingNames(total, mid, resolveOptions({ speller }));
};
const speakers = (text: string) => (storyReport([{ path: 'a.fic', text }], { speller, lines: true }).chapters[0].dialogue ?? []).map((d) => d.speaker);

// Twilight and Discord are dictionary words; the story writes them as names, mostly at the head of
// a sentence, three times or more inside one.
const STORY = [
  'Twilight opens the door of the library. Discord floats inside.',
  'Twilight sighs. She had hoped for a quiet evening with Spike.',
  '"Hello, Discord," said Twilight.',
  '"I need your help," Discord says.',
  'Discord sits on the couch. Twilight watches him.',
  'The book falls from the shelf beside Twilight. Discord grins at Twilight and at the book.',
  '"What is it?" Twilight asks.',
  'Discord looks away from Twilight.',
].join('\n\n');

describe('speakers: dictionary words a story writes as names', () => {
  it('are names that may speak, so their tags name them', () => {
    assert.ok(namesOf(STORY).includes('Twilight'));
    assert.deepEqual(speakers(STORY), ['Twilight', 'Discord', 'Twilight']);
  });

  it('need three capitals inside a sentence: at its head alone, a word is only a word', () => {
    const text = 'Silence falls. Silence was all he wanted.\n\nSilence again, and then Silence once more.\n\nSilence. Nothing but Silence.\n';
    assert.ok(!namesOf(text).includes('Silence'));
  });

  it('leave out pronouns and titles, however often capitalized inside a sentence', () => {
    const his = 'His hands shook. His eyes closed. His breath caught. His voice broke. His knees gave way. His guards ran.';
    const text = `${his} His heart raced. His face fell. The court bowed to His Majesty, to His Majesty and to His Majesty's son.\n\nThe Professor spoke to the Professor and the Professor. Professor Snape frowned.\n`;
    const names = namesOf(text);
    assert.ok(!names.includes('His'), names.join(', '));
    assert.ok(!names.includes('Professor'), names.join(', '));
  });
});

describe("speakers: the pronoun I's contractions", () => {
  it('are no names, however often the story writes them', () => {
    const text = [
      "I'm here. I'd go, but I've no time. I'll stay.",
      "I'm sure. I'd say so, and I've said it. I'll say it again.",
      "Then I'm done, I'd think, and I've won. I'll see.",
    ].join('\n\n');
    const names = namesOf(`${text}\n\nTwilight opens the door. Discord floats inside. Twilight sighs at Discord, and Discord at Twilight.\n`);
    for (const n of ["I'm", "I'd", "I've", "I'll"]) assert.ok(!names.includes(n), names.join(', '));
  });
});
