/**
 * A paragraph's voice, for the spelling rule: the spoken forms it counts in speech and in
 * narration, and the findings that are more of the same voice. Split from `spelling.ts`.
 */

import type { ParagraphAnalysis } from '../model/paragraph';
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
