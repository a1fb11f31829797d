import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OneEditIndex } from '../../src/core/one-edit';
import { edits1 } from '../../src/core/ranking';

function near(index: OneEditIndex<number>, q: string): string[] {
  const out = new Set<string>();
  index.forEachNear(q, (w) => out.add(w));
  return [...out].sort();
}

describe('the words one edit away', () => {
  const index = new OneEditIndex<number>(['because', 'the', 'then', 'than', 'wednesday', 'form', 'from', 'a', 'quiet', 'quite'].map((w, i) => [w, i]));
  test('by a letter changed, dropped, inserted or two swapped', () => {
    assert.deepEqual(near(index, 'becuase'), ['because']);
    assert.deepEqual(near(index, 'thn'), ['than', 'the', 'then']);
    assert.deepEqual(near(index, 'fomr'), ['form']);
    assert.deepEqual(near(index, 'wendesday'), ['wednesday']);
    assert.deepEqual(near(index, 'quiet'), ['quite']);
    assert.deepEqual(near(index, 'aa'), ['a']);
  });
  test('never the word itself, nor a word two edits away', () => {
    assert.deepEqual(near(index, 'the'), ['then']);
    assert.deepEqual(near(index, 'bceuase'), []);
  });
  test('the same words as writing out every edit and looking each up', () => {
    const word = fc.stringMatching(/^[a-e]{1,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, (words, q) => {
        const index = new OneEditIndex<number>(words.map((w, i) => [w, i]));
        const set = new Set(words);
        const expected = [...edits1(q)].filter((e) => set.has(e)).sort();
        assert.deepEqual(near(index, q), expected);
      }),
      { numRuns: 3000 },
    );
  });
});
