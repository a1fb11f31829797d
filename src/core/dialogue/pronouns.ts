/**
 * Pronouns: which character a he or she of the narration stands for, from the mentions before it
 * (the subject of that sentence), the unnamed people between (the clerk, a stranger in a tag), and
 * the names the quotations address.
 */

import { foldName } from '../characters/names';
import type { Paragraph } from '../model/document';
import { firstIndex } from '../search';
import { addressee, type CharacterIndex, type Word } from './cast';
import { GENDER_CUES, GENDERED_NOUNS, isTagVerb, KIN_GENDER, PERSON_NOUNS, PRONOUN_GENDER, type Gender } from './lexicon';
import { appositiveName, personAt } from './tags';

/** Resolves a pronoun at a document offset to the last fitting character mentioned before it. */
export type Resolver = (pronoun: string, at: number, exclude?: string, owner?: boolean) => string | null;

/** A name a quotation addresses (`"Wake up, Carla."`), at a document offset, in its paragraph. */
export interface Vocative {
  at: number;
  name: string;
  /** The names called before it in a list (`"Rigurd, Rigur, help Tanya"`): called too. */
  with?: string[];
  /** The start and end of the paragraph it stands in. */
  from: number;
  to: number;
}

/** An unnamed person the narration makes a subject ("the clerk", "a tall woman"), and their sex when the noun says it. */
interface Unnamed {
  at: number;
  sentence: number;
  gender: Gender | null;
  /** Whether the text brings them in as someone new ("a girl", "a hoarse voice yelled"), who may be named later. */
  stranger: boolean;
  /** Whether they are a relation of someone ("His husband steps closer"): no owner of a relation, which is someone else's. */
  kin?: boolean;
}

/** Whether the word starts an unnamed person in a subject's place, and the sex the noun gives. */
function unnamedSubject(ws: Word[], i: number, epithets: Map<string, string>): Gender | null | undefined {
  const lower = ws[i].token.lower;
  // "His husband steps closer.": a relation the story does not name acts, and the next "he" is his.
  if (POSSESSIVES.has(lower) && ws[i].token.sentenceStart) {
    const kin = ws[i + 1];
    return kin && !kin.character && kin.token.lower in KIN_GENDER && /^\p{Ll}/u.test(kin.token.text) && isVerbLike(ws[i + 2])
      ? KIN_GENDER[kin.token.lower]
      : undefined;
  }
  if (lower !== 'the' && lower !== 'a' && lower !== 'an' && lower !== 'one') return undefined;
  // At the start of a sentence or a clause: "The boy hesitated.", "and the clerk knew it".
  if (!ws[i].token.sentenceStart && !CLAUSE_OPENERS.has(ws[i - 1]?.token.lower ?? '')) return undefined;
  // "One of the children maneuvered…", "and the other went on": one of a group, sex unknown.
  const next = ws[i + 1]?.token.lower;
  if (lower === 'one') return next === 'of' && GROUP_OPENERS.has(ws[i + 2]?.token.lower ?? '') ? null : undefined;
  if (lower === 'the' && next === 'other' && !PERSON_NOUNS.has(ws[i + 2]?.token.lower ?? '')) return null;
  const person = personAt(ws, i);
  if (!person) return lower === 'the' && oneActs(ws, i) ? null : undefined;
  // "The older man in the front, Razen, raised his head": the name beside it is who acts.
  if (epithets.has(person.noun) || appositiveName(ws, i)) return undefined;
  return GENDERED_NOUNS[person.noun] ?? null;
}

/** The possessives of a relation who acts: "His husband steps closer". */
const POSSESSIVES = new Set(['his', 'her']);

/** Whether a word can be the verb right after a subject: in lower case, not a preposition or a conjunction (`His husband steps`, not `His father's`). */
function isVerbLike(w: Word | undefined): boolean {
  return w !== undefined && !w.token.sentenceStart && /^\p{Ll}+$/u.test(w.token.text) && !NOT_VERBS.has(w.token.lower);
}

/** Words right after a subject that are no verb of it. */
const NOT_VERBS = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'to', 'with', 'from', 'for', 'by', 'who', 'that', 'which']);

// Verbs after "the red one", "the old one" that make it a person acting: `The old one gazed at us`.
const ONE_ACTS = /^(?:\p{Ll}+ed|was|is|had|has|said|stood|spoke|took|came|went|ran|let|shook|turned|looked|smiled|laughed|sighed|nodded|knelt|fell)$/u;

/** Whether "the" opens "the red one", "the old one" (one or two words before "one") followed by a verb: someone unnamed. */
function oneActs(ws: Word[], i: number): boolean {
  for (let k = i + 2; k <= i + 3 && ws[k]; k++) {
    if (ws[k].token.sentenceStart) return false;
    if (ws[k].token.lower === 'one') return ONE_ACTS.test(ws[k + 1]?.token.lower ?? '') && !ws[k + 1]?.token.sentenceStart;
  }
  return false;
}

// The words of a short opening before a sentence's subject: "Pretty soon a woman came along", "Then suddenly a man…".
const OPENING_WORDS = new Set(['pretty', 'soon', 'then', 'just', 'now', 'presently', 'later', 'suddenly', 'finally', 'still', 'after', 'while', 'so']);

/**
 * Whether the word brings in someone new as a sentence's subject after a short opening ("Pretty
 * soon a woman came along", "Suddenly, a girl…"), and the sex the noun gives: a stranger, whose
 * he or she the later pronouns are until the story names her.
 */
function strangerSubject(ws: Word[], i: number): Gender | undefined {
  const lower = ws[i].token.lower;
  if ((lower !== 'a' && lower !== 'an') || ws[i].token.sentenceStart) return undefined;
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && !ws[k + 1].token.sentenceStart && (OPENING_WORDS.has(ws[k].token.lower) || ws[k].token.lower.endsWith('ly'))) k--;
  if (k >= 0 && !ws[k + 1].token.sentenceStart) return undefined;
  const person = personAt(ws, i);
  return person ? GENDERED_NOUNS[person.noun] : undefined;
}

/**
 * Whether the word starts a stranger in a tag right after a quote (`"Watch it," a hoarse voice
 * yelled`, `"Hi," a girl said`): someone new the story has not named, and the sex the noun gives.
 */
function strangerInTag(ws: Word[], i: number): Gender | null | undefined {
  const lower = ws[i].token.lower;
  if (lower !== 'a' && lower !== 'an') return undefined;
  // Right after a quote: the narration words on either side of a quotation are apart.
  const prev = ws[i - 1];
  if (prev && ws[i].start - prev.end <= 2) return undefined;
  for (let k = i + 1; k <= i + 3 && ws[k] && !ws[k].token.sentenceStart; k++) {
    if (!isTagVerb(ws[k + 1]?.token.lower ?? '')) continue;
    const noun = GENDERED_NOUNS[ws[k].token.lower];
    if (noun) return noun;
    // "a hoarse voice yelled back. She was holding on to his rock.": the next sentence's he or she.
    for (let n = k + 2; n < ws.length && n <= k + 12; n++)
      if (ws[n].token.sentenceStart) return PRONOUN_GENDER[ws[n].token.lower] && GENDER_CUES[ws[n].token.lower] ? GENDER_CUES[ws[n].token.lower] : undefined;
    return undefined;
  }
  return undefined;
}

/** The words of "one of them", "one of the children". */
const GROUP_OPENERS = new Set(['the', 'them', 'us', 'those', 'these', 'his', 'her', 'their', 'my', 'our']);

/** Words after which a new clause, with its own subject, begins. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'then', 'when', 'as', 'while']);

/** How far, in characters, a pronoun looks for a character named after it or addressed before it. */
const PRONOUN_REACH = 1500;
/** How far, in characters, a name called after an unnamed speaker's pronoun may be theirs. */
const CALLED_REACH = 400;
/** How far it looks ahead when no character it fits has been named yet. */
const FIRST_MENTION_REACH = 10000;

/** Every name the document's quotations address, in document order. */
export function vocatives(prose: readonly Paragraph[], index: CharacterIndex, epithets?: Map<string, string>): Vocative[] {
  const out: Vocative[] = [];
  for (const p of prose)
    for (const r of p.analysis.regions) {
      if (r.kind !== 'dialogue') continue;
      const name = addressee(p, { start: p.start + r.start, end: p.start + r.end }, index, epithets);
      if (!name) continue;
      const list = calledWith(p.text.slice(r.start, r.end), name, index);
      out.push({ at: p.start + r.start, name, ...(list.length > 0 && { with: list }), from: p.start, to: p.end });
    }
  return out;
}

/**
 * The names called in a list before the one a quote addresses, each followed by a comma, the list
 * opening the quote or one of its sentences: `"Right. Rigurd, Rigur, help Tanya"` calls Rigurd too.
 */
function calledWith(quote: string, name: string, index: CharacterIndex): string[] {
  const m = /(?:^["“]\s*|[.!?…]\s+)((?:\p{Lu}[\p{L}'’-]*,\s+)+)(\p{Lu}[\p{L}'’-]*),(?!\s*\p{Lu})/u.exec(quote);
  if (!m || index.byToken.get(foldName(m[2])) !== name) return [];
  const names = m[1]
    .split(/,\s+/)
    .filter(Boolean)
    .map((w) => index.byToken.get(foldName(w)));
  return names.every((n): n is string => n !== undefined && n !== name) ? names : [];
}

/** Whom each quotation calls in a list beside the one it addresses, by its document offset. */
export function calledTooAt(called: readonly Vocative[]): Map<number, string[]> {
  return new Map(called.filter((v) => v.with).map((v) => [v.at, v.with!]));
}

/** Whom each quotation addresses, by its document offset. */
export function addressedAt(called: readonly Vocative[]): Map<number, string> {
  return new Map(called.map((v) => [v.at, v.name]));
}

/** The narration's mentions of characters a pronoun may stand for, and the unnamed people among them. */
interface Mentions {
  list: Word[];
  /** The start of each mention's sentence. */
  sentenceOf: Map<Word, number>;
  /** Mentions that open a clause of their own ("but Charlie knew"): the subject of it. */
  clauseSubjects: Set<Word>;
  unnamed: Unnamed[];
}

/** Collects the narration's mentions, in document order. */
function collectMentions(words: Word[][], genders: Map<string, Gender>, epithets: Map<string, string>): Mentions {
  const out: Mentions = { list: [], sentenceOf: new Map(), clauseSubjects: new Set(), unnamed: [] };
  for (const ws of words) {
    let sentence = -1;
    // The he/she subjects of the sentence so far: in "He asked, trying to touch a part of her life
    // Alberto hadn't discussed", "Alberto" is someone other than "he", so no antecedent for him.
    const pronouns = new Set<string>();
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      // A tag after a quote starts a sentence of its own: `…door. "Hurry," Mr. Jack complained.`
      if (w.token.sentenceStart || w.afterQuote || sentence < 0) {
        sentence = w.start;
        pronouns.clear();
      }
      const lower = w.token.lower;
      // `He'd hoped to catch Jesse Macklin there.`: a contraction's he or she is the subject too.
      const subject = /^(he|she)(?:['’](?:d|s|ll))?$/.exec(lower);
      if (subject) pronouns.add(subject[1]);
      if (w.character && !pronouns.has(genders.get(w.character) ?? '')) {
        out.list.push(w);
        out.sentenceOf.set(w, sentence);
        if (CLAUSE_OPENERS.has(ws[i - 1]?.token.lower ?? '')) out.clauseSubjects.add(w);
      }
      const u = unnamedSubject(ws, i, epithets);
      // "His husband": a relation, whose "his" is someone else's.
      if (u !== undefined) out.unnamed.push({ at: w.start, sentence, gender: u, stranger: false, ...(POSSESSIVES.has(w.token.lower) && { kin: true }) });
      else {
        const g = strangerInTag(ws, i) ?? strangerSubject(ws, i);
        if (g !== undefined) out.unnamed.push({ at: w.start, sentence, gender: g, stranger: true });
      }
    }
  }
  return out;
}

/**
 * Builds the pronoun resolver over the narration's mentions; it must be called in document order.
 * A pronoun is the last fitting character named before it (the subject of that sentence); failing
 * one, the one the previous turns addressed (`"Well, what about you, Carla?"` / `"Me?" she asked`),
 * else the first fitting character named soon after it (`"Hi," she said. … Carla smiled.`).
 */
export function pronounResolver(words: Word[][], genders: Map<string, Gender>, called: Vocative[], epithets: Map<string, string>): Resolver {
  // Narration mentions seen so far, for pronoun resolution: [offset, name, sentence start offset].
  const mentions: Array<{ at: number; name: string; sentence: number; clause: boolean }> = [];
  const { list: mentionList, sentenceOf, clauseSubjects, unnamed } = collectMentions(words, genders, epithets);
  // Whether someone unnamed is the subject between a named character and the pronoun: in
  // "The clerk's glance followed Alec's. "No," he said." or "The chief's eyes gleamed. He spoke.",
  // "he" is not Alec.
  const unnamedBetween = (m: { at: number; sentence: number; clause: boolean }, at: number, g: Gender, owner?: boolean): Unnamed | undefined => {
    for (let k = firstIndex(unnamed.length, (i) => unnamed[i].at >= m.sentence); k < unnamed.length && unnamed[k].at < at; k++) {
      const u = unnamed[k];
      if ((u.gender !== null && u.gender !== g) || (owner && u.kin)) continue;
      // Before the name in its sentence, unless the name opens a clause of its own: "The doctor
      // could call it anything from flu to beriberi;; but Charlie knew what was wrong with him."
      if (u.sentence > m.sentence || (u.at < m.at && !m.clause)) return u;
    }
    return undefined;
  };
  // Where the narration first names each character: a stranger may be named late.
  const firstNamed = new Map<string, number>();
  for (const w of mentionList) if (!firstNamed.has(w.character!)) firstNamed.set(w.character!, w.start);
  /**
   * The stranger named late: the first fitting character the narration names for the first time
   * after the stranger came in (`"Watch it," a hoarse voice yelled. She was holding on to his
   * rock.` … `Nobody ever appreciated his jokes as much as Sabella.`).
   */
  const namedLate = (u: Unnamed, at: number, g: Gender): string | null => {
    for (
      let k = firstIndex(mentionList.length, (i) => mentionList[i].start > at);
      k < mentionList.length && mentionList[k].start < at + FIRST_MENTION_REACH;
      k++
    ) {
      const w = mentionList[k];
      if (firstNamed.get(w.character!) !== w.start) continue;
      return genders.get(w.character!) === g && w.start > u.at ? w.character! : null;
    }
    return null;
  };
  const fits = (name: string, g: Gender, exclude?: string) => name !== exclude && genders.get(name) === g;
  /**
   * Someone unnamed who speaks and is called by a name right after, in the next paragraph, that
   * the narration has not given anyone yet: `"She's not a man," he said.` / `"Put the rifle down,
   * Joseph," the girl said.` (he is "the man" until then).
   */
  const calledLate = (at: number, g: Gender, exclude?: string): string | null => {
    for (let k = firstIndex(called.length, (i) => called[i].at > at); k < called.length && called[k].at < at + CALLED_REACH; k++) {
      const v = called[k];
      if (v.from < at) continue;
      const first = firstNamed.get(v.name);
      return fits(v.name, g, exclude) && (first === undefined || first > at) ? v.name : null;
    }
    return null;
  };
  let mentionsIndexed = 0;
  let calledIndexed = 0;
  // The genders of the characters named so far.
  const named = new Set<Gender>();
  const before = (at: number, g: Gender, exclude?: string, owner?: boolean): string | Unnamed | null => {
    for (let k = mentions.length - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const m = mentions[k];
      if (m.at >= at || m.name === exclude) continue;
      if (genders.get(m.name) !== g) continue;
      // The subject of that sentence rather than its object: the first fitting character of it.
      // Unless the name opens a clause of its own: "Phil shook his head and Eddie frowned."
      let pick = m;
      for (let e = k - 1; e >= 0 && !pick.clause && mentions[e].sentence === m.sentence; e--)
        if (genders.get(mentions[e].name) === g && mentions[e].name !== exclude) pick = mentions[e];
      return unnamedBetween(pick, at, g, owner) ?? pick.name;
    }
    return null;
  };
  return (pronoun: string, at: number, exclude?: string, owner?: boolean): string | null => {
    while (mentionsIndexed < mentionList.length && mentionList[mentionsIndexed].start < at) {
      const w = mentionList[mentionsIndexed++];
      mentions.push({ at: w.start, name: w.character!, sentence: sentenceOf.get(w)!, clause: clauseSubjects.has(w) });
      const mg = genders.get(w.character!);
      if (mg) named.add(mg);
    }
    while (calledIndexed < called.length && called[calledIndexed].at < at) calledIndexed++;
    const g = PRONOUN_GENDER[pronoun];
    if (!g) return null;
    const last = before(at, g, exclude, owner);
    if (last !== null && typeof last !== 'string') return last.stranger ? namedLate(last, at, g) : calledLate(at, g, exclude);
    if (last) return last;
    // Whom an earlier paragraph's quote addressed: the listener of the turn before.
    for (let k = calledIndexed - 1; k >= 0 && called[k].at > at - PRONOUN_REACH; k--) {
      const v = called[k];
      if (v.to < at && fits(v.name, g, exclude)) return v.name;
    }
    // A character named soon after, in the narration or addressed in a later paragraph; farther
    // when the story has named nobody the pronoun fits yet (`"I saw your fire," she said.` in a
    // story that calls her "the girl" until someone says "Judith").
    const reach = at + (named.has(g) ? PRONOUN_REACH : FIRST_MENTION_REACH);
    let ahead: { at: number; name: string } | undefined;
    for (let k = mentionsIndexed; k < mentionList.length && mentionList[k].start < reach; k++) {
      if (fits(mentionList[k].character!, g, exclude)) {
        ahead = { at: mentionList[k].start, name: mentionList[k].character! };
        break;
      }
    }
    for (let k = calledIndexed; k < called.length && called[k].at < Math.min(reach, ahead?.at ?? Infinity); k++) {
      const v = called[k];
      if (v.from > at && fits(v.name, g, exclude)) return v.name;
    }
    return ahead?.name ?? null;
  };
}

/** Whether a paragraph calls `name` within a sentence or by a question (`, Nogol, only…`, `"Nogol?"`, `"Rest assured, Mr Potter,"`). */
export function calledMid(name: string, text: string): boolean {
  return new RegExp(`(?:,\\s+|["“]|[.!?…]\\s+)(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Master|Lady|Lord|Sir)\\.?\\s+)?${name}[,?]`, 'u').test(text);
}

/** Whether someone a quote calls by name is there to hear it: they spoke in the scene, or the narration or the roster names them. */
export function inStory(name: string, scene: readonly string[], index: CharacterIndex): boolean {
  return scene.includes(name) || !index.narrated || index.narrated.has(name) || index.roster.has(name);
}
