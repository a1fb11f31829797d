/**
 * The shape of the shipped context model (`data/context-model.ts`) and the coarse word classes it
 * counts, shared by the build script and the runtime. Brown's 80-odd tags fold into 26 classes:
 * enough to tell "its bag" (possessive before a noun) from "it's gone" (contraction before a
 * participle), few enough to count per word.
 */

/** The classes, by index; 0 is a clause boundary (punctuation, the start or end of a sentence). */
export const CLASS_NAMES = [
  'boundary', 'noun', 'name', 'subject', 'object', 'poss', 'det', 'adj', 'adv', 'vb', 'vbd', 'vbn', 'vbg', 'vbz', 'modal', 'be', 'have', 'do',
  'prep', 'to', 'cc', 'cs', 'wh', 'number', 'contraction', 'other',
] as const;

/** A class name of `CLASS_NAMES`. */
export type WordClassName = (typeof CLASS_NAMES)[number];

const INDEX = new Map<string, number>(CLASS_NAMES.map((n, i) => [n, i]));
const BY_TAG: Record<string, WordClassName> = {
  nn: 'noun', nns: 'noun', nr: 'noun', nrs: 'noun', np: 'name', nps: 'name', pps: 'subject', ppss: 'subject', ppo: 'object', ppl: 'object',
  ppls: 'object', pn: 'object', pp$: 'poss', pp$$: 'poss', wp$: 'poss', at: 'det', dt: 'det', dti: 'det', dts: 'det', dtx: 'det', abn: 'det',
  abx: 'det', ap: 'det', abl: 'det', jj: 'adj', jjr: 'adj', jjs: 'adj', jjt: 'adj', rb: 'adv', rbr: 'adv', rbt: 'adv', rn: 'adv', rp: 'adv',
  ql: 'adv', qlp: 'adv', vb: 'vb', vbd: 'vbd', vbn: 'vbn', vbg: 'vbg', vbz: 'vbz', md: 'modal', be: 'be', bed: 'be', bedz: 'be', beg: 'be',
  bem: 'be', ben: 'be', ber: 'be', bez: 'be', hv: 'have', hvd: 'have', hvg: 'have', hvn: 'have', hvz: 'have', do: 'do', dod: 'do', doz: 'do',
  in: 'prep', to: 'to', cc: 'cc', cs: 'cs', wdt: 'wh', wps: 'wh', wpo: 'wh', wql: 'wh', wrb: 'wh', cd: 'number', od: 'number',
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

/** The model as the build script writes it (JSON). */
export interface ModelData {
  /** Training tokens counted (boundaries included). */
  tokens: number;
  /** The vocabulary, one word a line; index 0 is the boundary. */
  vocab: string;
  /** Each word's usual class, one letter a word ("A" = class 0). */
  classes: string;
  /** Each word's count. */
  counts: number[];
  /** Tokens counted per class. */
  classCount: number[];
  /** word → its candidates, "candidate:kind" (kind: table, verb, homophone, adverb, typo-drop…). */
  sets: Record<string, string[]>;
  /** Word pairs a·V+b seen at least twice, sorted and delta-coded. */
  pairs: number[];
  pairCounts: number[];
  /** The words of the sets, whose class neighbours are counted (ascending ids). */
  setIds: number[];
  /** Per set word, counts of the class of the word before it (by class index). */
  left: number[][];
  /** Per set word, counts of the class of the word after it. */
  right: number[][];
  /** Per set word, the number of distinct words seen before / after it (before pruning). */
  typesLeft: number[];
  typesRight: number[];
}
