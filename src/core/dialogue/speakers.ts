/**
 * Who speaks each quotation. The model already knows where dialogue is (`Region`s of kind
 * `dialogue`); this pass gives each one a speaker, from the strongest evidence to the weakest:
 *
 * - an explicit tag: `"Stop," said Sango`, `Kagome asked, "Why?"`, `"Stop," Miroku murmured`;
 * - a pronoun tag, resolved to the last fitting character: `"Stop," she said` after a sentence
 *   about Sango (fitting by the roster's pronouns, else by the story's own he/she after each name);
 * - the other quotations of a tagged paragraph: `"Hi," she said. "How are you?"`;
 * - a speech that runs on: a paragraph that opens a quote while the previous one left it open;
 * - an action beat in the same paragraph: `Kagome smiled. "Hi."`;
 * - a two-person exchange: untagged turns alternate between the last two speakers, or answer the
 *   name the previous turn addressed (`"Eat something, Scotty."`).
 *
 * Every step carries a confidence; below `CONFIDENCE_FLOOR` the speaker stays `null`. A speaker
 * the text names but who is not a character (`the doctor said`, `I said`) is `null` too, and stops
 * the weaker steps from guessing.
 */

import { foldName } from '../characters/names';
import type { DocumentModel, Paragraph } from '../model/document';
import type { Region } from '../model/paragraph';
import {
  addGivenNames,
  addTaggedNames,
  indexCharacters,
  joinFullNames,
  learnEpithets,
  learnGenders,
  narrationWords,
  type CharacterIndex,
  type GivenNames,
  type Word,
} from './cast';
import { epithetSpeaker, newcomer, titledMentions, type TitledMentions } from './epithets';
import { answerAddressee, calledOfTwo, fillExchange, silentTurn, type RunTurn } from './exchange';
import { introducedByRelation } from './introduced';
import { CONTINUING, PRONOUN_GENDER, type Gender } from './lexicon';
import { listItem, type Lister } from './lists';
import { readNarration, tellerOf } from './narrator';
import { besideBeats, laterBeats, leadsIn, listenerOf, listenersReaction, loneTag, mentionOnly, ownBeats, splitSpeeches } from './paragraph-beats';
import { addressedAt, calledMid, inStory, pronounResolver, vocatives, type Resolver } from './pronouns';
import { lastNamedAfterPreposition, linkRelations, mentionsByCharacter, type Mention } from './relations';
import { rerankSpeakers } from './speaker-model';
import { beatBefore, beatSubject, lastSentenceSubject, tagAfter, tagBefore, type QuoteSpot, type Subject } from './tags';
import { CONFIDENCE_FLOOR, type Quotation, type Said, type SpeakerOptions } from './types';

export { CONFIDENCE_FLOOR, type Quotation, type SpeakerCharacter, type SpeakerEvidence, type SpeakerOptions } from './types';

interface Turn {
  speaker: string | null;
  /** The paragraph's confidence in its speaker. */
  confidence: number;
  /** Whether the text named the speaker as someone who is not a character. */
  named: boolean;
}

/** Who stands in the scene's speakers for an unknown speaker of a sex. */
const UNNAMED: Record<Gender, string> = { he: '\u0000he', she: '\u0000she' };

/** The tag found for a quotation, and whether it follows the quote. */
type Found = { subject?: Subject; after?: boolean };

/** What the whole document tells, shared by the attribution of each paragraph. */
interface Attribution {
  index: CharacterIndex;
  genders: Map<string, Gender>;
  epithets: Map<string, string>;
  resolve: Resolver;
  /** Whom each quotation addresses by name, by its start. */
  addressed: Map<number, string>;
  /** The viewpoint character, whose thoughts the narration tells, if the story has one. */
  viewpoint: string | undefined;
  /** Who has spoken in the current scene so far, the latest last. */
  scene: string[];
  /** The narration words of the paragraph being attributed. */
  here: Word[];
  /** The narration words of the paragraph before it in the scene. */
  before: Word[];
  /** Each character's narration mentions (`mentionsByCharacter`). */
  mentions: Map<string, Mention[]>;
  /** The characters each title names (`titledMentions`). */
  titled: TitledMentions;
}

/** What the previous paragraphs leave to the next one: the exchange so far and its last turn. */
interface Flow {
  run: RunTurn[];
  prevTurn: Turn | undefined;
  prevParagraph: number;
  prevOpen: boolean;
  /** Whom the previous paragraph's quotes address by name last (`"As a great favor, Julie," he said, "please don't…"`). */
  prevAddressed: string | undefined;
  /** The words of the previous paragraph when it is narration, whose last actor may speak next (read only then). */
  prevNarration: Word[] | undefined;
  /** Whether the previous paragraph calls `prevAddressed` within a sentence or by a question (`, Nogol, only…`, `"Nogol?"`). */
  prevCalledMid?: boolean;
  /** Whom the previous paragraph's tag spoke to (`I told her, "…"`), resolved. */
  prevListener?: string;
  /** Each character's sex, for whom a tag speaks to. */
  genders?: ReadonlyMap<string, Gender>;
  /** The first-person narrator, when the story names one. */
  narrator?: string;
  /** Whether the previous paragraph's last quote asks a question (`"The sky?"`). */
  prevAsked?: boolean;
  lister?: Lister;
}

/** Words at most in a narration paragraph an exchange carries on across. */
const ASIDE_WORDS = 25;

/** Whether a narration paragraph is a short aside within the exchange: few words, naming no one but its speakers. */
function shortAside(ws: Word[], run: readonly RunTurn[], sameScene: boolean): boolean {
  if (!sameScene || run.length === 0 || ws.length > ASIDE_WORDS) return false;
  const talking = new Set(run.flatMap((t) => t.quotes.map((q) => q.speaker)).filter((x) => x !== null));
  if (talking.size > 2) return false;
  return ws.every((w) => !w.character || talking.has(w.character));
}

/** Ends the current exchange: fills its untagged turns by alternation and starts a new one. */
function endExchange(flow: Flow): void {
  fillExchange(flow.run, flow.genders, flow.narrator);
  flow.run = [];
}

/** Where each quotation of a paragraph stands among its narration words. */
function quoteSpots(p: Paragraph, ws: Word[], quotes: Region[]): QuoteSpot[] {
  return quotes.map((r) => {
    const start = p.start + r.start;
    const end = p.start + r.end;
    let after = 0;
    while (after < ws.length && ws[after].start < end) after++;
    return { start, end, after };
  });
}

/** The speech tag of each quotation: one after it first, else one that introduces it. */
function findTags(p: Paragraph, ws: Word[], spots: QuoteSpot[]): Found[] {
  const before = spots.map((q, k) => tagBefore(ws, q, p.text, p.start, k > 0 ? spots[k - 1].end : -1));
  return spots.map((q, k) => {
    const next = k + 1 < spots.length ? spots[k + 1].start : Infinity;
    let a = tagAfter(ws, q, p.text, p.start, next);
    // `When Kagome asked, "Where?" Sango said, "North."`: a tag between two quotes that introduces
    // the next one is not the tag of a quote that has its own before it.
    if (a && before[k] && k + 1 < spots.length && sameSubject(a, before[k + 1])) a = undefined;
    const s = a ?? before[k];
    return s ? { subject: s, after: a !== undefined } : {};
  });
}

/** Whether two tags name the same subject: one tag found from both its quotes. */
function sameSubject(a: Subject, b: Subject | undefined): boolean {
  if (!b || a.kind !== b.kind) return false;
  if (a.kind === 'name' && b.kind === 'name') return a.name === b.name;
  if ((a.kind === 'pronoun' && b.kind === 'pronoun') || (a.kind === 'epithet' && b.kind === 'epithet')) return a.at === b.at;
  return a.kind === 'other';
}

/**
 * Who a pronoun of a tag or a beat stands for: the character the pronoun resolver gives, unless
 * that one has not spoken in the scene nor is named in the paragraph, while the viewpoint
 * character, who has spoken in it, fits: in "It was Jim's sister Myra… "I wouldn't be surprised,"
 * she said", Myra, only talked about, does not speak; Lucy, whose thoughts the story tells, does.
 */
function inScene(name: string | null, pronoun: string, at: number, ctx: Attribution, exclude?: string): string | null {
  const g = PRONOUN_GENDER[pronoun];
  if (name === null || !g || ctx.scene.includes(name) || ctx.here.some((w) => w.character === name && w.start < at)) return name;
  const v = ctx.viewpoint;
  if (v && v !== name && v !== exclude && ctx.genders.get(v) === g && ctx.scene.includes(v)) return v;
  // Else, when the narration last named them only after a preposition, the one of that sex who
  // has spoken in the scene, if only one has: in "…the comfortable acceptance I had once known
  // with Valery." / `"Bon jour!" she exclaimed`, the woman in the room speaks, not the wife only
  // thought of.
  if (!lastNamedAfterPreposition(ctx.mentions.get(name), at)) return name;
  // Someone unknown of that sex who spoke in the scene leaves the pronoun unknown.
  const speakers = ctx.scene.filter((x) => x !== exclude && (ctx.genders.get(x) === g || x === UNNAMED[g]));
  if (speakers.length !== 1) return name;
  return speakers[0] === UNNAMED[g] ? null : speakers[0];
}

/** A pronoun tag's speaker: the one who goes on speaking, else the last fitting character. */
function pronounSpeaker(p: Paragraph, subject: { pronoun: string; at: number }, last: string | null | undefined, ctx: Attribution, own?: string): Said {
  // `"Why," he went on`: a speaker who goes on is the one who spoke last, unless the pronoun cannot be theirs.
  const after = p.text.slice(subject.at - p.start + subject.pronoun.length, subject.at - p.start + subject.pronoun.length + 24);
  const g = last ? ctx.genders.get(last) : undefined;
  if (CONTINUING.test(after) && last && PRONOUN_GENDER[subject.pronoun] && (g === undefined || g === PRONOUN_GENDER[subject.pronoun])) {
    return { speaker: last, evidence: 'pronoun', confidence: 0.8, named: true };
  }
  // Whom the quote calls by name does not speak it: `"You know what she likes, Winston," he said`.
  const name = inScene(ctx.resolve(subject.pronoun, subject.at, own), subject.pronoun, subject.at, ctx, own);
  const sex = name === null ? PRONOUN_GENDER[subject.pronoun] : undefined;
  return { speaker: name, evidence: 'pronoun', confidence: name ? 0.8 : 0, named: true, ...(sex && { sex }) };
}

/** The speaker a tag names explicitly, by pronoun or by epithet; `last` is who spoke just before. */
function tagSpeaker(p: Paragraph, subject: Subject | undefined, last: string | null | undefined, ctx: Attribution, own?: string): Said {
  if (!subject) return { speaker: null, evidence: null, confidence: 0, named: false };
  if (subject.kind === 'name') return { speaker: subject.name, evidence: 'explicit', confidence: 0.95, named: true };
  if (subject.kind === 'pronoun') return pronounSpeaker(p, subject, last, ctx, own);
  if (subject.kind === 'epithet') {
    // "the girl said": the epithet the story gave someone, else the last woman, as "she said" would.
    const name = newcomer(subject.noun, subject.at, ctx) ? null : epithetSpeaker(subject.noun, subject.at, ctx, own, subject.of);
    return { speaker: name, evidence: 'explicit', confidence: name ? 0.75 : 0, named: true };
  }
  return { speaker: null, evidence: 'explicit', confidence: 0, named: true };
}

/** The speakers the paragraph's own tags give, in order, each knowing the one before. */
function tagSpeakers(p: Paragraph, found: Found[], ctx: Attribution, prevTurn: Turn | undefined, own: Array<string | undefined>): Said[] {
  const speakers: Said[] = [];
  found.forEach((f, k) => {
    const last = k > 0 ? speakers[k - 1]?.speaker : prevTurn?.speaker;
    speakers.push(tagSpeaker(p, f.subject, last, ctx, own[k]));
  });
  return speakers;
}

/** Gives the untagged quotations of a tagged paragraph the speaker of its nearest fitting tag. */
function spreadParagraphTags(speakers: Said[], found: Found[], own: Array<string | undefined>, split: boolean[] = []): void {
  // The first half of an interrupted speech is the second half's (`"A," the voice of Sachi speaks, "b."`).
  for (let k = speakers.length - 2; k >= 0; k--)
    if (!speakers[k].named && split[k] && speakers[k + 1].named && speakers[k + 1].speaker !== own[k]) speakers[k] = { ...speakers[k + 1] };
  // The other quotations of a tagged paragraph: the nearest tag before; a tag after only when
  // it follows its quote (`"Hi." "How are you," she said`), since `Scotty said, "…"` introduces
  // its own quote and not the one before it (`"Eat, Scotty." He looked up. Scotty said, "No."`).
  for (let k = 0; k < speakers.length; k++) {
    if (speakers[k].named) continue;
    let from = -1;
    for (let b = k - 1; b >= 0; b--)
      if (found[b].subject) {
        from = b;
        break;
      }
    if (from < 0)
      for (let a = k + 1; a < speakers.length; a++)
        if (found[a].subject) {
          from = found[a].after ? a : -1;
          break;
        }
    if (from >= 0 && speakers[from].speaker !== own[k]) {
      speakers[k] = {
        ...speakers[from],
        evidence: speakers[from].speaker ? 'paragraph' : speakers[from].evidence,
        confidence: speakers[from].confidence * 0.95,
      };
    }
  }
}

// "I'm Mrs. Gertrude Parker", "My name is Sabella", "They call me Quint": a speaker who names herself.
const SELF_NAMING = /\b(?:I['’]m|I am|[Mm]y name is|[Mm]y name['’]s|call me)\s+(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]+)(?:\s+(\p{Lu}[\p{L}'’-]+))?/u;

/**
 * Gives the quotations of a paragraph whose tags name no one by name the name a quote gives its
 * speaker: `"I'm Mrs. Gertrude Parker," a soft voice explained, "and I'd like to talk to you."`.
 */
function selfNamed(p: Paragraph, spots: QuoteSpot[], speakers: Said[], index: CharacterIndex): void {
  // A tag's pronoun or epithet is a guess the name outweighs (`"I'm Billy Jones," the boy answered`); a tag's name is not.
  if (speakers.some((s) => s.speaker !== null && s.confidence >= 0.9)) return;
  for (const q of spots) {
    const m = SELF_NAMING.exec(p.text.slice(q.start - p.start, q.end - p.start));
    // Not "I'm Sam's friend".
    const name = m && !/['’]s$/.test(m[2] ?? m[1]) && (index.byToken.get(foldName(m[2] ?? '')) ?? index.byToken.get(foldName(m[1])));
    if (!name) continue;
    for (let k = 0; k < speakers.length; k++) speakers[k] = { speaker: name, evidence: 'explicit', confidence: 0.9, named: true };
    return;
  }
}

/** Carries the previous paragraph's speaker into a speech that runs on, up to the first named quote. */
function continueSpeech(speakers: Said[], prevTurn: Turn): void {
  for (let k = 0; k < speakers.length && !speakers[k].named; k++) {
    speakers[k] = { speaker: prevTurn.speaker, evidence: prevTurn.speaker ? 'continued' : null, confidence: prevTurn.confidence, named: prevTurn.named };
  }
}

/** Gives every quotation the subject of the first action beat of the paragraph. */
function beatSpeakers(
  p: Paragraph,
  quotes: Region[],
  speakers: Said[],
  ws: Word[],
  spots: QuoteSpot[],
  own: Array<string | undefined>,
  ctx: Attribution,
): void {
  const resolve = ctx.resolve;
  for (let k = 0; k < spots.length; k++) {
    const next = k + 1 < spots.length ? spots[k + 1].start : Infinity;
    const prevEnd = k > 0 ? spots[k - 1].end : -1;
    const s = beatSubject(ws, spots[k], prevEnd, next, leadsIn(p, spots[k]));
    // `"No." It was flat, definite.`: "it" is the voice or the word, no one who acts.
    if (!s || (s.kind === 'pronoun' && s.pronoun === 'it')) continue;
    // "The girl smiled." is read like "She smiled."; "The clerk's smile congealed." names no character.
    const epithet = s.kind === 'epithet' ? epithetSpeaker(s.noun, s.at, ctx, own[k], s.of) : null;
    let name = s.kind === 'name' ? s.name : s.kind === 'pronoun' ? inScene(resolve(s.pronoun, s.at, own[k]), s.pronoun, s.at, ctx, own[k]) : epithet;
    // "Scotty" in a beat of a quote that addresses Scotty is the listener, not the speaker.
    if (name !== null && name === own[k]) name = null;
    // `"She wanted you dead?" Frenda nods, "Why is that?"`: the one who nods was asked; the other speaks.
    const asked = beatBefore(ws, spots[k], prevEnd, leadsIn(p, spots[k])) ? k - 1 : k;
    if (name !== null && asked >= 0 && listenersReaction(p, quotes[asked], quotes[asked + 1])) {
      // The one who spoke last in the scene, else one the paragraph's narration names (`which Kuroko takes note of`).
      const other =
        ctx.scene.filter((x) => x !== name && !x.startsWith('\u0000')).pop() ?? ws.find((w) => w.character && w.character !== name)?.character ?? null;
      for (let m = 0; m < speakers.length; m++)
        speakers[m] = { speaker: other, evidence: other ? 'beat' : null, confidence: other ? 0.7 : 0, named: other !== null };
      return;
    }
    const confidence = s.kind === 'name' ? 0.85 : 0.7;
    for (let m = 0; m < speakers.length; m++) speakers[m] = { speaker: name, evidence: name ? 'beat' : null, confidence: name ? confidence : 0, named: true };
    laterBeats(p, speakers, ws, spots, own, k, name);
    return;
  }
}

/** Gives an untagged paragraph the one who acts last in the narration paragraph before it, unless its quotes address them. */
function lastActor(p: Paragraph, speakers: Said[], actor: Subject, own: Array<string | undefined>, ctx: Attribution): void {
  let name: string | null = null;
  if (actor.kind === 'name') name = actor.name;
  else if (actor.kind === 'pronoun') name = ctx.resolve(actor.pronoun, actor.at);
  else if (actor.kind === 'epithet') name = ctx.epithets.get(actor.noun) ?? null;
  if (name === null || own.includes(name)) return;
  // Nor when the quotes speak of them: `"How's Scotty?"` is not Scotty's.
  for (const t of p.analysis.tokens) if (t.region === 'dialogue' && ctx.index.byToken.get(foldName(t.text)) === name) return;
  for (let m = 0; m < speakers.length; m++) speakers[m] = { speaker: name, evidence: 'beat', confidence: 0.6, named: false };
}

/** The paragraph's quotations with their speakers, unknown below the confidence floor. */
function toQuotations(p: Paragraph, spots: QuoteSpot[], quotes: Region[], speakers: Said[]): Quotation[] {
  return spots.map((q, k) => {
    const s = speakers[k];
    const sure = s.speaker !== null && s.confidence >= CONFIDENCE_FLOOR;
    const r = quotes[k];
    let n = 0;
    for (const t of p.analysis.tokens) {
      if (t.end > r.end) break;
      if (t.start >= r.start) n++;
    }
    return {
      start: q.start,
      end: q.end,
      speaker: sure ? s.speaker : null,
      evidence: sure ? s.evidence : null,
      confidence: sure ? s.confidence : 0,
      words: n,
      paragraph: p.index,
    };
  });
}

// A paragraph whose first quote's tag says its speaker goes on: `"I didn't really use yours," she went on.`
const GOES_ON = /^["“][^"”]*["”][,.!?]*\s+(?:he|she|I|\p{Lu}[\p{L}'’-]+)\s+(?:\p{Ll}+ly\s+)?(?:went on|continued|resumed|persisted)\b/u;

// A paragraph whose first quote stands inside a sentence of narration, right after a word: `I
// point now with pride… such charges as "reactionary", "robber baroness"`.
const LATE_QUOTE = /\p{L}\s$/u;

/** Adds the paragraph to the exchange (a new one on a scene change) and makes it the previous turn. */
function recordTurn(
  flow: Flow,
  sameScene: boolean,
  speakers: Said[],
  made: Quotation[],
  addressed: string[],
  faint: string[],
  listener?: Gender,
  continues?: boolean,
  late?: boolean,
): void {
  const last = speakers[speakers.length - 1];
  const turn: Turn = { speaker: last.confidence >= CONFIDENCE_FLOOR ? last.speaker : null, confidence: last.confidence, named: last.named };
  if (!sameScene) endExchange(flow);
  const distinct = new Set(made.map((q) => q.speaker).filter((x) => x !== null));
  flow.run.push({
    quotes: made,
    speaker: distinct.size === 1 ? [...distinct][0] : null,
    anchor: distinct.size > 0 || speakers.some((x) => x.named),
    mixed: distinct.size > 1,
    addressed,
    ...(faint.length > 0 && { faint }),
    someone: distinct.size === 0 && speakers.some((x) => x.named),
    listener,
    continues,
    late,
  });
  flow.prevTurn = turn;
}

/**
 * Gives the quote paragraph just before a narration paragraph that opens with a lone tag (`"The
 * sky?"` / `Renko asked back.`) that tag's speaker, when nothing in it named one; whether it did.
 */
function tagsTurnBefore(ws: Word[], sameScene: boolean, ctx: Attribution, flow: Flow): boolean {
  const turn = flow.run[flow.run.length - 1];
  if (!sameScene || !turn || !flow.prevTurn || flow.prevTurn.named) return false;
  const tag = loneTag(ws);
  if (!tag) return false;
  const name = tag.name ?? ctx.resolve(tag.pronoun!, tag.at);
  // `I agreed with her.` of a narrator the story never names: someone who is no character spoke.
  if (!name && tag.pronoun === 'i') {
    for (const q of turn.quotes) Object.assign(q, { speaker: null, evidence: null, confidence: 0 });
    flow.run[flow.run.length - 1] = { ...turn, speaker: null, anchor: true, mixed: false, someone: true };
    return true;
  }
  if (!name || turn.addressed.includes(name)) return false;
  for (const q of turn.quotes) Object.assign(q, { speaker: name, evidence: 'explicit', confidence: 0.9 });
  flow.run[flow.run.length - 1] = { ...turn, speaker: name, anchor: true, mixed: false };
  const at = ctx.scene.indexOf(name);
  if (at >= 0) ctx.scene.splice(at, 1);
  ctx.scene.push(name);
  return true;
}

/** Attributes the quotations of one prose paragraph, from the strongest evidence to the weakest. */
function attributeParagraph(p: Paragraph, pi: number, ws: Word[], sameScene: boolean, ctx: Attribution, flow: Flow): Quotation[] {
  const all = p.analysis.regions.filter((r) => r.kind === 'dialogue');
  // Words only mentioned are nobody's speech and no turn of the exchange.
  const mentioned = all.filter((r) => mentionOnly(p, r));
  const quotes = mentioned.length === 0 ? all : all.filter((r) => !mentioned.includes(r));
  const aside = toQuotations(
    p,
    quoteSpots(p, ws, mentioned),
    mentioned,
    mentioned.map(() => ({ speaker: null, evidence: null, confidence: 0, named: false })),
  );
  if (quotes.length === 0) {
    // A paragraph of narration ends the exchange, unless it is a short one that names none but the two who talk (`He was trying
    // to smile at her.` between two of Julia's and George's turns), or the tag of the quotes just before it (`Renko asked back.`).
    const tagged = tagsTurnBefore(ws, sameScene, ctx, flow);
    if (!tagged && !shortAside(ws, flow.run, sameScene)) endExchange(flow);
    // `Discord is speechless.`: a turn of silence; the other speaks next.
    const silent = !tagged && silentTurn(p.text, ws, flow.run);
    flow.prevTurn = undefined;
    flow.prevOpen = false;
    flow.prevParagraph = pi;
    flow.prevAddressed = undefined;
    flow.prevListener = undefined;
    // The tag of a question just before is no one acting before the next turn, which answers it: `"The sky?"` / `Renko asked back.` / `"In my dream…"`.
    flow.prevNarration = (tagged && flow.prevAsked) || silent ? undefined : ws;
    flow.prevAsked = false;
    return aside;
  }
  ctx.here = ws;
  const spots = quoteSpots(p, ws, quotes);
  const found = findTags(p, ws, spots);
  const own = spots.map((q) => ctx.addressed.get(q.start));
  const speakers = tagSpeakers(p, found, ctx, flow.prevTurn, own);
  selfNamed(p, spots, speakers, ctx.index);
  spreadParagraphTags(speakers, found, own, splitSpeeches(p, quotes));
  ownBeats(p, speakers, ws, spots, own);
  besideBeats(p, speakers, ws, spots, own, quotes);
  // A speech that runs on from the previous paragraph.
  if (!speakers[0].named && sameScene && flow.prevOpen && quotes[0].start <= 1 && flow.prevTurn) continueSpeech(speakers, flow.prevTurn);
  // An action beat.
  if (speakers.every((s) => !s.named)) beatSpeakers(p, quotes, speakers, ws, spots, own, ctx);
  // Whom the last turn addressed answers: `"Eat something, Scotty."` / `"I'm full."`.
  // Even when nothing named the last turn's speaker: `"…you mis-reading the dials, Nogol…"` / `"But I'm ambidextrous."`
  // Not someone only ever talked of, at the end of a sentence, whom no narration names and who has
  // not spoken: `"…fight the strongest esper, Accelerator."` calls no one; `"…the dials, Nogol, only…"` does.
  const to = flow.prevAddressed;
  const present = to !== undefined && (flow.prevCalledMid || inStory(to, ctx.scene, ctx.index));
  if (speakers.every((s) => !s.named) && sameScene && flow.prevTurn && (flow.prevTurn.speaker || !flow.prevTurn.named) && present) {
    answerAddressee(speakers, to, flow.prevTurn.speaker, own);
  }
  // Whom the last turn's tag spoke to answers: `I told her, "Give up."` / `"Yes."`.
  if (speakers.every((s) => !s.named) && sameScene && flow.prevTurn && flow.prevListener)
    answerAddressee(speakers, flow.prevListener, flow.prevTurn.speaker, own);
  // An untagged turn that calls the last speaker by name answers them, and is the one who spoke
  // before them in the scene: `"You haven't got cancer," I said.` / `"Don't give me a lot of talk, Joe."`.
  const prevSpeaker = flow.prevTurn?.speaker;
  if (speakers.every((s) => !s.named) && sameScene && prevSpeaker && own.includes(prevSpeaker)) {
    const other = ctx.scene.filter((x) => x !== prevSpeaker && !x.startsWith('\u0000')).pop();
    if (other && !own.includes(other))
      for (let m = 0; m < speakers.length; m++) speakers[m] = { speaker: other, evidence: 'addressee', confidence: 0.6, named: false };
  }
  // Who acts last in the narration just before an untagged paragraph speaks it: `He leaned back.
  // Julia moved past.` / `"I won't be long."`
  if (speakers.every((s) => !s.named) && sameScene && flow.prevNarration && quotes[0].start <= 1) {
    const actor = lastSentenceSubject(flow.prevNarration);
    if (actor) lastActor(p, speakers, actor, own, ctx);
  }
  flow.prevNarration = undefined;
  // An untagged turn after narration that calls one of the two who have talked in the scene is
  // the other's: `I hugged Renko tightly.` / `"Mary, what's going on all of a sudden?"`.
  // Not the one who spoke just before: `"Two," Inuyasha said.` / `"Three, Kagome?"` is no one's the alternation can tell.
  if (speakers.every((s) => !s.named && s.speaker === null))
    calledOfTwo(speakers, own, ctx.scene, flow.narrator, sameScene ? flow.prevTurn?.speaker : undefined);
  flow.lister = listItem(p, speakers, flow.lister);
  const made = toQuotations(p, spots, quotes, speakers);
  const listener = listenerOf(p, ws);
  recordTurn(
    flow,
    sameScene,
    speakers,
    made,
    own.filter((x): x is string => x !== undefined),
    // Who may be only talked of (`…the most powerful esper, Accelerator."`): no one in the story, nor called within a sentence.
    own.filter((x): x is string => x !== undefined && !calledMid(x, p.text) && !inStory(x, ctx.scene, ctx.index)),
    listener?.gender ?? (listener?.name ? ctx.genders.get(listener.name) : undefined),
    GOES_ON.test(p.text),
    LATE_QUOTE.test(p.text.slice(0, all[0].start)),
  );
  // `I told her, "Get him to give himself up."`: she answers next.
  const lastSpeaker = made[made.length - 1].speaker ?? undefined;
  flow.prevListener = listener && (listener.name ?? (listener.gender && ctx.resolve(listener.gender, listener.at, lastSpeaker)) ?? undefined);
  made.forEach((q, k) => {
    const who = q.speaker ?? (speakers[k].sex && UNNAMED[speakers[k].sex]);
    if (!who) return;
    const at = ctx.scene.indexOf(who);
    if (at >= 0) ctx.scene.splice(at, 1);
    ctx.scene.push(who);
  });
  flow.prevOpen = !quotes[quotes.length - 1].closed;
  flow.prevAsked = /\?\W*$/u.test(p.text.slice(quotes[quotes.length - 1].start, quotes[quotes.length - 1].end));
  flow.prevParagraph = pi;
  flow.prevAddressed = own.filter((x) => x !== undefined).pop();
  flow.prevCalledMid = flow.prevAddressed !== undefined && calledMid(flow.prevAddressed, p.text);
  return aside.length === 0 ? made : [...made, ...aside].sort((a, b) => a.start - b.start);
}

/** The rules' attribution and what they learned of the story on the way: what the learned scorer reads. */
export interface RuleAttribution {
  quotes: Quotation[];
  prose: Paragraph[];
  /** Each prose paragraph's narration words, with the characters they name. */
  words: Word[][];
  index: CharacterIndex;
  genders: Map<string, Gender>;
  /** Whom each quotation addresses by name, by its start. */
  addressed: Map<number, string>;
  narrator: string | undefined;
}

/** Attributes every quotation of the document to a speaker: the rules, then, when asked, the learned scorer (`rerankSpeakers`). */
export function attributeSpeakers(model: DocumentModel, options: SpeakerOptions = {}): Quotation[] {
  return speakersOf(attributeByRules(model, options), model.text, options);
}

/** The speakers of the rules' attribution of `text`: reranked by the learned scorer when `options` ask for it. */
export function speakersOf(rules: RuleAttribution, text: string, options: SpeakerOptions): Quotation[] {
  return options.learned === true ? rerankSpeakers(rules, text) : rules.quotes;
}

/** Attributes every quotation of the document by the rules alone. */
export function attributeByRules(model: DocumentModel, options: SpeakerOptions = {}): RuleAttribution {
  const index = indexCharacters(options);
  const prose = model.paragraphs.filter((p) => p.kind === 'prose');
  addTaggedNames(prose, index, model.text);
  const given: GivenNames = new Map();
  const words = prose.map((p) => narrationWords(p, index, given));
  addGivenNames(given, index);
  joinFullNames(index, words, prose);
  // One pass over the narration: who it names (a name only ever heard in quotes may be an interjection), its "I"s, whose thoughts it tells.
  const read = readNarration(words);
  index.narrated = new Set(read.mentions.keys());
  const genders = learnGenders(words, index, model.text);
  const epithets = learnEpithets(prose, words, index, genders);
  introducedByRelation(prose, words, index, genders, epithets);
  const called = vocatives(prose, index, epithets);
  // "my mother" who is Mrs. Minks: the relation's words name her from here on.
  linkRelations(prose, words, called, genders);
  // A first-person narrator the story names is who "I said" is, and no he or she.
  const { narrator, viewpoint } = tellerOf(prose, words, index, called, read);
  if (narrator) genders.delete(narrator);
  const third = pronounResolver(words, genders, called, epithets);
  const resolve: Resolver = narrator
    ? (pronoun, at, exclude) => (pronoun === 'i' ? (narrator === exclude ? null : narrator) : third(pronoun, at, exclude))
    : third;
  const ctx: Attribution = {
    index,
    genders,
    epithets,
    resolve,
    addressed: addressedAt(called),
    viewpoint,
    scene: [],
    here: [],
    before: [],
    mentions: mentionsByCharacter(words),
    titled: titledMentions(words),
  };
  const flow: Flow = {
    run: [],
    prevTurn: undefined,
    prevParagraph: -2,
    prevOpen: false,
    prevAddressed: undefined,
    prevNarration: undefined,
    genders,
    narrator,
  };
  const out: Quotation[] = [];
  prose.forEach((p, pi) => {
    const sameScene = flow.prevParagraph === pi - 1 && prose[pi - 1]?.scene === p.scene;
    if (pi > 0 && prose[pi - 1].scene !== p.scene) ctx.scene = [];
    ctx.before = sameScene ? words[pi - 1] : [];
    out.push(...attributeParagraph(p, pi, words[pi], sameScene, ctx, flow));
  });
  endExchange(flow);
  return { quotes: out, prose, words, index, genders, addressed: ctx.addressed, narrator };
}
