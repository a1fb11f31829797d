/**
 * A document's voice: how many of its words are marked respellings ("goin'", "an'", "o'", "'em",
 * "t'gether", "gonna", "ain't"), in its speech and in its narration. A story that writes many of
 * them writes dialect, and its other unknown words that sound like common ones ("jist", "lak") are
 * more of the same, not typos: the spelling rule reads the level (`voiceLevel`).
 *
 * Counted from the text alone (no speller), per paragraph, and kept current by each splice.
 */

import { NONSTANDARD } from '../data/spoken';
import type { ParagraphAnalysis, Token } from '../model/paragraph';

/** Respelling marks counted in a paragraph: in speech (dialogue, thoughts), and in all. */
export interface VoiceCounts {
  speech: number;
  all: number;
  speechWords: number;
  words: number;
}

/**
 * The thresholds, marks per 1,000 words, tuned on Brown ck–cn (`scripts/voice-levels.ts`): a
 * document's speech thick with respellings is written in a voice (level 1: its speech's
 * sound-alikes are the voice); a document whose every part is (level 2: its narration's too).
 */
export const SPEECH_VOICE_RATE = 15;
export const SPEECH_VOICE_MIN = 6;
export const STORY_VOICE_RATE = 25;
export const STORY_VOICE_MIN = 30;

/** Words written with an apostrophe for the sound they leave out at their start: "'em", "'bout". */
const LEADING = new Set(['em', 'bout', 'cause', 'cos', 'til', 'round', 'fore', 'scuse', 'cept', 'spose', 'nuff', 'twas', 'tis', 'ere', 'ow', 'ave']);
/** Short words clipped at their end: "an'", "o'", "ol'". */
const TRAILING = new Set(['an', 'o', 'ol', 'th', 'fo', 'jes', 'jus', 'nuthin', 'ever']);
const MARKED = new Set([...NONSTANDARD, "ain't", 'aint', 'ain', "'em"]);
const CONTRACTION = /(?:'s|n't|'ll|'re|'ve|'d|'m)$/;

/** Whether `code` is a straight or a curly apostrophe. */
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * Whether a token of a paragraph (`text`) is a marked respelling. It runs for every token of a
 * chapter, so a word with no apostrophe in or beside it that is not a listed respelling (nearly
 * every word) is answered by one set look-up and two character reads.
 */
function isMark(text: string, token: Token): boolean {
  // `token.lower` has its apostrophes straightened already (model/vocab.ts `lowerForm`).
  const lower = token.lower;
  if (MARKED.has(lower)) return /^[a-z']+$/.test(lower);
  // Every read is inside the text: an optimized function that reads past either end is thrown
  // away and compiled again (V8's "out of bounds" deoptimization), several times a cold check.
  const { start, end } = token;
  const clipped = end < text.length && isApostrophe(text.charCodeAt(end)) && !(end + 1 < text.length && /\p{L}/u.test(text[end + 1]));
  const leading = start > 0 && isApostrophe(text.charCodeAt(start - 1));
  const inner = lower.indexOf("'", 1);
  if (!clipped && !leading && inner < 0) return false;
  if (!/^[a-z']+$/.test(lower)) return false;
  // "goin'", "nothin'": a g dropped and marked.
  if (clipped && (TRAILING.has(lower) || (lower.length >= 4 && lower.endsWith('in')))) return true;
  if (leading && LEADING.has(lower) && !(start >= 2 && /\p{L}/u.test(text[start - 2]))) return true;
  // "t'gether", "s'pose", "p'lite": a sound elided inside the word.
  // Lowercase only: "O'Brien", "D'Arcy" are names; "o'clock" is a word.
  return inner > 0 && inner < lower.length - 1 && !CONTRACTION.test(lower) && lower !== "o'clock" && !/\p{Lu}/u.test(token.text);
}

/** The respelling marks of one paragraph. */
export function countVoice(text: string, analysis: ParagraphAnalysis): VoiceCounts {
  const counts: VoiceCounts = { speech: 0, all: 0, speechWords: analysis.dialogueWords, words: analysis.words - analysis.noteWords };
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const region = tokens[i].region;
    // Added at every word (0 or 1), not counted on a branch: the first mark, late in a chapter,
    // made V8 throw the optimized loop away.
    const mark = region !== 'note' && isMark(text, tokens[i]);
    const speech = region === 'dialogue' || region === 'thought';
    counts.all += mark ? 1 : 0;
    counts.speech += mark && speech ? 1 : 0;
  }
  return counts;
}

/** Adds `b` to `a`, times `sign`. */
export function addVoice(a: VoiceCounts, b: VoiceCounts, sign: number): void {
  a.speech += sign * b.speech;
  a.all += sign * b.all;
  a.speechWords += sign * b.speechWords;
  a.words += sign * b.words;
}

/** The document's voice level from its counts: 0 none, 1 its speech, 2 all of it. */
export function voiceLevel({ speech, all, speechWords, words }: VoiceCounts): 0 | 1 | 2 {
  if (all >= STORY_VOICE_MIN && all * 1000 >= STORY_VOICE_RATE * words) return 2;
  if (speech >= SPEECH_VOICE_MIN && speech * 1000 >= SPEECH_VOICE_RATE * Math.max(speechWords, 1)) return 1;
  return 0;
}
