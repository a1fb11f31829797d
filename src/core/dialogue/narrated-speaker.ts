/** The one a narration sentence says speaks, without a quote: the next quote's speaker. */

import { isPureSpeechVerb } from '../data/speech-verbs';
import type { Word } from './cast';
import { isAdverb } from './lexicon';
import type { Found } from './speaker-evidence';
import { NOT_SUBJECT_BEFORE, silentOrWriting } from './tags';
import type { Said } from './types';

/** Verbs of speaking a narration sentence tells without a quote: `at last Abel voiced what…`, `it was Gustafssen who spoke.` */
const SPOKE = new Set(['spoke', 'voiced', 'interrupted', 'began']);

/**
 * The character the last sentence of a narration paragraph says speaks, wherever it stands in the
 * sentence: `Minutes passed before at last Abel voiced what they had all been thinking.`, `In the
 * end, it was Gustafssen who spoke.` A name right before the verb (or before "who" and the verb),
 * not a possessive nor an object (`the man beside Abel spoke`), and not `Abel said nothing`.
 */
export function narratedSpeaker(ws: Word[]): string | undefined {
  let k = ws.length - 1;
  while (k > 0 && !ws[k].token.sentenceStart) k--;
  if (k < 0 || silentOrWriting(ws, k)) return undefined;
  for (let m = ws.length - 1; m > k; m--) {
    const lower = ws[m].token.lower;
    if (!SPOKE.has(lower) && !isPureSpeechVerb(lower)) continue;
    if (ws[m + 1]?.token.lower === 'nothing' && !ws[m + 1].token.sentenceStart) return undefined;
    let s = m - 1;
    while (s > k && isAdverb(ws[s].token.lower)) s--;
    if (ws[s].token.lower === 'who' && s > k) s--;
    const w = ws[s];
    // Only one word between: the name and its verb stand together (`Abel voiced`, `Gustafssen who spoke`).
    // Not an object: `the man beside Abel spoke`.
    const object = s > k && NOT_SUBJECT_BEFORE.has(ws[s - 1].token.lower);
    if (w?.character && !object && !/['’]s$/.test(w.token.text) && ws[s + 1].start - w.end <= 1) return w.character;
    return undefined;
  }
  return undefined;
}

/**
 * Gives the quotes of a paragraph right after narration the one its last sentence says speaks
 * (`narratedSpeaker`) when no tag names anyone, or the first tag's epithet names no one the story
 * knows: `Minutes passed before at last Abel voiced what they had all been thinking.` / `"We've
 * been tricked, haven't we?"`; `In the end, it was Gustafssen who spoke.` / `"Ah," the scientist
 * muttered`. Not when the quotes call them, nor when the paragraph's narration names someone else.
 */
export function narratedTurn(before: Word[], ws: Word[], found: Found[], speakers: Said[], own: Array<string | undefined>): void {
  const unknownEpithet = found[0]?.subject?.kind === 'epithet' && speakers[0].speaker === null;
  if (!unknownEpithet && speakers.some((s) => s.named)) return;
  const spoke = narratedSpeaker(before);
  if (!spoke || own.includes(spoke) || ws.some((w) => w.character && w.character !== spoke)) return;
  for (let m = 0; m < speakers.length && (!speakers[m].named || speakers[m].speaker === null); m++)
    speakers[m] = { speaker: spoke, evidence: 'explicit', confidence: 0.8, named: true };
}
