import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { analyze, createSpeller, type Speller, suggest } from '../../src/core';
import { irregularFormsOf, irregularVerbs } from '../../src/core/data/irregular-verbs';
import { loadDictionary } from '../../src/node/dictionaries';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

/** The suggestions the spelling finding on `word` (inside `text`) gets once filled. */
function suggestionsFor(text: string, word: string): string[] {
  const f = analyze(text, { speller }).find((x) => x.rule === 'spelling' && text.slice(x.range.start, x.range.end) === word);
  assert.ok(f, `${word} is flagged`);
  return suggest(f, speller).suggestions;
}

describe('irregular verbs table', () => {
  test('holds the common irregular verbs with their past and participle', () => {
    const verbs = irregularVerbs();
    assert.ok(verbs.size > 150, `${verbs.size} verbs`);
    assert.deepEqual(verbs.get('run'), { base: 'run', past: ['ran'], participle: ['run'] });
    assert.deepEqual(verbs.get('teach')?.past, ['taught']);
    assert.ok(!verbs.has('walk'));
  });
  test('a regular ending on an irregular verb gives its forms, past first', () => {
    assert.deepEqual(irregularFormsOf('runned'), ['ran', 'run']);
    assert.deepEqual(irregularFormsOf('catched'), ['caught']);
    assert.deepEqual(irregularFormsOf('maked'), ['made']);
    assert.deepEqual(irregularFormsOf('heared'), ['heard']);
    assert.deepEqual(irregularFormsOf('flied'), ['flew', 'flown']);
  });
  test('regular verbs and other words give nothing', () => {
    for (const w of ['walked', 'needed', 'red', 'bed', 'ran', 'and']) assert.deepEqual(irregularFormsOf(w), [], w);
  });
});

describe('spelling suggestions put the irregular form first', () => {
  test('"runned" → ran, "catched" → caught, "teached" → taught', () => {
    assert.equal(suggestionsFor('He runned home.', 'runned')[0], 'ran');
    assert.equal(suggestionsFor('She catched the ball.', 'catched')[0], 'caught');
    assert.equal(suggestionsFor('He teached us well.', 'teached')[0], 'taught');
  });
  test('the case of the word is kept', () => assert.equal(suggestionsFor('Runned away, he did.', 'Runned')[0], 'Ran'));
  test("a misspelling that is not a verb form keeps Hunspell's order", () => {
    assert.equal(suggestionsFor('She did not recieve the letter.', 'recieve')[0], 'receive');
  });
});
