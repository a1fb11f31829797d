import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeParagraph } from '../../src/core/model/paragraph';
import { compilePattern, gatesOf, mayOpen, Words } from '../../src/core/patterns';

/** Whether `pattern` matches around the word `suspect` (its first occurrence, one word) in `text`. */
function matches(pattern: string, text: string, suspect: string): boolean {
  const { tokens } = analyzeParagraph(text);
  const k = tokens.findIndex((t) => t.lower === suspect);
  assert.ok(k >= 0, `${suspect} in ${text}`);
  return new Words(text, tokens).any([compilePattern(pattern)], k, k);
}

describe('patterns compile', () => {
  test('the left steps are read nearest first', () => {
    const p = compilePattern('want to _ you');
    assert.deepEqual(
      p.left.map((s) => [...s.words]),
      [['to'], ['want']],
    );
    assert.deepEqual(
      p.right.map((s) => [...s.words]),
      [['you']],
    );
  });
  test('the gate is the narrower side: a literal word before a class', () => {
    assert.equal(compilePattern('to _ @det').gate, 'left');
    assert.equal(compilePattern('@det _ of').gate, 'right');
  });
  test('a pattern of optional or negated steps only has no gate', () => assert.equal(compilePattern('!not _ x?').gate, undefined));
  test('a pattern without "_" or with an unknown class throws', () => {
    assert.throws(() => compilePattern('to loose'), /without "_"/);
    assert.throws(() => compilePattern('@nonsense _'), /unknown word class @nonsense/);
  });
  test('the same source compiles to the same pattern object', () => assert.equal(compilePattern('to _'), compilePattern('to _')));
  test('gates of several patterns unite their gate steps without touching the shared steps', () => {
    const a = compilePattern('to _');
    const b = compilePattern('not _');
    const gates = gatesOf([a, b]);
    assert.deepEqual([...gates!.left!.words].sort(), ['not', 'to']);
    assert.deepEqual([...a.left[0].words], ['to']);
    assert.equal(gatesOf([a, compilePattern('_')]), undefined);
  });
});

describe('patterns match', () => {
  test('a word before', () => {
    assert.equal(matches('to _', "I don't want to loose you.", 'loose'), true);
    assert.equal(matches('to _', 'The knot came loose.', 'loose'), false);
  });
  test('a word class', () => assert.equal(matches('@modal _', 'You will loose it.', 'loose'), true));
  test('a phrase', () => assert.equal(matches('_ wait+for', 'I cant wait for it.', 'cant'), true));
  test('words are adjacent: a comma breaks the context', () => assert.equal(matches('no _', 'No, lose it.', 'lose'), false));
  test('a clause boundary takes no word and matches the end of the text', () => {
    assert.equal(matches('_ $', 'Me to, she said.', 'to'), true);
    assert.equal(matches('_ $', 'I went to the shop.', 'to'), false);
  });
  test('a comma step', () => assert.equal(matches('_ ,', 'Well then, go.', 'then'), true));
  test('a negated step succeeds at punctuation and fails on its word', () => {
    assert.equal(matches('_ !not', 'It was then.', 'then'), true);
    assert.equal(matches('_ !not', 'It was then not so.', 'then'), false);
  });
  test('an optional step may be skipped or taken', () => {
    assert.equal(matches('to really? _', 'to really loose it', 'loose'), true);
    assert.equal(matches('to really? _', 'to loose it', 'loose'), true);
  });
  test('@cap is a capitalized word inside a sentence, not a sentence start', () => {
    assert.equal(matches('_ @cap', 'She met there Harry.', 'there'), true);
    assert.equal(matches('_ @cap', 'She met there. Harry left.', 'there'), false);
  });
  test('a stutter prefix is read as the word it stutters', () => {
    const text = 'Y-your welcome.';
    const { tokens } = analyzeParagraph(text);
    const words = new Words(text, tokens);
    assert.equal(words.word(0), 'your');
    assert.equal(words.start(0), 2);
  });
});

describe('gate sieve', () => {
  test('mayOpen lets through a word of the step and nothing else when spaced', () => {
    const step = compilePattern('to _').left[0];
    assert.equal(mayOpen(step, 'to', true), true);
    assert.equal(mayOpen(step, 'the', true), false);
    assert.equal(mayOpen(undefined, 'to', true), false);
  });
  test('a boundary step opens on any gap that is not one space', () => {
    const step = compilePattern('_ $').right[0];
    assert.equal(mayOpen(step, 'she', false), true);
    assert.equal(mayOpen(step, 'she', true), false);
  });
});
