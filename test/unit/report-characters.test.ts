import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { storyReport } from '../../src/core/dialogue/report';
import { createSpeller } from '../../src/core/speller';
import { loadDictionary } from '../../src/node/dictionaries';

const speller = createSpeller(loadDictionary('en-US'));
const names = (text: string) => storyReport([{ path: 'a.fic', text }], { speller }).characters.map((c) => c.name);

// A story without a roster: the report's characters are the names the story shows to be people.
const STORY = [
  'Chapter One',
  'Mira walked down Willow Lane with Madam Osk. She counted the Galleons in her purse twice; the Galleons were few.',
  '"We\'re late," Mira said.',
  'Madam Osk sighed. "We are never late," she said.',
  'They passed Hollow Gate, and at Hollow Gate Mira stopped. Later Mira saw Willow Lane again, and Osk smiled.',
  'At King’s Cross, Mira waited. King’s Cross was loud, and she covered her ears. Mira left King’s Cross at noon.',
].join('\n\n');

describe('report: who is a character without a roster', () => {
  test('a speaker and a titled name are characters', () => {
    const found = names(STORY);
    assert.ok(found.includes('Mira'), found.join(', '));
    assert.ok(found.includes('Osk'), found.join(', '));
  });

  test('a coin, a street and a station are not: no one speaks as them, no title or pronoun names them', () => {
    const found = names(STORY);
    for (const thing of ['Galleons', 'Willow', 'Lane', 'Hollow', 'Gate', 'Cross']) assert.ok(!found.includes(thing), `${thing} in ${found.join(', ')}`);
  });

  test('a name the story uses with "she" is a character even if it never speaks', () => {
    const text = 'Tova ran to the gate, and she waved. Later Tova sat down, and she laughed.\n\n"Hello," said Mira.\n';
    assert.deepEqual(names(text).sort(), ['Mira', 'Tova']);
  });
});
