import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ruleHelpers } from '../support/rule-helpers';

const { findings: confusables } = ruleHelpers('confusable');

/** The context model's findings as "word→first suggestion". */
function found(text: string): string[] {
  return confusables(text)
    .filter((f) => f.data?.model !== undefined)
    .map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]}`);
}

describe('present-tense narration keeps its present (issue #15, twelfth round)', () => {
  const present =
    'About a minute later, they arrive inside the apartment. Misaka just nods before she vanishes, leaving her with the girl who had tried to kill her.';
  test('a base after a subject in a past-tense paragraph still reads as its past', () => {
    assert.deepEqual(found('A minute later, they arrive inside the apartment and she looked around.'), ['arrive→arrived']);
  });
  test('silent in narration told in the present, whatever tense its dialogue or a pluperfect takes', () => {
    assert.deepEqual(found(present), []);
    assert.deepEqual(found('A minute later, they arrive inside. "You understood me," she says.'), []);
  });
});

describe("a noun phrase's noun is not its set's verb (issue #15, twelfth round)", () => {
  test('a noun after a subject or a modal still reads as the verb', () => {
    assert.deepEqual(found('I thing you are right.'), ['thing→think']);
  });
  test('silent after a determiner and its modifiers, known to the model or not', () => {
    for (const text of ['Magic is just about the most unscientific thing there is!', 'She said the most dangerous thing there is.'])
      assert.deepEqual(found(text), [], text);
  });
});
