/**
 * Words English makes as it goes, from words the dictionary knows: a gerund made plural
 * ("huggings and kissings", "his jerkings and snivelings"), a noun made a verb or an adjective
 * ("Killpath nasaled", "foam geysering over", "her diaphragmic unit"), a prefix ("the nondefeatist
 * attitude", "who can outgrip me") and a closed compound whose parts are common words
 * ("the batwings", "the mudwagon", "the portwatchers"). Published fiction is full of them and no
 * word list holds them all; a writer who means one should not see a warning.
 *
 * A typo can take the same shape ("stoped" is "stope" + "d", "hopeing" is "hope" + "ing",
 * "sitcases" is "sit" + "cases"), so a word one edit from a word of either tier other than its own
 * stem is never taken for a derivation: that word is what was meant ("stopped", "hoping",
 * "suitcases").
 */

import { oneEditIndexOf } from './one-edit';
import { adjacent } from './ranking';
import type { Speller } from './speller';

/** Suffixes that make a new word of a known one, each with the endings its stem may have had. */
const SUFFIXES: ReadonlyArray<readonly [suffix: string, stems: readonly string[]]> = [
  // "huggings", "snivelings": a gerund made a plural noun.
  ['ings', ['ing']],
  // "malevolencies", "complacencies": the plural of an "-ence" noun's "-ency" form.
  ['encies', ['ence']],
  ['ancies', ['ance']],
  // "nasaled", "cravated", "geysering": a noun used as a verb.
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
  // "diaphragmic", "good-humoredly".
  // "teleporter", "streamers": an agent noun of a verb.
  ['ers', ['', 'e']],
  ['er', ['', 'e']],
  ['ic', ['']],
  ['ly', ['']],
  // "My strength faileth me", "he loveth": a verb's archaic third person, quoted or written in an old voice.
  ['eth', ['', 'e']],
  // "folkified arrangements", "jazzified": a noun or an adjective made a verb in -ify.
  ['ified', ['', 'y', 'e']],
];

/** The determiners English closes with a noun for a person or a thing ("nobody", "anyone", "everything", "somewhere"). */
const DETERMINER_HEADS = ['no', 'any', 'every', 'some'];

/** Endings of a word already derived ("persistent", "failure", "motion"): not made a verb again. */
const DERIVED_ENDING = /(?:ent|ant|ure|ion|ment|ness|ity|ive|ous|ful|less|ing|ed)$/;

/** Prefixes that make a new word of any known word of four letters or more. */
const PREFIXES = ['non', 'out', 'over', 'under', 'super', 'counter', 'semi', 'anti', 'pseudo', 'multi'];

/** Frequency (two times Zipf) from which each part of a closed compound is a common word. */
const PART = 5;

/** Shortest stem a suffix or a prefix is put to: "nasal", "grip"; not "bat" + "ed". */
const STEM = 4;

/**
 * Whether `lower` (lowercase letters) is a derivation of a word `speller` knows, or a closed
 * compound of two common words, and no slip of a common word other than its stem.
 */
export function isDerived(speller: Speller, lower: string): boolean {
  if (lower.length < 6 || !/^[a-z]+$/.test(lower)) return false;
  let memo = verdicts.get(speller);
  if (!memo) verdicts.set(speller, (memo = new Map()));
  let derived = memo.get(lower);
  if (derived === undefined) {
    const stem = stemOf(speller, lower);
    derived = stem !== undefined && !nearOtherCommon(speller, lower, stem) && !nearOtherListed(speller, lower, stem) && !syllableDropped(speller, lower, stem);
    if (memo.size > 10_000) memo.clear();
    memo.set(lower, derived);
  }
  return derived;
}

/** Each speller's answers: a story writes its unknown words again and again. */
const verdicts = new WeakMap<Speller, Map<string, boolean>>();

/**
 * Whether `word` is a Hunspell word. Most stems tried are no word at all: the list (a binary
 * search) turns them away before Hunspell is asked; a word Hunspell knows and the list lacks is
 * asked of Hunspell only when the speller has no list.
 */
function isWord(speller: Speller, word: string): boolean {
  return (speller.listed ? speller.listed(word) : true) && speller.correct(word);
}

/** The stem `lower` is made from (the head of a compound), if any. */
function stemOf(speller: Speller, lower: string): string | undefined {
  for (const [suffix, endings] of SUFFIXES) {
    if (!lower.endsWith(suffix)) continue;
    const base = lower.slice(0, -suffix.length);
    for (const ending of endings) {
      const stem = base + ending;
      if (stem.length < STEM || !isWord(speller, stem)) continue;
      // A word already derived is seldom made a verb: "persistented", "failuring" are typos.
      if ((suffix === 'ed' || suffix === 'ing') && DERIVED_ENDING.test(stem)) continue;
      return stem;
    }
  }
  for (const prefix of PREFIXES) {
    const rest = lower.slice(prefix.length);
    if (lower.startsWith(prefix) && rest.length >= STEM && isWord(speller, rest)) return rest;
  }
  return determinerCompound(speller, lower) ?? compoundHead(speller, lower);
}

/**
 * "nopony", "everypony", "anycreature": a determiner's compound for a person ("nobody", "everyone")
 * made with another noun, as a fandom of non-human characters writes it. Not a noun English
 * already closes with one of these determiners ("sometime", "anymore", "something"): written
 * with another ("everytime", "nomore"), it is two words run together.
 */
function determinerCompound(speller: Speller, lower: string): string | undefined {
  for (const head of DETERMINER_HEADS) {
    if (!lower.startsWith(head)) continue;
    const rest = lower.slice(head.length);
    if (rest.length < STEM || !isWord(speller, rest) || (speller.frequency?.(rest) ?? 0) < PART) continue;
    if (DETERMINER_HEADS.some((d) => isWord(speller, d + rest))) continue;
    return rest;
  }
  return undefined;
}

/**
 * "batwings" (bat + wings), "portwatchers" (port + watchers): two common words, the second
 * perhaps made plural: the first part three letters or more, the second four, the two eight.
 */
function compoundHead(speller: Speller, lower: string): string | undefined {
  if (lower.length < 8 || !speller.frequency) return undefined;
  const common = (w: string) => (speller.frequency?.(w) ?? 0) >= PART && speller.correct(w);
  // The short part is the first ("bat", "mud"): a short last one makes typos ("arrange" + "rad").
  for (let i = 3; i <= lower.length - 4; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (!common(head)) continue;
    if (common(tail) || (tail.length > 4 && tail.endsWith('s') && common(tail.slice(0, -1)))) return head;
  }
  return undefined;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = 'aeiouy';
/** Frequency from which a word only the second tier knows can be what a derivation's writer meant ("greatcoat" 3; not "muggings"). */
const NEIGHBOUR = 2;

/**
 * Whether a listed word (not a weak one, nor one rarer than `NEIGHBOUR`) other than `stem` is one edit from `lower`:
 * "ruedly" → "rudely", "greatcat" → "greatcoat". Asked only of the few words that have a stem.
 */
function nearOtherListed(speller: Speller, lower: string, stem: string): boolean {
  // Its singular is no other word: "batwings" is the plural of "batwing".
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : stem;
  // The list holds the dictionary's words with their frequencies; a look-up there is a binary
  // search, far cheaper than asking Hunspell ~500 times.
  const listed = (w: string) =>
    w !== stem && w !== singular && speller.listed?.(w) === true && speller.weak?.(w) !== true && (speller.frequency?.(w) ?? 0) >= NEIGHBOUR;
  const n = lower.length;
  for (let i = 0; i <= n; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (i < n && listed(head + tail.slice(1))) return true;
    if (i + 1 < n && listed(head + tail[1] + tail[0] + tail.slice(2))) return true;
    // Only the letters a slip leaves out or strikes instead (a vowel, a doubled letter, a key
    // beside one): a quarter of the alphabet, so a quarter of the look-ups.
    for (const c of LETTERS) {
      const before = head[head.length - 1] ?? '';
      const after = tail[0] ?? '';
      if ((VOWELS.includes(c) || c === before || c === after || adjacent(c, before) || adjacent(c, after)) && listed(head + c + tail)) return true;
      if (i < n && c !== after && ((VOWELS.includes(c) && VOWELS.includes(after)) || adjacent(c, after)) && listed(head + c + tail.slice(1))) return true;
    }
  }
  return false;
}

/** Frequency (two times Zipf) from which a word with two letters more is what a writer meant. */
const CONTRACTED_FROM = 9;

/**
 * Whether `lower` is a common word with two letters dropped, its first letter and its ending kept
 * ("probly" for "probably", from "prob" + "ly"), that word far more frequent than `stem`: a slip
 * or a clipped spelling, no derivation. Asked of the speller's likeliest candidates only.
 */
function syllableDropped(speller: Speller, lower: string, stem: string): boolean {
  const candidates = speller.likely?.(lower);
  if (!candidates || !speller.frequency) return false;
  const stemFrequency = speller.frequency(stem);
  return candidates.slice(0, 3).some((w) => {
    if (w.length !== lower.length + 2 || w[0] !== lower[0] || !w.endsWith(lower.slice(-2))) return false;
    const f = speller.frequency?.(w) ?? 0;
    return f >= CONTRACTED_FROM && f > stemFrequency + 2 && isSubsequence(lower, w);
  });
}

/** Whether the letters of `part` occur in `whole` in order. */
function isSubsequence(part: string, whole: string): boolean {
  let i = 0;
  for (let j = 0; j < whole.length && i < part.length; j++) if (whole[j] === part[i]) i++;
  return i === part.length;
}

/** Whether a common word other than `stem` is one edit from `lower`: "stoped" → "stopped". */
function nearOtherCommon(speller: Speller, lower: string, stem: string): boolean {
  const common = speller.common?.();
  if (!common) return false;
  let near = false;
  oneEditIndexOf(common).forEachNear(lower, (word) => {
    if (word !== stem && !near && speller.correct(word)) near = true;
  });
  return near;
}
