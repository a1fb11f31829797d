/**
 * The confusion-set classifiers at run time: for a word of a set writers confuse ("its"/"it's",
 * "to"/"too"/"two"), a logistic regression over the features of its context (`features.ts`)
 * gives each word of the set a score, the log-odds that it is the one meant there. "I think its
 * going to rain": the verb before and the participle after weigh for "it's" by far. Trained at
 * build time on every correct use of the sets' words (scripts/context-classifier.ts), decoded
 * with the rest of the model, on first use.
 */

import { hash, tableFor } from '../hashing';
import { SCALE } from './format';

/** The decoded classifiers: per vocabulary id its set, per (feature, set) its weights. */
export class ConfusionSets {
  /** Per vocabulary id: the index of its set, or -1 (most words). */
  private readonly setOf: Int16Array;
  /** Per set: its words' vocabulary ids. */
  readonly members: Int32Array[] = [];
  /**
   * Open-addressing hash of (feature key, set): at 2h the key·sets+set+1 (0 empty), at 2h+1 the
   * offset of its weights in `weights`; side by side, a look-up reads one cache line.
   */
  private readonly slots: Uint32Array;
  private readonly weights: Int16Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly sets: number;

  /** `nums` from offset `p`: the layout of `ModelData.confusion`. */
  constructor(nums: Uint32Array, V: number) {
    this.setOf = new Int16Array(V).fill(-1);
    let p = 0;
    this.sets = nums[p++];
    // First pass: the sets' words and how many features in all, to size the tables once.
    const starts: number[] = [];
    let features = 0;
    let totalWeights = 0;
    for (let s = 0; s < this.sets; s++) {
      const M = nums[p++];
      const ids = nums.slice(p, p + M);
      p += M;
      this.members.push(Int32Array.from(ids));
      for (const id of ids) this.setOf[id] = s;
      const F = nums[p++];
      starts.push(p, F);
      features += F;
      totalWeights += F * M;
      p += F + F * M;
    }
    const { size, mask, shift } = tableFor(features);
    this.mask = mask;
    this.shift = shift;
    this.slots = new Uint32Array(size * 2);
    this.weights = new Int16Array(totalWeights);
    let w = 0;
    for (let s = 0; s < this.sets; s++) {
      const M = this.members[s].length;
      let q = starts[2 * s];
      const F = starts[2 * s + 1];
      const weightsAt = q + F;
      for (let f = 0, key = 0; f < F; f++) {
        key += nums[q++];
        const k = key * this.sets + s + 1;
        let h = hash(k, this.shift);
        while (this.slots[2 * h] !== 0) h = (h + 1) & this.mask;
        this.slots[2 * h] = k;
        this.slots[2 * h + 1] = w;
        for (let m = 0; m < M; m++) {
          const z = nums[weightsAt + f * M + m];
          this.weights[w++] = z & 1 ? -(z + 1) / 2 : z / 2;
        }
      }
    }
  }

  /** The set of the word of vocabulary id `id`, or -1. */
  setOfId(id: number): number {
    return id < 0 ? -1 : this.setOf[id];
  }

  /** Adds the weights of feature `key` for set `s` to `scores` (one per word of the set). */
  add(s: number, key: number, scores: Float64Array): void {
    const k = key * this.sets + s + 1;
    const slots = this.slots;
    let h = hash(k, this.shift);
    for (;;) {
      const slot = slots[2 * h];
      if (slot === 0) return;
      if (slot === k) break;
      h = (h + 1) & this.mask;
    }
    const M = this.members[s].length;
    const at = slots[2 * h + 1];
    for (let m = 0; m < M; m++) scores[m] += this.weights[at + m];
  }
}

/** The scale of the shipped weights: a score divided by it is a log-odds. */
export const WEIGHT_SCALE = SCALE;
