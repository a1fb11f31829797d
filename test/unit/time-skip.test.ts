import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, buildModel, createSpeller } from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';

const speller = createSpeller(loadDictionary('en-US'));
const STORY = 'The rain had stopped by the time they reached the house.\n\n';

describe('a one-line paragraph that ends on "later" is prose unless its words are a span of time', () => {
  test('"Three years later..." alone starts a new scene; "She left an hour later." does not', () => {
    const scenes = (text: string) => buildModel(text).chapters.flatMap((c) => c.scenes).length;
    assert.equal(scenes(`${STORY}Three years later...\n\n${STORY}`), 2);
    assert.equal(scenes(`${STORY}She left an hour later.\n\n${STORY}`), 1);
  });

  test('such a paragraph is checked: "We should of gone earlier." is reported', () => {
    const text = `${STORY}We should of gone earlier.\n`;
    const found = analyze(text, { speller }).filter((f) => f.rule === 'confusable');
    assert.deepEqual(
      found.map((f) => [text.slice(f.range.start, f.range.end), f.suggestions[0]]),
      [['should of', 'should have']],
    );
  });
});
