import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, createSpeller } from '../../src/core';
import { isLocalePair } from '../../src/core/data/locale-variants';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

const speller = createSpeller(loadDictionary('en-US'));
const { found } = ruleHelpers('confusable', () => ({ speller }));

// From a published fan fiction's sentence: the context model heard "recognise" as "recognize".
const BRITISH = 'One of the assistants, the one who had seemed to recognise Harry, made a muffled choking sound.';

describe('confusable: a spelling of the other locale is no confused word', () => {
  test('the pairs', () => {
    assert.ok(isLocalePair('recognise', 'recognize'));
    assert.ok(isLocalePair('Colour', 'color'));
    assert.ok(!isLocalePair('recognise', 'recognition'));
    assert.ok(!isLocalePair('their', 'there'));
  });

  test('"recognise" in an en-US story is not reported as a confused word; locale-spelling tells it', () => {
    assert.deepEqual(found(BRITISH), []);
    const locale = analyze(BRITISH, { speller }).filter((f) => f.rule === 'locale-spelling');
    assert.deepEqual(
      locale.map((f) => [BRITISH.slice(f.range.start, f.range.end), f.severity, f.suggestions[0]]),
      [['recognise', 'information', 'recognize']],
    );
  });

  test('the context model still reports a real confusion in the same sentence', () => {
    assert.deepEqual(found(BRITISH.replace('the one who', 'the won who')), ['won']);
  });
});
