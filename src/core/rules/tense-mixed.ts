/**
 * The `tense-shift` rule inside one sentence (issue #15): verbs of one sentence of narration whose
 * tenses differ, the odd one out against the tense its paragraph or scene is told in.
 *
 * - Coordinated predicates of one subject (`He relented and pulls out a chair`, `Frenda finds the
 *   tanks, and found where the gas entered`): a verb after `and`/`then`/`but` that agrees with the
 *   subject of the verb before it is a marker of its own (`conjunct`), unless the word before the
 *   conjunction has the same form (`cars and trucks`, `tired and confused`: a list).
 * - A sentence with verbs of both tenses (`Misaka asked in a raised voice, before quieting down
 *   when she notices…`) in a paragraph or scene that leans to one tense: each action verb in the
 *   other tense is reported, unless its clause tells another time (`when he closed`, `before`,
 *   `after`, `had`, a relative clause `the door he opened`), the sentence names a past time
 *   (`ago`, `yesterday`) or reports (`She knew he is`).
 *
 * The lean: the paragraph's other sentences (two at least, three to one), else the scene's (five
 * at least, two to one). Without either, the sentence decides by itself, as a hint: by its main
 * clause when its action verbs in that tense outnumber the others two to one (`Kirito grabs two
 * Crystals, now that the Red Light was no longer in place`), by the past when it names one
 * (`Yesterday she walks home and made dinner`); else nothing is reported.
 */

import { irregularVerbs } from '../data/irregular-verbs';
import { classesOf, WORD_CLASS } from '../data/lexicon';
import { NOT_PAST_ED, NOT_VERBS_S, PAST_TIME } from '../data/tense-words';
import type { Paragraph } from '../model/document';
import type { Token } from '../model/paragraph';
import { boundVerbs, mainOf, mayBind } from './tense-clauses';
import { cased, irregular, third, toPast, toPresent } from './tense-forms';
import type { Marker, Sentence } from './tense-shift';
import type { RawFinding } from './types';

type Tense = 'past' | 'present';

const CONJUNCTIONS = new Set(['and', 'then', 'but']);
/** Possessives and object pronouns: a word in -s before one is a verb (`taps his chin`), not a noun of a list. */
const OBJECTS = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'our', 'him', 'them', 'me', 'us']);
/** Words that open a clause with a subject or a time of its own: a conjunct does not reach past them. */
const CLAUSE_STOP = new Set(['i', 'he', 'she', 'they', 'we', 'you', 'it']);
/** Words that open a clause inside the predicate, up to the next comma: `the monsters that were swarming him, then rushes`. */
const INNER = new Set([
  'who',
  'which',
  'that',
  'when',
  'if',
  'because',
  'as',
  'while',
  'until',
  'before',
  'after',
  'since',
  'where',
  'though',
  'although',
  'whom',
  'whose',
  'what',
]);
/** Words that make a clause tell another time than the scene's, or a relative clause. */
const EARLIER = new Set([
  'when',
  'whenever',
  'before',
  'after',
  'since',
  'until',
  'once',
  'ago',
  'yesterday',
  'had',
  "hadn't",
  'earlier',
  'already',
  'who',
  'which',
  'that',
  'whom',
  'where',
  'if',
  'because',
  'though',
  'although',
  'used',
  'last',
  'previously',
  'formerly',
]);

/** Past verbs of a state that tell what held before the scene's now as often as a slip: `Ruiko knew Frenda`. */
const STATIVE = new Set([
  'knew',
  'thought',
  'felt',
  'seemed',
  'wanted',
  'liked',
  'loved',
  'hated',
  'meant',
  'believed',
  'understood',
  'remembered',
  'realized',
  'realised',
  'wished',
  'hoped',
  'owned',
  'needed',
]);

let irregularBase: Map<string, string> | undefined;

/** Irregular past → base, a past that is also a base of its own included (`found` → `find`). */
function baseOfPast(w: string): string | undefined {
  if (!irregularBase) {
    irregularBase = new Map();
    for (const v of irregularVerbs().values()) for (const p of v.past) if (p !== v.base && !irregularBase.has(p)) irregularBase.set(p, v.base);
  }
  return irregularBase.get(w);
}

/** The tense a word has as a verb after `and` for a third-person subject, if it can only be a verb in it. */
function formOf(w: string, text: string): Tense | undefined {
  if (text !== w || w.length < 3 || !/^[a-z]+$/.test(w)) return undefined;
  const v = irregular();
  const c = classesOf(w);
  if (/[^s']s$/.test(w) && !/(?:us|is|ss)$/.test(w) && !NOT_VERBS_S.has(w)) {
    if (v.thirdOf.has(w)) return 'present';
    return c & (WORD_CLASS.noun | WORD_CLASS.plural | WORD_CLASS.adj | WORD_CLASS.adv) ? undefined : 'present';
  }
  if (v.baseOf.has(w) || (baseOfPast(w) !== undefined && !v.pastOf.has(w))) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !(c & (WORD_CLASS.adj | WORD_CLASS.pred))) return 'past';
  return undefined;
}

/** Adds the verbs coordinated with each action verb of a third-person subject (`he turned and walks`). */
export function addConjuncts(text: string, tokens: readonly Token[], s: Sentence): void {
  const heads = s.markers.filter((m) => m.action && m.index !== undefined && !m.conjunct && m.subject !== 'i' && m.subject !== 'we' && m.subject !== 'they');
  for (const head of heads) {
    const at = new Set(s.markers.map((m) => m.index));
    let inner = false;
    for (let k = head.index! + 1; k + 1 < s.to; k++) {
      const w = tokens[k].lower;
      const gap = text.slice(tokens[k - 1].end, tokens[k].start);
      if (CLAUSE_STOP.has(w) || /[;:—–()"“”]/.test(gap)) break;
      if (gap.includes(',')) inner = false;
      if (INNER.has(w)) inner = true;
      if (inner || !CONJUNCTIONS.has(w)) continue;
      let j = k + 1;
      if (w === 'and' && tokens[j].lower === 'then' && j + 1 < s.to) j++;
      if (at.has(j)) break;
      const tense = formOf(tokens[j].lower, tokens[j].text);
      if (!tense) continue;
      // `cars and trucks`, `tired and confused`: a list of words of one form, not a predicate.
      const before = tokens[k - 1];
      const joined = /^[ \t]+$/.test(text.slice(before.end, tokens[k].start));
      if (k - 1 !== head.index && joined && formOf(before.lower, before.text) === tense) continue;
      // A verb in -s after a noun is more often a noun of a list (`a needle, thread, and scissors`):
      // only after the head verb itself or a particle (`He looked up and grins`).
      // `, then rushes` is a predicate whatever stands before it.
      const then = w === 'then' || tokens[k + 1].lower === 'then';
      // …or before a possessive or an object pronoun, which no noun of a list takes (`put the book back, and taps his chin`).
      const object = j + 1 < s.to && OBJECTS.has(tokens[j + 1].lower);
      if (tense === 'present' && !then && !object && k - 1 !== head.index && !(joined && classesOf(before.lower) & (WORD_CLASS.adv | WORD_CLASS.prep)))
        continue;
      if (tokens[j + 1]?.lower === 'of') continue;
      // `, then rushes` is the head's next action: its clause is the head's (see `earlier`).
      // A weak head's conjunct is weak too: `she let the system take over and thrusted` votes for no tense.
      s.markers.push({
        token: tokens[j],
        index: j,
        tense,
        action: true,
        subject: head.subject,
        conjunct: true,
        head: then ? head.index : undefined,
        weak: head.weak,
      });
      at.add(j);
    }
  }
}

/**
 * Whether the marker's clause tells another time: a word of `EARLIER` between the clause's start
 * (a comma, a dash, the sentence's start) and the verb; a conjunct's clause is its head's.
 */
function earlier(s: Sentence, m: Marker): boolean {
  const { tokens } = s.paragraph.analysis;
  const { text } = s.paragraph;
  // `the one thing she needed`: a subject right after a noun opens a relative clause.
  const subject = m.index! - 1;
  if (!m.conjunct && subject - 1 >= s.from && /^[ \t]+$/.test(text.slice(tokens[subject - 1].end, tokens[subject].start))) {
    const c = classesOf(tokens[subject - 1].lower);
    if (c & WORD_CLASS.noun && !(c & (WORD_CLASS.conj | WORD_CLASS.adv | WORD_CLASS.prep))) return true;
  }
  // A conjunct after `then` is of its head's clause: from the head back (`he slashed out the
  // monsters that were swarming him, then rushes`: the relative clause between is not its own);
  // another is read back to the sentence's start (`the room where she is lying, awake and hooked up`).
  for (let k = (m.head ?? m.index!) - 1; k >= s.from; k--) {
    if (EARLIER.has(tokens[k].lower)) return true;
    if ((!m.conjunct || m.head !== undefined) && /[,;:—–(]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
  }
  return false;
}

/** The tense most of these sentences are in, by the margin (`least`, `ratio`), else undefined. */
function lean(past: number, present: number, least: number, ratio: number): Tense | undefined {
  if (past >= least && past >= ratio * present) return 'past';
  if (present >= least && present >= ratio * past) return 'present';
  return undefined;
}

/** The tense of the nearest sentences around `i` that have one (three each side at most), by a margin of three to one. */
function nearLean(tenses: ReadonlyArray<Tense | undefined>, i: number): Tense | undefined {
  const n = { past: 0, present: 0 };
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let k = i + step; k >= 0 && k < tenses.length && seen < 3; k += step) {
      const t = tenses[k];
      if (!t) continue;
      n[t]++;
      seen++;
    }
  }
  return lean(n.past, n.present, 3, 3);
}

/** Whether the verb may be reported against `expected`: not of a clause of another time, nor a plain form that tells no tense. */
function reportable(s: Sentence, m: Marker, expected: Tense): boolean {
  if (m.tense === expected || !m.action || m.index === undefined) return false;
  // A clause of another time, unless that time is the past the sentence names (`Yesterday she walks`).
  if (earlier(s, m) && !(expected === 'past' && pastFirst(s))) return false;
  // `they stop and find`, `I jist stayed`: a plain form after a plural or `I` tells no tense alone.
  if (!m.conjunct && (m.subject === 'i' || m.subject === 'we' || m.subject === 'they')) return false;
  // `Easter cards`, `Louisiana politics`: a word in -s after a name is as often a noun it qualifies.
  return m.conjunct === true || m.tense === 'past' || m.subject === 'he' || m.subject === 'she';
}

/**
 * The findings for the verbs of mixed sentences that go against the tense around them (their
 * paragraph's, else the nearest sentences', else the scene's), and, in a scene of no clear tense
 * (`sceneTense` unknown: a clear one is read sentence by sentence already), for the action verbs
 * of a sentence told in the other tense than all the other sentences of its paragraph (two at
 * least): `As she rushes towards her… Shirai continues forward… Finding one, she sighed.`
 */
export function mixedSlips(
  sentences: readonly Sentence[],
  tenseOf: (s: Sentence) => Tense | undefined,
  votes: { past: number; present: number; tense: Tense | 'unknown' },
): RawFinding[] {
  const tenses = sentences.map(tenseOf);
  const byParagraph = new Map<Paragraph, { past: number; present: number }>();
  sentences.forEach((s, i) => {
    const t = tenses[i];
    if (!t) return;
    const c = byParagraph.get(s.paragraph) ?? { past: 0, present: 0 };
    c[t]++;
    byParagraph.set(s.paragraph, c);
  });
  const scene = lean(votes.past, votes.present, 5, 2);
  // The scene's majority by a smaller margin: only where the sentence's own main clause agrees, as a hint.
  const majority = lean(votes.past, votes.present, 5, 1.5);
  const out: RawFinding[] = [];
  sentences.forEach((s, i) => {
    const own = tenses[i];
    const c = { ...(byParagraph.get(s.paragraph) ?? { past: 0, present: 0 }) };
    if (own) c[own]--;
    const paragraph = lean(c.past, c.present, 2, 3);
    const mixed = s.markers.some((m) => m.tense === 'past') && s.markers.some((m) => m.tense === 'present');
    const binds = mayBind(s);
    if (!mixed && !binds && !(own && votes.tense === 'unknown' && paragraph)) return;
    const strict = paragraph ?? nearLean(tenses, i) ?? scene;
    const loose = strict ? undefined : (before(sentences, tenses, i) ?? majority);
    const main = mainOf(s)?.tense;
    // Neither its paragraph nor the scene leans (two to one; a sentence that names a past time
    // before its first verb, whatever its neighbours lean to, in a scene of no clear tense): the sentence decides by itself
    // (`sentenceLean`), as a hint, where nothing else does, and for its bound clauses even against
    // its neighbours' lean (a scene of no clear tense changes it from one sentence to the next).
    const named = pastFirst(s) && votes.tense === 'unknown';
    const itself = paragraph || ((loose || scene) && !named) ? undefined : sentenceLean(s, main, named);
    const reported = new Set<number>();
    let expected: Tense | undefined;
    let between = false;
    let quiet = false;
    if (mixed) {
      const action = s.markers.filter((m) => m.action);
      // Without a coordinated verb, only a sentence with action verbs of both tenses.
      if (s.markers.some((m) => m.conjunct) || (action.some((m) => m.tense === 'past') && action.some((m) => m.tense === 'present'))) {
        // A past time named (`Yesterday she walks home and cooked`) outweighs the neighbours' lean.
        expected = (named ? itself : undefined) ?? strict ?? (loose === main ? loose : undefined) ?? itself;
        quiet = !strict || expected !== strict;
      }
    } else if (own && votes.tense === 'unknown' && paragraph && paragraph !== own && c[own] === 0 && !(own === 'past' ? s.pastOk : s.presentOk)) {
      expected = paragraph;
      between = true;
    }
    if (expected && !(expected === 'present' && s.pastTime) && !(expected === 'past' && s.presentOk)) {
      for (const m of s.markers) {
        if (!reportable(s, m, expected) || (between && STATIVE.has(m.token.lower))) continue;
        // A sentence against its paragraph: one finding, at its first verb, as a hint (these
        // writers switch tense between sentences as a style; inside one sentence it is a slip).
        const f = finding(s, m, expected);
        out.push(between || quiet ? { ...f, severity: 'information' } : f);
        reported.add(m.index!);
        if (between) break;
      }
    }
    if (between || !binds) return;
    // Clauses bound to the main clause (`He waits until everyone was`, `It was Kirito who answers`).
    const bound = itself ?? strict ?? (loose === main ? loose : undefined);
    for (const b of boundVerbs(s, bound, strict ?? loose)) {
      if (reported.has(b.index)) continue;
      const f = finding(s, { token: b.token, index: b.index, tense: b.tense, action: true, subject: fixSubject(s, b.index, b.subject) }, b.expected);
      out.push(strict && b.expected === strict ? f : { ...f, severity: 'information' });
    }
  });
  return out;
}

/**
 * The tense a sentence tells by itself, for a scene of no clear tense: the past when it names a
 * past time before its first verb (`named`: `Yesterday she walks`), else its main clause's (`main`) when its action verbs in that
 * tense outnumber the others two to one (`Kirito grabs two Crystals, now that the light was off,
 * and shouts`: no action verb in the past), else none.
 */
function sentenceLean(s: Sentence, main: Tense | undefined, named: boolean): Tense | undefined {
  if (named) return 'past';
  if (!main) return undefined;
  let same = 0;
  let other = 0;
  for (const m of s.markers) {
    if (!m.action) continue;
    if (m.tense === main) same++;
    else other++;
  }
  return same > 0 && same >= 2 * other ? main : undefined;
}

/**
 * Whether the sentence names a past time before its first verb (`Yesterday she walks`, `Two years
 * ago, he leaves`): its main clause's time; `She smiles at the day two years ago when they met`
 * names one of another clause.
 */
function pastFirst(s: Sentence): boolean {
  if (!s.pastTime) return false;
  const { tokens } = s.paragraph.analysis;
  let first = s.to;
  for (const m of s.markers) if (m.index !== undefined && m.index < first) first = m.index;
  for (let k = s.from; k < first; k++) if (PAST_TIME.has(tokens[k].lower)) return true;
  return false;
}

/** The tense of the sentences before `i` in its paragraph, when the last two or three of them that have one all agree. */
function before(sentences: readonly Sentence[], tenses: ReadonlyArray<Tense | undefined>, i: number): Tense | undefined {
  let seen = 0;
  let tense: Tense | undefined;
  for (let k = i - 1; k >= 0 && sentences[k].paragraph === sentences[i].paragraph && seen < 3; k--) {
    const t = tenses[k];
    if (!t) continue;
    if (tense && t !== tense) return undefined;
    tense = t;
    seen++;
  }
  return seen >= 2 ? tense : undefined;
}

/** The subject a bound verb's fix agrees with: a pronoun as it is, else a noun in -s or `were` as `they`, else `it`. */
function fixSubject(s: Sentence, index: number, subject: string | undefined): string {
  const { tokens } = s.paragraph.analysis;
  if (subject && /^(?:i|he|she|it|we|they|you)$/.test(subject)) return subject;
  const prev = index > s.from ? tokens[index - 1].lower : '';
  return tokens[index].lower === 'were' || (/[^s']s$/.test(prev) && !/(?:us|is)$/.test(prev)) ? 'they' : 'it';
}

function finding(s: Sentence, m: Marker, expected: Tense): RawFinding {
  const other: Tense = expected === 'past' ? 'present' : 'past';
  let fix = expected === 'past' ? toPast(m) : toPresent(m);
  if (!fix && expected === 'present') {
    // `found` → `finds`: a past that is also a base of its own (`to found`).
    const base = baseOfPast(m.token.lower);
    if (base) fix = cased(m.token.text, third(base));
  }
  const word = m.token.text;
  const at = s.paragraph.start;
  return {
    start: at + m.token.start,
    end: at + m.token.end,
    message: fix
      ? `\`${word}\` is ${other} tense beside verbs in the ${expected} in a passage told in the ${expected}; did you mean \`${fix}\`?`
      : `\`${word}\` is ${other} tense beside verbs in the ${expected} in a passage told in the ${expected}.`,
    suggestions: fix ? [fix] : [],
    data: { tense: other, expected, within: true },
  };
}
