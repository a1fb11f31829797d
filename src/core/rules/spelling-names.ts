/**
 * Where a word no tier knows stands when it is a name: after a title or another name, before a
 * name, or called out. Split from `spelling.ts`.
 */

import { ABBREVIATED_TITLES } from '../data/abbreviated-titles';
import type { Token } from '../model/paragraph';
import type { FinalizeContext } from './types';

// Titles written in full, as well as the abbreviated ones (with or without their full stop).
const TITLE_WORDS = [
  'Miss',
  'Mx',
  'Doctor',
  'Professor',
  'Madam',
  'Madame',
  'Monsieur',
  'Herr',
  'Frau',
  'Senor',
  'Señor',
  'Signor',
  'Lord',
  'Lady',
  'Sir',
  'Dame',
  'Uncle',
  'Aunt',
  'Auntie',
  'Grandma',
  'Grandpa',
  'Grandmother',
  'Grandfather',
  'Granny',
  'Captain',
  'Colonel',
  'Major',
  'Lieutenant',
  'General',
  'Admiral',
  'Commander',
  'Sergeant',
  'Corporal',
  'Private',
  'Officer',
  'Detective',
  'Inspector',
  'Agent',
  'Judge',
  'Senator',
  'Governor',
  'President',
  'Master',
  'Mistress',
  'Father',
  'Mother',
  'Sister',
  'Brother',
  'Reverend',
  'Rabbi',
  'Bishop',
  'Cardinal',
  'Pope',
  'Abbe',
  'Abbé',
  'Abbot',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Duke',
  'Duchess',
  'Count',
  'Countess',
  'Baron',
  'Baroness',
  'Saint',
];
const TITLE_BEFORE = new RegExp(`\\b(?:${[...ABBREVIATED_TITLES, ...TITLE_WORDS].join('|')})\\.?\\s+$`);

/** After a title: "Mrs. Weasley", "Professor Snape", "Mme Bonenfant". */
export function afterTitle(text: string, token: Token): boolean {
  return TITLE_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start));
}

/**
 * "Perrin Aj", "Dr. Charles Leale": the word before, one space back, is a capitalized word in
 * mid-sentence or after a title.
 */
export function afterName(text: string, token: Token, previous: Token | undefined): boolean {
  if (!previous || previous.end !== token.start - 1 || text[previous.end] !== ' ' || !/^\p{Lu}\p{Ll}/u.test(previous.text)) return false;
  return !previous.sentenceStart || afterTitle(text, previous);
}

/**
 * "Tolek Alterman", "Gurla Mandhata": the next word, one space on, is capitalized in mid-sentence;
 * or "Rilly or Glendora", "Nim and Tobin": the word after an "and" or "or" is.
 */
export function beforeName(text: string, token: Token, next: Token | undefined, after?: Token): boolean {
  if (next === undefined || next.sentenceStart || next.start !== token.end + 1 || text[token.end] !== ' ') return false;
  if (/^\p{Lu}\p{Ll}/u.test(next.text)) return true;
  return (next.lower === 'and' || next.lower === 'or') && after !== undefined && beforeName(text, next, after) && !after.sentenceStart;
}

/**
 * "Keerist!", "Tchalo!", "Aaa-ee!", "Gawdamighty"!: a word that is a sentence of its own, ended at
 * once by `!`, `?` or `.` (a closing quote between): an interjection or a name called out.
 */
export function exclaimed(text: string, token: Token): boolean {
  return /^["”’']?[!?.]/.test(text.slice(token.end, token.end + 2)) && (token.end + 1 >= text.length || !/\p{L}/u.test(text[token.end + 1]));
}

/**
 * Whether `name` is a slip of a name the story also writes: two letters swapped or one dropped or
 * doubled ("Sauske" beside "Sasuke", "Hermine" beside "Hermione"). Only these few forms are asked
 * about, since each is a fact the paragraph then depends on.
 */
export function slipOfName(name: string, context: FinalizeContext): boolean {
  if (name.length < 4) return false;
  const forms = new Set<string>();
  for (let i = 0; i + 1 < name.length; i++) {
    if (name[i] !== name[i + 1]) forms.add(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
    if (i > 0) forms.add(name.slice(0, i) + name.slice(i + 1));
    forms.add(name.slice(0, i + 1) + name.slice(i));
  }
  forms.delete(name);
  for (const form of forms) if (context.usesName(form)) return true;
  return false;
}
