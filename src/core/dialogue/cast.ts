/** What the story tells about its characters: their names, genders, epithets, and whom a quote addresses. */

import { foldName } from '../characters/names';
import { isPhrasalSpeechVerb, isPureSpeechVerb } from '../data/speech-verbs';
import type { Paragraph } from '../model/document';
import type { Token } from '../model/paragraph';
import { givenNameGender } from './given-names';
import { BASE_SPEECH, BEAT_OPENERS, DETERMINERS, GENDERED_NOUNS, isTagVerb, KIN, LOOKS, PERSON_NOUNS, SUBJECT_PRONOUNS, TITLES, type Gender } from './lexicon';
import { addCalledNames, addKinNames, addNamedOnce, dropPlaceNames } from './named-once';
import type { SpeakerOptions } from './types';

export { learnGenders } from './genders';

/** The characters the attribution may name, by name token, with the genders the roster gives. */
export interface CharacterIndex {
  /** Folded name token → character name. */
  byToken: Map<string, string>;
  gender: Map<string, Gender>;
  /** The characters the narration names at least once, when known: a name only ever heard inside quotes may be an interjection ("Uhhu"). */
  narrated?: Set<string>;
  /** The roster's characters, names the writer gave. */
  roster: Set<string>;
  /** The first name of a character kept under the surname (`joinFullNames`), for the sex a given name has. */
  firstNames?: Map<string, string>;
  /** Folded words the story itself uses as titles (`learnTitles`): "Midshipman Rogers", "Midshipman Tillotson". */
  titles?: Set<string>;
}

export function indexCharacters(options: SpeakerOptions): CharacterIndex {
  const byToken = new Map<string, string>();
  const gender = new Map<string, Gender>();
  const roster = new Set<string>();
  for (const c of options.characters ?? []) {
    if (!c || typeof c.name !== 'string' || !c.name.trim()) continue;
    const name = c.name.trim();
    roster.add(name);
    for (const n of [name, ...(c.aliases ?? [])]) {
      if (typeof n !== 'string') continue;
      for (const part of n.split(/\s+/)) if (part && !byToken.has(part) && !(part.toLowerCase() in TITLES)) byToken.set(part, name);
    }
    const p = typeof c.pronouns === 'string' ? c.pronouns.trim().toLowerCase() : '';
    if (/^(?:she|her)\b/.test(p)) gender.set(name, 'she');
    else if (/^(?:he|him)\b/.test(p)) gender.set(name, 'he');
  }
  for (const n of options.names ?? []) if (!/^I['’]/.test(n) && !byToken.has(n) && !(n.toLowerCase() in TITLES) && !KIN.has(n.toLowerCase())) byToken.set(n, n);
  for (const [slip, name] of options.slips ?? []) {
    const who = byToken.get(name);
    if (who && !byToken.has(slip)) byToken.set(slip, who);
  }
  return { byToken, gender, roster };
}

// `"Stop," Rob said`, `"Stop," said Rob`: a capitalized word in a tag's subject slot is a name,
// even one the dictionary knows ("Rob", "Will").
const TAG_NAME = /["”]([.,!?—–-]*)\s+(?:(\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)|(\p{Ll}+)\s+(\p{Lu}[\p{L}\p{M}'’-]*))/gu;

// `Angel speaks up, "…"`, `Angel says: "…"`: a paragraph's first word, its speech verb and the quote.
const LEAD_TAG = /^(\p{Lu}\p{Ll}+) (\p{Ll}+)(?: (\p{Ll}+))?[,:] ["“]/u;

// "Her name was Suzanne, and mine Stephen", "his name's Jed": the story names a person, even once.
const NAMED_AS = /\b(?:[Hh]er|[Hh]is|[Mm]y) name (?:was|is|['’]s) (\p{Lu}[\p{L}\p{M}'’-]*)(?:,? and mine,? (\p{Lu}[\p{L}\p{M}'’-]*))?/gu;

// "Mrs. Weasley", "Professor McGonagall", "Herr Schaffner": a title and a capitalized word name a person.
const TITLED = /\b(\p{Lu}\p{Ll}+)\.?\s+(\p{Lu}[\p{L}\p{M}'’-]*)/gu;

// Titles written short with a full stop: `Mr. Fogg`, `Capt. Hook`.
const ABBREVIATED = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'fr',
  'lt',
  'col',
  'gen',
  'sgt',
  'capt',
  'cpt',
  'maj',
  'adm',
  'cmdr',
  'prof',
  'rev',
  'gov',
  'sen',
  'rep',
  'pres',
  'hon',
  'insp',
  'supt',
  'messrs',
  'mme',
  'mlle',
  'sr',
  'jr',
]);

/** Adds the names that speech tags and titles give a person to the index. */
export function addTaggedNames(paragraphs: readonly Paragraph[], index: CharacterIndex, text = ''): void {
  // The capitalized words after each name of the index, for the titles the story uses (`learnTitles`).
  const after = new Map<string, Set<string>>();
  for (const p of paragraphs) {
    TITLED.lastIndex = 0;
    for (let m = TITLED.exec(p.text); m; m = TITLED.exec(p.text)) {
      if (index.byToken.has(m[1]) && m[0].length === m[1].length + m[2].length + 1) (after.get(m[1]) ?? after.set(m[1], new Set()).get(m[1])!).add(m[2]);
      if (!(m[1].toLowerCase() in TITLES) || m[2].toLowerCase() in TITLES) continue;
      // `…close to the King. It's what…`: a full stop after a whole word ends its sentence; only an abbreviation's (`Mr.`, `Capt.`) does not.
      if (m[0].includes('.') && !ABBREVIATED.has(m[1].toLowerCase())) continue;
      const name = foldName(m[2]);
      if (name.length > 1 && !index.byToken.has(name)) index.byToken.set(name, name);
    }
    NAMED_AS.lastIndex = 0;
    for (let m = NAMED_AS.exec(p.text); m; m = NAMED_AS.exec(p.text))
      for (const word of [m[1], m[2]]) {
        const name = word && foldName(word);
        if (name && name.length > 1 && !(name.toLowerCase() in TITLES) && !index.byToken.has(name)) index.byToken.set(name, name);
      }
    if (!/["”]/.test(p.text)) continue;
    addNamedOnce(p.text, index);
    addCalledNames(
      p.text,
      p.analysis.regions.filter((r) => r.kind === 'dialogue'),
      index,
    );
    TAG_NAME.lastIndex = 0;
    for (let m = TAG_NAME.exec(p.text); m; m = TAG_NAME.exec(p.text)) {
      const word = m[2] ?? m[5];
      const verb = m[3] ?? m[4];
      if (!isTagVerb(verb)) continue;
      // `"Stop". Quint said.` (a full stop outside the quote): a new sentence is a tag only with a
      // verb that reports nothing but speech, as in `tagAfter`.
      if (m[1].includes('.') && !isPureSpeechVerb(verb) && !BASE_SPEECH.has(verb)) continue;
      const lower = word.toLowerCase();
      // `"No," Lord said` and `said Lord,`: a title with no name after it is a name itself.
      if (lower in TITLES && m[5] && /^\.?\s+\p{Lu}/u.test(p.text.slice(m.index + m[0].length))) continue;
      if (SUBJECT_PRONOUNS.has(lower) || DETERMINERS.has(lower) || BEAT_OPENERS.has(lower) || /^I['’]/.test(word)) continue;
      const name = foldName(word);
      if (name.length > 1 && !index.byToken.has(name)) index.byToken.set(name, name);
    }
  }
  // `Angel speaks up, "…"`: a paragraph opening with a capitalized word and a speech verb before
  // its quote names a person, when the story never writes the word in lowercase.
  for (const p of paragraphs) {
    const m = LEAD_TAG.exec(p.text);
    const lower = m?.[1].toLowerCase();
    if (!m || !lower || (!isTagVerb(m[2]) && !isPhrasalSpeechVerb(m[2], m[3] ?? '')) || index.byToken.has(m[1])) continue;
    if (SUBJECT_PRONOUNS.has(lower) || DETERMINERS.has(lower) || BEAT_OPENERS.has(lower) || lower in TITLES || KIN.has(lower) || writtenLowercase(text, lower))
      continue;
    index.byToken.set(m[1], m[1]);
  }
  learnTitles(after, index, text);
  const narration = paragraphs.map(narrationOf);
  addKinNames(narration, index);
  dropPlaceNames(narration, index);
}

/** A paragraph's text with its quotations blanked: what the narration says. */
function narrationOf(p: Paragraph): string {
  let text = p.text;
  for (const r of p.analysis.regions) if (r.kind === 'dialogue') text = text.slice(0, r.start) + ' '.repeat(r.end - r.start) + text.slice(r.end);
  return text;
}

/** Whether the text writes the lowercase word as a word of its own, or its plural in -s. */
function writtenLowercase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text.charCodeAt(at - 1);
    let end = at + word.length;
    if (text.charCodeAt(end) === 115) end++;
    if (!isLetter(before) && !isLetter(text.charCodeAt(end))) return true;
  }
  return false;
}

/** Whether a character code is a letter (NaN, off the text, is not). */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
}

/**
 * Takes out of the index the capitalized words the story writes before two different capitalized
 * words ("Midshipman Rogers", "Midshipman Tillotson", "Sister Agnes", "Sister Mary"): a rank or a role
 * the title table lacks, not a name of its own, and the words after it are names, when the story
 * writes it in lowercase too ("the midshipmen"). A given name or a roster's name stays. `before`:
 * the capitalized words `addTaggedNames` found right after each name of the index.
 */
function learnTitles(before: Map<string, Set<string>>, index: CharacterIndex, text: string): void {
  const candidates = new Set<string>();
  for (const [word, names] of before)
    if (names.size >= 2 && !index.roster.has(index.byToken.get(word)!) && !givenNameGender(word)) candidates.add(word.toLowerCase());
  if (candidates.size === 0) return;
  // A rank is a common noun the story writes in lowercase too ("the midshipmen"); "Lauren" or "Hudson" is not.
  const common = new Set<string>();
  for (const c of candidates) if (writtenLowercase(text, c) || (c.endsWith('man') && writtenLowercase(text, c.slice(0, -3) + 'men'))) common.add(c);
  for (const [word, names] of before) {
    if (!common.has(word.toLowerCase())) continue;
    index.byToken.delete(word);
    (index.titles ??= new Set()).add(word);
    // The words after it are names, as after "Mrs.".
    for (const n of names) {
      const name = foldName(n);
      if (name.length > 1 && !(name.toLowerCase() in TITLES) && !index.byToken.has(name)) index.byToken.set(name, name);
    }
  }
}

/**
 * Makes a first name and the surname the story writes after it one character ("Chief Bob Moore"
 * … `"Naw," Moore said` … `Bob grinned`), by the form the narration writes more often (the surname on a tie), when each of
 * the two only ever stands with the other: "Tim Williams" and "Mary Williams" stay three. The
 * narration words that named the one name the other then.
 */
export function joinFullNames(index: CharacterIndex, words: Word[][], prose: readonly Paragraph[] = []): void {
  const after = new Map<string, Set<string>>();
  const before = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  // How often each first word stands with its second.
  const paired = new Map<string, number>();
  for (const ws of words)
    for (let i = 0; i < ws.length; i++) {
      const a = ws[i].character;
      if (!a) continue;
      count.set(a, (count.get(a) ?? 0) + 1);
      if (i + 1 === ws.length) continue;
      const b = ws[i + 1].character;
      // Not "Fair's Quinzaine": a possessive is no first name.
      if (!b || a === b || ws[i + 1].start - ws[i].end !== 1 || /['’]s$/.test(ws[i].token.text) || index.roster.has(a) || index.roster.has(b)) continue;
      (after.get(a) ?? after.set(a, new Set()).get(a)!).add(b);
      (before.get(b) ?? before.set(b, new Set()).get(b)!).add(a);
      paired.set(a, (paired.get(a) ?? 0) + 1);
    }
  // A full name a quote says (`"My name is Shirai Kuroko"`) pairs its two names as well.
  for (const p of prose)
    for (const r of p.analysis.regions) {
      if (r.kind !== 'dialogue') continue;
      for (const m of p.text.slice(r.start, r.end).matchAll(/(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)/gu)) {
        const a = index.byToken.get(m[1]);
        const b = index.byToken.get(m[2]);
        if (!a || !b || a === b || index.roster.has(a) || index.roster.has(b)) continue;
        (after.get(a) ?? after.set(a, new Set()).get(a)!).add(b);
        (before.get(b) ?? before.set(b, new Set()).get(b)!).add(a);
      }
    }
  const joined = new Map<string, string>();
  // A full name of three ("Alice Pleasance Liddell"): a given name first, each name only ever
  // with its neighbour, none after or before another; kept by the form the narration writes most.
  for (const [a, bs] of after) {
    const [b] = bs;
    const cs = after.get(b);
    if (bs.size !== 1 || before.has(a) || !cs || cs.size !== 1 || before.get(b)!.size !== 1 || !givenNameGender(a)) continue;
    const [c] = cs;
    if (c === a || after.has(c) || before.get(c)!.size !== 1) continue;
    const keep = [a, b, c].reduce((x, y) => ((count.get(y) ?? 0) > (count.get(x) ?? 0) ? y : x));
    for (const drop of [a, b, c]) {
      if (drop === keep) continue;
      for (const [token, name] of index.byToken) if (name === drop) index.byToken.set(token, keep);
      joined.set(drop, keep);
    }
  }
  for (const [a, bs] of after) {
    const [b] = bs;
    if (joined.has(a) || joined.has(b)) continue;
    // A given name first ("Roy Robards", not a horse's "Fair Quinzaine" or "New York"), or, the
    // surname first ("Shirai Kuroko"), two names the narration also writes each on its own.
    const alone = (count.get(a) ?? 0) > (paired.get(a) ?? 0) && (count.get(b) ?? 0) > (paired.get(a) ?? 0);
    if (bs.size !== 1 || before.get(b)!.size !== 1 || after.has(b) || before.has(a) || !(givenNameGender(a) || alone)) continue;
    const [keep, drop] = (count.get(a) ?? 0) > (count.get(b) ?? 0) ? [a, b] : [b, a];
    for (const [token, name] of index.byToken) if (name === drop) index.byToken.set(token, keep);
    joined.set(drop, keep);
    // "Judith Pierce" kept as Pierce is still a woman by her given name.
    if (keep === b) (index.firstNames ??= new Map()).set(b, a);
  }
  if (joined.size === 0) return;
  for (const ws of words) for (const w of ws) if (w.character && joined.has(w.character)) w.character = joined.get(w.character);
}

/** Given names that are months too: "in May" names nobody. */
const MONTHS = new Set(['april', 'may', 'june', 'august']);

/** Given names the dictionary knows as words that the narration writes capitalized, with the words that write them. */
export type GivenNames = Map<string, { all: number; mid: number; words: Word[] }>;

/** Notes a capitalized narration word no character has yet, when it is a given name. */
function noteGivenName(given: GivenNames, name: string, w: Word): void {
  // The table first, by the word's lowercase: it turns most capitalized words ("The", "He") away.
  const lower = w.token.lower;
  const key = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  if (!givenNameGender(key) || MONTHS.has(key) || lower in TITLES) return;
  if (name.length < 3 || name.slice(1) !== name.slice(1).toLowerCase()) return;
  const n = given.get(name) ?? { all: 0, mid: 0, words: [] };
  n.all++;
  if (!w.token.sentenceStart) n.mid++;
  n.words.push(w);
  given.set(name, n);
}

/**
 * Adds the given names the dictionary knows as words ("Tom", "Charlie", "Frank") when the narration
 * writes them capitalized twice, once at least mid-sentence (`Cady looked at Tom`, `Tom slid open
 * the door`): inferred names leave dictionary words out, but a given name there is a person. The
 * words `narrationWords` noted then name that character.
 */
export function addGivenNames(given: GivenNames, index: CharacterIndex): void {
  for (const [name, n] of given) {
    if (n.all < 2 || n.mid < 1 || index.byToken.has(name)) continue;
    index.byToken.set(name, name);
    for (const w of n.words) w.character = name;
  }
}

/** A narration token of the document, with where it stands. */
export interface Word {
  token: Token;
  /** Document offset. */
  start: number;
  end: number;
  /** The character this word names, if any. */
  character?: string;
  /** Whether the word is one the story uses as a title (`learnTitles`). */
  title?: boolean;
  /** The gender a title before the name gives ("Mrs. Charles"). */
  titleGender?: Gender | null;
  /** Whether a quotation stands between this word and the narration word before it in the paragraph. */
  afterQuote?: boolean;
}

/** The words of a paragraph outside quotations, with the characters they name. */
export function narrationWords(p: Paragraph, index: CharacterIndex, given?: GivenNames): Word[] {
  const out: Word[] = [];
  const tokens = p.analysis.tokens;
  let quoted = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.region !== 'narration' && t.region !== 'emphasis') {
      if (t.region === 'dialogue' && out.length > 0) quoted = true;
      continue;
    }
    const w: Word = { token: t, start: p.start + t.start, end: p.start + t.end };
    if (quoted) w.afterQuote = true;
    quoted = false;
    const c0 = t.text.charCodeAt(0);
    if (!(c0 >= 97 && c0 <= 122)) {
      const folded = foldName(t.text);
      const character = index.byToken.get(folded);
      // "Lord Voldemort": a title before a capitalized word is a title, even when it is someone's name too.
      const next = tokens[i + 1];
      if (index.titles?.has(folded)) w.title = true;
      const titled = (t.lower in TITLES || w.title === true) && next !== undefined && /^\p{Lu}/u.test(next.text) && next.start - t.end <= 2;
      // "St. Peter's", "St. Mungo's": a saint's name names a place or a saint, no one in the story.
      const saint = i > 0 && tokens[i - 1].lower === 'st' && t.start - tokens[i - 1].end <= 2;
      if (character && !titled && !saint) {
        w.character = character;
        const prev = out[out.length - 1];
        if (prev && prev.end >= w.start - 3 && prev.token.lower in TITLES) w.titleGender = TITLES[prev.token.lower];
        // The title covers the whole name: "Mrs. Gertrude Parker" makes Parker a woman too.
        else if (prev?.titleGender && prev.end >= w.start - 1) w.titleGender = prev.titleGender;
      } else if (!character && given && c0 >= 65 && c0 <= 90 && t.region === 'narration') noteGivenName(given, folded, w);
    }
    out.push(w);
  }
  return out;
}

// "Waddell, the newspaperman, was…": an appositive names whom an epithet stands for.
const APPOSITIVE = /(\p{Lu}[\p{L}\p{M}'’-]+), (?:the|a|an) (?:[\p{L}-]+ ){0,2}([\p{L}-]+)[,.;]/gu;

// "I am Veldora the Storm Dragon!", "you, Tanya the demon!": a name, "the", up to two words and a noun, then a stop.
const NAME_THE = /(\p{Lu}[\p{L}\p{M}'’-]+) the (?:[\p{L}-]+ ){0,2}?([\p{L}-]+)(?=[!,.;?…"”])/gu;

/**
 * What the story's epithets stand for: "the newspaperman" from an appositive, and a capitalized
 * one ("the German") from the character last named before the narration first calls someone so.
 */
export function learnEpithets(prose: readonly Paragraph[], words: Word[][], index: CharacterIndex, genders?: Map<string, Gender>): Map<string, string> {
  const out = new Map<string, string>();
  prose.forEach((p) => {
    APPOSITIVE.lastIndex = 0;
    for (let m = APPOSITIVE.exec(p.text); m; m = APPOSITIVE.exec(p.text)) {
      const name = index.byToken.get(foldName(m[1]));
      const noun = m[2].toLowerCase();
      if (name && !out.has(noun)) out.set(noun, name);
    }
  });
  // "I am Veldora the Storm Dragon!", "I'm Rimuru the slime!": a name and its epithet with no comma
  // between, a noun for a person that gives no sex ("the man" after a name is as often someone else:
  // `Tell Joe the man left.`).
  prose.forEach((p) => {
    NAME_THE.lastIndex = 0;
    for (let m = NAME_THE.exec(p.text); m; m = NAME_THE.exec(p.text)) {
      const name = index.byToken.get(foldName(m[1]));
      const noun = m[2].toLowerCase();
      if (name && PERSON_NOUNS.has(noun) && !(noun in GENDERED_NOUNS) && !out.has(noun)) out.set(noun, name);
    }
  });
  learnPredicates(prose, index, out);
  let last: { name: string; at: number } | undefined;
  // The last character of each gender, for "Ryan asked. He was the captain".
  const lastOf: Partial<Record<Gender, { name: string; at: number }>> = {};
  let n = 0;
  const capitalized = new Set<string>();
  for (const ws of words) {
    for (let i = 0; i < ws.length; i++, n++) {
      const w = ws[i];
      if (w.character && ws[i - 1]?.token.lower !== 'the') {
        last = { name: w.character, at: n };
        const g = genders?.get(w.character);
        if (g) lastOf[g] = last;
      }
      if (w.token.sentenceStart && ws[i + 1]?.token.lower === 'was' && ws[i + 2]?.token.lower === 'the' && ws[i + 3]) {
        const g = w.token.lower === 'he' ? 'he' : w.token.lower === 'she' ? 'she' : undefined;
        const noun = ws[i + 3].token.lower;
        const who = g && lastOf[g];
        if (!out.has(noun) && who && n - who.at <= 40 && ws[i + 4]?.token.lower !== 'of') out.set(noun, who.name);
      }
      const next = ws[i + 1];
      if (w.token.lower === 'the' && w.token.sentenceStart && next && /^\p{Lu}/u.test(next.token.text)) {
        const noun = next.token.lower;
        if (!out.has(noun) && last && n - last.at <= 40) {
          out.set(noun, last.name);
          capitalized.add(noun);
        }
      }
    }
  }
  dropCalledEpithets(prose, words, index, out, capitalized);
  return out;
}

// "Ino was a blonde.", "Rimuru is the demon lord": a name, "was" or "is", an article, up to two words and a noun, then a stop.
const NAME_WAS = /(\p{Lu}[\p{L}\p{M}'’-]+) (?:was|is) (?:a|an|the) (?:[\p{L}-]+ ){0,2}?([\p{L}-]+)(?=[!,.;?…])/gu;

/**
 * The epithets the story's predicates give one character each (`Ino was a blonde.`): a noun for a
 * person or a look that gives no sex ("Harry was a boy" says nothing of who "the boy" is), and only
 * when the story says it of no one else (`Tanya was a demon.` and `Noir was a demon.` tell neither).
 */
function learnPredicates(prose: readonly Paragraph[], index: CharacterIndex, out: Map<string, string>): void {
  const said = new Map<string, Set<string>>();
  for (const p of prose) {
    NAME_WAS.lastIndex = 0;
    for (let m = NAME_WAS.exec(p.text); m; m = NAME_WAS.exec(p.text)) {
      const name = index.byToken.get(foldName(m[1]));
      const noun = m[2].toLowerCase();
      if (!name || !(PERSON_NOUNS.has(noun) || LOOKS.has(noun)) || noun in GENDERED_NOUNS) continue;
      (said.get(noun) ?? said.set(noun, new Set()).get(noun)!).add(name);
    }
  }
  for (const [noun, names] of said) if (names.size === 1 && !out.has(noun)) out.set(noun, [...names][0]);
}

/**
 * Drops a capitalized epithet learned from the last one named where a paragraph that uses it has a
 * quote calling that one by name: `"…, Officer Kuroko. …," The Officer said over the earpiece` is
 * someone else, whom the story never names.
 */
function dropCalledEpithets(prose: readonly Paragraph[], words: Word[][], index: CharacterIndex, out: Map<string, string>, nouns: Set<string>): void {
  words.forEach((ws, pi) => {
    for (let i = 0; i + 1 < ws.length; i++) {
      const noun = ws[i + 1].token.lower;
      if (ws[i].token.lower !== 'the' || !nouns.has(noun) || !/^\p{Lu}/u.test(ws[i + 1].token.text)) continue;
      const name = out.get(noun);
      if (name !== undefined && callsIn(prose[pi], name, index)) out.delete(noun);
    }
  });
}

/** Whether a quote of the paragraph calls `name` by name. */
function callsIn(p: Paragraph | undefined, name: string, index: CharacterIndex): boolean {
  if (!p) return false;
  return p.analysis.regions.some((r) => r.kind === 'dialogue' && addressee(p, { start: p.start + r.start, end: p.start + r.end }, index) === name);
}

// A greeting or an answer that opens a quote and calls someone without a comma: `"Hello Fluttershy,`, `"Alright Misaka,`, `"Yes Uncle Vernon"`.
const GREETING =
  /^["“]\s*(?:hello|hi|hey|yes|no|alright|okay|ok|thanks|thank you|goodbye|bye|good morning|good night|goodnight|morning|sorry|please)\s+(?:(\p{L}+)\.?\s+)?$/iu;

/** Whom a quote addresses by name: `"Eat something, Scotty."`, `"Scotty, listen."`. */
export function addressee(p: Paragraph, quote: { start: number; end: number }, index: CharacterIndex, epithets?: Map<string, string>): string | undefined {
  const text = p.text;
  for (const t of p.analysis.tokens) {
    if (p.start + t.end > quote.end) break;
    if (p.start + t.start < quote.start) continue;
    const c = t.text.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    // "What is the next step, Captain?": a title alone calls whom the story calls by it ("the Captain").
    const name = index.byToken.get(foldName(t.text)) ?? (t.lower in TITLES ? epithets?.get(t.lower) : undefined);
    if (!name) continue;
    let before = text.slice(Math.max(0, t.start - 2), t.start);
    const after = text.slice(t.end, t.end + 1);
    // ", Mr. Partlow.": the title before the name stands where the comma would.
    const titled = /,\s+(\p{L}+)\.?\s$/u.exec(text.slice(Math.max(0, t.start - 16), t.start));
    if (titled && titled[1].toLowerCase() in TITLES) before = ', ';
    // ", Scotty." / ", Scotty?" / ", Scotty," and a quote that opens with "Scotty, …".
    if (/,\s$/.test(before) && /^[,.!?"”—-]/.test(after)) return name;
    // `"Wait. Frenda, you said…"`: a name opening a sentence of the quote with a comma, and no list
    // of names (`"Frenda, Misaka and I…"`).
    if (/["“]$/.test(before) && after === ',') return name;
    // After one space or two (`"Right!  Ilandra, start grabbing fate strands!"`).
    if (/[.!?…]\s{1,2}$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && after === ',' && !/^,\s*\p{Lu}/u.test(text.slice(t.end, t.end + 3)))
      return name;
    // `"Hello Fluttershy, would you…"`, `"Yes Uncle Vernon"`: a title between them only.
    const greeting = GREETING.exec(text.slice(quote.start - p.start, t.start));
    if (greeting && (!greeting[1] || greeting[1].toLowerCase() in TITLES) && (after === '' || /^[,.!?…"”—–-]/.test(after))) return name;
    // `"Nyano!  Your boomerang, has it always returned to you?"`: a name called out before the rest of the quote.
    if (/["“]$/.test(before) && /^!\s+\p{Lu}/u.test(text.slice(t.end, t.end + 4)) && (!index.narrated || index.narrated.has(name) || index.roster.has(name)))
      return name;
    // `"Tanya I was wondering, how long…"`, `"Eiga I'm afraid you'll have to…"`: a name opening the quote before its "I" or "you", no comma.
    // Someone the narration names or the roster has: not `"What'd you…"`.
    if (
      /["“]$/.test(before) &&
      /^\s(?:I|I['’](?:m|ve|d|ll)|you)\s/u.test(text.slice(t.end, t.end + 6)) &&
      (index.narrated?.has(name) || index.roster.has(name))
    )
      return name;
    // A quote that is only the name: "Ekstrohm?" Ryan insisted, `"Pinkie…"`. Not a word found only in quotes
    // and on no roster: `"Uhhu", she said` is an interjection.
    if (/["“]$/.test(before) && /^[.!?…]*["”]/.test(text.slice(t.end, t.end + 4)) && (!index.narrated || index.narrated.has(name) || index.roster.has(name)))
      return name;
  }
  return undefined;
}
