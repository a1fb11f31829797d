/**
 * Eye dialect: speech spelled as it sounds, which a reader sounds out back into a word. A few
 * sound changes of English accents, each undone and the result looked up, so no list of dialect
 * words is needed:
 * - g-dropping: "goin", "thinkin", "pickins" → "going", "thinking", "pickings";
 * - r-dropping: "fathuh", "aftuh", "majuh" → "father", "after", "major";
 * - a vowel drawn out: "nahce", "drahve" → "nice", "drive"; "onleh", "alreadeh" → "only", "already";
 *   "nawth" → "north";
 * - a sound elided with an apostrophe: "p'lite", "s'posin", "probl'y", "more'n", "cain't".
 *
 * A typo makes none of these shapes except by chance (a dropped final "g" is the one it shares),
 * so in dialogue such a word is the speaker's voice, not a misspelling.
 */

import { MISSING_APOSTROPHE } from './data/spoken';

/** The sound changes, each as the spoken ending or infix and what it stands for. */
const UNDO: ReadonlyArray<readonly [RegExp, string]> = [
  // "goin" → "going" needs two letters before "in": "bin", "tin" are words, "kin" → "king" a typo.
  [/^(\p{Ll}{2,})in$/u, '$1ing'],
  // "easy pickins", "the fixins": the same, made plural.
  [/^(\p{Ll}{2,})ins$/u, '$1ings'],
  [/uh$/, 'er'],
  [/uh$/, 'or'],
  [/uhs$/, 'ers'],
  [/eh$/, 'y'],
  [/ah$/, 'y'],
  [/ah/, 'i'],
  [/aw/, 'or'],
];

/**
 * The written word `word` (lowercase, apostrophes straight) sounds out to, when it is eye dialect
 * of a word `isWord` knows: "fathuh" → "father", "lahk" → "like" (its silent "e" back too).
 * Undefined otherwise ("definately").
 */
export function writtenForm(word: string, isWord: (w: string) => boolean): string | undefined {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return undefined;
  for (const [spoken, written] of UNDO) {
    if (!spoken.test(word)) continue;
    const form = word.replace(spoken, written);
    if (form === word) continue;
    if (written === 'i') {
      if (isWord(`${form}e`)) return `${form}e`;
      // A drawn-out vowel in a short word is as likely two letters swapped: "taht" is not "tit".
      if (form.length < 4) continue;
    }
    if (isWord(form)) return form;
  }
  return undefined;
}

/**
 * Whether `word` (apostrophes straight) elides a sound with an apostrophe inside it ("p'lite",
 * "t'gether", "cain't"), not a contraction put wrong: "did'nt" and "ca'nt" are typos of "didn't"
 * and "can't", since without the apostrophe they are "didnt" and the word "cant".
 */
export function isElided(word: string, isWord: (w: string) => boolean): boolean {
  // "Stober's" is a possessive; "D'Aumont", "O'Brien", "Dell'Arca" are names.
  const base = word.replace(/'s$/, '');
  const inner = base.indexOf("'", 1);
  if (inner < 0 || inner === base.length - 1 || !/\p{Ll}/u.test(base[inner + 1])) return false;
  const bare = base.replace(/'/g, '').toLowerCase();
  return !MISSING_APOSTROPHE.has(bare) && !isWord(bare);
}
