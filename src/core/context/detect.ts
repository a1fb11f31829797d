/**
 * Real-word errors found by the context model: for each word that has candidates ("form" may be
 * "from", "its" may be "it's"), the candidate that fits the two neighbours best, when it beats the
 * word as written by more than the margin of its kind. "I got a letter form my aunt": `form`
 * between `letter` and `my` scores far below `from`.
 */

import { BROKEN, type Words } from '../patterns';
import { BOUNDARY, type ContextModel, contextModel, type Neighbour } from './model';

/** A word the model would replace. */
export interface ContextHit {
  /** The word's index in the paragraph's tokens. */
  k: number;
  /** The candidate chosen, lowercase. */
  to: string;
  kind: string;
  /** How much better the candidate fits (natural log of the likelihood ratio, prior included). */
  margin: number;
}

/**
 * The margin a candidate must win by, by kind of confusion, calibrated on injected errors in the
 * Brown fiction files ck*–cn* against their false alarms (scripts/context-quality.ts --sweep).
 * The known pairs and verb forms are likely errors; a typing edit to another word is rarer than a
 * word spelled right, so it must win by more.
 */
export const MARGINS: Readonly<Record<string, number>> = {
  table: 10,
  verb: 10,
  homophone: 10,
  adverb: 9,
  'typo-drop': 12,
  'typo-double': 7,
  'typo-swap': 10,
  'typo-key': 10,
};

/** Margins above which the fix is the preferred one (fix-all), per kind; others are suggestions. */
export const CONFIDENT = 4;

/** The neighbour of word `k` on one side: the boundary when punctuation stands between. */
function neighbourAt(model: ContextModel, words: Words, k: number, p: number): Neighbour {
  if (p < 0 || p >= words.n) return BOUNDARY;
  if (words.is(Math.max(k, p), BROKEN)) return BOUNDARY;
  return model.neighbour(words.word(p), words.name(p));
}

/**
 * The context model's verdicts on the words of a paragraph, skipping those `skip` names (found by
 * the table already, or names). `margins` defaults to the calibrated ones; the quality script
 * passes lower ones to see every candidate.
 */
export function contextHits(words: Words, skip: (k: number) => boolean, margins: Readonly<Record<string, number>> = MARGINS): ContextHit[] {
  const model = contextModel();
  const hits: ContextHit[] = [];
  for (let k = 0; k < words.n; k++) {
    const w = words.word(k);
    if (!model.has(w) || skip(k) || words.name(k)) continue;
    const x = model.id(w);
    if (x < 0) continue;
    const left = neighbourAt(model, words, k, k - 1);
    const right = neighbourAt(model, words, k, k + 1);
    const own = model.score(x, left, right);
    let best: ContextHit | undefined;
    for (const c of model.candidates(w)) {
      if (c.id < 0) continue;
      const margin = model.score(c.id, left, right) - own - (margins[c.kind] ?? Infinity);
      if (margin > 0 && (!best || margin > best.margin)) best = { k, to: c.word, kind: c.kind, margin };
    }
    if (best) hits.push(best);
  }
  return hits;
}
