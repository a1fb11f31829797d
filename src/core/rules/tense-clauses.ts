/**
 * The `tense-shift` rule's clauses bound to their sentence's main clause (issue #15): a clause
 * that tells no time of its own takes the main clause's tense, so a verb in it in the other tense
 * is a slip, whatever the scene around it leans to.
 *
 * - A temporal clause after the main clause (`He waits until everyone was in the room`, `Kirito
 *   says as a squid creature was darting`, `now that the light was off`, `when he closed the
 *   door`): `until`, `till`, `when`, `while`, `as`, `as soon as`, `now that`, `once`, `before`,
 *   `after`, its first verb after its subject and any after `and` + a subject of its own.
 * - A clause of its own subject coordinated by a comma and `but`/`and`/`then`/`so`/`yet`
 *   (`Kirito shouts, but it was too late`).
 * - A cleft whose copula and relative verb disagree (`It was Kirito who answers`).
 *
 * Left alone: a main clause that reports or remembers (`She remembers when she was little`), is
 * perfect (`has been`), or is in a question; a clause with a time of its own (`had`, `used to`,
 * `ago`, `yesterday`, `last night`, `years`, `born`); `when` after a time noun (`the day when`) or
 * `than`/`back`; `as if`, `as though`, `such as`, `as well`; relative clauses (`the man who was`).
 */

import { classesOf, WORD_CLASS } from '../data/lexicon';
import { NOT_PAST_ED, NOT_VERBS_S } from '../data/tense-words';
import type { Token } from '../model/paragraph';
import { irregular } from './tense-forms';
import type { Marker, Sentence } from './tense-shift';

type Tense = 'past' | 'present';

/** A verb of a bound clause: where it is, its tense, its subject, and the tense it should take. */
export interface BoundVerb {
  token: Token;
  index: number;
  tense: Tense;
  subject?: string;
  /** The tense of the clause it is bound to: the fix puts it in that. */
  expected: Tense;
}

const TEMPORAL = new Set(['until', 'till', 'when', 'while', 'as', 'once', 'before', 'after']);
const COORDINATORS = new Set(['but', 'and', 'then', 'so', 'yet']);
/** Words opening a clause that is not the main one: a marker after one is no main verb. */
const SUBORDINATE = new Set([
  'when',
  'whenever',
  'as',
  'while',
  'until',
  'till',
  'before',
  'after',
  'since',
  'once',
  'if',
  'because',
  'though',
  'although',
  'who',
  'which',
  'that',
  'whom',
  'whose',
  'what',
  'where',
  'unless',
]);
/** Main verbs that report, remember or think: the clause after them tells a time of its own. */
const COGNITIVE = new Set<string>(['knew', 'thought', 'forgot', 'told', 'heard', 'understood', 'dreamt', 'learnt']);
for (const base of 'remember recall know think wonder wish hope forget miss tell ask explain describe recount reminisce mention notice learn hear believe understand regret doubt suppose guess realize realise recognize recognise imagine dream'.split(
  ' ',
)) {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  for (const form of [base, `${base}s`, `${base}es`, `${stem}ed`, `${base}d`, `${stem}ing`, `${base}ing`]) COGNITIVE.add(form);
}
/** Words that give a clause a time of its own. */
const OWN_TIME = new Set([
  'had',
  "hadn't",
  "'d",
  'been',
  'used',
  'ago',
  'yesterday',
  'last',
  'years',
  'year',
  'born',
  'earlier',
  'previously',
  'formerly',
  'childhood',
  'young',
  'younger',
  'little',
  'kid',
  'child',
  'once',
  'first',
  'ever',
  'never',
  'since',
]);
/** Nouns of a time that `when` after them qualifies (`the day when`), and words that make `when` another time (`back when`, `than when`). */
const WHEN_AFTER = new Set([
  'from',
  'of',
  'about',
  'to',
  'for',
  'day',
  'days',
  'time',
  'times',
  'moment',
  'night',
  'morning',
  'evening',
  'year',
  'years',
  'age',
  'point',
  'era',
  'back',
  'than',
  'since',
  'except',
  'like',
  'even',
]);
/** Words before `as` that make it a comparison or a role (`such as`, `the same as`, `so long as`). */
const AS_AFTER = new Set(['such', 'same', 'so', 'as', 'well', 'just', 'much', 'many', 'long', 'far', 'known', 'seen', 'soon']);
/** Words after `as` or `once` that make them no conjunction: `as if`, `once more`. */
const NOT_AFTER = new Set([
  'if',
  'though',
  'well',
  'soon',
  'much',
  'many',
  'long',
  'far',
  'usual',
  'always',
  'ever',
  'more',
  'again',
  'upon',
  'or',
  'and',
  'such',
  'though',
  'for',
  'to',
  'of',
  'in',
]);
const PRONOUNS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'nobody',
  'no-one',
  'everything',
  'something',
  'nothing',
  'both',
  'there',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
  'some',
  'every',
  'each',
  'another',
  'one',
  'all',
]);
/** Determiners that never stand alone as a subject (`that`, `some`, `all`, `one` do: `All agreed`). */
const ONLY_DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'its', 'every']);

/** Words a subject's noun phrase does not run past. */
const NP_STOP = new Set([
  // A word that opens a clause inside the noun phrase: `the memory of how he was hurt`.
  'how',
  'why',
  'where',
  'whose',
  'whom',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'and',
  'but',
  'or',
  'who',
  'which',
  'that',
  'when',
  'as',
  'while',
  'if',
  'not',
  'would',
  'could',
  'should',
  'might',
  'will',
  'can',
  'must',
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
]);
/** Adverbs between a subject and its verb: `Sachi still gave`. */
const BETWEEN = new Set([
  'still',
  'also',
  'just',
  'only',
  'even',
  'always',
  'already',
  'then',
  'finally',
  'suddenly',
  'slowly',
  'quickly',
  'now',
  'again',
  'immediately',
  'soon',
]);

let baseOfPast: Map<string, string> | undefined;

/** The tense a word tells as a finite verb after a subject, when it can only be one: `was`, `took`, `closed`, `is`, `walks`. */
function tenseOfVerb(t: Token, afterPerson: boolean, third = afterPerson): Tense | undefined {
  const w = t.lower;
  if (t.text !== w && !/^[A-Z]?[a-z']+$/.test(t.text)) return undefined;
  if (w === 'was' || w === 'were' || w === "wasn't" || w === "weren't") return 'past';
  if (w === 'is' || w === 'are' || w === 'am' || w === "isn't" || w === "aren't") return 'present';
  if (t.text !== w || w.length < 3 || !/^[a-z]+$/.test(w)) return undefined;
  const v = irregular();
  if (!baseOfPast) {
    baseOfPast = new Map();
    for (const [past, base] of v.baseOf) baseOfPast.set(past, base);
  }
  if (baseOfPast.has(w)) return 'past';
  const c = classesOf(w);
  // After a pronoun or a name an -ed word is its verb (`he closed`); after a noun it may qualify it.
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && (afterPerson || !(c & (WORD_CLASS.adj | WORD_CLASS.pred | WORD_CLASS.noun)))) return 'past';
  // A verb in -s only after a pronoun or a name: after a noun it is as often a plural.
  if (afterPerson && third && w.length > 3 && /[^s']s$/.test(w) && !/(?:us|is|ss)$/.test(w) && !NOT_VERBS_S.has(w) && !(c & (WORD_CLASS.adv | WORD_CLASS.prep)))
    return 'present';
  return undefined;
}

/** A word that may open a subject as a name: capitalized, no determiner, conjunction, preposition or adverb. */
function capitalized(t: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    !DETERMINERS.has(t.lower) &&
    !PRONOUNS.has(t.lower) &&
    !(classesOf(t.lower) & (WORD_CLASS.conj | WORD_CLASS.prep | WORD_CLASS.adv))
  );
}

/** A word a noun phrase does not run past: a verb's base or a form of one other than a past (`the others get swarmed`). */
function verbLike(w: string): boolean {
  const c = classesOf(w);
  return (irregular().pastOf.has(w) || irregular().thirdOf.has(w) || (c & WORD_CLASS.verb) !== 0) && !(c & WORD_CLASS.noun);
}

/** Determiners of a thing of the story (`the spell`, `her voice`), not of any (`as a man measures an adversary`: a truth). */
const DEFINITE = new Set(['the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that']);
/** Words after which a word in -s is a verb: a preposition (`washes over`), a possessive or an object (`hits her`). */
const AFTER_VERB = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'our', 'him', 'them', 'me', 'us', 'the', 'a', 'an']);

/**
 * Whether the word at `k` of a noun phrase is its verb in -s: after a singular noun, a word in -s
 * that the lexicon knows as no noun, adjective or adverb, before a preposition or an object (`as
 * the spell washes over her`); `the rain falls` at a clause's end is left alone. Read only after
 * a definite determiner (`DEFINITE`).
 */
function singularVerb(text: string, tokens: readonly Token[], k: number, to: number): boolean {
  const w = tokens[k].lower;
  if (k + 1 >= to || tokens[k].text !== w || w.length <= 3 || !/[^s']s$/.test(w) || /(?:us|is|ss)$/.test(w) || NOT_VERBS_S.has(w)) return false;
  if (classesOf(w) & (WORD_CLASS.noun | WORD_CLASS.plural | WORD_CLASS.adj | WORD_CLASS.adv | WORD_CLASS.prep)) return false;
  const prev = tokens[k - 1].lower;
  const p = classesOf(prev);
  if (!(p & WORD_CLASS.noun) || p & WORD_CLASS.plural || /s$/.test(prev)) return false;
  if (!/^[ \t]+$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
  const next = tokens[k + 1].lower;
  return AFTER_VERB.has(next) || (classesOf(next) & WORD_CLASS.prep) !== 0;
}

/** The verb after the subject starting at `j`, if the clause opens with one: a pronoun, a name, or a determiner and a few words. */
function verbAfterSubject(text: string, tokens: readonly Token[], j: number, to: number): { index: number; tense: Tense; subject: string } | undefined {
  if (j >= to) return undefined;
  const first = tokens[j];
  const w = first.lower;
  let k: number;
  let person = false;
  if (PRONOUNS.has(w)) {
    k = j + 1;
    person = w !== 'both' && w !== 'there';
  } else if (capitalized(first)) {
    // A name, of one or two words: `Sachi`, `Shirai Kuroko`.
    k = j + 1 < to && capitalized(tokens[j + 1]) ? j + 2 : j + 1;
    person = true;
  } else if (DETERMINERS.has(w)) {
    k = j + 1;
    // The noun phrase: up to six words, none that closes it (`the door to the room was`).
    while (k < to && k - j <= 6 && !NP_STOP.has(tokens[k].lower) && !verbLike(tokens[k].lower) && tenseOfVerb(tokens[k], false) === undefined) {
      if (/[,;:—–()"“”]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
      if (k > j + 1 && DEFINITE.has(w) && singularVerb(text, tokens, k, to)) return { index: k, tense: 'present', subject: w };
      k++;
    }
    // A determiner that is no pronoun has a word of its own before the verb: in `before the
    // painted walls` the word after `the` qualifies its noun, no verb.
    if (k === j + 1 && ONLY_DETERMINERS.has(w)) return undefined;
  } else return undefined;
  while (k < to && BETWEEN.has(tokens[k].lower)) k++;
  if (k >= to || /[,;:—–()"“”]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
  // A verb in -s only after `he`, `she`, `it`: after a name it is as often a noun it qualifies (`and Louisiana politics`).
  const tense = tenseOfVerb(tokens[k], person, w === 'he' || w === 'she' || w === 'it');
  return tense ? { index: k, tense, subject: w } : undefined;
}

const PERSONS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
/** Words after which an -ed form is a participle, no finite verb: `to be confronted`. */
const PARTICIPLE_AFTER = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'was', 'were', 'has', 'have', 'had', 'get', 'gets', 'got', 'having']);

/** The tense of the word at `k` as a finite verb of a clause without a marker (`her mother gave`), if it can only be one. */
function finiteOf(tokens: readonly Token[], k: number): Tense | undefined {
  if (PARTICIPLE_AFTER.has(tokens[k - 1]?.lower ?? '')) return undefined;
  return tenseOfVerb(tokens[k], false);
}

/** Whether the word at `k` is a past participle, as a passive's: `told`, `taught`, `given`, `trained`. */
function passive(tokens: readonly Token[], k: number, to: number): boolean {
  if (k >= to) return false;
  const w = tokens[k].lower;
  return w.endsWith('en') || w.endsWith('wn') || tenseOfVerb(tokens[k], true, false) === 'past';
}

/** Whether a finite verb in `tense` stands in `[from, to)`: a marker, or a form that can only be one. */
function otherVerb(s: Sentence, from: number, to: number, tense: Tense): boolean {
  const { tokens } = s.paragraph.analysis;
  for (const m of s.markers) if (m.index !== undefined && m.index >= from && m.index < to && m.tense === tense) return true;
  for (let k = from; k < to; k++) if (finiteOf(tokens, k) === tense) return true;
  return false;
}

/** Whether the sentence holds a word that may open a bound clause (or opens as a cleft): most hold none, and are read no further. */
export function mayBind(s: Sentence): boolean {
  const { tokens } = s.paragraph.analysis;
  if (s.to - s.from >= 4 && tokens[s.from].lower === 'it') return true;
  if (s.markers.length === 0) return false;
  for (let k = s.from + 1; k < s.to - 1; k++) {
    const w = tokens[k].lower;
    if (TEMPORAL.has(w) || w === 'now' || COORDINATORS.has(w)) return true;
  }
  return false;
}

/** The main clause's verb: the first marker of no subordinate clause (nothing of `SUBORDINATE` between its clause's start and it). */
export function mainOf(s: Sentence): Marker | undefined {
  const { tokens } = s.paragraph.analysis;
  const { text } = s.paragraph;
  // In the order of their words: `finish` adds them word by word, the conjuncts after (left out).
  for (const m of s.markers) {
    if (m.index === undefined || m.conjunct) continue;
    let sub = false;
    for (let k = m.index! - 1; k >= s.from; k--) {
      if (SUBORDINATE.has(tokens[k].lower)) sub = true;
      if (/[,;:—–(]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
    }
    if (!sub) return m;
  }
  return undefined;
}

/** Whether the clause from `from` up to its end (a comma, a dash, the sentence's end) has a time of its own. */
function ownTime(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (k > from && /[,;:—–()"“”]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (OWN_TIME.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Whether the conjunction at `k` opens a temporal clause bound to the clause before it. */
function temporalAt(tokens: readonly Token[], k: number, from: number, to: number): number | undefined {
  const w = tokens[k].lower;
  const prev = k > from ? tokens[k - 1].lower : '';
  const next = k + 1 < to ? tokens[k + 1].lower : '';
  if (w === 'now' && next === 'that') return k + 2;
  if (!TEMPORAL.has(w) || NOT_AFTER.has(next)) return undefined;
  if (w === 'when' && WHEN_AFTER.has(prev)) return undefined;
  // `as soon as`: the second `as`, after `soon`.
  if (w === 'as' && AS_AFTER.has(prev) && !(prev === 'soon' && k - 2 >= from && tokens[k - 2].lower === 'as')) return undefined;
  if (w === 'as' && classesOf(prev) & (WORD_CLASS.adj | WORD_CLASS.pred)) return undefined;
  return k + 1;
}

/**
 * The verbs of the sentence's bound clauses in the other tense than its main clause, when that
 * is `expected` (the tense of the passage around), and of its cleft against `passage` (the
 * passage's tense, its main clause's aside): each with the tense it should take.
 */
export function boundVerbs(s: Sentence, expected: Tense | undefined, passage: Tense | undefined): BoundVerb[] {
  const { tokens } = s.paragraph.analysis;
  const { text } = s.paragraph;
  const out: BoundVerb[] = [];
  const add = (index: number, tense: Tense, subject: string | undefined, want: Tense) => {
    if (tense !== want && !out.some((b) => b.index === index)) out.push({ token: tokens[index], index, tense, subject, expected: want });
  };
  cleft(s, passage, add);
  const main = mainOf(s);
  if (!expected || !main || main.tense !== expected || main.index === undefined) return out;
  if (expected === 'present' ? s.pastTime : s.presentOk) return out;
  if (main.token.lower === 'has' || main.token.lower === 'have' || main.token.lower === 'had') return out;
  const end = s.to < tokens.length ? tokens[s.to].start : text.length;
  if (/\?/.test(text.slice(tokens[s.to - 1].end, end))) return out;
  // The main clause's own words, from its start (the sentence's, or a comma) to its verb.
  for (let k = main.index; k >= s.from; k--) {
    if (COGNITIVE.has(tokens[k].lower)) return out;
    if (k > s.from && text.slice(tokens[k - 1].end, tokens[k].start).includes(',')) break;
  }
  const other: Tense = expected === 'past' ? 'present' : 'past';
  // Where the clause the next temporal one would be bound to starts: the main verb, a coordinated clause.
  let clause = main.index + 1;
  for (let k = main.index + 1; k < s.to - 1; k++) {
    const w = tokens[k].lower;
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    // A quotation, a dash or a colon: what follows is another clause of its own.
    if (/[;:—–()"“”]/.test(gap)) break;
    if (COGNITIVE.has(w) || w === 'who' || w === 'which') break;
    const coordinated = COORDINATORS.has(w) && gap.includes(',');
    if (coordinated) clause = k + 1;
    // A verb in the other tense since the main one: the temporal clause may be its (`She holds
    // the book he gave her when she was ten`).
    const at = coordinated ? undefined : temporalAt(tokens, k, s.from, s.to);
    if (at !== undefined && otherVerb(s, clause, k, other)) continue;
    if (at === undefined && !coordinated) continue;
    const start = at ?? k + 1;
    if (ownTime(text, tokens, start, s.to)) {
      // Nor any clause inside it: `as she used to when she was small`.
      while (k + 1 < s.to - 1 && !/[,;:—–()"“”]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) k++;
      continue;
    }
    // The clause's verbs: the first after its subject, then any after `and` + a subject of its own.
    for (let j = start; j < s.to;) {
      const verb = verbAfterSubject(text, tokens, j, s.to);
      if (!verb) break;
      // `as he was told`, `as she was taught`: the manner of something done before.
      if (tokens[k].lower === 'as' && /^(?:was|were)$/.test(tokens[verb.index].lower) && passive(tokens, verb.index + 1, s.to)) break;
      // In a past story, a present verb after a noun in a coordinated clause is as often a truth
      // (`, and the road is long`); in a temporal clause it is a slip (`until the attendant is busy`).
      if (verb.tense === 'past' || at !== undefined || PERSONS.has(verb.subject) || capitalized(tokens[j])) add(verb.index, verb.tense, verb.subject, expected);
      j = verb.index + 1;
      k = Math.max(k, verb.index);
      clause = verb.index;
      if (!coordinated || at !== undefined) {
        while (j < s.to && tokens[j].lower !== 'and' && !/[,;:—–()"“”]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) j++;
        if (j >= s.to || tokens[j].lower !== 'and') break;
        j++;
      } else break;
    }
  }
  return out;
}

/** `It was Kirito who answers`: the copula against the relative verb, the one not in `expected` reported (the copula when none is). */
function cleft(s: Sentence, expected: Tense | undefined, add: (index: number, tense: Tense, subject: string | undefined, want: Tense) => void): void {
  const { tokens } = s.paragraph.analysis;
  if (s.to - s.from < 4 || tokens[s.from].lower !== 'it') return;
  const copula = tokens[s.from + 1].lower;
  const tense: Tense | undefined = copula === 'was' ? 'past' : copula === 'is' ? 'present' : undefined;
  if (!tense) return;
  // `It was Kirito who`, `It was the old man who`, `It was Kirito that`: not `It was the kind of frame that is`.
  for (let k = s.from + 3; k < s.to - 1 && k <= s.from + 5; k++) {
    const w = tokens[k].lower;
    if (w !== 'who' && !(w === 'that' && k === s.from + 3 && capitalized(tokens[s.from + 2]))) continue;
    // An action verb: `who is`, `that has` state what holds, whatever the time.
    const next = tokens[k + 1].lower;
    const rel = /^(?:is|are|am|was|were|has|have|had)$/.test(next) ? undefined : tenseOfVerb(tokens[k + 1], true);
    if (!rel || rel === tense) return;
    if (expected === tense) add(k + 1, rel, 'he', tense);
    else add(s.from + 1, tense, 'it', rel);
    return;
  }
}
