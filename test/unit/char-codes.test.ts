import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { capitalNameOf, countedNameOf, foldName } from '../../src/core/characters/names';
import { ABBREVIATED_TITLES } from '../../src/core/data/abbreviated-titles';
import { analyzeParagraph } from '../../src/core/model/paragraph';
import { isCapitalized } from '../../src/core/text';

// The tokenizer's sentence starts and the names' columns read char codes and remember per word
// form; these are the definitions they replaced, by regular expression and one-character string.
const OPENERS = /["“‘'(\[*_~\s]/;
const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);
const TITLES: ReadonlySet<string> = new Set(ABBREVIATED_TITLES);

function afterTitle(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && isLetter(text[k - 1])) k--;
  if (dot - k < 2 || dot - k > 6 || (k > 0 && /[\p{L}\p{N}'’.-]/u.test(text[k - 1]))) return false;
  return TITLES.has(text.slice(k, dot));
}

function referenceStart(text: string, start: number, regionStart: number, first: boolean): boolean {
  let j = start - 1;
  while (j >= 0 && OPENERS.test(text[j])) {
    if (j === regionStart) return true;
    j--;
  }
  if (j < 0) return first;
  if (text[j] === '.' && j < start - 1 && afterTitle(text, j)) return false;
  return /[.!?…:—–-]/.test(text[j]) && !(text[j] === '-' && isLetter(text[j - 1]) && text[j + 1] !== ' ');
}

/** Each token's sentence start as the reference reads it, with the regions the analysis found. */
function referenceStarts(text: string): boolean[] {
  const { tokens, regions } = analyzeParagraph(text);
  return tokens.map((t, i) => {
    let regionStart = -1;
    for (const r of regions) if (r.start <= t.start && t.start < r.end) regionStart = r.start;
    return referenceStart(text, t.start, regionStart, i === 0);
  });
}

const PIECES = [
  'Mr.',
  'Dr.',
  'St.',
  'e.g.',
  'word',
  'Élan',
  'é',
  'x',
  '9',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '\u2009',
  '.',
  '!',
  '?',
  '…',
  ':',
  '—',
  '–',
  '-',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '(',
  '[',
  '*',
  '_',
  '~',
  ',',
  'Ω',
  '\ud83d\ude00',
];
const paragraph = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('char codes read as the characters they replaced', () => {
  test('sentence starts', () => {
    for (const text of ['"Stop." she said. Mr. Weasley—no. x-ray! (Yes) “Go,” he said.', 'Dr.  Watson; St. Mungo’s. A -b c- d', '\u00a0word. Word…word']) {
      assert.deepEqual(
        analyzeParagraph(text).tokens.map((t) => t.sentenceStart),
        referenceStarts(text),
        text,
      );
    }
    fc.assert(
      fc.property(paragraph, (text) => {
        assert.deepEqual(
          analyzeParagraph(text).tokens.map((t) => t.sentenceStart),
          referenceStarts(text),
        );
      }),
      { numRuns: 2000 },
    );
  });

  test('the name a token counts as, and the name character-name lists, once per word form', () => {
    const words = ['Hermione', "Hermione's", 'Naruto-kun', 'the', 'I', 'A', 'É', 'ǅemal', '9th', 'Boys’', 'ÉLAN', 'ωmega', 'Ωmega', 'X'];
    for (let round = 0; round < 2; round++) {
      for (const { text, orth } of analyzeParagraph(words.join(' ')).tokens) {
        const t = analyzeParagraph(text).tokens[0];
        assert.equal(t.orth, orth);
        const first = text[0];
        const counted = first === first.toLowerCase() || foldName(text).length < 2 ? null : foldName(text);
        const capital = !isCapitalized(text) || foldName(text).length < 2 ? null : foldName(text);
        assert.equal(countedNameOf(t), counted, text);
        assert.equal(capitalNameOf(t), capital, text);
      }
    }
  });
});
