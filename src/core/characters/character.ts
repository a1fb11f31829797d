/**
 * The one definition of a character of a story, which hover, rename, the semantic colors, the
 * Characters view and `fanfic names` all share.
 */

import { TITLES } from '../dialogue/lexicon';
import type { Speller } from '../speller';

/** What deciding a character needs of the options: the roster and the dictionary. */
export interface CharacterOptions {
  rosterNames: ReadonlySet<string>;
  speller?: Speller;
}

/** Pronouns and determiners: capitalized mid-sentence in titles ("His Majesty") and never a character. */
const CLOSED_CLASS = new Set('i me my mine he him his she her hers it its we us our you your they them their the a an this that these those'.split(' '));

/**
 * Whether a folded name is a character: in the roster, or used at least twice and either not a
 * dictionary word ("Sango") or a dictionary word the story writes as a name (`namedWord`).
 */
export function isCharacter(name: string, total: number, midSentence: number, options: CharacterOptions): boolean {
  if (options.rosterNames.has(name)) return true;
  if (total < 2) return false;
  const speller = options.speller;
  if (!speller) return true;
  if (!speller.correct(name) && !speller.correct(name.toLowerCase())) return true;
  return namedWord(name, total, midSentence);
}

/**
 * Whether a dictionary word is written as a name: it keeps its capital mid-sentence at least four
 * times in five ("Will said", not "Will you"), or three times or more and in a fifth of its uses
 * or more. Fan fiction names its characters with words ("Twilight", "Discord", "Harry", "Lily")
 * and puts them at the head of most sentences ("Twilight smiles."), where a capital tells
 * nothing; a common word capitalized mid-sentence that often is a name or a nickname ("Doc",
 * "Pa"). Never a pronoun or determiner ("His Majesty"), a title ("the Professor", left to the
 * epithets) or a contraction of "I" ("I'm").
 */
export function namedWord(name: string, total: number, midSentence: number): boolean {
  const lower = name.toLowerCase();
  if (CLOSED_CLASS.has(lower) || lower in TITLES || /^i['’]/.test(lower)) return false;
  return midSentence >= total * 0.8 || (midSentence >= 3 && midSentence * 5 >= total);
}
