/**
 * Compiled context patterns: the steps left of `_` (nearest first) and right of it, and the gate
 * side tried first. "to _" compiles to one left step, "the"; "@modal _ @det|@poss" to one step a
 * side, its gate the narrower of the two.
 */

import { classesOf } from '../data/lexicon';
import { parseStep, union, width, type Step } from './step';

/** A compiled pattern: the steps left of `_` (nearest first) and right of it. */
export interface Pattern {
  readonly left: readonly Step[];
  readonly right: readonly Step[];
  /**
   * The side whose first step must match for the pattern to match at all, tried before the
   * whole pattern: most suspects fail there ("to" is followed by "late" once in a thousand).
   */
  readonly gate?: 'left' | 'right';
}

/** The gates of a set of patterns: the union of their gate steps, side by side. */
export interface Gates {
  left?: Step;
  right?: Step;
}

const PATTERNS = new Map<string, Pattern>();

/**
 * Compiles a context pattern; throws on a pattern without `_` or with an unknown word class.
 * Patterns are compiled once each and shared.
 */
export function compilePattern(source: string): Pattern {
  const known = PATTERNS.get(source);
  if (known) return known;
  const parts = source.trim().split(/\s+/);
  const at = parts.indexOf('_');
  if (at < 0) throw new Error(`confusable: pattern without "_": "${source}"`);
  const left = parts
    .slice(0, at)
    .reverse()
    .map((p) => parseStep(p, source));
  const right = parts.slice(at + 1).map((p) => parseStep(p, source));
  const r = width(right[0]);
  const l = width(left[0]);
  const gate = r === Infinity && l === Infinity ? undefined : r <= l ? 'right' : 'left';
  const pattern: Pattern = gate ? { left, right, gate } : { left, right };
  PATTERNS.set(source, pattern);
  return pattern;
}

/** The gates of a set of patterns, or undefined when one of them has none (it must always be tried). */
export function gatesOf(patterns: readonly Pattern[]): Gates | undefined {
  const gates: Gates = {};
  for (const p of patterns) {
    if (p.gate === 'left') gates.left = union(gates.left, p.left[0]);
    else if (p.gate === 'right') gates.right = union(gates.right, p.right[0]);
    else return undefined;
  }
  return gates;
}

/** Whether a step's single words or classes take the lowercase word `w`. */
export function mayBe(step: Step, w: string): boolean {
  return step.words.has(w) || (step.classes !== 0 && (classesOf(w) & step.classes) !== 0);
}

/**
 * Whether a gate step may match the raw word `w` (undefined: no word there), `spaced` telling
 * whether a single space stands between it and the suspect. Answers yes to what it cannot decide
 * cheaply (phrases, names): a first sieve, before the words of the paragraph are read properly.
 */
export function mayOpen(step: Step | undefined, w: string | undefined, spaced: boolean): boolean {
  if (step === undefined) return false;
  if (step.cap || step.any || step.phrases.length > 0) return true;
  if (!spaced) return step.boundary || step.sentence || step.comma || (w !== undefined && mayBe(step, w));
  return w !== undefined && mayBe(step, w);
}
