import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachWord } from '../../src/core/model/words';

const REFERENCE = /[\p{L}\p{N}\p{M}]+(?:['’\-‐][\p{L}\p{N}\p{M}]+)*/gu;

function cut(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (start, end) => out.push(`${start}:${text.slice(start, end)}`));
  return out;
}

function reference(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((m) => `${m.index}:${m[0]}`);
}

describe('the words of a text', () => {
  test('joined by apostrophes and hyphens, never by what ends a sentence', () => {
    assert.deepEqual(cut("Don't—Hermione’s half-blood cat, Naruto-kun. 'Tis o'clock‐ish -no- x'"), [
      "0:Don't",
      '6:Hermione’s',
      '17:half-blood',
      '28:cat',
      '33:Naruto-kun',
      '46:Tis',
      "50:o'clock‐ish",
      '63:no',
      '67:x',
    ]);
  });
  test('letters of every script, digits, combining marks and letters outside the BMP', () => {
    assert.deepEqual(cut('Café naïve 3rd 東京 e\u0301té 𠀋𠀋 🙂 Ωmega'), ['0:Café', '5:naïve', '11:3rd', '15:東京', '18:e\u0301té', '23:𠀋𠀋', '31:Ωmega']);
  });
  test('the same words as the regular expression, on any text', () => {
    const alphabet = fc.constantFrom('a', 'Z', '7', ' ', "'", '’', '-', '‐', '.', 'é', '\u0301', '東', '𠀋', '🙂', '\ud800', '\udc00', '_', '—');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        assert.deepEqual(cut(text), reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
