/**
 * The licence of a voice: where a sentence is written in dialect ("Lousy bastards been tryin to
 * fuck up the Program", "onct we git to rolling", "to hole it down fer the lob-scuse"), its other
 * words are dialect too, and the model's neighbours (counted on edited prose) say nothing of them:
 * `git` is not `get` there, nor `been` a slip for `was`. Dialogue has this licence already; a
 * narrator who tells in a character's voice earns it by the same marks. And a word fiction writes
 * on purpose (`till`, `um`, `fer`: the spoken lists of `data/spoken.ts`) is never a typing slip
 * or a homophone of another.
 */

import { DIALECT, INTERJECTIONS } from '../data/spoken';
import { isElided, writtenForm } from '../eye-dialect';
import type { Token } from '../model/paragraph';
import { type ContextModel, KINDS } from './model';

/**
 * Below this log count (of the model's training text and subtitles) a word of the dialect list is
 * no word of edited prose: "fer", "yer", "dey", "nothin" (1.5–4.1) mark a voice; "till",
 * "round", "okay", "gonna" (5.6–6.1) do not.
 */
const RARE = 4.6;
/**
 * An "-in" word is its "-ing" with the "g" dropped when that is this much commoner (log counts)
 * and the word itself is rarer than `DROPPED_RARE`: "comin" 3.7 beside "coming" 6.1, "goin" 4.0
 * beside 7.0; not "thin" 4.6 beside "thing" 6.8, nor "darlin" beside "darling".
 */
const DROPPED_G = 2;
const DROPPED_RARE = 4.3;

/**
 * The kinds a voice's licence leaves alone: every candidate the model proposes (typing slips,
 * sound-alikes, function words, verb forms), not the table's entries nor a confusion set's verdict.
 */
export const LICENSED_KINDS: ReadonlySet<string> = new Set(KINDS.filter((kind) => kind !== 'table' && kind !== 'set'));

/**
 * How a word's own spelling licenses it, by the spoken lists (`w` lowercase, straight
 * apostrophes): 2 for an interjection ("um", "er": never a slip for a word), 1 for a dialect word
 * ("till", "fer", "fore": a slip only where the model is surer than it need be elsewhere), 0 for
 * any other word.
 */
export function onPurpose(w: string): number {
  return INTERJECTIONS.has(w) ? 2 : DIALECT.has(w) ? 1 : 0;
}

/** Whether word `w` (lowercase) is a mark of dialect: a spoken form no edited prose writes. */
function marks(model: ContextModel, w: string, apostropheAfter: boolean): boolean {
  const id = model.id(w);
  const known = (x: string) => model.id(x) > 0;
  if (DIALECT.has(w)) return id <= 0 || model.logCount(id) < RARE;
  // "an'" for "and", "goin'": a sound dropped with an apostrophe after the word.
  if (apostropheAfter && (w === 'an' || DIALECT.has(`${w}'`))) return true;
  // "tryin", "comin": the "g" dropped, the word itself rare beside its "-ing".
  if (/^[a-z]{2,}in$/.test(w)) {
    const ing = model.id(`${w}g`);
    if (ing > 0 && (id <= 0 || (model.logCount(id) < DROPPED_RARE && model.logCount(ing) - model.logCount(id) >= DROPPED_G))) return true;
  }
  if (w.includes("'")) return id <= 0 && isElided(w, known);
  return id <= 0 && writtenForm(w, known) !== undefined;
}

/** The marks of dialect in a paragraph: which words are marks, and how many each word's sentence has. */
export interface Voice {
  mark: Uint8Array;
  marks: Uint16Array;
}

/**
 * The marks of dialect of a paragraph's words (`marks`), and per word the number in its sentence.
 * `text` is the paragraph's text (to see an apostrophe after a word).
 */
export function voiceOf(model: ContextModel, text: string, tokens: readonly Token[]): Voice {
  const mark = new Uint8Array(tokens.length);
  const sentence = new Uint16Array(tokens.length);
  let from = 0;
  let count = 0;
  const close = (to: number) => {
    sentence.fill(count, from, to);
    from = to;
    count = 0;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentenceStart && k > from) close(k);
    // An all-capitals word is a shout or an acronym, not a spelling of speech.
    if (/^\p{Lu}/u.test(t.text.slice(1))) continue;
    const after = text[t.end];
    if (marks(model, t.lower, (after === "'" || after === '’') && !/\p{L}/u.test(text[t.end + 1] ?? ''))) {
      mark[k] = 1;
      count++;
    }
  }
  close(tokens.length);
  return { mark, marks: sentence };
}

/**
 * Whether the sentence of words `k`–`last` is in a voice by a mark outside them: a word that may
 * itself be the slip ("there fore", "fore your help") does not vouch for its own sentence.
 */
export function inVoice(voice: Voice, k: number, last: number): boolean {
  let own = 0;
  for (let p = k; p <= last; p++) own += voice.mark[p];
  return voice.marks[k] > own;
}
