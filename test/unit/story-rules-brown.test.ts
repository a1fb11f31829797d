import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { renderSnapshot, runStoryRules } from '../support/story-rules';

const SNAPSHOT = join(__dirname, '__snapshots__/story-rules-brown.txt');

describe('the story rules on the Brown fiction files', () => {
  const results = runStoryRules();
  test('find exactly what the snapshot lists (regenerate: npx tsx scripts/story-rules-quality.ts --write-snapshot)', () => {
    assert.equal(renderSnapshot(results), readFileSync(SNAPSHOT, 'utf8'));
  });
  test('stay at or under 0.5 findings per 1,000 words', () => {
    const words = results.reduce((n, r) => n + r.text.words, 0);
    const findings = results.reduce((n, r) => n + r.findings.length, 0);
    assert.ok((findings / words) * 1000 <= 0.5, `${findings} findings in ${words} words`);
  });
});
