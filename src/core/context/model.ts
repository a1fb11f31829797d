/**
 * The context model at run time: which real words a word may have been written for, and how well
 * each fits between its two neighbours. A word is scored as naive Bayes over its neighbours,
 * `log c(x) + log P(left | x) + log P(right | x)`, each neighbour's probability a word-pair count
 * with absolute discounting, backed off to the neighbour's word class ("its" is followed by a
 * noun 60 times in 100, "it's" by a participle or an adjective). The data is parsed once, on the
 * first paragraph that needs it.
 */

import { CONTEXT_MODEL } from '../data/context-model';
import { hash, tableFor, WordTable } from '../hashing';
import { IntColumn } from '../model/vocab';
import { ConfusionSets } from './classifier';
import { CLASS_NAMES, classIndex, type ModelData, ROWS } from './format';

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
  /** The index of `kind` in `KINDS`: margins are looked up by it, thousands of times a chapter. */
  slot: number;
  /**
   * 1 for `verb-base`, 2 for `verb-past` (looked at only after an auxiliary or a subject, or a
   * form of "be"), 3 for `participle` (only after a form of "be"), 4 for `noun-verb` (only after
   * an auxiliary or a personal pronoun), 5 for `verb-agree` (only after a personal pronoun), else 0.
   */
  gate: number;
  /**
   * For a `typo-rare` candidate, the log of how much more often SUBTLEX has it than the word as
   * written (the kind's suffix in the data: `bought:typo-rare4`); 0 for the others.
   */
  prior: number;
}

/** Every kind of candidate, in a fixed order (`Candidate.slot`). */
export const KINDS = [
  'table',
  'function',
  'verb',
  'verb-base',
  'verb-past',
  'verb-agree',
  'participle',
  'noun-verb',
  'homophone',
  'adverb',
  'typo-drop',
  'typo-double',
  'typo-swap',
  'typo-key',
  'typo-sub',
  'typo-insert',
  'typo-rare',
  // A word of a confusion set, decided by its classifier (`classifier.ts`), not a candidate.
  'set',
] as const;

/** A compound written as two words: the compound, and how much more often it was seen (a log ratio). */
export interface SplitCompound {
  word: string;
  score: number;
  /** A compound noun that published fiction also writes open ("note book"): reported only after a determiner or a possessive. */
  nominal: boolean;
  /** A compound adjective written with a hyphen ("short-lived", "well-kept"): reported only before a noun. */
  modifier: boolean;
  /** A compound adjective hyphenated after "be" too ("was short-lived"): reported there at a clause's end. */
  predicative: boolean;
  /** A compound adjective that is a verb and its particle, or a preposition and a participle, when open ("built in", "over sized"): before a noun, reported after a determiner only. */
  determined: boolean;
  /** The words after which alone it is one ("walked in to the room"): "in to" for "into". */
  after?: ReadonlySet<number>;
}

const SUSPECT = 1;
/** The bit of `ContextModel.gated` for each gate (`Candidate.gate`). */
const GATE_BITS = [1, 2, 4, 16, 64, 128];
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
export const D = 0.8;
const SUBJECT = classIndex('subject');
const NAME = classIndex('name');
const ADV = classIndex('adv');
const VBG = classIndex('vbg');
const VBD = classIndex('vbd');
const NUMBER = classIndex('number');
const NOUN = classIndex('noun');
// Weight of the class prior when a word's class counts are few.
export const ALPHA = 2;

/**
 * Every LEB128 number of the model's base64 block, in one pass over the decoded characters (no
 * Node Buffer: the core also runs in a web worker). The numbers all fit 32 bits (the largest is a
 * pair key below V², about 10⁹).
 */
function decodeNumbers(text: string): Uint32Array {
  const binary = atob(text);
  const out = new Uint32Array(binary.length);
  let n = 0;
  let v = 0;
  let scale = 1;
  for (let i = 0; i < binary.length; i++) {
    const b = binary.charCodeAt(i);
    v += (b & 127) * scale;
    if (b < 128) {
      out[n++] = v;
      v = 0;
      scale = 1;
    } else scale *= 128;
  }
  return out.subarray(0, n);
}

/** The loaded model. */
export class ContextModel {
  /** The vocabulary: word ↔ id. */
  private readonly words: WordTable;
  private readonly cls: Uint8Array;
  private readonly counts: Uint32Array;
  private readonly classCount: Uint32Array;
  private readonly classTotal: number;
  /**
   * Open-addressing hash of the word pairs: at 2h the key a·V+b+1 (0 is empty), at 2h+1 its count;
   * side by side, a look-up reads one cache line.
   */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** Set word id → its index in `types` and `rows`. */
  private readonly row: Int32Array;
  private readonly types: Uint32Array;
  private readonly rows: Uint32Array;
  /** The data's lines of candidates ("form\tfrom:typo-swap,farm:typo-key"), one a suspect. */
  private readonly setLines: string;
  /** Per vocabulary id: where its candidates start in `setLines` (0: it has none). */
  private readonly setAt: Int32Array;
  private readonly sets = new Map<string, Candidate[]>();
  /** Per vocabulary id: `SUSPECT` (it has candidates), `SPLIT` (it starts a split compound). */
  private readonly suspectIds: Uint8Array;
  /**
   * Split compounds by their first word's id, then their second's: "with out" → without. Two small
   * integers, not one key a·V+b, which passes 2³¹ and made every look-up hash a heap number.
   */
  private readonly splits = new Map<number, Map<number, SplitCompound>>();
  /** Each suspect's candidates by vocabulary id, read on first use. */
  private readonly byId: (readonly Candidate[] | undefined)[];
  /** Per vocabulary id, once its candidates are read: 8 | 1 (some need no gate) | 2 (a base) | 4 (a past). */
  private readonly gated: Uint8Array;
  /** The neighbour of each known word written in lowercase, made once: thousands a chapter. */
  private readonly plain: (Neighbour | undefined)[];
  private readonly V: number;
  private readonly C: number;
  /** The confusion-set classifiers: "its"/"it's", "to"/"too"/"two" weighed on their whole context. */
  readonly confusion: ConfusionSets;

  constructor(data: ModelData) {
    this.words = new WordTable(data.vocab);
    const V = (this.V = this.words.size);
    this.cls = new Uint8Array(V);
    for (let i = 0; i < V; i++) this.cls[i] = data.classes.charCodeAt(i) - 65;
    this.suspectIds = new Uint8Array(V);
    this.gated = new Uint8Array(V);
    this.byId = new Array<readonly Candidate[] | undefined>(V);
    this.plain = new Array<Neighbour | undefined>(V);
    this.setLines = data.sets;
    this.setAt = this.readSets(data.sets);
    for (const line of data.splits.split('\n')) {
      const [two, word, score, flag, after] = line.split('\t');
      const space = two.indexOf(' ');
      const a = this.id(two.slice(0, space));
      const b = this.id(two.slice(space + 1));
      if (a < 0 || b < 0) continue;
      this.suspectIds[a] |= SPLIT;
      const modifier = flag === 'h' || flag === 'p' || flag === 'd' || flag === 'o';
      const split: SplitCompound = {
        word,
        score: Number(score),
        nominal: flag === 'n',
        modifier,
        predicative: flag === 'p' || flag === 'o',
        determined: flag === 'd' || flag === 'o',
      };
      if (after !== undefined) split.after = new Set(after.split(',').map((w) => this.id(w)));
      let second = this.splits.get(a);
      if (!second) this.splits.set(a, (second = new Map()));
      second.set(b, split);
    }
    this.confusion = new ConfusionSets(decodeNumbers(data.confusion), V);
    const nums = decodeNumbers(data.numbers);
    let p = 0;
    // Copies, not views: the decoded block (a few MB) is garbage once the tables are built.
    this.counts = nums.slice(0, V);
    p = V;
    this.C = CLASS_NAMES.length;
    this.classCount = nums.slice(p, p + this.C);
    p += this.C;
    let total = 0;
    for (let k = 0; k < this.C; k++) total += this.classCount[k];
    this.classTotal = total;
    const S = nums[p++];
    const setIds = new Int32Array(S);
    for (let i = 0, id = 0; i < S; i++) setIds[i] = id += nums[p++];
    const n = nums[p++];
    // Twice as many slots as pairs, a power of two: one or two probes a look-up.
    const { size, mask, shift } = tableFor(n);
    this.mask = mask;
    this.shift = shift;
    this.slots = fillPairs(nums, p, n, size, mask, shift);
    p += 2 * n;
    this.row = new Int32Array(V).fill(-1);
    this.types = new Uint32Array(S * 2);
    this.rows = new Uint32Array(S * ROWS * this.C);
    fillRows(nums, p, setIds, this.row, this.types, this.rows, this.C);
  }

  /** Marks the suspects (the words with candidates) and returns where each one's candidates start. */
  private readSets(lines: string): Int32Array {
    const at = new Int32Array(this.V);
    for (let start = 0; start < lines.length;) {
      const tab = lines.indexOf('\t', start);
      let end = lines.indexOf('\n', tab);
      if (end < 0) end = lines.length;
      const id = this.id(lines.slice(start, tab));
      if (id >= 0) {
        this.suspectIds[id] = SUSPECT;
        at[id] = tab + 1;
      }
      start = end + 1;
    }
    return at;
  }

  /** The model's ids by the process vocabulary's (`model/vocab.ts`): one look-up a word type. */
  private readonly byLex = new IntColumn((word) => this.id(word));

  /** The word of vocabulary id `id`. */
  word(id: number): string {
    return this.words.word(id);
  }

  /** The vocabulary id of a lowercase word, or -1. */
  id(word: string): number {
    return this.words.id(word);
  }

  /** `id(word)`, for a word whose id in the process vocabulary is `lex`. */
  idOf(lex: number, word: string): number {
    return this.byLex.get(lex, word);
  }

  /** The candidates of the word of vocabulary id `id` (a suspect), looked up by index. */
  candidatesOf(id: number, word: string): readonly Candidate[] {
    let list = this.byId[id];
    if (!list) {
      this.byId[id] = list = this.candidates(word);
      // Bit 1: some candidate needs no gate; 2: one is a base (`verb-base`); 4: one is a past; 16:
      // a participle (`participle`); 32: one is no typing slip; 64: a verb for a noun (`noun-verb`);
      // 128: the form of the same verb that agrees with another person (`verb-agree`).
      let bits = 0;
      for (const c of list) bits |= GATE_BITS[c.gate] | (c.typo ? 0 : 32);
      this.gated[id] = bits | 8;
    }
    return list;
  }

  /**
   * Whether every candidate of the word of id `id` is a typing slip ("then" for "the"): none is
   * weighed where the word was seen with both its neighbours. Known once `candidatesOf` has been
   * called for it.
   */
  typosOnly(id: number): boolean {
    return (this.gated[id] & 32) === 0;
  }

  /**
   * Whether every candidate of the word of id `id` is a verb form that only an auxiliary or a
   * subject before it lets in (`verb-base`, `verb-past`): "walk" is looked at only after "she".
   * Known once `candidatesOf` has been called for it.
   */
  gatedOnly(id: number): boolean {
    return (this.gated[id] & 1) === 0;
  }

  /** Whether some candidate of the word of id `id` is a past (`verb-past`); known as `gatedOnly` is. */
  hasPast(id: number): boolean {
    return (this.gated[id] & 4) !== 0;
  }

  /** Whether some candidate of the word of id `id` is a past or a participle, which a form of "be" before it lets in. */
  hasParticiple(id: number): boolean {
    return (this.gated[id] & 20) !== 0;
  }

  /** Whether some candidate of the word of id `id` is a verb spelled beside it (`noun-verb`); known as `gatedOnly` is. */
  hasVerbOfNoun(id: number): boolean {
    return (this.gated[id] & 64) !== 0;
  }

  /** Whether some candidate of the word of id `id` is its verb's form for another person (`verb-agree`); known as `gatedOnly` is. */
  hasAgreement(id: number): boolean {
    return (this.gated[id] & 128) !== 0;
  }

  /** Whether some candidate of the word of id `id` is a base (`verb-base`); known as `gatedOnly` is. */
  hasBase(id: number): boolean {
    return (this.gated[id] & 2) !== 0;
  }

  /** The candidates of a lowercase word (empty for most words). */
  candidates(word: string): readonly Candidate[] {
    const known = this.sets.get(word);
    if (known) return known;
    const raw = this.rawCandidates(this.id(word));
    // Pushed into one literal, not `map`ped: every list then has one map (packed objects), and
    // `bestCandidate`'s loop over them is not compiled again for a list of another kind.
    const found: Candidate[] = [];
    if (raw) {
      for (const s of raw.split(',')) {
        const at = s.indexOf(':');
        const w = s.slice(0, at);
        const raw = s.slice(at + 1);
        const rare = raw.startsWith('typo-rare');
        const kind = rare ? 'typo-rare' : raw;
        const gate = kind === 'verb-base' ? 1 : kind === 'verb-past' ? 2 : kind === 'participle' ? 3 : kind === 'noun-verb' ? 4 : kind === 'verb-agree' ? 5 : 0;
        found.push({
          id: this.id(w),
          word: w,
          kind,
          typo: kind.startsWith('typo'),
          slot: (KINDS as readonly string[]).indexOf(kind),
          gate,
          prior: rare ? Number(raw.slice(9)) : 0,
        });
      }
    }
    this.sets.set(word, found);
    return found;
  }

  /** The candidates of the word of id `id` as the data writes them ("from:typo-swap,farm:typo-key"), or undefined. */
  private rawCandidates(id: number): string | undefined {
    const at = id < 0 ? 0 : this.setAt[id];
    if (at === 0) return undefined;
    const end = this.setLines.indexOf('\n', at);
    return this.setLines.slice(at, end < 0 ? undefined : end);
  }

  /** Every word that has candidates, in the data's order (for the evaluation sets, which inject their errors). */
  *suspects(): IterableIterator<string> {
    for (const line of this.setLines.split('\n')) yield line.slice(0, line.indexOf('\t'));
  }

  /** Whether `word` has candidates at all. */
  has(word: string): boolean {
    return this.rawCandidates(this.id(word)) !== undefined;
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
    if (id >= 0) {
      if (capitalized && this.cls[id] !== SUBJECT) return { id, cls: NAME };
      return (this.plain[id] ??= { id, cls: this.cls[id] });
    }
    if (capitalized) return { id, cls: NAME };
    if (lower.endsWith('ly')) return { id, cls: ADV };
    if (lower.endsWith('ing')) return { id, cls: VBG };
    if (lower.endsWith('ed')) return { id, cls: VBD };
    if (/^\d/.test(lower)) return { id, cls: NUMBER };
    return { id, cls: NOUN };
  }

  /** The natural log of a word's count (as the score counts it, plus one half): the most it can score. */
  logCount(id: number): number {
    return Math.log(this.counts[id] + 0.5);
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

  /** Whether the word of vocabulary id `id` is the first of a split compound ("with" of "with out"). */
  startsSplit(id: number): boolean {
    return (this.suspectIds[id] & SPLIT) !== 0;
  }

  /** The compound the words of ids `a` and `b` spell when written as one ("with out"), if any. */
  split(a: number, b: number): SplitCompound | undefined {
    if (a < 0 || b < 0 || (this.suspectIds[a] & SPLIT) === 0) return undefined;
    return this.splits.get(a)?.get(b);
  }

  /**
   * The count of the word pair `a` then `b` (0 when it was seen less than twice). Its key a·V+b
   * passes 2³¹: made here from the two small integers, never passed as an argument, which would
   * box it in a heap number wherever the call is not inlined.
   */
  private pair(a: number, b: number): number {
    const k = a * this.V + b + 1;
    let h = hash(k, this.shift);
    const slots = this.slots;
    for (;;) {
      const slot = slots[2 * h];
      if (slot === k) return slots[2 * h + 1];
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
    const pair = n.id < 0 ? 0 : right ? this.pair(x, n.id) : this.pair(n.id, x);
    return Math.max(pair - D, 0) / cx + backoff * pClass * pWord;
  }

  /** How often word `a` was counted straight before word `b` (0 for an unknown word, or a pair pruned). */
  pairCount(a: number, b: number): number {
    return a < 0 || b < 0 ? 0 : this.pair(a, b);
  }

  /**
   * Whether the word `x` is attested with both its neighbours (each pair seen at least `seen`
   * times): "of the" needs no second look. Cheaper than scoring its candidates.
   */
  attested(x: number, left: Neighbour, right: Neighbour, seen: number): boolean {
    if (left.id < 0 || right.id < 0) return false;
    return this.pair(left.id, x) >= seen && this.pair(x, right.id) >= seen;
  }

  /**
   * The most `score(x, left, right, …)` can be whatever `left` and the second neighbours are: the
   * right side's factor as scored, the left's at its bound (below 2), the second neighbours' at
   * theirs (below 1). Half a score: most candidates fit their right neighbour too badly to need
   * the rest.
   */
  rightBound(x: number, right: Neighbour): number {
    const r = this.row[x];
    const cx = this.counts[x];
    if (r < 0 || cx === 0) return -Infinity;
    return Math.log((cx + 0.5) * 2 * this.side(x, r, cx, right, true));
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
    // SECOND = 0.5: the square root of the class probabilities, taken once.
    if (left2 || right2) p *= Math.sqrt((left2 ? this.classGiven(r, 2, left2.cls, cx) : 1) * (right2 ? this.classGiven(r, 3, right2.cls, cx) : 1));
    return Math.log(p);
  }
}

/**
 * The word pairs' table (`ContextModel.slots`) from their `n` keys, delta-coded from `p` in
 * `nums`, and their counts after them in the same order.
 */
function fillPairs(nums: Uint32Array, p: number, n: number, size: number, mask: number, shift: number): Uint32Array {
  const slots = new Uint32Array(2 * size);
  const counts = p + n;
  for (let i = 0, key = 0; i < n; i++) {
    key += nums[p + i];
    const k = key + 1;
    let h = hash(k, shift);
    while (slots[2 * h] !== 0) h = (h + 1) & mask;
    slots[2 * h] = k;
    slots[2 * h + 1] = nums[counts + i];
  }
  return slots;
}

/** Per set word (`setIds`), from `p` in `nums`: its index in `row`, its two type counts and its `ROWS` rows of class counts. */
function fillRows(nums: Uint32Array, p: number, setIds: Int32Array, row: Int32Array, types: Uint32Array, rows: Uint32Array, C: number): void {
  for (let i = 0; i < setIds.length; i++) {
    row[setIds[i]] = i;
    types[2 * i] = nums[p++];
    types[2 * i + 1] = nums[p++];
    for (let r = 0; r < ROWS; r++) {
      const base = (i * ROWS + r) * C;
      for (let seen = nums[p++]; seen > 0; seen--) {
        const k = nums[p++];
        rows[base + k] = nums[p++];
      }
    }
  }
}

let MODEL: ContextModel | undefined;

/** The model, parsed on first use (a few tens of milliseconds, once per process or worker). */
export function contextModel(): ContextModel {
  return (MODEL ??= new ContextModel(CONTEXT_MODEL));
}

/**
 * Decodes the shipped models now rather than in the first analysis that needs them (the context
 * model: 2 MB of data, 60 – 100 ms): a host calls it at start-up, while it waits for its client,
 * as it builds its speller. Calling it again costs nothing.
 */
export function loadModels(): void {
  contextModel();
}
