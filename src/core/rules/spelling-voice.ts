/**
 * A paragraph's voice, for the spelling rule: the spoken forms it counts in speech and in
 * narration, and the findings that are more of the same voice. Split from `spelling.ts`.
 */

import type { ParagraphAnalysis } from '../model/paragraph';
import { adjacent } from '../ranking';
import type { Speller } from '../speller';
import { lettersOf, soundsAlike } from './spelling-shapes';
import type { RawFinding } from './types';

/**
 * A paragraph is written in a voice when its speech (or its narration) carries at least this many
 * spoken forms ("goin", "nahce", "t'gethuh"), one word in `VOICE_SHARE` or more of it: "Ahm goin
 * nawth t'jawn mah husbun…". The words no tier knows there are more of the same voice ("husbun",
 * "suhthuhn"), not typos. Tuned on Brown ck–cn.
 */
export const VOICE_MIN = 3;
export const VOICE_SHARE = 10;
/** The dropped g's in a paragraph's narration ("nothin", "lovin") from which they are its voice. */
export const NARRATOR_VOICE_MIN = 2;

/**
 * A paragraph's voice: the spoken forms counted in its speech and in its narration, and the
 * findings that are more of the same voice if either part is written in one.
 */
export class Voice {
  spokenInSpeech = 0;
  spokenInNarration = 0;
  readonly speech: RawFinding[] = [];
  readonly narration: RawFinding[] = [];
  /** The spoken forms' own findings in narration. */
  readonly spokenInNarrationFound: RawFinding[] = [];

  /** `found` less the findings of a part written in a voice. */
  apply(found: RawFinding[], { dialogueWords, words, noteWords }: ParagraphAnalysis): RawFinding[] {
    // Nine paragraphs in ten have nothing to drop.
    if (found.length === 0 || (this.spokenInNarration < NARRATOR_VOICE_MIN && this.spokenInSpeech < VOICE_MIN)) return found;
    const dropped = new Set<RawFinding>();
    // "haint there just nothin like… sweet lovin sixteen": a g dropped twice in a paragraph's
    // narration is its narrator's way of speaking, no slip typed twice (nor are "gonna", "outta",
    // an elongation as "passsed": information, unless written again).
    const voiceForms = this.spokenInNarrationFound.filter((f) => f.data?.droppedG);
    if (voiceForms.length >= NARRATOR_VOICE_MIN) for (const f of voiceForms) dropped.add(f);
    // "anybody thinkin it was easy… kept sayin… doin it now": spoken forms that recur in a
    // paragraph's narration are its voice, however long the paragraph. They are forms the rule
    // recognized, no typos, so nothing is lost by silencing them.
    if (this.spokenInNarration >= VOICE_MIN) for (const f of this.spokenInNarrationFound) dropped.add(f);
    if (this.speech.length > 0 && voiced(this.spokenInSpeech, dialogueWords)) for (const f of this.speech) dropped.add(f);
    if (this.narration.length > 0 && voiced(this.spokenInNarration, words - dialogueWords - noteWords)) for (const f of this.narration) dropped.add(f);
    return dropped.size > 0 ? found.filter((f) => !dropped.has(f)) : found;
  }
}

/** Whether `spoken` spoken forms among `of` words make a voice. */
function voiced(spoken: number, of: number): boolean {
  return spoken >= VOICE_MIN && spoken * VOICE_SHARE >= of;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = /^[aeiouy]$/;
/** A suggestion this frequent (2·Zipf) is a common word a respelling may sound like. */
const SOUNDS_LIKE_FREQUENCY = 8;
/** How much more frequent (2·Zipf) than any word a slip would make it the sound-alike must be. */
const SOUNDS_LIKE_MARGIN = 2;
const respellings = new WeakMap<Speller, Map<string, boolean>>();

/**
 * Whether `lower`, a word no tier knows in a document written in a voice (`FinalizeContext.voice`),
 * is more of that voice: it sounds like a common word the speller suggests for it ("jist" / "just",
 * "bhoy" / "boy", "fer" / "for") more frequent than every word a typing slip would have made it:
 * two letters swapped ("jsut" / "just"), a letter doubled ("ommission"), a neighbouring key but
 * for one vowel for another ("jist" is a vowel changed, "jusr" a slip), a letter dropped from a
 * longer word ("remembr"). Memoized.
 */
export function isVoiceRespelling(speller: Speller, lower: string, sounded = true): boolean {
  const w = lower.replace(/[-'’]/g, '');
  if (w.length < 3 || !/^[a-z]+$/.test(w)) return false;
  let memo = respellings.get(speller);
  if (!memo) respellings.set(speller, (memo = new Map()));
  const key = sounded ? w : `^${w}`;
  let answer = memo.get(key);
  if (answer === undefined) {
    const frequency = (x: string) => speller.frequency?.(x) ?? 0;
    // A sure slip is never the voice, whatever it sounds like: decided before the suggestions,
    // which cost the most (a cold check's first ones build the ranking's tables).
    const slip = slipFrequency(speller, w, frequency);
    answer = slip !== Infinity && soundedOut(speller, w, slip, sounded, frequency);
    if (memo.size > 10_000) memo.clear();
    memo.set(key, answer);
  }
  return answer;
}

/** Whether `w`, which no sure slip makes of a word, sounds like a word far more frequent than its slips make. */
function soundedOut(speller: Speller, w: string, slip: number, sounded: boolean, frequency: (x: string) => number): boolean {
  let sounds = 0;
  let scrambled = false;
  const letters = lettersOf(w);
  // The list's candidates only (`likely`): Hunspell's suggestions of a long respelling far from
  // every word ("wahtahm") cost up to half a second, and a dialect chapter has dozens.
  for (const s of (speller.likely?.(w) ?? speller.suggest(w)).slice(0, 6)) {
    const t = s.toLowerCase();
    // "htikn": the letters of a suggestion, scrambled.
    if (lettersOf(t) === letters) scrambled = true;
    if (/^[a-z]+$/.test(t) && Math.abs(t.length - w.length) <= 1 && soundsAlike(w, t)) sounds = Math.max(sounds, frequency(t));
  }
  // "wahtahm", "eventshahleh": a respelling no slip makes of any word, sounded out.
  return (
    !scrambled && ((sounds >= SOUNDS_LIKE_FREQUENCY && sounds >= slip + SOUNDS_LIKE_MARGIN) || (sounded && slip === 0 && w.length >= 5 && /[aeiouy]/.test(w)))
  );
}

/**
 * The frequency of the most frequent word a typing slip makes `w` of, or `Infinity` for a sure slip:
 * two letters swapped ("jsut"), a letter doubled ("theirr") or a doubled one left single ("budy"),
 * a vowel left out ("whn", "lke"); a letter struck too ("likek"; not an "h"), a neighbouring key (not one vowel for another) or a consonant
 * left out ("rigt") count by the word's frequency. 0 if none.
 */
function slipFrequency(speller: Speller, w: string, frequency: (x: string) => number): number {
  let best = 0;
  const consider = (x: string, sure: boolean) => {
    if (speller.correct(x)) best = Math.max(best, sure ? Infinity : frequency(x) || 1);
  };
  for (let i = 0; i < w.length; i++) {
    if (i + 1 < w.length && w[i] !== w[i + 1]) consider(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), true);
    if (w[i] === w[i + 1]) consider(w.slice(0, i) + w.slice(i + 1), true);
    // A letter struck too ("likek", "sourth"); an "h" is a respelling's ("bhoy", "wahtahm").
    else if (w[i] !== 'h') consider(w.slice(0, i) + w.slice(i + 1), false);
    for (const c of ALPHABET)
      if (c !== w[i] && adjacent(c, w[i]) && (w.length >= 6 || !(VOWELS.test(c) && VOWELS.test(w[i])))) consider(w.slice(0, i) + c + w.slice(i + 1), false);
  }
  for (let i = 0; i <= w.length; i++) {
    for (const c of ALPHABET) {
      const doubled = c === w[i - 1] || c === w[i];
      consider(w.slice(0, i) + c + w.slice(i), doubled || VOWELS.test(c));
    }
  }
  return best;
}
