import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hash, tableFor, WordTable } from '../../src/core/hashing';

describe("hashing: the core's hash tables", () => {
  test('a table is a power of two at least twice its entries', () => {
    for (const n of [1, 2, 3, 1000, 54_321, 300_000]) {
      const { size, mask, shift } = tableFor(n);
      assert.ok(size >= 2 * n && size < 4 * n, `size ${size} for ${n}`);
      assert.equal(size & (size - 1), 0);
      assert.equal(mask, size - 1);
      assert.equal(2 ** (32 - shift), size);
    }
  });

  test('keys up to 2³² hash inside the table, and the pairs of one word (keys V apart) spread over it', () => {
    const { size, shift } = tableFor(1000);
    const used = new Set<number>();
    for (let key = 1; key <= 1000; key++) {
      const h = hash(key * 32_111 + 7, shift);
      assert.ok(h >= 0 && h < size);
      used.add(h);
    }
    assert.ok(hash(0xffffffff, shift) < size);
    assert.ok(used.size > 700, `${used.size} distinct slots of 1,000 keys`);
  });

  test('a word table finds every word of its lines by id and each id by word, and nothing else', () => {
    const lines = ['<b>', 'the', 'of', "it's", 'naïve', 'the-end', '', 'théâtre', 'x'];
    const table = new WordTable(lines.join('\n'));
    assert.equal(table.size, lines.length);
    lines.forEach((w, i) => {
      assert.equal(table.id(w), i, w);
      assert.equal(table.word(i), w);
    });
    for (const w of ['th', 'thee', 'The', 'of ', 'x\n', 'naive', 'it’s']) assert.equal(table.id(w), -1, w);
  });

  test('a word table of many words: a prefix, a longer word or a word that shares a hash slot is not another', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const table = new WordTable(words.join('\n'));
    for (let i = 0; i < words.length; i += 7) assert.equal(table.id(words[i]), i);
    assert.equal(table.id('w'), -1);
    assert.equal(table.id(`${words[42]}!`), -1);
  });
});
