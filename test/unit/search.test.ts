import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firstIndex } from '../../src/core/search';

describe('binary search for the first index that reaches a value', () => {
  test('the first end past an offset, or the length when none is', () => {
    const ends = [3, 7, 7, 12];
    assert.equal(
      firstIndex(ends.length, (i) => ends[i] > 0),
      0,
    );
    assert.equal(
      firstIndex(ends.length, (i) => ends[i] > 7),
      3,
    );
    assert.equal(
      firstIndex(ends.length, (i) => ends[i] >= 7),
      1,
    );
    assert.equal(
      firstIndex(ends.length, (i) => ends[i] > 12),
      4,
    );
    assert.equal(
      firstIndex(0, () => true),
      0,
    );
  });
  test('the same index as a scan from the start, on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (xs, at) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const scanned = sorted.findIndex((x) => x >= at);
        assert.equal(
          firstIndex(sorted.length, (i) => sorted[i] >= at),
          scanned < 0 ? sorted.length : scanned,
        );
      }),
    );
  });
});
