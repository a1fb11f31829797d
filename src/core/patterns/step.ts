/**
 * One step of a context pattern: a word, a phrase, a word class or a zero-width boundary, as
 * alternatives. The language is described in `data/confusables.ts`; `parseStep` reads one
 * space-separated part of a pattern ("to", "@modal|@do", "!not", "$|to", "let+me").
 */

import { WORD_CLASS, type WordClass } from '../data/lexicon';

/**
 * One step of a context pattern: one word, a phrase, or a zero-width boundary, as alternatives.
 */
export interface Step {
  readonly words: ReadonlySet<string>;
  /** Alternatives of several words: "wait+for" is the phrase "wait for". */
  readonly phrases: readonly string[][];
  classes: number;
  cap: boolean;
  any: boolean;
  /** `$` or `^`: a clause boundary here, taking no word. */
  boundary: boolean;
  /** `.`: a sentence boundary here, taking no word. */
  sentence: boolean;
  /** `,`: a comma here, taking no word. */
  comma: boolean;
  readonly not: boolean;
  readonly optional: boolean;
}

// Entries share steps (every adverb reads `@speech _ $|to|…`): each is parsed once.
const STEPS = new Map<string, Step>();

/**
 * Parses one step; `pattern` (the whole pattern) is only named in the error for an unknown word
 * class. Steps are shared between patterns: never mutate the result (`union` copies it).
 */
export function parseStep(source: string, pattern: string): Step {
  const known = STEPS.get(source);
  if (known) return known;
  let s = source;
  const not = s.startsWith('!');
  if (not) s = s.slice(1);
  const optional = s.length > 1 && s.endsWith('?');
  if (optional) s = s.slice(0, -1);
  const words = new Set<string>();
  const phrases: string[][] = [];
  const step: Step = { words, phrases, classes: 0, cap: false, any: false, boundary: false, sentence: false, comma: false, not, optional };
  for (const alt of s.split('|')) {
    if (alt === '*') step.any = true;
    else if (alt === '$' || alt === '^') step.boundary = true;
    else if (alt === '.') step.sentence = true;
    else if (alt === ',') step.comma = true;
    else if (alt === '@cap') step.cap = true;
    else if (alt.startsWith('@')) {
      const cls = WORD_CLASS[alt.slice(1) as WordClass];
      if (cls === undefined) throw new Error(`confusable: unknown word class ${alt} in "${pattern}"`);
      step.classes |= cls;
    } else if (alt.includes('+')) phrases.push(alt.split('+'));
    else words.add(alt);
  }
  STEPS.set(source, step);
  return step;
}

/** How many words a step lets through, roughly: literal words are a narrow gate, classes wider. */
export function width(step: Step | undefined): number {
  if (step === undefined || step.optional || step.not || step.any) return Infinity;
  return (step.classes !== 0 || step.cap ? 4 : 0) + (step.boundary || step.sentence || step.comma ? 2 : 0) + 1;
}

/** `a` widened by the alternatives of `b`; a fresh step when `a` is undefined (shared steps stay intact). */
export function union(a: Step | undefined, b: Step): Step {
  if (!a) return { ...b, words: new Set(b.words), phrases: [...b.phrases] };
  for (const w of b.words) (a.words as Set<string>).add(w);
  (a.phrases as string[][]).push(...b.phrases);
  a.classes |= b.classes;
  a.cap ||= b.cap;
  a.boundary ||= b.boundary;
  a.sentence ||= b.sentence;
  a.comma ||= b.comma;
  return a;
}
