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

import type { DocumentModel, Paragraph } from '../model/document';
import type { Token } from '../model/paragraph';
import { foldName } from '../characters/names';
import { isPureSpeechVerb, isSpeechVerb } from '../data/speech-verbs';

/** Below this confidence a quotation's speaker stays unknown. */
export const CONFIDENCE_FLOOR = 0.5;

/** How a speaker was found. */
export type SpeakerEvidence = 'explicit' | 'pronoun' | 'paragraph' | 'continued' | 'beat' | 'alternation' | 'addressee';

/** A quotation of the document and its speaker. Offsets are document offsets. */
export interface Quotation {
  start: number;
  end: number;
  /** The character's name (the roster's spelling when the story has one), or null when unknown. */
  speaker: string | null;
  /** What decided the speaker; null when nothing did. */
  evidence: SpeakerEvidence | null;
  confidence: number;
  /** Words inside the quotation. */
  words: number;
  /** Index into `model.paragraphs`. */
  paragraph: number;
}

/** A character the attribution may name. */
export interface SpeakerCharacter {
  name: string;
  aliases?: readonly string[];
  /** "she/her", "he", "they/them". */
  pronouns?: string;
}

/** Who may speak: the roster and the story's other names. */
export interface SpeakerOptions {
  /** The roster (fanfic.json `characters`). */
  characters?: readonly SpeakerCharacter[];
  /** Other names that are characters (`inferNames` of the story), folded. */
  names?: Iterable<string>;
}

type Gender = 'he' | 'she';

const PRONOUN_GENDER: Record<string, Gender> = { he: 'he', him: 'he', his: 'he', himself: 'he', she: 'she', her: 'she', hers: 'she', herself: 'she' };
const GENDER_CUES: Record<string, Gender> = { he: 'he', himself: 'he', she: 'she', herself: 'she' };
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'they', 'you', 'it']);
// Titles stand before the name they belong to: "said Mrs. Charles", "Dr. Grant asked".
const TITLES: Record<string, Gender | null> = {
  mr: 'he', mister: 'he', sir: 'he', lord: 'he', uncle: 'he', father: null, brother: null, king: 'he', prince: 'he',
  mrs: 'she', miss: 'she', ms: 'she', madam: 'she', lady: 'she', aunt: 'she', mother: null, sister: null, queen: 'she', princess: 'she',
  herr: 'he', monsieur: 'he', senor: 'he', frau: 'she', madame: 'she', senora: 'she', mademoiselle: 'she',
  dr: null, doctor: null, professor: null, captain: null, capt: null, sergeant: null, sgt: null, colonel: null, col: null,
  general: null, lieutenant: null, lt: null, detective: null, officer: null, inspector: null, judge: null, senator: null,
};
// Words a speaker tag may hold between its subject and its verb: "Rachel softly said", "he would say".
const TAG_FILLER = new Set(['would', 'had', 'then', 'finally', 'again', 'just', 'only', 'also', 'still', 'quickly', 'quietly', 'now', 'suddenly', 'did', 'could', 'might', 'must']);
// Base forms for tags like "he would say", "she had to ask".
const BASE_SPEECH = new Set(['say', 'ask', 'reply', 'answer', 'whisper', 'shout', 'yell', 'call', 'cry', 'murmur', 'mutter', 'tell', 'add', 'repeat', 'explain', 'insist', 'continue', 'go', 'went', 'goes']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'your', 'this', 'that', 'one', 'another', 'somebody', 'someone', 'everyone']);
// `he went on`, `she continued`, `he added`: the same speaker again.
const CONTINUING = /^\s+(?:\p{Ll}+ly\s+)?(?:went on|continued|added|resumed|persisted)\b/u;
const WRITING = new Set(['wrote', 'writes', 'typed', 'types', 'printed', 'scrawled', 'scribbled', 'read', 'reads', 'texted', 'signed']);
const BEAT_OPENERS = new Set(['then', 'and', 'but', 'so', 'now', 'finally', 'still', 'suddenly']);

function isTagVerb(lower: string): boolean {
  // "goes" only in "she goes, 'no way'" tags, handled by the caller's order; "went" likewise.
  return isSpeechVerb(lower) || BASE_SPEECH.has(lower) || lower === 'saying' || lower === 'asking';
}

function isAdverb(lower: string): boolean {
  return lower.endsWith('ly') || TAG_FILLER.has(lower);
}

interface CharacterIndex {
  /** Folded name token → character name. */
  byToken: Map<string, string>;
  gender: Map<string, Gender>;
}

function indexCharacters(options: SpeakerOptions): CharacterIndex {
  const byToken = new Map<string, string>();
  const gender = new Map<string, Gender>();
  for (const c of options.characters ?? []) {
    if (!c || typeof c.name !== 'string' || !c.name.trim()) continue;
    const name = c.name.trim();
    for (const n of [name, ...(c.aliases ?? [])]) {
      if (typeof n !== 'string') continue;
      for (const part of n.split(/\s+/)) if (part && !byToken.has(part) && !(part.toLowerCase() in TITLES)) byToken.set(part, name);
    }
    const p = typeof c.pronouns === 'string' ? c.pronouns.trim().toLowerCase() : '';
    if (/^(?:she|her)\b/.test(p)) gender.set(name, 'she');
    else if (/^(?:he|him)\b/.test(p)) gender.set(name, 'he');
  }
  for (const n of options.names ?? []) if (!/^I['’]/.test(n) && !byToken.has(n) && !(n.toLowerCase() in TITLES)) byToken.set(n, n);
  return { byToken, gender };
}

// `"Stop," Rob said`, `"Stop," said Rob`: a capitalized word in a tag's subject slot is a name,
// even one the dictionary knows ("Rob", "Will").
const TAG_NAME = /["”][,!?—–-]*\s+(?:(\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)|(\p{Ll}+)\s+(\p{Lu}[\p{L}\p{M}'’-]*))/gu;

// "Mrs. Weasley", "Professor McGonagall", "Herr Schaffner": a title and a capitalized word name a person.
const TITLED = /\b(\p{Lu}\p{Ll}+)\.?\s+(\p{Lu}[\p{L}\p{M}'’-]*)/gu;

/** Adds the names that speech tags and titles give a person to the index. */
function addTaggedNames(paragraphs: readonly Paragraph[], index: CharacterIndex): void {
  for (const p of paragraphs) {
    TITLED.lastIndex = 0;
    for (let m = TITLED.exec(p.text); m; m = TITLED.exec(p.text)) {
      if (!(m[1].toLowerCase() in TITLES) || m[2].toLowerCase() in TITLES) continue;
      const name = foldName(m[2]);
      if (name.length > 1 && !index.byToken.has(name)) index.byToken.set(name, name);
    }
    if (!/["”]/.test(p.text)) continue;
    TAG_NAME.lastIndex = 0;
    for (let m = TAG_NAME.exec(p.text); m; m = TAG_NAME.exec(p.text)) {
      const word = m[1] ?? m[4];
      const verb = m[2] ?? m[3];
      if (!isTagVerb(verb)) continue;
      const lower = word.toLowerCase();
      if (lower in TITLES || SUBJECT_PRONOUNS.has(lower) || DETERMINERS.has(lower) || BEAT_OPENERS.has(lower) || /^I['’]/.test(word)) continue;
      const name = foldName(word);
      if (name.length > 1 && !index.byToken.has(name)) index.byToken.set(name, name);
    }
  }
}

/** A narration token of the document, with where it stands. */
interface Word {
  token: Token;
  /** Document offset. */
  start: number;
  end: number;
  /** The character this word names, if any. */
  character?: string;
  /** The gender a title before the name gives ("Mrs. Charles"). */
  titleGender?: Gender | null;
}

/** The words of a paragraph outside quotations, with the characters they name. */
function narrationWords(p: Paragraph, index: CharacterIndex): Word[] {
  const out: Word[] = [];
  const tokens = p.analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.region !== 'narration' && t.region !== 'emphasis') continue;
    const w: Word = { token: t, start: p.start + t.start, end: p.start + t.end };
    const c0 = t.text.charCodeAt(0);
    if (!(c0 >= 97 && c0 <= 122)) {
      const character = index.byToken.get(foldName(t.text));
      if (character) {
        w.character = character;
        const prev = out[out.length - 1];
        if (prev && prev.end >= w.start - 3 && prev.token.lower in TITLES) w.titleGender = TITLES[prev.token.lower];
      }
    }
    out.push(w);
  }
  return out;
}

/** Counts, for each character, the he/she that first follows a mention in the same paragraph. */
function learnGenders(words: Word[][], index: CharacterIndex): Map<string, Gender> {
  const tally = new Map<string, { he: number; she: number }>();
  const add = (name: string, g: Gender, n = 1) => {
    const t = tally.get(name) ?? { he: 0, she: 0 };
    t[g] += n;
    tally.set(name, t);
  };
  for (const ws of words) {
    let sentence = 0;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (w.token.sentenceStart) sentence = i;
      if (!w.character) continue;
      if (w.titleGender) add(w.character, w.titleGender, 3);
      // Subjects only: in "He asked Leona. He doubted…", the next "he" is not Leona.
      if (i - sentence > 3) continue;
      let subject = true;
      for (let k = sentence; k < i; k++) if (ws[k].character || SUBJECT_PRONOUNS.has(ws[k].token.lower)) subject = false;
      if (!subject) continue;
      // "Rachel smiled and her eyes…": the first personal pronoun after a name, before another name.
      for (let j = i + 1; j < ws.length && j <= i + 12; j++) {
        if (ws[j].character) break;
        // Subjects only: in "Rachel kissed him", "him" is someone else.
        const g = GENDER_CUES[ws[j].token.lower];
        if (g) {
          add(w.character, g);
          break;
        }
      }
    }
  }
  const out = new Map(index.gender);
  for (const [name, t] of tally) {
    if (out.has(name)) continue;
    // Twice as often one as the other, or only ever one.
    if ((t.he >= 2 && t.he >= 2 * t.she) || (t.he > 0 && t.she === 0)) out.set(name, 'he');
    else if ((t.she >= 2 && t.she >= 2 * t.he) || (t.she > 0 && t.he === 0)) out.set(name, 'she');
  }
  return out;
}

// "Waddell, the newspaperman, was…": an appositive names whom an epithet stands for.
const APPOSITIVE = /(\p{Lu}[\p{L}\p{M}'’-]+), (?:the|a|an) (?:[\p{L}-]+ ){0,2}([\p{L}-]+)[,.;]/gu;

/**
 * What the story's epithets stand for: "the newspaperman" from an appositive, and a capitalized
 * one ("the German") from the character last named before the narration first calls someone so.
 */
function learnEpithets(prose: readonly Paragraph[], words: Word[][], index: CharacterIndex): Map<string, string> {
  const out = new Map<string, string>();
  prose.forEach((p) => {
    APPOSITIVE.lastIndex = 0;
    for (let m = APPOSITIVE.exec(p.text); m; m = APPOSITIVE.exec(p.text)) {
      const name = index.byToken.get(foldName(m[1]));
      const noun = m[2].toLowerCase();
      if (name && !out.has(noun)) out.set(noun, name);
    }
  });
  let last: { name: string; at: number } | undefined;
  let n = 0;
  for (const ws of words) {
    for (let i = 0; i < ws.length; i++, n++) {
      const w = ws[i];
      if (w.character && ws[i - 1]?.token.lower !== 'the') last = { name: w.character, at: n };
      const next = ws[i + 1];
      if (w.token.lower === 'the' && w.token.sentenceStart && next && /^\p{Lu}/u.test(next.token.text)) {
        const noun = next.token.lower;
        if (!out.has(noun) && last && n - last.at <= 40) out.set(noun, last.name);
      }
    }
  }
  return out;
}

/** A tag's subject: a character, a pronoun to resolve, or someone who is not a character. */
type Subject = { kind: 'name'; name: string } | { kind: 'pronoun'; pronoun: string; at: number } | { kind: 'epithet'; noun: string } | { kind: 'other' };

/** The subject a word starts, if it can be one: a name, a title and a name, a pronoun, "the doctor". */
function subjectAt(ws: Word[], i: number): { subject: Subject; length: number } | undefined {
  const w = ws[i];
  if (!w) return undefined;
  if (w.character) return { subject: { kind: 'name', name: w.character }, length: 1 };
  const lower = w.token.lower;
  if (lower in TITLES) {
    const next = ws[i + 1];
    if (next?.character) return { subject: { kind: 'name', name: next.character }, length: 2 };
    if (next && /^\p{Lu}/u.test(next.token.text)) return { subject: { kind: 'other' }, length: 2 };
    return { subject: { kind: 'other' }, length: 1 };
  }
  // "she'd cry", "he'll say": the pronoun of a contraction.
  const bare = lower.replace(/['’](?:d|ll)$/, '');
  if (SUBJECT_PRONOUNS.has(bare)) return { subject: { kind: 'pronoun', pronoun: bare, at: w.start }, length: 1 };
  if (DETERMINERS.has(lower) && ws[i + 1] && !isTagVerb(ws[i + 1].token.lower)) {
    // "the doctor said", "the old man asked": up to three words of a noun phrase.
    for (let k = 1; k <= 3 && ws[i + k]; k++) {
      if (isTagVerb(ws[i + k + 1]?.token.lower ?? '')) return { subject: lower === 'the' ? { kind: 'epithet', noun: ws[i + k].token.lower } : { kind: 'other' }, length: k + 1 };
    }
  }
  if (/^\p{Lu}/u.test(w.token.text) && !w.token.sentenceStart) return { subject: { kind: 'other' }, length: 1 };
  return undefined;
}

/** Where a quotation stands among a paragraph's words. */
interface QuoteSpot {
  start: number;
  end: number;
  /** Index in the paragraph's narration words of the first word after the quote. */
  after: number;
}

/** A tag right after the quote: `"Stop," said Sango`, `"Stop," Sango said`, `"Stop," she softly said`. */
function tagAfter(ws: Word[], q: QuoteSpot, text: string, pStart: number, nextQuote: number): Subject | undefined {
  const i = q.after;
  const first = ws[i];
  if (!first || first.start >= nextQuote) return undefined;
  // Only punctuation and space between the quote and the tag.
  if (!/^[\s,;:.!?—–-]*$/.test(text.slice(q.end - pStart, first.start - pStart))) return undefined;
  // After a full stop a new sentence begins: only a verb that can report nothing but speech makes it
  // a tag (`"Stop." She said.`); `"Stop." He thought about it` is narration.
  const pureOnly = first.token.sentenceStart;
  const verbOk = (lower: string) => (pureOnly ? isPureSpeechVerb(lower) || BASE_SPEECH.has(lower) : isTagVerb(lower));
  const within = (k: number) => ws[k] !== undefined && ws[k].start < nextQuote && (k === i || !ws[k].token.sentenceStart);
  if (verbOk(first.token.lower) && within(i + 1)) {
    const s = subjectAt(ws, i + 1);
    if (s) return s.subject;
    // "said the doctor", "asked a voice"
    if (ws[i + 1].token.lower === 'the' && ws[i + 2]) return { kind: 'epithet', noun: ws[i + 2].token.lower };
    if (DETERMINERS.has(ws[i + 1].token.lower)) return { kind: 'other' };
    return undefined;
  }
  const s = subjectAt(ws, i);
  if (!s) return undefined;
  let k = i + s.length;
  while (within(k) && isAdverb(ws[k].token.lower) && !isTagVerb(ws[k].token.lower)) k++;
  if (within(k) && verbOk(ws[k].token.lower)) return s.subject;
  return undefined;
}

/** A tag that introduces the quote: `Scotty said, "…"`, `She turned and asked him: "…"`. */
function tagBefore(ws: Word[], q: QuoteSpot, text: string, pStart: number, prevQuoteEnd: number): Subject | undefined {
  const before = text.slice(0, q.start - pStart).trimEnd();
  if (!/[,:]$/.test(before) && !/\b(?:said|says|asked|asks)$/i.test(before)) return undefined;
  // The words of the sentence that ends at the quote.
  const j = q.after - 1;
  if (j < 0 || ws[j].end <= prevQuoteEnd) return undefined;
  let first = j;
  while (first > 0 && !ws[first].token.sentenceStart && ws[first - 1].end > prevQuoteEnd) first--;
  // The last speech verb of the sentence, in its last eight words.
  let verb = -1;
  for (let k = j; k >= first && k >= j - 7; k--) {
    if (isTagVerb(ws[k].token.lower)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) {
    // `and wrote slowly, "Clothes Stand"`, `It read: "Shot in the woods"`: written, not spoken.
    for (let k = j; k >= first && k >= j - 7; k--) if (WRITING.has(ws[k].token.lower)) return { kind: 'other' };
    return undefined;
  }
  // Its subject: the nearest subject before the verb in the sentence ("Rachel, observing, would say").
  for (let k = verb - 1; k >= first; k--) {
    const s = subjectAt(ws, k);
    // "Rachel's or Virginia's reply:" names two people, so neither surely.
    if (s && s.subject.kind === 'name' && k > first && ws[k - 1].token.lower === 'or') return { kind: 'other' };
    if (s && (s.subject.kind !== 'other' || k === first)) return s.subject;
  }
  return undefined;
}

/** The subject of the narration sentence nearest the quote, for a beat: `Kagome smiled. "Hi."`. */
function beatSubject(ws: Word[], q: QuoteSpot, prevQuoteEnd: number, nextQuote: number): Subject | undefined {
  const sentenceSubject = (from: number): Subject | undefined => {
    let k = from;
    if (ws[k] && BEAT_OPENERS.has(ws[k].token.lower)) k++;
    // "Frowning, Miss Ada studied the list.": the subject after a leading participle.
    if (ws[k] && ws[k + 1] && /ing$/.test(ws[k].token.lower) && !ws[k].character) k++;
    const s = subjectAt(ws, k);
    if (!s || s.subject.kind === 'other') {
      // "Rachel's tone was dry."
      const w = ws[from];
      if (w?.character && /['’]s$/.test(w.token.text)) return { kind: 'name', name: w.character };
      return undefined;
    }
    // "Scotty" at a sentence start must act: a possessive or a verb follows, not "Scotty, come here".
    return s.subject;
  };
  // Before the quote: the start of the sentence that ends at it.
  let j = q.after - 1;
  if (j >= 0 && ws[j].end > prevQuoteEnd) {
    let first = j;
    while (first > 0 && !ws[first].token.sentenceStart && ws[first - 1].end > prevQuoteEnd) first--;
    const s = sentenceSubject(first);
    if (s) return s;
  }
  // After the quote: the sentence that starts after it.
  j = q.after;
  if (ws[j] && ws[j].start < nextQuote) return sentenceSubject(j);
  return undefined;
}

/** Whom a quote addresses by name: `"Eat something, Scotty."`, `"Scotty, listen."`. */
function addressee(p: Paragraph, quote: { start: number; end: number }, index: CharacterIndex): string | undefined {
  const text = p.text;
  for (const t of p.analysis.tokens) {
    if (p.start + t.end > quote.end) break;
    if (p.start + t.start < quote.start) continue;
    const c = t.text.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    const name = index.byToken.get(foldName(t.text));
    if (!name) continue;
    const before = text.slice(Math.max(0, t.start - 2), t.start);
    const after = text.slice(t.end, t.end + 1);
    // ", Scotty." / ", Scotty?" / ", Scotty," and a quote that opens with "Scotty, …".
    if (/,\s$/.test(before) && /^[,.!?"”—-]/.test(after)) return name;
    if (/["“]$/.test(before) && after === ',') return name;
  }
  return undefined;
}

interface Turn {
  speaker: string | null;
  /** The paragraph's confidence in its speaker. */
  confidence: number;
  /** Whether the text named the speaker as someone who is not a character. */
  named: boolean;
}

/** A paragraph of an exchange: consecutive paragraphs of dialogue in one scene. */
interface RunTurn {
  quotes: Quotation[];
  /** The one speaker of its quotations, when known. */
  speaker: string | null;
  /** Whether something in the paragraph named its speaker (a character or not). */
  anchor: boolean;
  /** Whether two characters speak in it. */
  mixed: boolean;
}

/**
 * Untagged turns of a two-person exchange alternate: when the known turns of a run put one speaker
 * on every other paragraph and another on the rest, the unknown turns take their side's speaker,
 * less surely the farther they are from a known turn of that side.
 */
function fillExchange(turns: RunTurn[]): void {
  if (turns.length < 2 || turns.some((t) => t.mixed)) return;
  const sides: Array<Set<string>> = [new Set(), new Set()];
  turns.forEach((t, i) => {
    if (t.speaker) sides[i % 2].add(t.speaker);
  });
  if (sides[0].size > 1 || sides[1].size > 1) return;
  const [a] = sides[0];
  const [b] = sides[1];
  if (a !== undefined && a === b) return;
  turns.forEach((t, i) => {
    if (t.anchor) return;
    const who = i % 2 === 0 ? a : b;
    if (who === undefined) return;
    let distance = Infinity;
    turns.forEach((u, j) => {
      if (u.speaker === who) distance = Math.min(distance, Math.abs(i - j));
    });
    const confidence = 0.8 * 0.95 ** Math.max(0, distance / 2 - 1);
    if (confidence < CONFIDENCE_FLOOR) return;
    for (const q of t.quotes) {
      if (q.speaker !== null) continue;
      q.speaker = who;
      q.evidence = 'alternation';
      q.confidence = confidence;
    }
  });
}

/** Attributes every quotation of the document to a speaker. */
export function attributeSpeakers(model: DocumentModel, options: SpeakerOptions = {}): Quotation[] {
  const index = indexCharacters(options);
  const prose = model.paragraphs.filter((p) => p.kind === 'prose');
  addTaggedNames(prose, index);
  const words = prose.map((p) => narrationWords(p, index));
  const genders = learnGenders(words, index);
  const epithets = learnEpithets(prose, words, index);
  const out: Quotation[] = [];

  // Narration mentions seen so far, for pronoun resolution: [offset, name, sentence start offset].
  const mentions: Array<{ at: number; name: string; sentence: number }> = [];
  let mentionsIndexed = 0;
  const mentionList: Word[] = [];
  const sentenceOf = new Map<Word, number>();
  prose.forEach((_, pi) => {
    let sentence = -1;
    for (const w of words[pi]) {
      if (w.token.sentenceStart || sentence < 0) sentence = w.start;
      if (w.character) {
        mentionList.push(w);
        sentenceOf.set(w, sentence);
      }
    }
  });
  const resolve = (pronoun: string, at: number, exclude?: string): string | null => {
    while (mentionsIndexed < mentionList.length && mentionList[mentionsIndexed].start < at) {
      const w = mentionList[mentionsIndexed++];
      mentions.push({ at: w.start, name: w.character!, sentence: sentenceOf.get(w)! });
    }
    const g = PRONOUN_GENDER[pronoun];
    if (!g) return null;
    for (let k = mentions.length - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const m = mentions[k];
      if (m.at >= at || m.name === exclude) continue;
      if (genders.get(m.name) !== g) continue;
      // The subject of that sentence rather than its object: the first fitting character of it.
      let pick = m;
      for (let e = k - 1; e >= 0 && mentions[e].sentence === m.sentence; e--) if (genders.get(mentions[e].name) === g) pick = mentions[e];
      return pick.name;
    }
    return null;
  };

  let run: RunTurn[] = [];
  const flush = (turns: RunTurn[]) => {
    fillExchange(turns);
    run = [];
  };
  let prevTurn: Turn | undefined;
  let prevParagraph = -2;
  let prevOpen = false;
  let prevLastQuote: { p: Paragraph; q: { start: number; end: number } } | undefined;

  prose.forEach((p, pi) => {
    const ws = words[pi];
    const quotes = p.analysis.regions.filter((r) => r.kind === 'dialogue');
    const sameScene = prevParagraph === pi - 1 && prose[pi - 1]?.scene === p.scene;
    if (quotes.length === 0) {
      // A paragraph of narration ends the exchange.
      prevTurn = undefined;
      flush(run);
      prevOpen = false;
      prevParagraph = pi;
      prevLastQuote = undefined;
      return;
    }
    const spots: QuoteSpot[] = quotes.map((r) => {
      const start = p.start + r.start;
      const end = p.start + r.end;
      let after = 0;
      while (after < ws.length && ws[after].start < end) after++;
      return { start, end, after };
    });
    const found: Array<{ subject?: Subject; after?: boolean }> = spots.map((q, k) => {
      const next = k + 1 < spots.length ? spots[k + 1].start : Infinity;
      const prevEnd = k > 0 ? spots[k - 1].end : -1;
      const a = tagAfter(ws, q, p.text, p.start, next);
      const s = a ?? tagBefore(ws, q, p.text, p.start, prevEnd);
      return s ? { subject: s, after: a !== undefined } : {};
    });
    type Said = { speaker: string | null; evidence: SpeakerEvidence | null; confidence: number; named: boolean };
    const speakersSoFar: Said[] = [];
    const attribute = (f: { subject?: Subject }, k: number): Said => {
      if (!f.subject) return { speaker: null, evidence: null, confidence: 0, named: false };
      if (f.subject.kind === 'name') return { speaker: f.subject.name, evidence: 'explicit', confidence: 0.95, named: true };
      if (f.subject.kind === 'pronoun') {
        // `"Why," he went on`: a speaker who goes on is the one who spoke last, unless the pronoun cannot be theirs.
        const after = p.text.slice(f.subject.at - p.start + f.subject.pronoun.length, f.subject.at - p.start + f.subject.pronoun.length + 24);
        const last = k > 0 ? speakersSoFar[k - 1]?.speaker : prevTurn?.speaker;
        const g = last ? genders.get(last) : undefined;
        if (CONTINUING.test(after) && last && PRONOUN_GENDER[f.subject.pronoun] && (g === undefined || g === PRONOUN_GENDER[f.subject.pronoun])) {
          return { speaker: last, evidence: 'pronoun', confidence: 0.8, named: true };
        }
        const name = resolve(f.subject.pronoun, f.subject.at, undefined);
        return { speaker: name, evidence: 'pronoun', confidence: name ? 0.8 : 0, named: true };
      }
      if (f.subject.kind === 'epithet') {
        const name = epithets.get(f.subject.noun) ?? null;
        return { speaker: name, evidence: 'explicit', confidence: name ? 0.75 : 0, named: true };
      }
      return { speaker: null, evidence: 'explicit', confidence: 0, named: true };
    };
    const speakers: Said[] = found.map((f, k) => {
      const r = attribute(f, k);
      speakersSoFar.push(r);
      return r;
    });

    // The other quotations of a tagged paragraph: the nearest tag before; a tag after only when
    // it follows its quote (`"Hi." "How are you," she said`), since `Scotty said, "…"` introduces
    // its own quote and not the one before it (`"Eat, Scotty." He looked up. Scotty said, "No."`).
    const own = spots.map((q) => addressee(p, q, index));
    for (let k = 0; k < speakers.length; k++) {
      if (speakers[k].named) continue;
      let from = -1;
      for (let b = k - 1; b >= 0; b--) if (found[b].subject) { from = b; break; }
      if (from < 0) for (let a = k + 1; a < speakers.length; a++) if (found[a].subject) { from = found[a].after ? a : -1; break; }
      if (from >= 0 && speakers[from].speaker !== own[k]) {
        speakers[k] = { ...speakers[from], evidence: speakers[from].speaker ? 'paragraph' : speakers[from].evidence, confidence: speakers[from].confidence * 0.95 };
      }
    }

    // A speech that runs on from the previous paragraph.
    if (!speakers[0].named && sameScene && prevOpen && quotes[0].start <= 1 && prevTurn) {
      for (let k = 0; k < speakers.length && !speakers[k].named; k++) {
        speakers[k] = { speaker: prevTurn.speaker, evidence: prevTurn.speaker ? 'continued' : null, confidence: prevTurn.confidence, named: prevTurn.named };
      }
    }

    // An action beat.
    if (speakers.every((s) => !s.named)) {
      for (let k = 0; k < spots.length; k++) {
        const next = k + 1 < spots.length ? spots[k + 1].start : Infinity;
        const prevEnd = k > 0 ? spots[k - 1].end : -1;
        const s = beatSubject(ws, spots[k], prevEnd, next);
        if (!s) continue;
        let name = s.kind === 'name' ? s.name : s.kind === 'pronoun' ? resolve(s.pronoun, s.at, own[k]) : null;
        // "Scotty" in a beat of a quote that addresses Scotty is the listener, not the speaker.
        if (name !== null && name === own[k]) name = null;
        const confidence = s.kind === 'name' ? 0.85 : 0.7;
        for (let m = 0; m < speakers.length; m++) speakers[m] = { speaker: name, evidence: name ? 'beat' : null, confidence: name ? confidence : 0, named: true };
        break;
      }
    }

    // Whom the last turn addressed answers: `"Eat something, Scotty."` / `"I'm full."`.
    if (speakers.every((s) => !s.named) && sameScene && prevTurn?.speaker && prevLastQuote) {
      const to = addressee(prevLastQuote.p, prevLastQuote.q, index);
      if (to && to !== prevTurn.speaker && !own.includes(to)) {
        for (let m = 0; m < speakers.length; m++) speakers[m] = { speaker: to, evidence: 'addressee', confidence: 0.7, named: false };
      }
    }

    const made: Quotation[] = spots.map((q, k) => {
      const s = speakers[k];
      const sure = s.speaker !== null && s.confidence >= CONFIDENCE_FLOOR;
      const r = quotes[k];
      let n = 0;
      for (const t of p.analysis.tokens) {
        if (t.end > r.end) break;
        if (t.start >= r.start) n++;
      }
      return { start: q.start, end: q.end, speaker: sure ? s.speaker : null, evidence: sure ? s.evidence : null, confidence: sure ? s.confidence : 0, words: n, paragraph: p.index };
    });
    out.push(...made);
    const last = speakers[speakers.length - 1];
    const turn: Turn = { speaker: last.confidence >= CONFIDENCE_FLOOR ? last.speaker : null, confidence: last.confidence, named: last.named };
    if (!sameScene) flush(run);
    const distinct = new Set(made.map((q) => q.speaker).filter((x) => x !== null));
    run.push({ quotes: made, speaker: distinct.size === 1 ? [...distinct][0] : null, anchor: distinct.size > 0 || speakers.some((x) => x.named), mixed: distinct.size > 1 });
    prevTurn = turn;
    prevOpen = !quotes[quotes.length - 1].closed;
    prevParagraph = pi;
    prevLastQuote = { p, q: spots[spots.length - 1] };
  });
  flush(run);
  return out;
}
