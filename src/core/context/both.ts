/**
 * Where the neighbours cannot tell a word from its confusable because both make a sentence
 * (issue #15, the external analogue's correct sentences): `bothStand`, asked of the model's
 * verdict on a word before it is reported.
 */

import { BROKEN, type Words } from '../patterns';
import { TO_COMPLEMENT } from './forced';
import { classIndex } from './format';
import type { ContextModel } from './model';

const NOUN = classIndex('noun');
const VB = classIndex('vb');

/** Verbs that take an object and a bare verb: "had her breathe on it", "let her sleep", "watched her dance". */
const OBJECT_AND_VERB = new Set(
  'have has had having let lets letting make makes made making help helps helped watch watches watched see saw seen hear heard feel felt bid'.split(' '),
);
/** What may stand after "you're" and a noun, the noun a predicate's: "you're man enough", "you're kind of tired". */
const AFTER_PREDICATE_NOUN = new Set(['enough', 'of']);
const PREDICATE_NOUNS = new Set(['kind', 'sort']);
/** The words after which "to here" is a place: "close to here", "next to here", "the way to here". */
const PLACE_BEFORE_TO = new Set(['close', 'closer', 'near', 'nearer', 'next', 'back', 'way']);
/** The subjects of a clause that "whose" and its noun open: "I don't know whose banana this is". */
const CLAUSE_SUBJECT = new Set(['this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you']);

/** The finite verbs a gerund's phrase is the subject of: "your having money will…" (`your` in data/confusables.ts). */
const GERUND_VERBS = new Set(
  "is are was were isn't aren't wasn't weren't does doesn't don't didn't has hasn't haven't will would can could should must might may can't won't wouldn't couldn't shouldn't".split(
    ' ',
  ),
);
/**
 * The words after which "to" is a preposition a relative clause may end with: "the guy who we
 * spoke to seems fair", "the students we talked to said", "prior to thought".
 */
const PREPOSITION_TO = new Set(
  'spoke speak speaks speaking spoken talked talk talks talking listened listen listens listening belonged belong belongs replied reply replies responded respond responds referred refer refers prior according due similar compared related attached'.split(
    ' ',
  ),
);
const VBD = classIndex('vbd');
const VBZ = classIndex('vbz');
const SUBJECTS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it']);

/**
 * Whether "your" at word `k` opens a gerund's phrase that is the subject of a finite verb within
 * three words ("Your not having money doesn't mean…", "your thinking patterns are…"): "you're"
 * would leave that verb without a subject, unless a subject stands between.
 */
function gerundSubject(words: Words, k: number): boolean {
  let j = k + 1;
  if (j < words.n && !words.is(j, BROKEN) && words.word(j) === 'not') j++;
  if (j >= words.n || words.is(j, BROKEN) || !/^\p{L}{2,}ing$/u.test(words.word(j))) return false;
  for (let p = j + 1; p <= j + 3 && p < words.n && !words.is(p, BROKEN); p++) {
    const w = words.word(p).replace(/\u2019/g, "'");
    if (GERUND_VERBS.has(w)) return true;
    if (SUBJECTS.has(w)) return false;
  }
  return false;
}

/**
 * Whether at word `k` (vocabulary id `x`) both the word written and `to`, the word the model offers, make
 * a sentence, so that the neighbours cannot tell them apart: "to" after a verb that takes it
 * ("amount to much", not "too much"), "you're" before a noun of a predicate ("you're man enough",
 * "you're kind of amazed", not "your"), a base verb after "her" and a verb that takes an object
 * and a bare verb ("had her breathe", not "breath"), "up to then" at a clause's end (not "them"),
 * "close to here" (a place, not "hear"),
 * "who's friends with him" (a predicate's noun, not "whose"), "whose banana this is" (a clause
 * after its noun, not "who's"), "your" opening a gerund's phrase that is a verb's subject
 * (`gerundSubject`), a finite verb after "spoke to", "talked to" (a relative clause's stranded
 * preposition, not an infinitive's base).
 */
export function bothStand(model: ContextModel, words: Words, k: number, x: number, to: string): boolean {
  const word = words.word(k).replace(/\u2019/g, "'");
  const other = model.id(to);
  const joined = (p: number) => p > 0 && p < words.n && !words.is(p, BROKEN);
  const before = joined(k) ? words.word(k - 1) : '';
  if (word === 'your' && to === "you're") return gerundSubject(words, k);
  // "The guy who we spoke to seems fair": a finite verb after a preposition's "to", not a base after an infinitive's.
  if (
    before === 'to' &&
    joined(k - 1) &&
    PREPOSITION_TO.has(words.word(k - 2)) &&
    (model.classOf(x) === VBD || model.classOf(x) === VBZ) &&
    model.classOf(other) === VB
  )
    return true;
  if (word === 'to' && to === 'too') return TO_COMPLEMENT.has(before);
  // "What was he up to then?": "up to" a time, at the clause's end, not "to them".
  if (word === 'then' && to === 'them') return before === 'to' && joined(k - 1) && words.word(k - 2) === 'up' && (k + 1 >= words.n || words.is(k + 1, BROKEN));
  if (word === "you're" && joined(k + 1) && joined(k + 2)) {
    const next = words.word(k + 2);
    return next === 'enough' || (PREDICATE_NOUNS.has(words.word(k + 1)) && AFTER_PREDICATE_NOUN.has(next));
  }
  // "people who live close to here", "next to here": "to" a place, not "to hear".
  if (word === 'here' && to === 'hear') return before === 'to' && joined(k - 1) && PLACE_BEFORE_TO.has(words.word(k - 2));
  if (word === "who's" && to === 'whose' && joined(k + 1) && joined(k + 2)) return words.word(k + 2) === 'with' && words.word(k + 1).endsWith('s');
  if (word === 'whose' && to === "who's" && joined(k + 1) && joined(k + 2)) return CLAUSE_SUBJECT.has(words.word(k + 2));
  if (before === 'her' && model.classOf(x) === VB && model.classOf(other) === NOUN && joined(k - 1)) return OBJECT_AND_VERB.has(words.word(k - 2));
  return false;
}
