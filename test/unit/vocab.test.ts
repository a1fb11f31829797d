import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeParagraph } from '../../src/core/model/paragraph';
import { Column, formOf, IdSet, IntColumn, lexOf, lowerForm, orthId, orthIdIn, vocabSize } from '../../src/core/model/vocab';

describe('vocab: one id a word form', () => {
  test('a word read in its text has the id of the same word as a string, and the table grows without losing one', () => {
    const text = 'Then the cat sat; then THE end.';
    assert.equal(orthIdIn(text, 0, 4), orthId('Then'));
    assert.equal(orthIdIn(text, 18, 22), orthId('then'));
    assert.equal(lexOf(orthIdIn(text, 0, 4)), orthId('then'));
    assert.equal(orthIdIn(text, 23, 26), orthId('THE'));
    assert.notEqual(orthIdIn(text, 5, 8), orthIdIn(text, 5, 7), '"the" is not "th"');
    // Enough new words to double the table several times: every earlier id is still found.
    const words = Array.from({ length: 20_000 }, (_, i) => `vocabgrow${i.toString(36)}`);
    const ids = words.map((w) => orthId(w));
    assert.equal(new Set(ids).size, words.length);
    const line = words.join(' ');
    let at = 0;
    words.forEach((w, i) => {
      assert.equal(orthIdIn(line, at, at + w.length), ids[i], w);
      assert.equal(formOf(ids[i]), w);
      at += w.length + 1;
    });
  });

  test('a capitalized word whose new lowercase form grows the table keeps its lowercase id', () => {
    // A lone lowercase word every third step shifts the ids' parity, so that some capitalized
    // word's lowercase form lands on each size at which the table doubles.
    for (let k = 0; k < 10_000; k++) {
      if (k % 3 === 0) orthId(`growsolo${k}`);
      const capital = orthId(`Growcap${k}`);
      assert.equal(formOf(lexOf(capital)), `growcap${k}`);
      assert.equal(lexOf(capital), orthId(`growcap${k}`));
    }
  });

  test('a form keeps its id, and its lowercase form is a word of its own', () => {
    const harry = orthId('Harry');
    assert.equal(orthId('Harry'), harry);
    assert.equal(formOf(harry), 'Harry');
    assert.equal(lexOf(harry), orthId('harry'));
    assert.equal(lexOf(orthId('harry')), orthId('harry'), 'a lowercase word is its own lowercase form');
    assert.equal(lexOf(orthId('HARRY')), orthId('harry'));
  });

  test('curly apostrophes are straightened in the lowercase form only', () => {
    const curly = orthId('Don’t');
    assert.equal(formOf(curly), 'Don’t');
    assert.equal(formOf(lexOf(curly)), "don't");
    assert.equal(lowerForm('Hermione’s'), "hermione's");
  });

  test('a long word is kept as its own string, not a view of the text it was cut from', () => {
    const text = `${'x'.repeat(1000)} extraordinarily`;
    const id = orthId(text.slice(1001));
    assert.equal(formOf(id), 'extraordinarily');
  });

  test("every token's ids are its text's and its lowercase form's", () => {
    const { tokens } = analyzeParagraph('“You’re late,” Snape said. THE END of Chapter Two.');
    assert.ok(tokens.length > 0);
    for (const t of tokens) {
      assert.equal(formOf(t.orth), t.text);
      assert.equal(formOf(t.lex), t.lower);
      assert.equal(t.lower, lowerForm(t.text));
      assert.equal(t.lex, lexOf(t.orth));
    }
  });
});

describe('vocab: columns compute once a word type', () => {
  test('Column asks its data once per id, and afresh for a word with no id', () => {
    const asked: string[] = [];
    const column = new Column((w) => {
      asked.push(w);
      return w.length > 3 ? w.toUpperCase() : null;
    });
    const id = orthId('column-word');
    assert.equal(column.get(id, 'column-word'), 'COLUMN-WORD');
    assert.equal(column.get(id, 'column-word'), 'COLUMN-WORD');
    const short = orthId('abc');
    assert.equal(column.get(short, 'abc'), null);
    assert.equal(column.get(short, 'abc'), null, 'a null answer is kept too');
    assert.equal(column.get(-1, 'unlisted'), 'UNLISTED');
    assert.equal(column.get(-1, 'unlisted'), 'UNLISTED');
    assert.deepEqual(asked, ['column-word', 'abc', 'unlisted', 'unlisted']);
  });

  test('Column answers an id far past the ones it has seen, then the ones before it', () => {
    const column = new Column((w) => `<${w}>`);
    const late = orthId('column-late-word');
    for (let i = 0; i < 3000; i++) orthId(`column-gap-${i}`);
    const far = orthId('column-far-word');
    assert.equal(column.get(far, 'column-far-word'), '<column-far-word>');
    assert.equal(column.get(late, 'column-late-word'), '<column-late-word>');
    assert.equal(column.get(far, 'column-far-word'), '<column-far-word>');
  });

  test('IntColumn keeps -1, 0 and large values apart from "not asked yet"', () => {
    let calls = 0;
    const values: Record<string, number> = { minus: -1, zero: 0, big: 70_000 };
    const column = new IntColumn((w) => {
      calls++;
      return values[w];
    });
    for (const w of Object.keys(values)) {
      const id = orthId(w);
      assert.equal(column.get(id, w), values[w]);
      assert.equal(column.get(id, w), values[w]);
    }
    assert.equal(calls, 3);
  });

  test('IdSet holds the ids added, never -1, and grows past its first size', () => {
    const set = new IdSet();
    set.add(3);
    set.add(100_000);
    set.add(-1);
    assert.equal(set.has(3), true);
    assert.equal(set.has(100_000), true);
    assert.equal(set.has(4), false);
    assert.equal(set.has(-1), false);
    assert.equal(set.has(5_000_000), false);
  });
});

describe('vocab: bounded', () => {
  // Last in the file: it fills the process's vocabulary.
  test('past its limit a new word gets no id, and tokens still carry their forms', () => {
    for (let i = 0; vocabSize() < 1 << 17; i++) orthId(`filler${i}`);
    assert.equal(orthId('neverseenbefore'), -1);
    assert.equal(lexOf(-1), -1);
    assert.ok(orthId('Harry') >= 0, 'words met before keep their ids');
    const [token] = analyzeParagraph('Unseenword').tokens;
    assert.equal(token.orth, -1);
    assert.equal(token.lex, -1);
    assert.equal(token.text, 'Unseenword');
    assert.equal(token.lower, 'unseenword');
  });
});
