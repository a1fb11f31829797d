/**
 * A noun phrase as the subject of the verb after it ("The dogs of war is released", "Did the
 * application worked"): where it stands, its head noun, and the head's number, read from the
 * model's vocabulary and Brown's classes (a plural is a noun whose stem is a noun too: "dogs",
 * "boxes", "stories"). The gates of `candidates.ts` weigh a verb's other form only where this
 * finds the subject.
 */

import { BROKEN, COMMA, SENTENCE, STOPS, type Words } from '../patterns';
import { classIndex } from './format';
import type { Neighbours } from './grammar';
import type { ContextModel } from './model';

const NOUN = classIndex('noun');
const NAME = classIndex('name');
const ADJ = classIndex('adj');
const NUMBER = classIndex('number');
const DET = classIndex('det');
const POSS = classIndex('poss');
const PREP = classIndex('prep');
const CS = classIndex('cs');
const WH = classIndex('wh');
const CC = classIndex('cc');
const DO = classIndex('do');
const VB = classIndex('vb');

/** The number of a subject: none found (or none to be sure of), one, more than one. */
export const NO_SUBJECT = 0;
export const SINGULAR = 1;
export const PLURAL = 2;

/** Plurals without an `-s`: their singular is no stem of theirs. */
const IRREGULAR_PLURAL = /^(?:men|women|children|people|feet|teeth|mice|geese|police|cattle)$/;
/** Their singulars, whose plural is no `-s` form the model knows ("the man", not "mans"). */
const IRREGULAR_SINGULAR = /^(?:man|woman|child|person|foot|tooth|mouse|goose)$/;
/**
 * Nouns whose verb follows their sense or the writer's English, not their form: collectives
 * ("the committee are", British), and quantities whose `of`-phrase gives the number ("a lot of
 * people are", "the rest of them were").
 */
const FREE_NUMBER =
  /^(?:team|committee|family|government|staff|crew|crowd|audience|couple|group|public|army|club|class|company|council|jury|majority|minority|band|board|press|lot|lots|number|rest|half|part|plenty|bunch|pair|percent|total|variety|kind|sort|type|series|none|most|all|some|any|each|either|neither|one|dozen|handful|range|set|species|means|news|data|media|remainder|fraction|proportion|amount|quantity|host)$/;
/** Determiners that say the number of the noun after them. */
const SINGULAR_DET = /^(?:a|an|this|that|each|every|another|one)$/;
const PLURAL_DET = /^(?:these|those|many|several|few|both|two|three|four|five|six|seven|eight|nine|ten)$/;
/** "Each dog and each cat is": each subject by itself. */
const EACH = /^(?:each|every|no)$/i;
/** What an `of`-phrase or a short prepositional phrase after the head may open with: "the list of items", "the users from Asia". */
const PHRASE_PREP = /^(?:of|in|from|on|at|with|for)$/;

/** The number of noun `w` (lowercase) by its spelling and the model's nouns, or `NO_SUBJECT` when unsure. */
export function nounNumber(model: ContextModel, w: string): number {
  if (IRREGULAR_PLURAL.test(w)) return PLURAL;
  if (IRREGULAR_SINGULAR.test(w)) return SINGULAR;
  if (FREE_NUMBER.test(w)) return NO_SUBJECT;
  if (w.endsWith('s')) {
    if (/(?:ss|us|is)$/.test(w)) return NO_SUBJECT;
    const stems = w.endsWith('ies') ? [w.slice(0, -3) + 'y', w.slice(0, -1)] : w.endsWith('es') ? [w.slice(0, -1), w.slice(0, -2)] : [w.slice(0, -1)];
    for (const s of stems) if (s.length > 1 && model.classOf(model.id(s)) === NOUN) return PLURAL;
    return NO_SUBJECT;
  }
  // A singular that counts ("dog", not "sheep", "aircraft"): the model knows its plural ("smells" is usually a verb, and a plural too).
  const plural = /(?:s|sh|ch|x|z)$/.test(w) ? w + 'es' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's';
  return model.id(plural) > 0 ? SINGULAR : NO_SUBJECT;
}

/** A subject noun phrase ending at word `end`: where it opens and its head's number. */
interface Phrase {
  start: number;
  number: number;
}

/**
 * The noun phrase ending at word `end` (a noun): its determiner or possessive, adjectives and
 * nouns before the head ("the black dogs", "the oil leak"), or the bare head ("Cars"); the number
 * of its head, the last noun, or of its determiner where it says one.
 */
function phraseAt(model: ContextModel, around: Neighbours, words: Words, end: number, object = false): Phrase | undefined {
  // Before an aside's comma ("My mother, for example,"), the head is looked up by itself.
  if ((words.is(end + 1, BROKEN) ? around.at(end, end) : around.at(end + 1, end)).cls !== NOUN) return undefined;
  let p = end - 1;
  while (p >= 0 && !words.is(p + 1, BROKEN)) {
    const cls = around.at(p + 1, p).cls;
    if (cls !== ADJ && cls !== NOUN && cls !== NUMBER) break;
    p--;
  }
  // "the re are" (a split "there"): a head of two letters is no noun to trust.
  if (words.word(end).length < 3) return undefined;
  const number = nounNumber(model, words.word(end).toLowerCase());
  // "What the country needs is": after a noun, a plural's "-s" may be a verb's.
  if (number === PLURAL && p < end - 1 && around.at(end, end - 1).cls === NOUN) return undefined;
  if (p >= 0 && !words.is(p + 1, BROKEN)) {
    const cls = around.at(p + 1, p).cls;
    if (cls === DET || cls === POSS) {
      const det = words.word(p).toLowerCase();
      // "No need say anything": "no" and its noun are an idiom's as often as a subject.
      if (det === 'no') return undefined;
      if (SINGULAR_DET.test(det) && number === PLURAL) return undefined;
      if (PLURAL_DET.test(det) && number === SINGULAR) return undefined;
      return { start: p, number };
    }
  }
  // Without a determiner, only a plural written in lowercase ("where gases prevents"): a
  // capitalised word may be a name ("Powers was covering"), a number says nothing of its noun
  // ("Thirty years' experience let him know").
  const first = p + 1;
  if (object) return { start: first, number };
  if (number !== PLURAL || /^[^a-z]/.test(words.text[words.start(first)]) || around.at(first + 1, first).cls === NUMBER) return undefined;
  return { start: first, number };
}

/** Whether a subject may open after word `p`: a clause's start ("The dogs", ", the dogs", "whether the dogs", "where gases"). */
function opensClause(around: Neighbours, words: Words, start: number): boolean {
  if (start === 0 || words.is(start, BROKEN)) return true;
  const cls = around.at(start, start - 1).cls;
  return cls === 0 || cls === CS || cls === WH;
}

/** The last answer of `subjectAt`: each candidate of a word asks for the same. */
let lastWords: Words | undefined;
let lastK = -1;
let lastValue = 0;

/**
 * The subject before word `k` as `head * 4 + number` (`subjectNumber`, `subjectHead`), or
 * `NO_SUBJECT`: the noun phrase that ends right before it, at a clause's start, an `of`-phrase
 * or a short prepositional phrase after its head skipped ("the list of items are" agrees with
 * "list"), or two phrases joined by "and" ("Her mother and her father sings", plural). Not after
 * a verb, whose object it would be ("let the dog eat").
 */
export function subjectAt(model: ContextModel, around: Neighbours, words: Words, k: number): number {
  if (words === lastWords && k === lastK) return lastValue;
  lastWords = words;
  lastK = k;
  return (lastValue = findSubject(model, around, words, k));
}

/** The number of `subjectAt`'s subject. */
export function subjectNumber(model: ContextModel, around: Neighbours, words: Words, k: number): number {
  return subjectAt(model, around, words, k) & 3;
}

/** How far back a comma may open the aside before a verb ("The dog, whose owner likes you, eats"). */
const ASIDE_REACH = 10;

/**
 * Where the subject before an aside ends: word `k` follows a comma that closes one ("My mother,
 * for example, is"), opened by another comma in the sentence within `ASIDE_REACH` words; the
 * word after that comma, or -1.
 */
function asideStart(words: Words, k: number): number {
  if (!words.is(k, COMMA)) return -1;
  for (let q = k - 1; q >= 1 && q >= k - ASIDE_REACH; q--) {
    if (words.is(q, STOPS)) return -1;
    if (words.is(q, COMMA)) return q;
  }
  return -1;
}

/** How many words a name of a pair may take ("Ron Weasley"). */
const NAME_WORDS = 3;

/** Whether word `p` is a name: read as one, or a capitalised word the model does not know opening a sentence ("Anakin and"). */
function isName(model: ContextModel, around: Neighbours, words: Words, p: number): boolean {
  if (around.at(p + 1, p).cls === NAME) return true;
  const id = around.id(p);
  return words.tokens[p].sentenceStart && /^\p{Lu}/u.test(words.text[words.start(p)]) && (id < 0 || model.classOf(id) === NAME);
}

/** Whether only a hyphen stands between words `p - 1` and `p` ("Obi-Wan"). */
function hyphenBefore(words: Words, p: number): boolean {
  return words.text.slice(words.tokens[p - 1].end, words.start(p)) === '-';
}

/** Where the name ending at word `end` opens (up to `NAME_WORDS` names in a row, a space or a hyphen between), or -1. */
function nameStart(model: ContextModel, around: Neighbours, words: Words, end: number): number {
  let p = end;
  if (p < 0 || !isName(model, around, words, p)) return -1;
  while (p > 0 && end - p + 1 < NAME_WORDS && (!words.is(p, BROKEN) || hyphenBefore(words, p)) && isName(model, around, words, p - 1)) p--;
  return p;
}

/**
 * Whether two names joined by "and" end right before word `k` and open their clause ("Anakin and
 * Obi-Wan was", ", when Harry and Ron was"): a plural subject. Not after a verb or a preposition,
 * whose objects they are ("said Harry and Ron was gone", "looked at Ginny and Ron was").
 */
function namedPair(model: ContextModel, around: Neighbours, words: Words, k: number): boolean {
  const second = nameStart(model, around, words, k - 1);
  const and = second - 1;
  if (second < 2 || words.is(second, BROKEN) || words.is(and, BROKEN) || words.word(and).toLowerCase() !== 'and') return false;
  const first = nameStart(model, around, words, and - 1);
  return first >= 0 && opensClause(around, words, first);
}

/** `subjectAt`'s search; `aside`: word `k` opens an aside, and the subject ends before its comma. */
function findSubject(model: ContextModel, around: Neighbours, words: Words, k: number, aside = false): number {
  if (k < 1) return NO_SUBJECT;
  if (words.is(k, BROKEN) && !aside) {
    const q = asideStart(words, k);
    return q < 0 ? NO_SUBJECT : findSubject(model, around, words, q, true);
  }
  const last = aside ? around.at(k - 1, k - 1) : around.at(k, k - 1);
  let phrase: Phrase | undefined;
  let head = k - 1;
  if (last.cls === NAME) {
    // "Anakin and Obi-Wan was", "Harry and Ron Weasley has": two names, one verb.
    if (!aside && namedPair(model, around, words, k)) return (k - 1) * 4 + PLURAL;
    // "the users from Asia wants", "the chemicals in Botox is": a name ends the phrase after the head.
    if (k < 3 || words.is(k - 1, BROKEN) || words.is(k - 2, BROKEN) || !PHRASE_PREP.test(words.word(k - 2).toLowerCase())) return NO_SUBJECT;
    head = k - 3;
    phrase = phraseAt(model, around, words, head);
  } else {
    // The object of a preposition needs no determiner ("of war"); the subject does.
    phrase = phraseAt(model, around, words, head, true);
    const before = phrase ? phrase.start - 1 : -1;
    if (phrase && before >= 1 && !words.is(phrase.start, BROKEN) && around.at(phrase.start, before).cls === PREP) {
      if (!PHRASE_PREP.test(words.word(before).toLowerCase()) || words.is(before, BROKEN)) return NO_SUBJECT;
      head = before - 1;
      phrase = phraseAt(model, around, words, head);
    } else if (phrase) phrase = phraseAt(model, around, words, head);
  }
  if (!phrase || phrase.number === NO_SUBJECT) return NO_SUBJECT;
  if (opensClause(around, words, phrase.start)) return head * 4 + phrase.number;
  // "Her mother and her father", "Tina and her father": two subjects, one verb.
  const and = phrase.start - 1;
  if (EACH.test(words.word(phrase.start))) return NO_SUBJECT;
  if (head !== k - 1 || and < 1 || words.is(and + 1, BROKEN) || words.word(and).toLowerCase() !== 'and' || words.is(and, BROKEN)) return NO_SUBJECT;
  if (around.at(and + 1, and).cls !== CC) return NO_SUBJECT;
  const first = around.at(and, and - 1);
  if (first.cls === NAME) return and - 1 === 0 || opensClause(around, words, and - 1) ? head * 4 + PLURAL : NO_SUBJECT;
  const other = phraseAt(model, around, words, and - 1);
  return other && opensClause(around, words, other.start) ? head * 4 + PLURAL : NO_SUBJECT;
}

/** Whether word `k` follows "did" or "does" and a noun phrase as its subject ("Did the application worked", "Does the memory usage grows"). */
export function didNounSubject(model: ContextModel, around: Neighbours, words: Words, k: number): boolean {
  if (k < 3 || words.is(k, BROKEN) || around.at(k, k - 1).cls !== NOUN) return false;
  // After "did", a phrase needs no determiner to be its subject ("Does memory usage grows").
  const phrase = phraseAt(model, around, words, k - 1, true);
  if (!phrase || phrase.start < 1 || words.is(phrase.start, BROKEN)) return false;
  const p = phrase.start - 1;
  if (around.at(p + 1, p).cls !== DO || !/^(?:did|does)$/i.test(words.word(p))) return false;
  // "Why did a record called 'Daffodil' show a poppy?": a base later on is the question's verb,
  // and the past a participle of the phrase.
  for (let q = k + 1; q < words.n && !words.is(q, STOPS); q++) if (model.classOf(around.id(q)) === VB) return false;
  return true;
}

const SUBJECT = classIndex('subject');
const VBD = classIndex('vbd');
const VBN = classIndex('vbn');
const HAVE = classIndex('have');
const BE = classIndex('be');
/** What may open a question before its auxiliary ("What does your parents know?", "But does I"). */
const QUESTION_OPENER = /^(?:what|where|when|why|how|who|which|and|but|so)$/;
/** After a question's auxiliary and its subject, its verb: a base after "do", a participle after "have". */
const AFTER_DO = new Uint8Array(32);
for (const c of [VB, HAVE]) AFTER_DO[c] = 1;
const AFTER_HAVE = new Uint8Array(32);
for (const c of [VBD, VBN, BE]) AFTER_HAVE[c] = 1;
/** The forms of "be", "have" and "do" that `invertedForms` reads, by verb (`Guards` gives the forms of each number). */
export interface Auxiliaries {
  doForms: Set<number>;
  haveForms: Set<number>;
  were: number;
  /** By personal pronoun, the forms that agree with it; the forms of a singular noun and of a plural one. */
  agrees: Map<number, Set<number>>;
  singularForms: Set<number>;
  pluralForms: Set<number>;
}

/** Whether the sentence of word `k` ends with a question mark. */
export function inQuestion(words: Words, k: number): boolean {
  let q = k + 1;
  while (q < words.n && !words.is(q, STOPS)) q++;
  const end = q < words.n ? words.tokens[q].start : words.text.length;
  return words.text.slice(words.tokens[q - 1].end, end).includes('?');
}

/**
 * The forms of an auxiliary that agree with the subject after it, where word `k` (id `x`) opens a
 * question ("Does you have your glasses?", "Has your parents told you?", "Where is your dogs?"):
 * at the sentence's start or after a wh-word or a conjunction that opens it, before a personal
 * pronoun or a noun phrase and the question's verb (a base after "do", a participle after
 * "have"), in a sentence that ends with "?". "Do it now", "Have the man come in" are commands;
 * "were" stays ("Were I to go").
 */
export function invertedForms(model: ContextModel, a: Auxiliaries, around: Neighbours, words: Words, k: number, x: number): Set<number> | undefined {
  if (x === a.were || k + 2 >= words.n || words.is(k + 1, BROKEN)) return undefined;
  const opens = words.is(k, SENTENCE) || (k >= 1 && !words.is(k, BROKEN) && words.is(k - 1, SENTENCE) && QUESTION_OPENER.test(words.word(k - 1)));
  if (!opens || !inQuestion(words, k)) return undefined;
  const verbAfter = (p: number): boolean => {
    if (p >= words.n) return !a.doForms.has(x) && !a.haveForms.has(x);
    const cls = around.at(p, p).cls;
    if (a.doForms.has(x)) return AFTER_DO[cls] === 1 && !words.is(p, BROKEN);
    if (a.haveForms.has(x)) return AFTER_HAVE[cls] === 1 && !words.is(p, BROKEN);
    return cls !== 0 || words.is(p, STOPS);
  };
  const first = around.at(k, k + 1);
  if (first.cls === SUBJECT) {
    const forms = a.agrees.get(first.id);
    return forms && verbAfter(k + 2) ? forms : undefined;
  }
  // A noun phrase: its determiner or possessive, adjectives and nouns, up to its head.
  let end = k + 1;
  while (end + 1 < words.n && !words.is(end + 1, BROKEN) && [DET, POSS, ADJ, NOUN, NUMBER].includes(around.at(end + 1, end + 1).cls)) end++;
  if (around.at(end, end).cls !== NOUN) return undefined;
  const phrase = phraseAt(model, around, words, end);
  if (!phrase || phrase.start !== k + 1 || phrase.number === NO_SUBJECT || !verbAfter(end + 1)) return undefined;
  return phrase.number === SINGULAR ? a.singularForms : a.pluralForms;
}
