/**
 * The context model at run time: which real words a word may have been written for, and how well
 * each fits between its two neighbours. A word is scored as naive Bayes over its neighbours,
 * `log c(x) + log P(left | x) + log P(right | x)`, each neighbour's probability a word-pair count
 * with absolute discounting, backed off to the neighbour's word class ("its" is followed by a
 * noun 60 times in 100, "it's" by a participle or an adjective). The data is parsed once, on the
 * first paragraph that needs it.
 */

import { CONTEXT_MODEL } from '../data/context-model';
import { classIndex, type ModelData } from './format';

/** A candidate for a word: the word it may stand for, and how the two are confused. */
export interface Candidate {
  id: number;
  word: string;
  /** `table` (known pair), `verb`, `homophone`, `adverb`, `typo-drop`, `typo-key`, `typo-swap`, `typo-double`. */
  kind: string;
}

/** A neighbour of the scored word: a vocabulary id (or -1, unknown) and its class. */
export interface Neighbour {
  id: number;
  cls: number;
}

/** The boundary neighbour: punctuation, or the start or end of the paragraph. */
export const BOUNDARY: Neighbour = { id: 0, cls: 0 };

// Absolute discount of the word-pair counts; pairs seen once are not shipped, so a pair's count is
// either 0 (unseen or once) or at least 2.
const D = 0.8;
// Weight of the class prior when a word's class counts are few.
const ALPHA = 2;

/** The loaded model. */
export class ContextModel {
  private readonly ids = new Map<string, number>();
  private readonly words: string[];
  private readonly cls: Uint8Array;
  private readonly counts: Float64Array;
  private readonly classCount: number[];
  private readonly classTotal: number;
  private readonly pairs = new Map<number, number>();
  private readonly row = new Map<number, number>();
  private readonly data: ModelData;
  private readonly sets = new Map<string, Candidate[]>();
  private readonly V: number;

  constructor(data: ModelData) {
    this.data = data;
    this.words = data.vocab.split('\n');
    this.V = this.words.length;
    this.words.forEach((w, i) => this.ids.set(w, i));
    this.cls = Uint8Array.from(data.classes, (c) => c.charCodeAt(0) - 65);
    this.counts = Float64Array.from(data.counts);
    this.classCount = data.classCount;
    this.classTotal = data.classCount.reduce((a, b) => a + b, 0);
    let key = 0;
    for (let i = 0; i < data.pairs.length; i++) {
      key += data.pairs[i];
      this.pairs.set(key, data.pairCounts[i]);
    }
    data.setIds.forEach((id, i) => this.row.set(id, i));
  }

  /** The vocabulary id of a lowercase word, or -1. */
  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** The candidates of a lowercase word (empty for most words). */
  candidates(word: string): readonly Candidate[] {
    let list = this.sets.get(word);
    if (list) return list;
    const raw = this.data.sets[word];
    list = raw ? raw.map((s) => {
      const at = s.indexOf(':');
      const w = s.slice(0, at);
      return { id: this.id(w), word: w, kind: s.slice(at + 1) };
    }) : [];
    this.sets.set(word, list);
    return list;
  }

  /** Whether `word` has candidates at all: the first, cheap look at every word of a paragraph. */
  has(word: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.data.sets, word);
  }

  /** How often a word was seen in the training text (0 for an unknown word). */
  count(id: number): number {
    return id < 0 ? 0 : this.counts[id];
  }

  /**
   * The neighbour for a word as written: its id and class; unknown words get a class from their
   * ending ("-ly" adverb, "-ing" participle), capitalized ones inside a sentence are names.
   */
  neighbour(lower: string, capitalized: boolean): Neighbour {
    const id = this.id(lower);
    if (id >= 0) return { id, cls: capitalized && this.cls[id] !== classIndex('subject') ? classIndex('name') : this.cls[id] };
    if (capitalized) return { id, cls: classIndex('name') };
    if (lower.endsWith('ly')) return { id, cls: classIndex('adv') };
    if (lower.endsWith('ing')) return { id, cls: classIndex('vbg') };
    if (lower.endsWith('ed')) return { id, cls: classIndex('vbd') };
    if (/^\d/.test(lower)) return { id, cls: classIndex('number') };
    return { id, cls: classIndex('noun') };
  }

  /** log P(n | x) for the neighbour on one side of the word `x` (a set word). */
  private side(x: number, n: Neighbour, right: boolean): number {
    const cx = this.counts[x];
    const r = this.row.get(x);
    if (r === undefined || cx === 0) return Math.log(1e-6);
    const row = right ? this.data.right[r] : this.data.left[r];
    const types = right ? this.data.typesRight[r] : this.data.typesLeft[r];
    const k = n.cls;
    const pClass = ((row[k] ?? 0) + ALPHA * (this.classCount[k] / this.classTotal)) / (cx + ALPHA);
    // The neighbour among the words of its class; the boundary is the one member of its class.
    const pWord = n.id === 0 ? 1 : (this.count(n.id) + 0.5) / (this.classCount[k] + 1);
    const backoff = Math.max(D * types, 1) / cx;
    const pair = n.id < 0 ? 0 : (this.pairs.get(right ? x * this.V + n.id : n.id * this.V + x) ?? 0);
    return Math.log(Math.max(pair - D, 0) / cx + backoff * pClass * pWord);
  }

  /** The score of the word `x` between `left` and `right`: higher fits better. */
  score(x: number, left: Neighbour, right: Neighbour): number {
    return Math.log(this.counts[x] + 0.5) + this.side(x, left, false) + this.side(x, right, true);
  }
}

let MODEL: ContextModel | undefined;

/** The model, parsed on first use (a few tens of milliseconds, once per process or worker). */
export function contextModel(): ContextModel {
  return (MODEL ??= new ContextModel(JSON.parse(CONTEXT_MODEL) as ModelData));
}
