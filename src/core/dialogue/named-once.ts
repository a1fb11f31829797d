/**
 * People a speech tag names once: `Ben Franklin said, "…"`, `As Charles Evans Hughes said, "…"`,
 * `"…," Richard Sheridan said`. A capitalized subject right before a speech verb names its
 * speaker even at one mention, when it is a person's name: a given name the table knows, or
 * two capitalized words or more. Not a place or a thing before a noun (`the California
 * journalist who reported`: no verb follows the name), nor a title alone.
 */

import { foldName } from '../characters/names';
import type { CharacterIndex } from './cast';
import { givenNameGender } from './given-names';
import { BEAT_OPENERS, DETERMINERS, isTagVerb, KIN, SUBJECT_PRONOUNS, TITLES } from './lexicon';

// Up to four capitalized words, an adverb at most, a speech verb, and then a quote (`said, "`), or
// after a quote (`"…," Ben Franklin said`).
// A word of a name: a capitalized word, an initial ("F."), a title ("Mr."); no other word ending a sentence.
const WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]*(?<!\\.))";
const BEFORE_QUOTE = new RegExp(`((?:${WORD}\\.?\\s+){0,3}${WORD})\\s+(?:(?:was|is) quoted as\\s+)?(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+)[,:]?\\s*["“]`, 'gu');
const AFTER_QUOTE = new RegExp(`["”][.,!?—–-]*\\s+((?:${WORD}\\.?\\s+){1,3}${WORD})\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+)\\b`, 'gu');

/** The words of a capitalized subject that name a person, without the words that open a sentence ("Then", "As"). */
function personName(subject: string): string[] | undefined {
  const words = subject.split(/\s+/);
  while (words.length > 0 && isOpener(words[0])) words.shift();
  if (words.length === 0) return undefined;
  // "Virginia. She said": a full stop inside ends the name, unless it follows a title or an initial.
  for (let k = 0; k < words.length - 1; k++)
    if (words[k].endsWith('.') && !(words[k].length <= 2 || words[k].slice(0, -1).toLowerCase() in TITLES)) return undefined;
  const last = words[words.length - 1];
  if (isOpener(last) || KIN.has(last.toLowerCase())) return undefined;
  if (/['’]s$/.test(last) || last.toLowerCase() in TITLES || last.replace(/\.$/, '').toLowerCase() in TITLES) return undefined;
  // A title before the name is the name's (`Mr. Fogg`), but a title alone names no one.
  const bare = words.filter((w) => !(w.replace(/\.$/, '').toLowerCase() in TITLES));
  if (bare.length === 0) return undefined;
  if (bare.length >= 2 || givenNameGender(bare[0])) return words;
  return undefined;
}

/** Whether a capitalized word is one a sentence opens with, no part of a name: "Then", "As", "The", "When". */
function isOpener(word: string): boolean {
  const lower = word.toLowerCase();
  return BEAT_OPENERS.has(lower) || DETERMINERS.has(lower) || SUBJECT_PRONOUNS.has(lower) || OPENERS.has(lower) || /^I['’]/.test(word);
}

/** Words that open a clause before its subject. */
const OPENERS = new Set([
  'as',
  'when',
  'while',
  'if',
  'after',
  'before',
  'once',
  'because',
  'since',
  'though',
  'although',
  'until',
  'where',
  'yes',
  'no',
  'oh',
  'well',
  // "At Christmas Dad said": a preposition opens a phrase, no name.
  'at',
  'in',
  'on',
  'from',
  'with',
  'to',
  'for',
  'by',
  'of',
  'into',
  'during',
]);

/** Adds to the index the surname of each person a speech tag of the paragraph names. */
export function addNamedOnce(text: string, index: CharacterIndex): void {
  for (const re of [BEFORE_QUOTE, AFTER_QUOTE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!isTagVerb(m[2])) continue;
      const words = personName(m[1]);
      if (!words) continue;
      const name = foldName(words[words.length - 1]);
      if (name.length > 1 && !index.byToken.has(name)) index.byToken.set(name, name);
    }
  }
}

// A name a quote calls someone by: `"Nothing doing, Rufus. In the first place…"`, `"Rufus, wait."`.
const CALLED = /,\s+(\p{Lu}\p{Ll}+)(?=[,.!?]|["”])|^["“]\s*(\p{Lu}\p{Ll}+)(?=,\s+\p{Ll})/gu;

/**
 * Adds to the index the given names the quotations of the paragraph call someone by, seen once
 * or more: the one called is a person, who may answer (`"Nothing doing, Rufus."` / `I said, "…"`).
 * A given name the table knows only, so not "Yes, Sir." nor a place.
 */
export function addCalledNames(text: string, quotes: ReadonlyArray<{ start: number; end: number }>, index: CharacterIndex): void {
  for (const r of quotes) {
    const quote = text.slice(r.start, r.end);
    CALLED.lastIndex = 0;
    for (let m = CALLED.exec(quote); m; m = CALLED.exec(quote)) {
      const name = m[1] ?? m[2];
      // A quote that opens with the call only when it is the whole paragraph (`"Mary, what's going
      // on?"`): a tagged paragraph's quote that opens with a name is as often its subject.
      if (m[2] && (r.start !== 0 || r.end < text.trimEnd().length)) continue;
      if (!givenNameGender(name) || name.toLowerCase() in TITLES || index.byToken.has(name)) continue;
      index.byToken.set(name, name);
    }
  }
}

// A kin word written as a name, the subject of a verb in the narration: "Pa laughed", "Ma never
// went near", "Pa'd been sick". Not "my pa", "your Ma's", nor a vocative inside a quote.
const KIN_SUBJECT = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)(?:['’]d)?\s+(\p{Ll}+)(?![\p{L}\p{M}'’-])/gu;
const KIN_VERB_WORDS = new Set([
  'was',
  'had',
  'did',
  'would',
  'could',
  'never',
  'always',
  'just',
  'still',
  'went',
  'came',
  'got',
  'made',
  'took',
  'knew',
  'kept',
  'sat',
  'stood',
  'began',
  'told',
  'saw',
  'put',
  'let',
]);
const POSSESSIVES = new Set(['my', 'your', 'our', 'his', 'her', 'their', 'the', 'a', 'an', 'dear', 'old']);

/** A kin word's form of verb after it: a tag verb, a past tense in -ed, a present in -s, or a common verb or adverb. */
function kinVerb(word: string): boolean {
  return isTagVerb(word) || KIN_VERB_WORDS.has(word) || /[^e]ed$|[^s]s$/.test(word);
}

/**
 * Adds the kin words the narration writes as a name (capitalized, no determiner before it, the
 * subject of a verb, at least twice): Pa of "Pa pulled at the covers… Pa laughed" is a character.
 * `narration`: each prose paragraph's text with its quotations blanked.
 */
export function addKinNames(narration: readonly string[], index: CharacterIndex): void {
  const uses = new Map<string, number>();
  for (const text of narration) {
    KIN_SUBJECT.lastIndex = 0;
    for (let m = KIN_SUBJECT.exec(text); m; m = KIN_SUBJECT.exec(text)) {
      const word = m[1];
      if (!KIN.has(word.toLowerCase()) || index.byToken.has(word) || !kinVerb(m[2])) continue;
      const before = /([\p{L}'’]+)\s*$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1].toLowerCase();
      if (before && (POSSESSIVES.has(before) || /['’]s$/.test(before))) continue;
      uses.set(word, (uses.get(word) ?? 0) + 1);
    }
  }
  for (const [word, n] of uses) if (n >= 2) index.byToken.set(word, word);
}

// The words of a place's name: "Drexel Street", "Ocean Drive", "Bryn Mawr College".
const PLACE_WORDS = new Set([
  'street',
  'drive',
  'avenue',
  'road',
  'lane',
  'boulevard',
  'square',
  'county',
  'river',
  'lake',
  'college',
  'university',
  'hospital',
  'hotel',
  'station',
  'mountains',
]);

/**
 * Takes out of the index the inferred names the narration writes mostly as a modifier or a place:
 * "the Pedersen kid", "the Pedersen place" (after "the", at least half its uses), "Ocean Drive",
 * "Bryn Mawr College" (before a place word, at least half its uses), and a place word itself. A
 * roster's name stays. `narration`: each prose paragraph's text with its quotations blanked.
 */
export function dropPlaceNames(narration: readonly string[], index: CharacterIndex): void {
  const uses = new Map<string, { all: number; odd: number }>();
  const WORDS = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}'’-])/gu;
  for (const text of narration) {
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      const name = index.byToken.get(m[1]);
      if (!name || index.roster.has(name)) continue;
      const u = uses.get(m[1]) ?? uses.set(m[1], { all: 0, odd: 0 }).get(m[1])!;
      u.all++;
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      const after = /^\s+([\p{L}]+)/u.exec(text.slice(m.index + m[1].length))?.[1] ?? '';
      if (/\bthe\s$/.test(before) || PLACE_WORDS.has(after.toLowerCase())) u.odd++;
    }
  }
  for (const [word, u] of uses) if (PLACE_WORDS.has(word.toLowerCase()) || (u.all >= 2 && 2 * u.odd >= u.all)) index.byToken.delete(word);
}
