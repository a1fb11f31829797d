/** Two-person exchanges: untagged turns that alternate between the two speakers around them. */

import type { Word } from './cast';
import type { Gender } from './lexicon';
import { CONFIDENCE_FLOOR, type Quotation, type Said } from './types';

/** A paragraph of an exchange: consecutive paragraphs of dialogue in one scene. */
export interface RunTurn {
  quotes: Quotation[];
  /** The one speaker of its quotations, when known. */
  speaker: string | null;
  /** Whether something in the paragraph named its speaker (a character or not). */
  anchor: boolean;
  /** Whether two characters speak in it. */
  mixed: boolean;
  /** The characters its quotations address by name (`"Eat something, Scotty."`). */
  addressed: readonly string[];
  /** Of those, the ones no narration names, who have not spoken and are not called within a sentence: maybe only talked of. */
  faint?: readonly string[];
  /** Whether its speaker is someone the text names but who is no character (`the clerk said`, `I said`). */
  someone?: boolean;
  /** The sex of whom its tag speaks to (`I told her, "…"`, `he asked him:`): the next turn's speaker. */
  listener?: Gender;
  /** Whether its tag says the speaker goes on (`"I didn't really use yours," she went on`): the turn before is theirs too. */
  continues?: boolean;
  /** Whether narration of a sentence or more comes before its first quote (`…such charges as "reactionary", "robber baroness"`): no turn of talk. */
  late?: boolean;
  /** Whether only the one who acted last in the narration before gave its speaker (`lastActor`): a guess the alternation outweighs. */
  weak?: boolean;
}

/**
 * The side of an exchange held by someone who is no character: "the clerk" talking with Alec, or
 * a first-person narrator. It takes part in the alternation but is never anyone's name.
 */
const SOMEONE = '\u0000someone';

/** The speaker a known turn leaves to the next one (its last) or gives to the one before (its first). */
function edgeSpeaker(t: RunTurn, last: boolean): string | null {
  if (!t.anchor) return null;
  if (t.someone) return SOMEONE;
  if (!t.mixed) return t.speaker;
  const known = t.quotes.filter((q) => q.speaker !== null);
  return (last ? known[known.length - 1] : known[0])?.speaker ?? null;
}

/**
 * The other person of the exchange, seen from the known turn `at` (speaker `x`) towards `step`:
 * whom that turn addresses, else the speaker of the known turn beyond it when the turns beyond
 * are only the two of them, else one it addresses who may be only talked of, else whom the
 * unknown turns address.
 */
function otherSide(
  turns: RunTurn[],
  at: number,
  x: string,
  step: 1 | -1,
  gap: readonly number[],
  narrator?: string,
  carried?: readonly string[],
  met?: string,
): string | undefined {
  const to = turns[at].addressed.find((n) => n !== x && !turns[at].faint?.includes(n));
  if (to) return to;
  // One maybe only talked of (`"…the strongest esper, Accelerator."`) yields to the known other side.
  const faint = turns[at].addressed.find((n) => n !== x);
  // A turn where both speak (`When I asked, "Why?" the old gal said, "…"`) is the pair itself.
  if (turns[at].mixed) {
    const both = new Set(turns[at].quotes.map((q) => q.speaker).filter((s) => s !== null && s !== x));
    if (both.size === 1) return [...both][0]!;
  }
  // The turn just beyond that called x by name is the other side, whoever spoke before it: `"Ekstrohm?"
  // Ryan insisted.` / `"Okay."` (Ekstrohm) / `"Well, let's take a look."` (Ryan, though Nogol spoke too).
  const next = turns[at - step];
  const caller = next ? edgeSpeaker(next, step === -1) : null;
  if (next && caller !== null && caller !== SOMEONE && caller !== x && next.addressed.includes(x)) return caller;
  // The known turns beyond `at`, away from the gap: "A B ? ?" makes the pair {A, B}, "A B C ?" none.
  const beyond: string[] = [];
  for (let k = at - step; k >= 0 && k < turns.length && beyond.length < 3; k -= step) {
    const s = edgeSpeaker(turns[k], step === -1);
    if (s === null) {
      if (turns[k].anchor) break;
      continue;
    }
    beyond.push(s);
  }
  const others = new Set(beyond.filter((s) => s !== x));
  if (others.size === 1) return [...others][0];
  if (others.size > 1) return undefined;
  if (faint) return faint;
  // "A ? ?" where an unknown turn addresses B: "Out where, Kagome?"
  const named = new Set(gap.flatMap((i) => turns[i].addressed).filter((n) => n !== x));
  if (named.size === 1) return [...named][0];
  // Else the other of the two who talked just before a stretch of narration that named no one else.
  if (carried?.includes(x) && named.size === 0) return carried.find((n) => n !== x);
  // Else the narrator talks with the one person the narration around the exchange meets.
  if (met !== undefined && x === narrator && named.size === 0) return met;
  // Else a first-person narrator, who is in every scene of her story, talks with x.
  return narrator !== undefined && narrator !== x && named.size === 0 ? narrator : undefined;
}

/**
 * The speaker of the known turn at the gap's other end, when the turns between alternate from x to
 * them (an odd count of steps) and neither end goes on from before: `"Is this Rimuru always this
 * trusting?"` (the old man) / eight untagged turns / `"You think you could train em?" I asked.`,
 * though Rimuru spoke before the old man: the two ends are the pair.
 */
function closing(turns: RunTurn[], at: number, x: string, step: 1 | -1, gap: readonly number[]): string | undefined {
  const end = step === 1 ? gap[gap.length - 1] + 1 : gap[0] - 1;
  if (end < 0 || end >= turns.length || Math.abs(end - at) % 2 === 0) return undefined;
  if (turns[end].continues || turns[at].continues || goesOn(turns[end]) || goesOn(turns[at]) || turns[end].mixed || turns[at].mixed) return undefined;
  const z = edgeSpeaker(turns[end], step === -1);
  return z !== null && z !== x ? z : undefined;
}

/** Whether the turn's speaker goes on from before: a speech running on, a list's next item (`- "The host is so considerate."`). */
function goesOn(t: RunTurn): boolean {
  return t.quotes.length > 0 && t.quotes.every((q) => q.evidence === 'continued');
}

/** A turn's speaker by alternation: how far from the known turn it counts, whether the gap's other end fits, the two it alternates. */
interface Alternated {
  who: string;
  distance: number;
  confirmed?: boolean;
  pair: readonly [string, string];
  /** Whether the other of the two is only presumed: the first-person narrator, or whom she meets, with no turn to tell. */
  presumed?: boolean;
  /** Whether the known turn it counts from is only a weak guess (`RunTurn.weak`). */
  weak?: boolean;
}

/** Who speaks each turn of a gap, by alternation from the known turn at `at`, or nothing. */
function alternate(
  turns: RunTurn[],
  at: number,
  gap: readonly number[],
  step: 1 | -1,
  narrator?: string,
  carried?: readonly string[],
  met?: string,
): Map<number, Alternated> | undefined {
  const out = new Map<number, Alternated>();
  // Nor does it tell who spoke before it.
  if (at < 0 || at >= turns.length || (step === -1 && goesOn(turns[at]))) return undefined;
  const x = edgeSpeaker(turns[at], step === 1);
  if (x === null) return undefined;
  const told = otherSide(turns, at, x, step, gap, undefined, carried);
  const presumed = told === undefined ? otherSide(turns, at, x, step, gap, narrator, carried, met) : undefined;
  const y = told ?? presumed ?? closing(turns, at, x, step, gap);
  if (y === undefined) return undefined;
  // Back from a turn that goes on, the turn just before it is the same speaker's.
  const shift = step === -1 && turns[at].continues ? 1 : 0;
  // The known turn at the gap's other end must fit the same alternation; when it is one of the two
  // and fits, each turn is as sure as the nearer end makes it.
  const end = step === 1 ? gap[gap.length - 1] + 1 : gap[0] - 1;
  let confirmed = false;
  if (end >= 0 && end < turns.length) {
    const s = edgeSpeaker(turns[end], step === -1);
    // Forward to a turn that goes on, that turn is the same speaker's as the one before it.
    const endShift = step === 1 && turns[end].continues ? 1 : 0;
    const expected = (Math.abs(end - at) + shift + endShift) % 2 === 1 ? y : x;
    // A turn whose speaker goes on from before (a speech running on, a list's next item) fits any alternation.
    if (s !== null && s !== expected && (s === x || s === y) && !goesOn(turns[end])) {
      // A one-quote turn that only the narration before it gave a speaker (`lastActor`) yields to the alternation, and takes it.
      if (!turns[end].weak || turns[end].quotes.length !== 1) return undefined;
      out.set(end, { who: expected, distance: Math.abs(end - at), pair: [x, y] });
    }
    confirmed = s === expected && endShift === 0;
  }
  for (const i of gap) {
    const distance = Math.abs(i - at);
    out.set(i, {
      who: (distance + shift) % 2 === 1 ? y : x,
      distance: confirmed ? Math.min(distance, Math.abs(end - i)) : distance,
      confirmed,
      pair: [x, y],
      presumed: presumed !== undefined,
      weak: turns[at].weak,
    });
  }
  return out;
}

/**
 * In a first-person story, an exchange whose untagged turns call one person by name, and whose
 * known turns are all theirs (`"Love me?"` / `"Uh-huh. Love you."` / `"Always and always,
 * Johnnie?"` / `"Always."`), is the narrator's with them: the turns that call them are the
 * narrator's, the alternation does the rest.
 */
function seedNarrator(turns: RunTurn[], narrator: string): void {
  const called = new Set(turns.flatMap((t) => t.addressed));
  called.delete(narrator);
  if (called.size !== 1) return;
  const [x] = called;
  // No one else known in it: its known turns are all theirs.
  if (turns.some((t) => t.anchor && (t.speaker !== x || t.mixed))) return;
  turns.forEach((t, i) => {
    if (t.anchor || t.addressed.length === 0 || t.addressed.includes(narrator)) return;
    for (const q of t.quotes) Object.assign(q, { speaker: narrator, evidence: 'alternation', confidence: 0.7 });
    turns[i] = { ...t, speaker: narrator, anchor: true };
  });
}

/**
 * Untagged turns of a two-person exchange alternate: each run of unknown turns takes, in turn, the
 * two speakers of the known turns before it (`"Out," Inuyasha said.` / `"Out where?"` is
 * Kagome's when she spoke before him), or after it when nothing before names them (the alternation
 * runs backwards from the first tagged turn), less surely the farther from a known turn. When
 * the two directions disagree, a turn would address its own speaker, or the turn before spoke to
 * someone of the other sex, the turn stays unknown.
 */
export function fillExchange(turns: RunTurn[], genders?: ReadonlyMap<string, Gender>, narrator?: string, carried?: readonly string[], met?: string): void {
  if (turns.length < 2) return;
  if (narrator) seedNarrator(turns, narrator);
  for (let s = 0; s < turns.length; s++) {
    if (turns[s].anchor) continue;
    let e = s;
    while (e + 1 < turns.length && !turns[e + 1].anchor) e++;
    const gap = Array.from({ length: e - s + 1 }, (_, k) => s + k);
    const forward = alternate(turns, s - 1, gap, 1, narrator, carried, met);
    const backward = alternate(turns, e + 1, gap, -1, narrator, carried, met);
    for (const i of gap) {
      const f = forward?.get(i);
      const b = backward?.get(i);
      // When the two directions disagree, one whose pair the gap's other end confirms wins (`"Hey, why would I do that?!" Rimuru
      // rebutted.` / `"Your two main offensive skills…"` / `"Right. Rigurd, Rigur, help Tanya…"`, which calls others).
      // Else a third person who speaks after the gap (`"Albert," said Hugh.`) breaks in on the two who talked before it: the
      // pair before holds, not the one the newcomer makes by calling someone.
      let settled = f && b && f.who !== b.who ? (f.confirmed && !b.confirmed ? f : b.confirmed && !f.confirmed ? b : undefined) : undefined;
      if (f && b && f.who !== b.who && !settled && !f.pair.includes(b.pair[0])) settled = f;
      // Nor is the gap theirs whom the turn after it calls in, who have not talked before it (`"Right. Rigurd, Rigur, help Tanya…"`).
      if (f && b && f.who !== b.who && !settled && turns[e + 1]?.addressed.includes(b.pair[1]) && !turns.slice(0, s).some((t) => t.speaker === b.pair[1]))
        settled = f;
      // Else the side that knows the other of its two from a turn, not only the narrator presumed (`"But…" Rigurd try to object.` /
      // `"That's an order."` / `"Yes sir, as you wish." Rigurd replied` is Rimuru's, who spoke before Rigurd, not Tanya's, who narrates).
      if (f && b && f.who !== b.who && !settled && f.presumed !== b.presumed) {
        const told = f.presumed ? b : f;
        if (!told.weak && turns.some((t) => t.speaker === told.pair[1])) settled = told;
      }
      if (f && b && f.who !== b.who && !settled) continue;
      const pick = settled ?? (f && b ? (f.distance <= b.distance ? f : b) : (f ?? b));
      if (!pick || pick.who === SOMEONE || turns[i].late || turns[i].addressed.includes(pick.who)) continue;
      // `I told her, "Get him to give himself up."` / `"Yes."`: not Moore's answer.
      const listener = turns[i - 1]?.listener;
      const sex = genders?.get(pick.who);
      if (listener && sex && sex !== listener) continue;
      const confidence = (f && b ? 0.85 : 0.8) * 0.95 ** (pick.distance - 1);
      if (confidence < CONFIDENCE_FLOOR) continue;
      for (const q of turns[i].quotes) {
        if (q.speaker !== null) continue;
        q.speaker = pick.who;
        q.evidence = 'alternation';
        q.confidence = confidence;
      }
      // A turn filled here is known to the gaps after it: `"Love me, Johnnie."` (hers, back from
      // his answer) makes the pair for the turns after his.
      if (turns[i].quotes.every((q) => q.speaker === pick.who)) turns[i] = { ...turns[i], speaker: pick.who, anchor: true };
    }
    // A weak end the alternation overrode.
    for (const [end, pick] of [...(forward ?? []), ...(backward ?? [])]) {
      if (gap.includes(end)) continue;
      const confidence = 0.8 * 0.95 ** (pick.distance - 1);
      if (confidence < CONFIDENCE_FLOOR || turns[end].addressed.includes(pick.who)) continue;
      for (const q of turns[end].quotes) Object.assign(q, { speaker: pick.who, evidence: 'alternation', confidence });
      turns[end] = { ...turns[end], speaker: pick.who, weak: false };
    }
    s = e;
  }
}

/** The two who speak the last known quotes of an exchange, each after the other. */
export function pairOf(turns: readonly RunTurn[]): string[] | undefined {
  const who: string[] = [];
  for (let k = turns.length - 1; k >= 0 && who.length < 2; k--) {
    const qs = turns[k].quotes;
    for (let m = qs.length - 1; m >= 0 && who.length < 2; m--) {
      const s = qs[m].speaker;
      if (s !== null && !who.includes(s)) who.push(s);
    }
  }
  return who.length === 2 ? who : undefined;
}

/** Gives an unnamed turn that calls one of the scene's only two speakers (a first-person narrator is in every scene) the other one. */
export function calledOfTwo(
  speakers: Said[],
  own: Array<string | undefined>,
  spoke: readonly string[],
  narrator: string | undefined,
  last: string | null | undefined,
): void {
  const scene = narrator === undefined || spoke.includes(narrator) ? spoke : [...spoke, narrator];
  if (scene.length !== 2 || scene.some((x) => x.startsWith('\u0000'))) return;
  const called = scene.filter((x) => own.includes(x));
  if (called.length !== 1) return;
  const other = scene.find((x) => x !== called[0])!;
  if (other === last) return;
  for (let m = 0; m < speakers.length; m++) speakers[m] = { speaker: other, evidence: 'addressee', confidence: 0.6, named: false };
}

/** Makes the one the previous turn addressed by name the speaker of an unnamed answer. */
export function answerAddressee(speakers: Said[], to: string, prevSpeaker: string | null, own: Array<string | undefined>): void {
  if (to !== prevSpeaker && !own.includes(to)) {
    for (let m = 0; m < speakers.length; m++) speakers[m] = { speaker: to, evidence: 'addressee', confidence: 0.7, named: false };
  }
}

// `Discord is speechless.`, `She said nothing.`, `He didn't answer.`: a sentence that says its subject keeps silent.
const KEEPS_SILENT =
  /^[^.!?"“”]*?\s(?:(?:is|was|stays|stayed|remains|remained|falls|fell|goes|went)\s+(?:\p{Ll}+ly\s+)?(?:speechless|silent|quiet|mute)|(?:says|said) nothing|(?:does|did)(?:n['’]t| not) (?:answer|reply|respond|speak|say anything))\b[^.!?"“”]*[.!?…]\s*$/u;

/**
 * Makes a one-sentence narration paragraph in which a character named at its start keeps silent
 * (`Discord is speechless.`) a turn of theirs with no quote, when the last turn of the exchange is
 * someone else's: the other one speaks next (`"I took Applejack's advice too."` is Fluttershy's).
 * Whether it did.
 */
export function silentTurn(text: string, ws: readonly Word[], run: RunTurn[]): boolean {
  const who = ws[0]?.character;
  const last = run[run.length - 1];
  if (!who || !last || !ws[0].token.sentenceStart || !KEEPS_SILENT.test(text)) return false;
  if (!last.anchor || last.mixed || last.someone || last.speaker === null || last.speaker === who) return false;
  run.push({ quotes: [], speaker: who, anchor: true, mixed: false, addressed: [] });
  return true;
}
