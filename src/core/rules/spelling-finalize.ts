/**
 * The spelling rule's `finalize`: a finding of `check` with the story's facts applied. A word the
 * story writes again may be its voice or its coinage, a capitalized one its name. Split from
 * `spelling.ts`.
 */

import { foldName } from '../characters/names';
import { NEOPRONOUN_AFTER, NEOPRONOUNS } from '../data/neopronouns';
import type { Paragraph } from '../model/document';
import { applyApostropheStyle, isCapitalized } from '../text';
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
 * Whether `word` is a neopronoun's form (or its contraction) whose set the story writes `NEOPRONOUN_AFTER` times or
 * more, its forms together ("ze" and "zir" on every page make "zirself", written once, theirs).
 */
function isNeopronoun(context: FinalizeContext, word: string): boolean {
  // "ze's", "ze'd", "xe'll": the pronoun's contractions are the pronoun's.
  const fellows = NEOPRONOUNS.get(word.toLowerCase().replace(/['’](?:s|d|ll|re|ve|m)$/, ''));
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

/**
 * Words between two unknown words from which they are no longer one phrase: `Thag you very buch`
 * (a cold in the nose), `yiqreh ma sheyiqreh`, `Tele? Strat?` are.
 */
export const FOREIGN_RUN_GAP = 3;

/** Unknown words in a chain (each at most `FOREIGN_RUN_GAP` from the next) that make a run whatever their sentence. */
export const FOREIGN_RUN_CHAIN = 4;

/** Unknown words not in a chain of `FOREIGN_RUN_CHAIN` are a run when their sentences have at most this many words per unknown one. */
export const FOREIGN_RUN_SHARE = 2;

/** Tokens a run's sentence is read over at most, each way: a longer one is no short sentence (and a 5 MB line stays linear). */
const SENTENCE_REACH = 64;

/** Whether tokens `a` < `b` lie in one sentence, at most `SENTENCE_REACH` tokens apart. */
function sameSentence(tokens: Paragraph['analysis']['tokens'], a: number, b: number): boolean {
  if (b - a > SENTENCE_REACH) return false;
  for (let k = a + 1; k <= b; k++) if (tokens[k].sentenceStart) return false;
  return true;
}

/** The words of the sentences from the one holding token `first` to the one holding token `last`, read `SENTENCE_REACH` tokens each way at most. */
function sentenceWords(tokens: Paragraph['analysis']['tokens'], first: number, last: number): number {
  let from = first;
  while (from > 0 && first - from < SENTENCE_REACH && !tokens[from].sentenceStart) from--;
  let to = last + 1;
  while (to < tokens.length && to - last < SENTENCE_REACH && !tokens[to].sentenceStart) to++;
  return to - from;
}

/** The index of the token starting at `start` (tokens are in order), or -1. */
function tokenAt(tokens: Paragraph['analysis']['tokens'], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else if (tokens[mid].start > start) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Unknown words that come in a run: four warnings of the dictionary's or more, each at most
 * `FOREIGN_RUN_GAP` words from the next (`Qara Ma Sheqara, yiqreh ma sheyiqreh, haqol qoré`,
 * `Tehe konspeerasi for establishing te-he semeeteec cooltooré!`), or two or more that are half
 * their sentences (`FOREIGN_RUN_SHARE`: `Thag you very buch.`, `Tele? Strat?`), are a phrase of
 * another language, a mocked accent or a speech impediment written on purpose; a typist's slips
 * come one at a time (`Teh dog barked at Becuase.` stays two warnings). Each is made information,
 * with its suggestions still offered. A missing apostrophe (`dont`) and words run together stay
 * warnings: they are sure.
 */
export function foreignRuns(kept: RawFinding[], paragraph: Paragraph): RawFinding[] {
  const unknown = (f: RawFinding) => f.severity === undefined && f.data?.word !== undefined && !f.data.apostrophe && !f.data.runTogether && !f.data.rare;
  if (kept.filter(unknown).length < 2) return kept;
  const tokens = paragraph.analysis.tokens;
  const indexed = kept.filter(unknown).map((f) => ({ f, i: tokenAt(tokens, f.start) }));
  const inRun = new Set<RawFinding>();
  // Groups of unknown words close together (`FOREIGN_RUN_GAP`) or in one sentence.
  let from = 0;
  let chained = true;
  for (let k = 1; k <= indexed.length; k++) {
    const [a, b] = [indexed[k - 1], indexed[k]];
    if (b && a.i >= 0 && b.i >= 0) {
      const close = b.i - a.i - 1 <= FOREIGN_RUN_GAP;
      if (close || sameSentence(tokens, a.i, b.i)) {
        chained &&= close;
        continue;
      }
    }
    const group = indexed.slice(from, k);
    const closeRun = chained;
    from = k;
    chained = true;
    if (group.length < 2) continue;
    // Four in a chain are a run; fewer, or scattered, only where they are much of their
    // sentences (`Thag you very buch.`, `Tele? Strat?`): two slips may meet in a long sentence
    // (`graffities of cartoonized figures`).
    const dense = sentenceWords(tokens, group[0].i, group[group.length - 1].i) <= FOREIGN_RUN_SHARE * group.length;
    if ((closeRun && group.length >= FOREIGN_RUN_CHAIN) || dense) for (const { f } of group) inRun.add(f);
  }
  if (inRun.size === 0) return kept;
  return kept.map((f) =>
    inRun.has(f)
      ? {
          ...f,
          severity: 'information' as const,
          message: `\`${String(f.data?.word)}\` is not in the dictionary, nor are the words beside it: if this is another language or a voice written on purpose, it is no misspelling.`,
          data: { ...f.data, foreignRun: true },
        }
      : f,
  );
}

/** The findings `judgeWritten` kept, runs of unknown words made information, and the fix of a missing apostrophe in the document's apostrophe. */
export function finish(kept: RawFinding[], paragraph: Paragraph, context: FinalizeContext): RawFinding[] {
  const runs = foreignRuns(kept, paragraph);
  // The fix follows the document's apostrophe: "dont" → "don’t" in a curly-quoted story.
  const style = context.apostrophe;
  if (style !== '’' || !runs.some((f) => f.data?.apostrophe)) return runs;
  return runs.map((f) =>
    f.data?.apostrophe ? { ...f, suggestions: f.suggestions?.map((s) => applyApostropheStyle(s, style)), message: f.message.replace(/'/g, '’') } : f,
  );
}
