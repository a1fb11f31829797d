import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_FILE_SIZE, skipReason } from '../../src/server/server';

describe('the language server skips what it must not analyze, saying why', () => {
  test('a file over 5 MB', () => {
    const big = 'a'.repeat(MAX_FILE_SIZE + 1);
    assert.match(skipReason(big) ?? '', /larger than 5 MB \(5\.0 MB\)/);
  });
  test('a binary file (NUL bytes near the start)', () => {
    assert.equal(skipReason('PK\u0003\u0004\u0000\u0000binary'), 'it looks like a binary file');
  });
  test('a 5 MB chapter, and text with a NUL far from the start, are analyzed', () => {
    assert.equal(skipReason('a'.repeat(MAX_FILE_SIZE)), undefined);
    assert.equal(skipReason(`${'word '.repeat(5000)}\u0000`), undefined);
  });
});
