/**
 * The paragraph-level evidence of the speaker attribution (speakers.ts): a quotation's speech tag
 * (by name, pronoun or epithet) and the quotes of its paragraph that share it, a speaker who names
 * herself, a speech that runs on, an action beat, and the one who acted last just before.
 */

import { foldName } from '../characters/names';
import type { Paragraph } from '../model/document';
import type { Region } from '../model/paragraph';
import type { CharacterIndex, Word } from './cast';
import { epithetSpeaker, newcomer, UNNAMED, type TitledMentions } from './epithets';
import { CONTINUING, GENDERED_NOUNS, PRONOUN_GENDER, type Gender } from './lexicon';
import { arrivalBefore, heardBefore, laterBeats, leadsIn, listenersReaction } from './paragraph-beats';
import type { Resolver } from './pronouns';
import { lastNamedAfterPreposition, type Mention, type NamedRelative } from './relations';
import { beatBefore, beatSubject, personAt, tagAfter, tagBefore, type QuoteSpot, type Subject } from './tags';
import type { Said } from './types';

export interface Turn {
  speaker: string | null;
  /** The paragraph's confidence in its speaker. */
  confidence: number;
  /** Whether the text named the speaker as someone who is not a character. */
  named: boolean;
}

export { UNNAMED } from './epithets';

/** The tag found for a quotation, and whether it follows the quote. */
export type Found = { subject?: Subject; after?: boolean };

/** What the whole document tells, shared by the attribution of each paragraph. */
export interface Attribution {
  index: CharacterIndex;
  genders: Map<string, Gender>;
  epithets: Map<string, string>;
  resolve: Resolver;
  /** Whom each quotation addresses by name, by its start. */
  addressed: Map<number, string>;
  /** Whom each quotation calls in a list beside the one it addresses (`"Rigurd, Rigur, help…"`), by its start. */
  calledToo: Map<number, string[]>;
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
  /** The relations the narration names (`namedRelatives`). */
  relatives: NamedRelative[];
}

/** The speech tag of each quotation: one after it first, else one that introduces it. */
export function findTags(p: Paragraph, ws: Word[], spots: QuoteSpot[]): Found[] {
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
export function inScene(name: string | null, pronoun: string, at: number, ctx: Attribution, exclude?: string): string | null {
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
  // Not the scene's first-person narrator, whose "I" she is.
  const self = ctx.resolve('i', at);
  const speakers = ctx.scene.filter((x) => x !== exclude && x !== self && (ctx.genders.get(x) === g || x === UNNAMED[g]));
  if (speakers.length !== 1) return name;
  return speakers[0] === UNNAMED[g] ? null : speakers[0];
}

/** The last "the slime", "the dragon" of the paragraph's narration before `at`, in its sentence: whom "it" stands for. */
function creatureBefore(ws: readonly Word[], at: number): { noun: string; at: number } | undefined {
  for (let i = ws.length - 1; i >= 0; i--) {
    if (ws[i].start >= at) continue;
    const person = ws[i].token.lower === 'the' ? personAt(ws as Word[], i) : undefined;
    if (person && !(person.noun in GENDERED_NOUNS)) return person;
    if (ws[i].token.sentenceStart) return undefined;
  }
  return undefined;
}

/** A pronoun tag's speaker: the one who goes on speaking, else the last fitting character. */
function pronounSpeaker(p: Paragraph, subject: { pronoun: string; at: number }, last: string | null | undefined, ctx: Attribution, own?: string): Said {
  // `"Why," he went on`: a speaker who goes on is the one who spoke last, unless the pronoun cannot be theirs.
  const after = p.text.slice(subject.at - p.start + subject.pronoun.length, subject.at - p.start + subject.pronoun.length + 24);
  const g = last ? ctx.genders.get(last) : undefined;
  if (CONTINUING.test(after) && last && PRONOUN_GENDER[subject.pronoun] && (g === undefined || g === PRONOUN_GENDER[subject.pronoun])) {
    return { speaker: last, evidence: 'pronoun', confidence: 0.8, named: true };
  }
  // `The slime held up the mask, inching closer as it spoke, "…"`: "it" is the creature its sentence made the subject.
  if (subject.pronoun === 'it') {
    const noun = creatureBefore(ctx.here, subject.at);
    const name = noun ? epithetSpeaker(noun.noun, noun.at, ctx, own) : null;
    return { speaker: name, evidence: 'pronoun', confidence: name ? 0.75 : 0, named: true };
  }
  // Whom the quote calls by name does not speak it: `"You know what she likes, Winston," he said`.
  let name = inScene(ctx.resolve(subject.pronoun, subject.at, own), subject.pronoun, subject.at, ctx, own);
  // `"Handsome as ever," he says, running his fingers along Wyll's chin`: not anyone the tag's own sentence names after it.
  const later = name === null ? [] : namedLaterInClause(ctx.here, subject.at);
  if (name !== null && later.includes(name)) {
    const other = ctx.resolve(subject.pronoun, subject.at, name);
    name = other !== null && other !== own && !later.includes(other) ? other : null;
  }
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
    const name = newcomer(subject.noun, subject.at, ctx) ? null : epithetSpeaker(subject.noun, subject.at, ctx, own, subject.of, last);
    return { speaker: name, evidence: 'explicit', confidence: name ? 0.75 : 0, named: true };
  }
  return { speaker: null, evidence: 'explicit', confidence: 0, named: true };
}

/** The speakers the paragraph's own tags give, in order, each knowing the one before. */
export function tagSpeakers(p: Paragraph, found: Found[], ctx: Attribution, prevTurn: Turn | undefined, own: Array<string | undefined>): Said[] {
  const speakers: Said[] = [];
  found.forEach((f, k) => {
    const last = k > 0 ? speakers[k - 1]?.speaker : prevTurn?.speaker;
    speakers.push(tagSpeaker(p, f.subject, last, ctx, own[k]));
  });
  return speakers;
}

/** Gives the untagged quotations of a tagged paragraph the speaker of its nearest fitting tag. */
export function spreadParagraphTags(speakers: Said[], found: Found[], own: Array<string | undefined>, split: boolean[] = []): void {
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
export function selfNamed(p: Paragraph, spots: QuoteSpot[], speakers: Said[], index: CharacterIndex): void {
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
  const name = introduction(p, spots, index);
  if (name && speakers.every((s) => !s.named)) speakers[0] = { speaker: name, evidence: 'explicit', confidence: 0.8, named: true };
}

// `"Ilandra, Duchess Honeysuckle."`: a name, a comma, a rank and what it is of, and no more.
const INTRODUCTION = /^["“](\p{Lu}[\p{L}'’-]+)(?:\s\p{Lu}[\p{L}'’-]+)?,\s+(\p{Lu}\p{Ll}+)(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]+){0,3}\.["”]$/u;

/** Ranks and offices one gives with one's name: `Saledenre, Viscountess Poppy.` */
const RANKS = new Set(
  'duke duchess earl count countess viscount viscountess baron baroness baronet marquess marquis lord lady king queen prince princess sir dame captain professor doctor general colonel major lieutenant sergeant commander admiral agent detective inspector officer'.split(
    ' ',
  ),
);

/**
 * The character a paragraph that is only a quote introduces by name and rank, who is the speaker:
 * `"Ilandra, Duchess Honeysuckle."`, `"Hugh Fearnley-Whittingstall, Viscount Poppy."`. Not a
 * vocative with more to say (`"Ilandra, Duchess Honeysuckle wants you."`).
 */
function introduction(p: Paragraph, spots: QuoteSpot[], index: CharacterIndex): string | undefined {
  if (spots.length !== 1 || p.text.trim().length !== spots[0].end - spots[0].start) return undefined;
  const m = INTRODUCTION.exec(p.text.trim());
  if (!m || !RANKS.has(m[2].toLowerCase())) return undefined;
  return index.byToken.get(foldName(m[1]));
}

/** Carries the previous paragraph's speaker into a speech that runs on, up to the first named quote. */
export function continueSpeech(speakers: Said[], prevTurn: Turn): void {
  for (let k = 0; k < speakers.length && !speakers[k].named; k++) {
    speakers[k] = { speaker: prevTurn.speaker, evidence: prevTurn.speaker ? 'continued' : null, confidence: prevTurn.confidence, named: prevTurn.named };
  }
}

/** Gives every quotation the subject of the first action beat of the paragraph. */
export function beatSpeakers(
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
    // `…interrupted by the appearance of Dr. Heaven Canceller. "I have some more good news…"`: who comes in speaks.
    const arrived = arrivalBefore(ws, spots[k], prevEnd);
    // `She could hear Oskar laughing. "You two again."`: who is heard speaks.
    const heard = heardBefore(ws, spots[k], prevEnd);
    const s: Subject | undefined =
      arrived && arrived !== own[k]
        ? { kind: 'name', name: arrived }
        : heard && (heard.kind !== 'name' || heard.name !== own[k])
          ? heard
          : beatSubject(ws, spots[k], prevEnd, next, leadsIn(p, spots[k]));
    // `"No." It was flat, definite.`: "it" is the voice or the word, no one who acts.
    if (!s || (s.kind === 'pronoun' && s.pronoun === 'it')) continue;
    // "The girl smiled." is read like "She smiled."; "The clerk's smile congealed." names no character.
    // Who spoke last in the scene: `"Please, I have a family," he says.` / `"Yes!" The man nods.` is not Childe, who spoke before.
    const epithet = s.kind === 'epithet' ? epithetSpeaker(s.noun, s.at, ctx, own[k], s.of, ctx.scene[ctx.scene.length - 1]) : null;
    let name = s.kind === 'name' ? s.name : s.kind === 'pronoun' ? inScene(resolve(s.pronoun, s.at, own[k]), s.pronoun, s.at, ctx, own[k]) : epithet;
    // `He stopped and looked at Thor's body.`, `She pauses, seeing a look on Ruiko's face.`: the
    // pronoun is not anyone its own sentence names after it; the one before them of that sex acts.
    const later = s.kind === 'pronoun' ? namedLaterInSentence(ws, s.at, spots.find((q) => q.start > s.at)?.start ?? Infinity) : [];
    if (s.kind === 'pronoun' && name !== null && later.includes(name)) {
      const other = resolve(s.pronoun, s.at, name);
      name = other !== null && other !== own[k] && !later.includes(other) ? other : null;
    }
    // "Scotty" in a beat of a quote that addresses Scotty is the listener, not the speaker.
    if (name !== null && name === own[k]) {
      // `Tanya seemed to wait patiently as I did this, however afterwards I decided… "Tanya, I wanted to ask"`: the "I" of the beat speaks.
      const i = ws.find((w) => w.token.text === 'I' && w.start < spots[k].start && w.start > prevEnd);
      const self = i ? resolve('i', i.start) : null;
      name = self !== own[k] ? self : null;
    }
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

/** The characters a narration sentence names after word offset `at`, within that sentence and before the quote at `until`. */
function namedLaterInSentence(ws: readonly Word[], at: number, until: number): string[] {
  const out: string[] = [];
  let i = ws.findIndex((w) => w.start > at);
  for (; i >= 0 && i < ws.length && !ws[i].token.sentenceStart && ws[i].start < until; i++) if (ws[i].character) out.push(ws[i].character!);
  return out;
}

/** Words that open a clause with a subject of its own: `he recited the motto, and his father knew`. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'then', 'when', 'as', 'while', 'so', 'because', 'though', 'although', 'until', 'before', 'after']);

/** The characters the clause of the pronoun at `at` names after it, up to the next clause's opener, quote or the sentence's end. */
function namedLaterInClause(ws: readonly Word[], at: number): string[] {
  const out: string[] = [];
  for (let i = ws.findIndex((w) => w.start > at); i >= 0 && i < ws.length && !ws[i].token.sentenceStart; i++) {
    if (CLAUSE_OPENERS.has(ws[i].token.lower) || ws[i].afterQuote) break;
    if (ws[i].character) out.push(ws[i].character!);
  }
  return out;
}

/** Gives an untagged paragraph the one who acts last in the narration paragraph before it, unless its quotes address them. */
export function lastActor(p: Paragraph, speakers: Said[], actor: Subject, own: Array<string | undefined>, ctx: Attribution): void {
  let name: string | null = null;
  if (actor.kind === 'name') name = actor.name;
  else if (actor.kind === 'pronoun') name = ctx.resolve(actor.pronoun, actor.at);
  else if (actor.kind === 'epithet') name = ctx.epithets.get(actor.noun) ?? null;
  if (name === null || own.includes(name)) return;
  // Nor when the quotes speak of them: `"How's Scotty?"` is not Scotty's.
  for (const t of p.analysis.tokens) if (t.region === 'dialogue' && ctx.index.byToken.get(foldName(t.text)) === name) return;
  for (let m = 0; m < speakers.length; m++) speakers[m] = { speaker: name, evidence: 'beat', confidence: 0.6, named: false };
}
