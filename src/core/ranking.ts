/**
 * Suggestions ranked by likelihood (a noisy-channel model): for a misspelled word, the candidates
 * Hunspell proposes and the listed words within two edits, each scored by how likely the typo is
 * from that word (the edit's kind, keyboard distance, sound) times how common the word is.
 * "sice" → "since" (one letter dropped, a frequent word) before "dice" (a substitution of keys far
 * apart); "tinking" → "thinking" before "finking".
 */

import { phoneticKey } from './characters/phonetic';
import { editDistance } from './text';
import type { WordList } from './wordlist';

/** Frequency from which a word is a candidate two edits away (≈ 16 times in SUBTLEX's 51M words). */
const TWO_EDIT_FREQUENCY = 5;
/** The list's frequent words by length, built once per list: what two-edit candidates are scanned from. */
const byLength = new WeakMap<WordList, string[][]>();

function frequentByLength(list: WordList): string[][] {
  let buckets = byLength.get(list);
  if (!buckets) {
    buckets = [];
    const into = buckets;
    list.forEachLower((word) => {
      if (/^[a-z]+$/.test(word)) (into[word.length] ??= []).push(word);
    }, TWO_EDIT_FREQUENCY);
    byLength.set(list, buckets);
  }
  return buckets;
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_AT = new Map<string, [number, number]>();
ROWS.forEach((row, r) => [...row].forEach((ch, c) => KEY_AT.set(ch, [r, c + r * 0.5])));
const VOWELS = new Set('aeiouy');
/** Letters that stand for the same sound often enough to be swapped by ear. */
const SOUND_ALIKE = new Set(['c|k', 'c|s', 's|z', 'k|q', 'i|y', 'f|v', 'g|j', 'm|n', 'd|t', 'b|p']);

/** Whether keys `a` and `b` are neighbours on a QWERTY keyboard. */
export function adjacent(a: string, b: string): boolean {
  const p = KEY_AT.get(a);
  const q = KEY_AT.get(b);
  if (!p || !q) return false;
  return Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1.01;
}

/**
 * The model's weights: the cost (roughly a negative log probability) of each kind of slip, and how
 * a step of cost weighs against a step of frequency. Tuned on typos injected into Brown ck–cn
 * (`scripts/tune-ranking.ts`); exported for that script, not to be changed at run time.
 */
export const WEIGHTS = {
  /** A neighbouring key pressed instead ("nezt"). */
  adjacentKey: 1.3,
  /** One vowel for another ("seperate"). */
  vowel: 2.1,
  /** A letter for one that sounds alike ("sircle"). */
  soundAlike: 1.2,
  /** Any other letter for another. */
  otherLetter: 2.8,
  /** A doubled letter written once ("ocasion"). */
  dropDouble: 1.09,
  /** A vowel left out ("definitly"). */
  dropVowel: 1.05,
  /** A consonant left out ("absently" → "abently"). */
  dropConsonant: 0.9,
  /** A key pressed twice ("untill"). */
  addDouble: 1.33,
  /** A neighbour of the last or next key added ("thwe"). */
  addAdjacent: 2.27,
  /** Any other letter added. */
  addOther: 1.98,
  /** Two neighbours swapped ("teh"). */
  swap: 0.99,
  /** How much a step of typo cost weighs against a step of frequency (2·Zipf). */
  cost: 3.51,
  /** Bonus for a candidate that sounds like the typo (the same phonetic key). */
  sound: 1.02,
  /** Frequency given to a Hunspell suggestion the frequency list lacks, and to any other word it lacks. */
  unknownHunspell: 0.5,
  unknownOther: 0.25,
};

function substitution(intended: string, typed: string): number {
  if (adjacent(intended, typed)) return WEIGHTS.adjacentKey;
  if (VOWELS.has(intended) && VOWELS.has(typed)) return WEIGHTS.vowel;
  if (SOUND_ALIKE.has(`${intended}|${typed}`) || SOUND_ALIKE.has(`${typed}|${intended}`)) return WEIGHTS.soundAlike;
  return WEIGHTS.otherLetter;
}

/**
 * The weighted Damerau (optimal string alignment) distance from `intended` to `typed`: the cost
 * of the likeliest way of mistyping one as the other.
 */
export function typoCost(intended: string, typed: string): number {
  const a = intended;
  const b = typed;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i * 2;
  for (let j = 0; j < cols; j++) d[j] = j * 2;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const ai = a[i - 1];
      const bj = b[j - 1];
      if (ai === bj) {
        d[i * cols + j] = d[(i - 1) * cols + j - 1];
        continue;
      }
      // A letter left out: cheapest for a doubled letter written once ("ocasion") or a vowel.
      const drop = ai === a[i - 2] || ai === a[i] ? WEIGHTS.dropDouble : VOWELS.has(ai) ? WEIGHTS.dropVowel : WEIGHTS.dropConsonant;
      // A letter added: a key pressed twice ("untill"), or a neighbour of the next or last key.
      const add =
        bj === b[j - 2] || bj === b[j] ? WEIGHTS.addDouble : adjacent(bj, b[j - 2] ?? '') || adjacent(bj, b[j] ?? '') ? WEIGHTS.addAdjacent : WEIGHTS.addOther;
      let best = Math.min(d[(i - 1) * cols + j] + drop, d[i * cols + j - 1] + add, d[(i - 1) * cols + j - 1] + substitution(ai, bj));
      if (i > 1 && j > 1 && ai === b[j - 2] && a[i - 2] === bj) best = Math.min(best, d[(i - 2) * cols + j - 2] + WEIGHTS.swap);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit (drop, add, change, swap of neighbours) from `word`. */
export function edits1(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const ch of LETTERS) {
      out.add(head + ch + tail);
      if (tail && ch !== tail[0]) out.add(head + ch + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}

const scratch = new Int8Array(26);

/**
 * A cheap bound: two edits change at most four letters of the bag of letters, so a word whose
 * letters differ from the typo's by more is skipped before the edit distance is computed.
 */
function withinLetters(hist: Int8Array, word: string): boolean {
  scratch.set(hist);
  let off = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (scratch[c]-- <= 0 && ++off > 4) return false;
  }
  for (let i = 0; i < 26; i++) if (scratch[i] > 0 && (off += scratch[i]) > 4) return false;
  return true;
}

/** One ranked candidate. */
export interface Ranked {
  word: string;
  score: number;
}

export interface RankOptions {
  /** Hunspell's own suggestions: candidates even when the list lacks them. */
  hunspell: readonly string[];
  /** Whether a candidate may be offered (known to a tier, and not an offensive or odd form). */
  accept(word: string): boolean;
  /** Words the story itself uses, with their counts: they go first when they fit. */
  story?: ReadonlyMap<string, number>;
  /**
   * Hook for the irregular-verb table (`src/core/data/irregular-verbs.ts`, another issue): the
   * real form of a regularized verb ("runned" → "ran"), which then goes first.
   */
  irregular?: (word: string) => string | undefined;
}

/**
 * Ranks corrections of `typed`, best first. Candidates: `options.hunspell`, and listed words within
 * one edit (two for words of five letters or more, frequent words only).
 */
export function rankSuggestions(typed: string, list: WordList | undefined, options: RankOptions): string[] {
  return rankCandidates(typed, candidatesOf(typed, list, options), list, options);
}

/** The candidates of `typed`: lowercase → the form to offer. */
export function candidatesOf(typed: string, list: WordList | undefined, options: RankOptions): Map<string, string> {
  const lower = typed.toLowerCase();
  const capitalized = typed !== lower;
  const candidates = new Map<string, string>();
  const add = (form: string) => {
    const key = form.toLowerCase();
    if (key === lower || candidates.has(key)) return;
    candidates.set(key, form);
  };
  for (const h of options.hunspell) add(h);
  if (list && /^[a-z]+$/.test(lower) && lower.length <= 24) {
    const one = edits1(lower);
    const look = (e: string, minFrequency: number) => {
      const z = list.lowerFrequency(e);
      if (z !== undefined && z >= minFrequency && options.accept(e)) add(e);
      else if (capitalized) {
        const proper = list.proper(e);
        if (proper && options.accept(proper)) add(proper);
      }
    };
    for (const e of one) look(e, 0);
    if (lower.length >= 5) {
      // Two edits away: a scan of the frequent words of about the same length (~10 ms), cheaper
      // than the ~200,000 strings two rounds of `edits1` would make.
      const buckets = frequentByLength(list);
      const hist = new Int8Array(26);
      for (let i = 0; i < lower.length; i++) hist[lower.charCodeAt(i) - 97]++;
      for (let n = lower.length - 2; n <= lower.length + 2; n++) {
        for (const w of buckets[n] ?? []) {
          if (!withinLetters(hist, w) || candidates.has(w)) continue;
          if (editDistance(lower, w, 2) <= 2 && options.accept(w)) add(w);
        }
      }
    }
  }
  return options.story ? withStory(typed, candidates, options.story, options.accept) : candidates;
}

/** `candidates` and the story's words within two edits of `typed` ("Hermione" for "Hermoine"). */
export function withStory(
  typed: string,
  candidates: ReadonlyMap<string, string>,
  story: ReadonlyMap<string, number>,
  isWord: (word: string) => boolean,
): Map<string, string> {
  const lower = typed.toLowerCase();
  const out = new Map(candidates);
  for (const [w] of story) {
    if (Math.abs(w.length - typed.length) > 2) continue;
    const key = w.toLowerCase();
    if (key === lower) continue;
    // "The" and "For" start the story's sentences: for a lowercase typo only names count ("hermoine").
    if (typed === lower && w !== key && isWord(key)) continue;
    if (!out.has(key)) {
      if (editDistance(lower, key, 2) <= 2) out.set(key, w);
    } else if (typed !== lower) {
      // A capitalized typo takes the story's casing of a word ("Kira" the name, not "kira"); a
      // lowercase one keeps the dictionary's ("that", though the story starts sentences with "That").
      out.set(key, w);
    }
  }
  return out;
}

/** Orders `candidates` by likelihood: frequency, less the weighted typo cost, plus sound and story bonuses. */
export function rankCandidates(typed: string, candidates: ReadonlyMap<string, string>, list: WordList | undefined, options: RankOptions): string[] {
  const lower = typed.toLowerCase();
  const irregular = options.irregular?.(lower);
  const key = phoneticKey(lower);
  const ranked: Ranked[] = [];
  for (const [lc, form] of candidates) {
    const cost = typoCost(lc, lower);
    // A lowercase typo gets no story bonus for a capitalized dictionary word ("The" for "tey").
    const fromStory =
      typed === lower && form !== lc ? (options.accept(lc) ? undefined : options.story?.get(form)) : (options.story?.get(form) ?? options.story?.get(lc));
    if (fromStory === undefined && !options.hunspell.includes(form) && cost > 4.5) continue;
    if (fromStory !== undefined && cost > 4) continue;
    let z = list?.frequency(form) ?? 0;
    if (z === 0) z = options.hunspell.includes(form) ? WEIGHTS.unknownHunspell : WEIGHTS.unknownOther;
    let score = z - WEIGHTS.cost * cost + (phoneticKey(lc) === key ? WEIGHTS.sound : 0);
    // The story's own words and names fit its text better than any dictionary's frequency says.
    if (fromStory !== undefined) score += 6 + Math.min(4, Math.log2(1 + fromStory));
    if (irregular && lc === irregular.toLowerCase()) score += 100;
    ranked.push({ word: form, score });
  }
  if (irregular && !candidates.has(irregular.toLowerCase())) ranked.push({ word: irregular, score: 100 });
  ranked.sort((x, y) => y.score - x.score || x.word.localeCompare(y.word));
  // "Hermoine" → "Heroine", not "heroine": a capitalized typo gets capitalized words.
  const capitalized = /^\p{Lu}/u.test(typed);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { word } of ranked) {
    const form = capitalized && /^\p{Ll}/u.test(word) ? word[0].toUpperCase() + word.slice(1) : word;
    if (seen.has(form)) continue;
    seen.add(form);
    out.push(form);
  }
  return out;
}
