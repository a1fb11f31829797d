/**
 * What the spelling rule asks of a word's shape and place: the story's coinages (far from every
 * word), codes, foreign elisions, clipped words and technical strings. Split from `spelling.ts`.
 */

import type { Token } from '../model/paragraph';
import { oneEditIndexOf } from '../one-edit';
import type { Speller } from '../speller';

const APOSTROPHES = "'’";

/**
 * A word no tier knows that the document writes this many times, with no word of either tier one
 * edit from it, is the story's own coinage ("dromozoa", "tultul", "super-condamine", a fandom's
 * "apparate"): a consistent misspelling stays one edit from its word ("definately", "snorkle").
 */
export const COINED_AFTER = 2;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const far = new WeakMap<Speller, Map<string, boolean>>();

/**
 * Whether no word either tier knows (but its weakest) is one edit (a letter dropped, added, changed, or two swapped)
 * from `lower`, or, hyphenated, from any of its unknown parts. Asked only of the few words no
 * tier knows, once each: about 50 look-ups per letter.
 */
export function farFromWords(speller: Speller, lower: string): boolean {
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(lower)) return false;
  let memo = far.get(speller);
  if (!memo) far.set(speller, (memo = new Map()));
  let answer = memo.get(lower);
  if (answer === undefined) {
    // SCOWL's weakest entries ("codamine" beside "condamine") are no word a writer meant.
    const isWord = (w: string) => speller.correct(w) || (speller.listed?.(w) === true && speller.weak?.(w) !== true);
    const unknown = lower.split('-').filter((p) => !isWord(p));
    const common = speller.common?.();
    const commonIndex = common && common.size > 0 ? oneEditIndexOf(common) : undefined;
    // Two edits from a common word is a misspelling still ("exersize", "evrithing", "htikn").
    const nearCommonIn2 = (p: string) => {
      if (!commonIndex) return false;
      let hit = false;
      forEachEdit(p, (e) => {
        if (common!.has(e)) hit = true;
        else
          commonIndex.forEachNear(e, () => {
            hit = true;
          });
        return hit;
      });
      return hit;
    };
    answer = unknown.length > 0 && unknown.every((p) => p.length >= 4 && !oneEditFromWord(p, isWord) && !nearCommonIn2(p));
    if (memo.size > 10_000) memo.clear();
    memo.set(lower, answer);
  }
  return answer;
}

function oneEditFromWord(w: string, isWord: (w: string) => boolean): boolean {
  let hit = false;
  forEachEdit(w, (e) => (hit = isWord(e)));
  return hit;
}

/** Calls `visit` with each string one edit from `w` (dropped, swapped, inserted, changed) until it returns true. */
function forEachEdit(w: string, visit: (edit: string) => boolean): void {
  for (let i = 0; i <= w.length; i++) {
    const head = w.slice(0, i);
    const rest = w.slice(i);
    if (i < w.length && visit(head + w.slice(i + 1))) return;
    if (i + 1 < w.length && visit(head + w[i + 1] + w[i] + w.slice(i + 2))) return;
    for (const c of ALPHABET) {
      if (visit(head + c + rest)) return;
      if (i < w.length && c !== w[i] && visit(head + c + w.slice(i + 1))) return;
    }
  }
}

/** Inside a URL, an e-mail address or a file name: "www.example.com", "me@mail.org", "my_file". */
export function isTechnical(text: string, token: Token): boolean {
  const before = text[token.start - 1] ?? ' ';
  const after = text[token.end] ?? ' ';
  if (/[@/\\_]/.test(before) || /[@/\\_]/.test(after)) return true;
  // "com" in "example.com", "example" in "example.com": a dot glued between letters.
  if (before === '.' && /[\p{L}\p{N}]/u.test(text[token.start - 2] ?? ' ')) return true;
  return after === '.' && /[\p{L}\p{N}]/u.test(text[token.end + 1] ?? ' ');
}

/** "JYM 114", "B 52": capitals followed by a number are a code (a licence plate, a model), no word. */
export function isCode(text: string, token: Token): boolean {
  return /^\p{Lu}{1,4}$/u.test(token.text) && /^[ -]\d/.test(text.slice(token.end, token.end + 2));
}

/** "l'Osservatore", "qu'il": a French or Italian elided article or conjunction, never English. */
export function isForeignElision(lower: string): boolean {
  return /^(?:l|qu)'\p{L}{2,}/u.test(lower);
}

/**
 * "th' candle", "t' be": a word's last letter left out, marked by an apostrophe after it, of a
 * word of frequency `common` or more.
 */
export function isClipped(speller: Speller, text: string, token: Token, common: number): boolean {
  if (!APOSTROPHES.includes(text[token.end] ?? '') || /\p{L}/u.test(text[token.end + 1] ?? ' ') || !/^[a-z]{1,4}$/.test(token.lower)) return false;
  for (const c of ALPHABET) if ((speller.frequency?.(token.lower + c) ?? 0) >= common && speller.correct(token.lower + c)) return true;
  return false;
}
