/**
 * The context model at run time: which real words a word may have been written for, and how well
 * each fits between its two neighbours. A word is scored as naive Bayes over its neighbours,
 * `log c(x) + log P(left | x) + log P(right | x)`, each neighbour's probability a word-pair count
 * with absolute discounting, backed off to the neighbour's word class ("its" is followed by a
 * noun 60 times in 100, "it's" by a participle or an adjective). The data is parsed once, on the
 * first paragraph that needs it.
 */

import { CONTEXT_MODEL } from '../data/context-model';
import { CLASS_NAMES, classIndex, type ModelData, NumberReader, ROWS } from './format';

/** A candidate for a word: the word it may stand for, and how the two are confused. */
export interface Candidate {
  id: number;
  word: string;
  /**
   * `table` (known pair), `function`, `verb`, `verb-base` (a past for its base, after an
   * auxiliary), `verb-past` (a base for its past, after a subject), `homophone`, `adverb`,
   * `typo-drop`, `typo-key`, `typo-swap`, `typo-double`, `typo-sub`, `typo-insert`.
   */
  kind: string;
  /** A typing edit (a `typo-` kind). */
  typo: boolean;
}

/** A compound written as two words: the compound, and how much more often it was seen (a log ratio). */
export interface SplitCompound {
  word: string;
  score: number;
}

const SUSPECT = 1;
const SPLIT = 2;

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
const SUBJECT = classIndex('subject');
const NAME = classIndex('name');
const ADV = classIndex('adv');
const VBG = classIndex('vbg');
const VBD = classIndex('vbd');
const NUMBER = classIndex('number');
const NOUN = classIndex('noun');
// Weight of the class prior when a word's class counts are few.
const ALPHA = 2;

/** A multiplicative hash of a pair key (below 2³²). */
function hash(key: number, shift: number): number {
  return Math.imul(key | 0, 0x9e3779b1) >>> shift;
}

/** Decodes base64 without Node's Buffer (the core also runs in a web worker). */
function base64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The loaded model. */
export class ContextModel {
  private readonly ids = new Map<string, number>();
  private readonly cls: Uint8Array;
  private readonly counts: Float64Array;
  private readonly classCount: Float64Array;
  private readonly classTotal: number;
  /** Open-addressing hash of the word pairs: key a·V+b+1 (0 is empty) → count. */
  private readonly slots: Uint32Array;
  private readonly slotCounts: Uint32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** Set word id → its index in `types` and `rows`. */
  private readonly row: Int32Array;
  private readonly types: Float64Array;
  private readonly rows: Float64Array;
  /** word → its candidates as written in the data ("from:typo-swap,farm:typo-key"). */
  private readonly rawSets = new Map<string, string>();
  private readonly sets = new Map<string, Candidate[]>();
  /** Per vocabulary id: `SUSPECT` (it has candidates), `SPLIT` (it starts a split compound). */
  private readonly suspectIds: Uint8Array;
  /** Split compounds by the key a·V+b of their two words: "with out" → without. */
  private readonly splits = new Map<number, SplitCompound>();
  private readonly byId = new Map<number, readonly Candidate[]>();
  private readonly V: number;
  private readonly C: number;

  constructor(data: ModelData) {
    const words = data.vocab.split('\n');
    this.V = words.length;
    words.forEach((w, i) => this.ids.set(w, i));
    this.cls = Uint8Array.from(data.classes, (c) => c.charCodeAt(0) - 65);
    this.suspectIds = new Uint8Array(this.V);
    for (const line of data.sets.split('\n')) {
      const tab = line.indexOf('\t');
      const word = line.slice(0, tab);
      this.rawSets.set(word, line.slice(tab + 1));
      const id = this.ids.get(word);
      if (id !== undefined) this.suspectIds[id] = SUSPECT;
    }
    for (const line of data.splits.split('\n')) {
      const [two, word, score] = line.split('\t');
      const space = two.indexOf(' ');
      const a = this.ids.get(two.slice(0, space));
      const b = this.ids.get(two.slice(space + 1));
      if (a === undefined || b === undefined) continue;
      this.suspectIds[a] |= SPLIT;
      this.splits.set(a * this.V + b, { word, score: Number(score) });
    }
    const r = new NumberReader(base64(data.numbers));
    this.counts = new Float64Array(this.V);
    for (let i = 0; i < this.V; i++) this.counts[i] = r.next();
    this.C = CLASS_NAMES.length;
    this.classCount = new Float64Array(this.C);
    for (let k = 0; k < this.C; k++) this.classCount[k] = r.next();
    this.classTotal = this.classCount.reduce((a, b) => a + b, 0);
    const setIds = new Float64Array(r.next());
    for (let i = 0, id = 0; i < setIds.length; i++) setIds[i] = id += r.next();
    const n = r.next();
    const keys = new Float64Array(n);
    for (let i = 0, key = 0; i < n; i++) keys[i] = key += r.next();
    // Twice as many slots as pairs, a power of two: one or two probes a look-up.
    let size = 1;
    let bits = 0;
    while (size < n * 2) {
      size *= 2;
      bits++;
    }
    this.mask = size - 1;
    this.shift = 32 - bits;
    this.slots = new Uint32Array(size);
    this.slotCounts = new Uint32Array(size);
    for (let i = 0; i < n; i++) {
      const key = keys[i] + 1;
      let h = hash(key, this.shift);
      while (this.slots[h] !== 0) h = (h + 1) & this.mask;
      this.slots[h] = key;
      this.slotCounts[h] = r.next();
    }
    const S = setIds.length;
    this.row = new Int32Array(this.V).fill(-1);
    this.types = new Float64Array(S * 2);
    this.rows = new Float64Array(S * ROWS * this.C);
    for (let i = 0; i < S; i++) {
      this.row[setIds[i]] = i;
      this.types[2 * i] = r.next();
      this.types[2 * i + 1] = r.next();
      for (let row = 0; row < ROWS; row++) {
        const base = (i * ROWS + row) * this.C;
        for (let seen = r.next(); seen > 0; seen--) {
          const k = r.next();
          this.rows[base + k] = r.next();
        }
      }
    }
  }

  /** The vocabulary id of a lowercase word, or -1. */
  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** The candidates of the word of vocabulary id `id` (a suspect), looked up by index. */
  candidatesOf(id: number, word: string): readonly Candidate[] {
    let list = this.byId.get(id);
    if (!list) this.byId.set(id, (list = this.candidates(word)));
    return list;
  }

  /** The candidates of a lowercase word (empty for most words). */
  candidates(word: string): readonly Candidate[] {
    let list = this.sets.get(word);
    if (list) return list;
    const raw = this.rawSets.get(word);
    list = raw
      ? raw.split(',').map((s) => {
          const at = s.indexOf(':');
          const w = s.slice(0, at);
          const kind = s.slice(at + 1);
          return { id: this.id(w), word: w, kind, typo: kind.startsWith('typo') };
        })
      : [];
    this.sets.set(word, list);
    return list;
  }

  /** Every word that has candidates (for the evaluation sets, which inject their errors). */
  suspects(): IterableIterator<string> {
    return this.rawSets.keys();
  }

  /**
   * The vocabulary entry of a word that has candidates, or undefined for most words: the one
   * look-up made for every word of a paragraph.
   */
  /** Whether `word` has candidates at all. */
  has(word: string): boolean {
    return this.rawSets.has(word);
  }

  /** How often a word was seen in the training text (0 for an unknown word). */
  count(id: number): number {
    return id < 0 ? 0 : this.counts[id];
  }

  /**
   * The neighbour for a word as written: its id and class; unknown words get a class from their
   * ending ("-ly" adverb, "-ing" participle), capitalized ones inside a sentence are names.
   */
  neighbour(lower: string, capitalized: boolean, id = this.id(lower)): Neighbour {
    if (id >= 0) return { id, cls: capitalized && this.cls[id] !== SUBJECT ? NAME : this.cls[id] };
    if (capitalized) return { id, cls: NAME };
    if (lower.endsWith('ly')) return { id, cls: ADV };
    if (lower.endsWith('ing')) return { id, cls: VBG };
    if (lower.endsWith('ed')) return { id, cls: VBD };
    if (/^\d/.test(lower)) return { id, cls: NUMBER };
    return { id, cls: NOUN };
  }

  /** The usual class of the word of vocabulary id `id` (0 for an unknown word). */
  classOf(id: number): number {
    return id < 0 ? 0 : this.cls[id];
  }

  /** Whether the word of vocabulary id `id` has candidates. */
  isSuspect(id: number): boolean {
    return id >= 0 && (this.suspectIds[id] & SUSPECT) !== 0;
  }

  /** Whether the word of vocabulary id `id` has candidates or starts a split compound: most words do neither. */
  isLooked(id: number): boolean {
    return id >= 0 && this.suspectIds[id] !== 0;
  }

  /** The compound the words of ids `a` and `b` spell when written as one ("with out"), if any. */
  split(a: number, b: number): SplitCompound | undefined {
    if (a < 0 || b < 0 || (this.suspectIds[a] & SPLIT) === 0) return undefined;
    return this.splits.get(a * this.V + b);
  }

  /** The count of the word pair a·V+b (0 when it was seen less than twice). */
  private pair(key: number): number {
    const k = key + 1;
    let h = hash(k, this.shift);
    for (;;) {
      const slot = this.slots[h];
      if (slot === k) return this.slotCounts[h];
      if (slot === 0) return 0;
      h = (h + 1) & this.mask;
    }
  }

  /** P(class k | x) in row `row` of the set word at index `r`, smoothed towards the class's share. */
  private classGiven(r: number, row: number, k: number, cx: number): number {
    const c = this.rows[(r * ROWS + row) * this.C + k];
    return (c + ALPHA * (this.classCount[k] / this.classTotal)) / (cx + ALPHA);
  }

  /** P(n | x) for the adjacent neighbour on one side of the set word `x` (at row index `r`). */
  private side(x: number, r: number, cx: number, n: Neighbour, right: boolean): number {
    const k = n.cls;
    const pClass = this.classGiven(r, right ? 1 : 0, k, cx);
    // The neighbour among the words of its class; the boundary is the one member of its class.
    const pWord = n.id === 0 ? 1 : (this.count(n.id) + 0.5) / (this.classCount[k] + 1);
    const backoff = Math.max(D * this.types[2 * r + (right ? 1 : 0)], 1) / cx;
    const pair = n.id < 0 ? 0 : this.pair(right ? x * this.V + n.id : n.id * this.V + x);
    return Math.max(pair - D, 0) / cx + backoff * pClass * pWord;
  }

  /**
   * Whether the word `x` is attested with both its neighbours (each pair seen at least `seen`
   * times): "of the" needs no second look. Cheaper than scoring its candidates.
   */
  attested(x: number, left: Neighbour, right: Neighbour, seen: number): boolean {
    if (left.id < 0 || right.id < 0) return false;
    return this.pair(left.id * this.V + x) >= seen && this.pair(x * this.V + right.id) >= seen;
  }

  /**
   * The score of the word `x` between `left` and `right`, with the classes of the second
   * neighbours (`left2`, `right2`: undefined past a boundary): a log-probability, higher fits
   * better. One logarithm a call: the score is computed on thousands of words a chapter.
   */
  score(x: number, left: Neighbour, right: Neighbour, left2?: Neighbour, right2?: Neighbour): number {
    const r = this.row[x];
    const cx = this.counts[x];
    if (r < 0 || cx === 0) return -Infinity;
    let p = (cx + 0.5) * this.side(x, r, cx, left, false) * this.side(x, r, cx, right, true);
    // SECOND = 0.5: the square root of the class probability.
    if (left2) p *= Math.sqrt(this.classGiven(r, 2, left2.cls, cx));
    if (right2) p *= Math.sqrt(this.classGiven(r, 3, right2.cls, cx));
    return Math.log(p);
  }
}

let MODEL: ContextModel | undefined;

/** The model, parsed on first use (a few tens of milliseconds, once per process or worker). */
export function contextModel(): ContextModel {
  return (MODEL ??= new ContextModel(CONTEXT_MODEL));
}
