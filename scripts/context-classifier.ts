/**
 * Trains the confusion-set classifiers of the context model (read by scripts/build-context-model.ts):
 * for each set of words writers confuse ("its"/"it's", "to"/"too"/"two"), a multinomial logistic
 * regression over the features of the context (`src/core/context/features.ts`), trained on every
 * occurrence of the set's words in the training text, each labelled by the word written there
 * (the published text is right). Golding & Roth's confusion-set classifiers, with averaged
 * stochastic gradient instead of Winnow. Weights are centred per feature, quantized to
 * 1/`SCALE` and shipped as LEB128 (zigzag) numbers.
 */

import { contextFeatures, type FeatureWord, WINDOW, windowKey } from '../src/core/context/features';
import { SCALE } from '../src/core/context/format';
import { random } from './seeded-random';

/**
 * The confusion sets, each of words that are confused with one another. Words in more than one
 * classic pair share one set ("then"/"than"/"that"): a word is classified once.
 */
export const CONFUSION_SETS = [
  "its it's",
  "your you're",
  "there their they're",
  'then than that',
  'to too two',
  "whose who's",
  'lose loose',
  "were where we're",
  'affect effect',
  'of off',
  'quite quiet',
  'thing think',
  'feel fell',
  'ever every',
  'though thought through threw',
  'form from',
  'know no',
  'knew new',
  'lead led',
  'passed past',
  'accept except',
  'weather whether',
  'here hear',
  'peace piece',
  'breath breathe',
  'advice advise',
  'right write',
  'hole whole',
  'are our',
  'chose choose',
  'weak week',
  'brake break',
  'sight site',
  'wander wonder',
  'course coarse',
  'aloud allowed',
];

/** A token of a training sentence: its vocabulary id (0 the boundary, -1 unknown) and its class. */
export type TrainToken = FeatureWord;

/** Features seen fewer times than this in a set's instances are not learned. */
const MIN_FEATURE = 3;
/** A set is trained only when each of its words was seen this often. */
const MIN_WORD = 15;
const EPOCHS = 4;
/** Features whose weights (×SCALE) all stay within this are not shipped. */
const PRUNE = 2;

/** The keys of the features of the word at `i` of sentence `s` (boundaries at both ends). */
export function featuresAt(s: readonly TrainToken[], i: number): number[] {
  const keys: number[] = [];
  const left = s[i - 1];
  const right = s[i + 1];
  const left2 = left.id === 0 ? undefined : s[i - 2];
  const right2 = right.id === 0 ? undefined : s[i + 2];
  contextFeatures(left, right, left2, right2, (k) => keys.push(k));
  // The window counts words, not boundaries, as the runtime does (its tokens are words).
  const seen = new Set<number>();
  for (const step of [-1, 1]) {
    for (let p = i + step, n = 0; p > 0 && p < s.length - 1 && n < WINDOW; p += step) {
      if (s[p].id === 0) continue;
      n++;
      if (s[p].id < 0 || seen.has(s[p].id)) continue;
      seen.add(s[p].id);
      keys.push(windowKey(s[p].id));
    }
  }
  return keys;
}

/** One trained set: its words' ids and, per kept feature key, one weight per word (×SCALE). */
export interface TrainedSet {
  ids: number[];
  keys: number[];
  weights: number[];
  instances: number;
}

/** Trains the classifier of one set on the sentences; undefined when a word is too rare. */
function trainSet(ids: number[], sentences: readonly (readonly TrainToken[])[]): TrainedSet | undefined {
  const label = new Map(ids.map((id, m) => [id, m]));
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const s of sentences) {
    for (let i = 1; i + 1 < s.length; i++) {
      const m = label.get(s[i].id);
      if (m === undefined) continue;
      xs.push(featuresAt(s, i));
      ys.push(m);
    }
  }
  const perWord = ids.map((_, m) => ys.filter((y) => y === m).length);
  if (perWord.some((n) => n < MIN_WORD)) return undefined;
  const freq = new Map<number, number>();
  for (const x of xs) for (const k of x) freq.set(k, (freq.get(k) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [k, n] of freq) if (n >= MIN_FEATURE || k === 0) index.set(k, index.size);
  const M = ids.length;
  const F = index.size;
  const w = new Float64Array(F * M);
  // Averaged SGD: `sum` accumulates every step's weights, so the mean is the shipped model.
  const sum = new Float64Array(F * M);
  const rows = xs.map((x) => Int32Array.from(x.filter((k) => index.has(k)).map((k) => index.get(k)!)));
  const order = rows.map((_, i) => i);
  const next = random(15);
  const p = new Float64Array(M);
  let steps = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = 0.2 / (1 + epoch);
    for (const i of order) {
      const row = rows[i];
      let max = -Infinity;
      for (let m = 0; m < M; m++) {
        let s = 0;
        for (const f of row) s += w[f * M + m];
        p[m] = s;
        if (s > max) max = s;
      }
      let z = 0;
      for (let m = 0; m < M; m++) z += p[m] = Math.exp(p[m] - max);
      for (let m = 0; m < M; m++) {
        const g = rate * ((m === ys[i] ? 1 : 0) - p[m] / z);
        if (g === 0) continue;
        // The lazy average: a step's change counts for every later step (steps still to come).
        for (const f of row) {
          w[f * M + m] += g;
          sum[f * M + m] -= g * steps;
        }
      }
      steps++;
    }
  }
  const keys: number[] = [];
  const weights: number[] = [];
  for (const [k, f] of [...index.entries()].sort((a, b) => a[0] - b[0])) {
    // The mean of the weights over the steps (w − sum/steps), centred over the set's words: only
    // differences between them matter, and centred weights round to zero more often.
    const avg = Array.from({ length: M }, (_, m) => w[f * M + m] + sum[f * M + m] / steps);
    const mean = avg.reduce((a, b) => a + b, 0) / M;
    const q = avg.map((v) => Math.round((v - mean) * SCALE));
    // A feature whose weights all stay within 1/16 of a log-odds tips no verdict: four in ten
    // features are such, and leaving them out makes the model that much smaller and faster to load.
    if (k !== 0 && q.every((v) => Math.abs(v) <= PRUNE)) continue;
    keys.push(k);
    weights.push(...q);
  }
  return { ids, keys, weights, instances: xs.length };
}

/** Trains every set whose words are all in the vocabulary and common enough. */
export function trainConfusionSets(sentences: readonly (readonly TrainToken[])[], id: ReadonlyMap<string, number>): TrainedSet[] {
  const out: TrainedSet[] = [];
  const taken = new Set<number>();
  for (const set of CONFUSION_SETS) {
    const ids = set.split(' ').map((w) => id.get(w));
    // A word belongs to one set at most: it is classified once.
    if (ids.some((x) => x === undefined || taken.has(x))) continue;
    const trained = trainSet(ids as number[], sentences);
    if (!trained) continue;
    out.push(trained);
    for (const x of trained.ids) taken.add(x);
  }
  return out;
}

/** The numbers of the trained sets, in the layout of `ModelData.confusion` (see format.ts). */
export function* confusionNumbers(sets: readonly TrainedSet[]): Generator<number> {
  const zigzag = (v: number) => (v < 0 ? -2 * v - 1 : 2 * v);
  yield sets.length;
  for (const s of sets) {
    yield s.ids.length;
    yield* s.ids;
    yield s.keys.length;
    for (let i = 0; i < s.keys.length; i++) yield s.keys[i] - (i > 0 ? s.keys[i - 1] : 0);
    for (const v of s.weights) yield zigzag(v);
  }
}
