/**
 * British and American spellings of one word ("colour"/"color", "realise"/"realize",
 * "travelled"/"traveled", "grey"/"gray"), from `locale-pairs.generated.ts` (derived from the two
 * Hunspell dictionaries by `scripts/build-locale-pairs.ts`). Parsed on first use.
 */

import { IntColumn } from '../model/vocab';
import type { Speller } from '../speller';
import { matchCase } from '../text';
import { AMERICAN_VARIANTS, LOCALE_PAIRS } from './locale-pairs.generated';

let both: Map<string, string> | undefined;
const british = new Set<string>();
let americanVariants: ReadonlySet<string> | undefined;

/** Each spelling → the other locale's, both directions, lowercase. */
function pairs(): Map<string, string> {
  if (!both) {
    both = new Map();
    for (const line of LOCALE_PAIRS.split('\n')) {
      const space = line.indexOf(' ');
      if (space < 0) continue;
      const gb = line.slice(0, space);
      const us = line.slice(space + 1);
      british.add(gb);
      if (!both.has(gb)) both.set(gb, us);
      if (!both.has(us)) both.set(us, gb);
    }
  }
  return both;
}

/**
 * The other locale's spelling of `word`, cased like it, when `speller` (the story's locale) does
 * not know `word` but knows that spelling: "Colour" → "Color" in an en-US story. Otherwise undefined.
 * "amongst", "whilst", "learnt" are in no pair: right in both; "grey", "theatre", "travelled",
 * which SCOWL lists among American variants, are right in an en-US story too.
 */
export function localeVariant(word: string, speller: Speller): string | undefined {
  const lower = word.toLowerCase();
  const other = pairs().get(lower);
  if (other === undefined || speller.correct(word) || speller.correct(lower)) return undefined;
  // "grey", "theatre", "travelled": British, and printed in American English too (SCOWL's variants).
  americanVariants ??= new Set(AMERICAN_VARIANTS.split(' '));
  if (british.has(lower) && americanVariants.has(lower)) return undefined;
  const fixed = word === word.toUpperCase() && word.length > 1 ? other.toUpperCase() : matchCase(other, word);
  return speller.correct(fixed) || speller.correct(other) ? fixed : undefined;
}

/**
 * By vocabulary id of a lowercase word: 0 when it is no form of a British/American pair, 1 when
 * it is the British form, 2 the American one, 3 a form that says little of the writer's locale:
 * "realize" (Oxford British writes -ize too), "grey" and "theatre" (printed in American English too).
 */
const PAIRED = new IntColumn((lower) => {
  const other = pairs().get(lower);
  if (other === undefined) return 0;
  americanVariants ??= new Set(AMERICAN_VARIANTS.split(' '));
  if (lower.replace(/s/g, 'z') === other.replace(/s/g, 'z') || americanVariants.has(lower) || americanVariants.has(other)) return 3;
  return british.has(lower) ? 1 : 2;
});

/**
 * Whether the lowercase word of vocabulary id `lex` is one form of a pair ("colour", "color"):
 * one look-up a word type, so a rule can ask it of every token before anything else.
 */
export function hasLocalePair(lex: number, lower: string): boolean {
  return PAIRED.get(lex, lower) !== 0;
}

/**
 * Which locale the word of vocabulary id `lex` shows the writer spells in: 'british' ("colour",
 * "favourite"), 'american' ("color"), or undefined (no pair, or one both write: "realize", "grey").
 */
export function localeSide(lex: number, lower: string): 'british' | 'american' | undefined {
  const side = PAIRED.get(lex, lower);
  return side === 1 ? 'british' : side === 2 ? 'american' : undefined;
}

/** Whether `a` and `b` are the two spellings of one British/American pair ("recognise", "recognize"), in any case. */
export function isLocalePair(a: string, b: string): boolean {
  return pairs().get(a.toLowerCase()) === b.toLowerCase();
}

/** Whether `word` is the British form of a pair ("colour"); otherwise it is the American one. */
export function isBritishForm(word: string): boolean {
  pairs();
  return british.has(word.toLowerCase());
}
