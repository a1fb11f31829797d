/**
 * The learned speaker scorer: for each quotation, the characters the rules could have named (the
 * rules' own pick, who spoke the turns before, who the narration names nearby, whom the quotes
 * address) and a "none" option, each described by a few features, ranked by a logistic model
 * trained on hand-checked Brown fiction (`scripts/build-speaker-model.ts`, weights in
 * `data/speaker-model.generated.ts`). Below the model's confidence floor the speaker stays unknown.
 */

import { foldName } from '../characters/names';
import { SPEAKER_MODEL } from '../data/speaker-model.generated';
import { GENDERED_NOUNS, isTagVerb, type Gender } from './lexicon';
import type { RuleAttribution } from './speakers';
import type { Quotation, SpeakerEvidence } from './types';

/** The features of a (quotation, candidate) pair, in the order of the model's weights. */
export const FEATURES = [
  'rule',
  'rule_explicit',
  'rule_pronoun',
  'rule_paragraph',
  'rule_continued',
  'rule_beat',
  'rule_alternation',
  'rule_addressee',
  'rule_conf',
  'prev1',
  'prev2',
  'same_para',
  'other_para',
  'next1',
  'next2',
  'narr_prev_q',
  'turn_other',
  'alternate',
  'addr_here',
  'addr_para',
  'addr_prev',
  'narr_here',
  'narr_first',
  'narr_before',
  'narr_after',
  'narr_prev',
  'narr_prev_last',
  'd_mention',
  'd_spoke',
  'never_spoke',
  'pron_agree',
  'pron_clash',
  'i_narrator',
  'narrator',
  'in_quote',
  'salience',
  'none',
  'none_rule_null',
  'none_rule_explicit',
  'none_rule_weak',
  'none_i_tag',
  'none_pron_tag',
  'none_few',
] as const;

export type Feature = (typeof FEATURES)[number];
const AT = new Map<string, number>(FEATURES.map((f, i) => [f, i]));

/** A candidate speaker of a quotation (null: "none") and its feature vector. */
export interface Candidate {
  name: string | null;
  x: Float64Array;
}

/** One quotation's candidates, and the rules' result for it. */
export interface Choice {
  quote: Quotation;
  candidates: Candidate[];
}

/** Paragraphs back a candidate may have last been named or have spoken in. */
const REACH = 12;

/** The pronoun or gendered epithet of a tag right after or before a quote: `"No," she said`, `the girl asked, "Why?"`. */
function tagGender(text: string, start: number, end: number): Gender | 'i' | undefined {
  const after = /^[\s,.;:!?—–-]*(?:(he|she|i)\s+(?:\w+ly\s+)?(\w+)|(\w+)\s+(he|she)\b|the\s+(\w+)\s+(\w+))/i.exec(text.slice(end, end + 40));
  if (after) {
    if (after[1] && isTagVerb(after[2].toLowerCase())) return after[1].toLowerCase() as Gender | 'i';
    if (after[4] && isTagVerb(after[3].toLowerCase())) return after[4].toLowerCase() as Gender;
    if (after[5] && isTagVerb(after[6].toLowerCase())) return GENDERED_NOUNS[after[5].toLowerCase()];
  }
  const before = /\b(he|she|I)\s+(?:\w+ly\s+)?(\w+)[,:]?\s*$/.exec(text.slice(Math.max(0, start - 30), start));
  if (before && isTagVerb(before[2].toLowerCase())) return before[1].toLowerCase() as Gender | 'i';
  return undefined;
}

/** The characters a quotation's words name. */
function namesIn(quote: string, r: RuleAttribution): Set<string> {
  const out = new Set<string>();
  for (const m of quote.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
    const c = r.index.byToken.get(foldName(m[0]));
    if (c) out.add(c);
  }
  return out;
}

/** Who spoke or will speak around a quotation, as the turn features read them. */
interface Turns {
  p1?: { speaker: string | null };
  p2?: { speaker: string | null };
  n1?: string | null;
  n2?: string | null;
  pq?: { names: string[] };
  otherTurn?: { speaker: string };
  before?: string | null;
}

/** The features of a candidate's place in the exchange: the turns before and after, the paragraph's quote before. */
function turnFeatures(set: (f: Feature) => void, c: string, t: Turns): void {
  if (t.p1?.speaker === c) set('prev1');
  if (t.p2?.speaker === c) set('prev2');
  if (t.p2?.speaker === c && t.p1?.speaker !== c && t.p1?.speaker) set('alternate');
  if (t.n1 === c) set('next1');
  if (t.n2 === c) set('next2');
  if (t.pq?.names.includes(c) && t.p1?.speaker !== c) set('narr_prev_q');
  if (t.otherTurn?.speaker === c && !t.before) set('turn_other');
  if (t.before === c) set('same_para');
  else if (t.before) set('other_para');
}

/** The features of a quotation's "none" option. */
function noneFeatures(q: Quotation, tag: Gender | 'i' | undefined, narrator: string | undefined, candidates: number): Float64Array {
  const none = new Float64Array(FEATURES.length);
  none[AT.get('none')!] = 1;
  if (q.speaker === null) none[AT.get('none_rule_null')!] = 1;
  if (q.evidence === 'explicit') none[AT.get('none_rule_explicit')!] = 1;
  if (q.speaker !== null && q.confidence < 0.75) none[AT.get('none_rule_weak')!] = 1;
  if (tag === 'i' && !narrator) none[AT.get('none_i_tag')!] = 1;
  if (tag === 'he' || tag === 'she') none[AT.get('none_pron_tag')!] = 1;
  if (candidates < 2) none[AT.get('none_few')!] = 1;
  return none;
}

/**
 * The candidates and features of every quotation, in document order. `decide` gives each
 * quotation's speaker once its features are known (the rules' by default; the model's when it
 * ranks, the annotation's when it learns), which the later quotations' turn features read.
 */
export function speakerChoices(r: RuleAttribution, text: string, decide: (c: Choice) => string | null = (c) => c.quote.speaker): Choice[] {
  const out: Choice[] = [];
  const lastMention = new Map<string, number>();
  const mentionCount = new Map<string, number>();
  const lastSpoke = new Map<string, number>();
  const byParagraph = new Map<number, Quotation[]>();
  for (const q of r.quotes) {
    const list = byParagraph.get(q.paragraph) ?? [];
    list.push(q);
    byParagraph.set(q.paragraph, list);
  }
  const genderOf = (c: string) => r.genders.get(c) ?? r.index.gender.get(c);
  // The speaker a tag of each paragraph names (explicit or pronoun, as the rules read it), to look ahead.
  const tagged = r.prose.map((p) => {
    const q = (byParagraph.get(p.index) ?? []).find((x) => x.evidence === 'explicit' || x.evidence === 'pronoun');
    return q ? q.speaker : byParagraph.has(p.index) ? undefined : null;
  });
  const ahead = (pi: number, k: number) => {
    for (let j = pi + 1; j <= pi + k; j++) if (!r.prose[j] || r.prose[j].scene !== r.prose[pi].scene || tagged[j] === null) return undefined;
    return tagged[pi + k] ?? undefined;
  };
  // The last speaker of each of the last two paragraphs of quotes, when they run on in one scene.
  let prev: { pi: number; speaker: string | null; addressed: string[] } | undefined;
  let prev2: { pi: number; speaker: string | null } | undefined;
  let prevNarration: { pi: number; names: string[] } | undefined;
  // The names of the last paragraph of quotes' narration, and the scene's speakers, the latest last.
  let prevQuoted: { pi: number; names: string[] } | undefined;
  const turns: Array<{ pi: number; speaker: string }> = [];
  r.prose.forEach((p, pi) => {
    if (pi > 0 && r.prose[pi - 1].scene !== p.scene) {
      prev = prev2 = prevNarration = prevQuoted = undefined;
      lastSpoke.clear();
      turns.length = 0;
    }
    const ws = r.words[pi];
    const named = ws.filter((w) => w.character).map((w) => ({ name: w.character!, at: w.start }));
    const quotes = byParagraph.get(p.index) ?? [];
    if (quotes.length > 0) {
      const addressed = quotes.map((q) => r.addressed.get(q.start)).filter((x): x is string => x !== undefined);
      const p1 = prev && prev.pi === pi - 1 ? prev : undefined;
      const p2 = p1 && prev2 && prev2.pi === pi - 2 ? prev2 : undefined;
      const np = prevNarration && prevNarration.pi === pi - 1 ? prevNarration : undefined;
      let before: string | null | undefined;
      const pq = prevQuoted && prevQuoted.pi === pi - 1 ? prevQuoted : undefined;
      const lastTurn = turns[turns.length - 1];
      // The other one of the exchange: the latest speaker before the last one, lately.
      let otherTurn: { pi: number; speaker: string } | undefined;
      for (let k = turns.length - 2; k >= 0 && lastTurn && pi - lastTurn.pi <= 3 && pi - turns[k].pi <= 6 && !otherTurn; k--)
        if (turns[k].speaker !== lastTurn.speaker) otherTurn = turns[k];
      const n1 = ahead(pi, 1);
      const n2 = ahead(pi, 2);
      for (const q of quotes) {
        const pool = new Set<string>();
        for (const [c, at] of lastMention) if (pi - at <= REACH) pool.add(c);
        for (const [c, at] of lastSpoke) if (pi - at <= REACH) pool.add(c);
        for (const n of named) pool.add(n.name);
        for (const a of p1?.addressed ?? []) pool.add(a);
        if (q.speaker) pool.add(q.speaker);
        if (before) pool.add(before);
        const tag = tagGender(text, q.start, q.end);
        const own = r.addressed.get(q.start);
        const inQuote = namesIn(text.slice(q.start, q.end), r);
        const candidates: Candidate[] = [];
        for (const c of pool) {
          const x = new Float64Array(FEATURES.length);
          const set = (f: Feature, v = 1) => (x[AT.get(f)!] = v);
          if (q.speaker === c) {
            set('rule');
            if (q.evidence) set(`rule_${q.evidence}` as Feature);
            set('rule_conf', q.confidence);
          }
          turnFeatures(set, c, { p1, p2, n1, n2, pq, otherTurn, before });
          if (own === c) set('addr_here');
          else if (addressed.includes(c)) set('addr_para');
          if (p1?.addressed.includes(c)) set('addr_prev');
          const here = named.filter((n) => n.name === c);
          if (here.length) set('narr_here');
          if (named[0]?.name === c) set('narr_first');
          if (here.some((n) => n.at < q.start)) set('narr_before');
          const next = ws.find((w) => w.start >= q.end);
          if (next && next.character === c && next.start - q.end < 6) set('narr_after');
          if (np?.names.includes(c)) set('narr_prev');
          if (np && np.names[np.names.length - 1] === c) set('narr_prev_last');
          const m = lastMention.get(c);
          set('d_mention', Math.log1p(here.length ? 0 : m === undefined ? REACH : Math.min(REACH, pi - m)));
          const s = lastSpoke.get(c);
          if (s === undefined) set('never_spoke');
          else set('d_spoke', Math.log1p(Math.min(REACH, pi - s)));
          const g = genderOf(c);
          if ((tag === 'he' || tag === 'she') && g) set(g === tag ? 'pron_agree' : 'pron_clash');
          if (tag === 'i' && r.narrator === c) set('i_narrator');
          if (r.narrator === c) set('narrator');
          if (inQuote.has(c) && own !== c) set('in_quote');
          set('salience', Math.log1p(mentionCount.get(c) ?? 0) / 3);
          candidates.push({ name: c, x });
        }
        candidates.push({ name: null, x: noneFeatures(q, tag, r.narrator, candidates.length) });
        const choice = { quote: q, candidates };
        out.push(choice);
        before = decide(choice);
        if (before) {
          lastSpoke.set(before, pi);
          if (turns[turns.length - 1]?.speaker !== before) turns.push({ pi, speaker: before });
          else turns[turns.length - 1].pi = pi;
        }
      }
      const last = before ?? null;
      prev2 = prev ? { pi: prev.pi, speaker: prev.speaker } : undefined;
      prev = { pi, speaker: last, addressed };
      prevQuoted = { pi, names: named.map((n) => n.name) };
    } else prevNarration = { pi, names: named.map((n) => n.name) };
    for (const n of named) {
      lastMention.set(n.name, pi);
      mentionCount.set(n.name, (mentionCount.get(n.name) ?? 0) + 1);
    }
  });
  return out;
}

/** The model's probabilities of a quotation's candidates (softmax of their scores). */
export function probabilities(c: readonly Candidate[], weights: ArrayLike<number>): number[] {
  const s = c.map((k) => {
    let v = 0;
    for (let i = 0; i < k.x.length; i++) if (k.x[i] !== 0) v += k.x[i] * weights[i];
    return v;
  });
  const top = Math.max(...s);
  const e = s.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Whether the rules' result stands as it is: an explicit tag naming a character (the rules are right on nearly all). */
export function keepsRule(q: Quotation, mode: 'all' | 'untagged'): boolean {
  return mode === 'untagged' && q.evidence === 'explicit' && q.confidence >= 0.9;
}

/** The speaker the model picks for a quotation, null under its floor or when "none" wins. */
export function pick(choice: Choice, weights: ArrayLike<number>, floor: number): { name: string | null; p: number } {
  const ps = probabilities(choice.candidates, weights);
  let best = 0;
  for (let i = 1; i < ps.length; i++) if (ps[i] > ps[best]) best = i;
  const name = choice.candidates[best].name;
  return name !== null && ps[best] >= floor ? { name, p: ps[best] } : { name: null, p: ps[best] };
}

/** Reranks the rules' speakers with the learned model; quotations it keeps stay as the rules gave them. */
export function rerankSpeakers(r: RuleAttribution, text: string): Quotation[] {
  const { weights, floor, mode } = SPEAKER_MODEL;
  if (weights.length !== FEATURES.length) return r.quotes;
  speakerChoices(r, text, (choice) => {
    const q = choice.quote;
    if (keepsRule(q, mode)) return q.speaker;
    const { name, p } = pick(choice, weights, floor);
    if (name === q.speaker) {
      if (name !== null) q.confidence = Math.max(q.confidence, p);
      return name;
    }
    q.speaker = name;
    q.evidence = name === null ? null : ('learned' satisfies SpeakerEvidence);
    q.confidence = name === null ? 0 : p;
    return name;
  });
  return r.quotes;
}
