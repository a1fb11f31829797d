/**
 * The spelling rule's `finalize`: a finding of `check` with the story's facts applied. A word the
 * story writes again may be its voice or its coinage, a capitalized one its name. Split from
 * `spelling.ts`.
 */

import { foldName } from '../characters/names';
import { NEOPRONOUN_AFTER, NEOPRONOUNS } from '../data/neopronouns';
import type { Paragraph } from '../model/document';
import { isCapitalized } from '../text';
import { slipOfName } from './spelling-names';
import { COINED_AFTER, COINED_NEAR_AFTER, farFromWords, isHabitualSpelling, isRepeatedCoinage, STORY_WORD_AFTER } from './spelling-shapes';
import { isVoiceRespelling } from './spelling-voice';
import type { FinalizeContext, RawFinding } from './types';

/**
 * Whether a finding is the document's voice: in a story thick with respellings (`context.voice`),
 * a lowercase word no tier knows, a rare listed one or a respelling starting a sentence, in speech
 * (at level 2 anywhere), that sounds like a common word and is no typing slip ("jist", "lak").
 */
function inVoice(f: RawFinding, word: string, paragraph: Paragraph, context: FinalizeContext): boolean {
  if (!(f.data?.coinable || f.data?.rare || f.data?.initial || f.data?.spoken)) return false;
  const speller = context.options.speller;
  if (!speller || context.voice === 0) return false;
  if (context.voice < 2) {
    const region = paragraph.analysis.tokens.find((t) => t.start === f.start)?.region;
    if (region !== 'dialogue' && region !== 'thought') return false;
  }
  // A capitalized word far from every word may be a name ("Dirion"): only a sound-alike is the voice.
  return isVoiceRespelling(speller, word.toLowerCase(), !isCapitalized(word));
}

/** How many times the story (all its files) writes `lower`, its possessive counted with it. */
function storyTimes(context: FinalizeContext, lower: string): number {
  const bare = lower.replace(/['’]s$/, '');
  return context.timesInStory(bare) + context.timesInStory(`${bare}'s`) + context.timesInStory(`${bare}’s`);
}

/** A finding of `check` with the story's facts applied: kept, made information, or dropped (undefined). */
export function judgeWritten(f: RawFinding, paragraph: Paragraph, context: FinalizeContext, namesChecked: boolean): RawFinding | undefined {
  const word = String(f.data?.word ?? '');
  if (context.isKnownWord(word)) return undefined;
  // "ze", "zir", "xemself": a character's pronouns, which the story writes again and again.
  if (isNeopronoun(context, word)) return undefined;
  // What the story writes again is meant: a narrator's spoken form ("gonna"); a respelling only
  // ever in speech ("jist", "figger"), how someone talks; a coinage far from every word
  // ("dromozoa"). Only the few words written twice are looked at closely.
  if (inVoice(f, word, paragraph, context)) return undefined;
  if (f.data?.voice || f.data?.coinable) {
    const lower = word.toLowerCase();
    const times = storyTimes(context, lower);
    if (times < COINED_AFTER) return pluralOfCoinage(context, lower) ? undefined : f;
    if (f.data.voice || (f.data.speech && context.timesWritten(lower, true) === 0)) return undefined;
    const speller = context.options.speller;
    if (!speller) return f;
    const bare = lower.replace(/'s$/, '');
    if (farFromWords(speller, lower) || (times >= COINED_NEAR_AFTER && isRepeatedCoinage(speller, bare))) return undefined;
    // Written three times over the story, and no habit's misspelling: the story's word, told once.
    if (times >= STORY_WORD_AFTER && !isHabitualSpelling(speller, bare)) return storyWord(f);
    return f;
  }
  return keepCapitalized(f, word, context, namesChecked) ? f : undefined;
}

/**
 * Whether `word` is a neopronoun's form whose set the story writes `NEOPRONOUN_AFTER` times or
 * more, its forms together ("ze" and "zir" on every page make "zirself", written once, theirs).
 */
function isNeopronoun(context: FinalizeContext, word: string): boolean {
  const fellows = NEOPRONOUNS.get(word.toLowerCase());
  if (!fellows) return false;
  let times = 0;
  for (const form of fellows) if ((times += storyTimes(context, form)) >= NEOPRONOUN_AFTER) return true;
  return false;
}

/**
 * Whether `lower`, written once, is the plural of the story's own coinage: a word no tier knows,
 * far from every word, that the story writes again itself ("holodecks" beside "holodeck" ten
 * times). A slip of that base ("holodekcs") is no plural of it, and stays.
 */
function pluralOfCoinage(context: FinalizeContext, lower: string): boolean {
  const speller = context.options.speller;
  if (!speller) return false;
  const base = /(?:ch|sh|x|ss)es$/.test(lower) ? lower.slice(0, -2) : lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : undefined;
  if (!base || base.length < 4 || context.isKnownWord(base) || speller.correct(base)) return false;
  return storyTimes(context, base) >= COINED_AFTER && farFromWords(speller, base);
}

/** A lowercase word the story writes again and again: information, with a message that says so. */
function storyWord(f: RawFinding): RawFinding {
  return {
    ...f,
    severity: 'information',
    message: `\`${String(f.data?.word)}\` is not in the dictionary; the story writes it often, so it may be its own word: add it if it is.`,
    data: { ...f.data, storyWord: true },
  };
}

/** Whether a capitalized word's finding stays, the story's names and verdicts applied. */
function keepCapitalized(f: RawFinding, word: string, context: FinalizeContext, namesChecked: boolean): boolean {
  if (!isCapitalized(word)) return true;
  // Written again, only in speech ("I jist ask her." / "Jist like that?"), it is how someone talks.
  const lower = word.toLowerCase();
  if (f.data?.initial && !context.isName(word) && context.timesWritten(lower) >= COINED_AFTER && context.timesWritten(lower, true) === 0) return false;
  if (context.isName(word) || (namesChecked && context.nameVerdict(foldName(word)))) return false;
  return !f.data?.quiet || slipOfName(foldName(word), context);
}
