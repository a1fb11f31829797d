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
  table: 7,
  function: 8,
  verb: 8,
  homophone: 8,
  adverb: 8,
  'typo-drop': 11,
  'typo-double': 7,
  'typo-swap': 9,
  'typo-key': 12,
};

/**
 * How often a word must have been seen with each neighbour to be taken as meant (2: the pair is in
 * the model at all). Calibrated: 10, 3 and 2 catch the same errors on ck*–cn*, and 2 scores half
 * as many candidates.
 */
const ATTESTED = 2;

/** Margins above which the fix is the preferred one (fix-all), per kind; others are suggestions. */
export const CONFIDENT = 4;

/**
 * The words of a paragraph as neighbours, each looked up once (a word is the neighbour of four
 * others), and the boundaries between them.
 */
class Neighbours {
  private readonly cache: (Neighbour | undefined)[];
  /** Each word's vocabulary id (-2: not looked up yet). */
  private readonly ids: Int32Array;
  constructor(
    private readonly model: ContextModel,
    private readonly words: Words,
  ) {
    this.cache = new Array<Neighbour | undefined>(words.n);
    this.ids = new Int32Array(words.n).fill(-2);
  }

  /** The vocabulary id of word `p` (-1: unknown), looked up once. */
  id(p: number): number {
    let id = this.ids[p];
    if (id === -2) id = this.ids[p] = this.model.id(this.words.word(p));
    return id;
  }

  /** Word `p` as the neighbour of word `k`: the boundary when punctuation stands between. */
  at(k: number, p: number): Neighbour {
    const words = this.words;
    if (p < 0 || p >= words.n || words.is(Math.max(k, p), BROKEN)) return BOUNDARY;
    return (this.cache[p] ??= this.model.neighbour(words.word(p), words.name(p), this.id(p)));
  }
}

/**
 * The context model's verdicts on the words of a paragraph, skipping those `skip` names (found by
 * the table already, or names). `margins` defaults to the calibrated ones; the quality script
 * passes lower ones to see every candidate.
 */
export function contextHits(words: Words, skip: (k: number) => boolean, margins: Readonly<Record<string, number>> = MARGINS): ContextHit[] {
  const model = contextModel();
  const hits: ContextHit[] = [];
  const around = new Neighbours(model, words);
  for (let k = 0; k < words.n; k++) {
    const x = around.id(k);
    if (!model.isSuspect(x) || skip(k) || words.name(k)) continue;
    const w = words.word(k);
    const left = around.at(k, k - 1);
    const right = around.at(k, k + 1);
    // A word seen often with both its neighbours ("of the", "had been") is weighed only against
    // a candidate seen with both of them too: never a typing slip, but "its a" is common and
    // still wrong, as "it's a" shows.
    const attested = model.attested(x, left, right, ATTESTED);
    // Second neighbours only across a word: "to" in ", too." has none on the right.
    const left2 = left.id === 0 ? undefined : around.at(k - 1, k - 2);
    const right2 = right.id === 0 ? undefined : around.at(k + 1, k + 2);
    let own: number | undefined;
    let best: ContextHit | undefined;
    for (const c of model.candidatesOf(x, w)) {
      if (c.id < 0 || (attested && (c.typo || !model.attested(c.id, left, right, 1)))) continue;
      own ??= model.score(x, left, right, left2, right2);
      const margin = model.score(c.id, left, right, left2, right2) - own - (margins[c.kind] ?? Infinity);
      if (margin > 0 && (!best || margin > best.margin)) best = { k, to: c.word, kind: c.kind, margin };
    }
    if (best) hits.push(best);
  }
  return hits;
}
