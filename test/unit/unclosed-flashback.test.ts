import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ruleHelpers } from '../support/rule-helpers';

const { findings, found } = ruleHelpers('unclosed-flashback');

describe('unclosed-flashback reports', () => {
  test('a flashback that runs into the next scene break, at its opening marker, as a hint', () => {
    const text = 'Flashback:\n\nThe sun was warm that day.\n\n* * *\n\nShe woke at dawn.\n';
    assert.deepEqual(found(text), ['Flashback:']);
    const [f] = findings(text);
    assert.equal(f.severity, 'hint');
    assert.match(f.message, /never closed.*"End flashback"/);
    assert.deepEqual(f.suggestions, []);
  });
  test('one opened inside a paragraph and cut off by a chapter heading', () => {
    const text = 'Chapter 1\n\n*Flashback* The sun was warm that day, and she never answered.\n\nChapter 2\n\nShe woke.\n';
    // The marker's range takes the space after it, up to the story text.
    assert.deepEqual(
      found(text).map((s) => s.trim()),
      ['*Flashback*'],
    );
  });
  test('each of two unclosed flashbacks', () => {
    const text = 'Flashback\n\nOne.\n\n***\n\n~Flashback~\n\nTwo.\n';
    assert.equal(findings(text).length, 2);
  });
});

describe('unclosed-flashback stays silent on', () => {
  for (const [name, text] of [
    ['a flashback closed on its own line', 'Flashback:\n\nThe sun was warm.\n\nEnd flashback\n\nShe woke.\n'],
    ['one opened and closed in one paragraph', 'Flashback : The sun was warm that day … and she never answered. End flashback.\n'],
    ['the many marker shapes', '-Flashback-\n\nWarm.\n\n-End of Flashback-\n\n~Flashback~\n\nCold.\n\n~End Flashback~\n'],
    ['the word in prose', 'She hated the flashback scenes in that film.\n'],
  ] as const) {
    test(name, () => assert.deepEqual(found(text), []));
  }
});
