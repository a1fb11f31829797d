/**
 * The words of a paragraph as context patterns see them, and the matcher that walks a compiled
 * pattern left and right of a suspect. Everything is computed lazily, word by word: a suspect is
 * read with its two or three neighbours, never the whole paragraph.
 */

import { classesOf } from '../data/lexicon';
import type { Token } from '../model/paragraph';
import { lexOf, orthId } from '../model/vocab';
import type { Pattern } from './pattern';
import type { Step } from './step';

/** Whether exactly one space stands before token `k` (not the first). */
export function spacedBefore(text: string, tokens: readonly Token[], k: number): boolean {
  const start = tokens[k].start;
  return k > 0 && tokens[k - 1].end === start - 1 && text.charCodeAt(start - 1) === 32;
}

// What `Words` knows of word k and of the gap before it, computed on first use.
const KNOWN = 1;
/** Something other than white space stands between word k-1 and word k (or k starts the text). */
export const BROKEN = 2;
/** A clause ends before word k: punctuation, or a closing quote ("Stop" she said). */
export const CLOSES = 4;
/** A clause starts at word k: punctuation, or an opening quote (their "good lucks"). */
export const OPENS = 8;
/** A sentence ends before word k. */
export const STOPS = 16;
/** Word k starts a sentence or a quotation (not a clause after a dash or a colon). */
export const SENTENCE = 32;
/** A comma stands before word k. */
export const COMMA = 64;

/**
 * The words of a paragraph as the patterns see them. Everything is computed lazily, word by
 * word: a suspect is read with its two or three neighbours, never the whole paragraph.
 */
export class Words {
  readonly n: number;
  private readonly lowers: (string | undefined)[];
  private readonly starts: number[];
  private readonly flags: Uint8Array;
  /** By word: 0 not asked yet, 1 not a name, 2 a name (`name`, asked several times a word). */
  private readonly names: Uint8Array;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {
    this.n = tokens.length;
    this.lowers = new Array<string | undefined>(this.n);
    this.starts = new Array<number>(this.n);
    this.flags = new Uint8Array(this.n);
    this.names = new Uint8Array(this.n);
  }

  /** The lowercase word, a stutter prefix removed: "Y-your" reads as "your". */
  word(k: number): string {
    const known = this.lowers[k];
    if (known !== undefined) return known;
    const t = this.tokens[k];
    let lower = t.lower;
    let start = t.start;
    // Stutters: "Y-your", "Wh-what's", "I-I". The prefix must begin the word it stutters.
    if (lower.includes('-')) {
      const m = /^((?:[\p{L}]{1,3}-)+)(.+)$/u.exec(lower);
      if (m && m[1].split('-').every((p) => p === '' || m[2].startsWith(p))) {
        lower = m[2];
        start = t.start + m[1].length;
      }
    }
    this.lowers[k] = lower;
    this.starts[k] = start;
    return lower;
  }

  /**
   * The vocabulary id of `word(k)`: the token's own unless a stutter prefix was removed ("Y-your"
   * is looked up as "your").
   */
  lex(k: number): number {
    const word = this.word(k);
    const t = this.tokens[k];
    return word === t.lower ? t.lex : lexOf(orthId(word));
  }

  /** Where the word proper starts (after a stutter prefix). */
  start(k: number): number {
    this.word(k);
    return this.starts[k];
  }

  /** Whether word k has the property `bit` (`BROKEN`, `CLOSES`, … `COMMA`). */
  is(k: number, bit: number): boolean {
    let f = this.flags[k];
    if (f === 0) f = this.flags[k] = this.compute(k);
    return (f & bit) !== 0;
  }

  /** Whether word k is a capitalized word inside a sentence: a name ("the Peak District"). */
  name(k: number): boolean {
    const known = this.names[k];
    if (known !== 0) return known === 2;
    const name = this.isName(k);
    this.names[k] = name ? 2 : 1;
    return name;
  }

  private isName(k: number): boolean {
    const t = this.tokens[k];
    const start = this.start(k);
    const c = this.text.charCodeAt(start);
    if ((c >= 97 && c <= 122) || t.sentenceStart) return false;
    const first = this.text[start];
    if (first === first.toLowerCase() || first !== first.toUpperCase()) return false;
    const lower = this.word(k);
    if (lower === 'i' || lower.startsWith("i'")) return false;
    // Shouting is not a name: "YOUR GOING TO REGRET THIS".
    const word = this.text.slice(start, t.end);
    return word.length === 1 || word !== word.toUpperCase();
  }

  private compute(k: number): number {
    const { text, tokens } = this;
    const t = tokens[k];
    const f = KNOWN;
    if (k === 0) return f | BROKEN | CLOSES | OPENS | STOPS | SENTENCE;
    const before = tokens[k - 1].end;
    // Nearly every gap is one space.
    if (t.start === before + 1 && text.charCodeAt(before) === 32) return f;
    const gap = text.slice(before, t.start);
    if (!/\S/.test(gap)) return f;
    let g = f | BROKEN | OPENS;
    // Quotes, brackets and emphasis marks alone: attached to the word before, they close.
    if (/[.,;:!?…—–-]/.test(gap) || /^["”’')\]*_~]/.test(gap)) g |= CLOSES;
    if (/[.!?…]/.test(gap)) g |= STOPS | SENTENCE;
    else if (t.sentenceStart && /["“‘']/.test(gap) && !/[—–:-]/.test(gap)) g |= SENTENCE;
    if (gap.includes(',')) g |= COMMA;
    return g;
  }

  /** Whether word `k` matches one of the single-word alternatives of a step. */
  private matches(step: Step, k: number): boolean {
    if (step.any) return true;
    const w = this.word(k);
    if (step.words.has(w)) return true;
    if (step.classes !== 0 && (classesOf(w) & step.classes) !== 0) return true;
    return step.cap && this.name(k);
  }

  /** Whether the phrase is spelled by adjacent words `p…`. */
  private phraseAt(phrase: readonly string[], p: number): boolean {
    if (p + phrase.length > this.n) return false;
    for (let q = 0; q < phrase.length; q++) {
      if (this.word(p + q) !== phrase[q] || (q > 0 && this.is(p + q, BROKEN))) return false;
    }
    return true;
  }

  /** Whether a phrase ends at word `p`. */
  private phraseEndsAt(phrase: readonly string[], p: number): boolean {
    return p - phrase.length + 1 >= 0 && this.phraseAt(phrase, p - phrase.length + 1);
  }

  /**
   * Matches `steps[s…]` rightwards from word `p`. `crossed`: a boundary was just passed, so the
   * next word need not be adjacent ("Me to, she said" is `^ me _ $`).
   */
  right(steps: readonly Step[], s: number, p: number, crossed: boolean): boolean {
    if (s === steps.length) return true;
    const step = steps[s];
    const n = this.n;
    const reach = p < n && (crossed || !this.is(p, BROKEN));
    const atBoundary = (step.boundary && (p >= n || this.is(p, CLOSES))) || (step.sentence && (p >= n || this.is(p, STOPS)));
    if (step.not) {
      let hit = atBoundary || (step.comma && p < n && this.is(p, COMMA)) || (reach && this.matches(step, p));
      if (!hit && reach) for (const ph of step.phrases) hit ||= this.phraseAt(ph, p);
      return !hit && this.right(steps, s + 1, p, crossed);
    }
    if (atBoundary && this.right(steps, s + 1, p, true)) return true;
    if (step.comma && p < n && this.is(p, COMMA) && this.right(steps, s + 1, p, true)) return true;
    if (reach) {
      if (this.matches(step, p) && this.right(steps, s + 1, p + 1, false)) return true;
      for (const ph of step.phrases) if (this.phraseAt(ph, p) && this.right(steps, s + 1, p + ph.length, false)) return true;
    }
    return step.optional && this.right(steps, s + 1, p, crossed);
  }

  /** Matches `steps[s…]` leftwards from word `p`; the gap checked is the one after `p`. */
  left(steps: readonly Step[], s: number, p: number, crossed: boolean): boolean {
    if (s === steps.length) return true;
    const step = steps[s];
    const reach = p >= 0 && (crossed || !this.is(p + 1, BROKEN));
    const atBoundary =
      (step.boundary && (p < 0 || this.is(p + 1, OPENS) || this.tokens[p + 1].sentenceStart)) || (step.sentence && (p < 0 || this.is(p + 1, SENTENCE)));
    if (step.not) {
      let hit = atBoundary || (step.comma && p >= 0 && this.is(p + 1, COMMA)) || (reach && this.matches(step, p));
      if (!hit && reach) for (const ph of step.phrases) hit ||= this.phraseEndsAt(ph, p);
      return !hit && this.left(steps, s + 1, p, crossed);
    }
    if (atBoundary && this.left(steps, s + 1, p, true)) return true;
    if (step.comma && p >= 0 && this.is(p + 1, COMMA) && this.left(steps, s + 1, p, true)) return true;
    if (reach) {
      if (this.matches(step, p) && this.left(steps, s + 1, p - 1, false)) return true;
      for (const ph of step.phrases) if (this.phraseEndsAt(ph, p) && this.left(steps, s + 1, p - ph.length, false)) return true;
    }
    return step.optional && this.left(steps, s + 1, p, crossed);
  }

  /** Whether the gate step of a side can match next to the words `i…j` (no recursion). */
  opens(side: 'left' | 'right', step: Step, i: number, j: number): boolean {
    if (side === 'right') {
      const p = j + 1;
      if (p >= this.n) return step.boundary || step.sentence;
      if (!this.is(p, BROKEN)) return this.matches(step, p) || step.phrases.length > 0;
      return step.boundary || step.sentence || step.comma;
    }
    const p = i - 1;
    if (p < 0) return step.boundary || step.sentence;
    if (!this.is(i, BROKEN)) return this.matches(step, p) || step.phrases.length > 0 || ((step.boundary || step.sentence) && this.tokens[i].sentenceStart);
    return step.boundary || step.sentence || step.comma;
  }

  /** Whether one of the patterns matches around the words `i…j`. */
  any(patterns: readonly Pattern[], i: number, j: number): boolean {
    for (const pattern of patterns) {
      const gate = pattern.gate;
      if (gate !== undefined && !this.opens(gate, gate === 'left' ? pattern.left[0] : pattern.right[0], i, j)) continue;
      if (this.around(pattern, i, j)) return true;
    }
    return false;
  }

  /** Whether a pattern matches around the words `i…j`. */
  around(pattern: Pattern, i: number, j: number): boolean {
    return this.left(pattern.left, 0, i - 1, false) && this.right(pattern.right, 0, j + 1, false);
  }
}
