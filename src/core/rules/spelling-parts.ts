/**
 * The parts of a hyphenated word that `spelling` reads apart: a lowercase part misspelled inside a
 * capitalized compound ("the Anti-terrorisim Unit"), and a word's first letters finished with a
 * vague word on purpose ("the obliv-somethings").
 */

import type { Speller } from '../speller';

/** A word's first letters (three or more) finished with a vague word: "obliv-something", "legili-whatever", "thingamy-whatsit". */
export const VAGUE_ENDING = /^[a-z]{3,}-(?:something|somethings|whatever|whatsit|whatsits|thingy|thingamajig|whatchamacallit)$/;

/**
 * Combining forms that Hunspell lists only inside words, written with their hyphen before a word:
 * "nano-technology", "ultra-nano-technology", "cyber-security", "neo-Nazi", "xeno-biology".
 */
export const COMBINING_FORMS: ReadonlySet<string> = new Set(['nano', 'cyber', 'neo', 'proto', 'omni', 'exo', 'xeno', 'endo']);

/** Frequency (2·Zipf) of the word one edit from a part of a capitalized compound that makes the part its typo. */
const PART_TYPO_OF = 6;

/**
 * Whether a lowercase part of a capitalized hyphenated word, six letters or more, is no word nor a
 * derived one and one edit from a common word ("Anti-terrorisim"); a brand's or a voice's part
 * ("Tune-o-matic", "Mor-ee-air-teeeee") is none.
 */
export function lowercasePartMisspelled(speller: Speller, word: string, isWord: (part: string) => boolean): boolean {
  if (!word.includes('-')) return false;
  return word
    .split('-')
    .slice(1)
    .some((p) => /^[a-z]{6,}$/.test(p) && !isWord(p) && oneEditFromFrequent(speller, p));
}

/** Whether a word of frequency `PART_TYPO_OF` or more is one edit from `lower`: a letter dropped, struck, added or two swapped. Asked of few words. */
function oneEditFromFrequent(speller: Speller, lower: string): boolean {
  const frequent = (w: string) => (speller.frequency?.(w) ?? 0) >= PART_TYPO_OF && speller.correct(w);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= lower.length; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (i < lower.length && frequent(head + tail.slice(1))) return true;
    if (i + 1 < lower.length && frequent(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const c of letters) {
      if (frequent(head + c + tail)) return true;
      if (i < lower.length && c !== tail[0] && frequent(head + c + tail.slice(1))) return true;
    }
  }
  return false;
}
