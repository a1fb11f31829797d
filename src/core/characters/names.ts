/**
 * Name folding and counting: the zero-config half of the character features. A name is a
 * capitalized token; its possessive ("Hermione's"), honorific ("Naruto-kun") and plural-possessive
 * forms fold onto it, so "Sasuke", "Sasuke's" and "Sasuke-kun" count as one name.
 */

import type { Paragraph } from '../model/document';
import type { Token } from '../model/paragraph';
import { Column } from '../model/vocab';
import { isCapitalized } from '../text';

/** Japanese honorifics that fan fiction attaches with a hyphen. */
export const HONORIFICS = ['sama', 'chan', 'kun', 'san', 'sensei', 'dono', 'senpai', 'sempai', 'hime', 'nii', 'nee', 'chama', 'tan', 'kohai', 'shishou'];
const HONORIFIC_SUFFIX = new RegExp(`-(?:${HONORIFICS.join('|')})$`, 'i');

/** "Hermione's" → "Hermione"; "Naruto-kun" → "Naruto"; "Inu-hanyou" stays (a compound the story coined). */
export function foldName(word: string): string {
  let w = word.replace(/['’]s$/i, '').replace(/s['’]$/i, 's');
  w = w.replace(HONORIFIC_SUFFIX, '');
  return w;
}

/** The name a word form counts as (`countNames`): folded, or null for a form that counts as none. */
function countedName(word: string): string | null {
  const c = word.charCodeAt(0);
  // ASCII lowercase and digits are never names.
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return null;
  const first = word[0];
  if (first === first.toLowerCase()) return null;
  const name = foldName(word);
  return name.length < 2 ? null : name;
}

/** `countedName` of each word form, by vocabulary id: three replacements and two case maps a type, not a token. */
const COUNTED = new Column(countedName);

/** The name token `t` counts as in `countNames`, or null: computed once per word form. */
export function countedNameOf(t: Token): string | null {
  return COUNTED.get(t.orth, t.text);
}

/** The name of a capitalized word form (`isCapitalized`; "Hermione" of "Hermione's"), or null when it is not capitalized or its name is one letter. */
function capitalName(word: string): string | null {
  const c = word.charCodeAt(0);
  // ASCII lowercase and digits are never capitalized.
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || !isCapitalized(word)) return null;
  const name = foldName(word);
  return name.length < 2 ? null : name;
}

const CAPITAL = new Column(capitalName);

/** `capitalName(t.text)`, computed once per word form: what `character-name` lists of every token. */
export function capitalNameOf(t: Token): string | null {
  return CAPITAL.get(t.orth, t.text);
}

/** Counts of capitalized tokens in one paragraph, folded; `mid` counts those not at a sentence start. */
export interface NameCounts {
  total: Map<string, number>;
  mid: Map<string, number>;
}

/** Counts the capitalized words of a paragraph. "I" and single letters are not names. */
export function countNames(paragraph: Paragraph): NameCounts {
  const total = new Map<string, number>();
  const mid = new Map<string, number>();
  for (const token of paragraph.analysis.tokens) {
    if (token.region === 'note') continue;
    const name = countedNameOf(token);
    if (name === null) continue;
    total.set(name, (total.get(name) ?? 0) + 1);
    if (!token.sentenceStart) mid.set(name, (mid.get(name) ?? 0) + 1);
  }
  return { total, mid };
}

/** Adds `from` into `into`. */
export function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>, sign = 1): void {
  for (const [k, v] of from) {
    const n = (into.get(k) ?? 0) + sign * v;
    if (n === 0) into.delete(k);
    else into.set(k, n);
  }
}
