/** Speaker tags and beats: the subject a tag or an action beat gives a quotation. */

import { isPhrasalSpeechVerb, isPureSpeechVerb } from '../data/speech-verbs';
import type { Word } from './cast';
import type { Owner } from './epithets';
import { BASE_SPEECH, BEAT_OPENERS, DETERMINERS, isAdverb, isTagVerb, KIN_GENDER, PERSON_NOUNS, SUBJECT_PRONOUNS, TITLES, WRITING } from './lexicon';
import { properEpithetAt } from './proper-epithets';
import { OBJECT_BEFORE, PHRASE_ENDS } from './tag-words';

/** A tag's subject: a character, a pronoun to resolve, or someone who is not a character. */
export type Subject =
  | { kind: 'name'; name: string }
  | { kind: 'pronoun'; pronoun: string; at: number }
  | { kind: 'epithet'; noun: string; at: number; of?: Owner }
  | { kind: 'other' };

/** Words at most of a noun phrase whose last word, a name, is a tag's subject: `the timid voice of the rearguard Sachi speaks`. */
const NAMED_PHRASE = 6;

/** Words after which a name is an object, not a subject: `the girl beside Sachi said`, `shocked at Sachi saying`; the prepositions, and "and", "or". */
export const NOT_SUBJECT_BEFORE = new Set([...OBJECT_BEFORE, 'and', 'or']);

/**
 * Whether words `i` to `i + k` are one noun phrase ending in a name: no conjunction, and no
 * punctuation but around the name (`the Black Swordsman, Kirito,`), so not `The wind rose, and far
 * away Miroku laughed`.
 */
function onePhrase(ws: Word[], i: number, k: number): boolean {
  for (let m = i + 1; m < i + k; m++) if (CLAUSE_START.has(ws[m].token.lower) || ws[m].start - ws[m - 1].end > 1) return false;
  return true;
}

/** The subject a word starts, if it can be one: a name, a title and a name, a pronoun, "the doctor". */
export function subjectAt(ws: Word[], i: number): { subject: Subject; length: number } | undefined {
  const w = ws[i];
  if (!w) return undefined;
  const lower = w.token.lower;
  if (lower in TITLES || w.title) {
    const next = ws[i + 1];
    if (next?.character) return { subject: { kind: 'name', name: next.character }, length: 2 };
    if (next && /^\p{Lu}/u.test(next.token.text)) return { subject: { kind: 'other' }, length: 2 };
  }
  // A relation of someone: "his mother said", "Harry's father asked".
  const kin = ws[i + 1];
  if (kin && kin.token.lower in KIN_GENDER && /^\p{Ll}/u.test(kin.token.text) && !kin.token.sentenceStart) {
    const owner = lower === 'his' ? 'he' : lower === 'her' ? 'she' : undefined;
    if (owner || (w.character && /['’]s$/.test(w.token.text))) {
      // "Harry's father, Professor Michael Verres-Evans, rolled his eyes": the name beside it is his.
      let n = i + 2;
      if (ws[n] && (ws[n].token.lower in TITLES || ws[n].title) && ws[n + 1]?.character) n++;
      if (ws[n]?.character && !ws[n].token.sentenceStart) return { subject: { kind: 'name', name: ws[n].character! }, length: n - i + 1 };
      return {
        subject: { kind: 'epithet', noun: kin.token.lower, at: kin.start, of: owner ? { pronoun: owner, at: w.start } : { name: w.character, at: w.start } },
        length: 2,
      };
    }
  }
  // "said Percy's driver": someone of a character's is not that character.
  if (w.character && /['’]s$/.test(w.token.text) && kin && kin.start - w.end === 1 && PERSON_NOUNS.has(kin.token.lower) && /^\p{Ll}/u.test(kin.token.text))
    return { subject: { kind: 'other' }, length: 2 };
  // A title that is a character's name of its own: "Tom Lord" in `"No," Lord said`.
  if (w.character) return { subject: { kind: 'name', name: w.character }, length: 1 };
  // A relation the story linked to a character (`linkRelations`): "my mother said".
  if ((lower === 'my' || lower === 'our') && ws[i + 1]?.character && /^\p{Ll}/u.test(ws[i + 1].token.text))
    return { subject: { kind: 'name', name: ws[i + 1].character! }, length: 2 };
  if (lower in TITLES) return { subject: { kind: 'other' }, length: 1 };
  // A capitalized word no list knows right before a character's name is that name's title or
  // first name: `Chief Moore cut in`, `said Doc Abel`.
  const next = ws[i + 1];
  if (
    next?.character &&
    /^\p{Lu}\p{Ll}+$/u.test(w.token.text) &&
    next.start - w.end === 1 &&
    !SUBJECT_PRONOUNS.has(lower) &&
    !DETERMINERS.has(lower) &&
    !BEAT_OPENERS.has(lower)
  )
    return { subject: { kind: 'name', name: next.character }, length: 2 };
  // "she'd cry", "he'll say": the pronoun of a contraction.
  // "Somebody yelled", "someone said": a person the text does not name.
  if (INDEFINITES.has(lower)) return { subject: { kind: 'other' }, length: 1 };
  const bare = lower.replace(/['’](?:d|ll)$/, '');
  if (SUBJECT_PRONOUNS.has(bare)) return { subject: { kind: 'pronoun', pronoun: bare, at: w.start }, length: 1 };
  // "the Mad Hatter", "the Cat": a capitalized epithet the story made a name (`addProperEpithets`).
  const proper = properEpithetAt(ws, i);
  if (proper) return { subject: { kind: 'name', name: proper.name }, length: proper.length };
  if (DETERMINERS.has(lower) && ws[i + 1] && !isTagVerb(ws[i + 1].token.lower)) {
    // "the doctor said", "the old man asked": up to three words of a noun phrase; "the timid
    // voice of the rearguard Sachi speaks", "the Black Swordsman, Kirito, shouts": a name right
    // before the verb, up to six words in, is the speaker's.
    for (let k = 1; k <= NAMED_PHRASE && ws[i + k] && !ws[i + k].token.sentenceStart; k++) {
      if (k > 1 && PHRASE_ENDS.has(ws[i + k].token.lower)) break;
      if (!isTagVerb(ws[i + k + 1]?.token.lower ?? '')) continue;
      const named = ws[i + k];
      if (named.character && !/['’]s$/.test(named.token.text) && !NOT_SUBJECT_BEFORE.has(ws[i + k - 1].token.lower) && onePhrase(ws, i, k))
        return { subject: { kind: 'name', name: named.character }, length: k + 1 };
      if (k > 3) break;
      return { subject: lower === 'the' ? { kind: 'epithet', noun: ws[i + k].token.lower, at: ws[i + k].start } : { kind: 'other' }, length: k + 1 };
    }
  }
  if (/^\p{Lu}/u.test(w.token.text) && !w.token.sentenceStart) return { subject: { kind: 'other' }, length: 1 };
  return undefined;
}

/** An unnamed person a word starts, "the clerk", "the night clerk's", "a tall woman": the noun and where it stands. */
export function personAt(ws: Word[], i: number): { noun: string; at: number } | undefined {
  const lower = ws[i]?.token.lower;
  if (lower !== 'the' && lower !== 'a' && lower !== 'an') return undefined;
  for (let k = i + 1; k <= i + 2 && ws[k] && !ws[k].token.sentenceStart; k++) {
    const noun = ws[k].token.lower.replace(/['’]s$/, '');
    if (PERSON_NOUNS.has(noun)) return { noun, at: ws[k].start };
  }
  return undefined;
}

/** The verbs of `to allow the girl to respond`, `let him answer`: the one they take speaks. */
const ALLOWING = new Set(['allow', 'allows', 'allowed', 'allowing', 'let', 'lets', 'letting', 'permit', 'permitted', 'invite', 'invited', 'inviting']);

/** The speech verbs of `to allow the girl to respond`, with `respond`, which alone makes no tag (`doesn't respond`). */
const ALLOWED_TO = new Set([...BASE_SPEECH, 'respond']);

/** The one a sentence ending `allow X to respond` lets speak, when `j` is that verb. */
function allowedSpeaker(ws: Word[], j: number, first: number): Subject | undefined {
  if (!ALLOWED_TO.has(ws[j].token.lower) || ws[j - 1]?.token.lower !== 'to') return undefined;
  for (let k = j - 3; k >= first && k >= j - 5; k--) {
    if (!ALLOWING.has(ws[k].token.lower)) continue;
    const agent = ws.slice(k + 1, j - 1);
    if (agent.length === 1 && agent[0].character) return { kind: 'name', name: agent[0].character };
    const pronoun = agent.length === 1 ? OBJECT_PRONOUNS[agent[0].token.lower] : undefined;
    if (pronoun) return { kind: 'pronoun', pronoun, at: agent[0].start };
    const noun = agent[agent.length - 1];
    if (agent.length > 1 && agent[0].token.lower === 'the' && PERSON_NOUNS.has(noun.token.lower))
      return { kind: 'epithet', noun: noun.token.lower, at: noun.start };
    return undefined;
  }
  return undefined;
}

/** Where a quotation stands among a paragraph's words. */
export interface QuoteSpot {
  start: number;
  end: number;
  /** Index in the paragraph's narration words of the first word after the quote. */
  after: number;
}

/** A tag right after the quote: `"Stop," said Sango`, `"Stop," Sango said`, `"Stop," she softly said`. */
export function tagAfter(ws: Word[], q: QuoteSpot, text: string, pStart: number, nextQuote: number): Subject | undefined {
  const i = q.after;
  const first = ws[i];
  if (!first || first.start >= nextQuote) return undefined;
  // Only punctuation and space between the quote and the tag.
  if (!/^[\s,;:.!?—–-]*$/.test(text.slice(q.end - pStart, first.start - pStart))) return undefined;
  // After a full stop a new sentence begins: only a verb that can report nothing but speech makes it
  // a tag (`"Stop." She said.`); `"Stop." He thought about it` is narration.
  // A quote's own "!" or "?" ends no sentence of the narration before a name or a pronoun: `"Hey!" Mr. Jack cried`.
  const bang = /[!?][”"’']?[!?]*\s*$/.test(text.slice(Math.max(0, q.end - pStart - 2), first.start - pStart));
  const who = bang ? subjectAt(ws, i)?.subject.kind : undefined;
  // Nor before a word in lower case, which goes on the sentence: `"Albert, no!" cried Akane.`
  const goesOn = bang && /^\p{Ll}/u.test(first.token.text);
  const pureOnly = first.token.sentenceStart && who !== 'name' && who !== 'pronoun' && !goesOn;
  const verbOk = (lower: string) => (pureOnly ? isPureSpeechVerb(lower) || BASE_SPEECH.has(lower) : isTagVerb(lower));
  const within = (k: number) => ws[k] !== undefined && ws[k].start < nextQuote && (k === i || !ws[k].token.sentenceStart);
  const gap = (m: number) => text.slice(ws[m - 1].end - pStart, ws[m].start - pStart);
  // `cut in`, `broke in`: a speech verb of two words; after a full stop only where the clause ends
  // with it (`"Stop." He cut in.`, not `He put in the key`).
  const phrasal = (k: number) =>
    within(k + 1) && isPhrasalSpeechVerb(ws[k].token.lower, ws[k + 1].token.lower) && (!pureOnly || !within(k + 2) || /[,.;!?]/.test(gap(k + 2)));
  const inverted = verbOk(first.token.lower) ? 1 : within(i + 1) && isPhrasalSpeechVerb(first.token.lower, ws[i + 1].token.lower) ? 2 : 0;
  if (inverted && within(i + inverted)) {
    const v = i + inverted;
    // "Asked a red-haired girl named Ceecee Witter": a description that names the speaker.
    const named = DETERMINERS.has(ws[v].token.lower) ? namedIn(ws, v + 1, within, gap) : undefined;
    if (named) return named;
    const s = subjectAt(ws, v);
    // `"What?" Cut in Sam.`: after a full stop, a verb of two words only before a name or a pronoun.
    if (inverted === 2 && pureOnly) return s && (s.subject.kind === 'name' || s.subject.kind === 'pronoun') ? s.subject : undefined;
    if (s) return s.subject;
    // "said the doctor", "asked a voice"
    if (ws[v].token.lower === 'the' && ws[v + 1]) return { kind: 'epithet', noun: ws[v + 1].token.lower, at: ws[v + 1].start };
    if (DETERMINERS.has(ws[v].token.lower)) return { kind: 'other' };
    return undefined;
  }
  const voiced = voiceOf(ws, i, within);
  if (voiced) return voiced;
  const s = subjectAt(ws, i);
  if (!s) return undefined;
  let k = i + s.length;
  // "Buzz's voice said": the voice is Buzz's.
  if (s.subject.kind === 'name' && /['’]s$/.test(ws[k - 1].token.text) && within(k) && VOICE.has(ws[k].token.lower)) k++;
  // The rest of a full name: `Charlie Haydon, a pitcher, said`.
  while (s.subject.kind === 'name' && k < i + 3 && within(k) && /^\p{Lu}/u.test(ws[k].token.text) && !gap(k).includes(',')) k++;
  // An apposition between the subject and its verb: `"No," Sam, the old painter, said`.
  if (within(k) && gap(k).includes(',')) {
    for (let m = k + 1; m <= k + 6 && within(m); m++) {
      if (!gap(m).includes(',')) continue;
      if (verbOk(ws[m].token.lower) || phrasal(m)) return s.subject;
      break;
    }
  }
  while (within(k) && isAdverb(ws[k].token.lower) && !isTagVerb(ws[k].token.lower)) k++;
  if (within(k) && (verbOk(ws[k].token.lower) || phrasal(k))) return s.subject;
  return subordinateTag(ws, i, within);
}

/**
 * `"Misaka," the panicked voice of Kinuhata Saiai comes through the speaker, "…"`: a voice of
 * someone right after the quote, in the same sentence, is theirs whatever it does.
 */
function voiceOf(ws: Word[], i: number, within: (k: number) => boolean): Subject | undefined {
  if (ws[i].token.lower !== 'the' || ws[i].token.sentenceStart) return undefined;
  for (let m = i + 1; m <= i + 3 && within(m + 2); m++) {
    if (!VOICE.has(ws[m].token.lower) || ws[m + 1].token.lower !== 'of') continue;
    // A full name, surname first (`Kinuhata Saiai`): whichever part the story knows.
    const next = ws[m + 3];
    const who = ws[m + 2].character ?? (next && next.start - ws[m + 2].end <= 1 && within(m + 3) ? next.character : undefined);
    return who ? { kind: 'name', name: who } : undefined;
  }
  return undefined;
}

/** Words at most before the "as" of a subordinate tag: `Kirito's face tenses up as Sachi asks`. */
const SUBORDINATE_WORDS = 8;

/**
 * A tag in a subordinate clause of the sentence after the quote: `"Really?" Kirito's face tenses
 * up as Sachi asks that question`: who asks speaks, not the one whose face tenses.
 */
function subordinateTag(ws: Word[], i: number, within: (k: number) => boolean): Subject | undefined {
  for (let m = i; m <= i + SUBORDINATE_WORDS && within(m + 1); m++) {
    const lower = ws[m].token.lower;
    if (lower !== 'as' && lower !== 'while') continue;
    const s = subjectAt(ws, m + 1);
    if (!s || (s.subject.kind !== 'name' && s.subject.kind !== 'pronoun')) return undefined;
    let k = m + 1 + s.length;
    while (within(k) && isAdverb(ws[k].token.lower) && !isTagVerb(ws[k].token.lower)) k++;
    return within(k) && isTagVerb(ws[k].token.lower) && !/ing$/.test(ws[k].token.lower) ? s.subject : undefined;
  }
  return undefined;
}

/** Words that give a described person's name: `a red-haired girl named Ceecee`. */
const NAMING = new Set(['named', 'called']);

/** The character a description names within its first words: `red-haired girl named Ceecee Witter`. */
function namedIn(ws: Word[], from: number, within: (k: number) => boolean, gap: (m: number) => string): Subject | undefined {
  for (let k = from; k < from + 5 && within(k + 1); k++) {
    // A comma or a dash ends the description: `asked a girl, named for her aunt, …` is no name.
    if (k > from && /[,;:—–-]/.test(gap(k))) return undefined;
    if (NAMING.has(ws[k].token.lower)) return ws[k + 1].character ? { kind: 'name', name: ws[k + 1].character! } : undefined;
  }
  return undefined;
}

/** The writing verbs that may be reading too ("She read it and said"). */
const READING = new Set(['read', 'reads', 'signed']);

/** Words after which a clause, with its own subject, begins. */
const CLAUSE_START = new Set(['and', 'but', 'then', 'when', 'as', 'while']);

/** People a tag leaves unnamed. */
const INDEFINITES = new Set(['somebody', 'someone', 'everybody', 'everyone', 'nobody', 'anybody', 'anyone']);

/** The subject pronoun of an object pronoun: `for her to say` is `she says`. */
const OBJECT_PRONOUNS: Record<string, string> = { her: 'she', him: 'he' };

/** What a beat's subject may be a part of: "his voice grew hard", "her face fell", "his eyes narrowed". */
const BODY = new Set([
  'voice',
  'face',
  'eyes',
  'eye',
  'mouth',
  'lips',
  'smile',
  'glance',
  'gaze',
  'jaw',
  'brows',
  'brow',
  'tone',
  'expression',
  'hand',
  'hands',
  'head',
  'shoulders',
  'cheeks',
]);

/** Nouns for someone's speech: `Sam's voice: "…"`. */
const VOICE = new Set(['voice', 'words', 'reply', 'answer', 'question']);

/** A tag that introduces the quote: `Scotty said, "…"`, `She turned and asked him: "…"`. */
export function tagBefore(ws: Word[], q: QuoteSpot, text: string, pStart: number, prevQuoteEnd: number): Subject | undefined {
  const before = text.slice(0, q.start - pStart).trimEnd();
  if (!/[,:]$/.test(before) && !/\b(?:said|says|asked|asks)$/i.test(before)) return undefined;
  // The words of the sentence that ends at the quote.
  const j = q.after - 1;
  if (j < 0 || ws[j].end <= prevQuoteEnd) return undefined;
  let first = j;
  while (first > 0 && !ws[first].token.sentenceStart && ws[first - 1].end > prevQuoteEnd) first--;
  // The last speech verb of the sentence, in its last eight words.
  let verb = -1;
  for (let k = j; k >= first && k >= j - 15; k--) {
    if (isTagVerb(ws[k].token.lower)) {
      verb = k;
      break;
    }
    // `Sam broke in, "…"`: a speech verb of two words.
    if (k > first && isPhrasalSpeechVerb(ws[k - 1].token.lower, ws[k].token.lower)) {
      verb = k - 1;
      break;
    }
  }
  // `to allow the demon girl to respond, "…"`, `inviting him to answer`: the one allowed speaks.
  const allowed = allowedSpeaker(ws, j, first);
  if (allowed) return allowed;
  if (verb < 0) {
    // `He imagined Sam's voice: "George, what goes on?"`: the voice is the speaker's.
    for (let k = j; k > first && k >= j - 3; k--)
      if (VOICE.has(ws[k].token.lower) && ws[k - 1].character && /['’]s$/.test(ws[k - 1].token.text)) return { kind: 'name', name: ws[k - 1].character! };
    // `and wrote slowly, "Clothes Stand"`, `It read: "Shot in the woods"`: written, not spoken.
    for (let k = j; k >= first && k >= j - 7; k--) if (WRITING.has(ws[k].token.lower)) return { kind: 'other' };
    return undefined;
  }
  // `He scrawled "Sorry" across the note and then added: "Don't you eat?"`: what a writer adds is written.
  for (let k = first; k < verb; k++) if (WRITING.has(ws[k].token.lower) && !READING.has(ws[k].token.lower)) return { kind: 'other' };
  // `he waited for her to say, "…"`: the one waited for speaks.
  if (verb - 3 >= first && ws[verb - 1].token.lower === 'to' && ws[verb - 3].token.lower === 'for') {
    const w = ws[verb - 2];
    if (w.character) return { kind: 'name', name: w.character };
    const pronoun = OBJECT_PRONOUNS[w.token.lower];
    if (pronoun) return { kind: 'pronoun', pronoun, at: w.start };
  }
  // After "and", "then" or a comma: `when he woke up, his father was saying, "…"`.
  const clauseStart = (k: number) => CLAUSE_START.has(ws[k - 1].token.lower) || text.slice(ws[k - 1].end - pStart, ws[k].start - pStart).includes(',');
  // `Kuroko was the first to answer, "…"`, `Misaka decided to speak, "…"`: an infinitive's subject
  // is the sentence's, the nearest name or pronoun before it (not "the first").
  const infinitive = ws[verb - 1]?.token.lower === 'to';
  // Its subject: the nearest subject before the verb in the sentence ("Rachel, observing, would say").
  for (let k = verb - 1; k >= first; k--) {
    const s = subjectAt(ws, k);
    // `Rarity turned to Fluttershy and said`: a name after a preposition is its object.
    if (s?.subject.kind === 'name' && k > first && OBJECT_BEFORE.has(ws[k - 1].token.lower)) continue;
    // `Kuroko, hearing the instructions, answers`: what a participle takes is its object.
    if (
      s &&
      s.subject.kind !== 'name' &&
      s.subject.kind !== 'pronoun' &&
      (infinitive || (k > first && /ing$/.test(ws[k - 1].token.lower) && !ws[k - 1].character))
    )
      continue;
    // "Rachel's or Virginia's reply:" names two people, so neither surely.
    if (s && s.subject.kind === 'name' && k > first && ws[k - 1].token.lower === 'or') return { kind: 'other' };
    // "the California journalist who reported": a name between an article and a noun is no one's, and the noun's person speaks.
    if (
      s?.subject.kind === 'name' &&
      k > first &&
      DETERMINERS.has(ws[k - 1].token.lower) &&
      /^\p{Ll}/u.test(ws[k + s.length]?.token.text ?? '') &&
      k + s.length < verb
    )
      continue;
    // Someone who is no character right before the verb, opening a clause, is the subject too:
    // `and then her mother said, "…"` (not `he put down his knife and said`).
    // `Kirito was shocked at Sachi saying that word, "…"`: the one spoken of is not the speaker.
    if (
      s &&
      s.subject.kind !== 'other' &&
      k + s.length === verb &&
      /ing$/.test(ws[verb].token.lower) &&
      k > first &&
      NOT_SUBJECT_BEFORE.has(ws[k - 1].token.lower)
    )
      return undefined;
    if (s && (s.subject.kind !== 'other' || k === first || (k + s.length === verb && DETERMINERS.has(ws[k].token.lower) && clauseStart(k)))) return s.subject;
  }
  // `The old gal stared at me with her hard eyes, said, "…"`: someone unnamed whose sentence it
  // is, read as the pronoun the noun gives would be at the sentence's start (not past the noun).
  const person = personAt(ws, first);
  return person ? { kind: 'epithet', noun: person.noun, at: ws[first].start } : undefined;
}

/** Words at most of a leading adverbial phrase: `Barely having enough time to think, Kirito grabs`. */
const LEADING_WORDS = 8;

/** Where the subject after a sentence's leading phrase stands (`Barely having…, Kirito`), if it opens with an adverb or a participle. */
function leadingPhraseEnd(ws: Word[], k: number): number | undefined {
  const w = ws[k];
  if (!w || w.character || !w.token.sentenceStart) return undefined;
  // `After she left, Frenda had a deadpan stare`: a leading clause of time, and the phrases after it
  // (`After a good 30 seconds of silence, with noticeable tension, Misaka decided`).
  const clause = LEADING_CLAUSE.has(w.token.lower);
  if (!clause && !/(?:ly|ing)$/.test(w.token.lower)) return undefined;
  for (let m = k + 1; m <= k + LEADING_WORDS && ws[m] && !ws[m].token.sentenceStart; m++)
    // A gap wider than one space is punctuation: the phrase's comma.
    if (ws[m].start - ws[m - 1].end > 1) {
      if (!clause || !(LEADING_CLAUSE.has(ws[m].token.lower) || LEADING_PHRASE.has(ws[m].token.lower))) return m;
      k = m;
    }
  return undefined;
}

/** Words that open a leading clause or phrase of time or manner before a sentence's subject. */
const LEADING_CLAUSE = new Set(['after', 'before', 'when', 'while', 'once', 'upon', 'as']);
/** A phrase after a leading clause (not one alone: `With a swift swoop of his arms, he grabbed Sally` is no beat of a song's line). */
const LEADING_PHRASE = new Set(['with', 'without']);

/** The words of place that open a sentence whose subject comes after its verb of coming: `From behind Kaijin approached`. */
const FRONTED_PLACE = new Set(['from', 'behind', 'beside', 'inside', 'outside', 'nearby', 'around', 'through', 'across', 'out', 'in']);
/** Verbs of coming a fronted place puts before their subject. */
const COMING = new Set(['approached', 'appeared', 'came', 'emerged', 'stepped', 'walked', 'strode', 'entered', 'arrived', 'ran', 'rushed', 'jumped']);
/** Particles a verb of coming may take before the sentence goes on. */
const COMING_PARTICLES = new Set(['in', 'out', 'up', 'over', 'forward', 'through', 'by']);

/**
 * The name a fronted phrase of place leaves before its verb of coming, the verb ending its clause
 * (`From behind Kaijin approached, smirking, "Hey Rimuru"`): the one who comes. Not `From behind
 * Kaijin came a voice`, where the subject follows the verb.
 */
function invertedSubject(ws: Word[], k: number): string | undefined {
  if (!ws[k] || !ws[k].token.sentenceStart || !FRONTED_PLACE.has(ws[k].token.lower)) return undefined;
  for (let m = k + 1; m <= k + 3 && ws[m + 1] && !ws[m + 1].token.sentenceStart; m++) {
    const w = ws[m];
    if (!w.character) {
      if (ws[m].start - ws[m - 1].end > 1 || /^\p{Lu}/u.test(w.token.text)) return undefined;
      continue;
    }
    const verb = ws[m + 1];
    if (!COMING.has(verb.token.lower) || verb.start - w.end !== 1) return undefined;
    let end = m + 1;
    if (ws[end + 1] && COMING_PARTICLES.has(ws[end + 1].token.lower) && ws[end + 1].start - ws[end].end === 1) end++;
    const after = ws[end + 1];
    return !after || after.token.sentenceStart || after.start - ws[end].end > 1 ? w.character : undefined;
  }
  return undefined;
}

/** Words at most of an epithet before the name set off after it. */
const APPOSITIVE_WORDS = 6;

/**
 * The name set off by commas right after an epithet that opens a sentence (`The older man in the
 * front, Razen, raised his head`): the epithet's own name, the subject. Not a name opening a list
 * (`The boy, Harry and Ron`) nor one the phrase ends on (`The man beside Harry, smiling`).
 */
export function appositiveName(ws: Word[], k: number): string | undefined {
  const w = ws[k];
  if (!w || !DETERMINERS.has(w.token.lower) || !personAt(ws, k)) return undefined;
  for (let m = k + 1; m <= k + APPOSITIVE_WORDS && ws[m + 1] && !ws[m + 1].token.sentenceStart; m++) {
    // A gap wider than one space is punctuation: the phrase's comma.
    if (ws[m].start - ws[m - 1].end <= 1) continue;
    const name = ws[m];
    if (!name.character || /['’]s$/.test(name.token.text)) return undefined;
    // The name may run on (`Razen Blackwood,`), then a comma closes it.
    let e = m;
    while (ws[e + 1] && ws[e + 1].character === name.character && ws[e + 1].start - ws[e].end <= 1) e++;
    const next = ws[e + 1];
    return next && !next.token.sentenceStart && next.start - ws[e].end === 2 && !next.character && next.token.lower !== 'and' ? name.character : undefined;
  }
  return undefined;
}

/** The subject of the narration sentence that starts at word `from`: `Kagome smiled.`, `Frowning, Miss Ada studied`, `Rachel's tone was dry.` */
function sentenceSubject(ws: Word[], from: number): Subject | undefined {
  let k = from;
  if (ws[k] && BEAT_OPENERS.has(ws[k].token.lower)) k++;
  // "Frowning, Miss Ada studied the list.": the subject after a leading participle (not `"Heal",
  // healing Sachi first`, a participle after a quote, whose object Sachi is).
  if (ws[k] && ws[k + 1] && /ing$/.test(ws[k].token.lower) && !ws[k].character && (k === 0 || ws[k].token.sentenceStart)) k++;
  // "Barely having enough time to think, Kirito grabs…": the subject after a leading phrase's comma.
  const lead = leadingPhraseEnd(ws, k);
  if (lead !== undefined) {
    const s = subjectAt(ws, lead);
    if (s && (s.subject.kind === 'name' || s.subject.kind === 'pronoun')) return s.subject;
    // "Before the red one could begin his attack, the pink one stepped in": someone unnamed acts.
    const person = personAt(ws, lead);
    if (person) return { kind: 'epithet', noun: person.noun, at: person.at };
    if (ws[lead]?.token.lower === 'the' && ws[lead + 2]?.token.lower === 'one' && !ws[lead + 2].token.sentenceStart) return { kind: 'other' };
  }
  // "Suddenly his voice grew hard.", "Her face fell.": the owner of a voice or a face acts.
  const owner = OBJECT_PRONOUNS[ws[k]?.token.lower] ?? (ws[k]?.token.lower === 'his' ? 'he' : undefined);
  if (owner && ws[k + 1] && BODY.has(ws[k + 1].token.lower)) return { kind: 'pronoun', pronoun: owner, at: ws[k].start };
  const inverted = invertedSubject(ws, k);
  if (inverted) return { kind: 'name', name: inverted };
  const s = subjectAt(ws, k);
  // "The wrinkled mouth laughed.": a part of someone the sentence does not say is no one else.
  if (s?.subject.kind === 'epithet' && BODY.has(s.subject.noun)) return undefined;
  if (!s || s.subject.kind === 'other' || s.subject.kind === 'epithet') {
    // "The older man in the front, Razen, raised his head": the name set off after the epithet is its.
    const named = appositiveName(ws, k);
    if (named) return { kind: 'name', name: named };
  }
  if (!s || s.subject.kind === 'other') {
    // "Rachel's tone was dry."
    const w = ws[from];
    if (w?.character && /['’]s$/.test(w.token.text)) return { kind: 'name', name: w.character };
    // "The clerk's smile congealed.", "The boy hesitated.": someone unnamed acts.
    const person = personAt(ws, k);
    if (person) return { kind: 'epithet', noun: person.noun, at: person.at };
    // "The angry red face of Ryan greeted him."
    if (w?.token.lower === 'the')
      for (let k = from + 1; k < from + 5 && ws[k + 1] && !ws[k + 1].token.sentenceStart; k++)
        if (ws[k].token.lower === 'of' && ws[k + 1].character) return { kind: 'name', name: ws[k + 1].character! };
    // "Tears were gathering in Petunia's eyes.": whose face or eyes the sentence is about.
    for (let k = from + 1; k < from + 8 && ws[k + 1] && !ws[k + 1].token.sentenceStart; k++)
      if (ws[k].character && /['’]s$/.test(ws[k].token.text) && BODY.has(ws[k + 1].token.lower)) return { kind: 'name', name: ws[k].character! };
    return undefined;
  }
  // "Scotty" at a sentence start must act: a possessive or a verb follows, not "Scotty, come here".
  return s.subject;
}

/**
 * The subject of a narration paragraph's last sentence: who acts last before the next paragraph
 * (`He leaned his head against the paneling. Julia moved past.` / `"I won't be long."`).
 */
export function lastSentenceSubject(ws: Word[]): Subject | undefined {
  let k = ws.length - 1;
  while (k > 0 && !ws[k].token.sentenceStart) k--;
  // `Phil did not answer.` / `"Why not try another club?"`: who keeps silent does not speak next.
  return k >= 0 && !silentOrWriting(ws, k) ? sentenceSubject(ws, k) : undefined;
}

/** The subject of the narration sentence nearest the quote, for a beat: `Kagome smiled. "Hi."`. */
export function beatSubject(ws: Word[], q: QuoteSpot, prevQuoteEnd: number, nextQuote: number, leadsIn = false): Subject | undefined {
  const s = beatBefore(ws, q, prevQuoteEnd, leadsIn);
  if (s) return s;
  // After the quote: the sentence that starts after it.
  const j = q.after;
  if (ws[j] && ws[j].start < nextQuote) return silentOrWriting(ws, j) ? { kind: 'other' } : sentenceSubject(ws, j);
  return undefined;
}

/**
 * The subject of the narration sentence that ends at the quote (`Kirito nods, "…"`), or the one a
 * relative clause running up to the quote with a comma (`leadsIn`) describes: `Sachi throws the item to Klein, who looks
 * bewildered, "You got it?"` is Klein's.
 */
export function beatBefore(ws: Word[], q: QuoteSpot, prevQuoteEnd: number, leadsIn = false): Subject | undefined {
  const j = q.after - 1;
  if (j < 0 || ws[j].end <= prevQuoteEnd) return undefined;
  let first = j;
  while (first > 0 && !ws[first].token.sentenceStart && ws[first - 1].end > prevQuoteEnd) first--;
  if (silentOrWriting(ws, first)) return { kind: 'other' };
  // Only a clause that leads into the quote with a comma or a colon: not `Cady looked at Tom, who
  // had known him for years. "I was just thinking…"`, Cady's.
  for (let m = j; leadsIn && m > first; m--) {
    if (ws[m].token.lower !== 'who' || !ws[m - 1].character || ws[m].start - ws[m - 1].end <= 1) continue;
    // Not `sees a tired Kirito, who she lets in, "…"`: there he is the one let in, not the one who acts.
    const next = ws[m + 1];
    if (next && (next.character || SUBJECT_PRONOUNS.has(next.token.lower))) break;
    return { kind: 'name', name: ws[m - 1].character! };
  }
  return sentenceSubject(ws, first);
}

/** Words that deny an act: "George did not reply", "neither heard nor answered". */
const NEGATIONS = new Set(['not', "didn't", 'didn’t', 'never', 'neither', 'nor']);
/** Verbs of answering a denial makes silent. */
const ANSWERING = new Set(['reply', 'replied', 'answer', 'answered', 'speak', 'spoke', 'say', 'respond', 'responded']);

/**
 * Whether the sentence starting at word `from` says its subject keeps silent (`George did not
 * reply.`) or writes (`He started to type.`): the quote beside it is then nobody's speech.
 */
export function silentOrWriting(ws: Word[], from: number): boolean {
  let negated = false;
  for (let k = from; k < ws.length && k < from + 12 && (k === from || !ws[k].token.sentenceStart); k++) {
    const lower = ws[k].token.lower;
    if (WRITING.has(lower) || lower === 'type' || lower === 'typing' || lower === 'write' || lower === 'writing') return true;
    if (NEGATIONS.has(lower)) negated = true;
    else if (negated && ANSWERING.has(lower)) return true;
  }
  return false;
}
