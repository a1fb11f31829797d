/**
 * A single line of megabytes pasted and deleted leaves none of analysis behind: the analyzer's cache of
 * paragraph results keeps a few dozen stale paragraphs for undo, but counts their text too, so one
 * huge stale paragraph (a million tokens, about 170 MB of heap) is dropped at the next analysis.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Analyzer, createSpeller } from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
setFlagsFromString('--no-expose-gc');

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

describe('memory after a huge paragraph is deleted', () => {
  // 2 MB keeps the test quick; scripts/memory-probe.ts measures the 5 MB case on the server.
  test('the heap returns to within 20 MB of where it was before the paste', { timeout: 120_000 }, () => {
    const analyzer = new Analyzer({ speller: createSpeller(loadDictionary('en-US')) });
    // "Hermione" is in no dictionary: the speller's second tier of words is loaded before the
    // measure, not charged to the paste.
    const base = 'She saw the cat. It ran away from Hermione.\n\n';
    const words = ['She', 'saw', 'the', 'cat', 'and', 'Hermione', 'ran', 'away', 'quickly', 'then'];
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 2 * 1048576; i++) {
      const w = `${words[i % words.length]}${i % 13 === 12 ? '. ' : ' '}`;
      parts.push(w);
      length += w.length;
    }
    analyzer.analyze(base);
    const before = heapMb();
    analyzer.analyze(base + parts.join(''));
    const pasted = heapMb();
    analyzer.analyze(base);
    const after = heapMb();
    assert.ok(pasted - before > 30, `the paste itself should cost memory (${before.toFixed(0)} → ${pasted.toFixed(0)} MB)`);
    assert.ok(
      after - before < 20,
      `${(after - before).toFixed(0)} MB still held after the deletion (${before.toFixed(0)} → ${pasted.toFixed(0)} → ${after.toFixed(0)} MB)`,
    );
  });
});
