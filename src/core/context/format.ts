/**
 * The shape of the shipped context model (`data/context-model.ts`) and the coarse word classes it
 * counts, shared by the build script and the runtime. Brown's 80-odd tags fold into 27 classes:
 * enough to tell "its bag" (possessive before a noun) from "it's gone" (contraction before a
 * participle), few enough to count per word.
 */

/** The classes, by index; 0 is a clause boundary (punctuation, the start or end of a sentence). */
export const CLASS_NAMES = [
  'boundary',
  'noun',
  'name',
  'subject',
  'object',
  'poss',
  'det',
  'adj',
  'adv',
  'vb',
  'vbd',
  'vbn',
  'vbg',
  'vbz',
  'modal',
  'be',
  'have',
  'do',
  'prep',
  'to',
  'cc',
  'cs',
  'wh',
  'number',
  'contraction',
  'other',
  // Comparatives ("slower", "more"): what "than" follows, and "that" or "then" rarely do.
  'cmp',
] as const;

/** A class name of `CLASS_NAMES`. */
export type WordClassName = (typeof CLASS_NAMES)[number];

const INDEX = new Map<string, number>(CLASS_NAMES.map((n, i) => [n, i]));
const BY_TAG: Record<string, WordClassName> = {
  nn: 'noun',
  nns: 'noun',
  nr: 'noun',
  nrs: 'noun',
  np: 'name',
  nps: 'name',
  pps: 'subject',
  ppss: 'subject',
  ppo: 'object',
  ppl: 'object',
  ppls: 'object',
  pn: 'object',
  pp$: 'poss',
  pp$$: 'poss',
  wp$: 'poss',
  at: 'det',
  dt: 'det',
  dti: 'det',
  dts: 'det',
  dtx: 'det',
  abn: 'det',
  abx: 'det',
  ap: 'det',
  abl: 'det',
  jj: 'adj',
  jjr: 'cmp',
  jjs: 'adj',
  jjt: 'adj',
  rb: 'adv',
  rbr: 'cmp',
  rbt: 'adv',
  rn: 'adv',
  rp: 'adv',
  ql: 'adv',
  qlp: 'adv',
  vb: 'vb',
  vbd: 'vbd',
  vbn: 'vbn',
  vbg: 'vbg',
  vbz: 'vbz',
  md: 'modal',
  be: 'be',
  bed: 'be',
  bedz: 'be',
  beg: 'be',
  bem: 'be',
  ben: 'be',
  ber: 'be',
  bez: 'be',
  hv: 'have',
  hvd: 'have',
  hvg: 'have',
  hvn: 'have',
  hvz: 'have',
  do: 'do',
  dod: 'do',
  doz: 'do',
  in: 'prep',
  to: 'to',
  cc: 'cc',
  cs: 'cs',
  wdt: 'wh',
  wps: 'wh',
  wpo: 'wh',
  wql: 'wh',
  wrb: 'wh',
  cd: 'number',
  od: 'number',
};

/** The class index of a Brown tag: "nns-tl" → noun, "pps+bez" → contraction, "dod*" → do. */
export function coarseTag(tag: string): number {
  let t = tag.toLowerCase().replace(/^fw-/, '');
  if (t.includes('+')) return INDEX.get('contraction')!;
  t = t.replace(/-(?:tl|hl|nc)/g, '').replace(/\*/g, '');
  if (!(t in BY_TAG)) t = t.replace(/\$$/, '');
  return INDEX.get(BY_TAG[t] ?? 'other')!;
}

/** The class index of a class name. */
export function classIndex(name: WordClassName): number {
  return INDEX.get(name)!;
}

/** The model as the build script writes it: text, and one base64 block of numbers. */
export interface ModelData {
  /** The vocabulary, one word a line; index 0 is the boundary. */
  vocab: string;
  /** Each word's usual class, one letter a word ("A" = class 0). */
  classes: string;
  /**
   * One line a word with candidates: the word, a tab, its candidates as "candidate:kind" separated
   * by commas (kind: table, function, verb, homophone, adverb, typo-drop…).
   */
  sets: string;
  /**
   * One line a compound written as two words: the two words (a space between), a tab, the
   * compound, a tab, its score (the log of how much more often the compound was seen than the two
   * words in a row): "with out\twithout\t6.1".
   */
  splits: string;
  /**
   * Base64 of unsigned LEB128 numbers, in this order: the count of each vocabulary word; the
   * tokens counted per class; the number of set words (the words with candidates, whose
   * neighbours' classes are counted) and their ids, ascending and delta-coded; the number of word pairs, then their keys a·V+b (sorted,
   * delta-coded) and their counts (pairs seen once are left out); then, per set word, the number
   * of distinct words seen before it and after it, and four rows of class counts (the word
   * before, the word after, the second word before, the second word after), each row sparse: the
   * number of classes seen, then (class, count) for each.
   */
  numbers: string;
  /**
   * Base64 of unsigned LEB128 numbers, the confusion-set classifiers (`context/classifier.ts`):
   * the number of sets; per set, the number of its words and their ids, the number of features,
   * their keys (`context/features.ts`; sorted, delta-coded), then per feature one weight per
   * word (×`SCALE`, zigzag: 2v for v ≥ 0, −2v−1 below).
   */
  confusion: string;
}

/** The confusion-set classifiers' weights are shipped as integers: the weight times this. */
export const SCALE = 32;

/** The number of rows of class counts per set word (see `ModelData.numbers`). */
export const ROWS = 4;

/** Writes unsigned integers as LEB128 bytes. */
export function encodeNumbers(values: Iterable<number>): Uint8Array {
  const out: number[] = [];
  for (let v of values) {
    do {
      let b = v % 128;
      v = Math.floor(v / 128);
      if (v > 0) b |= 128;
      out.push(b);
    } while (v > 0);
  }
  return Uint8Array.from(out);
}
