import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renameCharacterChanges, type TextChange } from '../../src/core/config-edit';

function apply(text: string, changes: TextChange[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
}

describe('renaming a character in fanfic.json changes only the name strings of the current text', () => {
  test('the name and an alias are renamed in place; comments, words and layout stay', () => {
    const text =
      '{\n  // unsaved note\n  "characters": [\n    { "name": "Hermione", "aliases": ["Mione", "Hermione"] },\n    { "name": "Ron" }\n  ],\n  "words": ["Hermione"]\n}\n';
    const changes = renameCharacterChanges(text, 'Hermione', 'Hermia');
    assert.equal(changes.length, 2);
    assert.equal(apply(text, changes), text.replace('"name": "Hermione"', '"name": "Hermia"').replace('"Mione", "Hermione"', '"Mione", "Hermia"'));
  });
  test('a byte-order mark keeps every offset right', () => {
    const text = '\uFEFF{ "characters": [{ "name": "Hermione" }] }';
    assert.equal(apply(text, renameCharacterChanges(text, 'Hermione', 'Her "Mia"')), '\uFEFF{ "characters": [{ "name": "Her \\"Mia\\"" }] }');
  });
  test('nothing to change: a name not listed, a broken file, or no character list', () => {
    assert.deepEqual(renameCharacterChanges('{ "characters": [{ "name": "Ron" }] }', 'Hermione', 'Hermia'), []);
    assert.deepEqual(renameCharacterChanges('{ "characters": [', 'Hermione', 'Hermia'), []);
    assert.deepEqual(renameCharacterChanges('[1, 2]', 'Hermione', 'Hermia'), []);
    assert.deepEqual(renameCharacterChanges('['.repeat(100_000), 'Hermione', 'Hermia'), []);
  });
});
