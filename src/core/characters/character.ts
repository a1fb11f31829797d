/**
 * The one definition of a character of a story, which hover, rename, the semantic colors, the
 * Characters view and `fanfic names` all share.
 */

import type { Speller } from '../speller';

/** What deciding a character needs of the options: the roster and the dictionary. */
export interface CharacterOptions {
  rosterNames: ReadonlySet<string>;
  speller?: Speller;
}

/**
 * Whether a folded name is a character: in the roster, or used at least twice and either not a
 * dictionary word ("Sango") or a dictionary word that keeps its capital mid-sentence at least four
 * times in five ("Will said", not "Will you").
 */
export function isCharacter(name: string, total: number, midSentence: number, options: CharacterOptions): boolean {
  if (options.rosterNames.has(name)) return true;
  if (total < 2) return false;
  const speller = options.speller;
  if (!speller) return true;
  if (!speller.correct(name) && !speller.correct(name.toLowerCase())) return true;
  return midSentence >= total * 0.8;
}
