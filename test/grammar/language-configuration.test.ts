// language-configuration.json: the word pattern, auto-closing and surrounding pairs, folding markers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const root = join(__dirname, '..', '..');
const languageConfiguration = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));

describe('language configuration', () => {
  const compile = (value: string | { pattern: string; flags?: string }, extra = '') =>
    typeof value === 'string' ? new RegExp(value, extra) : new RegExp(value.pattern, (value.flags ?? '').replace('g', '') + extra);

  const words = (text: string) => [...text.matchAll(compile(languageConfiguration.wordPattern, 'g'))].map((m) => m[0]);

  for (const word of ["can't", "you're", 'Naruto-kun', "Hermione's", 'Hermione’s', 'Inu-hanyou', 'yōkai', 'I-I']) {
    test(`wordPattern keeps ${word} as one word`, () => {
      assert.deepEqual(words(`so ${word}, then`), ['so', word, 'then']);
    });
  }

  test('wordPattern does not glue a word to an em dash or a double hyphen', () => {
    assert.deepEqual(words('well—no'), ['well', 'no']);
    assert.deepEqual(words('I was ar-- wait'), ['I', 'was', 'ar', 'wait']);
    assert.deepEqual(words('word--and'), ['word', 'and']);
    assert.deepEqual(words('H- Harry'), ['H', 'Harry']);
  });

  test('wordPattern leaves quotes and leading elision apostrophes outside the word', () => {
    assert.deepEqual(words("'Typical,' she thought 'cause"), ['Typical', 'she', 'thought', 'cause']);
    assert.deepEqual(words('“Stop”'), ['Stop']);
  });

  const pairs = (key: string) =>
    (languageConfiguration[key] as ({ open: string; close: string } | [string, string])[]).map((p) =>
      Array.isArray(p) ? `${p[0]}${p[1]}` : `${p.open}${p.close}`,
    );

  test('quotes, curly quotes, ** and __ auto-close; a straight apostrophe does not', () => {
    const auto = pairs('autoClosingPairs');
    for (const pair of ['""', '“”', '‘’', '****', '____', '()', '[]']) assert.ok(auto.includes(pair), `missing auto-closing ${pair}`);
    assert.ok(!auto.includes("''"), "typing an apostrophe (don't) must not insert a second one");
  });

  test('selections can be surrounded with quotes, curly quotes, *, _, () and []', () => {
    const surround = pairs('surroundingPairs');
    for (const pair of ['""', '“”', '‘’', '**', '__', '()', '[]']) assert.ok(surround.includes(pair), `missing surrounding ${pair}`);
  });

  test('prose has no comment tokens', () => {
    assert.equal(languageConfiguration.comments, undefined);
  });

  const start = compile(languageConfiguration.folding.markers.start);
  const end = compile(languageConfiguration.folding.markers.end);

  for (const opener of [
    'Flashback:',
    'Flashback :',
    '*Flashback*',
    '-Flashback-',
    '~Flashback~',
    'Begin flashback',
    'FLASHBACK',
    'Flashback',
    '  **Flashback**  ',
  ]) {
    test(`folding starts at own-line opener ${JSON.stringify(opener)} and does not end there`, () => {
      assert.match(opener, start);
      assert.doesNotMatch(opener, end);
    });
  }

  for (const closer of ['End flashback', 'End Flashback.', '*End Flashback*', '-End of Flashback-', 'Flashback end', '~End Flashback~', 'END FLASHBACK']) {
    test(`folding ends at own-line closer ${JSON.stringify(closer)} and does not start there`, () => {
      assert.match(closer, end);
      assert.doesNotMatch(closer, start);
    });
  }

  test('folding markers ignore prose and inline flashbacks', () => {
    for (const text of ['She had a flashback.', 'Flashback : The sun was warm. End flashback.', 'The end flashback scene']) {
      assert.doesNotMatch(text, start);
      assert.doesNotMatch(text, end);
    }
  });
});
