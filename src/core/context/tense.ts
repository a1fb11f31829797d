/**
 * The tense a paragraph's narration is told in, which the context model's verb forms follow: a
 * base after "she" is a past's slip in a story told in the past, a present's in one told in the
 * present ("they arrive", "Misaka nods"). Split from `grammar.ts`.
 */

import { irregularVerbs } from '../data/irregular-verbs';
import { PAST_TIME } from '../data/tense-words';
import { BROKEN } from '../patterns';
import { classIndex } from './format';
import { ADV, type Neighbours, SUBJECT, VBD } from './grammar';
import type { ContextModel } from './model';

const HAVE_CLASS = classIndex('have');
const BE = classIndex('be');
const VBZ = classIndex('vbz');
const VBN = classIndex('vbn');
const VB = classIndex('vb');
/** Finite forms of "be", "have" and "do" that tell the narration's tense: +1 a past, -1 a present. */
const FINITE_TENSE = new Map<string, number>([
  ['was', 1],
  ['were', 1],
  ['had', 1],
  ['did', 1],
  ['is', -1],
  ['are', -1],
  ['am', -1],
  ['has', -1],
  ['does', -1],
]);
/** The regions whose verbs are a character's, not the narration's: their tense says nothing of it. */
const VOICED = new Set(['dialogue', 'thought']);

/** A third person's present as fan fiction writes it ("nods", "vanishes", "grabs"), many of them out of the model's vocabulary or usually nouns there. */
const THIRD_PRESENT = /^[a-z]+[^s'’]s$/;
const THIRD_PERSON = /^(?:he|she|it)$/;
const NAME_CLASS = classIndex('name');

/** Whether word `p` follows a third person's name or pronoun, an adverb between or not ("Misaka just nods", "she vanishes"). */
function afterThirdPerson(around: Neighbours, p: number): boolean {
  const words = around.words;
  let q = p - 1;
  if (q > 0 && around.at(p, q).cls === ADV) q--;
  if (q < 0 || words.is(q + 1, BROKEN)) return false;
  const left = around.at(q + 1, q);
  if (left.cls === SUBJECT) return THIRD_PERSON.test(words.word(q));
  // A name opening the sentence is not read as one ("Misaka just nods"): capitalised and unknown to the model.
  return left.cls === NAME_CLASS || (left.id < 0 && words.text.charCodeAt(words.start(q)) < 97);
}

/**
 * How a caller wants the tense read (`pastTense`): `skip` the words whose own tense is in question
 * ("I lay there": `lay` is both LIE's past and LAY's present), and with `basePresent` count a
 * base after "I", "we", "you" or "they" ("I ask", "we stare") as the present it is in narration.
 */
export interface TenseVote {
  skip: (p: number) => boolean;
  basePresent: boolean;
}

/** Whether word `p` follows "I", "we", "you" or "they", an adverb between or not ("we stare", "I just take"). */
function afterOtherPerson(around: Neighbours, p: number): boolean {
  let q = p - 1;
  if (q > 0 && around.at(p, q).cls === ADV) q--;
  if (q < 0) return false;
  return around.at(q + 1, q).cls === SUBJECT && OTHER_PERSON.test(around.words.word(q));
}
const OTHER_PERSON = /^(?:i|we|you|they)$/;

/**
 * Whether the paragraph tells of the past: a word says the time is past ("yesterday", "ago"), or
 * its narration (dialogue and thoughts aside) has at least as many past forms ("walked", "said",
 * "was"; not a participle after "had" or "was") as present ones ("walks", "nods", "is"). Much fan
 * fiction is told in the present ("they arrive inside. Misaka nods before she vanishes, leaving
 * the girl who had tried to kill her"): there a base after "they" is a present, not a past's
 * slip. A paragraph whose narration shows neither is past when any word is usually a past.
 */
export function pastTense(model: ContextModel, around: Neighbours, n: number, vote?: TenseVote): boolean {
  const words = around.words;
  let past = 0;
  let present = 0;
  let anyPast = false;
  for (let p = 0; p < n; p++) {
    const w = words.word(p);
    if (PAST_TIME.has(w)) return true;
    const cls = model.classOf(around.id(p));
    // A skipped word still tells of the past when nothing else does ("She lay still." alone is LIE's past).
    anyPast ||= cls === VBD;
    if (vote?.skip(p)) continue;
    if (VOICED.has(words.tokens[p].region)) continue;
    const finite = FINITE_TENSE.get(w);
    // With a vote, a verb in -s counts only after its subject ("She lay under the covers": a noun there).
    if (finite !== undefined) {
      if (finite > 0) past++;
      else present++;
    } else if ((cls === VBZ && (vote === undefined || afterThirdPerson(around, p))) || (THIRD_PRESENT.test(w) && cls !== VBD && afterThirdPerson(around, p)))
      present++;
    else if (vote?.basePresent && cls === VB && afterOtherPerson(around, p)) present++;
    else if (cls === VBD) {
      const before = p === 0 ? 0 : model.classOf(around.id(p - 1));
      if (before !== HAVE_CLASS && before !== BE) past++;
    }
  }
  return past + present === 0 ? anyPast : past >= present;
}

/**
 * The past of base verb `w`, for a base after "he", "she" or "it" that may be a past that lost its
 * ending ("yesterday he like it"): the irregular verbs' table's, the model's own past of it
 * (`verb-past`), or the regular spelling the model's vocabulary knows as a past ("liked",
 * "studied", "boxed"); undefined when none is known.
 */
export function pastOf(model: ContextModel, w: string): string | undefined {
  const irregular = irregularVerbs().get(w);
  if (irregular) return irregular.past.find((p) => p !== w);
  for (const c of model.candidates(w)) if (c.kind === 'verb-past') return c.word;
  const regular = [`${w}ed`, `${w}d`, /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : '', `${w}${w[w.length - 1]}ed`];
  for (const p of regular) {
    const id = p === '' ? -1 : model.id(p);
    if (id > 0 && (model.classOf(id) === VBD || model.classOf(id) === VBN)) return p;
  }
  return undefined;
}
