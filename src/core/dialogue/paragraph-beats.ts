/**
 * The beats of a paragraph where several people act: whom each quote's own lead-in names, and the
 * speeches a tag interrupts. Steps of the speaker attribution (`speakers.ts`).
 */

import { isPureSpeechVerb } from '../data/speech-verbs';
import type { Paragraph } from '../model/document';
import type { Region } from '../model/paragraph';
import type { Word } from './cast';
import { isTagVerb, type Gender } from './lexicon';
import { beatBefore, beatSubject, personAt, type QuoteSpot, type Subject } from './tags';
import type { Said } from './types';

/**
 * Whether each quotation is the first half of a speech a tag interrupts: it ends on a comma and the
 * next one goes on in lower case (`"I don't want to," a tone of worry seeps into his voice, "let's
 * start"`): one speaker says both.
 */
export function splitSpeeches(p: Paragraph, quotes: Region[]): boolean[] {
  return quotes.map((r, k) => {
    const next = quotes[k + 1];
    if (!next || !r.closed) return false;
    return /,\s*["”]$/.test(p.text.slice(r.start, r.end)) && /^["“]\s*\p{Ll}/u.test(p.text.slice(next.start, next.end));
  });
}

/** Whether the narration before a quote leads into it with a comma or a colon (`Kirito nods, "…"`). */
export function leadsIn(p: Paragraph, q: QuoteSpot): boolean {
  return /[,:]\s*$/.test(p.text.slice(0, q.start - p.start));
}

/**
 * An untagged quote of a tagged paragraph whose own sentence before it names who acts: `Kirito was
 * shocked at Sachi saying that word, "You knew." Sachi nods and Kirito continues, "then why?"`.
 */
export function ownBeats(p: Paragraph, speakers: Said[], ws: Word[], spots: QuoteSpot[], own: Array<string | undefined>): void {
  if (speakers.every((s) => !s.named)) return;
  for (let k = 0; k < spots.length; k++) {
    // Only a sentence that leads into the quote with a comma or a colon: not `Scotty said the
    // same words more loudly. "Oh. Well…"`, the doctor's answer.
    if (speakers[k].named || !leadsIn(p, spots[k])) continue;
    const s = beatBefore(ws, spots[k], k > 0 ? spots[k - 1].end : -1, true);
    if (s?.kind === 'name' && s.name !== own[k]) speakers[k] = { speaker: s.name, evidence: 'beat', confidence: 0.85, named: true };
  }
}

/**
 * A quote of a tagged paragraph that no tag reaches (still unknown) is who acts in the beat beside
 * it, by name: `"Alright, I'll call the ATU." Kuroko puts on her earpiece. "This is Judgement
 * Officer Shirai Kuroko." Kuroko paused, then continued, "Yes, hello officer."` is Kuroko's throughout.
 */
export function besideBeats(p: Paragraph, speakers: Said[], ws: Word[], spots: QuoteSpot[], own: Array<string | undefined>, quotes: Region[]): void {
  if (speakers.every((s) => !s.named)) return;
  for (let k = 0; k < spots.length; k++) {
    if (speakers[k].named || speakers[k].speaker !== null) continue;
    const next = k + 1 < spots.length ? spots[k + 1].start : Infinity;
    const prevEnd = k > 0 ? spots[k - 1].end : -1;
    // Not a beat before it that reports speech (`Scotty said the same words more loudly. "Oh. Well…"`): the answer follows.
    const speech = ws.some((w) => w.start > prevEnd && w.end <= spots[k].start && isPureSpeechVerb(w.token.lower));
    const before = speech ? undefined : beatBefore(ws, spots[k], prevEnd, leadsIn(p, spots[k]));
    // Not a beat after it that leads into the next quote (`"…uh…" Frenda looks away, "No, no."`),
    // that one's own; nor a gesture of the listener (`Misaka hesitates, before giving a nod.`).
    const after = p.text.slice(quotes[k].end, quotes[k + 1] ? quotes[k + 1].start : p.text.length);
    if (!before && quotes[k + 1] && leadsIn(p, spots[k + 1]) && !/[.!?…]\s/u.test(after) && !/,\s*["”]$/u.test(p.text.slice(quotes[k].start, quotes[k].end)))
      continue;
    const beat = before ? p.text.slice(quotes[k - 1]?.end ?? 0, quotes[k].start) : after;
    const gesture = ANSWERING_GESTURE.test(beat) || NO_ANSWER.test(beat);
    // The sentence after it (no narration before it counts there: its start is the quote's).
    const s = before ?? beatSubject(ws, spots[k], spots[k].start, next, false);
    if (s?.kind !== 'name' || s.name === own[k] || gesture) continue;
    speakers[k] = { speaker: s.name, evidence: 'beat', confidence: 0.8, named: true };
  }
}

/**
 * A later quote of the paragraph with a beat of its own that names someone else: `Sachi throws the
 * item to Klein, who looks bewildered, "You got it?" Kirito nods, "We can't use it."` is two speakers.
 */
export function laterBeats(
  p: Paragraph,
  speakers: Said[],
  ws: Word[],
  spots: QuoteSpot[],
  own: Array<string | undefined>,
  from: number,
  first: string | null,
): void {
  let current = first;
  for (let k = from + 1; k < spots.length; k++) {
    const s = beatBefore(ws, spots[k], spots[k - 1].end, leadsIn(p, spots[k]));
    if (s?.kind !== 'name' || s.name === current || s.name === own[k]) continue;
    current = s.name;
    for (let m = k; m < speakers.length; m++) speakers[m] = { speaker: current, evidence: 'beat', confidence: 0.85, named: true };
  }
}

/** Nouns of someone's coming into a scene: `interrupted by the appearance of Dr. Heaven Canceller`. */
const ARRIVAL = new Set(['appearance', 'arrival', 'approach', 'entrance', 'entry', 'return']);

/** Words at most between a noun of coming and the name it is of: `the approach of the familiar face of Kinuhata Saiai`. */
const ARRIVAL_REACH = 6;

/**
 * The one whose coming the sentence that ends at a quote tells, by a noun of coming "of" them
 * (`The train of thought was interrupted by the appearance of Dr. Heaven Canceller. "I have some
 * more good news…"`, `Misaka does not notice the approach of Kinuhata Saiai. "So, this is super
 * awkward."`): who comes in speaks, not the sentence's subject. Only the last sentence before the quote.
 */
export function arrivalBefore(ws: Word[], q: QuoteSpot, prevQuoteEnd: number): string | undefined {
  const j = q.after - 1;
  if (j < 0 || ws[j].end <= prevQuoteEnd) return undefined;
  let first = j;
  while (first > 0 && !ws[first].token.sentenceStart && ws[first - 1].end > prevQuoteEnd) first--;
  for (let i = first; i < j; i++) {
    if (!ARRIVAL.has(ws[i].token.lower) || ws[i + 1].token.lower !== 'of') continue;
    // The name after "of" (a title before it may have no name of its own), the last "of" in reach.
    for (let m = i + 2; m <= Math.min(j, i + 1 + ARRIVAL_REACH); m++) {
      if (ws[m].character && ws[m - 1].token.lower === 'of') return /['’]s$/.test(ws[m].token.text) ? undefined : ws[m].character;
      if (ws[m].character && m - 2 >= 0 && ws[m - 2].token.lower === 'of' && (ws[m - 1].title || /^\p{Lu}/u.test(ws[m - 1].token.text)))
        return /['’]s$/.test(ws[m].token.text) ? undefined : ws[m].character;
    }
  }
  return undefined;
}

/** Verbs of hearing: who is heard in the beat speaks, not who hears. */
const HEARING = new Set(['hear', 'hears', 'heard', 'hearing', 'overhear', 'overhears', 'overheard', 'overhearing']);

/** Nouns for a sound someone unnamed makes: `heard a voice go`. */
const SOUNDS = new Set(['voice', 'voices', 'someone', 'somebody']);

/** Words at most after a verb of hearing before whom it hears. */
const HEARD_REACH = 4;

/**
 * Whom the sentence that ends at a quote hears (`She could hear Oskar laughing. "You two again."`,
 * `Ernie heard the bigger man's deeper voice go, "Aaawww!"`): the one heard speaks, and someone
 * unnamed heard is no character (`other`). Not a sound that is no one's (`She heard the door open.`).
 */
export function heardBefore(ws: Word[], q: QuoteSpot, prevQuoteEnd: number): Subject | undefined {
  const j = q.after - 1;
  if (j < 0 || ws[j].end <= prevQuoteEnd) return undefined;
  let first = j;
  while (first > 0 && !ws[first].token.sentenceStart && ws[first - 1].end > prevQuoteEnd) first--;
  for (let i = first + 1; i <= j; i++) {
    if (!HEARING.has(ws[i].token.lower)) continue;
    for (let m = i + 1; m <= Math.min(j, i + HEARD_REACH); m++) {
      if (ws[m].character) return { kind: 'name', name: ws[m].character! };
      if (personAt(ws, m) || SOUNDS.has(ws[m].token.lower)) return { kind: 'other' };
    }
    return undefined;
  }
  return undefined;
}

// A gesture that answers (`Frenda nods`, `Kuroko shakes her head`) or a silence (`Frenda looks away
// and doesn't respond`): what the one spoken to does, not the speaker.
const ANSWERING_GESTURE = /^[^.!?"“”]*?\b(?:nods?|nodded|nodding|(?:shakes?|shook|shaking) (?:his|her|their) head)\b/u;
const NO_ANSWER = /^[^.!?"“”]*?\b(?:doesn['’]t|does not|didn['’]t|did not|won['’]t) (?:respond|answer|reply|say anything)\b/u;

// A question tagged on a statement: `"I suppose there's no way I'm getting out of this, is there,"`.
const TAG_QUESTION =
  /\b(?:is|isn['’]t|are|aren['’]t|was|wasn['’]t|do|don['’]t|does|doesn['’]t|did|didn['’]t|can|can['’]t|will|won['’]t) (?:there|it|you|he|she|they|we|I)[,?]\s*["”]$/u;

/**
 * Whether the beat between a paragraph's quotes is the listener's reaction: an untagged question
 * the beat answers with a gesture, or a beat that says its subject does not answer, going on into
 * the next quote with a comma or ending the paragraph (`"She wanted you dead?" Frenda nods, which
 * Kuroko takes note of, "Why is that?"`): both quotes are the other one's.
 */
export function listenersReaction(p: Paragraph, before: Region, next: Region | undefined): boolean {
  const asked = p.text.slice(before.start, before.end);
  const beat = p.text.slice(before.end, next ? next.start : p.text.length);
  if (next && !/,\s*$/.test(beat)) return false;
  if (NO_ANSWER.test(beat)) return true;
  return (/\?\s*["”]?$/.test(asked) || TAG_QUESTION.test(asked)) && ANSWERING_GESTURE.test(beat);
}

/** Words at most after a lone tag's verb in its sentence: `Renko asked back.`, `I agreed with her.` */
const LONE_TAG_TAIL = 3;

/**
 * The subject of a narration paragraph that opens with a speech tag of its own, the tag of the
 * quote paragraph just before it: `"The sky?"` / `Renko asked back.`, `"That's right."` / `I agreed
 * with her.` A name, or "I", he or she for the caller to resolve.
 */
export function loneTag(ws: readonly Word[]): { name?: string; pronoun?: string; at: number } | undefined {
  const first = ws[0];
  if (!first || !first.token.sentenceStart) return undefined;
  const lower = first.token.lower;
  const subject = first.character ? { name: first.character } : lower === 'i' || lower === 'he' || lower === 'she' ? { pronoun: lower } : undefined;
  if (!subject) return undefined;
  const k = ws[1]?.token.lower.endsWith('ly') ? 2 : 1;
  // A verb that reports nothing but speech: not `Harry sighed.`, a beat of his own.
  if (!ws[k] || !(isPureSpeechVerb(ws[k].token.lower) || /^spok?e(?:s)?$|^speaks$/.test(ws[k].token.lower))) return undefined;
  let end = k + 1;
  while (end < ws.length && !ws[end].token.sentenceStart) end++;
  return end - k - 1 <= LONE_TAG_TAIL ? { ...subject, at: first.start } : undefined;
}

/** Words at most in a quotation that only mentions words. */
const MENTION_WORDS = 4;

/**
 * Whether a quotation only mentions words, inside a sentence of narration: a few words opened
 * right after a word, with no comma or colon to introduce speech, and no speech verb just before
 * (`He called her "the Mare"`, `her "poor mother" was gone`, `a stone named "Dorothy Tredding"`,
 * `scrawled "Be my guest" on the wrapping`); `Not having said "hell" before` is still speech.
 */
export function mentionOnly(p: Paragraph, r: Region): boolean {
  if (!r.closed || !/\p{L} $/u.test(p.text.slice(Math.max(0, r.start - 2), r.start))) return false;
  if (
    p.text
      .slice(r.start + 1, r.end - 1)
      .split(/\s+/)
      .filter(Boolean).length > MENTION_WORDS
  )
    return false;
  const before = p.text
    .slice(Math.max(0, r.start - 40), r.start)
    .trim()
    .split(/\s+/)
    .slice(-3);
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k].toLowerCase().replace(/[^\p{L}'’]/gu, '');
    // "He called her "Fatso"": calling someone something names them.
    if (isTagVerb(w)) return /^call(?:s|ed|ing)?$/.test(w) && k < before.length - 1;
  }
  return true;
}

// What a paragraph whose tag speaks to someone holds, looked for before its words.
const SPOKEN_TO = /\b(?:him|her|\p{Lu}[\p{L}'’-]+)\s*[,:"“]/u;

/**
 * Whom a tag of the paragraph speaks to, right before a quote or a comma: `I told her, "…"`,
 * `she said to him:` (a sex), `I told Moore, "…"` (a character).
 */
export function listenerOf(p: Paragraph, ws: Word[]): { gender?: Gender; name?: string; at: number } | undefined {
  if (!SPOKEN_TO.test(p.text)) return undefined;
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!isTagVerb(ws[i].token.lower)) continue;
    const k = ws[i + 1].token.lower === 'to' ? i + 2 : i + 1;
    const o = ws[k]?.token.lower;
    if (!o || !/^\s*[,:"“]/.test(p.text.slice(ws[k].end - p.start, ws[k].end - p.start + 3))) continue;
    if (o === 'him' || o === 'her') return { gender: o === 'him' ? 'he' : 'she', at: ws[k].start };
    if (ws[k].character) return { name: ws[k].character, at: ws[k].start };
  }
  return undefined;
}
