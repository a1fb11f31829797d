/**
 * What the spelling rule asks of a word's shape and place: the story's coinages (far from every
 * word), codes, foreign elisions, clipped words and technical strings. Split from `spelling.ts`.
 */

import { phoneticKey } from '../characters/phonetic';
import type { Token } from '../model/paragraph';
import { oneEditIndexOf } from '../one-edit';
import { adjacent } from '../ranking';
import type { Speller } from '../speller';
import { unknownWordCommands } from './commands';
import type { RawFinding } from './types';

/** A word's letters in order: two words with the same are each other's letters scrambled ("htikn", "think"). */
export function lettersOf(w: string): string {
  return [...w].sort().join('');
}

const APOSTROPHES = "'’";

/**
 * A word no tier knows that the document writes this many times, two edits or more from every
 * common word and no word with a letter doubled or two swapped, is the story's own coinage
 * ("dromozoa", "tultul", "super-condamine", a fandom's "apparate"): a consistent misspelling stays
 * close to its word ("definately", "exersize", "snorkle").
 */
export const COINED_AFTER = 2;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const far = new WeakMap<Speller, Map<string, boolean>>();

/**
 * Whether `lower` (or, hyphenated, each of its unknown parts) is a coinage's shape: no common word
 * (the list's, about 6,000) within two edits, no word Hunspell knows one letter shorter or with two
 * letters swapped. Asked only of words the document writes twice, once each (a scan of the common
 * words of near length: well under a millisecond).
 */
export function farFromWords(speller: Speller, lower: string): boolean {
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(lower)) return false;
  let memo = far.get(speller);
  if (!memo) far.set(speller, (memo = new Map()));
  let answer = memo.get(lower);
  if (answer === undefined) {
    // The list's common words and Hunspell's (its look-ups are cached): the list's own look-up
    // is a search of its text, too slow for many tries.
    const common = speller.common?.();
    const isWord = (w: string) => common?.has(w) === true || speller.correct(w);
    const unknown = lower.split('-').filter((p) => !isWord(p));
    // Two edits from a common word is a misspelling still ("exersize", "evrithing", "htikn").
    const nearCommonIn2 = (p: string) => common !== undefined && withinTwoOfAny(p, common);
    answer =
      unknown.length > 0 &&
      unknown.every((p) => p.length >= 4 && pronounceable(p) && !nearCommonIn2(p) && !dropOrSwapOf(p, isWord) && !wrongEnding(speller, p));
    if (memo.size > 10_000) memo.clear();
    memo.set(lower, answer);
  }
  return answer;
}

/**
 * Frequency (2·Zipf) from which a dictionary word is one whose ending a writer gets wrong rather
 * than a base a story coins from ("graffiti" 7, "unicorn" 7).
 */
const WRONG_ENDING_BASE = 6;

/**
 * Whether `lower` is a dictionary word in use with an inflection's ending it does not take
 * ("graffities" for "graffiti", "sheeps", "adviced"): a form of a known word, misspelt the same
 * way each time, never the story's coinage. The base has four letters or more ("esper" is no "esp").
 */
export function wrongEnding(speller: Speller, lower: string): boolean {
  return wrongEndingBase(speller, lower) !== undefined;
}

/**
 * The dictionary word that `lower` gives an ending it does not take (`wrongEnding`), and the
 * ending: `["graffiti", "es"]` for "graffities"; undefined when it is none.
 */
export function wrongEndingBase(speller: Speller, lower: string): [string, string] | undefined {
  if (!/^[a-z]+$/.test(lower) || speller.correct(lower)) return undefined;
  for (const ending of ['es', 's', 'ed', 'd', 'ing', 'er', 'est']) {
    if (!lower.endsWith(ending)) continue;
    const base = lower.slice(0, -ending.length);
    if (base.length >= 4 && speller.correct(base) && (speller.frequency?.(base) ?? 0) >= WRONG_ENDING_BASE) return [base, ending];
  }
  return undefined;
}

/**
 * From this many times written, a word no tier knows is the story's own even one edit from a
 * common word ("gapt", a rank in the story's world; "fucken", how its narrator swears), unless it
 * is a habit's misspelling: two letters swapped or a letter doubled or undoubled ("thier",
 * "untill", "realy"), or a spelling that sounds like one of the words suggested for it
 * ("definately", "exersize", "goverment", "truely"). A slip of the fingers is not typed three times.
 */
export const COINED_NEAR_AFTER = 3;

const habitual = new WeakMap<Speller, Map<string, boolean>>();

/**
 * Whether `lower`, which the document writes `COINED_NEAR_AFTER` times or more, is its coinage.
 * Asked only of the few words written that often (a suggestion each, cached).
 */
export function isRepeatedCoinage(speller: Speller, lower: string): boolean {
  if (!/^[a-z]+$/.test(lower)) return false;
  let memo = habitual.get(speller);
  if (!memo) habitual.set(speller, (memo = new Map()));
  let answer = memo.get(lower);
  if (answer === undefined) {
    const isWord = (w: string) => speller.correct(w);
    const common = (w: string) => isWord(w) && (speller.frequency?.(w) ?? 0) >= RUN_TOGETHER_HEAD;
    answer = lower.length >= 4 && pronounceable(lower) && !habitOf(lower, isWord, common) && !wrongEnding(speller, lower);
    // Its letters scrambled ("htikn"), or sounding like it ("definately"): a word suggested for it.
    const letters = lettersOf(lower);
    if (answer) answer = !speller.suggest(lower).some((s) => soundsAlike(lower, s.toLowerCase()) || lettersOf(s.toLowerCase()) === letters);
    if (memo.size > 10_000) memo.clear();
    memo.set(lower, answer);
  }
  return answer;
}

/**
 * From this many times the story writes it (all its files), a lowercase word no tier knows that is
 * no habit's misspelling (`isHabitualSpelling`) is the story's vocabulary: information, not a
 * warning ("esper", "electromaster" over two chapters). Three, as `COINED_NEAR_AFTER`: a slip of the
 * fingers is not typed three times; on the tuning data, see the README.
 */
export const STORY_WORD_AFTER = 3;

/**
 * Whether `lower` is a habit's misspelling, which a writer types the same way every time: two
 * letters swapped ("thier"), a letter doubled or undoubled ("untill", "realy"); a letter put back,
 * taken out or struck beside it, or two words run together, making a common word ("suprise",
 * "onlt", "inbetween"); any one edit from a very common word ("intot"); or sounding like (or scrambling) a common word suggested for it
 * ("definately", "wierd", "exersize"). Asked of the few
 * words a story writes `STORY_WORD_AFTER` times (a suggestion each, cached).
 */
export function isHabitualSpelling(speller: Speller, lower: string): boolean {
  if (!/^[a-z]+$/.test(lower)) return false;
  let memo = habits.get(speller);
  if (!memo) habits.set(speller, (memo = new Map()));
  let answer = memo.get(lower);
  if (answer === undefined) {
    const isWord = (w: string) => speller.correct(w);
    const frequent = (w: string, from: number) => isWord(w) && (speller.frequency?.(w) ?? 0) >= from;
    // A letter put back, taken out or struck beside it: a habit when it makes a common word
    // ("suprise", "onlt"); "esper" is a letter from "vesper" only.
    answer =
      swappedOrDoubled(lower, isWord) ||
      habitOf(
        lower,
        (w) => frequent(w, HABIT_OF),
        (w) => frequent(w, RUN_TOGETHER_HEAD),
      ) ||
      nearVeryCommon(speller, lower) ||
      wrongEnding(speller, lower);
    const letters = lettersOf(lower);
    // Only a common word is what a habit sounds out: "esper" sounds like "espier" too.
    const sounded = (w: string) => (soundsAlike(lower, w) || lettersOf(w) === letters) && frequent(w, HABIT_OF);
    if (!answer) answer = speller.suggest(lower).some((w) => sounded(w.toLowerCase()));
    if (memo.size > 10_000) memo.clear();
    memo.set(lower, answer);
  }
  return answer;
}

/**
 * Frequency (2·Zipf) from which a word is the base of a speaker's informal form (`isInformalForm`:
 * "blond" 8, "heck" 8), and from which a word one edit away is what a typo meant instead ("eeling"
 * is "feeling", 10; "hecking" is not "checking", 9).
 */
export const INFORMAL_BASE = 8;
export const INFORMAL_NOT_NEAR = 10;

/**
 * "blondie", "hecking": a speaker's informal form of a common word: a diminutive in `-ie` ("blond",
 * "hot" doubled), or `-ing` on a word that is no verb (a verb's "stoping", "comeing", "runing"
 * misspell its own -ing form, which the dictionary has). Not one edit from a common word.
 */
export function isInformalForm(speller: Speller, lower: string): boolean {
  const word = (w: string) => speller.correct(w) && (speller.frequency?.(w) ?? 0) >= INFORMAL_BASE;
  const ie = /^([a-z]{3,})ie$/.exec(lower)?.[1];
  const ing = /^([a-z]{3,})ing$/.exec(lower)?.[1];
  const informal =
    (ie !== undefined && (word(ie) || (ie[ie.length - 1] === ie[ie.length - 2] && word(ie.slice(0, -1))))) ||
    (ing !== undefined && word(ing) && ![`${ing}${ing[ing.length - 1]}ing`, `${ing.slice(0, -1)}ing`, `${ing}e`].some((w) => speller.correct(w)));
  if (!informal) return false;
  let near = false;
  oneEditIndexOf(speller.common?.() ?? new Map<string, number>()).forEachNear(lower, (w, z) => {
    if (z >= INFORMAL_NOT_NEAR && speller.correct(w)) near = true;
  });
  return !near;
}

/** Any one edit from a very common word, at an edge too ("intot", "lastr"): what was meant. */
function nearVeryCommon(speller: Speller, lower: string): boolean {
  let near = false;
  oneEditIndexOf(speller.common?.() ?? new Map<string, number>()).forEachNear(lower, (w, z) => {
    if (z >= HABIT_OF_VERY_COMMON && speller.correct(w)) near = true;
  });
  return near;
}

/** Whether `w` is a word with two letters swapped ("thier") or a letter doubled or undoubled ("untill", "realy"). */
function swappedOrDoubled(w: string, isWord: (w: string) => boolean): boolean {
  for (let i = 0; i < w.length; i++) {
    if (i + 1 < w.length && w[i] !== w[i + 1] && isWord(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
    if (w[i] === w[i + 1] && isWord(w.slice(0, i) + w.slice(i + 1))) return true;
    if (isWord(w.slice(0, i + 1) + w.slice(i))) return true;
  }
  return false;
}

const habits = new WeakMap<Speller, Map<string, boolean>>();
/** The frequency (2·Zipf) from which a word is one a habit misspells ("exercise" 9, "only" 13; not "vesper"). */
const HABIT_OF = 8;
/** …and from which any one edit from it is ("into" 12, "last" 12; not "fucked" 9). */
const HABIT_OF_VERY_COMMON = 11;

/**
 * Whether a word is `w` with two letters swapped, a letter put back ("suprise", "knowlege") or
 * taken out ("priviledge", "untill"; the first or last only when doubled: a habit misspells inside
 * a word, while a letter before or after a word, "gapt", makes another), a neighbouring key
 * ("onlt"), two common words run together ("inbetween"), or a common word and an ending ("myselfes").
 */
function habitOf(w: string, isWord: (w: string) => boolean, common: (w: string) => boolean): boolean {
  for (let i = 0; i < w.length; i++) {
    if (i + 1 < w.length && w[i] !== w[i + 1] && isWord(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
    const inside = i > 0 && i + 1 < w.length;
    if ((inside || w[i] === w[i - 1] || w[i] === w[i + 1]) && isWord(w.slice(0, i) + w.slice(i + 1))) return true;
  }
  for (let i = 0; i <= w.length; i++) {
    for (const c of ALPHABET) {
      if (isWord(w.slice(0, i) + c + w.slice(i))) return true;
      // A neighbouring key, struck each time ("onlt", "woukd", "anf").
      if (i < w.length && c !== w[i] && adjacent(c, w[i]) && isWord(w.slice(0, i) + c + w.slice(i + 1))) return true;
    }
  }
  // Two words run together ("inbetween", "eachother", "alot"), both common; a common word and an
  // ending it does not take ("myselfes").
  for (let i = 1; i < w.length - 1; i++) if (common(w.slice(0, i)) && (common(w.slice(i)) || /^(?:e?s|e?d|ing|ly|e?r|est|ies)$/.test(w.slice(i)))) return true;
  return false;
}

/**
 * Whether two spellings sound alike: the same consonants (`phoneticKey`) and about as many vowel
 * sounds ("definately"/"definitely", "publically"/"publicly"; not "gapt"/"gap", "fucken"/"fucking").
 */
export function soundsAlike(a: string, b: string): boolean {
  const vowels = (w: string) => w.match(/[aeiouy]+/g)?.length ?? 0;
  return phoneticKey(a) === phoneticKey(b) && Math.abs(vowels(a) - vowels(b)) <= 1;
}

const byLength = new WeakMap<ReadonlyMap<string, number>, string[][]>();

/** Whether a word of `words` is at most two edits (a swap one) from `w`: a scan of the words of near length. */
function withinTwoOfAny(w: string, words: ReadonlyMap<string, number>): boolean {
  let buckets = byLength.get(words);
  if (!buckets) {
    buckets = [];
    for (const word of words.keys()) if (/^[a-z]+$/.test(word)) (buckets[word.length] ??= []).push(word);
    byLength.set(words, buckets);
  }
  const bag = new Int32Array(26);
  for (let i = 0; i < w.length; i++) bag[w.charCodeAt(i) - 97]++;
  for (let n = Math.max(1, w.length - 2); n <= w.length + 2; n++) {
    for (const c of buckets[n] ?? []) {
      // Two edits change at most four letters of the multiset: most words fail this at once.
      let off = 0;
      for (let i = 0; i < c.length && off <= 4; i++) if (bag[c.charCodeAt(i) - 97]-- <= 0) off++;
      for (let i = 0; i < c.length; i++) bag[c.charCodeAt(i) - 97]++;
      if (off + Math.max(0, w.length - (c.length - off)) > 4) continue;
      if (distanceAtMost2(w, c)) return true;
    }
  }
  return false;
}

/** The three rows `distanceAtMost2` works in, kept (words past 63 letters are no word). */
const ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Whether the optimal-string-alignment distance (a swap is one edit) of `a` and `b` is at most 2. */
function distanceAtMost2(a: string, b: string): boolean {
  const n = a.length;
  const m = b.length;
  if (m + 1 > ROWS[0].length) return false;
  let [prev2, prev, row] = ROWS;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, prev2[j - 2] + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > 2) return false;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[m] <= 2;
}

/**
 * A coinage is said aloud: it has a vowel and no four consonants in a row. Keyboard gibberish
 * ("xyzzyq", "sdfghj") written twice is no word of the story's.
 */
function pronounceable(w: string): boolean {
  return /[aeiou]/.test(w) && !/[^aeiouy]{4}/.test(w);
}

/** Whether a word is `w` with a letter doubled or added, or two letters swapped ("snorkle"). */
function dropOrSwapOf(w: string, isWord: (w: string) => boolean): boolean {
  for (let i = 0; i < w.length; i++) {
    if (isWord(w.slice(0, i) + w.slice(i + 1))) return true;
    if (i + 1 < w.length && isWord(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
  }
  return false;
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

/**
 * On a command line typed at a shell prompt (`$ tricorder-disp --what="env temp"`): a line that
 * opens with `$` and a lowercase command is code, no prose, whatever its words.
 */
export function onCommandLine(text: string, token: Token): boolean {
  // Read back over one short line at most: a paragraph of one 5 MB line stays linear.
  const at = Math.max(0, token.start - COMMAND_REACH);
  const before = text.slice(at, token.start + 1);
  const line = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  if (line < 0 && at > 0) return false;
  return /^[ \t]*\$[ \t]+[a-z]/.test(before.slice(line + 1));
}

/** Characters a command line is read back over from a word of it. */
const COMMAND_REACH = 200;

/**
 * "the OTFers", "NPCs", "IMed": an initialism with an English ending (a plural, an agent, a past),
 * which no dictionary lists and no typist's slip writes: capitals, then the ending in lowercase.
 */
export function isInitialismForm(word: string): boolean {
  return /^\p{Lu}{2,5}(?:['’]?s|ers?|ed|ing)$/u.test(word);
}

/** "JYM 114", "B 52": capitals followed by a number are a code (a licence plate, a model), no word. */
export function isCode(text: string, token: Token): boolean {
  return /^\p{Lu}{1,4}$/u.test(token.text) && /^[ -]\d/.test(text.slice(token.end, token.end + 2));
}

/**
 * "l'Osservatore", "qu'il", "the Quai d'Orsay", "d'Artagnan": a French or Italian elided article,
 * preposition or conjunction, never English ("d'" only before a vowel or an h, as French elides:
 * "d'you" is English speech).
 */
export function isForeignElision(lower: string): boolean {
  return /^(?:l|qu)['’]\p{L}{2,}/u.test(lower) || /^d['’][aeiouhàâéèêëîïôöûü]\p{L}+/u.test(lower);
}

/**
 * "café", "fiancée", "naïve", "à": the word with its accents taken off, when it has any ("cafe",
 * "fiancee", "naive", "a"), else undefined. English keeps the accents of many a loanword.
 */
export function withoutAccents(word: string): string | undefined {
  if (!/[^\u0000-\u007f]/.test(word)) return undefined;
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  return plain !== word && /^[\p{L}'’-]+$/u.test(plain) ? plain : undefined;
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

/**
 * Whether the word is part of an open compound the word list knows (WordNet's, listed with their
 * space): with its neighbour ("a smart aleck", "pro tem", "carte blanche"), or as one token of two
 * parts joined by a hyphen ("his pro-tem captain"). A part alone ("aleck", "tem") is never a word.
 */
export function inOpenCompound(speller: Speller, text: string, tokens: readonly Token[], i: number): boolean {
  const has = speller.listed;
  if (!has) return false;
  const lower = tokens[i].lower.replace(/'s$/, '');
  const hyphen = lower.indexOf('-');
  if (hyphen > 0 && hyphen === lower.lastIndexOf('-')) return has.call(speller, `${lower.slice(0, hyphen)} ${lower.slice(hyphen + 1)}`);
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (prev && text.slice(prev.end, tokens[i].start) === ' ' && has.call(speller, `${prev.lower} ${lower}`)) return true;
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  return next !== undefined && text.slice(tokens[i].end, next.start) === ' ' && has.call(speller, `${lower} ${next.lower.replace(/'s$/, '')}`);
}

/** What speech runs onto a word it says fast: "willya", "buncha", "wanta", "damnit", "howda", "gotcha". */
const RUN_ON = ['ya', 'a', 'ta', 'cha', 'ja', 'da', 'it', 'na'];

/** The frequency from which a word takes a run-on ending in speech ("bunch", 10; not "sum", 8). */
export const RUN_TOGETHER_HEAD = 10;

/**
 * "willya", "buncha", "damnit": a common word and a spoken "you", "of", "to" or "it" written as
 * one, as speech says them. Asked of words no tier knows, in dialogue only.
 */
export function isRunTogether(speller: Speller, lower: string): boolean {
  if (!/^[a-z]{4,}$/.test(lower)) return false;
  return RUN_ON.some((end) => {
    const head = lower.slice(0, -end.length);
    // "gottaa", "ideaa": a letter doubled onto the word is a slip, not a spoken ending.
    if (!lower.endsWith(end) || head.length < 3 || head.endsWith(end[0])) return false;
    return (speller.frequency?.(head) ?? 0) >= RUN_TOGETHER_HEAD && speller.correct(head);
  });
}

/** A part of a hyphenated word with a suffix taken off: "clippety" → "clipp", "clopping" → "clopp". */
function echoBase(part: string): string {
  const base = part.replace(/(?:ety|ity|ty|ing|ed|ies|es|s|y)$/, '');
  return base.length >= 2 ? base : part;
}

/** Two parts that echo each other: the same, one the other's start, a rhyme, or a vowel swapped. */
function echoes(a: string, b: string): boolean {
  const [p, q] = [echoBase(a), echoBase(b)];
  if (p === q || (p.length >= 2 && q.length >= 2 && (p.startsWith(q) || q.startsWith(p)))) return true;
  const rhyme = (w: string) => w.replace(/^(?:[^aeiouy]|y(?=[aeiou]))+/, '');
  if (rhyme(p).length >= 1 && rhyme(p) === rhyme(q) && p !== rhyme(p) && q !== rhyme(q)) return true;
  const frame = (w: string) => w.replace(/[aeiouy]+/g, '_');
  return /[^_]/.test(frame(p)) && frame(p) === frame(q) && frame(p).includes('_');
}

/**
 * "clippety-clopping", "tum-tumty-tum", "ki-yi-ing", "hurly-burly": a hyphenated sound word whose
 * parts echo each other (repeated, rhymed, a vowel swapped), which no word list can hold. A slip
 * inside one ("hurly-burlt", "tick-tcok") breaks the echo and is still a misspelling.
 */
export function isEchoWord(lower: string): boolean {
  // "ki-yi-ing": the echo inflected by a suffix of its own.
  const parts = lower.split('-');
  if (parts.length > 2 && /^(?:ing|ed|s)$/.test(parts[parts.length - 1])) parts.pop();
  if (parts.length < 2 || parts.some((p) => !/^[a-z]{1,10}$/.test(p))) return false;
  for (let i = 0; i + 1 < parts.length; i++) if (!echoes(parts[i], parts[i + 1]) && !(i + 2 < parts.length && echoes(parts[i], parts[i + 2]))) return false;
  return true;
}

/**
 * Words of four letters or more that speech does not run into the next word as a compound's part:
 * pronouns, prepositions, conjunctions, auxiliaries ("sawthem", "walkinto", "shewould"). Prefix-like
 * ones ("over", "under", "after", "some") are left out: they make compounds.
 */
const FUNCTION_PARTS = new Set(
  'with from that this they them were have been what when your then than there their would could should about because outside inside where which while very just into onto upon'.split(
    ' ',
  ),
);

/**
 * "sitsoutside" → "sits outside": a lowercase word no tier knows that two common words of four
 * letters or more make (each of frequency `part`, as a closed compound's), where the first is a
 * verb's or a noun's ending form ("sits", "walked", "living": a compound's first part is its
 * bare word, "chartroom", "tomblike") or either is a function word. Returns the two words with a
 * space, the more frequent split first; undefined for a compound ("floodheads", "pokerfaced").
 */
export function runTogetherSplit(speller: Speller, lower: string, part: number): string | undefined {
  if (lower.length < 8 || !/^[a-z]+$/.test(lower) || !speller.frequency) return undefined;
  const frequency = speller.frequency.bind(speller);
  const word = (w: string) => frequency(w) >= part && speller.correct(w);
  let best: string | undefined;
  let bestScore = 0;
  for (let i = 4; i <= lower.length - 4; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (!word(head) || !word(tail)) continue;
    if (!(FUNCTION_PARTS.has(head) || FUNCTION_PARTS.has(tail) || inflected(head, word))) continue;
    const score = Math.min(frequency(head), frequency(tail));
    if (score > bestScore) [best, bestScore] = [`${head} ${tail}`, score];
  }
  return best;
}

/** "sits" (sit), "walked" (walk), "living" (live): a word's ending form, the bare word a word too. */
function inflected(head: string, word: (w: string) => boolean): boolean {
  const s = /^(.{3,}[^s])s$/.exec(head);
  if (s && word(s[1])) return true;
  const ending = /^(.{3,}?)(?:ed|ing)$/.exec(head);
  return ending !== null && [ending[1], `${ending[1]}e`, ending[1].replace(/(.)\1$/, '$1')].some(word);
}

/** "sitsoutside" → "sits outside": two words run together (`split`), a warning. */
export function runTogetherFinding(token: Token, split: string): RawFinding {
  const message = `\`${token.text}\` looks like two words run together: \`${split}\`.`;
  return {
    start: token.start,
    end: token.end,
    message,
    suggestions: [split],
    data: { word: token.text, runTogether: true },
    commands: unknownWordCommands(token.text),
  };
}
